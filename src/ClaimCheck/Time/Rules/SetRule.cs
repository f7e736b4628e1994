namespace ClaimCheck.Time.Rules;

/// <summary>Recurring times: "daily", "weekly" (<c>time-set</c>; not after a <c>one-period</c> cue: "average daily volume"), "annually"
/// right after a past participle (<c>time-set-after-participle</c>: "are audited annually", "given away annually"), "every day", "each week", "each July", "every winter", "every
/// morning", "every other week", "twice a year", "three times a day". ("every six
/// months" is <see cref="NumberDurationRule"/>'s; "each Thursday" and "on Sundays" are <see cref="WeekdayRule"/>'s.)</summary>
internal sealed class SetRule : TimeRule
{
    public static readonly SetRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Sets).Concat(TimeWords.KeysOf(words.ParticipleSets)).Concat(["every", "each", "once", "twice", "times"]);

    public override int Match(in TimeScan scan, int i)
    {
        if (scan.Words.Sets.TryGetValue(scan.Word(i), out var set))
        {
            // "the average daily volume", "its biggest monthly drop": the amount of one day or month, not a recurring time.
            // Capitalised next to a name that is not a time, it is part of a paper's name ("the Daily Mail", "the Weekly Standard",
            // "the Brenmoor Daily", "Kestrel's Weekly").
            return (scan.CueAt(i - 1) & TimeCue.OnePeriod) != 0 || (scan.IsCapitalised(i) && (IsPartOfName(scan, i + 1) || EndsName(scan, i)))
                ? NoMatch
                : scan.Emit(i, i + 1, TimeExpressionKind.Set, null, null, set);
        }

        if (scan.Words.ParticipleSets.TryGetValue(scan.Word(i), out var participleSet))
        {
            return IsParticiple(scan, i - 1) || (IsParticiple(scan, i - 2) && IsPlainWord(scan, i - 1))
                ? scan.Emit(i, i + 1, TimeExpressionKind.Set, null, null, participleSet)
                : NoMatch;
        }

        if (scan.Is(i, "once") || scan.Is(i, "twice") || scan.Is(i, "times"))
        {
            return Frequency(scan, i);
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

        // "every other week": one unit in two.
        var otherUnit = scan.Word(i + 2);
        if (scan.Is(i, "every") && scan.Is(i + 1, "other") && scan.Words.Units.TryGetValue(otherUnit, out var other) && !otherUnit.EndsWith("s"))
        {
            return scan.Emit(i, i + 3, TimeExpressionKind.Set, null, null, TimeValues.Duration(2, other));
        }

        if (scan.Words.Seasons.TryGetValue(next, out var season) && !scan.Is(i + 2, "in") && !scan.Is(i + 2, "of"))
        {
            // "every winter"; not "every fall in the share price", "each spring of the valley"
            return scan.Emit(i, i + 2, TimeExpressionKind.Set, null, null, "XXXX-" + season);
        }

        // "every morning", "each night": that part of every day ("overnight" names no part that recurs).
        if (scan.Words.DayParts.TryGetValue(next, out var part) && !scan.Is(i + 1, "overnight"))
        {
            return scan.Emit(i, i + 2, TimeExpressionKind.Set, null, null, "XXXX-XX-XX" + part);
        }

        return scan.IsCapitalised(i + 1) && scan.Words.Months.TryGetValue(next, out var month)
            ? scan.Emit(i, i + 2, TimeExpressionKind.Set, null, null, "XXXX-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))
            : NoMatch;
    }

    // A lower-case word at token k in "-ed" that no cue marks as other than a verb, or one a cue marks as a verb in the past
    // ("held"): the participle of "are audited annually", "the fairs staged there annually". Nouns in "-ed" are marked
    // not-past in the lexicon ("90 tonnes of feed annually", "bundles of reed annually").
    private static bool IsParticiple(in TimeScan scan, int k)
    {
        if (!scan.IsWord(k) || scan.IsCapitalised(k))
        {
            return false;
        }

        var cue = scan.CueAt(k);
        return (scan.Word(k).EndsWith("ed") && (cue & TimeCue.NotPast) == 0) || (cue & TimeCue.Past) != 0;
    }

    // A lower-case word with no digit at token k: the particle or adverb of "given away annually", "staged there annually", not the
    // amount of "paid 5% annually".
    private static bool IsPlainWord(in TimeScan scan, int k) =>
        scan.IsWord(k) && !scan.IsCapitalised(k) && !scan.IsNumber(k) && !scan.Words.NumberWords.ContainsKey(scan.Word(k));

    // A capitalised word at token k that names no month or weekday.
    // The capitalised word at token k closes a name: a capitalised word that is no time stands right before it, or before the
    // possessive before it ("the Kestrel Daily", "Brenmoor's Weekly").
    private static bool EndsName(in TimeScan scan, int k)
    {
        var before = scan.IsPossessive(k - 1) ? k - 2 : k - 1;
        return before >= 0 && IsPartOfName(scan, before);
    }

    private static bool IsPartOfName(in TimeScan scan, int k) =>
        scan.IsWord(k) && scan.IsCapitalised(k) && !scan.Words.Months.ContainsKey(scan.Word(k))
        && !scan.Words.Weekdays.ContainsKey(scan.Word(k));

    // "twice a year", "once a decade", "three times a day", "4 times an hour": so often in each unit (the count is TimeML's freq,
    // which the value leaves out).
    private static int Frequency(in TimeScan scan, int i)
    {
        var start = i;
        if (scan.Is(i, "times"))
        {
            if (!scan.IsNumber(i - 1) && !scan.Words.NumberWords.ContainsKey(scan.Word(i - 1)))
            {
                return NoMatch;
            }

            start = i - 1;
        }

        var next = scan.Word(i + 2);
        if (!(scan.Is(i + 1, "a") || scan.Is(i + 1, "an") || scan.Is(i + 1, "per")) || next.EndsWith("s") || !scan.Words.Units.TryGetValue(next, out var unit)
            || YearAgoRule.IsAgo(scan.Word(i + 3)) || scan.IsPossessive(i + 3))
        {
            return NoMatch; // "three times a year earlier" is a multiple of a year-ago level; "twice a year's output" an amount
        }

        return scan.Emit(start, i + 3, TimeExpressionKind.Set, null, null, TimeValues.Duration(1, unit));
    }
}
