using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>"by the organisers' count", "by the interior ministry's tally", "by the union's": the source is the possessor before a
/// document noun after "by", or before a comma or the sentence's end where the noun is left out after an earlier one ("14,000 by the
/// police's count and 30,000 by the union's"). Opening its clause it reports what follows ("By the ministry's count, 9,000
/// marched"); elsewhere what precedes.</summary>
/// <remarks>It starts at "by", whose <c>author</c> class is a <see cref="CueStart"/> class for this rule only: no other rule starts at
/// an author preposition.</remarks>
internal sealed class ByPossessiveCountRule : ICueRule
{
    private const int MaxSourceTokens = 8;

    /// <inheritdoc/>
    public AttributionWordClass StartClasses => Author;

    /// <inheritdoc/>
    public string StartCharacters => string.Empty;

    /// <inheritdoc/>
    public bool TryMatch(AttributionContext context, int token)
    {
        var c = context;
        if (!c.IsWord(token, "by") && !c.IsWord(token, "By"))
        {
            return false;
        }

        var start = token + 1;
        var possessive = start;
        while (possessive < Math.Min(c.Count, start + MaxSourceTokens) && !IsPossessiveMark(c, possessive))
        {
            if (!c.IsWord(possessive) || (possessive > start && c.Is(possessive, Stop | Preposition) && c.IsLowerCase(possessive)))
            {
                return false; // "by the time the mayor's …", "by far": no possessor phrase of a source
            }

            possessive++;
        }

        var noun = possessive + 1;
        if (possessive == start || possessive >= c.Count || !IsCountOrLeftOut(c, noun))
        {
            return false;
        }

        var end = c.IsWord(noun) ? noun + 1 : noun;
        var source = c.Sources.Parse(start, possessive, c.CueOf(token));
        if (source is null)
        {
            return false;
        }

        var side = FollowingPhrase.SideOf(c, token, end);
        c.Cues.Add(new ReportingCue(token, ReportingStance.Asserts, source) { FirstToken = token, EndToken = end, Side = side });
        return true;
    }

    // "'s", or a lone apostrophe after a plural ("the organisers' count").
    private static bool IsPossessiveMark(AttributionContext c, int i) =>
        c.IsPossessive(i) || ((c.IsChar(i, '\'') || c.IsChar(i, '’')) && c.IsWord(i - 1) && c.Word(i - 1).EndsWith('s'));

    // A document noun ("count", "tally", "estimate", "figures") right after the possessive, or no noun at all: punctuation or the
    // sentence's end.
    private static bool IsCountOrLeftOut(AttributionContext c, int noun) =>
        noun >= c.Count || (c.IsWord(noun) ? c.Is(noun, Document) && c.IsLowerCase(noun) : c.IsChar(noun, ',') || c.IsChar(noun, '.') || c.IsChar(noun, ';'));
}
