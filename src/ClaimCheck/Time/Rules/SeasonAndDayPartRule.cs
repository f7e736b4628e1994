namespace ClaimCheck.Time.Rules;

/// <summary>Seasons and parts of the day named relative to the reference date: "last fall", "this summer", "this past spring",
/// "next spring", "the coming winter", "the summer of 1998", "the spring of next year", "the summer" (this year's), "the early summer", "late summer" and
/// "early spring" after a preposition of time ("stalled in late summer"; a bare season is left unread); "this morning", "last night", "this
/// afternoon". A capitalised season before a capitalised word names something ("the Summer Olympic Games"), and a season before a noun
/// of the lexicon kind <c>time-modified-noun</c> only qualifies it ("the summer transfer window", "the spring break").</summary>
internal sealed class SeasonAndDayPartRule : TimeRule
{
    public static readonly SeasonAndDayPartRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Relatives).Concat(TimeWords.KeysOf(words.Parts)).Append("the");

    public override int Match(in TimeScan scan, int i)
    {
        if (scan.Words.Parts.ContainsKey(scan.Word(i)) && !scan.Words.Relatives.ContainsKey(scan.Word(i)))
        {
            return EdgeOfSeason(scan, i);
        }

        var isThe = scan.Is(i, "the");
        if (!scan.Words.Relatives.TryGetValue(scan.Word(i), out var direction) && !isThe)
        {
            return NoMatch;
        }

        var index = i + 1;
        if (isThe && scan.Words.Parts.ContainsKey(scan.Word(index)) && scan.Words.Seasons.ContainsKey(scan.Word(index + 1)))
        {
            index++; // "the early summer"
        }
        else if (isThe && !scan.Is(index, "past") && scan.Words.Seasons.ContainsKey(scan.Word(index + 1))
                 && scan.Words.Relatives.TryGetValue(scan.Word(index), out var relative))
        {
            direction = relative; // "the coming winter": the article joins the span of "coming winter" ("the past summer" is "this past summer")
            index++;
        }

        var thisPast = direction == 0 && scan.Is(index, "past"); // "this past spring", "the past spring": the latest one
        if (thisPast)
        {
            direction = -1;
            index++;
        }

        // "the Summer Olympic Games", "the Spring Festival", "the Winter Palace": a capitalised season before another capitalised
        // word is part of a name, unless the word before is capitalised too, as in a headline ("Storms Expected Next Spring In Vorland").
        // "the summer window", "the spring break": a season before a noun it only qualifies is no time.
        if (scan.Words.Seasons.TryGetValue(scan.Word(index), out var season) && !scan.Words.ModifiedNouns.ContainsKey(scan.Word(index + 1))
            && !(scan.IsCapitalised(index) && scan.IsWord(index + 1) && scan.IsCapitalised(index + 1) && (index == 0 || !scan.IsCapitalised(index - 1))))
        {
            return Season(scan, i, index + 1, season, direction, thisPast);
        }

        if (!isThe && index == i + 1 && direction is 0 or -1 && scan.Words.DayParts.TryGetValue(scan.Word(index), out var part)
            && (direction == 0 || scan.Is(index, "night")))
        {
            var date = scan.Reference is { } r ? CalendarMath.AddDays(r, direction) : null;
            return scan.Emit(i, index + 1, TimeExpressionKind.Time, date, date, (date is { } d ? TimeValues.Day(d) : "XXXX-XX-XX") + part);
        }

        return NoMatch;
    }

    // "in late summer", "by early spring": a season with an edge and no article, after a preposition of time; not "a late summer
    // storm", nor "the late summer window" or "in early spring onions" (a noun it qualifies), nor "Late Summer Fair" (a name). A year
    // right after is the season's ("in early summer 1998").
    private static int EdgeOfSeason(in TimeScan scan, int i) =>
        (scan.Is(i - 1, "in") || scan.Is(i - 1, "by") || scan.Is(i - 1, "until") || scan.Is(i - 1, "since") || scan.Is(i - 1, "through")
            || scan.Is(i - 1, "during") || scan.Is(i - 1, "from"))
        && scan.Words.Seasons.TryGetValue(scan.Word(i + 1), out var season) && !scan.Words.ModifiedNouns.ContainsKey(scan.Word(i + 2))
        && !scan.IsCapitalised(i + 1)
            ? Season(scan, i, i + 2, season, 0, thisPast: false, bareYear: true)
            : NoMatch;

    // "the spring" is this year's, unless the clause says otherwise: a spring already gone this year is next year's when the clause
    // looks ahead ("is expected to recover in the spring" in November), an autumn still to come last year's when it looks back
    // ("the harbour froze in the winter" is this year's; "the dam burst in the autumn" in May, last year's). Winter, which spans two
    // years, stays this year's.
    private static int YearByTense(in TimeScan scan, int i, int year, int seasonIndex, int referenceSeason)
    {
        const int Winter = 4;
        if (seasonIndex == Winter || referenceSeason == Winter)
        {
            return year;
        }

        var start = scan.Is(i - 1, "in") || scan.Is(i - 1, "during") ? i - 1 : i;
        var earlier = TenseCues.DirectionEarlierInClause(scan, start);
        if (seasonIndex < referenceSeason && (earlier > 0 || TenseCues.FutureBefore(scan, start) || TenseCues.PlanBefore(scan, start)))
        {
            return year + 1;
        }

        // A past reporting verb ("said") looks back only when no future or plan stands between it and the season ("said the dam will
        // reopen in the autumn" is this year's autumn).
        return seasonIndex > referenceSeason && (earlier < 0 || (earlier == 0 && TenseCues.PastBefore(scan, start)
            && !TenseCues.FutureBefore(scan, start) && !TenseCues.PlanBefore(scan, start))) ? year - 1 : year;
    }

    // A whole year named earlier in the sentence is the season's: "in 1918, when a wartime law put clocks ahead for the summer" is
    // 1918's summer, "the plant opens in 2031 and reaches full output in the spring" 2031's. A past year is not when the clause
    // points ahead ("sales fell in 2023 but are expected to recover in the spring"). Null when no other year than the reference
    // year was named.
    private static int? YearNamedBefore(in TimeScan scan, int i, int referenceYear)
    {
        if (scan.Context.YearInSentence is not { } named || named == referenceYear)
        {
            return null;
        }

        var start = scan.Is(i - 1, "in") || scan.Is(i - 1, "during") || scan.Is(i - 1, "for") ? i - 1 : i;
        return named > referenceYear || !(TenseCues.DirectionEarlierInClause(scan, start) > 0 || TenseCues.FutureBefore(scan, start)
            || TenseCues.PlanBefore(scan, start)) ? named : null;
    }

    // The season ending before `end`, with the year "of" names after it, or with a year right after it when `bareYear`.
    private static int Season(in TimeScan scan, int i, int end, string season, int direction, bool thisPast, bool bareYear = false)
    {
        int? year = null;
        if (scan.Is(end, "of") && YearRule.TryYear(scan, end + 1, out var ofYear))
        {
            year = ofYear;
            end += 2;
        }
        else if (bareYear && YearRule.TryYear(scan, end, out var nextYear))
        {
            year = nextYear;
            end++; // "in early summer 1998"
        }
        else if (scan.Is(end, "of") && SpokenYearRule.TryRead(scan, end + 1, out var spokenYear))
        {
            year = spokenYear;
            end += 3; // "the winter of nineteen ninety-four"
        }
        else if (scan.Is(end, "of") && scan.Words.Relatives.TryGetValue(scan.Word(end + 1), out var yearDirection) && scan.Is(end + 2, "year")
                 && scan.Reference is { } reference)
        {
            year = reference.Year + yearDirection;
            end += 3; // "the spring of next year"
        }

        if (year is null && scan.Reference is { } r)
        {
            var seasonIndex = SeasonRank(season);
            var referenceSeason = SeasonRank(TimeValues.SeasonOfMonth(r.Month));
            year = direction switch
            {
                // "this past spring": the latest one ("the past summer" told in February is last year's, as January and February
                // close the winter that the ranks count last); "last spring": last year's.
                < 0 when thisPast => seasonIndex < referenceSeason && r.Month > 2 ? r.Year : r.Year - 1,
                < 0 => r.Year - 1,
                > 0 => seasonIndex > referenceSeason ? r.Year : r.Year + 1,
                // "this spring" points at the reference date, not at a year named before it ("will not reopen until 2028, a
                // delay to an opening planned for this spring").
                _ when scan.Is(i, "this") => YearByTense(scan, i, r.Year, seasonIndex, referenceSeason),
                _ => YearNamedBefore(scan, i, r.Year) ?? YearByTense(scan, i, r.Year, seasonIndex, referenceSeason),
            };
        }

        var value = (year is { } y && CalendarMath.IsYear(y) ? TimeValues.Year(y) : "XXXX") + "-" + season;
        return scan.Emit(i, end, TimeExpressionKind.Date, null, null, value);
    }

    // A season's place in the year from spring: 1 spring, 2 summer, 3 autumn, 4 winter.
    private static int SeasonRank(ReadOnlySpan<char> season) => season switch { "SP" => 1, "SU" => 2, "FA" => 3, _ => 4 };
}

/// <summary>A part of the day with an edge: "mid-afternoon", "the late afternoon", "the early morning", "mid-afternoon yesterday".
/// It is on the day named right after it ("yesterday"), else on the last day the sentence named before it ("On Friday, … by
/// mid-afternoon"), else on the reference date. A hyphenated edge other than "mid" is an adjective ("a late-night show").</summary>
internal sealed class PartOfDayRule : TimeRule
{
    public static readonly PartOfDayRule Instance = new();

    public override bool StartsAtHyphenatedWord => true;

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Parts).Append("the");

    public override int Match(in TimeScan scan, int i)
    {
        if (scan.Is(i - 1, "a") || scan.Is(i - 1, "an"))
        {
            return NoMatch; // "a late night talk show", "a mid-morning snack": a modifier, not a time
        }

        var at = scan.Is(i, "the") ? i + 1 : i;
        var word = scan.Word(at);
        var hyphen = word.IndexOf('-');
        string? part;
        int end;
        if (hyphen > 0)
        {
            if (!word[..hyphen].Equals("mid", StringComparison.OrdinalIgnoreCase) || !scan.Words.DayParts.TryGetValue(word[(hyphen + 1)..], out part))
            {
                return NoMatch;
            }

            end = at + 1;
        }
        else if (scan.Words.Parts.ContainsKey(word) && !scan.Is(at + 1, "overnight") && scan.Words.DayParts.TryGetValue(scan.Word(at + 1), out part))
        {
            end = at + 2;
        }
        else
        {
            return NoMatch;
        }

        DateOnly? date;
        if (scan.Words.RelativeDays.TryGetValue(scan.Word(end), out var day) && day.Suffix.Length == 0)
        {
            date = scan.Reference is { } r ? CalendarMath.AddDays(r, day.Offset) : null;
            end++;
        }
        else
        {
            // "early morning Tuesday", "by mid-afternoon on Friday", else the sentence's last day
            date = ClockTimeRule.DayAfter(scan, i, ref end) ?? ClockTimeRule.DayOnAfter(scan, i, end) ?? ClockTimeRule.DayBefore(scan) ?? scan.Reference;
        }

        return scan.Emit(i, end, TimeExpressionKind.Time, date, date, (date is { } d ? TimeValues.Day(d) : "XXXX-XX-XX") + part);
    }
}

/// <summary>A part of the day named alone (lexicon kind <c>time-bare-day-part</c>) in a sentence that names its day: "the pumps
/// ran on Thursday and kept running overnight" is Thursday's night (the last day the sentence named before it),
/// "overnight on Saturday" and "Overnight Sunday" that Saturday's or Sunday's night (the day written right after it is part of
/// the time) and "overnight into Sunday" the night before that Sunday; when the day named is
/// the reference date and the clause is in the past, the night before it (a harbour office "wrote on Monday that the tide had risen overnight"). Not after an article or
/// a possessive ("an overnight curfew", "the city's overnight curfew") nor after a <c>time-suddenly-cue</c> ("almost overnight").
/// In a sentence that names no day, told in the past ("rain had fallen across the valley overnight", "shares fell on overnight
/// losses abroad"), it is the night just before the reference date when the last day the text named is none, the day before the
/// reference date or a later one; with no verb in the past before it, or after an older day (whose night before or after may
/// be meant), it is left unread, as the words do not say.</summary>
internal sealed class BareDayPartRule : TimeRule
{
    public static readonly BareDayPartRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.BareDayParts);

    public override int Match(in TimeScan scan, int i)
    {
        if (!scan.Words.BareDayParts.TryGetValue(scan.Word(i), out var part) || scan.IsPossessive(i - 1)
            || (i > 0 && ((scan.CueAt(i - 1) & TimeCue.Article) != 0 || scan.Words.SuddenlyCues.ContainsKey(scan.Word(i - 1)))))
        {
            return NoMatch;
        }

        var end = i + 1;
        var dayAt = end + 1;
        // "Overnight Sunday, tugs pulled…": the day right after it, with no "on" or comma between, is part of the time, that
        // day's night.
        var date = (scan.IsWord(end) && ClockTimeRule.DayAfter(scan, i, ref end) is { } named ? named : (DateOnly?)null)
            ?? ((scan.Is(end, "into") || scan.Is(end, "to")) && ClockTimeRule.DayAfter(scan, i, ref dayAt) is { } next
                ? CalendarMath.AddDays(next, -1)
                : ClockTimeRule.DayOnAfter(scan, i, end) ?? NightOfDayBefore(scan, i) ?? NightJustPast(scan, i));
        return date is { } day ? scan.Emit(i, end, TimeExpressionKind.Time, day, day, TimeValues.Day(day) + part) : NoMatch;
    }

    // The last day the sentence named before the part of the day at token `i`, but the day before it when that day is the
    // reference date and the clause is told in the past: "wrote on Monday that the tide had risen overnight" in a report of that
    // Monday is the night that had just ended, as the reference date's own night is still to come.
    private static DateOnly? NightOfDayBefore(in TimeScan scan, int i) =>
        ClockTimeRule.DayBefore(scan) is not { } day ? null
        : day == scan.Reference && TenseCues.DirectionEarlierInClause(scan, i) < 0 ? CalendarMath.AddDays(day, -1)
        : day;

    // The day before the reference date, for a bare part of the day in a sentence that names no day, after a verb in the past,
    // in a text whose last day named is none, the day before the reference date or a later one (a day ahead, as "shut until
    // Sunday", has no night past): "The flow weakened overnight" in a morning report is the night that just ended. Null after
    // an older day, whose night before or after it may be meant.
    private static DateOnly? NightJustPast(in TimeScan scan, int i)
    {
        if (scan.Reference is not { } reference || scan.Context.DateInSentence is not null || TenseCues.DirectionEarlierInClause(scan, i) >= 0)
        {
            return null;
        }

        var dayBefore = CalendarMath.AddDays(reference, -1);
        return scan.Context.LastDay is not { } last || last >= dayBefore ? dayBefore : null;
    }
}

/// <summary>A part of the day after a preposition of the lexicon kind <c>time-day-part-preposition</c> and "the" ("the pumps failed
/// in the afternoon", "during the morning"), or alone after one valued "bare" ("By evening the river had crested"): a time on the
/// day named right after it with "on" ("in the afternoon on Friday"), else on the last day the sentence named before it, else
/// (in a sentence that names no date) on the day of the last date or time the text named, else on the reference date. The
/// preposition stays outside. A part valued <c>TNI</c> (the night) is left out unless the preposition is valued "night" ("worked
/// through the night" is that night, the night of the day in focus): "during the night" spans two days and TimeBank leaves it unread, as is one before a noun it qualifies (lexicon kind <c>time-modified-noun</c>: "in the evening rush"); a part before "of" is <see cref="DayPartOfDateRule"/>'s ("the morning of
/// 24 October"). It cannot tell a habit ("the ferry sails in the morning") from a day, and reads both as the day in focus.</summary>
internal sealed class DayPartAfterPrepositionRule : TimeRule
{
    public static readonly DayPartAfterPrepositionRule Instance = new();

    /// <summary>The TIMEX3 suffix of the night, which these rules leave unread.</summary>
    internal const string Night = "TNI";

    /// <summary>The value of a preposition after which the night too is read: "through the night" spans that whole night.</summary>
    private const string NightToo = "night";

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.DayParts).Append("the");

    public override int Match(in TimeScan scan, int i)
    {
        var article = scan.Is(i, "the");
        var at = article ? i + 1 : i;
        if (!scan.Words.DayPartPrepositions.TryGetValue(scan.Word(i - 1), out var allows) || !(article || allows == "bare")
            || !scan.Words.DayParts.TryGetValue(scan.Word(at), out var part) || (part == Night && allows != NightToo)
            || scan.Is(at + 1, "of") || scan.Words.ModifiedNouns.ContainsKey(scan.Word(at + 1)))
        {
            return NoMatch;
        }

        var end = at + 1;
        var date = ClockTimeRule.DayOnAfter(scan, i, end) ?? ClockTimeRule.DayBefore(scan) ?? ClockTimeRule.DayOfSentenceBefore(scan, i) ?? scan.Reference;
        return scan.Emit(i, end, TimeExpressionKind.Time, date, date, (date is { } d ? TimeValues.Day(d) : "XXXX-XX-XX") + part);
    }
}

/// <summary>"the", a part of the day, "of" and a day: "the morning of Oct. 24", "the afternoon of Tuesday, June 3" are one time,
/// that part of that day (2025-10-24TMO), as TIMEX3 values a part of a named day ("Friday morning"). The day is read as it would
/// be alone, with the words before the phrase as its cues ("will sail on the morning of May 3" looks ahead). The night is left to
/// the day alone: "the night of Oct. 23" runs into the next day, and TimeBank annotates the date only.</summary>
internal sealed class DayPartOfDateRule : TimeRule
{
    public static readonly DayPartOfDateRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    public override int Match(in TimeScan scan, int i)
    {
        if (!scan.Words.DayParts.TryGetValue(scan.Word(i + 1), out var part) || part == DayPartAfterPrepositionRule.Night || !scan.Is(i + 2, "of"))
        {
            return NoMatch;
        }

        var dayAt = i + 3;
        var end = dayAt;
        return ClockTimeRule.DayAfter(scan, i, ref end) is { } day && end > dayAt
            ? scan.Emit(i, end, TimeExpressionKind.Time, day, day, TimeValues.Day(day) + part)
            : NoMatch;
    }
}
