using ClaimCheck.Text;

namespace ClaimCheck.Time.Rules;

/// <summary>Dates named from the last date the document gave (<see cref="DocumentContext.LastDate"/>, a day from the last single day
/// named, <see cref="DocumentContext.LastDay"/>; the reference date when it gave none): "the following year", "the following month", "the next month" told in the past, "that year", "the same month", "that same year", "the next day", "the previous day",
/// "the previous month" ("7.7% in February, from 7.9% the previous month"), "the next morning" (that day); "the year before", "the day
/// after" with nothing after them or before an infinitive or a verb of the clause (an adverb, not a preposition: "down from 40 the
/// year before", "met the week before to settle", but not "the day before the vote"; "the week before" is told from the last
/// calendar day named, else the reference date);
/// "the following weekend", "the weekend that follows", "the weekend before" (told from the last single day named);
/// "that night", "that evening", "the evening before" (that part of the last single day named, or of the day before it,
/// <see cref="DocumentContext.LastDay"/>); "later that day", "later that night". "that day" and "that same day" are
/// <see cref="ThatDayRule"/>'s.</summary>
internal sealed class ContextDateRule : TimeRule
{
    public static readonly ContextDateRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the", "that", "later"];

    public override IEnumerable<string> WordsAfterArticle => ["following", "same"];

    public override int Match(in TimeScan scan, int i)
    {
        if (scan.Is(i, "later"))
        {
            return LaterThat(scan, i);
        }

        if (WeekendNextToLastDay(scan, i) is var weekendEnd and not NoMatch)
        {
            return weekendEnd;
        }

        // "that same year" reads as "the same year"; "that" alone is the demonstrative of "that year", "that night".
        var thatSame = scan.Is(i, "that") && scan.Is(i + 1, "same");
        var demonstrative = scan.Is(i, "that") && !thatSame;
        var unit = scan.Word(i + (demonstrative ? 1 : 2));
        if (demonstrative && scan.Words.DayParts.TryGetValue(unit, out var part))
        {
            // "the crew slept aboard that night": that part of the last day the document named; not "that morning's session", nor
            // after a reporting verb when a word other than an article follows ("warned that evening traffic would be slow": a
            // conjunction before a noun), though "said that night the pier had shut" is.
            // "said that morning that the pier had shut" is too: a second "that" opens the reported clause.
            return scan.Context.LastDay is { } day && !scan.IsPossessive(i + 2) && !IsConjunctionAfterReport(scan, i)
                ? scan.Emit(i, i + 2, TimeExpressionKind.Time, day, day, TimeValues.Day(day) + part)
                : NoMatch;
        }

        var isDayPart = !demonstrative && scan.Words.DayParts.ContainsKey(unit);
        var isDay = isDayPart || unit.Equals("day", StringComparison.OrdinalIgnoreCase);
        if (thatSame && isDay)
        {
            return NoMatch; // "that same day" is ThatDayRule's; "that same night" stays unread
        }

        int shift;
        if (demonstrative && !isDay)
        {
            shift = 0; // "that year"; "that day" is ThatDayRule's
        }
        else if (scan.Is(i + 1, "following") || (scan.Is(i + 1, "next") && (isDay || NextInThePast(scan, i))))
        {
            shift = 1;
        }
        else if (scan.Is(i + 1, "previous") || scan.Is(i + 1, "preceding"))
        {
            shift = -1;
        }
        else if (scan.Is(i + 1, "same"))
        {
            shift = 0;
        }
        else if (!demonstrative && AdverbShift(scan, i + 2) is var adverb and not 0)
        {
            // "the year before"; "the evening before": that part of the day before the last single day named, as "that evening"
            return scan.Words.DayParts.TryGetValue(scan.Word(i + 1), out var partBefore) ? DayPart(scan, i, i + 3, partBefore, adverb)
                : Emit(scan, i, i + 3, scan.Word(i + 1), adverb, asAdverb: true);
        }
        else
        {
            return NoMatch;
        }

        return isDayPart ? Emit(scan, i, i + 3, "day", shift) : Emit(scan, i, i + (demonstrative ? 2 : 3), unit, shift);
    }

    /// <summary>Whether "that" at token <paramref name="i"/>, after a reporting verb, is a conjunction before a noun rather than a
    /// demonstrative: "warned that evening traffic would be slow", "said that day trips were cancelled", but not "said that night
    /// the pier had shut" (a capitalised word or an article follows) nor "said that morning that …" (a second "that" opens the clause).</summary>
    internal static bool IsConjunctionAfterReport(in TimeScan scan, int i) =>
        scan.Words.ReportingVerbs.ContainsKey(scan.Word(i - 1)) && scan.IsWord(i + 2) && !scan.IsCapitalised(i + 2)
        && (scan.CueAt(i + 2) & TimeCue.Article) == 0 && !scan.Is(i + 2, "that");

    // "the following weekend", "the weekend after" and "the weekend that follows" (or "followed"): the Saturday and Sunday after the
    // last single day named, those of its own week from a Monday to a Friday ("peace on Friday, Oct. 11 … nothing for the weekend
    // that follows"), of the next from a Saturday or Sunday; "the weekend before": those of the week before it. "the weekend before
    // Christmas" is the holiday's (HolidayRule); with no day named, "the weekend" is read from the reference date (RelativePeriodRule).
    private static int WeekendNextToLastDay(in TimeScan scan, int i)
    {
        if (!scan.Is(i, "the") || scan.Context.LastDay is not { } last)
        {
            return NoMatch;
        }

        int shift, end;
        if (scan.Is(i + 1, "following") && scan.Is(i + 2, "weekend"))
        {
            (shift, end) = (1, i + 3);
        }
        else if (!scan.Is(i + 1, "weekend") || scan.IsPossessive(i + 2))
        {
            return NoMatch;
        }
        else if (scan.Is(i + 2, "that") && (scan.CueAt(i + 3) & TimeCue.Succession) != 0)
        {
            (shift, end) = (1, i + 2);
        }
        else if (AdverbShift(scan, i + 2) is var adverb and not 0)
        {
            (shift, end) = (adverb, i + 3);
        }
        else
        {
            return NoMatch;
        }

        var weeks = shift < 0 ? -1 : CalendarMath.IsoWeekday(last) >= 6 ? 1 : 0;
        return CalendarMath.MondayOf(last, weeks) is { } monday
            ? scan.Emit(i, end, TimeExpressionKind.Date, CalendarMath.AddDays(monday, 5), CalendarMath.AddDays(monday, 6),
                TimeValues.IsoWeek(monday) + TimeValues.WeekendSuffix)
            : NoMatch;
    }

    // "later that day", "later that night": the last single day named, or that part of it ("earlier that day" is ThatDayRule's
    // "that day" with the modifier "earlier" joined).
    private static int LaterThat(in TimeScan scan, int i)
    {
        var unit = scan.Word(i + 2);
        if (!scan.Is(i + 1, "that") || scan.IsPossessive(i + 3))
        {
            return NoMatch;
        }

        if (scan.Words.DayParts.TryGetValue(unit, out var part))
        {
            return DayPart(scan, i, i + 3, part, 0);
        }

        return unit.Equals("day", StringComparison.OrdinalIgnoreCase) && scan.Context.LastDay is { } day
            ? scan.Emit(i, i + 3, TimeExpressionKind.Date, day, day, TimeValues.Day(day))
            : NoMatch;
    }

    // That part of the day <paramref name="shift"/> days from the last single day named ("the evening before", "later that night").
    private static int DayPart(in TimeScan scan, int i, int end, string part, int shift) =>
        scan.Context.LastDay is { } last && CalendarMath.AddDays(last, shift) is { } day
            ? scan.Emit(i, end, TimeExpressionKind.Time, day, day, TimeValues.Day(day) + part)
            : NoMatch;

    // "the next month" told in the past and not as a stretch of time ("traffic recovered the next month", not "over the next
    // month"): the one after the last date the document gave.
    private static bool NextInThePast(in TimeScan scan, int i) =>
        TenseCues.PastBefore(scan, i) && !(scan.Is(i - 1, "over") || scan.Is(i - 1, "for") || scan.Is(i - 1, "during")
            || scan.Is(i - 1, "throughout") || scan.Is(i - 1, "within") || scan.Is(i - 1, "in"));

    // "before" or "after" used as an adverb: -1 or 1; else 0. It is one when it closes the clause, or when what follows cannot be its
    // object: an infinitive ("had met the week before to settle the details") or a verb of the clause ("polled the week before had
    // forecast"; a word in "-ed" after it may be an adjective, "the day before planned talks", and "next" or "until" a date's cue).
    private static int AdverbShift(in TimeScan scan, int k)
    {
        var shift = scan.Is(k, "before") ? -1 : scan.Is(k, "after") ? 1 : 0;
        if (shift == 0 || k + 1 >= scan.Count || scan.Token(k + 1).Kind == TokenKind.Punctuation)
        {
            return shift;
        }

        var next = scan.Word(k + 1);
        var cue = scan.Words.CueOf(next);
        var verb = (cue & (TimeCue.Past | TimeCue.Future | TimeCue.Plan)) != 0 && (cue & TimeCue.Forward) == 0 && !next.EndsWith("ed");
        return verb || scan.Is(k + 1, "to") ? shift : 0;
    }

    // The day, week, month or year <paramref name="shift"/> units from the last date the document gave; <paramref name="asAdverb"/>
    // for "the week before" and the like.
    private static int Emit(in TimeScan scan, int i, int end, ReadOnlySpan<char> unit, int shift, bool asAdverb = false)
    {
        var name = "day";
        if ((!unit.Equals("day", StringComparison.OrdinalIgnoreCase) && (!scan.Words.Units.TryGetValue(unit, out name) || name is not ("day" or "week" or "month" or "year")))
            || unit.EndsWith("s") || scan.IsPossessive(end))
        {
            return NoMatch;
        }

        // A day is told from the last single day named: after "Oct. 25 … from 2015 to 2019", "the same day" is Oct. 25, not
        // the first of January 2019.
        // A month or a week is not told from a whole year ("in 2016 … that same month"): its value stays unknown.
        // "The week before" as an adverb is told from the last calendar day named, or else from the reference date: after "estimates
        // for August and September" it is the week before the report's, not one at the start of September ("that week" is there).
        var anchor = name == "day" ? scan.Context.LastDay ?? scan.Reference
            : name == "week" && asAdverb ? scan.Context.LastCalendarDay ?? (scan.Context.LastDateIsYear ? null : scan.Reference)
            : name is "month" or "week" && scan.Context.LastDateIsYear ? null
            : scan.Context.LastDate ?? scan.Reference;
        var (from, to, value) = anchor is { } a ? Resolve(a, name, shift) : (null, null, null);
        return scan.Emit(i, end, TimeExpressionKind.Date, from, to, value ?? name switch { "day" => "XXXX-XX-XX", "week" => "XXXX-WXX", "month" => "XXXX-XX", _ => "XXXX" });
    }

    private static (DateOnly? From, DateOnly? To, string? Value) Resolve(DateOnly anchor, string unit, int shift)
    {
        switch (unit)
        {
            case "day" when CalendarMath.AddDays(anchor, shift) is { } day:
                return (day, day, TimeValues.Day(day));
            case "week" when CalendarMath.MondayOf(anchor, shift) is { } monday:
                return (monday, CalendarMath.AddDays(monday, 6), TimeValues.IsoWeek(monday));
            case "month" when CalendarMath.AddMonths(new DateOnly(anchor.Year, anchor.Month, 1), shift) is { } first:
                return (first, CalendarMath.LastOfMonth(first.Year, first.Month), TimeValues.Month(first.Year, first.Month));
            case "year" when CalendarMath.IsYear(anchor.Year + shift):
                var year = anchor.Year + shift;
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimeValues.Year(year));
            default:
                return (null, null, null);
        }
    }
}
