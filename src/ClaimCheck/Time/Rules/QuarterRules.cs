using System.Globalization;

namespace ClaimCheck.Time.Rules;

/// <summary>Fiscal quarters and halves: "the third quarter", "third-quarter", "the fiscal second quarter", "the first quarter of
/// 2023", "the first quarter of last year", "last quarter", "the latest quarter", "this year's third quarter", "the year-ago period",
/// "the quarter a year ago",
/// "the second half of 2023", "the last half of the year", "the January-March quarter". A quarter named without its number is the one the document is about
/// (<see cref="DocumentContext.Quarter"/>).</summary>
internal sealed class QuarterRule : TimeRule
{
    /// <summary>How many months a calendar quarter spans ("January-March").</summary>
    private const int MonthsPerQuarter = 3;

    /// <summary>How many months after its end a fiscal quarter is at most reported: one told in the past ended within them.</summary>
    private const int FiscalReportLagMonths = 2;

    public static readonly QuarterRule Instance = new();

    public override bool StartsAtNumber => true;

    public override bool StartsAtHyphenatedWord => true;

    public override IEnumerable<string> StartWords(TimeWords words) =>
        TimeWords.KeysOf(words.Ordinals).Concat(TimeWords.KeysOf(words.PeriodModifiers)).Concat(TimeWords.KeysOf(words.Relatives))
            .Concat(["the", "that", "its", "a"]);

    public override IEnumerable<string> WordsAfterArticle => ["period", "half"];

    public override int Match(in TimeScan scan, int i)
    {
        if ((scan.IsNumber(i) && scan.Token(i).Span.Length != 4) || !HeadAhead(scan, i))
        {
            return NoMatch;
        }

        var reading = new Reading { Relative = scan.Words.Relatives.TryGetValue(scan.Word(i), out var relative) ? relative : 0, This = scan.Is(i, "this") };
        var hasDeterminer = scan.Is(i, "the") || scan.Is(i, "that") || scan.Is(i, "its") || scan.Is(i, "a") || scan.Is(i, "this") || reading.Relative != 0;
        var index = hasDeterminer ? i + 1 : i;
        var sawModifier = ReadModifiers(scan, i, hasDeterminer, ref index, ref reading);

        // "its third quarter", "a third-quarter loss", "the third-quarter results": the article or possessive stays outside the
        // expression, and so does any determiner of the adjective (news annotation keeps "the third quarter" and "last quarter").
        var start = scan.Is(i, "its") || scan.Is(i, "a") || (reading.Hyphenated && (scan.Is(i, "the") || scan.Is(i, "that"))) ? i + 1 : i;
        if (reading.Hyphenated)
        {
            return reading.Half is not null && reading.Year is null && !reading.Fiscal && scan.Context.Quarter is null
                ? NoMatch // "the second-half goal": a match, not a fiscal half
                : Emit(scan, start, index, reading);
        }

        if (FirstOfCoordinatedPair(scan, index, reading))
        {
            return Emit(scan, index - 1, index, reading); // "the second and fourth quarters": "second" is a quarter of its own
        }

        if (!ReadHead(scan, i, ref index, ref reading) || (!hasDeterminer && !sawModifier))
        {
            return NoMatch;
        }

        if (reading.Latest && reading.Quarter is null && reading.Half is null && reading.Year is null && scan.Context.Quarter is { } reported
            && scan.Reference is { } today && HasEnded(reported, today))
        {
            // "the latest period" in a report on a quarter that has ended is that quarter, not one a forecast named ("a fourth-quarter
            // charge" in October)
            (reading.Year, reading.Quarter) = reported;
        }
        else if (reading.Latest && reading.Quarter is null && reading.Half is null && scan.Reference is { } latestReference)
        {
            var previous = (latestReference.Year * 4) + ((latestReference.Month - 1) / 3) - 1;
            reading.Year ??= previous / 4;
            reading.Quarter = (previous % 4) + 1;
        }

        return Emit(scan, start, index, reading);
    }

    /// <summary>Whether the calendar quarter <paramref name="quarter"/> had ended by <paramref name="today"/>; false for a year
    /// outside the calendar's range.</summary>
    private static bool HasEnded((int Year, int Quarter) quarter, DateOnly today) =>
        CalendarMath.Date(quarter.Year, ((quarter.Quarter - 1) * MonthsPerQuarter) + 1, 1) is { } from && from.AddMonths(MonthsPerQuarter) <= today;

    // Whether "quarter(s)", "half" or "period" (or "third-quarter") is among the next few words: a cheap test before reading.
    private static bool HeadAhead(in TimeScan scan, int i)
    {
        for (var k = i; k < scan.Count && k < i + 6; k++)
        {
            var word = scan.Word(k);
            if (word.EndsWith("quarter", StringComparison.OrdinalIgnoreCase) || word.EndsWith("half", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("period", StringComparison.OrdinalIgnoreCase) || word.Equals("quarters", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The words between the determiner and "quarter": a year, an ordinal, "fiscal", "year-ago", "current", "latest", "this
    // year's"; a hyphenated "third-quarter" or "second-half" ends the expression.
    private static bool ReadModifiers(in TimeScan scan, int i, bool hasDeterminer, ref int index, ref Reading reading)
    {
        var sawModifier = false;
        for (var guard = 0; guard < 4 && index < scan.Count; guard++, index++)
        {
            var word = scan.Word(index);
            var hyphen = word.IndexOf('-');
            if (YearRule.TryYear(scan, index, out var year))
            {
                reading.Year = year;
            }
            else if (scan.Words.Ordinals.TryGetValue(word, out var ordinal))
            {
                reading.Quarter = ordinal;
            }
            else if (hyphen > 0 && scan.Words.Ordinals.TryGetValue(word[..hyphen], out var hyphenOrdinal)
                     && (word[(hyphen + 1)..].Equals("quarter", StringComparison.OrdinalIgnoreCase) || word[(hyphen + 1)..].Equals("half", StringComparison.OrdinalIgnoreCase)))
            {
                var isHalf = word[(hyphen + 1)..].Equals("half", StringComparison.OrdinalIgnoreCase);
                (reading.Quarter, reading.Half) = isHalf ? ((int?)null, (int?)hyphenOrdinal) : (hyphenOrdinal, null);
                reading.Hyphenated = true;
                index++;
                return true;
            }
            else if (hyphen > 0 && scan.Words.PeriodModifiers.TryGetValue(word[..hyphen], out var joinedModifier)
                     && scan.Words.Ordinals.TryGetValue(word[(hyphen + 1)..], out var joinedOrdinal))
            {
                reading.Apply(joinedModifier); // "the fiscal-first quarter": the modifier and the ordinal written as one word
                reading.Quarter = joinedOrdinal;
            }
            else if (hyphen > 0 && hasDeterminer && MonthSpanQuarter(scan, word, hyphen) is { } spanQuarter)
            {
                reading.Quarter = spanQuarter; // "the January-March quarter", "the July-September quarter"
            }
            else if (word.Equals("year", StringComparison.OrdinalIgnoreCase) && hasDeterminer && index == i + 1 && scan.IsPossessive(index + 1)
                     && scan.Reference is { } possessiveReference && !scan.Is(i, "the") && !scan.Is(i, "a"))
            {
                reading.Year = possessiveReference.Year + reading.Relative; // "this year's third quarter", "last year's quarter"
                reading.Relative = 0;
                index++;
            }
            else if (scan.Words.PeriodModifiers.TryGetValue(word, out var modifier))
            {
                reading.Apply(modifier);
            }
            else if (index == i + 1 && scan.Is(i, "the") && scan.Words.Relatives.TryGetValue(word, out var relative) && relative != 0)
            {
                reading.Relative = relative; // "the past quarter", "the next quarter"
                reading.BeforeReported = relative < 0 && (scan.Is(index, "previous") || scan.Is(index, "preceding"));
            }
            else
            {
                break;
            }

            sawModifier = true;
        }

        return sawModifier;
    }

    // The calendar quarter that two capitalised month names joined by a hyphen span ("January-March", "Oct-Dec"), or null when
    // they are not the first and last months of one quarter ("April-September" is a half of a fiscal year, not a quarter).
    private static int? MonthSpanQuarter(in TimeScan scan, ReadOnlySpan<char> word, int hyphen)
    {
        var first = word[..hyphen];
        var last = word[(hyphen + 1)..];
        return !first.IsEmpty && !last.IsEmpty && char.IsUpper(first[0]) && char.IsUpper(last[0])
            && scan.Words.Months.TryGetValue(first, out var from) && scan.Words.Months.TryGetValue(last, out var to)
            && from % MonthsPerQuarter == 1 && to == from + MonthsPerQuarter - 1
            ? ((from - 1) / MonthsPerQuarter) + 1
            : null;
    }

    // Whether the ordinal just read, before token `index`, opens two quarters that share one plural head ("the second and fourth
    // quarters", "the first or third quarters") in a document about quarters or with "fiscal" (a match has quarters too).
    private static bool FirstOfCoordinatedPair(in TimeScan scan, int index, Reading reading) =>
        reading.Quarter is not null && index > 0 && scan.Words.Ordinals.ContainsKey(scan.Word(index - 1))
        && (scan.Is(index, "and") || scan.Is(index, "or")) && scan.Words.Ordinals.ContainsKey(scan.Word(index + 1))
        && scan.Is(index + 2, "quarters") && InReportOnQuarters(scan, reading);

    // Whether an ordinal and "and" or "or" come right before token `i`, in a report on quarters: the second of two quarters
    // sharing a plural head.
    private static bool SecondOfCoordinatedPair(in TimeScan scan, int i, Reading reading) =>
        i > 1 && (scan.Is(i - 1, "and") || scan.Is(i - 1, "or")) && scan.Words.Ordinals.ContainsKey(scan.Word(i - 2))
        && InReportOnQuarters(scan, reading);

    // Whether a quarter written with no "quarter" of its own is a fiscal one: it has a year or "fiscal", or the document is about
    // a quarter already.
    private static bool InReportOnQuarters(in TimeScan scan, Reading reading) =>
        reading.Fiscal || reading.Year is not null || scan.Context.Quarter is not null;

    // "quarter", "half" (first or second only) or "period" (a year-ago or latest one, in a document about quarters), then "of 1990";
    // "quarters" after two ordinals ("the second and fourth quarters").
    private static bool ReadHead(in TimeScan scan, int i, ref int index, ref Reading reading)
    {
        var ofYear = scan.Is(index + 1, "of") && YearRule.TryYear(scan, index + 2, out _);
        var ofRelativeYear = !ofYear && scan.Is(index + 1, "of") && TryRelativeYear(scan, index + 2, out _);
        if ((ofYear || ofRelativeYear) && reading.Quarter is null && reading.Relative < 0
            && (scan.Is(i, "last") || scan.Is(i + 1, "last")))
        {
            // "the last quarter of 2023", "the last half of last year": the final one of that year, not the one before this.
            reading.Quarter = scan.Is(index, "half") ? 2 : 4;
            reading.Relative = 0;
        }

        // "the quarter a year ago", "the same period a year earlier": the year-back words after the head belong to it, as
        // "year-ago" before it does.
        var yearBackAfter = (scan.Is(index, "quarter") || scan.Is(index, "period")) && reading.Year is null && reading.Relative == 0
            && scan.Is(index + 1, "a") && scan.Is(index + 2, "year") && YearAgoRule.IsAgo(scan.Word(index + 3));
        reading.YearBack |= yearBackAfter;
        var isQuarter = scan.Is(index, "quarter") || (scan.Is(index, "quarters") && reading.Quarter is not null && SecondOfCoordinatedPair(scan, i, reading));
        var isHalf = scan.Is(index, "half") && reading.Quarter is 1 or 2;
        var isPeriod = scan.Is(index, "period") && (reading.YearBack || reading.Year is not null || reading.Latest) && (scan.Context.Quarter is not null || reading.Latest);
        if (!(isQuarter || isHalf || isPeriod))
        {
            return false;
        }

        if (isHalf && reading.Year is null && !reading.Fiscal && scan.Context.Quarter is null && !ofYear && !ofRelativeYear)
        {
            return false; // "in the second half" of a match; a half-year needs a year, "fiscal" or a fiscal context
        }

        if (isHalf)
        {
            (reading.Half, reading.Quarter) = (reading.Quarter, null);
        }

        index += yearBackAfter ? 4 : 1;
        if (ofYear && YearRule.TryYear(scan, index + 1, out var year))
        {
            reading.Year = year;
            index += 2;
        }
        else if (ofRelativeYear && TryRelativeYear(scan, index + 1, out var relativeYear))
        {
            reading.Year = relativeYear;
            index += 3;
        }

        return !(isQuarter && scan.Is(i, "a") && (reading.Quarter is null || scan.Is(index, "of"))); // "a quarter of the market"
    }

    /// <summary>Reads "first three months of 2021" or "last two quarters of the year" from the ordinal at <paramref name="ordinal"/>,
    /// whose count and unit end at <paramref name="end"/>, as the quarter or half it names ("2021-Q1", "…-H2"), and adds it from
    /// the article before the ordinal; null when it names no quarter or half of a year.</summary>
    public static int? TryMonthsOfYear(in TimeScan scan, int ordinal, int end, double count, string unit)
    {
        var first = scan.Is(ordinal, "first");
        var months = unit switch { "month" => count, "quarter" => count * 3, _ => 0 };
        if (!(first || scan.Is(ordinal, "last")) || months is not (3 or 6) || !scan.Is(end, "of"))
        {
            return null;
        }

        int year;
        if (YearRule.TryYear(scan, end + 1, out var named))
        {
            year = named;
            end += 2;
        }
        else if (TryRelativeYear(scan, end + 1, out var relative))
        {
            year = relative;
            end += 3;
        }
        else
        {
            return null;
        }

        if (!CalendarMath.IsYear(year))
        {
            return null;
        }

        var fromMonth = first ? 1 : 13 - (int)months;
        var from = new DateOnly(year, fromMonth, 1);
        if (months == 6)
        {
            scan.Context.HalfInSentence = (year, first ? 1 : 2);
        }

        var value = months == 3 ? Value(year, first ? 1 : 4) : HalfValue(year, first ? 1 : 2);
        return scan.Emit(ordinal - 1, end, TimeExpressionKind.Date, from, from.AddMonths((int)months).AddDays(-1), value);
    }

    // "the year", "this year", "last year", "next year" at token k (not "the year's"): the reference year, or the one before or
    // after it.
    private static bool TryRelativeYear(in TimeScan scan, int k, out int year)
    {
        year = 0;
        var direction = 0;
        if (scan.Reference is not { } reference || !scan.Is(k + 1, "year") || scan.IsPossessive(k + 2)
            || !(scan.Is(k, "the") || scan.Words.Relatives.TryGetValue(scan.Word(k), out direction)))
        {
            return false;
        }

        year = reference.Year + direction;
        return CalendarMath.IsYear(year);
    }

    // Whether the expression starting at token start follows "into", "through" or "until".
    private static bool IsHorizon(in TimeScan scan, int start) =>
        scan.Is(start - 1, "into") || scan.Is(start - 1, "through") || scan.Is(start - 1, "until");

    private static int Emit(in TimeScan scan, int start, int end, Reading reading)
    {
        if (reading.Half is { } half)
        {
            var halfYear = reading.Year ?? scan.Reference?.Year;
            if (halfYear is not { } hy || !CalendarMath.IsYear(hy))
            {
                return scan.Emit(start, end, TimeExpressionKind.Date, null, null, $"XXXX-H{half}");
            }

            scan.Context.HalfInSentence = (hy, half);
            return EmitHalf(scan, start, end, hy, half);
        }

        if (reading.Quarter is { } bareQuarter && reading.IsBare && HabitualTime.InHabitClause(scan, start))
        {
            // "sales usually peak in the fourth quarter": that quarter of any year, and no quarter the document is about
            return scan.Emit(start, end, TimeExpressionKind.Date, null, null, $"XXXX-Q{bareQuarter}");
        }

        reading.Ahead = TenseCues.FutureBefore(scan, start) || TenseCues.PlanBefore(scan, start);
        var opening = scan.Is(start - 1, "its") ? start - 1 : start; // "In its third quarter, margins narrowed"
        reading.Past = !reading.Ahead && (TenseCues.PastBefore(scan, start) || TenseCues.DirectionAfterOpening(scan, opening, end) < 0);
        var (year, quarter) = Resolve(scan, reading);
        if (quarter is { } q && year is { } y && CalendarMath.Date(y, ((q - 1) * 3) + 1, 1) is { } from)
        {
            // A period with its year written out a year before the quarter in question ("Vorland Rail earned more in the 2021
            // period", after its third quarter of 2022) is the comparison, not a new quarter in question: "the quarter" after it is still 2022's.
            var comparison = reading.Year is not null && scan.Context.Quarter is { } inQuestion && inQuestion.Quarter == q && inQuestion.Year == y + 1;

            // A quarter not yet ended at the reference date, reached "into", "through" or "until" while the one in question has
            // ended ("weak demand into the fourth quarter", "losses through the third quarter of 2031", in a report on the third
            // quarter just ended), is a horizon of a forecast: "the year-ago period" after it still compares with the quarter
            // reported. A quarter named otherwise ("for the fourth quarter, it expects ...") is the new quarter in question.
            var forecast = scan.Reference is { } today && from.AddMonths(3) > today && IsHorizon(scan, start)
                && scan.Context.Quarter is { } reported && HasEnded(reported, today);
            if (!reading.YearBack && !comparison && !forecast && !reading.BeforeReported)
            {
                scan.Context.Quarter = (y, q);
            }

            scan.Context.QuarterInSentence = true;
            return scan.Emit(start, end, TimeExpressionKind.Date, from, from.AddMonths(3).AddDays(-1), Value(y, q));
        }

        var value = quarter is { } vq ? $"XXXX-Q{vq}" : year is { } only && CalendarMath.IsYear(only) ? string.Create(CultureInfo.InvariantCulture, $"{only:D4}-QX") : "XXXX-QX";
        return scan.Emit(start, end, TimeExpressionKind.Date, null, null, value);
    }

    /// <summary>The TimeML value of a quarter: "1998-Q1".</summary>
    public static string Value(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    /// <summary>The TimeML value of a half-year: "1998-H2".</summary>
    public static string HalfValue(int year, int half) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-H{half}");

    /// <summary>Emits the half-year <paramref name="half"/> (1 or 2) of <paramref name="year"/>, a year <see cref="CalendarMath.IsYear"/>
    /// accepts, over the tokens from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static int EmitHalf(in TimeScan scan, int start, int end, int year, int half)
    {
        var from = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return scan.Emit(start, end, TimeExpressionKind.Date, from, from.AddMonths(6).AddDays(-1), HalfValue(year, half));
    }

    // Which quarter of which year: the one named (last year's when it is three quarters ahead), the current one, the one in
    // question, the reference date's for "this quarter", or the last complete one; "last quarter" and "next quarter" count from the reference quarter; "year-ago" takes a
    // year off.
    private static (int? Year, int? Quarter) Resolve(in TimeScan scan, Reading reading)
    {
        var referenceQuarter = scan.Reference is { } r ? ((r.Month - 1) / 3) + 1 : (int?)null;
        var known = scan.Context.Quarter;
        var quarter = reading.Quarter ?? (reading.Current ? referenceQuarter
            : known?.Quarter ?? (reading.This ? referenceQuarter : referenceQuarter is { } rq ? (rq == 1 ? 4 : rq - 1) : null));
        var year = reading.Year ?? (reading.YearBack ? (known?.Year ?? scan.Reference?.Year) - 1 : null);
        if (year is not null || scan.Reference is not { } reference || quarter is null)
        {
            return (year, quarter);
        }

        if (reading.Relative != 0)
        {
            // "the previous quarter" in a report on a quarter is the one before it; "last quarter", "the next quarter" count from the
            // reference date's.
            var index = reading.BeforeReported && known is { } before ? (before.Year * 4) + (before.Quarter - 1) + reading.Relative
                : (reference.Year * 4) + (referenceQuarter!.Value - 1) + reading.Relative;
            return (index / 4, (index % 4) + 1);
        }

        // A quarter three ahead of the reference one is last year's: "the fourth quarter" in January is the one just ended, unless
        // a future or plan points it ahead ("aims to finish the work in the fourth quarter"); as an adjective it stays last year's
        // even then, as a forecast in January is of the results of the quarter just ended ("expects fourth-quarter revenue of $3
        // billion"). Any quarter ahead of the reference one is last year's when a verb in the past tells it ("reported
        // third-quarter earnings" in January).
        var unnamed = reading.Quarter is null && !reading.Current;
        // A fiscal quarter need not follow the calendar: one told in the past ended in the months before the report, so it is this
        // year's when those months are ("its fiscal second quarter" reported in March ended in February), last year's in a report of
        // January or February ("fiscal third-quarter" results in January).
        var fiscalThisYear = reading.Fiscal && reference.AddMonths(-FiscalReportLagMonths).Year == reference.Year;
        var lastYears = unnamed ? referenceQuarter == 1
            : (quarter - referenceQuarter == 3 && (!reading.Ahead || reading.Hyphenated))
              || (quarter > referenceQuarter && reading.Past && !fiscalThisYear);
        return (unnamed && known is { } k ? k.Year : lastYears ? reference.Year - 1 : reference.Year, quarter);
    }

    private struct Reading
    {
        public int? Quarter;
        public int? Half;
        public int? Year;
        public int Relative;
        public bool YearBack;
        public bool Current;

        // "this quarter": the one the document is about, else the reference date's (not the last complete one).
        public bool This;
        public bool Latest;
        public bool Fiscal;
        public bool Hyphenated;

        // "the previous quarter", "the preceding quarter": the one before the quarter in question when there is one.
        public bool BeforeReported;

        // A future or plan earlier in the clause points the quarter ahead: "aims to finish in the fourth quarter".
        public bool Ahead;

        // A verb in the past before the quarter, or after it when it opens the sentence, tells a quarter that has ended: "reported
        // third-quarter earnings", "In its third quarter, margins narrowed".
        public bool Past;

        // A quarter named by its number alone, or as the final one ("the fourth quarter", "the fiscal final quarter"): no year,
        // no word that ties it to the reference date or to the quarter in question.
        public readonly bool IsBare =>
            Year is null && Relative == 0 && !This && !Latest && !YearBack && !Current && !Hyphenated && !BeforeReported;

        public void Apply(PeriodModifier modifier)
        {
            switch (modifier)
            {
                case PeriodModifier.Fiscal: Fiscal = true; break;
                case PeriodModifier.Current: Current = true; break;
                case PeriodModifier.Latest: Latest = true; break;
                case PeriodModifier.Final: Quarter = 4; break;
                case PeriodModifier.YearBack: YearBack = true; break;
            }
        }
    }
}

/// <summary>"last year" in a sentence that named a fiscal quarter or half ("… in the third quarter, against $2 million last year"):
/// the same quarter or half of the year before; and "the same period last year" or "the same period of 2030" there ("in the first
/// six months of 2021, 8.8 percent more than in the same period last year"). A quarter named in the sentence goes before a half;
/// in a sentence that names neither, "the same period last year" is the quarter the document is about, a year back.</summary>
internal sealed class SamePeriodLastYearRule : TimeRule
{
    public static readonly SamePeriodLastYearRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["last", "the"];

    public override int Match(in TimeScan scan, int i)
    {
        int end;
        int? named = null;
        if (scan.Is(i, "the"))
        {
            // "the same period", "the comparable period", then "last year" or "of 2030"
            if (!scan.Words.PeriodModifiers.TryGetValue(scan.Word(i + 1), out var modifier) || modifier != PeriodModifier.Plain || !scan.Is(i + 2, "period"))
            {
                return NoMatch;
            }

            if (scan.Is(i + 3, "of") && YearRule.TryYear(scan, i + 4, out var year))
            {
                named = year;
            }
            else if (!scan.Is(i + 3, "last") || !scan.Is(i + 4, "year"))
            {
                return NoMatch;
            }

            end = i + 5;
        }
        else if (scan.Is(i + 1, "year") && scan.Token(i).Span.Start != 0)
        {
            end = i + 2;
        }
        else
        {
            return NoMatch;
        }

        if (scan.Context.QuarterInSentence && scan.Context.Quarter is { } quarter)
        {
            return EmitQuarter(scan, i, end, named, quarter);
        }

        if (scan.Context.HalfInSentence is { } half)
        {
            var halfYear = named ?? half.Year - 1;
            return CalendarMath.IsYear(halfYear) ? QuarterRule.EmitHalf(scan, i, end, halfYear, half.Half) : NoMatch;
        }

        // "the corresponding period last year" a sentence after the quarter it is set against ("… a loss for the third quarter.
        // That compares with a profit for the corresponding period last year") is that quarter a year back, unless a longer part
        // of the year was named since ("the nine months") or the sentence named a date of its own before it ("sales in October were
        // below the same period last year"); a bare "last year" there is left to the rule for years.
        return scan.Is(i, "the") && !scan.Context.PeriodSinceQuarter && scan.Context.DateInSentence is null && scan.Context.Quarter is { } reported
            ? EmitQuarter(scan, i, end, named, reported)
            : NoMatch;
    }

    // Emits quarter `quarter` of year `named`, else of the year before the quarter's, over tokens `start` to `end`.
    private static int EmitQuarter(in TimeScan scan, int start, int end, int? named, (int Year, int Quarter) quarter)
    {
        var quarterYear = named ?? quarter.Year - 1;
        return CalendarMath.Date(quarterYear, ((quarter.Quarter - 1) * 3) + 1, 1) is { } first
            ? scan.Emit(start, end, TimeExpressionKind.Date, first, first.AddMonths(3).AddDays(-1), QuarterRule.Value(quarterYear, quarter.Quarter))
            : NoMatch;
    }
}
