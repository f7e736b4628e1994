namespace ClaimCheck.Time.Rules;

/// <summary>A day counted within an event and said to be the present one: "Today is the fifth day of the strike", "It's the
/// second day of talks" name the reference date. The ordinal comes from <c>time-day-ordinal</c>.</summary>
/// <remarks>Only after "it" or "today" and a copula in the present ("is", "'s"): "The first day of the trial saw…", "the third
/// day in a row" elsewhere, and "Sunday is the fifth day" (the weekday is the day) are left alone.</remarks>
internal sealed class PresentDayCountRule : TimeRule
{
    public static readonly PresentDayCountRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    public override int Match(in TimeScan scan, int i)
    {
        if (!scan.Words.DayOrdinals.ContainsKey(scan.Word(i + 1)) || !scan.Is(i + 2, "day") || scan.IsPossessive(i + 3)
            || !(scan.Is(i - 1, "is") || scan.IsPossessive(i - 1)) || !(scan.Is(i - 2, "it") || scan.Is(i - 2, "today")))
        {
            return NoMatch;
        }

        return scan.EmitDay(i, i + 3, scan.Reference, "PRESENT_REF");
    }
}
