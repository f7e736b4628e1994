using ClaimCheck.Text;
using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution;

/// <summary>Reads right from a cue: where the source phrase after it ends ("according to the ministry | on Monday", "as reported by
/// Efe | ."), and which side of the construction the reported content lies on.</summary>
internal static class FollowingPhrase
{
    /// <summary>The index after the source phrase that starts at <paramref name="start"/>, at most <paramref name="maxTokens"/> long: it
    /// ends at punctuation, at a word such as "on", "that", "who", and, after its first word, at a verb or adverb ("by the
    /// government | was disputed", "according to officials | still at the scene") or at a figure with the lower-case words that lead
    /// to it ("according to police | about 30,000 people marched").</summary>
    public static int End(AttributionContext c, int start, int maxTokens)
    {
        var end = start;
        while (end < c.Count && end - start < maxTokens && !IsEnd(c, end) && !(end > start && c.Is(end, Auxiliary | Skip) && c.IsLowerCase(end)))
        {
            if (end > start && c.Token(end).Kind == TokenKind.Number)
            {
                while (end - 1 > start && c.IsLowerCase(end - 1) && !c.Is(end - 1, Title | Body | Document | Group))
                {
                    end--; // "about", "some", "nearly" lead to the figure, not the source
                }

                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>Whether a cue at <paramref name="cue"/> opens its clause (at the start of the sentence, or after ";", ":", a dash, an
    /// opening bracket or quote, "and" or "but"): then it reports what follows ("According to police, 300 homes burned").</summary>
    public static bool OpensClause(AttributionContext c, int cue)
    {
        var before = cue - 1;
        while (before >= 0 && (c.IsChar(before, '“') || c.IsChar(before, '"')))
        {
            before--;
        }

        return before < 0 || c.IsChar(before, ';') || c.IsChar(before, ':') || c.IsChar(before, '—') || c.IsChar(before, '–')
            || c.IsChar(before, '-') || c.IsChar(before, '(') || (c.Is(before, Conjunction) && c.IsLowerCase(before));
    }

    /// <summary>Which side a cue at <paramref name="cue"/>, whose source ends before <paramref name="end"/>, reports: what follows when
    /// it opens its clause or sits between commas before it ("in Crimea, according to various sources, 50-60% voted"); otherwise
    /// what precedes ("90,000, according to the ministry, and 250,000, according to the union").</summary>
    public static ReportedSide SideOf(AttributionContext c, int cue, int end)
    {
        var parenthesisBefore = c.IsChar(cue - 1, ',') && c.IsChar(end, ',') && end + 1 < c.Count && !c.Is(end + 1, Stop | Relative);
        return OpensClause(c, cue) || parenthesisBefore ? ReportedSide.After : ReportedSide.Before;
    }

    /// <summary>Whether the clause ends soon after <paramref name="start"/> (within a short object or time phrase: "…, the mayor told
    /// reporters on Monday."), so that a cue there reports what came before it.</summary>
    public static bool ClauseEndsSoon(AttributionContext c, int start)
    {
        for (var k = start; k < Math.Min(c.Count, start + 7); k++)
        {
            if (c.IsChar(k, '.') || c.IsChar(k, ',') || c.IsChar(k, ';') || c.IsChar(k, ')') || c.IsChar(k, '!') || c.IsChar(k, '?'))
            {
                return true;
            }

            if (c.Token(k).Kind == TokenKind.Number || c.IsQuote(k) || c.IsChar(k, ':') || c.Is(k, Determiner) || c.IsWord(k, "that"))
            {
                return false;
            }
        }

        return start + 7 >= c.Count;
    }

    private static bool IsEnd(AttributionContext c, int index)
    {
        var token = c.Token(index);
        if (token.Kind == TokenKind.Punctuation)
        {
            if (c.IsChar(index, '.'))
            {
                // "U.S." keeps its dot; a full stop ends the phrase.
                return !(index > 0 && token.IsJoined && c.IsWord(index - 1) && c.Token(index - 1).Span.Length <= 3);
            }

            return !(c.IsChar(index, '-') && token.IsJoined) && !c.IsChar(index, '(') && !c.IsChar(index, ')');
        }

        if (c.IsWord(index, "at"))
        {
            return !c.Is(index - 1, Title); // "a researcher at Oxford" keeps "at"
        }

        // "nineteen witnesses interviewed by the group": a participle after a group of people ends the source.
        var participle = c.IsLowerCase(index) && c.Word(index).EndsWith("ed", StringComparison.Ordinal) && ((c.IsPlural(index - 1) && !c.Is(index - 1, Document)) || c.Is(index - 1, Title));
        return (c.Is(index, PhraseEnd) && c.IsLowerCase(index)) || participle;
    }
}
