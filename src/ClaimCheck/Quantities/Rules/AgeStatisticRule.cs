namespace ClaimCheck.Quantities.Rules;

/// <summary>A sentence that names a statistic of ages ("the median age", "an average age of") states its ages as plain lengths of time:
/// "the median age of nurses was 41.2 years in Brenmoor and 38.5 years in Kestrel Valley" gives two ages, and so does "At 39.4 years,
/// the average age of the fleet's pilots…". Every length of time written as a figure and its unit in such a sentence becomes an age,
/// unless it is a change ("the median age rose 1.3 years"), a period after a preposition of time ("over 10 years", "for five years")
/// or a time before or after another ("12 years ago", "three years earlier"). Read once the sentence's quantities are found.</summary>
internal static class AgeStatisticRule
{
    /// <summary>Applies the rule to the quantities found in the sentence (<see cref="QuantityScan.Earlier"/>).</summary>
    public static void Apply(in QuantityScan s)
    {
        var matches = s.Earlier;
        if (matches.Count == 0 || !NamesAgeStatistic(s))
        {
            return;
        }

        for (var i = 0; i < matches.Count; i++)
        {
            if (IsStatedAge(s, matches[i]))
            {
                var quantity = matches[i].Mention.Quantity;
                var age = quantity.WithUnit(Unit.Duration(quantity.Unit.Name + Unit.AgeEnding));
                matches[i] = matches[i] with { Mention = matches[i].Mention with { Quantity = age } };
            }
        }
    }

    // "median age", "average ages": a statistic word right before "age" or "ages".
    private static bool NamesAgeStatistic(in QuantityScan s)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if ((s.Is(i, "age") || s.Is(i, "ages")) && s.Words.AgeStatisticWords.Contains(s.Word(i - 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "41.2 years": a level (no change) in a time unit written as a word right after the figure, not yet an age, no older than the oldest claimed age,
    // with no preposition of a period before it and no word after it that places it in time.
    private static bool IsStatedAge(in QuantityScan s, QuantityMatch match)
    {
        var quantity = match.Mention.Quantity;
        return quantity.Unit.Kind == UnitKind.Duration && !quantity.Unit.IsAge && !quantity.IsIncrement
            && match.Mention.Change == QuantityChange.None && match.Mention.Per == Unit.None
            && quantity.Value is > 0 and <= AgeRule.MostClaimedAge && (quantity.High is not double high || high <= AgeRule.MostClaimedAge)
            && s.IsWord(match.EndToken - 1) && s.Words.DurationUnits.Contains(s.Word(match.EndToken - 1))
            && !s.Words.PeriodPrepositions.Contains(s.Word(match.FirstToken - 1))
            && !s.Words.RelativeTimeWords.Contains(s.Word(match.EndToken));
    }
}
