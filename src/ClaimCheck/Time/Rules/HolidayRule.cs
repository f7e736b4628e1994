using System.Globalization;

namespace ClaimCheck.Time.Rules;

/// <summary>Holidays named in the lexicon (<c>time-holiday</c>): "Thanksgiving Day", "Christmas Eve", "New Year's Day", "Election
/// Day", "Easter", "last Thanksgiving". Without "last" or "next", a holiday still ahead this year is last year's when a verb in
/// the past comes before it, or is the nearest tense earlier in its clause ("was found clinging to a raft off the coast on
/// Thanksgiving Day"); one already past this year is next year's when its clause looks ahead ("will close on New Year's
/// Day"); a year written right after it is its own ("Christmas 2022"), and one within two months of a date named earlier in its
/// sentence is the one nearest that date ("on 17 Dec. 2025, eight days before Christmas"); "week" right after it makes the whole the
/// ISO week the holiday falls in ("Easter week", "Thanksgiving week"). A holiday before a noun of the lexicon kind <c>time-modified-noun</c> only qualifies it ("a Christmas break").</summary>
internal sealed class HolidayRule : TimeRule
{
    public static readonly HolidayRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => words.Holidays.FirstWords.Concat(TimeWords.KeysOf(words.Relatives));

    public override int Match(in TimeScan scan, int i)
    {
        var at = i;
        var direction = 0;
        if (scan.Words.Relatives.TryGetValue(scan.Word(i), out var relative))
        {
            direction = relative;
            at++;
        }

        HolidayDate holiday = default;
        // A holiday the lexicon writes with its article ("the Fourth of July") is capitalised after it.
        var end = scan.IsCapitalised(at) || (scan.Is(at, "the") && scan.IsCapitalised(at + 1))
            ? scan.Words.Holidays.Match(scan.Text, scan.Tokens, at, out holiday) : NoMatch;
        if (end < 0 || scan.Words.ModifiedNouns.ContainsKey(scan.Word(end)))
        {
            return NoMatch; // "a Christmas break": the holiday only qualifies the noun
        }

        DateOnly? date = null;
        if (direction == 0 && YearRule.TryYear(scan, end, out var written))
        {
            date = holiday.On(written); // "Christmas 2022", "Easter 1916": the year written after it
            end++;
        }
        else if (scan.Reference is { } r && holiday.On(r.Year) is { } candidate)
        {
            date = direction switch
            {
                < 0 => candidate < r ? candidate : holiday.On(r.Year - 1),
                > 0 => candidate > r ? candidate : holiday.On(r.Year + 1),
                _ when NearDate(holiday, scan.Context.DateInSentence) is { } near => near,
                _ when candidate > r && (TenseCues.PastBefore(scan, i) || TenseCues.DirectionEarlierInClause(scan, i) < 0) => holiday.On(r.Year - 1),
                _ when candidate < r && PointsAhead(scan, i, r) => holiday.On(r.Year + 1),
                _ => candidate,
            };
        }

        if (scan.Is(end, "week"))
        {
            return direction == 0 && YearRule.TryYear(scan, end + 1, out var weekYear)
                ? EmitWeekOf(scan, i, end + 2, holiday.On(weekYear)) // "Christmas week 2022": the year written after "week"
                : EmitWeekOf(scan, i, end + 1, date);
        }

        if (date is { } day)
        {
            PlaceWeekdayBefore(scan, i, day);
        }

        return scan.EmitDay(i, end, date, holiday.UnresolvedValue);
    }

    // "Easter week", "Christmas week" (tokens `i` to `end`): the ISO week holding the holiday's `day`, Monday to Sunday.
    private static int EmitWeekOf(in TimeScan scan, int i, int end, DateOnly? day) =>
        day is { } d && CalendarMath.MondayOf(d, 0) is { } monday
            ? scan.Emit(i, end, TimeExpressionKind.Date, monday, CalendarMath.AddDays(monday, 6), TimeValues.IsoWeek(d))
            : scan.Emit(i, end, TimeExpressionKind.Date, null, null, "XXXX-WXX");

    // "the Sunday after Thanksgiving", "the Friday before Christmas": the weekday found right before "after" or "before" the holiday
    // at token `i` is the first such weekday after (or the last before) the holiday's `day`, not one read from the reference date;
    // its span takes its article, as "the Saturday" does.
    private static void PlaceWeekdayBefore(in TimeScan scan, int i, DateOnly day)
    {
        var shift = scan.Is(i - 1, "after") ? 1 : scan.Is(i - 1, "before") ? -1 : 0;
        if (shift != 0 && i >= 3 && scan.Is(i - 3, "the") && scan.Is(i - 2, "weekend") && scan.Output.Count > 0
            && scan.Output[^1].Span.Start == scan.Token(i - 3).Span.Start)
        {
            PlaceWeekendBeside(scan, i, day, shift);
            return;
        }

        if (shift == 0 || i < 3 || !scan.Is(i - 3, "the") || !scan.Words.Weekdays.TryGetValue(scan.Word(i - 2), out var weekday)
            || scan.Output.Count == 0 || (scan.Output[^1].Span.Start != scan.Token(i - 2).Span.Start && scan.Output[^1].Span.Start != scan.Token(i - 3).Span.Start))
        {
            return;
        }

        var gap = shift > 0 ? CalendarMath.DaysToNextWeekday(day, weekday) : -CalendarMath.DaysToPreviousWeekday(day, weekday);
        if (CalendarMath.AddDays(day, gap) is not { } placed)
        {
            return;
        }

        var span = scan.SpanOf(i - 3, i - 1);
        scan.Output[^1] = new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(placed, placed, span.Slice(scan.Text).ToString(), span), TimeValues.Day(placed));
        scan.Context.SawWeekday(weekday, placed, withDate: false);
    }

    // "the weekend before Christmas", "the weekend after Thanksgiving": the Saturday and Sunday found right before "before" or
    // "after" the holiday at token `i` are the last ones before (or the first after) the holiday's `day`, not this week's.
    private static void PlaceWeekendBeside(in TimeScan scan, int i, DateOnly day, int shift)
    {
        var gap = shift > 0 ? CalendarMath.DaysToNextWeekday(day, CalendarMath.Saturday) : -CalendarMath.DaysToPreviousWeekday(day, CalendarMath.Saturday);
        if (shift < 0 && CalendarMath.IsoWeekday(day) == CalendarMath.Sunday)
        {
            gap -= 7; // the weekend before a Sunday holiday is the one before its own
        }

        if (CalendarMath.AddDays(day, gap) is not { } saturday)
        {
            return;
        }

        var span = scan.SpanOf(i - 3, i - 1);
        scan.Output[^1] = new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(saturday, saturday.AddDays(1), span.Slice(scan.Text).ToString(), span),
            TimeValues.IsoWeek(saturday) + TimeValues.WeekendSuffix);
    }

    // The holiday's day nearest a date named earlier in its sentence, when within two months of it: "on Dec. 18, 2025, a week
    // before Christmas" is that year's Christmas, whatever the reference date.
    private static DateOnly? NearDate(HolidayDate holiday, DateOnly? named)
    {
        const int NearDays = 62;
        if (named is not { } date)
        {
            return null;
        }

        DateOnly? nearest = null;
        for (var year = date.Year - 1; year <= date.Year + 1; year++)
        {
            if (holiday.On(year) is { } day && Math.Abs(day.DayNumber - date.DayNumber) <= NearDays
                && (nearest is not { } best || Math.Abs(day.DayNumber - date.DayNumber) < Math.Abs(best.DayNumber - date.DayNumber)))
            {
                nearest = day;
            }
        }

        return nearest;
    }

    // A future or plan before the holiday, or a date ahead of the reference date named earlier in its sentence with no verb in the
    // past close before the holiday: "will close on New Year's Day" in November, "from Dec. 20 to Jan. 3, covering Christmas Day
    // and New Year's Day".
    private static bool PointsAhead(in TimeScan scan, int i, DateOnly reference) =>
        TenseCues.FutureBefore(scan, i) || TenseCues.PlanBefore(scan, i) || TenseCues.DirectionEarlierInClause(scan, i) > 0
        || (scan.Context.DateInSentence is { } named && named > reference && !TenseCues.PastBefore(scan, i));
}

/// <summary>The day a holiday falls on in a given year: a fixed day, the nth (or last) weekday of a month, either shifted by some
/// days, or a number of days from Easter Sunday.</summary>
/// <param name="Month">The month (0 for a day counted from Easter).</param>
/// <param name="Day">The fixed day of the month, or 0 when the holiday is a weekday of the month.</param>
/// <param name="Weekday">The ISO weekday (1–7) when the holiday is the nth such weekday, else 0.</param>
/// <param name="Nth">Which such weekday (1–5), or -1 for the last.</param>
/// <param name="Shift">Days added after that (Election Day is the Tuesday after the first Monday), or the days from Easter.</param>
internal readonly record struct HolidayDate(int Month, int Day, int Weekday, int Nth, int Shift)
{
    private static readonly string[] WeekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>The value when the year is unknown: "XXXX-12-25" for a fixed day, else "XXXX-XX-XX".</summary>
    public string UnresolvedValue => Day > 0 && Shift == 0 ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{Month:D2}-{Day:D2}") : "XXXX-XX-XX";

    /// <summary>Reads a lexicon value (already checked by the lexicon loader): "12-25", "11-Thu-4", "05-Mon-L", "11-Mon-1+1", "E-2".</summary>
    public static HolidayDate Parse(string value)
    {
        if (value.StartsWith('E'))
        {
            return new HolidayDate(0, 0, 0, 0, Int(value[1..]));
        }

        var shiftAt = value.Length > 8 ? value.IndexOfAny(['+', '-'], 8) : -1;
        var shift = shiftAt > 0 ? Int(value[shiftAt..]) : 0;
        var parts = (shiftAt > 0 ? value[..shiftAt] : value).Split('-');
        return parts.Length == 2
            ? new HolidayDate(Int(parts[0]), Int(parts[1]), 0, 0, 0)
            : new HolidayDate(Int(parts[0]), 0, Array.IndexOf(WeekdayNames, parts[1]) + 1, parts[2] == "L" ? -1 : Int(parts[2]), shift);
    }

    /// <summary>The holiday's date in <paramref name="year"/>, or null outside the calendar.</summary>
    public DateOnly? On(int year)
    {
        if (!CalendarMath.IsYear(year))
        {
            return null;
        }

        if (Month == 0)
        {
            return CalendarMath.AddDays(EasterSunday(year), Shift);
        }

        if (Day > 0)
        {
            return CalendarMath.Date(year, Month, Day);
        }

        var first = new DateOnly(year, Month, 1);
        var toWeekday = (Weekday - CalendarMath.IsoWeekday(first) + 7) % 7;
        var day = first.AddDays(toWeekday);
        var nth = Nth > 0 ? day.AddDays(7 * (Nth - 1)) : day.AddDays(7 * ((DateTime.DaysInMonth(year, Month) - day.Day) / 7));
        return CalendarMath.AddDays(nth, Shift);
    }

    // The Gregorian Easter Sunday (the anonymous algorithm of 1876, as in Meeus, "Astronomical Algorithms").
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
