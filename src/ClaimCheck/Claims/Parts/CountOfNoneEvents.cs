using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>The earlier event a count of none is said of. A count of none is mostly said in passing of an event a report recalls
/// ("a quarry flood in 2019 hurt nobody", "Mount Tolvey erupted on 20
/// February too, causing no casualties"), and no figure of its own dates it: dated as published, it would deny the toll of the
/// report's own event.</summary>
internal static class CountOfNoneEvents
{
    /// <summary>How many words from a count of none the event word of its clause may stand, before or after it.</summary>
    private const int EventWordReach = 12;

    /// <summary>The date of the event the clause of a count of none names, when that date ended more than a week before the report's own
    /// day (<see cref="TimeAnchors.EndsBeforeLead"/>): the day the lead gives, or, in a report whose lead gives no day but which has
    /// already counted its own toll (<paramref name="ownTollGiven"/>), the day of publication. The event is the nearest
    /// <c>event-predicate</c> ("erupted", "collapsed"; not one that starts something, "began") or <c>new-incident</c> noun ("eruption",
    /// "flood") before the count in its clause, else after it ("no one was hurt when the Brenmoor dam collapsed on 3 May"), never across a
    /// semicolon, colon, <c>clause-break</c> word ("but", "which") or ", and"; its date is the one <see cref="TimeAnchors.EventDate"/>
    /// reads. Null when no such event or date is named.</summary>
    internal static TimeScope? EarlierEventDate(SentenceView s, QuantityMatch match, TimeScope? leadDay, DateOnly? published, bool ownTollGiven)
    {
        var reportDay = leadDay ?? (ownTollGiven && published is { } day ? new TimeScope(day, day, "as published") : null);
        if (reportDay is null || EventWordOf(s, match) is not { } eventWord || TimeAnchors.EventDate(s, eventWord) is not { } date)
        {
            return null;
        }

        return TimeAnchors.EndsBeforeLead(date, reportDay) ? date : null;
    }

    /// <summary>The incident other than the report's own that the clause of a count of none names: its event word (as for
    /// <see cref="EarlierEventDate"/>) is a <c>new-incident</c> noun right after "another" (a <c>new-incident</c> determiner that is
    /// also a <c>kindless-modifier</c>: one more of the same, not "a") or a <c>new-incident</c> sequence word that is no time
    /// conjunction ("no one died in the previous quake", "an earlier blast hurt nobody"). "Since flooding began" or "after blasts"
    /// times the count from the report's own incident and is left. Null when the clause names no such incident. Overlaps
    /// <see cref="PeopleCounts.LaterNamedIncidentOf"/>, read first, which takes "in another …" or "in the previous …" after any figure
    /// after the lead; this one adds counts of none in the lead and an incident named before the count.</summary>
    internal static string? OtherIncidentOf(SentenceView s, QuantityMatch match)
    {
        if (EventWordOf(s, match) is not (> 0 and var noun) || !s.Words.NewIncidentNouns.Contains(s.Word(noun)))
        {
            return null;
        }

        var before = s.Word(noun - 1);
        return (s.Words.NewIncidentDeterminers.Contains(before) && s.Words.KindlessModifiers.Contains(before))
            || (s.Words.NewIncidentSequenceWords.Contains(before) && !s.Words.TimeClauseOpeners.Contains(before))
            ? s.Text[s.Tokens[noun - 1].Span.Start..s.Tokens[noun].Span.End]
            : null;
    }

    // The nearest event word before the count in its clause, else the nearest after it.
    private static int? EventWordOf(SentenceView s, QuantityMatch match)
    {
        for (var i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - EventWordReach && !IsClauseBreak(s, i); i--)
        {
            if (IsEventWord(s, i))
            {
                return i;
            }
        }

        for (var i = match.PhraseEndToken; i < s.Tokens.Count && i < match.PhraseEndToken + EventWordReach && !IsClauseBreak(s, i); i++)
        {
            if (IsEventWord(s, i))
            {
                return i;
            }
        }

        return null;
    }

    // A semicolon, colon or clause-break word (TimeAnchors.HasClauseBreak), or either token of ", and", which opens a clause of its
    // own ("weeks after a flood on 14 February, and no casualties have been reported": the report's own none, not the flood's).
    private static bool IsClauseBreak(SentenceView s, int i) =>
        TimeAnchors.HasClauseBreak(s, i, i + 1) || (s.Word(i) is "," && s.Word(i + 1) is "and") || (s.Word(i) is "and" && s.Word(i - 1) is ",");

    private static bool IsEventWord(SentenceView s, int i) =>
        s.Tokens[i].Kind == TokenKind.Word
        && ((EventClaims.EventClass(s, i) is { } eventClass && eventClass != EventClaims.BeginClass) || s.Words.NewIncidentNouns.Contains(s.Word(i)));
}
