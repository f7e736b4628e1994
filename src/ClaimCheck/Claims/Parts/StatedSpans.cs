using ClaimCheck.Quantities;

namespace ClaimCheck.Claims;

/// <summary>Whether a figure's clause states a span of time the count is over ("In 48 hours, 900 people left the valley", "within a
/// day", "over the past two days", "during the night"): such a count is a count of its span, so a larger count of a later
/// span is no running total grown from it. Read on the sentence's tokens when the claim is made; the comparison reads
/// <see cref="Claim.IsOverStatedSpan"/> and, for one night or one ranked day of a series, <see cref="Claim.IsOneOccurrence"/>.</summary>
internal static class StatedSpans
{
    /// <summary>Whether "in", "within", "over" or "during" is followed by a number or "a"/"one" ("a single"), or by "the past",
    /// "the last" or "the previous" with or without one, then a period ("24 hours", "a day", "the past two days"), or by "the
    /// weekend" or "the night", with no semicolon between it and the figure. A span named for another figure of the same clause
    /// counts too ("in 24 hours, 2,000 arrived and 40 boats landed" marks the 40): it cannot tell which figure a span is for.</summary>
    internal static bool IsOverStatedSpan(SentenceView s, QuantityMatch match) =>
        NamedInFigureClause(s, match, static (s, i) =>
            (IsWord(s, i, "in") || IsWord(s, i, "within") || IsWord(s, i, "over") || IsWord(s, i, "during")) && PeriodFollows(s, i + 1));

    /// <summary>Whether the figure's clause names one night, or one ranked night or day of a series, as its span: "on", "in" or
    /// "during" before "the night" or before "a"/"the", a <c>period-rank</c> word and "night" or "day" ("on the third night", "in a
    /// fourth straight night"), or "overnight" read as a time ("994 were arrested overnight"), with no semicolon between it and the
    /// figure. A span of several days or hours ("during four days", "within hours") is not one: it is often the count so far.</summary>
    internal static bool IsOneOccurrence(SentenceView s, QuantityMatch match) =>
        NamedInFigureClause(s, match, static (s, i) =>
            ((IsWord(s, i, "on") || IsWord(s, i, "in") || IsWord(s, i, "during"))
                && (RankedOccurrenceFollows(s, i + 1) || (IsWord(s, i + 1, "the") && IsWord(s, i + 2, "night"))))
            || IsTimedOvernight(s, i));

    // Whether a phrase that opens at some token of the sentence (the predicate's reading) stands with no semicolon between it and
    // the figure: the figure's clause, as both readings above take it.
    private static bool NamedInFigureClause(SentenceView s, QuantityMatch match, Func<SentenceView, int, bool> opensAt)
    {
        for (var i = 0; i < s.Tokens.Count - 1; i++)
        {
            if (opensAt(s, i) && !Subjects.HasSemicolonBetween(s, i, match.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PeriodFollows(SentenceView s, int at)
    {
        if (IsWord(s, at, "the"))
        {
            at++;
            if (IsWord(s, at, "weekend") || IsWord(s, at, "night"))
            {
                return true;
            }

            if (!(IsWord(s, at, "past") || IsWord(s, at, "last") || IsWord(s, at, "previous")))
            {
                return false;
            }

            at++;
        }

        if (IsWord(s, at, "a") || IsWord(s, at, "one"))
        {
            at += IsWord(s, at + 1, "single") ? 2 : 1;
        }
        else if (NumberParser.TryParseAt(s.Text, s.Tokens, at, out var number) && !number.IsVague)
        {
            at += number.TokenCount;
        }

        var period = s.Word(at);
        return Measures.PeriodDays(period) is not null || IsWord(s, at, "night") || IsWord(s, at, "nights") || IsWord(s, at, "weekend");
    }

    /// <summary>Whether "a" or "the", a <c>period-rank</c> word ("third", and "straight" or "consecutive" after it) and "night" or
    /// "day" follow: "on the third night", "in a fourth straight night", "on the first day" name one occurrence of a series.</summary>
    private static bool RankedOccurrenceFollows(SentenceView s, int at)
    {
        if (!(IsWord(s, at, "a") || IsWord(s, at, "the")) || !s.Words.PeriodRanks.Contains(s.Word(at + 1)))
        {
            return false;
        }

        at += 2;
        if (s.Words.PeriodRanks.Contains(s.Word(at)))
        {
            at++;
        }

        return IsWord(s, at, "night") || IsWord(s, at, "day");
    }

    // "overnight" that the time tagger reads as a time ("994 were arrested overnight"), not a noun's modifier ("an overnight curfew")
    // nor "almost overnight".
    private static bool IsTimedOvernight(SentenceView s, int at) => IsWord(s, at, "overnight") && s.IsInTimeExpression(at);

    private static bool IsWord(SentenceView s, int index, string word) => s.Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);
}
