namespace ClaimCheck.Time.Rules;

/// <summary>"that day" and "that same day": the day of the last reference time, as the TIMEX3 guidelines anchor it. After a single
/// day of the calendar ("the council met on Oct. 14 and voted that day", "Earlier that day" after "Friday",
/// <see cref="DocumentContext.LastCalendarDay"/>) it is that day; "that same day" after a whole month ("last October … crossed out
/// that same day", <see cref="DocumentContext.LastMonth"/>) is an unknown day of that month ("1998-10-XX").</summary>
/// <remarks>Left unread with no such anchor, or after a date counted from the reference date ("two years ago … that day"), a year,
/// a week, or ("that day" without "same") a month: there "that day" is mostly an event's day the text never dated ("shares bought
/// that day"). Not before a possessive ("that day's vote"), nor, without "same", as a conjunction after a reporting verb ("said that
/// day trips were cancelled"). It cannot tell a day the text dates wrongly, nor an event's day named after a newer date.</remarks>
internal sealed class ThatDayRule : TimeRule
{
    public static readonly ThatDayRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["that"];

    public override int Match(in TimeScan scan, int i)
    {
        var same = scan.Is(i + 1, "same");
        var end = same ? i + 3 : i + 2;
        if (!scan.Is(end - 1, "day") || scan.IsPossessive(end) || (!same && ContextDateRule.IsConjunctionAfterReport(scan, i)))
        {
            return NoMatch;
        }

        if (scan.Context.LastCalendarDay is { } day)
        {
            return scan.Emit(i, end, TimeExpressionKind.Date, day, day, TimeValues.Day(day));
        }

        return same && scan.Context.LastMonth is { } month
            ? scan.Emit(i, end, TimeExpressionKind.Date, month, CalendarMath.LastOfMonth(month.Year, month.Month),
                TimeValues.Month(month.Year, month.Month) + UnknownDay)
            : NoMatch;
    }

    /// <summary>The day part of a TIMEX3 value whose day in a known month is unknown ("1998-10-XX").</summary>
    private const string UnknownDay = "-XX";
}
