using System.Globalization;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Time.Rules;

/// <summary>A day written before its month: "17 October 2024", "3 September", "8th March", "the 1st of October 2023". Without a
/// year it takes the one "Sept. 3" would in its place (the tense around it, the year its sentence opens with, the story's days).</summary>
internal sealed class DayFirstDateRule : TimeRule
{
    public static readonly DayFirstDateRule Instance = new();

    public override bool StartsAtNumber => true;

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    /// <summary>Reads a day written before its month and followed by its year at token <paramref name="at"/> ("9 April 2021",
    /// "6th September 2023").</summary>
    public static bool TryReadWithYear(in TimeScan scan, int at, out int month, out int year)
    {
        month = year = 0;
        var monthAt = scan.IsJoined(at + 1) && MonthRule.IsOrdinalSuffix(scan.Word(at + 1)) ? at + 2 : at + 1;
        return scan.TryInt(at, out var day) && day is >= 1 and <= 31 && scan.IsCapitalised(monthAt)
            && scan.Words.Months.TryGetValue(scan.Word(monthAt), out month) && YearRule.TryYear(scan, monthAt + 1, out year);
    }

    public override int Match(in TimeScan scan, int i)
    {
        var at = scan.Is(i, "the") ? i + 1 : i;
        if (!scan.TryInt(at, out var day) || day is < 1 or > 31)
        {
            return NoMatch;
        }

        // "8th March", "the 8th of March": an ordinal day, and "of" after it; "the" only before both.
        var monthAt = at + 1;
        var ordinal = scan.IsJoined(monthAt) && MonthRule.IsOrdinalSuffix(scan.Word(monthAt));
        monthAt += ordinal ? 1 : 0;
        var of = ordinal && scan.Is(monthAt, "of");
        monthAt += of ? 1 : 0;
        if ((at > i && !of) || !scan.IsCapitalised(monthAt) || !scan.Words.Months.TryGetValue(scan.Word(monthAt), out var month))
        {
            return NoMatch;
        }

        var end = monthAt + 1;
        int? year = YearRule.TryYear(scan, end, out var y) ? y : null;
        if (year is not null)
        {
            end++;
        }

        var resolved = year ?? MonthRule.RangeEndYear(scan, i, end, month) ?? MonthRule.ClosingEndYear(scan, i, month, day)
            ?? MonthRule.YearOfDayFirst(scan, i, end, month, day);
        var date = resolved is { } ry ? CalendarMath.Date(ry, month, day) : null;
        return scan.EmitDay(i, end, date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}"));
    }
}

/// <summary>A year on its own: "in 2024", "since 2022", "early 2023", "mid-1996", "fiscal 1989", "fiscal year
/// 2026"; or the year of an ISO date,
/// "2013-03-14".</summary>
internal sealed class YearRule : TimeRule
{
    public static readonly YearRule Instance = new();

    /// <summary>The earliest four-digit number read as a year when nothing else says it is one.</summary>
    public const int MinBareYear = 1900;

    /// <summary>The latest four-digit number read as a year when nothing else says it is one.</summary>
    public const int MaxBareYear = 2100;

    public override bool StartsAtNumber => true;

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Parts).Append("fiscal");

    /// <summary>Whether token <paramref name="index"/> is a four-digit year between <paramref name="min"/> and <paramref name="max"/>
    /// (not "1990s" or "2024-style", nor a time of day before a time zone: "2100 GMT"; but "In 2022 PT Brenmoor Energi" and "since
    /// 2019 CT scans" are years).</summary>
    public static bool TryYear(in TimeScan scan, int index, out int year, int min = MinBareYear, int max = MaxBareYear)
    {
        year = 0;
        return scan.IsNumber(index) && scan.Token(index).Span.Length == 4 && scan.TryInt(index, out year) && year >= min && year <= max
            && !(scan.IsJoined(index + 1) && scan.IsWord(index + 1)) && !IsClockTimeBeforeZone(scan, index);
    }

    /// <summary>Whether the four digits at token <paramref name="index"/> stand before a time zone and so are a time of day ("at 2100
    /// GMT"), unless "in" or "since" stands before them: those take a year, and a zone abbreviation after one is a word of its own
    /// ("In 2022 PT Brenmoor Energi paid", "since 2019 CT scans have").</summary>
    internal static bool IsClockTimeBeforeZone(in TimeScan scan, int index) =>
        IsTimeZone(scan, index + 1) && !scan.Is(index - 1, "in") && !scan.Is(index - 1, "since");

    // A time zone at token `index`: "GMT", "EDT", "local time".
    private static bool IsTimeZone(in TimeScan scan, int index) =>
        scan.Words.Zones.TryGetValue(scan.Word(index), out var follower) && (string.IsNullOrEmpty(follower) || scan.Is(index + 1, follower));

    // A year before 1900 where a count could not stand: "in 1898.", "since 1066," or "opened in 1881 and has …", "In 1888 he
    // opened", "in 1850 the line reached" (not "in 1500 cases"): a count is followed by what it counts, not by the end of its
    // phrase, a conjunction, a determiner or a subject pronoun.
    private static bool IsEarlierYear(in TimeScan scan, int index, out int year) =>
        TryYear(scan, index, out year, min: 1000, max: MinBareYear - 1) && (scan.Is(index - 1, "in") || scan.Is(index - 1, "since"))
        && (index + 1 >= scan.Count || scan.Token(index + 1).Kind == TokenKind.Punctuation || scan.Is(index + 1, "and") || scan.Is(index + 1, "but")
            || (scan.CueAt(index + 1) & TimeCue.Article) != 0 || scan.Words.SubjectPronouns.ContainsKey(scan.Word(index + 1)));

    public override int Match(in TimeScan scan, int i)
    {
        var part = scan.Words.Parts.TryGetValue(scan.Word(i), out var p) ? p : null;
        var yearAt = part is not null || scan.Is(i, "fiscal") ? i + 1 : i;
        if (scan.Is(i, "fiscal") && scan.Is(yearAt, "year"))
        {
            yearAt++; // "fiscal year 2026"
        }

        if (part is not null && scan.Word(yearAt) is "-" && scan.IsJoined(yearAt) && scan.IsJoined(yearAt + 1))
        {
            yearAt++; // "mid-1996"
        }

        if (!(TryYear(scan, yearAt, out var year) || IsEarlierYear(scan, yearAt, out year)) || (yearAt > 0 && scan.Token(yearAt - 1).Kind == TokenKind.Currency))
        {
            return NoMatch;
        }

        if (part is null && IsoDay(scan, yearAt, year) is { } day)
        {
            return scan.EmitDay(i, yearAt + 5, day, TimeValues.Day(day));
        }

        if (yearAt == i && EndsAName(scan, i))
        {
            return NoMatch;
        }

        var (first, last) = part switch
        {
            "early" => (new DateOnly(year, 1, 1), new DateOnly(year, 4, 30)),
            "mid" => (new DateOnly(year, 5, 1), new DateOnly(year, 8, 31)),
            "late" => (new DateOnly(year, 9, 1), new DateOnly(year, 12, 31)),
            _ => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
        };
        return scan.Emit(i, yearAt + 1, TimeExpressionKind.Date, first, last, TimeValues.Year(year));
    }

    // Whether the year at token `year` ends a name: right after a word in title case that is no time word (a month, a holiday, a
    // festival of `time-year-qualifier`, a preposition a time follows…) inside a sentence in lower case: "hotel bookings fell a
    // week after Brenfest 2026 opened", "a venture called Orion 1980". An acronym stays a qualifier of the year ("the U.S. 2024
    // budget"), and a capital that opens the sentence or a title ("Since 2019", "Profits Rose In 1998") says nothing.
    private static bool EndsAName(in TimeScan scan, int year)
    {
        var name = year - 1;
        if (name < 1 || !scan.IsWord(name) || !scan.IsCapitalised(name) || !scan.IsWord(name - 1) || scan.IsCapitalised(name - 1))
        {
            return false;
        }

        var word = scan.Word(name);
        return word.Length > 1 && !word[1..].ContainsAnyExceptInRange('a', 'z') && !scan.Words.TermWords.Contains(word.ToString());
    }

    // The day of an ISO date whose year is at token yearAt: "2013-03-14" (hyphens, two-digit month and day, all joined), or null.
    private static DateOnly? IsoDay(in TimeScan scan, int yearAt, int year) =>
        scan.Word(yearAt + 1) is "-" && scan.Word(yearAt + 3) is "-"
        && scan.IsJoined(yearAt + 1) && scan.IsJoined(yearAt + 2) && scan.IsJoined(yearAt + 3) && scan.IsJoined(yearAt + 4)
        && scan.Word(yearAt + 2).Length == 2 && scan.Word(yearAt + 4).Length == 2
        && scan.TryInt(yearAt + 2, out var month) && scan.TryInt(yearAt + 4, out var day)
            ? CalendarMath.Date(year, month, day)
            : null;
}

/// <summary>Spoken years, as transcripts write them: "nineteen ninety-six", "nineteen seventy-nine".</summary>
internal sealed class SpokenYearRule : TimeRule
{
    public static readonly SpokenYearRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["nineteen", "eighteen"];

    /// <summary>Reads a spoken year of two tokens at <paramref name="i"/>.</summary>
    public static bool TryRead(in TimeScan scan, int i, out int year)
    {
        year = 0;
        var century = scan.Is(i, "nineteen") ? 1900 : scan.Is(i, "eighteen") ? 1800 : 0;
        var rest = scan.Word(i + 1);
        var words = scan.Words.NumberWords;
        double tail;
        var hyphen = rest.IndexOf('-');
        if (century == 0)
        {
            return false;
        }

        if (hyphen > 0 && words.TryGetValue(rest[..hyphen], out var tens) && tens >= 20 && words.TryGetValue(rest[(hyphen + 1)..], out var ones) && ones < 10)
        {
            tail = tens + ones;
        }
        else if (!words.TryGetValue(rest, out tail) || tail < 10)
        {
            return false;
        }

        year = century + (int)tail;
        return true;
    }

    public override int Match(in TimeScan scan, int i) =>
        TryRead(scan, i, out var year)
            ? scan.Emit(i, i + 2, TimeExpressionKind.Date, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimeValues.Year(year))
            : NoMatch;
}

/// <summary>A year named after "the year": "the year 2000", "the year two thousand".</summary>
internal sealed class NamedYearRule : TimeRule
{
    public static readonly NamedYearRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    public override int Match(in TimeScan scan, int i)
    {
        if (!scan.Is(i + 1, "year") || !NumberParser.TryParseAt(scan.Text, scan.Tokens, i + 2, out var number) || number.IsVague
            || number.Value != Math.Floor(number.Value) || number.Value is < 1000 or > 2999)
        {
            return NoMatch;
        }

        var year = (int)number.Value;
        return scan.Emit(i, i + 2 + number.TokenCount, TimeExpressionKind.Date, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimeValues.Year(year));
    }
}
