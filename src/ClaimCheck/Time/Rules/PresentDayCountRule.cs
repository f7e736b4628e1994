namespace ClaimCheck.Time.Rules;

/// <summary>A day counted within an event and said to be the present one: "Today is the fifth day of the strike", "It's the
/// second day of talks", "It is the 12th day of the walkout" name the reference date. The ordinal is a word of
/// <c>time-day-ordinal</c>, a hyphenated word ending in one ("twenty-first") or digits with an ordinal ending ("12th").</summary>
/// <remarks>Only after "it" or "today" and a copula in the present ("is", "'s"): "The first day of the trial saw…", "the third
/// day in a row" elsewhere, and "Sunday is the fifth day" (the weekday is the day) are left alone.</remarks>
internal sealed class PresentDayCountRule : TimeRule
{
    public static readonly PresentDayCountRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    public override int Match(in TimeScan scan, int i)
    {
        var day = OrdinalEnd(scan, i + 1);
        if (day < 0 || !scan.Is(day, "day") || scan.IsPossessive(day + 1)
            || !(scan.Is(i - 1, "is") || scan.IsPossessive(i - 1)) || !(scan.Is(i - 2, "it") || scan.Is(i - 2, "today")))
        {
            return NoMatch;
        }

        return scan.EmitDay(i, day + 1, scan.Reference, "PRESENT_REF");
    }

    // The token after the ordinal at `at` ("fifth", "twenty-first", "12th"), or -1 when no ordinal starts there.
    private static int OrdinalEnd(in TimeScan scan, int at)
    {
        if (scan.IsNumber(at))
        {
            return scan.IsJoined(at + 1) && MonthRule.IsOrdinalSuffix(scan.Word(at + 1)) ? at + 2 : -1;
        }

        var word = scan.Word(at);
        var hyphen = word.LastIndexOf('-');
        return scan.IsWord(at) && scan.Words.DayOrdinals.ContainsKey(hyphen > 0 ? word[(hyphen + 1)..] : word) ? at + 1 : -1;
    }
}
