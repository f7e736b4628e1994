using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What a quantity claim counts: the outcome (deaths, injuries), the share a percentage measures, the counted noun's canonical measure, and the period of a flow.</summary>
internal static class Measures
{
    /// <summary>What happened to the people counted, when a verb right after says so ("32 miners died" → deaths,
    /// "40 people were injured" → injuries); null otherwise.</summary>
    internal static string? OutcomeOf(SentenceView s, QuantityMatch match)
    {
        var unit = match.Mention.Quantity.Unit;
        if (unit.Kind != UnitKind.Count || !s.Words.PersonNouns.Contains(unit.Name))
        {
            return null;
        }

        // "killing 32 miners", "have vaccinated 120,000 people", "rescued 61 people": the verb before the number.
        var before = s.Word(match.FirstToken - 1).ToString();
        if (before is "killing" or "injuring" or "wounding")
        {
            return s.Words.Outcomes.Dictionary[before.Replace("ing", "ed", StringComparison.Ordinal)];
        }

        if (s.Words.Outcomes.TryGetValue(before, out var outcomeBefore) && before.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return outcomeBefore;
        }

        var start = match.HasNounPhrase ? match.NounFirstToken : match.EndToken;
        var end = Math.Min(s.Tokens.Count, Math.Max(match.EndToken, start) + 5);
        for (var i = start; i < end; i++)
        {
            if (s.Words.Outcomes.TryGetValue(s.Word(i), out var outcome))
            {
                return outcome;
            }

            if (s.Tokens[i].Kind == TokenKind.Punctuation || s.Word(i) is "and" or "but" or "while")
            {
                break;
            }
        }

        return null;
    }

    // "Turnout in Tuesday's election was 78.5%", "put turnout at 78.5%": the share named before the percentage in its clause.
    internal static string? PercentageOf(SentenceView s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Unit.Kind != UnitKind.Percentage)
        {
            return null;
        }

        for (var i = match.FirstToken - 1; i >= Math.Max(0, match.FirstToken - 14); i--)
        {
            var word = s.Word(i).ToString();
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":")
            {
                break;
            }

            if (s.Words.PercentageMeasures.Contains(word))
            {
                return word.ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>For a count over a period ("20,000 new refugees arrived in the past week", "300 a day"), " per N days": a flow,
    /// not compared with a stock ("Chad hosts 1.2 million refugees"). Empty for a stock.</summary>
    internal static string FlowPeriod(SentenceView s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Unit.Kind is not (UnitKind.Count or UnitKind.Currency))
        {
            return string.Empty;
        }

        var end = Math.Min(s.Tokens.Count, match.EndToken + 12);
        for (var i = match.EndToken; i < end; i++)
        {
            var word = s.Word(i);
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":")
            {
                break;
            }

            // "a day", "per week", "each month"
            if (word is "a" or "per" or "each" or "every" && PeriodDays(s.Word(i + 1)) is { } rate)
            {
                return FormatPeriod(rate);
            }

            // "in the past week", "over the last seven days", "during the previous 24 hours"
            if (word is "in" or "over" or "during" or "within" && s.Word(i + 1) is "the" && s.Word(i + 2) is "past" or "last" or "previous")
            {
                var unitIndex = i + 3;
                var count = 1.0;
                if (NumberParser.TryParseAt(s.Text, s.Tokens, unitIndex, out var number) && !number.IsVague)
                {
                    count = number.Value;
                    unitIndex += number.TokenCount;
                }

                if (PeriodDays(s.Word(unitIndex)) is { } days)
                {
                    return FormatPeriod(count * days);
                }
            }
        }

        return string.Empty;
    }

    internal static double? PeriodDays(ReadOnlySpan<char> unit) => unit switch
    {
        "hour" or "hours" => 1.0 / 24,
        "day" or "days" => 1,
        "week" or "weeks" => 7,
        "fortnight" => 14,
        "month" or "months" => 30,
        "year" or "years" => 365,
        _ => null,
    };

    internal static string FormatPeriod(double days) =>
        days == 1 ? " per day" : days == 7 ? " per week" : days == 365 ? " per year" : days == 30 ? " per month"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $" per {days:0.##} days");

    internal static string MeasureOf(SentenceView s, QuantityMatch match)
    {
        var unit = match.Mention.Quantity.Unit;
        switch (unit.Kind)
        {
            case UnitKind.Count:
                return s.Words.MeasureSynonyms.TryGetValue(unit.Name, out var synonym) ? synonym : s.Words.Plural(unit.Name);
            case UnitKind.Currency:
                if (match.HasNounPhrase)
                {
                    for (var i = match.NounFirstToken; i < match.NounEndToken; i++)
                    {
                        if (s.Words.MoneyMeasures.TryGetValue(s.Word(i), out var money))
                        {
                            return money;
                        }
                    }
                }

                return "amount";
            case UnitKind.Percentage:
                return "share";
            case UnitKind.Duration:
                return "duration";
            default:
                return unit.Name;
        }
    }
}
