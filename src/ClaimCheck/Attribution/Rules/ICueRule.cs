namespace ClaimCheck.Attribution.Rules;

/// <summary>A rule that reads one family of reporting constructions ("X said", "according to X", "citing X") in a sentence, starting
/// at the words it declares, as Markdig's parsers declare the characters that can open them.</summary>
/// <remarks>Rules are stateless and shared; everything they read and write is in the <see cref="AttributionContext"/>.</remarks>
internal interface ICueRule
{
    /// <summary>The word classes whose words can start the construction (the lexicon says which words those are).</summary>
    AttributionWordClass StartClasses { get; }

    /// <summary>The punctuation characters that can start the construction; empty when only words can.</summary>
    string StartCharacters { get; }

    /// <summary>Tries to read the construction whose key word is token <paramref name="token"/>, adding the cues it finds to
    /// <see cref="AttributionContext.Cues"/>.</summary>
    /// <returns>Whether the construction was found (it may add no cue, only remember a person).</returns>
    bool TryMatch(AttributionContext context, int token);
}

/// <summary>A rule that reads the tokens naming a source ("Prime Minister Keir Starmer", "one of the organisers", "he") as an
/// <see cref="Attribution"/>.</summary>
internal interface ISourceRule
{
    /// <summary>Tries to read tokens [<paramref name="start"/>, <paramref name="end"/>) as a source introduced by
    /// <paramref name="cue"/>.</summary>
    /// <returns>Whether this rule decided the phrase; <paramref name="source"/> is then the source, or null when the phrase names none.</returns>
    bool TryParse(AttributionContext context, int start, int end, string cue, out Attribution? source);
}

/// <summary>A rule that gives a sentence naming no source the source of an earlier one (a quotation that runs on, a standfirst under
/// an attributed headline, a headline prefix "US: …").</summary>
internal interface IInheritanceRule
{
    /// <summary>The source the current sentence inherits, or null.</summary>
    Attribution? Inherit(AttributionContext context);
}
