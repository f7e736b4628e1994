using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Time.Rules;

/// <summary>Month expressions: "Oct. 17", "October 17, 2024", "March 2023", "early October", "mid-October", "last February",
/// "June last year", and a second day after "and" or "or" ("Dec. 13 and 14") or closing a range ("Sept. 10 to 12"). A month without a year takes the year that opens its sentence ("Last year, … on Feb. 20"), else is the
/// nearest one, looking back up to seven months and ahead up to four, unless the
/// words around it point back (a verb in the past) or forward ("by", "will").</summary>
internal sealed class MonthRule : TimeRule
{
    public static readonly MonthRule Instance = new();

    /// <summary>How far ahead a month without a year may lie before it is read as last year's (news looks back more than ahead).</summary>
    private const int MonthsAhead = 4;

    public override bool StartsAtHyphenatedWord => true;

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Months).Concat(TimeWords.KeysOf(words.Parts));

    public override int Match(in TimeScan scan, int i)
    {
        if (!TryRead(scan, i, out var expression, out var end))
        {
            return NoMatch;
        }

        scan.Output.Add(expression);
        return SecondDay(scan, expression, i, end);
    }

    /// <summary>How many days a second day may lie after the first one when the sentence has another figure it could go with.</summary>
    private const int SecondDayGap = 7;

    // "Dec. 13 and 14", "March 3 or 4": a bare later day right after a date, joined by "and" or "or" and ending the phrase, is
    // another day of the same month ("Dec. 13 and 14 people" is a count). When a figure other than a date comes before the date, a
    // day far off is that figure's companion ("rose to 40 on May 2 and 28" is a count of 28), so only a day within a week counts.
    // The closing day of a range ("Sept. 10 to 12", a `range-end` word between) counts within a week, or further when a
    // `range-start` word opens the range ("from July 17 to 25"): "fell on May 2 to 28" is a level. After another figure it counts
    // only when a `range-start` word opens the range: "dropped from 30 on June 4 to 8" ends at a level of 8.
    private static int SecondDay(in TimeScan scan, TimeExpression first, int start, int end)
    {
        var paired = scan.Is(end, "and") || scan.Is(end, "or");
        var ranged = !paired && (scan.CueAt(end) & TimeCue.RangeEnd) != 0;
        if (first.Scope is not { Start: { } day, End: { } last } || day != last || !(paired || ranged)
            || !scan.IsNumber(end + 1) || !int.TryParse(scan.Word(end + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            || second <= day.Day || CalendarMath.Date(day.Year, day.Month, second) is not { } date
            || (end + 2 < scan.Count && scan.Token(end + 2).Kind != TokenKind.Punctuation)
            || (second - day.Day > SecondDayGap && HasFigureBefore(scan, first))
            || (ranged && (second - day.Day > SecondDayGap || HasFigureJustBefore(scan, start)) && (scan.CueAt(start - 1) & TimeCue.RangeStart) == 0))
        {
            return end;
        }

        return scan.EmitDay(end + 1, end + 2, date, TimeValues.Day(date));
    }

    /// <summary>How many tokens before a date a figure may stand and make "to" after the date lead to its new level: "fell from 30 on
    /// June 4 to 8" (the figure, a preposition, the date), not "the Brenmoor-7 probe should reach orbit late this month, around Sept. 10 to 12".</summary>
    private const int FigureBeforeRangeReach = 3;

    // "from 30 on June 4": a number no time expression holds, a preposition at most before the date.
    private static bool HasFigureJustBefore(in TimeScan scan, int start)
    {
        for (var k = Math.Max(0, start - FigureBeforeRangeReach); k < start; k++)
        {
            if (scan.IsNumber(k) && !scan.IsInFound(k))
            {
                return true;
            }
        }

        return false;
    }

    // A number before the date that no time expression holds: a count or amount the sentence reports.
    private static bool HasFigureBefore(in TimeScan scan, TimeExpression first)
    {
        for (var k = 0; k < scan.Count && scan.Token(k).Span.Start < first.Span.Start; k++)
        {
            if (scan.IsNumber(k) && !scan.IsInFound(k))
            {
                return true;
            }
        }

        return false;
    }

    // How many tokens "of that year", "of that same year" or "of the same year" take at token k, or 0.
    private static int OfThatYearLength(in TimeScan scan, int k)
    {
        if (!scan.Is(k, "of"))
        {
            return 0;
        }

        var yearAt = scan.Is(k + 1, "that") ? (scan.Is(k + 2, "same") ? k + 3 : k + 2)
            : scan.Is(k + 1, "the") && scan.Is(k + 2, "same") ? k + 3
            : -1;
        return yearAt > 0 && scan.Is(yearAt, "year") && !scan.IsPossessive(yearAt) ? yearAt + 1 - k : 0;
    }

    /// <summary>Reads a month expression at token <paramref name="i"/> without adding it (other rules build on it).</summary>
    public static bool TryRead(in TimeScan scan, int i, out TimeExpression expression, out int end)
    {
        expression = null!;
        var start = i;
        end = i;
        if (!scan.IsWord(i) || !TryName(scan, ref i, out var part, out var month, out var nameLength))
        {
            return false;
        }

        end = i + 1;
        if (scan.Word(end) is "." && scan.IsJoined(end) && nameLength <= 4 && end + 1 < scan.Count)
        {
            end++; // "Oct." but not the full stop after "October."
        }

        var day = ReadDay(scan, ref end);
        var year = ReadYear(scan, ref end, afterDay: day is not null);

        // "Jan Kavan", "March for Life": an abbreviation needs a day, or a dot and a preposition before it ("in Oct.": a bare "Mar."
        // ends a name such as "Costa del Mar."); a month before "for"/"of" needs a day, a year or a preposition before it ("resigned
        // in March for health reasons").
        if (day is null && year is null && part is null
            && ((nameLength <= 4 && month is not (5 or 6 or 7) && (scan.Word(i + 1) is not "." || !IsMonthMay(scan, start - 1)))
                || ((scan.Is(end, "for") || (scan.Is(end, "of") && !YearRule.TryYear(scan, end + 1, out _))) && !IsMonthMay(scan, start - 1))))
        {
            return false;
        }

        // "the Women's March", "a Poor People's March": a bare capitalised month after the possessive of a time-marcher-possessor
        // names a march; "the bank's March survey" keeps its month.
        // A plural's possessive apostrophe ("Teachers'") is a token of its own.
        if (day is null && year is null && part is null && scan.IsCapitalised(start)
            && (scan.IsPossessive(start - 1) || (scan.IsJoined(start - 1) && scan.Word(start - 1) is "'" or "’"))
            && scan.Words.MarcherPossessors.ContainsKey(scan.Word(start - 2)))
        {
            return false;
        }

        // "the Sixth May Academy", "the August Square": a bare month before a capitalised noun of the lexicon kind
        // time-institution-noun is part of a name, not a time.
        if (day is null && year is null && part is null && scan.IsCapitalised(end) && scan.Words.InstitutionNouns.ContainsKey(scan.Word(end)))
        {
            return false;
        }

        // "June last year", "February this year", "April next year"
        if (day is null && year is null && scan.Is(end + 1, "year") && scan.Words.Relatives.TryGetValue(scan.Word(end), out var yearOffset) && scan.Reference is { } r)
        {
            year = r.Year + yearOffset;
            end += 2;
        }

        // "December of that year", "July 26 of the same year": the year of the last date the document named, or that many years
        // on when a count of years before "later" or "earlier" opened the sentence ("Three years later, on Jan. 24 of that year").
        if (year is null && OfThatYearLength(scan, end) is var ofThat and > 0 && scan.Context.LastDate is { } lastDate)
        {
            year = lastDate.Year + YearsLaterBefore(scan, start);
            end += ofThat;
        }

        if (month == 5 && day is null && year is null && part is null && !IsMonthMay(scan, start - 1))
        {
            return false; // "May" is also a modal verb
        }

        // "halted once more that October", "in that March": the month of the story's last date, "that" joining the span.
        if (day is null && year is null && part is null && scan.Is(start - 1, "that") && PointsBackToMonth(scan, start - 1, end)
            && scan.Context.LastDate is { } storyDate)
        {
            year = scan.Context.LastDateIsYear ? storyDate.Year : NearestYearAround(storyDate, month);
            start--;
        }

        var resolvedYear = year ?? (scan.Words.Relatives.ContainsKey(scan.Word(start - 1)) ? null : RangeEndYear(scan, start, end, month))
            ?? ClosingEndYear(scan, start, month, day) ?? ResolveYear(scan, ref start, end, month, day, part);
        expression = Build(scan, start, end, month, day, resolvedYear, part);
        return true;
    }

    /// <summary>The year a date without one from token <paramref name="start"/> to <paramref name="end"/> takes from the date that
    /// closes its range ("from 3 March to 9 April 2021", "between August and October 2022", "from Nov. 20 to Jan. 4, 2023": a later
    /// month than the closing one is the year before's; after a range-start word the closing date lends the year it is read with
    /// even when none is written, "from April to September") or the pair it opens ("in June and July 2022"; a pair takes the closing year
    /// unchanged unless it runs across the turn of the year, see <see cref="PairAcrossYearEnd"/>), or null when no
    /// <c>range-start</c> word stands right before it and no <c>pair</c> word after it, or no <c>range-end</c> word and a date
    /// naming its year follow it.</summary>
    internal static int? RangeEndYear(in TimeScan scan, int start, int end, int month)
    {
        var joiner = scan.CueAt(end);
        var range = (scan.CueAt(start - 1) & TimeCue.RangeStart) != 0;
        if ((!range && (joiner & TimeCue.Pair) == 0) || (joiner & TimeCue.RangeEnd) == 0)
        {
            return null;
        }

        if (!(DayFirstDateRule.TryReadWithYear(scan, end + 1, out var closingMonth, out var year) || TryReadWithYear(scan, end + 1, out closingMonth, out year)))
        {
            // "from April to September" with no year written: the first end does not come after the closing one as read.
            if (!range || !TryRead(scan, end + 1, out var closing, out _) || closing.Scope.Start is not { } closingStart)
            {
                return null;
            }

            (closingMonth, year) = (closingStart.Month, closingStart.Year);
        }

        return month > closingMonth && (range || closingMonth + MonthsPerYear - month <= PairAcrossYearEnd) ? year - 1 : year;
    }

    /// <summary>The year of a month or day without one that closes a range whose opening end, a whole month before a month or a
    /// single day before a day, read just before the <c>range-end</c> word at token <paramref name="start"/> - 1, has its year: the first such month or day not before the
    /// opening ("covers September to December" told in July is this December, though a bare December five months ahead reads as
    /// last year's; "from Nov. 20 to Jan. 4" runs into the next year). A <c>pair</c> word ("and") closes a range only after
    /// "between" ("between April 1 and July 15"): "in March and January" lists two months in no set order. Null when no such
    /// opening stands right before the word.</summary>
    internal static int? ClosingEndYear(in TimeScan scan, int start, int month, int? day)
    {
        var joiner = scan.CueAt(start - 1);
        if (start < 2 || (joiner & TimeCue.RangeEnd) == 0 || scan.Output.Count == 0
            || scan.Output[^1] is not { Kind: TimeExpressionKind.Date, Scope: { Start: { } opening, End: { } openingEnd } } previous
            || previous.Span.End != scan.Token(start - 2).Span.End
            || (day is null ? opening.Day != 1 || openingEnd != new DateOnly(opening.Year, opening.Month, DateTime.DaysInMonth(opening.Year, opening.Month)) : opening != openingEnd))
        {
            return null; // "an update Monday to March's payroll count": a day does not open a range of months
        }

        if ((joiner & TimeCue.Pair) != 0)
        {
            var before = start - 2;
            while (before >= 0 && scan.Token(before).Span.Start >= previous.Span.Start)
            {
                before--;
            }

            if (!scan.Is(before, "between"))
            {
                return null;
            }
        }

        var earlier = day is { } d ? month < opening.Month || (month == opening.Month && d < opening.Day) : month < opening.Month;
        return earlier ? opening.Year + 1 : opening.Year;
    }

    /// <summary>How many months apart the two months of a pair may lie across the turn of the year for the first to take the year
    /// before the closing one ("in December and January 2023"); further apart the pair is out of order, not across it ("in March
    /// and February 2021" is 2021's).</summary>
    private const int PairAcrossYearEnd = 2;

    private const int MonthsPerYear = 12;

    // A month named first with its year at token `at`: "June 28, 2022", "June 2023".
    private static bool TryReadWithYear(in TimeScan scan, int at, out int month, out int year)
    {
        month = year = 0;
        if (!TryRead(scan, at, out var closing, out var closingEnd) || closing.Scope.Start is not { } first || !HasYearWritten(scan, at + 1, closingEnd))
        {
            return false;
        }

        (month, year) = (first.Month, first.Year);
        return true;
    }

    /// <summary>Whether a year is written, in figures or spoken, at a token from <paramref name="from"/> up to
    /// <paramref name="end"/> (excluded): the date read there names its year rather than taking one.</summary>
    internal static bool HasYearWritten(in TimeScan scan, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (YearRule.TryYear(scan, k, out _, 1000, CalendarMath.MaxYear) || SpokenYearRule.TryRead(scan, k, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The year of a day written before its month without a year, from token <paramref name="start"/> to
    /// <paramref name="end"/> ("On 14 November, the harbour minister set out new fees"): read from the words around it as "Nov. 14" is, so
    /// the two spellings of one day take one year.</summary>
    internal static int? YearOfDayFirst(in TimeScan scan, int start, int end, int month, int day) =>
        ResolveYear(scan, ref start, end, month, day, part: null);

    /// <summary>The year of a month named without one, as near the reference date as the words allow.</summary>
    public static int? NearestYear(DateOnly? reference, int month, bool preferFuture)
    {
        if (reference is not { } r)
        {
            return null;
        }

        if (preferFuture)
        {
            return month < r.Month ? r.Year + 1 : r.Year;
        }

        // The nearest such month, looking back up to seven months and ahead up to four ("January" in late October is next year's).
        var delta = month - r.Month;
        return delta > MonthsAhead ? r.Year - 1 : delta < -(11 - MonthsAhead) ? r.Year + 1 : r.Year;
    }

    /// <summary>The first and last day of the early (1–10), middle (11–20) or late (21–end) part of a month.</summary>
    public static (DateOnly Start, DateOnly End) PartDays(string part, DateOnly first, DateOnly last) => part switch
    {
        "early" => (first, first.AddDays(9)),
        "mid" => (first.AddDays(10), first.AddDays(19)),
        _ => (first.AddDays(20), last),
    };

    // [part[-]] Month: "October", "early October", "mid-October", "late - October".
    private static bool TryName(in TimeScan scan, ref int i, out string? part, out int month, out int nameLength)
    {
        var word = scan.Word(i);
        part = null;
        month = 0;
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && scan.Words.Parts.TryGetValue(word[..hyphen], out var hyphenPart))
        {
            part = hyphenPart;
            word = word[(hyphen + 1)..];
        }
        else if (scan.Words.Parts.TryGetValue(word, out var separatePart))
        {
            part = separatePart;
            i++;
            if (scan.Word(i) is "-")
            {
                i++;
            }

            word = scan.Word(i);
        }

        nameLength = word.Length;
        return !word.IsEmpty && char.IsUpper(word[0]) && scan.Words.Months.TryGetValue(word, out month);
    }

    // A day of the month after the name: "17", "17th", "eighth", "twenty-first"; not "17-year" or "5.5".
    private static int? ReadDay(in TimeScan scan, ref int end)
    {
        if (ReadOrdinalWordDay(scan, end) is { } wordDay)
        {
            end++;
            return wordDay;
        }

        if (!scan.IsNumber(end) || scan.Word(end).ContainsAny(",.") || !int.TryParse(scan.Word(end), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || day is < 1 or > 31 || (scan.IsJoined(end + 1) && scan.IsWord(end + 1) && !IsOrdinalSuffix(scan.Word(end + 1))))
        {
            return null;
        }

        end++;
        if (scan.IsJoined(end) && IsOrdinalSuffix(scan.Word(end)))
        {
            end++;
        }

        return day;
    }

    // A day spelled as an ordinal word ("March eighth", "July twenty-first"); not one that counts a period after the month
    // ("the March third quarter", "in April second half"), nor one joined to a word ("June first-round").
    private static int? ReadOrdinalWordDay(in TimeScan scan, int at)
    {
        var word = scan.Word(at);
        if (!scan.IsWord(at) || scan.IsCapitalised(at) || (scan.IsJoined(at + 1) && scan.IsWord(at + 1)) || scan.Words.Units.ContainsKey(scan.Word(at + 1))
            || scan.Is(at + 1, "half"))
        {
            return null;
        }

        var hyphen = word.IndexOf('-');
        if (!scan.Words.DayOrdinals.TryGetValue(hyphen > 0 ? word[(hyphen + 1)..] : word, out var day))
        {
            return null;
        }

        if (hyphen > 0)
        {
            // "twenty-first": the tens before the hyphen.
            if (!scan.Words.NumberWords.TryGetValue(word[..hyphen], out var tens) || tens is not (20 or 30) || day > 9)
            {
                return null;
            }

            day += (int)tens;
        }

        return day is >= 1 and <= 31 ? day : null;
    }

    // The year after the month or day: "2024", ", 2024", "nineteen ninety-six"; after a day any four-digit year ("Dec. 31, 9999").
    private static int? ReadYear(in TimeScan scan, ref int end, bool afterDay)
    {
        var yearAt = scan.Word(end) is "," ? end + 1 : end;
        if (YearRule.TryYear(scan, yearAt, out var year, afterDay ? 1000 : YearRule.MinBareYear, afterDay ? CalendarMath.MaxYear : YearRule.MaxBareYear))
        {
            end = yearAt + 1;
            return year;
        }

        if (SpokenYearRule.TryRead(scan, yearAt, out var spoken))
        {
            end = yearAt + 2;
            return spoken;
        }

        return null;
    }

    // "in May", "last May", "early May", "since May", "by May": a preposition, a relative word or a part before "May"; or "May"
    // opening a range of months ("from May to August", "between May and July": a range-start word before it, a range-end word
    // and another month after it), where neither the modal nor a name ("a letter from May to the board") fits.
    private static bool IsMonthMay(in TimeScan scan, int before) =>
        scan.Is(before, "in") || scan.Is(before, "since") || scan.Is(before, "by")
        || scan.Words.Relatives.ContainsKey(scan.Word(before)) || scan.Words.Parts.ContainsKey(scan.Word(before))
        || ((scan.CueAt(before) & TimeCue.RangeStart) != 0 && (scan.CueAt(before + 2) & TimeCue.RangeEnd) != 0
            && scan.IsCapitalised(before + 3) && scan.Words.Months.ContainsKey(scan.Word(before + 3)));

    // The year of a month named without one: "last/this/next" before it, forward words ("by December", "will … in March"), a verb in the past just before it ("ruled on Jan. 5", "was founded in March") or, for a month without a day, the nearest tense earlier in its clause, the
    // verb after it when it opens the clause ("In January, the firm sold…"), or the nearest. A relative word before it joins the span.
    private static int? ResolveYear(in TimeScan scan, ref int start, int end, int month, int? day, string? part)
    {
        // "had led in the polls until early September": a forward word after a clause in the past perfect looks back, and so does one
        // opening a clause whose verb is in the past ("By June 26 the toll had reached 63").
        var forward = (scan.CueAt(start - 1) & TimeCue.Forward) != 0;
        var after = TenseCues.DirectionAfterOpening(scan, start, end);
        // So does one whose date a clause in the past right after it tells of ("until April 9, when a new notice moved it"), and a
        // "by" after a verb in the past earlier in its clause ("the forms reached the office by Jan. 31"; "until" after one may
        // still look ahead: "postponed the vote until March 3").
        var passed = forward && (TenseCues.PastPerfectBefore(scan, start - 1) || after < 0 || TenseCues.PastClauseAfter(scan, end)
            || (scan.Is(start - 1, "by") && TenseCues.DirectionEarlierInClause(scan, start - 1) < 0));
        var preferFuture = (forward && !passed) || TenseCues.FutureBefore(scan, start);
        if (part is null && scan.Words.Relatives.TryGetValue(scan.Word(start - 1), out var relative))
        {
            start--;
            return scan.Reference is not { } r ? null
                : relative switch { < 0 => month < r.Month ? r.Year : r.Year - 1, > 0 => month > r.Month ? r.Year : r.Year + 1, _ => r.Year };
        }

        var verbAt = scan.Is(start - 1, "on") || scan.Is(start - 1, "in") ? start - 2 : start - 1;
        // A day is often a date set ahead ("payable Dec. 1", "was extended to Nov. 16"): only a tense earlier in its clause with
        // "on" before the day dates it ("the ferry docked at the north pier on Jan. 14" is the last Jan. 14, "will hold a memorial
        // for victims and rescuers on Sept. 1" the next Sept. 1).
        var earlier = day is null || scan.Is(start - 1, "on") ? TenseCues.DirectionEarlierInClause(scan, start) : 0;
        // A plan earlier in the clause of a month without a day points it ahead ("is due to end in November", "plans to publish
        // the report in June"), unless a verb in the past stands close before it ("approved the plan in May").
        // A day after a plan in the present that opens its verb is ahead as after "will" ("is due to close on Dec. 1").
        var presentPlan = day is not null && TenseCues.PresentPlanBefore(scan, start);
        var presentFuture = day is not null && TenseCues.PresentFutureBefore(scan, start);
        preferFuture |= after > 0 || earlier > 0
            || (day is null && earlier == 0 && TenseCues.PlanBefore(scan, start) && !TenseCues.PastBefore(scan, start))
            || presentPlan;
        if ((OpeningYear(scan, start, month, wholeYear: !preferFuture) ?? (preferFuture ? null : ClauseYear(scan, start)) ?? SeasonYear(scan, month)) is { } framed)
        {
            return framed;
        }

        if (preferFuture && day is { } ahead && DayAheadOfPastDay(scan, month, ahead, presentFuture, presentPlan) is { } reported)
        {
            return reported;
        }

        // A day far from the reference date that frames the sentence stands for it: a verb in the past tells of that day, not of the
        // month, which is the one nearest that day unless a future word points it ahead.
        if (FarDateInSentence(scan, start, toldFromNow: presentFuture || presentPlan) is { } framing)
        {
            return preferFuture ? NearestYear(framing, month, preferFuture) : NearestYearAround(framing, month);
        }

        // A future earlier in the clause ("will collect their medals and diplomas on Dec. 10") tells of no past story.
        if (!TenseCues.FutureBefore(scan, start) && !(TenseCues.PlanBefore(scan, start) && !TenseCues.PastBefore(scan, start))
            && TenseCues.DirectionEarlierInClause(scan, start) <= 0 && NarrativeYear(scan, month, day) is { } told)
        {
            return told;
        }

        // "since" before the reference date's own month counts from a year back ("the highest since October" in a report of
        // October), and before a day of that month only when the day lies after the reference date's ("since Oct. 28" told on Oct.
        // 21; "since Oct. 3" is this October's).
        if (!preferFuture && (passed || TenseCues.IsPastVerb(scan, verbAt) || after < 0 || earlier < 0) && scan.Reference is { } past)
        {
            return month > past.Month || (month == past.Month && scan.Is(start - 1, "since") && (day is null || day > past.Day))
                ? past.Year - 1 : past.Year;
        }

        // After a day written with its year ahead of the reference date ("the final is due on March 8, 2025"), the document
        // is a calendar of things to come: a month with no tense of its own is the next one ("the first derby comes on Dec. 14"),
        // unless a verb in the past stands before it in its clause ("lost to Vorland on June 14"). So is a day after a day ahead of
        // the reference date named earlier in its clause, as for a holiday: "two sailings start from Nov. 4, with a third each
        // Friday from March 7" told in October is the coming March 7, not the one seven months back; "season tickets on sale up to Nov. 4;
        // on Oct. 2 the club opened a second stand" starts a clause of its own after the semicolon.
        var calendarAhead = scan.Reference is { } now && !TenseCues.PastBefore(scan, start)
            && ((scan.Context.LastDayWithYear is { } written && written > now)
                || (day is not null && scan.Context.DateInSentence is { } named && named > now && named == scan.Context.LastCalendarDay
                    && !ClauseBreakSinceDay(scan, named, start)));
        return NearestYear(scan.Reference, month, preferFuture || calendarAhead);
    }

    // Whether a semicolon or colon stands between the last date found on day `day` and token `start`, or no such date is found.
    private static bool ClauseBreakSinceDay(in TimeScan scan, DateOnly day, int start)
    {
        for (var e = scan.Output.Count - 1; e >= 0; e--)
        {
            if (scan.Output[e] is { Kind: TimeExpressionKind.Date, Scope.Start: { } first } named && first == day)
            {
                for (var k = start - 1; k >= 0 && scan.Token(k).Span.Start >= named.Span.End; k--)
                {
                    if (scan.Word(k) is ";" or ":")
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return true;
    }

    // Whether the "that" at `that` before a month is a demonstrative, not the conjunction of "said that October was wet": it opens
    // the sentence, follows a preposition ("in that March", "by that June") or the month ends its clause ("halted once more
    // that October, when …"). `end` is the token after the month.
    private static bool PointsBackToMonth(in TimeScan scan, int that, int end) =>
        that == 0 || scan.Is(that - 1, "in") || scan.Words.DayPrepositions.ContainsKey(scan.Word(that - 1))
        || end >= scan.Count || scan.Word(end) is "," or "." or ";" or ":";

    // The year of the month nearest a framing day, as far ahead as back: "might run into February" told on Oct. 19 is the next year's.
    private static int NearestYearAround(DateOnly day, int month)
    {
        var delta = month - day.Month;
        return delta > 6 ? day.Year - 1 : delta < -6 ? day.Year + 1 : day.Year;
    }

    /// <summary>How many days after the last day named a day without a year may lie and still be read as the next step of its
    /// story.</summary>
    internal const int NarrativeDays = 62;

    /// <summary>How many days before the reference date a day without a year may lie and still be read from the reference date
    /// after a far day: the weeks just before a report are what it is most often about.</summary>
    private const int RecentDays = 42;

    // A day without a year told after a single day that lies far from the reference date follows it when it falls in the weeks
    // after it: in a report of June 2025, "… the dam burst on Aug. 9, 2019. Rescuers reached the valley on Aug. 12" goes on in
    // 2019, and "Feb. 2" after "Jan. 18" in the same year, "Jan. 5" after "Dec. 28" in the next. Not a day a future or plan word
    // points ahead (the caller checks), nor one that falls in the six weeks before the reference date ("was founded on May 2,
    // 1987. Police searched its offices on June 3" in that report) unless its sentence names what a disaster leaves behind
    // ("… sank on May 20, 2016. Divers found the wreck on June 3": the days right after the event) and it is not the far day's
    // own date (an anniversary), or the far day was itself told without its year, so the story already runs in that year ("ran
    // from Dec. 7, 2023, to Monday, Dec. 11. The lists came out on Dec. 14" in a report of January 2025): those, a day before the
    // last one, or one long after it are read from the reference date as before.
    private static int? NarrativeYear(in TimeScan scan, int month, int? day)
    {
        if (day is not { } dayOfMonth || scan.Context.LastCalendarDay is not { } last || scan.Reference is not { } reference
            || Math.Abs(last.DayNumber - reference.DayNumber) <= FarDays)
        {
            return null;
        }

        var aftermath = IsRecent(reference, month, dayOfMonth);
        if (aftermath && !NamesAftermath(scan) && scan.Context.LastDayWithYear == last)
        {
            return null;
        }

        for (var year = last.Year; year <= last.Year + 1; year++)
        {
            if (CalendarMath.Date(year, month, dayOfMonth) is { } date && (aftermath ? date > last : date >= last)
                && date.DayNumber - last.DayNumber <= NarrativeDays)
            {
                return year;
            }
        }

        return null;
    }

    // A day set ahead in a sentence whose last time before it is a past day is told from that day: "Officials in Vorland said on
    // Sept. 1 that the ferry would resume on Sept. 17", in a report of November, is the Sept. 17 after Sept. 1, not the next one
    // after the report. A sentence with no time before the day goes on from the last single day the sentences before it named ("The assembly
    // voted on Sept. 5. The vote came ahead of the Sept. 20 deadline."), when that day lies within FarDays before the reference date
    // ("The tunnel opened on Aug. 9, 2019. Its owners will double the toll on Sept. 1" points ahead of the report). Only a day
    // within the weeks after the named one and before the reference date, and not one that a future told from the time of the
    // report points ahead ("The museum opened on Nov. 20. It will hold a gala on Dec. 15", in a report of March, is the coming
    // Dec. 15), nor one after a plan in the present when the day named lies more than FarDays back ("The pier, which opened on
    // Nov. 4, 2018, is due to close on Dec. 1" is the coming Dec. 1; "said on Jan. 3 that the ferry is due to resume on Jan. 17"
    // is told from Jan. 3); any other is read from the reference date as before.
    // `presentFuture`, `presentPlan`: whether a future or a plan in the present told from the time of the report points the day ahead.
    private static int? DayAheadOfPastDay(in TimeScan scan, int month, int day, bool presentFuture, bool presentPlan)
    {
        if (presentFuture)
        {
            return null;
        }

        var carried = scan.Output.Count == 0;
        var before = carried ? scan.Context.LastCalendarDay : LastDayInSentence(scan);
        if (scan.Reference is not { } reference || before is not { } named || named >= reference
            || ((carried || presentPlan) && reference.DayNumber - named.DayNumber > FarDays))
        {
            return null;
        }

        for (var year = named.Year; year <= named.Year + 1; year++)
        {
            if (CalendarMath.Date(year, month, day) is { } date && date > named && date.DayNumber - named.DayNumber <= NarrativeDays)
            {
                return date < reference ? year : null;
            }
        }

        return null;
    }

    // The last time found earlier in the sentence when it is a single day: not when another time came after it ("Last year, the fair
    // began on Feb. 20; this year it will begin on Feb. 25").
    private static DateOnly? LastDayInSentence(in TimeScan scan) =>
        scan.Output is [.., { Kind: TimeExpressionKind.Date, Scope: { Start: { } first, End: { } last } }] && first == last ? first : null;

    // Whether the sentence names what a disaster leaves behind ("the wreck", "the rubble"): a time-aftermath noun.
    private static bool NamesAftermath(in TimeScan scan)
    {
        for (var k = 0; k < scan.Count; k++)
        {
            if (scan.IsWord(k) && scan.Words.Aftermath.ContainsKey(scan.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the day `month`/`day` last came round within RecentDays before the reference date.
    private static bool IsRecent(DateOnly reference, int month, int day)
    {
        for (var year = reference.Year; year >= reference.Year - 1; year--)
        {
            if (CalendarMath.Date(year, month, day) is { } date && date <= reference)
            {
                return reference.DayNumber - date.DayNumber <= RecentDays;
            }
        }

        return false;
    }

    /// <summary>How many days from the reference date a day named earlier in the sentence must lie to frame the months after it.</summary>
    private const int FarDays = 183;

    // The last day or month written with its year (or a day with a weekday that fixes it: "on Saturday, Jan. 7, … on Jan. 21") earlier in the
    // sentence than the month at token `month` ("On Aug. 4, 2021, the Lindenport mayor said the pier might reopen in March" in a
    // report of 2023; "was halted in August 2021 and put off again in October", its first day) when it lies more than half a year
    // from the reference date: the
    // months after it are told from it. Not a day set off by a comma before it and one after it ("The mill, built on 3 May 1950, will
    // shut in June": an aside about something else), nor one counted from the reference date ("a year ago"), nor, for a day that a
    // future or a plan in the present points ahead, one with no reporting verb between ("The pier opened on May 3, 2016 and is
    // due to close on Aug. 1" is the coming Aug. 1; "On May 3, 2016, its owner said the pier will close on Aug. 1" is 2016's),
    // unless that day lies ahead of the reference date too ("a dinner is booked for March 18, 2028, and visitors will be admitted from
    // March 20" told in 2027 is 2028's March 20).
    private static DateOnly? FarDateInSentence(in TimeScan scan, int month, bool toldFromNow)
    {
        if (scan.Reference is not { } reference)
        {
            return null;
        }

        for (var k = scan.Output.Count - 1; k >= 0; k--)
        {
            if (scan.Output[k] is { Kind: TimeExpressionKind.Date, Scope: { Start: { } day, End: { } last, Text: var text } } date
                && (day == last || (DocumentContext.IsMonthValue(date.Value) && DocumentContext.WritesYear(text, day) && !IsBoundMonth(scan, date))))
            {
                return Math.Abs(day.DayNumber - reference.DayNumber) > FarDays
                    && (text.Contains(day.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) || OpensWithWeekday(scan, text))
                    && !IsAside(scan, date, month) && (!toldFromNow || day > reference || IsReportedAfter(scan, date, month))
                    ? day
                    : null;
            }
        }

        return null;
    }

    // Whether a month stands after a bound word ("since March 2020, when …, and in October"): it marks where a span begins or
    // ends, not the time the rest of the sentence tells of.
    private static bool IsBoundMonth(in TimeScan scan, TimeExpression month)
    {
        var at = TokenAfter(scan, month, 0, scan.Count) - 1;
        while (at > 0 && scan.Token(at).Span.Start >= month.Span.Start)
        {
            at--;
        }

        return scan.Token(at).Span.Start < month.Span.Start && DocumentContext.IsBound(scan.Word(at));
    }

    // Whether a date's text opens with a weekday ("Saturday, Jan. 7"): its year is the one in which that day fell on that weekday,
    // as firm as one written out.
    private static bool OpensWithWeekday(in TimeScan scan, string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end < text.Length && scan.Words.Weekdays.ContainsKey(text.AsSpan(0, end));
    }

    // Whether a reporting verb ("said", "told") stands between an expression and token `month`: what follows it is told from
    // the time of the report it names.
    private static bool IsReportedAfter(in TimeScan scan, TimeExpression expression, int month)
    {
        for (var k = month - 1; k >= 0 && scan.Token(k).Span.Start >= expression.Span.End; k--)
        {
            if (scan.Words.ReportingVerbs.ContainsKey(scan.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // The first token from `from` on that starts after `expression` ends, and at most `month` (the month's own token).
    private static int TokenAfter(in TimeScan scan, TimeExpression expression, int from, int month)
    {
        var after = from;
        while (after < month && scan.Token(after).Span.Start < expression.Span.End)
        {
            after++;
        }

        return after;
    }

    // The years a count before "later" earlier in the sentence moves its dates on ("Five years later", 5), or 0 when there is none or
    // a date after it names its own year ("Three years later, in May 2014, … June of that year" is 2014's June). "Two years earlier"
    // needs no count here: it is read as a date of its own ("ago"), which the year of "of that year" already follows.
    private static int YearsLaterBefore(in TimeScan scan, int month)
    {
        var years = 0;
        foreach (var found in scan.Output)
        {
            if (found.Span.End > scan.Token(month).Span.Start)
            {
                continue;
            }

            if (found.Kind == TimeExpressionKind.Date)
            {
                years = 0;
            }
            else if (found.Kind == TimeExpressionKind.Duration && found.Value.Length >= 3 && found.Value[0] == 'P' && found.Value[^1] == 'Y'
                && int.TryParse(found.Value.AsSpan(1, found.Value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && scan.Is(TokenAfter(scan, found, 0, month), "later"))
            {
                years = count;
            }
        }

        return years;
    }

    // Whether an expression before token `month` stands between commas: one before it in the sentence and one just after it.
    private static bool IsAside(in TimeScan scan, TimeExpression expression, int month)
    {
        var after = TokenAfter(scan, expression, 0, month);

        if (!scan.Is(after, ","))
        {
            return false;
        }

        for (var i = 0; i < month && scan.Token(i).Span.End <= expression.Span.Start; i++)
        {
            if (scan.Is(i, ","))
            {
                return true;
            }
        }

        return false;
    }

    // A whole year that opens the sentence frames the months after it in its own clause: "Last year, the university opened on
    // Feb. 20", "In 2019, the mill shut in March and reopened in June", and so does the first time of the sentence when it is a
    // year naming an edition ("The 2017 fair opened on Aug. 9", see NamesEdition); so does a month of a year for a day of that same month
    // ("In March 2019, a ferry sank off Vorland on March 4"; another month of such a year lying far from the reference date is
    // told from it by FarDateInSentence), even after a forward word ("In May
    // 2018 the river rose, and by May 20 …": the day lies inside the month named). Not a possessive ("Last year's deficit … by
    // June"), nor past a semicolon or another year named between ("…; this year it will open on Feb. 25"); a whole year frames
    // only when `wholeYear` says so (the caller's month is not pointed ahead by a future, plan or forward word). `month` is the
    // token of the month's name, `monthNumber` its number.
    private static int? OpeningYear(in TimeScan scan, int month, int monthNumber, bool wholeYear)
    {
        if (scan.Output.Count == 0 || scan.Output[0] is not { Kind: TimeExpressionKind.Date, Scope.Start: { } first } opening
            || !((wholeYear && IsWholeYear(opening)) || IsMonthOfYear(opening, monthNumber)))
        {
            return null;
        }

        var at = scan.Is(0, "in") ? 1 : 0;
        if (opening.Span.Start != scan.Token(at).Span.Start && !(wholeYear && IsWholeYear(opening) && NamesEdition(scan, opening, month)))
        {
            return null;
        }

        var after = TokenAfter(scan, opening, at, month);

        if (scan.IsPossessive(after))
        {
            return null;
        }

        for (var i = after; i < month; i++)
        {
            if (scan.Is(i, ";"))
            {
                return null;
            }
        }

        for (var k = 1; k < scan.Output.Count; k++)
        {
            if (scan.Output[k].Span.Start < scan.Token(month).Span.Start && IsWholeYear(scan.Output[k]))
            {
                return null;
            }
        }

        return first.Year;
    }

    // Whether a whole year is written between "the" and an edition noun (time-edition-noun), naming one edition of something ("The
    // 2017 fair opened on Aug. 9", "Tickets for the 2019 season, held from March 30"): the months after it are that edition's;
    // not "5% below the 2019 level in May". `month` is the token of the month's name.
    private static bool NamesEdition(in TimeScan scan, TimeExpression year, int month)
    {
        var after = TokenAfter(scan, year, 0, month);
        return after >= 2 && after < month && scan.Is(after - 2, "the") && scan.IsWord(after) && !scan.IsCapitalised(after)
            && scan.Words.EditionNouns.ContainsKey(scan.Word(after));
    }

    // A whole year right before a word that opens a clause told of it frames the months after it in that clause: "since 2011, when
    // the first snow fell on Jan. 19" and "in 1998, when the mill shut in March" are that year's. Only when the year is the last time
    // named before the month and no semicolon stands between; the caller leaves out a month a future, plan or forward word points
    // ahead. `month` is the token of the month's name.
    private static int? ClauseYear(in TimeScan scan, int month)
    {
        if (scan.Output is not [.., { Scope.Start: { } first } year] || !IsWholeYear(year))
        {
            return null;
        }

        var after = TokenAfter(scan, year, 0, month);

        if (scan.Is(after, ","))
        {
            after++;
        }

        if (after >= month || !scan.IsWord(after) || !scan.Words.YearClauses.ContainsKey(scan.Word(after)))
        {
            return null;
        }

        for (var i = after + 1; i < month; i++)
        {
            if (scan.Is(i, ";"))
            {
                return null;
            }
        }

        return first.Year;
    }

    // A season of a written year named last before a month that falls inside it frames the month: "clocks will fall back in the
    // autumn of 2024, on Nov. 3" is 2024's Nov. 3, "in the summer of 1998, in August" 1998's August. Winter spans two years, so
    // only its December is framed. `monthNumber` is the month's number.
    private static int? SeasonYear(in TimeScan scan, int monthNumber)
    {
        if (scan.Output is not [.., { Kind: TimeExpressionKind.Date, Value: { Length: 7 } value, Scope.Text: var text }] || value[4] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !text.Contains(value.AsSpan(0, 4), StringComparison.Ordinal))
        {
            return null;
        }

        var season = value.AsSpan(5);
        return season.SequenceEqual(TimeValues.SeasonOfMonth(monthNumber)) && (season is not "WI" || monthNumber == 12) ? year : null;
    }

    // A month of a year that is month `monthNumber`: "March 2019" (2019-03) for a day of March.
    private static bool IsMonthOfYear(TimeExpression expression, int monthNumber) =>
        expression.Kind == TimeExpressionKind.Date && expression.Scope is { Start: { } from, End: { } to }
        && expression.Value.Length == 7 && from.Month == monthNumber && to.Month == monthNumber && from.Day == 1
        && to.Day == DateTime.DaysInMonth(to.Year, to.Month);

    private static bool IsWholeYear(TimeExpression expression) =>
        expression.Kind == TimeExpressionKind.Date && TimeValues.IsYear(expression.Value);

    private static TimeExpression Build(in TimeScan scan, int start, int end, int month, int? day, int? year, string? part)
    {
        var span = scan.SpanOf(start, end);
        var text = span.Slice(scan.Text).ToString();
        if (day is { } d && year is { } y && CalendarMath.Date(y, month, d) is { } date)
        {
            return new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(date, date, text, span), TimeValues.Day(date));
        }

        if (year is { } monthYear && CalendarMath.Date(monthYear, month, 1) is { } first && CalendarMath.LastOfMonth(monthYear, month) is { } last)
        {
            var (from, to) = part is null ? (first, last) : PartDays(part, first, last);
            return new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(from, to, text, span), TimeValues.Month(monthYear, month));
        }

        var value = day is { } unknownYearDay
            ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{unknownYearDay:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");
        return new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(null, null, text, span), value);
    }

    /// <summary>Whether <paramref name="word"/> is the ending of a day written as an ordinal ("8th", "22nd").</summary>
    internal static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A range of parts of one month: "between early and mid-October", "early to mid-October".</summary>
internal sealed class MonthPartRangeRule : TimeRule
{
    public static readonly MonthPartRangeRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Parts).Append("between");

    public override int Match(in TimeScan scan, int i)
    {
        var between = scan.Is(i, "between");
        var firstPart = between ? i + 1 : i;
        if (!scan.Words.Parts.TryGetValue(scan.Word(firstPart), out var part)
            || !(between ? scan.Word(i + 2) is "and" : scan.Word(i + 1) is "to" or "and")
            || !MonthRule.TryRead(scan, firstPart + 2, out var second, out var end))
        {
            return NoMatch;
        }

        var span = scan.SpanOf(i, end);
        var scope = second.Scope with { Text = span.Slice(scan.Text).ToString(), Span = span };
        if (second.Scope.Start is { } secondStart)
        {
            var first = new DateOnly(secondStart.Year, secondStart.Month, 1);
            scope = scope with { Start = MonthRule.PartDays(part, first, first.AddDays(DateTime.DaysInMonth(first.Year, first.Month) - 1)).Start };
        }

        scan.Output.Add(new TimeExpression(span, TimeExpressionKind.Date, scope, second.Value));
        return end;
    }
}

/// <summary>The week a day falls in: "the week of March 6" (TimeML "2000-W10"); a whole week placed inside a month by an ordinal
/// (<c>time-week-of-month</c>): "the first week of April", "the final week of June" (counted in ISO weeks whose Thursday falls
/// in the month, so that most of the week's days do).</summary>
internal sealed class WeekOfDateRule : TimeRule
{
    public static readonly WeekOfDateRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    public override int Match(in TimeScan scan, int i)
    {
        if (scan.Words.WeeksOfMonth.TryGetValue(scan.Word(i + 1), out var ordinal))
        {
            return WeekOfMonth(scan, i, ordinal);
        }

        if (!scan.Is(i + 1, "week") || !scan.Is(i + 2, "of") || !MonthRule.TryRead(scan, i + 3, out var dated, out var end)
            || dated.Scope is not { Start: { } day, End: { } last } || day != last || CalendarMath.MondayOf(day, 0) is not { } monday)
        {
            return NoMatch;
        }

        return scan.Emit(i, end, TimeExpressionKind.Date, monday, CalendarMath.AddDays(monday, 6), TimeValues.IsoWeek(day));
    }

    // "the first week of April" (`ordinal` 1) and "the last week of June" (-1): the ISO week of the month's first (or nth) or last
    // Thursday, the month named after "of".
    private static int WeekOfMonth(in TimeScan scan, int i, int ordinal)
    {
        if (!scan.Is(i + 2, "week") || !scan.Is(i + 3, "of") || !MonthRule.TryRead(scan, i + 4, out var month, out var end)
            || month.Value.Length != 7 || month.Scope is not { Start: { } first, End: { } last })
        {
            return NoMatch;
        }

        var thursday = ordinal > 0
            ? CalendarMath.AddDays(first, ((DayOfWeek.Thursday - first.DayOfWeek + 7) % 7) + (7 * (ordinal - 1)))
            : CalendarMath.AddDays(last, -((last.DayOfWeek - DayOfWeek.Thursday + 7) % 7));
        return thursday is { } t && t <= last && CalendarMath.MondayOf(t, 0) is { } monday
            ? scan.Emit(i, end, TimeExpressionKind.Date, monday, CalendarMath.AddDays(monday, 6), TimeValues.IsoWeek(monday))
            : NoMatch;
    }
}
