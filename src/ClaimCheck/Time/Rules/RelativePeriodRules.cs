using System.Globalization;

namespace ClaimCheck.Time.Rules;

/// <summary>Weeks, months, years, decades and centuries named relative to the reference date: "last week", "this year", "next
/// month", "this weekend", "last decade" (TimeML "201" in 2024), "this century" ("20"), "earlier this month" (up to the reference
/// date), "later this year" (from it), "this past weekend", "this coming weekend", "next fiscal year".</summary>
internal sealed class RelativePeriodRule : TimeRule
{
    public static readonly RelativePeriodRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Relatives).Concat(["earlier", "later"]);

    public override int Match(in TimeScan scan, int i)
    {
        var start = i;
        var modifier = 0;
        if ((scan.Is(i, "earlier") || scan.Is(i, "later")) && scan.Is(i + 1, "this"))
        {
            modifier = scan.Is(i, "earlier") ? -1 : 1;
            i++;
        }

        if (scan.Is(i, "this") && (scan.Is(i + 1, "past") || (scan.Is(i + 1, "coming") && scan.Is(i + 2, "weekend"))))
        {
            i++; // "this past weekend": the last one; "this coming weekend": the next one
        }

        if (!scan.Words.Relatives.TryGetValue(scan.Word(i), out var direction) || scan.IsCapitalised(i + 1))
        {
            return NoMatch; // "This Week" with a capital W is a title
        }

        // "next fiscal year", "last financial year": the fiscal year is named by its calendar year, as "fiscal 2026" is.
        var fiscal = FiscalYears.IsFiscal(scan, i + 1) && scan.Is(i + 2, "year") ? 1 : 0;
        var unit = scan.Word(i + 1 + fiscal);
        var period = unit.Equals("week", StringComparison.OrdinalIgnoreCase) ? Period.Week
            : unit.Equals("weekend", StringComparison.OrdinalIgnoreCase) ? Period.Weekend
            : unit.Equals("month", StringComparison.OrdinalIgnoreCase) ? Period.Month
            : unit.Equals("year", StringComparison.OrdinalIgnoreCase) ? Period.Year
            : unit.Equals("decade", StringComparison.OrdinalIgnoreCase) ? Period.Decade
            : unit.Equals("century", StringComparison.OrdinalIgnoreCase) ? Period.Century : Period.None;
        if (period == Period.None)
        {
            return NoMatch;
        }

        // "the coming weekend" on a weekday is the one at the end of its week.
        if (period == Period.Weekend && scan.Is(i, "coming") && scan.Reference is { DayOfWeek: not (DayOfWeek.Saturday or DayOfWeek.Sunday) })
        {
            direction = 0;
        }

        var (from, to, value) = fiscal == 1 ? FiscalYears.Resolve(scan, direction)
            : scan.Reference is { } r ? Resolve(r, period, direction) : (null, null, null);
        if (scan.Reference is { } reference && modifier != 0)
        {
            (from, to) = modifier < 0 ? (from, to > reference ? reference : to) : (from < reference ? reference : from, to);
        }

        value ??= period switch { Period.Week => "XXXX-WXX", Period.Weekend => "XXXX-WXX-WE", Period.Month => "XXXX-XX", Period.Decade => "XXX", Period.Century => "XX", _ => "XXXX" };
        return scan.Emit(start, i + 2 + fiscal, TimeExpressionKind.Date, from, to, value);
    }

    private static (DateOnly? From, DateOnly? To, string? Value) Resolve(DateOnly reference, Period period, int direction)
    {
        switch (period)
        {
            case Period.Week or Period.Weekend when CalendarMath.MondayOf(reference, direction) is { } monday && CalendarMath.AddDays(monday, 6) is { } sunday:
                return (period == Period.Week ? monday : monday.AddDays(5), sunday, TimeValues.IsoWeek(monday) + (period == Period.Weekend ? TimeValues.WeekendSuffix : string.Empty));
            case Period.Month when CalendarMath.AddMonths(new DateOnly(reference.Year, reference.Month, 1), direction) is { } first:
                return (first, CalendarMath.LastOfMonth(first.Year, first.Month), TimeValues.Month(first.Year, first.Month));
            case Period.Year when CalendarMath.IsYear(reference.Year + direction):
                var year = reference.Year + direction;
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimeValues.Year(year));
            case Period.Decade when CalendarMath.IsYear(reference.Year / 10 * 10 + 10 * direction) && CalendarMath.IsYear(reference.Year / 10 * 10 + 10 * direction + 9):
                var decade = reference.Year / 10 * 10 + 10 * direction;
                return (new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31), (decade / 10).ToString(CultureInfo.InvariantCulture));
            case Period.Century when CalendarMath.IsYear(reference.Year / 100 * 100 + 100 * direction) && CalendarMath.IsYear(reference.Year / 100 * 100 + 100 * direction + 99):
                var century = reference.Year / 100 * 100 + 100 * direction;
                return (new DateOnly(century, 1, 1), new DateOnly(century + 99, 12, 31), (century / 100).ToString("D2", CultureInfo.InvariantCulture));
            default:
                return (null, null, null);
        }
    }

    private enum Period
    {
        None,
        Week,
        Weekend,
        Month,
        Year,
        Decade,
        Century,
    }
}

/// <summary>A period named with "the": "the year", "the month", "the week" and "the decade" (the reference ones, or a length after "for", "during" and
/// "throughout" unless the phrase closes after "for" or the period is possessive: "For the week, …", "the week's busiest session"), "the weekend" (the one just past early in the week, else the one at hand, unless a Saturday or Sunday
/// with its date follows: "over the weekend, on Sunday, June 8"), "the full year", "the current fiscal
/// year".</summary>
internal sealed class DefinitePeriodRule : TimeRule
{
    public static readonly DefinitePeriodRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    public override IEnumerable<string> WordsAfterArticle => ["weekend", "full"];

    public override int Match(in TimeScan scan, int i)
    {
        // "the week's busiest session", "the weekend's vote": the week or weekend at hand, a date; "the year's end" is read from "year" on.
        var possessive = scan.IsPossessive(i + 2);
        if (scan.Is(i + 2, "of") || (possessive && !(scan.Is(i + 1, "week") || scan.Is(i + 1, "month") || scan.Is(i + 1, "weekend"))))
        {
            return NoMatch;
        }

        var lasting = scan.Is(i - 1, "for") || scan.Is(i - 1, "during") || scan.Is(i - 1, "throughout");

        // "For the week, the index fell 2%", "shares rose 3% for the month.": a week, month or year that closes its phrase after
        // "for" is the period a figure covers, a date, when "For" opens the sentence or a figure stands earlier in the clause;
        // "the mint closed for the week.", "for the year ended June 30" and "during the week" stay lengths.
        var covered = possessive || (scan.Is(i - 1, "for") && (i + 2 >= scan.Count || scan.Word(i + 2) is "," or ".")
            && (i == 1 || HasFigureBefore(scan, i - 1)));
        var lastingPeriod = lasting && !covered;
        var r = scan.Reference;
        if (scan.Is(i + 1, "year"))
        {
            lastingPeriod |= EndsOnNamedDay(scan, i + 2);
            return scan.Emit(i, i + 2, lastingPeriod ? TimeExpressionKind.Duration : TimeExpressionKind.Date, null, null,
                lastingPeriod ? "P1Y" : r is { } ry ? TimeValues.Year(ry.Year) : "XXXX");
        }

        if (scan.Is(i + 1, "week"))
        {
            return scan.Emit(i, i + 2, lastingPeriod ? TimeExpressionKind.Duration : TimeExpressionKind.Date, null, null,
                lastingPeriod ? "P1W" : r is { } rw ? TimeValues.IsoWeek(rw) : "XXXX-WXX");
        }

        if (scan.Is(i + 1, "month"))
        {
            var month = MonthNamedBefore(scan) ?? r;
            return scan.Emit(i, i + 2, lastingPeriod ? TimeExpressionKind.Duration : TimeExpressionKind.Date, null, null,
                lastingPeriod ? "P1M" : month is { } m ? TimeValues.Month(m.Year, m.Month) : "XXXX-XX");
        }

        if (scan.Is(i + 1, "decade"))
        {
            // "by the end of the decade": the reference decade (TimeML "202" in 2027); "the decade since the earthquake" is a length.
            lasting |= scan.Word(i + 2) is "since" or "after" or "that";
            return scan.Emit(i, i + 2, lasting ? TimeExpressionKind.Duration : TimeExpressionKind.Date, null, null,
                lasting ? "P10Y" : r is { } rd ? (rd.Year / 10).ToString("D3", CultureInfo.InvariantCulture) : "XXX");
        }

        if (scan.Is(i + 1, "weekend"))
        {
            // Early in the week "the weekend" is the one just past, unless a future or plan points ahead ("will vote at the
            // weekend", "campaigned ahead of the weekend's vote"); from Friday on, the one at hand.
            var ahead = TenseCues.FutureBefore(scan, i) || TenseCues.PlanBefore(scan, i);
            var weekOf = WeekendDayNamedAfter(scan, i + 2)
                ?? (r is { } re ? re.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday && !ahead ? CalendarMath.AddDays(re, -7) : re : null);
            return scan.Emit(i, i + 2, TimeExpressionKind.Date, null, null, weekOf is { } w ? TimeValues.IsoWeek(w) + TimeValues.WeekendSuffix : "XXXX-WXX-WE");
        }

        return ModifiedYear(scan, i);
    }

    // Whether "ended" or "ending" at token `k` is followed by a month's name ("the year ended June 30", "the fiscal year ending on
    // March 31, 2031"): a year closed on a named day is twelve months up to it, a length (TimeML's P1Y with that day as its end
    // point), not the calendar year of the report. "the previous fiscal year, which ended on August 31" keeps its year.
    private static bool EndsOnNamedDay(in TimeScan scan, int k)
    {
        if (!(scan.Is(k, "ended") || scan.Is(k, "ending")))
        {
            return false;
        }

        var monthAt = k + (scan.Is(k + 1, "on") ? 2 : 1);
        return scan.IsCapitalised(monthAt) && scan.Words.Months.ContainsKey(scan.Word(monthAt));
    }

    // The Saturday or Sunday written with its date right after "the weekend" at token `k` ("over the weekend, on Sunday, June 8"),
    // or null: that weekend is the one meant, whichever way the reference date lies. The day must fall on that weekday in the
    // year it is read in (WeekdayRule's InYearOfWeekday, which moves the year, would need the clause's tense).
    private static DateOnly? WeekendDayNamedAfter(in TimeScan scan, int k)
    {
        k += scan.Word(k) is "," ? 1 : 0;
        k += scan.Is(k, "on") ? 1 : 0;
        if (!scan.Words.Weekdays.TryGetValue(scan.Word(k), out var weekday) || weekday < CalendarMath.Saturday)
        {
            return null;
        }

        k += scan.Word(k + 1) is "," ? 2 : 1;
        return WeekdayRule.TryReadDayAfterWeekday(scan, k, bracketed: false, out var dated, out _)
            && dated.Scope.Start is { } day && CalendarMath.IsoWeekday(day) == weekday ? day : null;
    }

    // The month of the last month or day the sentence named before "the month": "thin by early December, before the rush builds
    // in the middle of the month" and "reopened on March 3 and hit its target by the end of the month" name that month, not the
    // month of the report. Null when the sentence named none (a year or a week names no month).
    private static DateOnly? MonthNamedBefore(in TimeScan scan)
    {
        for (var k = scan.Output.Count - 1; k >= 0; k--)
        {
            if (scan.Output[k] is { Kind: TimeExpressionKind.Date, Scope.Start: { } start, Value: var value })
            {
                return DocumentContext.IsMonthValue(value) || DocumentContext.IsDayValue(value) ? start : null;
            }
        }

        return null;
    }

    // A number or "%" in the clause before token `end` (back to a comma, semicolon or the sentence start): "rose 3% for the week".
    private static bool HasFigureBefore(in TimeScan scan, int end)
    {
        for (var k = end - 1; k >= 0 && !(scan.Word(k) is "," or ";"); k--)
        {
            if (scan.IsNumber(k) || scan.Word(k) is "%")
            {
                return true;
            }
        }

        return false;
    }

    // "the full year", "the fiscal year", "the current fiscal year" → the reference year; "the latest fiscal year" → the last
    // complete one; "the next fiscal year", "the previous fiscal year" → the one after or before it; "throughout the fiscal year"
    // → a year's length.
    private static int ModifiedYear(in TimeScan scan, int i)
    {
        var index = i + 1;
        var direction = 0;
        if (FiscalYears.IsFiscal(scan, index + 1) && scan.Words.Relatives.TryGetValue(scan.Word(index), out var relative))
        {
            direction = relative;
            index++;
        }

        var latest = false;
        while (index < i + 4 && (scan.Is(index, "full") || scan.Words.PeriodModifiers.TryGetValue(scan.Word(index), out var modifier) && modifier is PeriodModifier.Fiscal
                   or PeriodModifier.Current or PeriodModifier.Latest or PeriodModifier.Plain))
        {
            latest |= scan.Words.PeriodModifiers.TryGetValue(scan.Word(index), out var seen) && seen == PeriodModifier.Latest;
            index++;
        }

        if (index == i + 1 || !scan.Is(index, "year"))
        {
            return NoMatch;
        }

        var throughout = scan.Is(i - 1, "throughout") || scan.Is(i - 1, "during") || (direction == 0 && EndsOnNamedDay(scan, index + 1));
        var year = direction != 0 ? FiscalYears.Year(scan, direction) : scan.Reference is { } r ? r.Year - (latest ? 1 : 0) : (int?)null;
        return scan.Emit(i, index + 1, throughout ? TimeExpressionKind.Duration : TimeExpressionKind.Date, null, null,
            throughout ? "P1Y" : year is { } y && CalendarMath.IsYear(y) ? TimeValues.Year(y) : "XXXX");
    }
}

/// <summary>The end of a year: "year-end", "year end", "year's end". It is the year of a date named earlier in its sentence ("The
/// Brenmoor mill shipped 40,000 tonnes in June 2018 and 55,000 at year-end"), unless that year is past and a future or plan points
/// the year-end ahead; else the reference year. A date after a bound that opens a span ("since 2019", "from 2016") is not the year
/// in focus and is passed over.</summary>
internal sealed class YearEndRule : TimeRule
{
    public static readonly YearEndRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["year-end", "year"];

    public override int Match(in TimeScan scan, int i)
    {
        var end = scan.Is(i, "year-end") ? i + 1
            : scan.Is(i, "year") && scan.Is(i + 1, "end") ? i + 2
            : scan.Is(i, "year") && scan.IsPossessive(i + 1) && scan.Is(i + 2, "end") ? i + 3 : NoMatch;
        if (end < 0)
        {
            return NoMatch;
        }

        if (scan.Reference is not { } reference)
        {
            return scan.Emit(i, end, TimeExpressionKind.Date, null, null, "XXXX");
        }

        var year = DateInFocus(scan, i) is { } named
            && !(named.Year < reference.Year && (TenseCues.FutureBefore(scan, i) || TenseCues.PlanBefore(scan, i)))
            ? named.Year : reference.Year;
        var last = new DateOnly(year, 12, 31);
        return scan.Emit(i, end, TimeExpressionKind.Date, last, last, TimeValues.Year(year));
    }

    // The first day of the last date named before token `at` in the sentence, passing over one right after a bound that opens a
    // span: "since" or "from" (DocumentContext.IsBound), not a forward or range-end word that closes one ("by", "until", "through").
    private static DateOnly? DateInFocus(in TimeScan scan, int at)
    {
        for (var k = scan.Output.Count - 1; k >= 0; k--)
        {
            if (scan.Output[k] is { Kind: TimeExpressionKind.Date, Scope.Start: { } start } date && !date.Value.EndsWith("_REF", StringComparison.Ordinal)
                && !OpensSpan(scan, date, at))
            {
                return start;
            }
        }

        return null;
    }

    // Whether the word before `expression` (which lies before token `at`) is a bound that opens a span.
    private static bool OpensSpan(in TimeScan scan, TimeExpression expression, int at)
    {
        var first = 0;
        while (first < at && scan.Token(first).Span.Start < expression.Span.Start)
        {
            first++;
        }

        var before = scan.Word(first - 1);
        return DocumentContext.IsBound(before) && (scan.Words.CueOf(before) & (TimeCue.Forward | TimeCue.RangeEnd)) == 0;
    }
}

/// <summary>A fiscal year named relative to another ("the previous fiscal year", "next financial year"), by the calendar year that
/// names it as "fiscal 2026" does.</summary>
internal static class FiscalYears
{
    /// <summary>Whether token <paramref name="index"/> is a fiscal modifier (<c>time-period-modifier</c> "fiscal", "financial").</summary>
    public static bool IsFiscal(in TimeScan scan, int index) =>
        scan.Words.PeriodModifiers.TryGetValue(scan.Word(index), out var modifier) && modifier == PeriodModifier.Fiscal;

    /// <summary>The fiscal year <paramref name="direction"/> years from the one in focus, as a span and a TimeML value.</summary>
    public static (DateOnly? From, DateOnly? To, string Value) Resolve(in TimeScan scan, int direction) =>
        Year(scan, direction) is { } year && CalendarMath.IsYear(year)
            ? (CalendarMath.Date(year, 1, 1), CalendarMath.Date(year, 12, 31), TimeValues.Year(year))
            : (null, null, "XXXX");

    /// <summary>The calendar year naming the fiscal year <paramref name="direction"/> years from a year the sentence named ("in
    /// fiscal 2023 … the previous fiscal year" is 2022), else from the reference year; null when the sentence says when its fiscal
    /// year ends ("whose fiscal year ends in June"), as the calendar year does not name it then.</summary>
    public static int? Year(in TimeScan scan, int direction) =>
        StatesYearEnd(scan) ? null : (scan.Context.YearInSentence ?? scan.Reference?.Year) + direction;

    // "whose fiscal year ends in June", "the fiscal year which ended on September 30", "the financial year ending in March".
    private static bool StatesYearEnd(in TimeScan scan)
    {
        const int Window = 3;
        for (var k = 0; k + 1 < scan.Count; k++)
        {
            if (!IsFiscal(scan, k) || !scan.Is(k + 1, "year"))
            {
                continue;
            }

            for (var e = k + 2; e < scan.Count && e <= k + 1 + Window; e++)
            {
                if (scan.Is(e, "ends") || scan.Is(e, "ended") || scan.Is(e, "ending"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
