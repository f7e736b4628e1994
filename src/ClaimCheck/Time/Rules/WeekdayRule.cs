namespace ClaimCheck.Time.Rules;

/// <summary>Weekdays: "Monday", "last Friday", "this Monday", "next Tuesday", "Wednesday night", "Monday, Oct. 14", "Tuesday 23 July" and "Saturday (4 June)" (a date
/// without a year in the year whose calendar agrees with the weekday), "Monday last week", "each Thursday", "every Tuesday morning"; and as recurring times "Sundays", "Tuesday nights". A bare weekday is the latest one up to the reference date unless
/// the clause points forward ("will meet on Monday", "planned to leave on Thursday", "On Monday, the board will meet") or its
/// sentence already named a day ahead ("will close on Friday ahead of a holiday on Monday"); "the
/// previous Friday" is the one before the last day the document named.</summary>
internal sealed class WeekdayRule : TimeRule
{
    public static readonly WeekdayRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Weekdays).SelectMany(day => new[] { day, day + "s" });

    public override int Match(in TimeScan scan, int i)
    {
        if (!scan.IsCapitalised(i))
        {
            return NoMatch;
        }

        var word = scan.Word(i);
        if (!scan.Words.Weekdays.TryGetValue(word, out var weekday))
        {
            // "on Sundays", "On Sundays, …": every Sunday (not a title, "Fridays for Future", nor "the Sundays", the papers). A capital
            // opening the sentence makes no title.
            return word.Length > 1 && word[^1] == 's' && scan.Words.Weekdays.TryGetValue(word[..^1], out weekday)
                && !(scan.IsInTitle(i) && i > 1) && !scan.Is(i - 1, "the")
                && !(scan.Is(i + 1, "for") && scan.IsCapitalised(i + 2))
                ? scan.Emit(i, i + 1, TimeExpressionKind.Set, null, null, "XXXX-WXX-" + weekday)
                : NoMatch;
        }

        if (scan.Is(i - 1, "each") || scan.Is(i - 1, "every"))
        {
            // "every Tuesday morning": that part of every such day.
            return scan.Words.DayParts.TryGetValue(scan.Word(i + 1), out var eachPart)
                ? scan.Emit(i - 1, i + 2, TimeExpressionKind.Set, null, null, "XXXX-WXX-" + weekday + eachPart)
                : scan.Emit(i - 1, i + 1, TimeExpressionKind.Set, null, null, "XXXX-WXX-" + weekday);
        }

        // "Tuesday nights", "Saturday mornings": that part of every such day.
        if (PluralDayPart(scan, scan.Word(i + 1)) is { } everyPart)
        {
            return scan.Emit(i, i + 2, TimeExpressionKind.Set, null, null, "XXXX-WXX-" + weekday + everyPart);
        }

        // "on Wednesday and Thursday nights", "Friday or Saturday evenings": the plural part after the second weekday is the first
        // one's too, so the first names that part of every such day as well ("last Wednesday and Thursday nights" is left alone).
        if ((scan.Is(i + 1, "and") || scan.Is(i + 1, "or")) && scan.IsCapitalised(i + 2) && scan.Words.Weekdays.ContainsKey(scan.Word(i + 2))
            && PluralDayPart(scan, scan.Word(i + 3)) is { } sharedPart && !scan.Words.Relatives.ContainsKey(scan.Word(i - 1)))
        {
            return scan.Emit(i, i + 1, TimeExpressionKind.Set, null, null, "XXXX-WXX-" + weekday + sharedPart);
        }

        var start = i;
        var direction = 0;
        var named = false;
        if (scan.Words.Relatives.TryGetValue(scan.Word(i - 1), out var relative))
        {
            start--;
            direction = relative;
            named = true;
            if (relative != 0 && scan.Is(start - 1, "this"))
            {
                start--; // "this coming Sunday", "this past Friday"
            }
        }
        else if (scan.Is(i - 1, "following") && scan.Is(i - 2, "the"))
        {
            // "the following Monday": the one after the last day named, as "the next Monday" is ("following Monday's vote" is not).
            start--;
            direction = 1;
            named = true;
        }

        // "that Sunday": the Sunday the document named last, with its date if it gave one ("on Sunday, Nov. 17 … at 8 p.m. that
        // Sunday"); only after a preposition or right after a time, as "that" after a verb opens a clause ("said that Monday would
        // be quiet").
        DateOnly? thatDay = null;
        if (direction == 0 && scan.Is(i - 1, "that") && PointsBackToADay(scan, i - 1)
            && (scan.Context.WeekdayWithDate(weekday) ?? scan.Context.WeekdayAlone(weekday)) is { } namedDay)
        {
            start--;
            thatDay = namedDay;
        }

        // The verb after a weekday that opens the clause is nearer than a cue before it: "Until Monday, the firm had refused". A
        // weekday in the possessive names the day of an event: a word right before it may put the event ahead ("ahead of Sunday's
        // vote") unless a verb in the past comes shortly before; otherwise the clause's future or plan looks to it ("will attend
        // Monday's summit") unless a verb acting on a settled result governs it ("will appeal Monday's ruling").
        var after = TenseCues.DirectionAfterOpening(scan, start, i + 1);
        var possessive = scan.IsPossessive(i + 1);
        var presentPlan = TenseCues.PresentPlanBefore(scan, start); // "turnout is forecast to top 60% on Sunday", as "will"
        var cuesBefore = possessive && EventAheadRightBefore(scan, start)
            ? !TenseCues.PastBefore(scan, start)
            : (TenseCues.FutureBefore(scan, start) || TenseCues.PlanBefore(scan, start) || presentPlan) && !(possessive && SettledBefore(scan, start));
        // A "will" further back in the clause than the six words a cue is looked for looks to the day too: "will hand out
        // blankets from the tents at the far end of the square on Friday"; a verb in the past or a reporting verb between stops
        // it, and so does a date named earlier in the sentence, which the rules for a second day read first ("will reopen on
        // Friday after a fire on Monday").
        var futureEarlierInClause = !possessive && scan.Context.DateInSentence is null && TenseCues.PresentFutureEarlierInClause(scan, start);
        var planOnly = false;
        if (direction == 0 && after >= 0 && (after > 0 || cuesBefore || futureEarlierInClause || AfterADayAhead(scan, start)))
        {
            direction = 1;
            planOnly = after == 0 && !possessive && !presentPlan && !futureEarlierInClause && !TenseCues.FutureBefore(scan, start)
                && !AfterADayAhead(scan, start);
        }

        // "the previous Friday", "the following Monday": named from the last day the document gave, as "the next day" is.
        var anchor = scan.Reference;
        if (direction != 0 && scan.Is(start - 1, "the"))
        {
            start--;
            anchor = named ? scan.Context.LastDay ?? anchor : anchor;
        }

        // "Monday, Oct. 14", "Saturday (4 June)": the date says which Monday; a bracketed date takes its closing bracket.
        var bracketed = scan.Word(i + 1) is "(";
        var dateAt = scan.Word(i + 1) is "," || bracketed ? i + 2 : i + 1;
        if (TryReadDayAfterWeekday(scan, dateAt, bracketed, out var dated, out var datedEnd))
        {
            dated = InYearOfWeekday(scan, dated, weekday, dateAt, datedEnd, ahead: direction > 0, back: after < 0 || TenseCues.PastBefore(scan, start));
            if (dated.Scope.Start is { } datedDay && CalendarMath.IsoWeekday(datedDay) == weekday)
            {
                scan.Context.SawWeekday(weekday, datedDay, withDate: true);
            }

            datedEnd += bracketed ? 1 : 0;
            var span = scan.SpanOf(start, datedEnd);
            scan.Output.Add(dated with { Span = span, Scope = dated.Scope with { Text = span.Slice(scan.Text).ToString(), Span = span } });
            return datedEnd;
        }

        if (DayFirstAfterWeekday(scan, weekday, dateAt, bracketed) is var (firstDay, firstEnd))
        {
            return scan.EmitDay(start, firstEnd, firstDay, "XXXX-WXX-" + weekday);
        }

        // "Monday last week", "Friday next week": that weekday in the week named after it.
        if (start == i && scan.Is(i + 2, "week") && scan.Words.Relatives.TryGetValue(scan.Word(i + 1), out var weekOffset)
            && scan.Reference is { } weekReference && CalendarMath.MondayOf(weekReference, weekOffset) is { } monday)
        {
            return scan.EmitDay(i, i + 3, CalendarMath.AddDays(monday, weekday - 1), "XXXX-WXX-" + weekday);
        }

        // "Wednesday night": the span grows and the value stays the day's; a `time-weekday-part` ("Wednesday morning", "… evening") keeps its part.
        var end = i + 1;
        var partKept = string.Empty;
        if (scan.Words.DayParts.TryGetValue(scan.Word(end), out var dayPart))
        {
            partKept = scan.Words.WeekdayParts.ContainsKey(scan.Word(end)) ? dayPart : string.Empty;
            end++;
        }

        var looksBack = after < 0 || TenseCues.PastBefore(scan, start);
        // A present perfect tells of an act done, not of a day passed: "The funeral will be held on Monday. The state has made Monday
        // a holiday" names the coming Monday again.
        var namedLooksBack = looksBack && !(after == 0 && TenseCues.PresentPerfectBefore(scan, start));
        var date = thatDay ?? (start == i ? DayOfClockTimeBefore(scan, start, weekday) ?? AfterRangeStart(scan, start, weekday, looksBack)
                ?? AfterFarDayInSentence(scan, weekday, direction) ?? NamedBefore(scan, weekday, direction, namedLooksBack, planOnly) : null)
            ?? (anchor is { } r ? Resolve(r, weekday, direction, named) : null);
        if (start == i && date is { } day)
        {
            scan.Context.SawWeekday(weekday, day, withDate: false);
            if (day > scan.Reference)
            {
                scan.Context.SawWeekdayAhead(weekday, day);
            }
        }

        return partKept.Length == 0
            ? scan.EmitDay(start, end, date, "XXXX-WXX-" + weekday)
            : scan.Emit(start, end, TimeExpressionKind.Time, date, date, (date is { } partOf ? TimeValues.Day(partOf) : "XXXX-WXX-" + weekday) + partKept);
    }

    // The part of the day a plural names ("nights", "mornings": time-day-part without its "s"), or null.
    private static string? PluralDayPart(in TimeScan scan, ReadOnlySpan<char> word) =>
        word.Length > 1 && word[^1] == 's' && scan.Words.DayParts.TryGetValue(word[..^1], out var part) ? part : null;

    /// <summary>How far ahead of the reference date a bare weekday that the clause points forward lies at most: news names a day
    /// further ahead by its date ("runs from Friday, Nov. 17, to Tuesday, Nov. 28 … crowds are expected on Tuesday" in Monday's
    /// report is the Tuesday of that week, not the dated one).</summary>
    private const int MostDaysAheadOfDatedWeekday = 7;

    /// <summary>How many days a weekday named with its date may lie before the reference date, or apart from the last day the
    /// document named, and still be what the story tells of when the same weekday is named again bare; further back, the bare one is
    /// read alone.</summary>
    private const int MostDaysFromDatedWeekdayStillToldAbout = 7;

    // A bare weekday the document already named is that day again: one written with its date ("Lindenport host Vorland on
    // Friday, May 9 … the game on Friday") unless the clause points the other way from the reference date (`looksBack`: a verb
    // in the past, "lost on Saturday" after a final on "Saturday, Dec. 17" ahead) or, when the clause points forward, the dated day
    // lies more than a week ahead (the coming weekday is then meant); and one named alone at or before the reference
    // date when only a plan or possibility points this one forward ("Brenmoor officials said Monday … the missing boat could be
    // found Monday", "was set to start at 11 a.m. Tuesday" the day after), or one named alone ahead of the reference date when
    // the clause does not look back.

    private static DateOnly? NamedBefore(in TimeScan scan, int weekday, int direction, bool looksBack, bool planOnly)
    {
        if (scan.Reference is not { } reference)
        {
            return null;
        }

        if (scan.Context.WeekdayWithDate(weekday) is { } dated
            && (dated > reference ? (direction > 0 || !looksBack) && !(direction > 0 && dated.DayNumber - reference.DayNumber > MostDaysAheadOfDatedWeekday)
                : direction == 0 && StillToldAbout(scan, dated, reference)))
        {
            return dated;
        }

        // One named alone ahead of the reference date is that day again unless the clause looks back: a forecast names its days
        // again and again ("the ferry strike is forecast to begin on Sunday evening … queues should shorten by Sunday"). A plan alone
        // points to the one named ahead, if any, even after the same weekday was named in the past ("classes were called off for
        // Thursday … the storm could strengthen by Thursday").
        if (scan.Context.WeekdayAlone(weekday) is { } alone && (alone > reference ? !looksBack : planOnly))
        {
            return planOnly ? scan.Context.WeekdayAhead(weekday) ?? alone : alone;
        }

        return null;
    }

    // Whether a weekday named with its date `dated`, at or before the reference date, is still what the story tells of: it lies in
    // the week before the reference date, or the last day the document named lies within a week of it. A bare "Tuesday" long after
    // "on Tuesday, Jan. 23, 2024" in a report of January 2025, with days of 2023 and 2013 named between, is last Tuesday.
    private static bool StillToldAbout(in TimeScan scan, DateOnly dated, DateOnly reference) =>
        reference.DayNumber - dated.DayNumber <= MostDaysFromDatedWeekdayStillToldAbout
        || scan.Context.LastDay is not { } lastDay || Math.Abs(lastDay.DayNumber - dated.DayNumber) <= MostDaysFromDatedWeekdayStillToldAbout;

    // "from Wednesday to Friday", "between Monday and Thursday": the weekday that closes a range opened by a weekday is the first
    // such weekday after it ("from Sept. 14 to Thursday" may span weeks and is read alone), unless that day is after the reference
    // date while the clause looks back (`looksBack`): "Brenmoor dockers struck from Monday to Friday" in a Wednesday's report
    // ended on a Friday already past, and the closing weekday is then read alone, as the opening one was.
    private static DateOnly? AfterRangeStart(in TimeScan scan, int start, int weekday, bool looksBack)
    {
        if (start < 3 || (scan.CueAt(start - 1) & TimeCue.RangeEnd) == 0 || scan.Output.Count == 0
            || scan.Output[^1] is not { Kind: TimeExpressionKind.Date or TimeExpressionKind.Time, Scope: { Start: { } opening, End: { } closing } } first
            || opening != closing || first.Span.End != scan.Token(start - 2).Span.End)
        {
            return null;
        }

        var firstStart = start - 2;
        while (firstStart > 0 && scan.Token(firstStart).Span.Start > first.Span.Start)
        {
            firstStart--;
        }

        if (firstStart == 0 || (scan.CueAt(firstStart - 1) & TimeCue.RangeStart) == 0
            || !scan.Words.Weekdays.ContainsKey(scan.Word(firstStart)))
        {
            return null;
        }

        var day = CalendarMath.AddDays(opening, CalendarMath.DaysToNextWeekday(opening, weekday));
        return looksBack && day > scan.Reference ? null : day;
    }

    /// <summary>Reads the day written at token <paramref name="dateAt"/> after a weekday ("Monday, Oct. 14"); a bracketed date
    /// ("Saturday (4 June)") must be followed by its closing bracket at <paramref name="datedEnd"/>. False for a month alone
    /// ("Monday, October"). The year is as the date gives it: the caller checks or fixes it against the weekday.</summary>
    internal static bool TryReadDayAfterWeekday(in TimeScan scan, int dateAt, bool bracketed, out TimeExpression dated, out int datedEnd) =>
        MonthRule.TryRead(scan, dateAt, out dated, out datedEnd) && dated.Value.Length == DocumentContext.DayValueLength
        && (!bracketed || scan.Word(datedEnd) is ")");

    // "Friday, Nov. 4" without a year: the weekday says which year it is. First the year of the last calendar day named when the
    // date falls on that weekday in the weeks after it ("enrol by Tuesday, March 7, 2017. Parcels left on Friday,
    // March 10" is 2017's, though its March 10 is not the last one before the report); else the nearest one within two years of the
    // year the month alone was given whose Nov. 4 is a Friday (there is only one: a day falls on the same weekday at most every
    // fifth year), unless it lies on the other side of the reference date from where the clause's tense puts it (`ahead`: "is
    // scheduled for", `back`: "met on"). A date that names its year stays as written.
    private static TimeExpression InYearOfWeekday(in TimeScan scan, TimeExpression dated, int weekday, int dateAt, int datedEnd, bool ahead, bool back)
    {
        if (dated.Scope.Start is not { } day || CalendarMath.IsoWeekday(day) == weekday || MonthRule.HasYearWritten(scan, dateAt + 1, datedEnd))
        {
            return dated;
        }

        if (AfterLastDay(scan, day, weekday) is { } told
            && !(scan.Reference is { } now && ((ahead && told < now) || (back && told > now))))
        {
            return dated with { Scope = dated.Scope with { Start = told, End = told }, Value = TimeValues.Day(told) };
        }

        foreach (var shift in (ReadOnlySpan<int>)[-1, 1, -2, 2])
        {
            if (CalendarMath.Date(day.Year + shift, day.Month, day.Day) is { } other && CalendarMath.IsoWeekday(other) == weekday
                && !(scan.Reference is { } reference && ((ahead && other < reference) || (back && other > reference))))
            {
                return dated with { Scope = dated.Scope with { Start = other, End = other }, Value = TimeValues.Day(other) };
            }
        }

        return dated;
    }

    /// <summary>How many days before the reference date a day written with its year earlier in the sentence must lie for the bare
    /// weekdays after it to be told from it.</summary>
    private const int FarDays = 183;

    // Whether the "that" at `that` points back to a day named before: it opens the clause ("That Sunday, …") or follows a day
    // preposition (time-day-preposition) or a time found right before it ("on that Sunday", "at 8 p.m. that Sunday").
    private static bool PointsBackToADay(in TimeScan scan, int that) =>
        !scan.IsWord(that - 1)
        || scan.Words.DayPrepositions.ContainsKey(scan.Word(that - 1))
        || (scan.Output.Count > 0 && scan.Output[^1].Span.End == scan.Token(that - 1).Span.End);

    // A bare weekday after a day written with its year that lies far before the reference date, earlier in the same sentence, is
    // told from that day, as from a reference date: "On Tuesday, July 12, 2022, the league said the cup tie set
    // for Thursday would be replayed on Sunday", in a report of 2024, is that week's Thursday and the Sunday after; the days without a year named
    // between them do not count. Not after a far day ahead: "The final is on Sunday, July 12, 2026, and tickets go on sale Monday"
    // names the coming Monday. `direction` as for Resolve.
    private static DateOnly? AfterFarDayInSentence(in TimeScan scan, int weekday, int direction)
    {
        for (var k = scan.Output.Count - 1; k >= 0; k--)
        {
            if (scan.Output[k] is { Kind: TimeExpressionKind.Date, Scope: { Start: { } day, End: { } last, Text: var text } } && day == last
                && DocumentContext.WritesYear(text, day))
            {
                return scan.Reference is { } reference && reference.DayNumber - day.DayNumber > FarDays
                    ? Resolve(day, weekday, direction, named: false)
                    : null;
            }
        }

        return null;
    }

    // The day of `day`'s month and day of the month in the year of the last calendar day named, or the year after, that falls on
    // `weekday` no more than NarrativeDays after that day, or null.
    private static DateOnly? AfterLastDay(in TimeScan scan, DateOnly day, int weekday)
    {
        if (scan.Context.LastCalendarDay is not { } last)
        {
            return null;
        }

        for (var year = last.Year; year <= last.Year + 1; year++)
        {
            if (CalendarMath.Date(year, day.Month, day.Day) is { } date && date >= last && CalendarMath.IsoWeekday(date) == weekday
                && date.DayNumber - last.DayNumber <= MonthRule.NarrativeDays)
            {
                return date;
            }
        }

        return null;
    }

    // "Saturday (4 June)", "Monday (13 June 2022)", "Tuesday 23 July", "Friday, 5 May 2023": a day written before its month after
    // the weekday, in brackets or not, and the token after the date (after the closing bracket). Without a year, the year nearest the
    // reference date in which that day is the weekday. "on Tuesday 23 people died" is no date: a capitalised month must follow.
    private static (DateOnly? Day, int End)? DayFirstAfterWeekday(in TimeScan scan, int weekday, int at, bool bracketed)
    {
        if (!scan.TryInt(at, out var day) || day is < 1 or > 31 || !scan.IsCapitalised(at + 1)
            || !scan.Words.Months.TryGetValue(scan.Word(at + 1), out var month))
        {
            return null;
        }

        var close = YearRule.TryYear(scan, at + 2, out var written) ? at + 3 : at + 2;
        if (bracketed && !scan.Is(close, ")"))
        {
            return null;
        }

        var end = bracketed ? close + 1 : close;
        if (close == at + 3)
        {
            return (CalendarMath.Date(written, month, day), end);
        }

        var nearest = MonthRule.NearestYear(scan.Reference, month, preferFuture: false) is { } year ? CalendarMath.Date(year, month, day) : null;
        foreach (var shift in (ReadOnlySpan<int>)[0, -1, 1])
        {
            if (nearest is { } near && CalendarMath.Date(near.Year + shift, month, day) is { } other && CalendarMath.IsoWeekday(other) == weekday)
            {
                return (other, end);
            }
        }

        return (nearest, end);
    }

    // "at 6 p.m. on Sunday": the clock time right before "on" has already read which Sunday it is on, and the two agree.
    private static DateOnly? DayOfClockTimeBefore(in TimeScan scan, int start, int weekday) =>
        scan.Is(start - 1, "on") && start >= 2 && scan.Output.Count > 0
        && scan.Output[^1] is { Kind: TimeExpressionKind.Time, Scope.Start: { } day } clock && clock.Span.End == scan.Token(start - 2).Span.End
        && CalendarMath.IsoWeekday(day) == weekday
            ? day
            : null;

    // A weekday later in a sentence that already named a day ahead of the reference date, with no verb in the past close before
    // it and no word that looks back or a semicolon between the two days, is ahead too: "will close early on Friday ahead of a
    // holiday on Monday", "will sail on Friday and return on Monday"; "will reopen on Friday after a fire on Monday" is not. So is
    // one after "on" inside a sentence that names no date before it when the last day the document named lies ahead within a
    // week: the story is a calendar of the coming days ("The series opens on Monday, Oct. 7. The physics prize follows on
    // Tuesday"). Not one that opens its sentence ("On Friday, the government planned …"), whose verb comes after it.
    private static bool AfterADayAhead(in TimeScan scan, int start) =>
        scan.Context.LastDay is { } named && scan.Reference is { } reference && named > reference
        && (scan.Context.DateInSentence == named
            || (scan.Context.DateInSentence is null && start >= 2 && scan.Is(start - 1, "on")
                && named.DayNumber - reference.DayNumber <= MostDaysAheadOfDatedWeekday))
        && !TenseCues.PastBefore(scan, start) && !LooksBackSinceLastDay(scan, start, sameSentence: scan.Context.DateInSentence == named);

    // "ahead of", "in the run-up to", "waiting for" right before token `start` (a verb in the past before them wins:
    // "closed ahead of Friday's storm").
    private static bool EventAheadRightBefore(in TimeScan scan, int start) =>
        (scan.CueAt(start - 1) & TimeCue.EventAhead) != 0
        || ((scan.Is(start - 1, "of") || scan.Is(start - 1, "to") || scan.Is(start - 1, "for"))
            && (scan.CueAt(start - 2) & TimeCue.EventAhead) != 0);

    // A verb acting on a settled result ("appeal", "overturn", "get around") close before token `start` in its clause.
    private static bool SettledBefore(in TimeScan scan, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 4; k--)
        {
            if ((scan.CueAt(k) & TimeCue.Settled) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Between the earlier weekday and token `start`: "after", "following", "since", ";" or, when the earlier day is in the same
    // sentence (`sameSentence`), a verb in the past other than a reporting one ("will open the fair on Saturday, Oct. 26, because
    // inspectors found that the stands could not be used on Monday": the later day is told in a clause of its own, in the past) before any "ahead", "before" or "until".
    private static bool LooksBackSinceLastDay(in TimeScan scan, int start, bool sameSentence)
    {
        for (var k = start - 1; k >= 0 && !scan.Words.Weekdays.ContainsKey(scan.Word(k)); k--)
        {
            if (scan.Is(k, "ahead") || scan.Is(k, "before") || scan.Is(k, "until"))
            {
                return false;
            }

            if (scan.Is(k, "after") || scan.Is(k, "following") || scan.Is(k, "since") || scan.Word(k) is ";"
                || (sameSentence && TenseCues.IsPastVerb(scan, k) && (scan.CueAt(k) & TimeCue.Stop) == 0))
            {
                return true;
            }
        }

        return false;
    }

    // The weekday (ISO 1–7) before, at or after the reference date: the latest one up to it (direction 0), the one before it
    // (-1) or the next one after it (1). A bare weekday that only the tense points forward and that is the reference date's own
    // is that day ("will vote Tuesday" in Tuesday's paper): news names a day a week away "next Tuesday" or by its date.
    internal static DateOnly? Resolve(DateOnly reference, int weekday, int direction, bool named)
    {
        var today = CalendarMath.IsoWeekday(reference);
        var back = (today - weekday + 7) % 7;
        var ahead = (weekday - today + 7) % 7;
        return direction switch
        {
            > 0 => CalendarMath.AddDays(reference, ahead == 0 && named ? 7 : ahead),
            < 0 => CalendarMath.AddDays(reference, -(back == 0 ? 7 : back)),
            _ => CalendarMath.AddDays(reference, -back),
        };
    }
}

/// <summary>A night that spans two days: "between Friday and Saturday", "between Monday (3) and Tuesday (4)", "from Friday night
/// to Saturday". The span runs from the first day to the second, which must follow it; the second is the latest such weekday up to
/// the reference date. What happened in that night happened on either day: "early Saturday" and "between Friday and Saturday" agree.</summary>
internal sealed class OvernightRule : TimeRule
{
    public static readonly OvernightRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["between", "from"];

    public override int Match(in TimeScan scan, int i)
    {
        var first = i + 1;
        if (!scan.IsCapitalised(first) || !scan.Words.Weekdays.TryGetValue(scan.Word(first), out var firstDay))
        {
            return NoMatch;
        }

        var link = SkipDayDetails(scan, first + 1);
        var second = link + 1;
        if (!(scan.Is(i, "between") ? scan.Is(link, "and") : scan.Is(link, "to") || scan.Is(link, "into"))
            || !scan.IsCapitalised(second) || !scan.Words.Weekdays.TryGetValue(scan.Word(second), out var secondDay)
            || secondDay != firstDay % 7 + 1)
        {
            return NoMatch;
        }

        var end = SkipDayDetails(scan, second + 1);
        var to = scan.Reference is { } r ? WeekdayRule.Resolve(r, secondDay, 0, named: false) : null;
        var from = to is { } last ? CalendarMath.AddDays(last, -1) : (DateOnly?)null;
        return scan.Emit(i + 1, end, TimeExpressionKind.Date, from, to, to is { } d ? TimeValues.Day(d) : "XXXX-WXX-" + secondDay);
    }

    // After a weekday: a part of the day ("Friday night") and the day of the month in brackets ("Friday (20)").
    private static int SkipDayDetails(in TimeScan scan, int k)
    {
        if (scan.Words.DayParts.ContainsKey(scan.Word(k)))
        {
            k++;
        }

        return scan.Is(k, "(") && scan.IsNumber(k + 1) && scan.Is(k + 2, ")") ? k + 3 : k;
    }
}

/// <summary>Days named relative to the reference date: "today", "tonight", "yesterday", "tomorrow", "yesterday morning", "the day
/// before yesterday", "the day after tomorrow".</summary>
internal sealed class RelativeDayRule : TimeRule
{
    public static readonly RelativeDayRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.RelativeDays).Append("the");

    public override int Match(in TimeScan scan, int i)
    {
        if (scan.Is(i, "the"))
        {
            return DayBeyond(scan, i);
        }

        if (scan.IsInTitle(i) || !scan.Words.RelativeDays.TryGetValue(scan.Word(i), out var day))
        {
            return NoMatch;
        }

        var end = i + 1;
        var suffix = day.Suffix;
        if (suffix.Length == 0 && scan.Words.DayParts.TryGetValue(scan.Word(end), out var part))
        {
            suffix = part;
            end++;
        }

        var date = scan.Reference is { } r ? CalendarMath.AddDays(r, day.Offset) : null;
        return scan.Emit(i, end, suffix.Length > 0 ? TimeExpressionKind.Time : TimeExpressionKind.Date, date, date,
            date is { } d ? TimeValues.Day(d) + suffix : "XXXX-XX-XX");
    }

    // "the day before yesterday", "the day after tomorrow": a day further from the reference date than the named one.
    private static int DayBeyond(in TimeScan scan, int i)
    {
        var step = scan.Is(i + 2, "before") ? -1 : scan.Is(i + 2, "after") ? 1 : 0;
        if (!scan.Is(i + 1, "day") || step == 0 || !scan.Words.RelativeDays.TryGetValue(scan.Word(i + 3), out var day)
            || day.Suffix.Length > 0 || day.Offset == 0 || Math.Sign(day.Offset) != step)
        {
            return NoMatch;
        }

        var date = scan.Reference is { } r ? CalendarMath.AddDays(r, day.Offset + step) : null;
        return scan.EmitDay(i, i + 4, date, "XXXX-XX-XX");
    }
}
