using System.Globalization;
using ClaimCheck.Quantities;

namespace ClaimCheck.Time.Rules;

/// <summary>A counted length of time, or a date that many units back or ahead: "six months", "the nine months", "the year-earlier nine
/// months", "two to three weeks",
/// "1,000 days", "every six months", "a 30-year bond", "two days ago", "5,000 years earlier", "two years from now", "five business days". A date out of the calendar's range
/// ("4,500 years ago" is before year 1) stays unresolved.</summary>
internal sealed class NumberDurationRule : TimeRule
{
    public static readonly NumberDurationRule Instance = new();

    public override bool StartsAtNumber => true;

    public override bool StartsAtHyphenatedWord => true;

    public override IEnumerable<string> StartWords(TimeWords words) =>
        TimeWords.KeysOf(words.NumberWords).Concat(TimeWords.KeysOf(words.ScaleWords)).Concat(["a", "an", "half", "dozen", "every", "the"]);

    public override int Match(in TimeScan scan, int i)
    {
        var isSet = scan.Is(i, "every");
        var isThe = scan.Is(i, "the");
        var at = isSet || isThe ? i + 1 : i;
        if (isThe && scan.Words.PeriodModifiers.ContainsKey(scan.Word(at)))
        {
            at++; // "the latest nine months", "the year-earlier six months": a length still, the word that places it inside
        }

        if ((scan.IsNumber(at) && !MayCount(scan, at + 1)) || !NumberParser.TryParseAt(scan.Text, scan.Tokens, at, out var number) || number.IsVague
            || number.Value <= 0)
        {
            return NoMatch;
        }

        var unitIndex = SkipRange(scan, at + number.TokenCount, number.Value);
        if (scan.Words.DayKinds.ContainsKey(scan.Word(unitIndex)) && scan.Words.Units.TryGetValue(scan.Word(unitIndex + 1), out var counted) && counted == "day")
        {
            unitIndex++; // "eight trading days", "five business days": days all the same
        }

        if (scan.Words.Increments.ContainsKey(scan.Word(unitIndex)) && scan.Words.Units.ContainsKey(scan.Word(unitIndex + 1)))
        {
            unitIndex++; // "two more weeks", "an additional year": the length added
        }

        if (!isThe && TryHyphenatedUnit(scan, unitIndex, out var adjectiveUnit))
        {
            return scan.Emit(i, unitIndex + 2, TimeExpressionKind.Duration, null, null, TimeValues.Duration(number.Value, adjectiveUnit));
        }

        if (!scan.Words.Units.TryGetValue(scan.Word(unitIndex), out var unit) || (scan.IsCapitalised(unitIndex) && scan.IsNumber(unitIndex - 1))
            || scan.Is(unitIndex + 1, "old") || (unit == "quarter" && scan.Is(unitIndex + 1, "of")))
        {
            return NoMatch; // "60 Minutes" is a title; "52 years old" an age; "three quarters of the vote" a fraction
        }

        var end = YearAgoRule.SkipOrSo(scan, unitIndex + 1);
        if (isThe && YearAgoRule.IsAgo(scan.Word(end)))
        {
            return NoMatch; // "the" is not part of a count back; the count is read from the number on
        }

        if (number.Value == Math.Floor(number.Value) && TryJoinSmallerParts(scan, end, unit, out var partsEnd, out var parts))
        {
            return EmitJoined(scan, i, partsEnd, isSet, (number.Value, unit), parts);
        }

        if (!isSet && IsFromNow(scan, end))
        {
            return EmitFromNow(scan, i, end, number.Value, unit);
        }

        if (!YearAgoRule.IsAgo(scan.Word(end)))
        {
            return scan.Emit(i, end, isSet ? TimeExpressionKind.Set : TimeExpressionKind.Duration, null, null, TimeValues.Duration(number.Value, unit));
        }

        // "Two years earlier" opening a sentence counts back from a back story, as "A year earlier" does.
        var from = i == 0 && scan.Is(end, "earlier") ? YearAgoRule.BackStory(scan, unit) ?? scan.Reference : scan.Reference;
        var date = from is { } r && number.Value == Math.Floor(number.Value) ? Back(r, number.Value, unit) : null;
        return scan.Emit(i, end + 1, TimeExpressionKind.Date, date, date, date is { } d ? TimeValues.Ago(d, unit) : "PAST_REF");
    }

    /// <summary>Adds "two hours and 41 minutes" (PT2H41M), "three years and six months" (P3Y6M), "every two hours and 30 minutes",
    /// "two hours, five minutes and 54 seconds" (PT2H5M54S): one length in two or three units from token <paramref name="start"/> to
    /// <paramref name="end"/>, where a time part after a time part drops its own "T". "ago" or "from now" after it makes it the date
    /// that far back or ahead, named to the smallest unit ("two years and three months ago"); "old" an age, no time.</summary>
    public static int EmitJoined(in TimeScan scan, int start, int end, bool isSet, (double Amount, string Unit) whole,
        IReadOnlyList<(double Amount, string Unit)> parts)
    {
        if (scan.Is(end, "old"))
        {
            return NoMatch;
        }

        var ago = YearAgoRule.IsAgo(scan.Word(end));
        var fromNow = IsFromNow(scan, end);
        var smallest = parts[^1].Unit;
        if (!isSet && (ago || fromNow))
        {
            var sign = ago ? 1 : -1;
            var date = scan.Reference is { } r ? Back(r, sign * whole.Amount, whole.Unit) : null;
            foreach (var (amount, unit) in parts)
            {
                date = date is { } d ? Back(d, sign * amount, unit) : null;
            }

            return scan.Emit(start, ago ? end + 1 : end + 2, TimeExpressionKind.Date, date, date,
                date is { } found ? TimeValues.Ago(found, smallest) : ago ? "PAST_REF" : "FUTURE_REF");
        }

        var value = TimeValues.Duration(whole.Amount, whole.Unit);
        foreach (var (amount, unit) in parts)
        {
            var partValue = TimeValues.Duration(amount, unit);
            var cut = value.Contains('T', StringComparison.Ordinal) ? 2 : 1;
            value += partValue[cut..];
        }

        return scan.Emit(start, end, isSet ? TimeExpressionKind.Set : TimeExpressionKind.Duration, null, null, value);
    }

    /// <summary>Reads "and 41 minutes" after "two hours" (at token <paramref name="end"/>), or ", five minutes and 54 seconds": a
    /// whole count of the next smaller unit (a month after years, a day after months or weeks, an hour after days, a minute after
    /// hours, a second after minutes) joined with "and", or two such steps down, the first after a comma and the second after "and"
    /// (", and"), as one length. A comma with no "and" to close the list ("two hours, 30 minutes") joins nothing.</summary>
    public static bool TryJoinSmallerParts(in TimeScan scan, int end, string unit, out int partsEnd,
        out IReadOnlyList<(double Amount, string Unit)> parts)
    {
        partsEnd = end;
        parts = [];
        if (TryReadSmallerPart(scan, end, unit, "and", out var last))
        {
            partsEnd = last.End;
            parts = [(last.Amount, last.Unit)];
            return true;
        }

        if (!TryReadSmallerPart(scan, end, unit, ",", out var middle)
            || !TryReadSmallerPart(scan, scan.Is(middle.End, ",") ? middle.End + 1 : middle.End, middle.Unit, "and", out last))
        {
            return false;
        }

        partsEnd = last.End;
        parts = [(middle.Amount, middle.Unit), (last.Amount, last.Unit)];
        return true;
    }

    // One step of a joined length: the separator at token at, then a whole count of the unit next smaller than unit.
    private static bool TryReadSmallerPart(in TimeScan scan, int at, string unit, string separator, out (int End, double Amount, string Unit) part)
    {
        part = default;
        var smaller = unit switch
        {
            "year" => "month", "month" or "week" => "day", "day" => "hour", "hour" => "minute", "minute" => "second", _ => null,
        };
        if (smaller is null || !scan.Is(at, separator) || !NumberParser.TryParseAt(scan.Text, scan.Tokens, at + 1, out var count) || count.IsVague
            || count.Value <= 0 || count.Value != Math.Floor(count.Value)
            || !scan.Words.Units.TryGetValue(scan.Word(at + 1 + count.TokenCount), out var found) || found != smaller)
        {
            return false;
        }

        part = (at + 2 + count.TokenCount, count.Value, found);
        return true;
    }

    /// <summary>Whether "from now" follows token <paramref name="end"/> - 1: "two years from now" is a date ahead, not a length.</summary>
    public static bool IsFromNow(in TimeScan scan, int end) => scan.Is(end, "from") && scan.Is(end + 1, "now");

    /// <summary>Adds "<paramref name="amount"/> <paramref name="unit"/>s from now" (tokens <paramref name="start"/> to
    /// <paramref name="end"/> + 1) as the date that far after the reference date, named to the unit ("2026", "2024-W45").</summary>
    public static int EmitFromNow(in TimeScan scan, int start, int end, double amount, string unit)
    {
        var date = scan.Reference is { } r && amount == Math.Floor(amount) ? Back(r, -amount, unit) : null;
        return scan.Emit(start, end + 2, TimeExpressionKind.Date, date, date, date is { } d ? TimeValues.Ago(d, unit) : "FUTURE_REF");
    }

    // What may follow digits that count time: a unit, an increment ("20 more years"), a scale ("1.5 million years"), a range ("two to three"), a hyphen ("30-year"),
    // a fraction or a thousands group ("2 1/2", "1/2", "80, 000"). Anything else ("3,000 troops", "5%") is no duration: a cheap test
    // before parsing the number.
    private static bool MayCount(in TimeScan scan, int next)
    {
        var word = scan.Word(next);
        return word is "-" or "/" or "," || scan.IsNumber(next)
            || (scan.IsWord(next) && (scan.Words.Units.ContainsKey(word) || scan.Words.Increments.ContainsKey(word) || scan.Words.DayKinds.ContainsKey(word) || scan.Is(next, "to") || scan.Is(next, "or")
                || scan.Words.ScaleWords.ContainsKey(word) || scan.Words.ScaleAbbreviations.ContainsKey(word)));
    }

    /// <summary>Skips the upper end of a range after a count ("two to three weeks", "12 or 18 months"), which is then valued by
    /// its first count.</summary>
    /// <returns>The index of the unit after the range, or <paramref name="index"/> when no range follows.</returns>
    public static int SkipRange(in TimeScan scan, int index, double first) =>
        (scan.Is(index, "to") || scan.Is(index, "or")) && NumberParser.TryParseAt(scan.Text, scan.Tokens, index + 1, out var upper)
        && !upper.IsVague && upper.Value > first && scan.Words.Units.ContainsKey(scan.Word(index + 1 + upper.TokenCount))
            ? index + 1 + upper.TokenCount
            : index;

    /// <summary>The date <paramref name="amount"/> <paramref name="unit"/>s before <paramref name="reference"/>, or null when that is
    /// before the calendar starts or the unit is shorter than a day.</summary>
    public static DateOnly? Back(DateOnly reference, double amount, string unit) => unit switch
    {
        "day" => CalendarMath.AddDays(reference, -amount),
        "week" => CalendarMath.AddDays(reference, -7 * amount),
        "fortnight" => CalendarMath.AddDays(reference, -14 * amount),
        "month" => CalendarMath.AddMonths(reference, -amount),
        "quarter" => CalendarMath.AddMonths(reference, -3 * amount),
        "year" => CalendarMath.AddYears(reference, -amount),
        "decade" => CalendarMath.AddYears(reference, -10 * amount),
        "century" => CalendarMath.AddYears(reference, -100 * amount),
        _ => null,
    };

    // "a 30-year bond", "16-hour days": the unit joined by a hyphen (an adjective: singular, not "-old"; "-long" may follow).
    private static bool TryHyphenatedUnit(in TimeScan scan, int unitIndex, out string unit)
    {
        unit = string.Empty;
        if (scan.Word(unitIndex) is not "-" || !scan.IsJoined(unitIndex) || !scan.IsJoined(unitIndex + 1)
            || scan.Word(unitIndex + 1).EndsWith("s") || scan.Word(unitIndex + 1).Contains("-old", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var word = scan.Word(unitIndex + 1);
        var cut = word.IndexOf('-');
        return scan.Words.Units.TryGetValue(cut > 0 ? word[..cut] : word, out unit!)
            && (cut < 0 || word[(cut + 1)..].Equals("long", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>A written-out adjective of length: "two-year", "a 10-day" (the number a word joined by a hyphen), "day-long",
/// "decades-long" (a unit before "-long"); not "45-year-old".</summary>
internal sealed class HyphenDurationRule : TimeRule
{
    public static readonly HyphenDurationRule Instance = new();

    public override bool StartsAtHyphenatedWord => true;

    public override IEnumerable<string> StartWords(TimeWords words) => [];

    public override int Match(in TimeScan scan, int i)
    {
        var word = scan.Word(i);
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0)
        {
            return NoMatch;
        }

        var rest = word[(hyphen + 1)..];
        if (rest.Equals("long", StringComparison.OrdinalIgnoreCase) && scan.Words.Units.TryGetValue(word[..hyphen], out var longUnit))
        {
            // "a day-long meeting", "a week-long visit": one unit; "a decades-long feud": some.
            return scan.Emit(i, i + 1, TimeExpressionKind.Duration, null, null,
                word[..hyphen].EndsWith("s") ? TimeValues.VagueDuration(longUnit) : TimeValues.Duration(1, longUnit));
        }

        var second = rest.IndexOf('-');
        var unitPart = second > 0 ? rest[..second] : rest;
        if ((second > 0 && !rest[(second + 1)..].Equals("long", StringComparison.OrdinalIgnoreCase))
            || !scan.Words.Units.TryGetValue(unitPart, out var unit) || unitPart.EndsWith("s")
            || !scan.Words.NumberWords.TryGetValue(word[..hyphen], out var amount) || amount == 0)
        {
            return NoMatch; // "45-year-old" is an age
        }

        return scan.Emit(i, i + 1, TimeExpressionKind.Duration, null, null, TimeValues.Duration(amount, unit));
    }
}

/// <summary>Vague and article durations: "a week", "an hour", "a year and a half", "a few days", "several years", "the past three
/// years", "the next few days", "the next couple of years", "the following weeks", "the weeks ahead", "over the years"; "the past year" is last calendar year; "a few years
/// ago" is PAST_REF; one unit set after a date and a comma that says what the date is ("on May 9, a day the town keeps") is none.</summary>
internal sealed class VagueDurationRule : TimeRule
{
    public static readonly VagueDurationRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Amounts).Concat(["the", "a", "an"]);

    public override int Match(in TimeScan scan, int i)
    {
        var isThe = scan.Is(i, "the");
        if (isThe && scan.Is(i + 2, "ahead") && scan.Word(i + 1).EndsWith("s") && scan.Words.Units.TryGetValue(scan.Word(i + 1), out var aheadUnit))
        {
            return scan.Emit(i, i + 3, TimeExpressionKind.Duration, null, null, TimeValues.VagueDuration(aheadUnit)); // "the weeks ahead"
        }

        if (isThe && IsStretchAfterPreposition(scan, i, out var stretchUnit))
        {
            return scan.Emit(i, i + 2, TimeExpressionKind.Duration, null, null, TimeValues.VagueDuration(stretchUnit)); // "over the years"
        }

        // "the following weeks", "the following two days" are lengths as "the next …" are; "the following day" (no plural, no
        // count) is ContextDateRule's date.
        var index = isThe && (scan.Words.Relatives.TryGetValue(scan.Word(i + 1), out var relative) && relative != 0 || scan.Is(i + 1, "first")
            || scan.Is(i + 1, "following")) ? i + 2 : i;
        if ((isThe && index == i) || !TryAmount(scan, i, ref index, out var amount) || !scan.Words.Units.TryGetValue(scan.Word(index), out var unit))
        {
            return NoMatch;
        }

        var plural = scan.Word(index).EndsWith("s");
        var end = index + 1;
        if ((amount is null && !plural) || (index == i && !plural))
        {
            return NoMatch;
        }

        if (amount == 1 && !plural && index == i + 1 && scan.Is(end, "and") && scan.Is(end + 1, "a") && scan.Is(end + 2, "half")
            && !YearAgoRule.IsAgo(scan.Word(end + 3)) && !scan.Is(end + 3, "old"))
        {
            amount = 1.5; // "a year and a half", "an hour and a half"
            end += 3;
        }

        if (amount is { } count && NumberDurationRule.IsFromNow(scan, end))
        {
            return NumberDurationRule.EmitFromNow(scan, i, end, count, unit);
        }

        // "an hour sooner than normal" compares two times and names no date: a length, as "two days later than planned" is.
        if ((YearAgoRule.IsAgo(scan.Word(end)) && !scan.Is(end + 1, "than")) || scan.Is(end, "old"))
        {
            // "a few years ago", "months ago"; a counted "ago" is YearAgoRule's. "A day later" is a length, as "three days later" is.
            return amount is null && YearAgoRule.IsAgo(scan.Word(end))
                ? scan.Emit(i, end + 1, TimeExpressionKind.Date, null, null, "PAST_REF")
                : NoMatch;
        }

        // "on May 9, a day the city set aside for its founders", "on Friday, a day of rest", "declared Friday a day of remembrance":
        // one unit set after a date and a comma, or right after a date a naming verb names, names that date again, it measures
        // nothing ("on Friday, a day after the vote" and "Last Monday a day of strikes shut the schools" keep their length).
        if (amount == 1 && !plural && index == i + 1 && IsApposedToDate(scan, i) && OpensDescription(scan, end))
        {
            return NoMatch;
        }

        // "the first day of the trial", "the last week of June": one unit placed inside a longer stretch, not a length; so is "the
        // first day" alone, the opening day of an event the text tells of ("Brenmoor's ferry race of the first day was won in a tie"), where
        // "the last day" alone may be the day just past ("rain fell over the last day").
        if (amount == 1 && !plural && index == i + 2 && (scan.Is(i + 1, "first") || (scan.Is(end, "of") && scan.Is(i + 1, "last"))))
        {
            return NoMatch;
        }

        // "the past year", "the last year": last year as a date (news annotation reads it as the calendar year before).
        if (amount == 1 && index == i + 2 && unit == "year" && !plural && scan.Reference is { } r && scan.Words.Relatives.TryGetValue(scan.Word(i + 1), out var back)
            && back < 0 && CalendarMath.IsYear(r.Year - 1))
        {
            var lastYear = r.Year - 1;
            return scan.Emit(i, end, TimeExpressionKind.Date, new DateOnly(lastYear, 1, 1), new DateOnly(lastYear, 12, 31), TimeValues.Year(lastYear));
        }

        if (amount is { } whole && whole == Math.Floor(whole)
            && NumberDurationRule.TryJoinSmallerParts(scan, end, unit, out var partsEnd, out var parts))
        {
            return NumberDurationRule.EmitJoined(scan, i, partsEnd, isSet: false, (whole, unit), parts); // "the past three years and seven months"
        }

        if (isThe && amount is { } months && QuarterRule.TryMonthsOfYear(scan, i + 1, end, months, unit) is { } yearPart)
        {
            return yearPart; // "the first three months of 2021" is a quarter, "the first six months of the year" a half
        }

        end = SkipAlternative(scan, end, plural);
        return scan.Emit(i, end, TimeExpressionKind.Duration, null, null, amount is { } a ? TimeValues.Duration(a, unit) : TimeValues.VagueDuration(unit));
    }

    // The date the scan found last ends right before token start: after a comma, or with no comma when a naming verb stands right
    // before the date.
    private static bool IsApposedToDate(in TimeScan scan, int start)
    {
        if (start < 1 || scan.Output.Count == 0 || scan.Output[^1] is not { Kind: TimeExpressionKind.Date } date)
        {
            return false;
        }

        if (scan.Word(start - 1) is ",")
        {
            return start >= 2 && date.Span.End == scan.Token(start - 2).Span.End;
        }

        if (date.Span.End != scan.Token(start - 1).Span.End)
        {
            return false;
        }

        var first = start - 1;
        while (first > 0 && scan.Token(first).Span.Start > date.Span.Start)
        {
            first--;
        }

        return first > 0 && scan.Words.NamingVerbs.ContainsKey(scan.Word(first - 1));
    }

    // A word at token k that opens what the unit before it is ("a day when", "a day that", "a day of", "a day the city set aside"),
    // not a count from it ("a day after", "a day later").
    private static bool OpensDescription(in TimeScan scan, int k) =>
        scan.Is(k, "when") || scan.Is(k, "that") || scan.Is(k, "which") || scan.Is(k, "of")
        || (scan.CueAt(k) & TimeCue.Article) != 0 || (scan.IsCapitalised(k) && !scan.IsInFound(k));

    /// <summary>Skips a second plural unit offered as the alternative to the plural unit that ends at token <paramref name="end"/> - 1
    /// ("weeks or months", "several days or weeks"); the length is valued by its first unit, as "two or three days" is by its first
    /// count. A count after a single unit ("a month or two") is left out: TimeBank and AQUAINT each mark it once with and once
    /// without the count.</summary>
    /// <returns>The index after the alternative, or <paramref name="end"/> when none follows.</returns>
    public static int SkipAlternative(in TimeScan scan, int end, bool plural) =>
        plural && scan.Is(end, "or") && scan.IsWord(end + 1) && !scan.IsCapitalised(end + 1) && scan.Word(end + 1).EndsWith('s')
        && scan.Words.Units.ContainsKey(scan.Word(end + 1)) && !YearAgoRule.IsAgo(scan.Word(end + 2))
            ? end + 2
            : end;

    // Past a word of the lexicon kind time-increment at token `index` when a unit follows it: "a few more months", "several
    // additional weeks" measure as many units as "a few months" does.
    private static int SkipIncrement(in TimeScan scan, int index) =>
        scan.Words.Increments.ContainsKey(scan.Word(index)) && scan.Words.Units.ContainsKey(scan.Word(index + 1)) ? index + 1 : index;

    // The count before the unit: "a"/"an" (one), "a few", "a couple of", "several", a number after "the past", or one unit
    // ("the past year"); a bare plural ("years") only after "the next"/"the past" and the like.
    private static bool TryAmount(in TimeScan scan, int i, ref int index, out double? amount)
    {
        amount = null;
        var word = scan.Word(index);
        if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)) && index == i)
        {
            if (IsRateContext(scan, i) || scan.Is(index + 1, "second") || scan.Is(index + 1, "quarter"))
            {
                return false; // "$1.76 a year", "700 seats a week": a rate; "a second group"; "a quarter" of something
            }

            if (scan.Words.Amounts.TryGetValue(scan.Word(index + 1), out amount))
            {
                index += scan.Is(index + 2, "of") ? 3 : 2; // "a few days", "a couple of weeks"
                index = SkipIncrement(scan, index); // "a few more months"
                return true;
            }

            amount = 1;
            index++;
            if (scan.Words.Increments.ContainsKey(scan.Word(index)) && scan.Words.Units.ContainsKey(scan.Word(index + 1)))
            {
                index++; // "an additional year"
            }

            return true;
        }

        if (scan.Words.Amounts.TryGetValue(word, out amount))
        {
            index += scan.Is(index + 1, "of") ? 2 : 1; // "the next couple of years"
            index = SkipIncrement(scan, index); // "many more months"
            return true;
        }

        if (index > i && NumberParser.TryParseAt(scan.Text, scan.Tokens, index, out var number) && !number.IsVague)
        {
            amount = number.Value;
            index = NumberDurationRule.SkipRange(scan, index + number.TokenCount, number.Value);
            return true;
        }

        amount = index > i && !word.EndsWith("s") ? 1 : null; // "the past year": one; "the coming years": unknown
        return index > i;
    }

    // "$5 a year", "3% a year", "twice a week", "1.5 million a day", "700 seats a week", "thousands of barrels a day", "several
    // flights a week": the unit is a rate, not a time. A word in "-s" is a counted plural only shortly after a count, "of" or an
    // amount word: otherwise it is a verb ("the start comes a century after", "the trial lasts a week").
    private static bool IsRateContext(in TimeScan scan, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var word = scan.Word(i - 1);
        return scan.IsNumber(i - 1) || word is "%" || word.Equals("percent", StringComparison.OrdinalIgnoreCase) || word.Equals("times", StringComparison.OrdinalIgnoreCase)
            || scan.Words.ScaleWords.ContainsKey(word)
            || (scan.IsWord(i - 1) && word.Length > 3 && word.EndsWith("s") && char.IsLower(word[0]) && !scan.Words.Units.ContainsKey(word) && !word.EndsWith("ss")
                && CountedBefore(scan, i - 1));
    }

    // Whether one of the two words before token `plural` counts it: a number ("40", "four"), a scale word ("million"), "of" or an
    // amount word ("several"); two allow one adjective between ("300 hot meals a day").
    private static bool CountedBefore(in TimeScan scan, int plural) => Counts(scan, plural - 1) || Counts(scan, plural - 2);

    private static bool Counts(in TimeScan scan, int at)
    {
        var word = scan.Word(at);
        return scan.IsNumber(at) || scan.Words.NumberWords.ContainsKey(word) || scan.Words.ScaleWords.ContainsKey(word)
            || scan.Words.Amounts.ContainsKey(word) || word.Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    // "over the years", "in the decades that followed", "during the months since the vote": a plural of days or longer units after
    // "the" and a time-stretch-preposition is an unstated stretch of them, as the TIMEX3 guidelines value "years" (PXY). Not before a
    // time-stretch-anchor or a possessive: "in the weeks before the vote" and "in the days when …" are a time the text anchors to an
    // event (TimeBank values them as a date), "the months of talks" is no stretch. It cannot tell the stretch's length.
    private static bool IsStretchAfterPreposition(in TimeScan scan, int the, out string unit)
    {
        unit = "";
        var plural = scan.Word(the + 1);
        if (!plural.EndsWith('s') || !scan.Words.Units.TryGetValue(plural, out var found) || found is "second" or "minute" or "hour" or "quarter"
            || !scan.Words.StretchPrepositions.ContainsKey(scan.Word(the - 1)))
        {
            return false;
        }

        var next = the + 2;
        if (scan.Words.StretchAnchors.ContainsKey(scan.Word(next)) || scan.IsPossessive(next))
        {
            return false;
        }

        unit = found;
        return true;
    }
}

/// <summary>One unit back: "a year ago", "a month earlier", "a week or so ago", "a decade ago", "year-earlier", "year-ago"; when a
/// fiscal quarter is in question, "a year earlier" is that quarter a year before, unless its sentence, or the sentence before
/// when its own names no date, gave the month of its figures; otherwise "earlier" counts back from the date
/// named before it in its sentence, "a day earlier" from the last date the document named when that is a single day ("Vorland
/// play at Brenmoor on Sunday, May 11. Lindenport host Kestrel Bay a day earlier"), and one opening its sentence from the last
/// date named when that lies in a year before the reference date's (a back story).</summary>
internal sealed class YearAgoRule : TimeRule
{
    public static readonly YearAgoRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["a", "an", "year-earlier", "year-ago"];

    /// <summary>Whether <paramref name="word"/> counts back from the reference: "ago", "earlier".</summary>
    public static bool IsAgo(ReadOnlySpan<char> word) =>
        word.Equals("ago", StringComparison.OrdinalIgnoreCase) || word.Equals("earlier", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token after "or so" at <paramref name="index"/> when a count back follows it ("a week or so ago"), else
    /// <paramref name="index"/>.</summary>
    public static int SkipOrSo(in TimeScan scan, int index) => scan.Is(index, "or") && scan.Is(index + 1, "so") && IsAgo(scan.Word(index + 2)) ? index + 2 : index;

    public override int Match(in TimeScan scan, int i)
    {
        string? unit = null;
        var end = SkipOrSo(scan, i + 2) + 1;
        if ((scan.Is(i, "a") || scan.Is(i, "an")) && scan.Words.Units.TryGetValue(scan.Word(i + 1), out var named) && named != "century"
            && (named != "decade" || scan.Is(i, "a")) && IsAgo(scan.Word(end - 1)))
        {
            unit = named;
        }
        else if (scan.Is(i, "year-earlier") || scan.Is(i, "year-ago"))
        {
            // "year-earlier profit", "the year-ago results" ("the year-ago quarter" is QuarterRule's).
            unit = "year";
            end = i + 1;
        }

        if (unit is null)
        {
            return NoMatch;
        }

        if (scan.Is(end, "than"))
        {
            return NoMatch; // "will open in March, a year earlier than planned" compares two dates, it names none
        }

        // "ago" counts back from the reference date; "earlier" from the month the sentence's figure is for ("in August, from a year
        // earlier"), or the sentence before's when its own names no date ("rose 2% in August. That was up 5% from a year earlier"),
        // else from the date its sentence named before it, if any ("in 2025, up from 54,000 tonnes a year earlier").
        var earlier = scan.Is(end - 1, "earlier");
        var month = scan.Context.MonthInSentence
            ?? (scan.Context.DateInSentence is null && !scan.Context.QuarterInSentence ? scan.Context.MonthInLastSentence : null);
        var fromMonth = earlier && unit == "year" && !scan.Context.QuarterInSentence
            && (IsReportedPeriod(month, scan.Reference) || IsComingMonth(month, scan.Reference));
        var fromNamed = earlier && IsReportedPeriod(scan.Context.DateInSentence, scan.Reference);
        var from = fromNamed ? scan.Context.DateInSentence
            : earlier && unit == "day" && scan.Context.LastCalendarDay is { } lastDay ? lastDay
            : earlier && i == 0 ? BackStory(scan, unit) ?? scan.Reference
            : scan.Reference;
        var (date, value) = fromMonth && month is { } m ? MonthYearBefore(m)
            : from is not { } r ? (null, "PAST_REF")
            : Resolve(scan, r, unit);
        return scan.Emit(i, end, TimeExpressionKind.Date, date, date, value);
    }

    /// <summary>The last date the document named when it lies in a year before the reference date's, or null: "A year earlier"
    /// opening a sentence after a back story ("In 2016 the trees peaked on March 25. A year earlier, …") counts back from it, not
    /// from the report. A whole year gives no month, week or day to count back from ("reopened in 2023. A month earlier, …").</summary>
    internal static DateOnly? BackStory(in TimeScan scan, string unit) =>
        scan.Context.LastDate is { } last && scan.Reference is { } r && last.Year < r.Year
        && (unit is "year" or "decade" || !scan.Context.LastDateIsYear) ? last : null;

    /// <summary>How many years before the reference date a date named in the sentence may lie and still anchor "a year earlier":
    /// a reported period ("in 2025, up from … a year earlier"), not a founding year or a "since 2015" further back.</summary>
    private const int ReportedPeriodYears = 3;

    // A date the sentence named that "a year earlier" can count back from: not after the reference date ("aims to double output by
    // 2030") and not long before it.
    private static bool IsReportedPeriod(DateOnly? named, DateOnly? reference) =>
        named is { } date && (reference is not { } r || (date <= r && r.Year - date.Year <= ReportedPeriodYears));

    // A month the sentence named within a year after the reference date: "bookings for March are down from a year earlier" compares
    // that month with the same month a year before.
    private static bool IsComingMonth(DateOnly? month, DateOnly? reference) =>
        month is { } m && reference is { } r && m > r && m <= r.AddYears(1);

    // "in September, up from … a year earlier": the same month a year before, whatever quarter the document is about.
    private static (DateOnly? Date, string Value) MonthYearBefore(DateOnly month) =>
        month.Year > 1 ? (month.AddYears(-1), TimeValues.Month(month.Year - 1, month.Month)) : (null, "PAST_REF");

    private static (DateOnly? Date, string Value) Resolve(in TimeScan scan, DateOnly reference, string unit)
    {
        if (unit == "year" && scan.Context.Quarter is { } q && !scan.Context.PeriodSinceQuarter && CalendarMath.Date(q.Year - 1, ((q.Quarter - 1) * 3) + 1, 1) is { } quarterStart)
        {
            return (quarterStart, string.Create(CultureInfo.InvariantCulture, $"{q.Year - 1:D4}-Q{q.Quarter}"));
        }

        var date = NumberDurationRule.Back(reference, 1, unit);
        return date is not { } d ? (null, "PAST_REF") : unit switch
        {
            "decade" or "year" or "quarter" or "month" or "fortnight" or "week" or "day" => (d, TimeValues.Ago(d, unit)),
            _ => (null, "PAST_REF"),
        };
    }
}

/// <summary>A bare plural unit after a preposition or a verb that takes a length: "for years", "within weeks", "for centuries",
/// "the first time in years", "could take months", "lasted weeks", opening the sentence before "after" or "before" ("Hours after
/// the raid"), before "ahead" or "in advance" ("months ahead"), and before "of" after a word such as "to" or "despite": "an end to months of
/// uncertainty" (an unknown number of units).</summary>
internal sealed class BarePluralRule : TimeRule
{
    public static readonly BarePluralRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Units).Where(unit => unit.EndsWith('s'));

    public override int Match(in TimeScan scan, int i)
    {
        var before = scan.Word(i - 1);
        var opensSentence = OpensSentenceBeforeEvent(scan, i);
        if (!scan.Words.Units.TryGetValue(scan.Word(i), out var unit) || !scan.Word(i).EndsWith("s") || (scan.IsCapitalised(i) && !opensSentence)
            || !(opensSentence || before.Equals("for", StringComparison.OrdinalIgnoreCase) || before.Equals("within", StringComparison.OrdinalIgnoreCase)
                 || before.Equals("in", StringComparison.OrdinalIgnoreCase) || before.Equals("over", StringComparison.OrdinalIgnoreCase)
                 || before.Equals("after", StringComparison.OrdinalIgnoreCase) || before.Equals("during", StringComparison.OrdinalIgnoreCase)
                 || (scan.Words.CueOf(before) & TimeCue.Length) != 0
                 || ((IsLengthOf(scan, i) || IsLeadTime(scan, i)) && unit is not ("second" or "minute" or "hour")))
            || YearAgoRule.IsAgo(scan.Word(i + 1)) || scan.Is(i + 1, "old"))
        {
            return NoMatch;
        }

        return scan.Emit(i, VagueDurationRule.SkipAlternative(scan, i + 1, plural: true), TimeExpressionKind.Duration, null, null, TimeValues.VagueDuration(unit));
    }

    // "Hours after the raid, …", "Days before the vote, …": a plural unit opening the sentence before "after" or "before" is how
    // long from that event.
    private static bool OpensSentenceBeforeEvent(in TimeScan scan, int unit) =>
        unit == 0 && (scan.Is(unit + 1, "after") || scan.Is(unit + 1, "before"));

    // "begins its work months ahead", "booked weeks in advance", "weeks ahead of her trial": the unit at token `unit` before
    // "ahead" or "in advance" is how long before; not after "the" and such ("in the weeks ahead" names a period to come).
    private static bool IsLeadTime(in TimeScan scan, int unit) =>
        (scan.Is(unit + 1, "ahead") || (scan.Is(unit + 1, "in") && scan.Is(unit + 2, "advance")))
        && (scan.CueAt(unit - 1) & TimeCue.Article) == 0;

    // "an end to months of uncertainty", "despite years of delays": the unit at token `unit` after a length-of word, before "of";
    // not after "the" and such ("the following months of the campaign").
    private static bool IsLengthOf(in TimeScan scan, int unit) =>
        (scan.CueAt(unit - 1) & TimeCue.LengthOf) != 0 && scan.Is(unit + 1, "of")
        && (scan.CueAt(unit - 2) & TimeCue.Article) == 0;
}
