using ClaimCheck.Text;
using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>A source that gives a figure: "police put the crowd estimate at 45,000", "OCHA currently puts the toll at 257", "the
/// ministry gave a toll of 177", "a senior official gave AFP a partial toll of 577", "organisers put the crowd at 240,000": a figure
/// verb whose object is a document or figure noun, or any noun the figure is given "at" or given with an approximation word in place of
/// "at" ("police put the crowd nearer 4,000"), and whose subject is the source.</summary>
internal sealed class FigureGivingRule : ICueRule
{
    /// <summary>How far after the verb the figure noun may come ("gave AFP a partial death toll").</summary>
    private const int MaxObjectTokens = 6;

    /// <inheritdoc/>
    public AttributionWordClass StartClasses => FigureVerb;

    /// <inheritdoc/>
    public string StartCharacters => string.Empty;

    /// <inheritdoc/>
    public bool TryMatch(AttributionContext context, int token)
    {
        var c = context;
        var hasObject = HasFigureObject(c, token);
        if (!c.IsLowerCase(token) || c.Is(token - 1, Determiner | Auxiliary | Preposition) || (!hasObject && !GivesFigureRightAfter(c, token)))
        {
            return false;
        }

        var cue = c.CueOf(token);
        var source = SubjectPhrase.Before(c, SubjectPhrase.EndBefore(c, token), cue, out var first);
        if (source is null || (!hasObject && !OpensRelativeOnFigure(c, first)))
        {
            return false;
        }

        // "About 30,000 marched, while the organisers put the figure at 90,000": after "while" or "but" the source gives only its own
        // figure, not the one before it.
        c.Cues.Add(new ReportingCue(token, ReportingStance.Asserts, source)
        {
            FirstToken = first, EndToken = token + 1, OpensContrast = ReportingVerbRule.FollowsContrast(c, first),
        });
        return true;
    }

    // A number, after at most one word ("about 8,000"), that ends its phrase, counts people ("240,000 people") or is followed by a
    // preposition that places it ("put the crowd at 30,000 in Lindenport"): "set up tents at 12 sites" gives no figure.
    private static bool IsGivenFigure(AttributionContext c, int k)
    {
        if (k < c.Count && c.IsWord(k) && c.IsLowerCase(k))
        {
            k++;
        }

        return k < c.Count && c.Token(k).Kind == TokenKind.Number
            && (k + 1 >= c.Count || !c.IsWord(k + 1) || c.Is(k + 1, Group) || c.Is(k + 1, Preposition));
    }

    // "… at 30,000, a figure the union raised to 85,000", "…, which the unions put at 1.2 million": in a clause on a figure
    // named before it, the verb takes no object of its own; "to" or "at" and the figure follow it at once.
    private static bool GivesFigureRightAfter(AttributionContext c, int verb) =>
        (c.IsWord(verb + 1, "to") || c.IsWord(verb + 1, "at")) && IsGivenFigure(c, verb + 2);

    // The source opens a relative clause: right after a relative pronoun ("which the union put at") or a figure noun in lower case
    // ("a number the union raised to").
    private static bool OpensRelativeOnFigure(AttributionContext c, int first) =>
        first > 0 && (c.Is(first - 1, Relative) || (c.Is(first - 1, Document) && c.IsLowerCase(first - 1)));

    private static bool HasFigureObject(AttributionContext c, int verb)
    {
        for (var k = verb + 1; k < Math.Min(c.Count, verb + 1 + MaxObjectTokens); k++)
        {
            if (c.Is(k, Document) && c.IsLowerCase(k))
            {
                return true;
            }

            // "organisers put the crowd at 240,000", "police put attendance at about 8,000": any object the figure is given "at", or
            // given with an approximation word in place of "at" ("the board put the crowd nearer 4,000") that no preposition governs:
            // "released aid for some 3,000 people" gives no figure.
            if (k > verb + 1 && (c.IsWord(k, "at") ? IsGivenFigure(c, k + 1) : c.Is(k, Approximation) && !c.Is(k - 1, Preposition) && IsGivenFigure(c, k + 1)))
            {
                return true;
            }

            if (!c.IsWord(k) && !c.IsPossessive(k) && c.Token(k).Kind != TokenKind.Number && !(c.IsChar(k, '-') && c.Token(k).IsJoined))
            {
                return false;
            }
        }

        return false;
    }
}
