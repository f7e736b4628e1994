using System.Globalization;

namespace ClaimCheck.Time;

/// <summary>What earlier sentences of a document said that later time expressions depend on: the fiscal quarter in question
/// ("a year earlier" after "the third quarter" is the third quarter of the year before) and the last date named.</summary>
/// <remarks>Made by <see cref="TimeExpressionRecognizer"/> for one document and carried from sentence to sentence; never shared
/// between documents or threads.</remarks>
internal sealed class DocumentContext
{
    /// <summary>The last fiscal quarter named (year, 1–4), or null. Naming one clears <see cref="PeriodSinceQuarter"/>.</summary>
    public (int Year, int Quarter)? Quarter
    {
        get;
        set
        {
            field = value;
            PeriodSinceQuarter = false;
        }
    }

    /// <summary>How many years from the quarter in question a whole year named after it may lie and still be the year in focus:
    /// "since records began in 1997" is history, not the period "a year earlier" compares with.</summary>
    private const int YearsNearQuarter = 3;

    /// <summary>Whether the period in focus since the quarter is no longer it: the last date named since is a whole year near it
    /// ("this year", "1989" in a report on 1989's third quarter), or a length of months longer than a quarter and shorter than a
    /// year was named since ("For the nine months, net rose 8% from a year earlier"). "a year ago" after "shares fell 12% this
    /// year" is last year, not the quarter a year back; after "the nine months" it is the year before too, as TimeML has no value
    /// for nine months of a year. A later date that is no such year ("Dec. 14") gives the focus back to the quarter.</summary>
    public bool PeriodSinceQuarter { get; private set; }

    /// <summary>The first day of the last date, month, week or year the document named (its year is the year in focus), or null.</summary>
    public DateOnly? LastDate { get; private set; }

    /// <summary>Whether <see cref="LastDate"/> is the first day of a whole year the document named ("in 2016"), so that no month or
    /// week can be told from it ("in 2016 … that same month" names no known month).</summary>
    public bool LastDateIsYear { get; private set; }

    /// <summary>The last single day the document named ("Oct. 27", "Friday"), or null: "the previous Friday" is the one before it.</summary>
    public DateOnly? LastDay { get; private set; }

    /// <summary>The last date the document named when it is a single day of the calendar ("Aug. 9, 2019", "Jan. 18", "Friday"), or
    /// null when the last date is a month, a year or a day counted from the reference date ("two years ago"): a story told from
    /// that day goes on in the weeks after it.</summary>
    public DateOnly? LastCalendarDay { get; private set; }

    /// <summary>The first day of the last date the document named when it is a whole month ("last October", "May 2019"), or null
    /// when the last date is anything else: "that same day" after it is a day of that month.</summary>
    public DateOnly? LastMonth { get; private set; }

    /// <summary>The day of the last date or clock time the document named when it is a single day ("Sunday, Nov. 12", "10 a.m."
    /// on Sunday, "tonight"), or null: a clock time in a sentence that names no day of its own goes on from it.</summary>
    public DateOnly? LastDayOrTime { get; private set; }

    /// <summary>The last single day the document named with its year written ("Feb. 1, 2025", "Sunday, May 25, 2025"), or null:
    /// when it lies ahead of the reference date, the document is a calendar of things to come.</summary>
    public DateOnly? LastDayWithYear { get; private set; }

    /// <summary>The first day of the last date, month, week or year the current sentence named, or null: "a year earlier" after
    /// "61,000 tonnes in 2025, up from 54,000" counts back from it, not from the reference date.</summary>
    public DateOnly? DateInSentence { get; private set; }

    /// <summary>The first whole month the current sentence named as the period of its figures ("rose 3 percent in September",
    /// not a bound such as "since March" or "from July"), or null: "a year earlier" after it is that month a year before.</summary>
    public DateOnly? MonthInSentence { get; private set; }

    /// <summary>The <see cref="MonthInSentence"/> of the sentence before the current one, or null: "Orders to the mill dropped
    /// in May. That left them a fifth above a year earlier" compares May with the May before.</summary>
    public DateOnly? MonthInLastSentence { get; private set; }

    /// <summary>The last whole year the current sentence named ("fiscal 2023", "in 2021"), or null: "the previous fiscal year" after
    /// it is the year before it.</summary>
    public int? YearInSentence { get; private set; }

    /// <summary>Whether the current sentence named a fiscal quarter ("… in the third quarter, against … last year").</summary>
    public bool QuarterInSentence { get; set; }

    /// <summary>The half-year the current sentence named with its year ("the first six months of 2021"), or null: "the same period
    /// last year" after it is that half a year before.</summary>
    public (int Year, int Half)? HalfInSentence { get; set; }

    // The day each weekday (ISO 1–7) was last named with its date ("Saturday, Aug. 17"), the day each was last named alone, and
    // the day each was last named alone ahead of the reference date.
    private readonly Dictionary<int, DateOnly> weekdaysWithDate;
    private readonly Dictionary<int, DateOnly> weekdaysAlone;
    private readonly Dictionary<int, DateOnly> weekdaysAhead;

    /// <summary>A context for a new document.</summary>
    public DocumentContext()
        : this([], [], [])
    {
    }

    private DocumentContext(Dictionary<int, DateOnly> weekdaysWithDate, Dictionary<int, DateOnly> weekdaysAlone, Dictionary<int, DateOnly> weekdaysAhead)
    {
        this.weekdaysWithDate = weekdaysWithDate;
        this.weekdaysAlone = weekdaysAlone;
        this.weekdaysAhead = weekdaysAhead;
    }

    /// <summary>A context for reading a few words aside ("3 p.m. on Saturday" reads its day alone): it knows nothing of the
    /// sentences before but the weekdays they named, which it shares, and the last calendar day, from which a weekday with its
    /// date takes its year ("9 a.m. on Friday, March 10" after "Tuesday, March 7, 2017").</summary>
    public DocumentContext Aside() => new(weekdaysWithDate, weekdaysAlone, weekdaysAhead) { LastCalendarDay = LastCalendarDay };

    /// <summary>Remembers that weekday <paramref name="weekday"/> (ISO 1–7) was named alone as <paramref name="day"/>, a day ahead
    /// of the reference date ("turnout is forecast to top 60% on Sunday").</summary>
    public void SawWeekdayAhead(int weekday, DateOnly day) => weekdaysAhead[weekday] = day;

    /// <summary>The day weekday <paramref name="weekday"/> (ISO 1–7) was last named alone ahead of the reference date, or null.</summary>
    public DateOnly? WeekdayAhead(int weekday) => weekdaysAhead.TryGetValue(weekday, out var day) ? day : null;

    /// <summary>Remembers that weekday <paramref name="weekday"/> (ISO 1–7) was named as <paramref name="day"/>, with its date
    /// written after it ("Saturday, Aug. 17") or alone ("Saturday").</summary>
    public void SawWeekday(int weekday, DateOnly day, bool withDate) => (withDate ? weekdaysWithDate : weekdaysAlone)[weekday] = day;

    /// <summary>The day weekday <paramref name="weekday"/> (ISO 1–7) was last named with its date written after it, or null.</summary>
    public DateOnly? WeekdayWithDate(int weekday) => weekdaysWithDate.TryGetValue(weekday, out var day) ? day : null;

    /// <summary>The day weekday <paramref name="weekday"/> (ISO 1–7) was last named alone, or null.</summary>
    public DateOnly? WeekdayAlone(int weekday) => weekdaysAlone.TryGetValue(weekday, out var day) ? day : null;

    /// <summary>Whether a month after <paramref name="word"/> bounds a span rather than naming the period of a figure: "since
    /// March", "until May", "by June", "from July".</summary>
    public static bool IsBound(ReadOnlySpan<char> word) =>
        word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
        || word.Equals("till", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase)
        || word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("through", StringComparison.OrdinalIgnoreCase);

    /// <summary>Remembers <paramref name="expression"/> as the last date named when it is a resolved date (not PAST_REF and the like).</summary>
    /// <param name="expression">The expression just found.</param>
    /// <param name="afterBound">Whether it follows a word that makes it a bound (<see cref="IsBound"/>).</param>
    /// <param name="closesRange">Whether it follows a word that closes a range or names a target ("to", "until", "through"; not
    /// "and", which also pairs dates): after a date its sentence named before it, it is no reference time for a week, month or
    /// year told from the last date ("At a meeting on June 3, the board set a vote for July 9 if the audit closed the following
    /// week" is the week after June 3), so those anchors stay with the date before it. It is still the last single day
    /// (<see cref="LastDay"/>, <see cref="LastCalendarDay"/>): a day a date was moved to is often the one a text goes on about
    /// ("pushed the deadline to June 18 … due on the same day"), and a story runs on in the year of a range's end ("ran from Dec.
    /// 7, 2023, to Dec. 11. The lists came out on Dec. 14"). It cannot tell a week the text goes on from ("ran from Monday to
    /// Friday. The following week …").</param>
    public void Saw(TimeExpression expression, bool afterBound, bool closesRange)
    {
        if (expression.Kind == TimeExpressionKind.Duration && Quarter is not null && IsPartOfYearLongerThanQuarter(expression.Value))
        {
            PeriodSinceQuarter = true;
        }

        if (expression.Kind is TimeExpressionKind.Date or TimeExpressionKind.Time && expression.Scope.Start is { } day
            && expression.Scope.End == day && expression.Value.Length >= DayValueLength && IsDayValue(expression.Value.AsSpan(0, DayValueLength)))
        {
            LastDayOrTime = day; // a day or a time on one ("2027-09-14", "2027-09-14T16:15"), not a month counted back to a day
            if (expression.Kind == TimeExpressionKind.Time && TimeValues.IsDayWithPart(expression.Value))
            {
                LastDay = day; // "last Sunday morning", "Saturday evening" name their day as "Sunday" does: "later that day" is that one
            }
        }

        if (expression.Kind == TimeExpressionKind.Date && expression.Scope.Start is { } start && !expression.Value.EndsWith("_REF", StringComparison.Ordinal))
        {
            if (expression.Scope.End == start)
            {
                LastDay = start;
            }

            LastCalendarDay = expression.Scope.End == start && IsDayValue(expression.Value) ? start : null;
            if (LastCalendarDay is not null && WritesYear(expression.Scope.Text, start))
            {
                LastDayWithYear = start;
            }

            if (closesRange && DateInSentence is not null)
            {
                return;
            }

            LastDate = start;
            DateInSentence = start;
            if (MonthInSentence is null && !afterBound && IsMonthValue(expression.Value))
            {
                MonthInSentence = start;
            }

            var wholeYear = TimeValues.IsYear(expression.Value);
            LastDateIsYear = wholeYear;
            PeriodSinceQuarter = Quarter is { } quarter && wholeYear && Math.Abs(quarter.Year - start.Year) <= YearsNearQuarter;
            if (wholeYear)
            {
                YearInSentence = start.Year;
            }

            LastMonth = IsMonthValue(expression.Value) ? start : null;
        }
    }

    // "P6M", "P9M": a length of four to eleven months, as "the six months" and "the first nine months" of a report name.
    private static bool IsPartOfYearLongerThanQuarter(string value) =>
        value.Length is 3 or 4 && value[0] == 'P' && value[^1] == 'M'
        && int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var months)
        && months is > 3 and < 12;

    /// <summary>Whether <paramref name="text"/> writes the year of <paramref name="day"/> in four digits ("Tuesday, July 12, 2022"),
    /// not only a month and day whose year was inferred.</summary>
    public static bool WritesYear(string text, DateOnly day)
    {
        Span<char> year = stackalloc char[4];
        return day.Year.TryFormat(year, out var written, "D4", CultureInfo.InvariantCulture) && text.AsSpan().Contains(year[..written], StringComparison.Ordinal);
    }

    /// <summary>Starts the next sentence.</summary>
    public void NextSentence()
    {
        QuarterInSentence = false;
        HalfInSentence = null;
        DateInSentence = null;
        MonthInLastSentence = MonthInSentence;
        MonthInSentence = null;
        YearInSentence = null;
    }

    /// <summary>The length of a TIMEX3 value naming one day ("2027-09-14"), which a time on that day begins with ("2027-09-14T16:15").</summary>
    internal const int DayValueLength = 10;

    /// <summary>Whether <paramref name="value"/> is a TIMEX3 value naming one day: "2027-09-14".</summary>
    internal static bool IsDayValue(ReadOnlySpan<char> value) =>
        value.Length == DayValueLength && value[7] == '-' && IsMonthValue(value[..7]) && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9]);

    /// <summary>Whether <paramref name="value"/> is a TIMEX3 value naming one month: "2027-09".</summary>
    internal static bool IsMonthValue(ReadOnlySpan<char> value) =>
        value.Length == 7 && value[4] == '-' && !value[..4].ContainsAnyExceptInRange('0', '9') && !value[5..].ContainsAnyExceptInRange('0', '9');
}
