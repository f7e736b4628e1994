using ClaimCheck.Quantities;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>Whether a figure is a count read at an hour of its day ("turnout stood at 48 per cent by 3 pm", "as of 09:00 about
/// 7,400 had left the city", "At 16:15 the board showed 312 trains late"): a count still running, which a larger figure for that
/// day or a later one continues rather than disputes. The cues are the <c>hour-reading-cue</c> entries of the lexicon.</summary>
internal static class HourReadings
{
    /// <summary>How many words may stand between the clock time and the figure it dates.</summary>
    private const int ReadingWords = 10;

    /// <summary>Whether a clock time (an hour of the day, not a part of it such as "evening", after an <c>hour-reading-cue</c>) stands within a few words of the
    /// figure, in its clause: "by 3 pm" right after "48 per cent", "At 16:15" a few words before "312".</summary>
    internal static bool IsReadAtHour(SentenceView s, QuantityMatch match)
    {
        foreach (var time in s.Times)
        {
            if (!IsClockReading(time))
            {
                continue;
            }

            var first = TimeAnchors.FirstTokenAt(s, time.Span.Start);
            var end = TimeAnchors.FirstTokenAt(s, time.Span.End);
            end = end < 0 ? s.Tokens.Count : end;
            if (first <= 0 || (first >= match.FirstToken && first < match.PhraseEndToken))
            {
                continue;
            }

            var (from, to) = end <= match.FirstToken ? (end, match.FirstToken) : (match.PhraseEndToken, first);
            if (to < from || to - from > ReadingWords || HasClauseBreak(s, from, to))
            {
                continue;
            }

            first = DayBefore(s, first);
            var word = s.Word(first - 1);
            var pair = first >= 2 ? string.Concat(s.Word(first - 2), " ", word) : null;
            if (s.Words.HourReadingPrepositions.Contains(word) || (pair is not null && s.Words.HourReadingPrepositions.Contains(pair)))
            {
                return true;
            }

            if (s.Words.HourReadingAt.Contains(word) && HasReadingVerb(s, Math.Min(first, match.FirstToken), Math.Max(end, match.PhraseEndToken)))
            {
                return true;
            }
        }

        return false;
    }

    // The first token of a day named right before the clock time ("by Tuesday noon", "as of Monday 6 pm"), whose cue stands before
    // the day; else the clock time's own first token.
    private static int DayBefore(SentenceView s, int clock)
    {
        foreach (var day in s.Times)
        {
            if (day.Kind == TimeExpressionKind.Date && TimeAnchors.FirstTokenAt(s, day.Span.End) == clock
                && TimeAnchors.FirstTokenAt(s, day.Span.Start) is > 0 and var start)
            {
                return start;
            }
        }

        return clock;
    }

    // A clock reading ("6 pm", "14:30", "noon") has an hour in its value ("2025-05-11T18:00"); a part of a day ("Sunday evening",
    // "Tuesday morning", "TEV") dates a count to its day, which the comparison of days already reads.
    private static bool IsClockReading(TimeExpression time) =>
        time.Kind == TimeExpressionKind.Time && TimeValues.HasClockTime(time.Value);

    // A clause break (TimeAnchors.HasClauseBreak), or a comma before a 'joiner' entry ("over by 6 pm, and police arrested 45"):
    // the figure is then told in a clause of its own, not read at the hour.
    private static bool HasClauseBreak(SentenceView s, int from, int to)
    {
        if (TimeAnchors.HasClauseBreak(s, from, to))
        {
            return true;
        }

        for (var i = from; i + 1 < to; i++)
        {
            if (s.Word(i) is "," && s.Words.HourReadingJoiners.Contains(s.Word(i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasReadingVerb(SentenceView s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (s.Words.HourReadingVerbs.Contains(s.Word(i)) || s.Reporting.IsVerb(s.Word(i)))
            {
                return true;
            }
        }

        return false;
    }
}
