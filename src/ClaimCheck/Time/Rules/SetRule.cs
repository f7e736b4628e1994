namespace ClaimCheck.Time.Rules;

/// <summary>Recurring times: "daily", "weekly" (<c>time-set</c>), "every day", "each week", "each July", "every winter". ("every six
/// months" is <see cref="NumberDurationRule"/>'s; "each Thursday" and "on Sundays" are <see cref="WeekdayRule"/>'s.)</summary>
internal sealed class SetRule : TimeRule
{
    public static readonly SetRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Sets).Concat(["every", "each"]);

    public override int Match(in TimeScan scan, int i)
    {
        if (scan.Words.Sets.TryGetValue(scan.Word(i), out var set))
        {
            return scan.Emit(i, i + 1, TimeExpressionKind.Set, null, null, set);
        }

        if (!scan.Is(i, "every") && !scan.Is(i, "each"))
        {
            return NoMatch;
        }

        var next = scan.Word(i + 1);
        if (scan.Words.Units.TryGetValue(next, out var unit) && !next.EndsWith("s"))
        {
            return scan.Emit(i, i + 2, TimeExpressionKind.Set, null, null, TimeValues.Duration(1, unit));
        }

        if (scan.Words.Seasons.TryGetValue(next, out var season))
        {
            return scan.Emit(i, i + 2, TimeExpressionKind.Set, null, null, "XXXX-" + season);
        }

        return scan.IsCapitalised(i + 1) && scan.Words.Months.TryGetValue(next, out var month)
            ? scan.Emit(i, i + 2, TimeExpressionKind.Set, null, null, "XXXX-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))
            : NoMatch;
    }
}
