using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>A bare month or clock time in a clause told as a habit is no day of the calendar but a generic one, as TIMEX3 values
/// it: "the fair always opens in April" is XXXX-04, "the night buses usually leave at 11 p.m." XXXX-XX-XXT23:00 (a quarter named
/// by its number alone is read so by <see cref="Rules.QuarterRule"/>: "usually peaks in the fourth quarter" is XXXX-Q4). The habit is a
/// word or phrase of the lexicon kind <c>time-habit</c> ("usually", "used to", "each day") earlier in the clause, with no comma,
/// semicolon, colon or bracket between.</summary>
/// <remarks>Only a month named alone ("April", not "April 2019" nor "last April"), a clock time with no day in its words
/// ("11 p.m.", not "11 p.m. Friday") and a quarter named by its number alone ("the fourth quarter", not "the fourth quarter of
/// 2023" nor "last quarter") turn generic, and not after "since", where they date when the habit began ("has trained
/// every day since March"); a weekday may be the one day the habit is about ("results usually come by
/// Friday afternoon").</remarks>
internal static class HabitualTime
{
    /// <summary>How far back in the clause a habit word is looked for.</summary>
    private const int MaxReach = 16;

    /// <summary>How many words after a clock time may name the day it was read on ("at 9 a.m. on Friday").</summary>
    private const int DayWordsAfter = 2;

    /// <summary>The generic form of <paramref name="expression"/>, read at token <paramref name="start"/>, when it is a bare month
    /// or a clock time with no day in or right after its words, after a habit word in its clause; else <paramref name="expression"/>
    /// itself.</summary>
    public static TimeExpression Generalise(in TimeScan scan, int start, int end, TimeExpression expression)
    {
        if (expression.Span != scan.SpanOf(start, end))
        {
            return expression; // one of two expressions a rule read together ("from 9 a.m. to 5 p.m.")
        }

        var generic = GenericValue(scan, start, end, expression);
        return generic is null || !InHabitClause(scan, start)
            ? expression
            : expression with { Scope = new TimeScope(null, null, expression.Scope.Text, expression.Scope.Span), Value = generic };
    }

    // "XXXX-04" for a month named alone, "XXXX-XX-XXT23:00" for a clock time whose words name no day; null for anything else.
    private static string? GenericValue(in TimeScan scan, int start, int end, TimeExpression expression)
    {
        var value = expression.Value;
        if (expression.Kind == TimeExpressionKind.Date && end == start + 1 && scan.Words.Months.ContainsKey(scan.Word(start))
            && DocumentContext.IsMonthValue(value))
        {
            return "XXXX" + value[4..];
        }

        if (expression.Kind != TimeExpressionKind.Time || value.Length <= DocumentContext.DayValueLength
            || !DocumentContext.IsDayValue(value.AsSpan(0, DocumentContext.DayValueLength)) || !TimeValues.HasClockTime(value))
        {
            return null;
        }

        for (var k = start; k < end + DayWordsAfter && k < scan.Count; k++)
        {
            var word = scan.Word(k);
            if (scan.IsNumber(k) ? k + 1 < end && scan.Words.Months.ContainsKey(scan.Word(k + 1))
                : scan.Words.Weekdays.ContainsKey(word) || scan.Words.Months.ContainsKey(word) || scan.Words.RelativeDays.ContainsKey(word))
            {
                return null; // "9 a.m. Friday", "noon on March 3", "7 a.m. tomorrow": a day is named
            }

            if (k >= end && (scan.Is(k, "that") || scan.Is(k, "this")))
            {
                return null; // "at 8 p.m. that evening"
            }
        }

        return "XXXX-XX-XX" + value[DocumentContext.DayValueLength..];
    }

    /// <summary>Whether the expression at token <paramref name="start"/> is told as a habit: a <c>time-habit</c> word or phrase
    /// comes before it in its clause, and "since" (the day a habit began) does not come right before it. A rule that reads a
    /// period of any year by its number ("the fourth quarter") asks this before it ties the period to a year.</summary>
    public static bool InHabitClause(in TimeScan scan, int start) => !scan.Is(start - 1, "since") && AfterHabit(scan, start);

    // Whether a habit word or phrase comes before token `start` in its clause.
    private static bool AfterHabit(in TimeScan scan, int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= MaxReach; k--)
        {
            if (scan.Token(k).Kind == TokenKind.Punctuation && scan.Word(k) is "," or ";" or ":" or "(" or ")")
            {
                return false;
            }

            if (scan.Words.Habits.Match(scan.Text, scan.Tokens, k, out _) > k)
            {
                return true;
            }
        }

        return false;
    }
}
