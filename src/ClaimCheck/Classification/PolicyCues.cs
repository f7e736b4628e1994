using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Classification;

/// <summary>
/// What the claim-type policy's text rules (<see cref="StatedIntention"/>, <see cref="CountedMovement"/>,
/// <see cref="DecisionWithReason"/>, <see cref="EnactedRule"/>, <see cref="EvaluativeAct"/>, <see cref="CounterfactualPerfect"/>,
/// <see cref="ForecastComparison"/>, <see cref="RulePurpose"/>, <see cref="CauseAttribution"/>, <see cref="GeneralMechanism"/>, <see cref="StatedObligation"/>) and the model's cue features (<see cref="ClaimTypeCues"/>) share: the built-in cue lexicon,
/// read once on first use (only the four files the cues read, so a process that classifies one sentence does not load the whole
/// lexicon), and a text's tokens and lower-cased words.
/// </summary>
internal static class PolicyCues
{
    private static readonly Lazy<Lexicon> BuiltIn = new(
        () => Lexicon.LoadBuiltInFiles("claim-type-cues.tsv", "reporting.tsv", "time.tsv", "numbers.tsv"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in cue lexicon: <c>claim-type-cues.tsv</c>, with the reporting verbs, time words and number words the cues read.</summary>
    public static Lexicon Lexicon => BuiltIn.Value;

    /// <summary>The built-in cue lexicon's entries of one kind, each lower-cased term with its value: the word lists the policy's
    /// text rules look words up in.</summary>
    /// <param name="kind">The lexicon kind (a <see cref="LexiconKinds"/> name).</param>
    /// <returns>The terms and their values.</returns>
    public static FrozenDictionary<string, string> ValuedWords(string kind) =>
        Lexicon.EntriesOf(kind).ToFrozenDictionary(e => e.Term.ToLowerInvariant(), e => e.Value, StringComparer.Ordinal);

    private static readonly Lazy<FrozenSet<string>> BuiltInNumberWords = new(
        () => ValuedWords(LexiconKinds.NumberWord).Keys.Concat(ValuedWords(LexiconKinds.ScaleWord).Keys).Concat(ValuedWords(LexiconKinds.VagueNumber).Keys)
            .ToFrozenSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in number, scale and vague-number words ("two", "million", "dozens"), lower-cased: the words that state a
    /// figure in words.</summary>
    public static FrozenSet<string> NumberWords => BuiltInNumberWords.Value;

    // The last text tokenised on this thread and its tokens: the policy asks each of its text rules about the same sentence in
    // turn, and each rule reads the sentence's tokens, so a sentence is tokenised once rather than once per rule.
    [ThreadStatic]
    private static string? t_lastText;

    [ThreadStatic]
    private static ImmutableArray<Token> t_lastTokens;

    /// <summary>The tokens of a text (the same array again while the same string instance is asked about on one thread).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its tokens, in order.</returns>
    public static ImmutableArray<Token> Tokens(string text)
    {
        if (ReferenceEquals(text, t_lastText))
        {
            return t_lastTokens;
        }

        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        t_lastTokens = [.. tokens];
        t_lastText = text;
        return t_lastTokens;
    }

    /// <summary>A token's text, lower-cased.</summary>
    /// <param name="text">The text the token was read from.</param>
    /// <param name="token">The token.</param>
    /// <returns>The lower-cased word.</returns>
    public static string Word(string text, Token token) => token.Span.Slice(text).ToString().ToLowerInvariant();

    /// <summary>The longest run of words from a token, at most <paramref name="maxWords"/> long and stopping at the first token
    /// that is not a word, whose lower-cased words joined by spaces the predicate accepts: how the policy rules match a lexicon's
    /// one- and several-word phrases.</summary>
    /// <param name="text">The text the tokens were read from.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="start">The first token of the run.</param>
    /// <param name="maxWords">The most words a phrase may have.</param>
    /// <param name="accepts">Whether a phrase is one sought.</param>
    /// <returns>The phrase and its length in tokens; (null, 0) when none is accepted.</returns>
    public static (string? Phrase, int Length) LongestMatch(string text, ImmutableArray<Token> tokens, int start, int maxWords, Func<string, bool> accepts)
    {
        (string? Phrase, int Length) found = (null, 0);
        var phrase = string.Empty;
        for (var n = 0; n < maxWords && start + n < tokens.Length && tokens[start + n].Kind == TokenKind.Word; n++)
        {
            phrase = n == 0 ? Word(text, tokens[start]) : phrase + " " + Word(text, tokens[start + n]);
            if (accepts(phrase))
            {
                found = (phrase, n + 1);
            }
        }

        return found;
    }
}
