using ClaimCheck.Attribution.Rules;
using ClaimCheck.Entities;
using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution;

/// <summary>Turns the tokens that name a source into an <see cref="Attribution"/>: trims what is not part of the name, then asks
/// the source rules in order (pronouns and surnames, bodies referred back to ("the organisation"), "one of …", documents and their authors, "Name of Body", body names,
/// titles and names).</summary>
/// <remarks>One instance per document (it reads the document's <see cref="SourceMemory"/>). Not thread-safe.</remarks>
internal sealed class SourceParser(AttributionContext context)
{
    private static readonly ISourceRule[] Rules =
    [
        new PronounAndSurnameRule(), new AnaphoricBodyRule(), new PartitiveRule(), new DocumentOriginRule(), new NameOfBodyRule(), new BodyNameRule(), new TitleAndNameRule(),
    ];

    /// <summary>The source named by tokens [<paramref name="start"/>, <paramref name="end"/>), introduced by <paramref name="cue"/>;
    /// null when they name none.</summary>
    public Attribution? Parse(int start, int end, string cue)
    {
        (start, end) = Trim(context, start, end);
        if (start >= end)
        {
            return null;
        }

        foreach (var rule in Rules)
        {
            if (rule.TryParse(context, start, end, cue, out var source))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The tokens of a source phrase without a trailing time phrase or parenthetical ("police on Monday", "the Survey
    /// (USGS)"), a leading determiner or stray punctuation.</summary>
    public static (int Start, int End) Trim(AttributionContext c, int start, int end)
    {
        while (end > start)
        {
            if (c.IsChar(end - 1, ')') && OpeningBracket(c, start, end - 1) is var open and > 0)
            {
                end = open;
            }
            else if (!c.IsWord(end - 1) || c.Is(end - 1, Skip | InTimeExpression) || (c.Is(end - 1, ByParticiple) && c.IsLowerCase(end - 1)))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        while (start < end && ((c.Is(start, Determiner) && !c.Is(start, Partitive)) || c.IsPossessive(start) || (!c.IsWord(start) && c.Token(start).Kind != Text.TokenKind.Number)))
        {
            start++;
        }

        return (start, end);
    }

    /// <summary>Whether tokens [<paramref name="start"/>, <paramref name="end"/>) name a source apart from any state: an independent
    /// word ("rights groups", "the opposition", "unions") and no state word ("ministry", "state-run").</summary>
    public static bool IsIndependent(AttributionContext c, int start, int end)
    {
        var independent = false;
        for (var t = start; t < end; t++)
        {
            if (c.Is(t, State))
            {
                return false;
            }

            independent |= c.Is(t, Independent);
        }

        return independent;
    }

    /// <summary>The affiliation of tokens [<paramref name="start"/>, <paramref name="end"/>): the first entity named in them. A body the
    /// entity rules recognised from the text stands for the country its name holds ("the Armed Forces of Ukraine"), and gives way to
    /// an entity the lexicon knows after it ("National Security Council spokesman … US"); alone it is its own affiliation.</summary>
    /// <remarks>A source with an independent word ("rights groups", "the opposition", "unions") and no state word ("ministry",
    /// "state-run") has no affiliation: it is in a country but does not speak for its state, so its figures are never one origin
    /// with the government's.</remarks>
    public static string? AffiliationIn(AttributionContext c, int start, int end)
    {
        if (IsIndependent(c, start, end))
        {
            return null;
        }

        string? body = null;
        var from = start;
        while (c.TryGetFirstEntity(from, end, out var mention))
        {
            if (mention.IsFromLexicon || mention.Entity.Kind != EntityKind.Organization)
            {
                return mention.Entity.Name;
            }

            if (mention.Entity.Within is { } country)
            {
                return country;
            }

            body ??= mention.Entity.Name;
            from = mention.EndToken;
        }

        return body;
    }

    /// <summary>Whether token <paramref name="i"/> can head a source: a title, body, document or group word, a plural, a pronoun, or a
    /// capitalised word ("the charity's history" cannot: "history" names no one).</summary>
    public static bool CanHeadSource(AttributionContext c, int i) =>
        !c.IsLowerCase(i) || c.Is(i, Title | TitleModifier | Body | Document | Group | Pronoun) || c.IsPlural(i);

    private static int OpeningBracket(AttributionContext c, int start, int close)
    {
        for (var k = close - 1; k >= start; k--)
        {
            if (c.IsChar(k, '('))
            {
                return k;
            }
        }

        return -1;
    }
}
