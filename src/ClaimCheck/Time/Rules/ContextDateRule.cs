namespace ClaimCheck.Time.Rules;

/// <summary>Dates named from the last date the document gave (<see cref="DocumentContext.LastDate"/>, or the reference date when it
/// gave none): "the following year", "the following month", "that year", "the same month", "the next day", "the previous day",
/// "the previous month" ("7.7% in February, from 7.9% the previous month"), "the next morning" (that day).</summary>
internal sealed class ContextDateRule : TimeRule
{
    public static readonly ContextDateRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the", "that"];

    public override IEnumerable<string> WordsAfterArticle => ["following", "same"];

    public override int Match(in TimeScan scan, int i)
    {
        var unit = scan.Word(i + (scan.Is(i, "that") ? 1 : 2));
        var isDayPart = !scan.Is(i, "that") && scan.Words.DayParts.ContainsKey(unit);
        var isDay = isDayPart || unit.Equals("day", StringComparison.OrdinalIgnoreCase);
        int shift;
        if (scan.Is(i, "that") && !isDay)
        {
            shift = 0; // "that year"; "that day" is mostly an event's day, not a time expression
        }
        else if (scan.Is(i + 1, "following") || (isDay && scan.Is(i + 1, "next")))
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
        else
        {
            return NoMatch;
        }

        var end = i + (scan.Is(i, "that") ? 2 : 3);
        var name = "day";
        if ((!isDayPart && (!scan.Words.Units.TryGetValue(unit, out name) || name is not ("day" or "week" or "month" or "year"))) || unit.EndsWith("s") || scan.IsPossessive(end))
        {
            return NoMatch;
        }

        var anchor = scan.Context.LastDate ?? scan.Reference;
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
