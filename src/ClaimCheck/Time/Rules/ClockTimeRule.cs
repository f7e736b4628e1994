using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Time.Rules;

/// <summary>Clock times and the day they are on: "9 a.m.", "10:30 p.m. EST", "5 p.m. EST, Nov. 9", "noon Thursday", "midnight
/// Friday", "10:35 a.m. today", "9:20 a.m. (0620 GMT) Tuesday" (the day read across the brackets), "3 a.m. on Sunday" and "3 a.m.
/// local time on Sunday" (the day an expression of its own), "2100 GMT" (four digits before a zone); without a day after it, the last day the sentence named before it ("on Friday at 9 p.m."), else in a sentence that
/// named no date the day of the last date or time named before it (unless the time is told ahead from the report and that day is
/// past), else the reference date. "midnight" is the end of its day (T24:00) unless a day-start preposition stands before it and
/// the day is named after it ("after midnight on Monday": T00:00). A number alone is not a time; "10:30" is.</summary>
internal sealed class ClockTimeRule : TimeRule
{
    public static readonly ClockTimeRule Instance = new();

    /// <summary>How many tokens after the clock time may name its day: eight, the most a zone in words and a dated weekday take ("4
    /// p.m. Eastern time on Thursday, Nov. 14": Eastern, time, on, Thursday, the comma, Nov, the dot, 14).</summary>
    private const int DayTokens = 8;

    public override bool StartsAtNumber => true;

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.ClockWords);

    public override int Match(in TimeScan scan, int i)
    {
        var end = i + 1;
        int hour, minute = 0;
        if (scan.Words.ClockWords.TryGetValue(scan.Word(i), out var clockHour))
        {
            if (scan.IsInTitle(i))
            {
                return NoMatch; // "High Noon"
            }

            hour = clockHour;
        }
        else if (!TryFourDigitsBeforeZone(scan, i, out hour, out minute)) // "at 2100 GMT" is read whole: no range, no part of the day
        {
            if (!TryDigits(scan, i, ref end, out hour, out minute, out var halfDay))
            {
                return NoMatch;
            }

            if (!halfDay)
            {
                hour = HourOpeningRange(scan, end, hour);
            }
        }

        if (scan.Words.Zones.TryGetValue(scan.Word(end), out var follower) && string.IsNullOrEmpty(follower))
        {
            end++; // "10 a.m. EST"; a zone named in words ("local time") stays outside the time
        }

        var dayNamedAfter = DayAfter(scan, i, ref end) ?? DayOnAfter(scan, i, end);
        var date = dayNamedAfter ?? DayNextToDayBefore(scan, i, end) ?? DayOfRangeEnd(scan, i, end) ?? DayBefore(scan)
            ?? DayOfSentenceBefore(scan, i) ?? scan.Reference;
        if (hour == 24 && dayNamedAfter is not null && scan.Words.DayStartPrepositions.ContainsKey(scan.Word(i - 1)))
        {
            hour = 0; // "shortly after midnight on Monday", "since midnight on Monday": the night that opens Monday
        }

        var clock = hour == 24 ? "T24:00" : string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");
        return scan.Emit(i, end, TimeExpressionKind.Time, date, date, (date is { } d ? TimeValues.Day(d) : "XXXX-XX-XX") + clock);
    }

    // "2100 GMT", "1830 local time": four digits before a time zone that make an hour and minutes, unless they open brackets:
    // "(0735 GMT)" in news repeats in another zone a time written just before it ("10:35 a.m. (0735 GMT)"), and the brackets are
    // refused whatever comes before them.
    private static bool TryFourDigitsBeforeZone(in TimeScan scan, int i, out int hour, out int minute)
    {
        hour = minute = 0;
        if (!scan.IsNumber(i) || scan.Token(i).Span.Length != 4 || !YearRule.IsClockTimeBeforeZone(scan, i) || scan.Word(i - 1) is "("
            || !scan.TryInt(i, out var digits) || digits / 100 > 23 || digits % 100 > 59)
        {
            return false;
        }

        (hour, minute) = (digits / 100, digits % 100);
        return true;
    }

    // "9 a.m.", "10:30 p.m.", "10:30", "21:00", "4 in the morning": digits, an optional ":mm", then a.m./p.m. or the part of the
    // day unless minutes were written. `halfDay` tells whether a.m., p.m. or the part of the day was written.
    private static bool TryDigits(in TimeScan scan, int i, ref int end, out int hour, out int minute, out bool halfDay)
    {
        minute = -1;
        halfDay = true;
        var next = scan.Word(i + 1);
        if (next.IsEmpty || !(next[0] is ':' or 'a' or 'A' or 'p' or 'P' or 'i') || !scan.TryInt(i, out hour) || hour is < 0 or > 24)
        {
            hour = 0;
            return false; // a clock time has minutes or a.m./p.m. after the hour
        }

        if (scan.Word(end) is ":" && scan.IsJoined(end) && scan.IsJoined(end + 1) && scan.Word(end + 1).Length == 2 && scan.TryInt(end + 1, out var minutes) && minutes is >= 0 and <= 59)
        {
            minute = minutes;
            end += 2;
        }

        var meridiem = scan.Word(end);
        if (meridiem.StartsWith("p.m", StringComparison.OrdinalIgnoreCase) || meridiem.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            hour = hour == 12 ? 12 : hour + 12;
            end++;
        }
        else if (meridiem.StartsWith("a.m", StringComparison.OrdinalIgnoreCase) || meridiem.Equals("am", StringComparison.OrdinalIgnoreCase))
        {
            hour = hour == 12 ? 0 : hour;
            end++;
        }
        else if (hour is >= 1 and <= 12 && scan.Is(end, "in") && scan.Is(end + 1, "the") && scan.Words.DayParts.TryGetValue(scan.Word(end + 2), out var part))
        {
            // "4 in the morning", "7:30 in the evening"
            hour = part == "TMO" ? hour % 12 : hour % 12 + 12;
            end += 3;
        }
        else if (minute < 0 || hour > 23)
        {
            return false; // "10" alone is not a time
        }
        else
        {
            halfDay = false;
        }

        minute = Math.Max(minute, 0);
        return true;
    }

    // "from 1:40 to 1:44 p.m.", "between 3:13 and 3:17 p.m.": an hour written without a.m. or p.m. that opens a range closed by an
    // afternoon or evening time is in the afternoon too, unless that would put it after the closing time ("from 11:30 to 1:15 p.m."
    // opens in the morning).
    private static int HourOpeningRange(in TimeScan scan, int end, int hour)
    {
        var closingEnd = end + 2;
        return hour is >= 1 and < 12 && (scan.CueAt(end) & TimeCue.RangeEnd) != 0
            && TryDigits(scan, end + 1, ref closingEnd, out var closing, out _, out var closingHalfDay) && closingHalfDay
            && closing is >= 12 and < 24 && hour + 12 <= closing
                ? hour + 12
                : hour;
    }

    // "between 8 a.m. and 6 p.m. on Saturday", "from 9 a.m. to 5 p.m. Friday": a time that opens a range of two clock times is on
    // the day written after the closing one (read with the words before the range, as a day after one time is).
    private static DateOnly? DayOfRangeEnd(in TimeScan scan, int i, int end)
    {
        var second = end + 1;
        var secondEnd = second + 1;
        if ((scan.CueAt(end) & TimeCue.RangeEnd) == 0
            || !(scan.Words.ClockWords.ContainsKey(scan.Word(second)) || TryDigits(scan, second, ref secondEnd, out _, out _, out _)))
        {
            return null;
        }

        if (scan.Words.Zones.TryGetValue(scan.Word(secondEnd), out var follower) && string.IsNullOrEmpty(follower))
        {
            secondEnd++;
        }

        var dayAt = secondEnd;
        return DayAfter(scan, i, ref dayAt) ?? DayOnAfter(scan, i, secondEnd);
    }

    // The token after a short aside in brackets at token k ("9:20 a.m. (0620 GMT) Tuesday"), or k when none is there.
    private static int SkipBrackets(in TimeScan scan, int k)
    {
        const int MaxAside = 4;
        if (scan.Word(k) is not "(")
        {
            return k;
        }

        for (var close = k + 1; close < scan.Count && close <= k + MaxAside; close++)
        {
            if (scan.Word(close) is ")")
            {
                return close + 1;
            }
        }

        return k;
    }

    // A time followed by a part of the day or "day" told from the day named before it: "queued at the gate at 8:30 p.m. the
    // evening before" and "it was still 9:09 p.m. the night before" are on the day before the last day named (that day, in its
    // sentence or the ones before), "5 a.m. the morning after" and "6 a.m. the next day" on the day after it. The words after the
    // time stay outside it. Null when no such words follow or no day was named.
    private static DateOnly? DayNextToDayBefore(in TimeScan scan, int i, int end)
    {
        if (!scan.Is(end, "the"))
        {
            return null;
        }

        var at = end + 1;
        var shift = 0;
        if (scan.Words.Relatives.TryGetValue(scan.Word(at), out var relative) && relative != 0 && !scan.Is(at, "last") && !scan.Is(at, "past"))
        {
            shift = relative; // "the next morning", "the previous evening"; not "the last day of the fair"
            at++;
        }
        else if (scan.Is(at, "following"))
        {
            shift = 1;
            at++;
        }

        if (!(scan.Is(at, "day") || scan.Words.DayParts.ContainsKey(scan.Word(at))))
        {
            return null;
        }

        if (shift == 0)
        {
            shift = scan.Is(at + 1, "before") ? -1 : scan.Is(at + 1, "after") ? 1 : 0;
        }

        return shift != 0 && (DayBefore(scan) ?? DayOfSentenceBefore(scan, i)) is { } day ? CalendarMath.AddDays(day, shift) : null;
    }

    /// <summary>In a sentence that has named no date yet, the day of the last date or time the sentences before it named: "The
    /// debate was held on Sunday, Nov. 12. It began at 9 p.m." is on Nov. 12; after "… more rain is expected tonight", on the
    /// reference date. A time told ahead from the report ("will reopen at 5 p.m.", "expect to finish by noon") is not carried back
    /// to a day before the reference date, nor a time told in the past ("the port gave the new toll in its bulletin of 10 a.m.") on
    /// to a day after it.</summary>
    internal static DateOnly? DayOfSentenceBefore(in TimeScan scan, int i) =>
        scan.Context.DateInSentence is null && scan.Context.LastDayOrTime is { } day
        && !(day < scan.Reference && (TenseCues.PresentFutureBefore(scan, i) || TenseCues.PresentPlanBefore(scan, i)))
        && !(day > scan.Reference && TenseCues.DirectionEarlierInClause(scan, i) < 0)
            ? day
            : null;

    /// <summary>The last single day the sentence named before the time: "on March 3, 2019, at 10:30 p.m.", "Friday, at about 9
    /// p.m.".</summary>
    internal static DateOnly? DayBefore(in TimeScan scan)
    {
        for (var k = scan.Output.Count - 1; k >= 0; k--)
        {
            if (scan.Output[k] is { Kind: TimeExpressionKind.Date or TimeExpressionKind.Time, Scope: { Start: { } start, End: { } end } } && start == end)
            {
                return start;
            }
        }

        return null;
    }

    // The day after "on" that the time is on: "3 a.m. on Sunday", "midnight on Oct. 4". The day stays an expression of its own,
    // as the preposition between them is in neither. Past a zone named in words the day may come without "on" ("6 p.m. local
    // time Saturday"), and stays an expression of its own too.
    internal static DateOnly? DayOnAfter(in TimeScan scan, int start, int end)
    {
        if (scan.Words.Zones.TryGetValue(scan.Word(end), out var follower) && !string.IsNullOrEmpty(follower) && scan.Is(end + 1, follower))
        {
            end += 2; // "6 p.m. local time on Saturday", "noon Eastern time": the day is read past the words that say whose clock it is
            var zoneEnd = end;
            if (DayAfter(scan, start, ref zoneEnd) is { } day)
            {
                return day;
            }
        }

        if (!scan.Is(end, "on"))
        {
            return null;
        }

        var dayAt = end + 1;
        return DayAfter(scan, start, ref dayAt);
    }

    // The day the time that starts at token `start` is on, written after it: "Thursday", "Nov. 9", "3 February 2021", "today",
    // "yesterday", "Christmas Eve" (after an optional comma). Moves <paramref name="end"/> past it, unless an aside in brackets
    // comes between: then the day is an expression of its own.
    internal static DateOnly? DayAfter(in TimeScan scan, int start, ref int end)
    {
        var dayAt = scan.Word(end) is "," ? end + 1 : SkipBrackets(scan, end);
        var bracketed = dayAt > end && scan.Word(end) is "(";
        var word = scan.Word(dayAt);
        if (!(scan.Words.RelativeDays.ContainsKey(word)
            || (scan.IsCapitalised(dayAt) && (scan.Words.Weekdays.ContainsKey(word) || scan.Words.Months.ContainsKey(word)
                || scan.Words.Holidays.Match(scan.Text, scan.Tokens, dayAt, out _) >= 0))
            || (scan.IsNumber(dayAt) && scan.IsCapitalised(dayAt + 1) && scan.Words.Months.ContainsKey(scan.Word(dayAt + 1)))))
        {
            return null;
        }

        // The day is read with the words before the time only, so that the cues that say whether a weekday looks back or ahead
        // are as near it as they are to the time ("until 9 a.m. Tuesday", "is set for 2:45 a.m. Friday", "the ferry will
        // sail at 6 p.m. on Sunday").
        // The times found before it go along, as their words carry no tense ("will leave at 4 in the morning (4 a.m. Thursday)").
        // An "on" before a date stays, so that a word before the time does not come to stand right before the date: "lasted until
        // 5 p.m. on March 7" after an opening "In 2023" is read as "lasted until on March 7", the day of that year the sentence
        // names, as the date alone is. A weekday loses it: its direction is read from the words before the time, as above.
        var cut = scan.Is(dayAt - 1, "on") && dayAt - 1 > start && !scan.Words.Weekdays.ContainsKey(word) ? dayAt - 1 : dayAt;
        var found = new List<TimeExpression>(scan.Output);
        var earlier = found.Count;
        var aside = scan.Aside(WithoutTokens(scan, start, cut, Math.Min(scan.Count, dayAt + DayTokens)), found);
        if (scan.Rules.Match(aside, start + (dayAt - cut)) < 0 || found.Count == earlier || found[earlier].Span.Start != scan.Token(dayAt).Span.Start
            || found[earlier].Scope.Start is not { } day)
        {
            return null;
        }

        while (!bracketed && end < scan.Count && scan.Token(end).Span.Start < found[earlier].Span.End)
        {
            end++;
        }

        return day;
    }

    // The sentence's tokens up to `end` without those from `from` to `to` - 1.
    private static ArraySegment<Token> WithoutTokens(in TimeScan scan, int from, int to, int end)
    {
        var tokens = new Token[end - (to - from)];
        scan.Tokens.Slice(0, from).CopyTo(tokens);
        scan.Tokens.Slice(to, end - to).CopyTo(tokens, from);
        return tokens;
    }
}
