namespace ClaimCheck.Time;

/// <summary>Date arithmetic that never throws: a result outside <see cref="DateOnly"/>'s range (years 1 to 9999) is null, so a
/// time expression that points there ("4,500 years ago", "next year" in 9999) stays unresolved instead of failing.</summary>
/// <remarks>Amounts are doubles so that any count read from text ("10^9 years") can be passed without overflow. Thread-safe.</remarks>
internal static class CalendarMath
{
    /// <summary>The first year a <see cref="DateOnly"/> can hold.</summary>
    public const int MinYear = 1;

    /// <summary>The last year a <see cref="DateOnly"/> can hold.</summary>
    public const int MaxYear = 9999;

    /// <summary>Saturday as an ISO weekday (1 Monday … 7 Sunday).</summary>
    public const int Saturday = 6;

    /// <summary>Sunday as an ISO weekday (1 Monday … 7 Sunday).</summary>
    public const int Sunday = 7;

    private static readonly int MaxDayNumber = DateOnly.MaxValue.DayNumber;

    /// <summary>Whether <paramref name="year"/> is a year a <see cref="DateOnly"/> can hold.</summary>
    public static bool IsYear(double year) => year is >= MinYear and <= MaxYear;

    /// <summary><paramref name="date"/> moved by <paramref name="days"/> days, or null when that leaves the calendar.</summary>
    public static DateOnly? AddDays(DateOnly date, double days)
    {
        var number = date.DayNumber + Math.Truncate(days);
        return number >= 0 && number <= MaxDayNumber ? DateOnly.FromDayNumber((int)number) : null;
    }

    /// <summary><paramref name="date"/> moved by whole <paramref name="months"/> (the day clipped to the month's length), or null.</summary>
    public static DateOnly? AddMonths(DateOnly date, double months)
    {
        var index = (date.Year * 12.0) + (date.Month - 1) + Math.Truncate(months);
        var year = Math.Floor(index / 12);
        if (!IsYear(year))
        {
            return null;
        }

        var month = (int)(index - (year * 12)) + 1;
        return new DateOnly((int)year, month, Math.Min(date.Day, DateTime.DaysInMonth((int)year, month)));
    }

    /// <summary><paramref name="date"/> moved by whole <paramref name="years"/> (29 February becomes 28 February), or null.</summary>
    public static DateOnly? AddYears(DateOnly date, double years) => AddMonths(date, Math.Truncate(years) * 12);

    /// <summary>The date <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/>, or null when there is no such day.</summary>
    public static DateOnly? Date(double year, int month, int day) =>
        IsYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth((int)year, month) ? new DateOnly((int)year, month, day) : null;

    /// <summary>The last day of <paramref name="month"/> in <paramref name="year"/>, or null when the year is out of range.</summary>
    public static DateOnly? LastOfMonth(double year, int month) =>
        IsYear(year) && month is >= 1 and <= 12 ? new DateOnly((int)year, month, DateTime.DaysInMonth((int)year, month)) : null;

    /// <summary>The Monday that starts the week of <paramref name="date"/> moved by <paramref name="weeks"/> weeks, or null.</summary>
    public static DateOnly? MondayOf(DateOnly date, int weeks) => AddDays(date, -(((int)date.DayOfWeek + 6) % 7) + (7.0 * weeks));

    /// <summary>How many days after <paramref name="day"/> the next <paramref name="weekday"/> (ISO: 1 Monday … 7 Sunday) falls: 1 to
    /// 7, a week when the day is that weekday.</summary>
    public static int DaysToNextWeekday(DateOnly day, int weekday) => ((weekday - IsoWeekday(day) + 6) % 7) + 1;

    /// <summary>How many days before <paramref name="day"/> the last <paramref name="weekday"/> (ISO: 1 Monday … 7 Sunday) fell: 1 to
    /// 7, a week when the day is that weekday.</summary>
    public static int DaysToPreviousWeekday(DateOnly day, int weekday) => ((IsoWeekday(day) - weekday + 6) % 7) + 1;

    /// <summary>The ISO weekday of a day: 1 Monday … 7 Sunday.</summary>
    public static int IsoWeekday(DateOnly day) => (((int)day.DayOfWeek + 6) % 7) + 1;
}
