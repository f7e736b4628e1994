using System.Globalization;
using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>When a claim holds: the time expression nearest its key words, preferring a figure's own date to the date of the report.</summary>
internal static class TimeAnchors
{
    internal static TimeScope? TimeFor(SentenceView s, int first, int end, Document document)
    {
        if (BestTime(s, first, end) is { } best)
        {
            return best.Scope;
        }

        return document.Published is { } published ? new TimeScope(published, published, "document date") { Source = TimeScopeSource.PublicationDate } : null;
    }

    /// <summary>The time expression of the sentence that dates the figure spanning <paramref name="first"/> to
    /// <paramref name="end"/>, or null when none does.</summary>
    private static TimeExpression? BestTime(SentenceView s, int first, int end)
    {
        TimeExpression? best = null, dated = null;
        int bestDistance = int.MaxValue, datedDistance = int.MaxValue;
        var start = s.Tokens[Math.Min(first, s.Tokens.Count - 1)].Span.Start;
        var stop = s.Tokens[Math.Min(end, s.Tokens.Count) - 1].Span.End;
        foreach (var time in s.Times)
        {
            if (time.Kind is TimeExpressionKind.Duration or TimeExpressionKind.Set)
            {
                continue;
            }

            // A figure's own date first ("rose to 112 on Tuesday"), then a date that modifies a noun ("Tuesday's election"), and the
            // date of the report ("the ministry said on Thursday") only when nothing else dates it.
            var distance = time.Span.Start >= stop ? time.Span.Start - stop : start - time.Span.End + 1;
            if (IsComparisonReference(s, time, start) || IsNameAside(s, time) || InRelativeClauseBefore(s, time, start)
                || InDescriptionOfNameAfter(s, time, stop) || IsComparedEventDate(s, time, start, stop) || DatesAListedPartAfter(s, time, stop)
                || DatesAnOnsetAfter(s, time, stop) || InClauseOrPartAsideAfter(s, time, stop) || NamesYearOfAnotherThingAfter(s, time, stop))
            {
                continue;
            }

            if (IsReportDate(s, time))
            {
                distance += 2 * PossessedDistance;
            }
            else if (IsPossessed(s, time) && !DatesRelativeClauseFigure(s, time, start))
            {
                distance += PossessedDistance;
            }

            if (distance >= 0 && distance < bestDistance)
            {
                best = time;
                bestDistance = distance;
            }

            if (distance >= 0 && distance < datedDistance && distance < PossessedDistance && time.Scope.Start is not null)
            {
                dated = time;
                datedDistance = distance;
            }
        }

        return best is { Value: PastReference, Scope.Start: null } && dated is not null && !HasBreakBetween(s, dated, start, stop) ? dated : best;
    }

    /// <summary>What <see cref="BestTime"/> adds to the distance of a date that modifies a noun; a report date adds twice as much.</summary>
    private const int PossessedDistance = 10_000;

    /// <summary>The TimeML value of an unstated past time ("at the time", "recently", "formerly").</summary>
    private const string PastReference = "PAST_REF";

    /// <summary>Whether a comma, a semicolon, a colon or a <c>clause-break</c> word stands between <paramref name="time"/> and the
    /// figure from <paramref name="figureStart"/> to <paramref name="figureEnd"/>. <see cref="BestTime"/> prefers a date in the
    /// figure's own clause to a nearer open past reference: "officials said at the time that 6,500 people took part in
    /// June 2021" is dated June 2021, not "the time"; "rose to 40 recently, from 30 in May" keeps "recently" for 40.</summary>
    private static bool HasBreakBetween(SentenceView s, TimeExpression time, int figureStart, int figureEnd)
    {
        var (from, to) = time.Span.Start >= figureEnd
            ? (FirstTokenAt(s, figureEnd), FirstTokenAt(s, time.Span.Start))
            : (FirstTokenAt(s, time.Span.End), FirstTokenAt(s, figureStart));
        return HasCommaBetween(s, from, to) || HasClauseBreak(s, from, to);
    }

    /// <summary>Whether <paramref name="time"/> stands after a colon that follows the figure ending at <paramref name="figureEnd"/>,
    /// with another number between the colon and the time ("counts 480 deaths: 95 in May, 170 in June"): the colon opens the figure's
    /// breakdown, and the time dates the part it follows, not the whole before the colon. A time right after the colon with no
    /// number before it ("480 deaths: May was the worst") is not passed over, nor a list with no colon ("killed 12 and hurt 40 on
    /// Monday"), whose time may date every figure.</summary>
    private static bool DatesAListedPartAfter(SentenceView s, TimeExpression time, int figureEnd)
    {
        if (time.Span.Start < figureEnd)
        {
            return false;
        }

        var afterColon = false;
        for (var i = 0; i < s.Tokens.Count && s.Tokens[i].Span.Start < time.Span.Start; i++)
        {
            if (s.Tokens[i].Span.Start < figureEnd)
            {
                continue;
            }

            if (s.Word(i) is ":")
            {
                afterColon = true;
            }
            else if (afterColon && s.Tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="time"/> stands after the figure ending at <paramref name="figureEnd"/> beyond a semicolon, in
    /// another clause ("31 were taken to hospital; the last of them went home on 2 May"), or in an aside on an unnumbered part opened
    /// by a comma and an unnumbered <c>part-cue</c> and not closed by a comma before the date ("55 fell ill, most of them in Brenmoor
    /// in October"; "18,000 homes lost power, mainly on Sunday"): the date is that clause's or that part's, not the whole figure's,
    /// so it does not date it. A date in the figure's own clause ("12 died on Monday; 3 on Tuesday" keeps Monday for 12) and one
    /// before the figure are left to the others.</summary>
    private static bool InClauseOrPartAsideAfter(SentenceView s, TimeExpression time, int figureEnd)
    {
        var k = FirstTokenAt(s, time.Span.Start);
        var figure = FirstTokenAt(s, figureEnd);
        if (k <= 0 || figure < 0 || k <= figure)
        {
            return false;
        }

        var inAside = false;
        for (var j = figure; j < k; j++)
        {
            if (s.Word(j) is ";")
            {
                return true;
            }

            if (j > 0 && s.Words.UnnumberedPartCues.Contains(s.Word(j)) && (s.Word(j - 1) is "," || (j >= 2 && s.Word(j - 2) is ",")))
            {
                inAside = true;
            }
            else if (inAside && s.Word(j) is ",")
            {
                inAside = false; // the aside closed before the date ("55 homes, most of them near the river, were flooded on 4 October")
            }
        }

        return inAside;
    }

    /// <summary>Whether <paramref name="time"/> is a bare year after the figure ending at <paramref name="figureEnd"/>, beyond a comma,
    /// that names the year of another thing in a noun phrase: between "the" or a possessive and a word ("…, sentenced over the 2011
    /// theft"; "…, a tenth of Lindenport's 2011 flock") or after "of" ("…, close to the sell-out final of 2011"; with the years that
    /// "and" or "or" adds: "the summers of 2011 and 2015"). Such a year is that thing's, set apart from the figure's clause, not the
    /// time the figure holds. A year in the figure's own clause ("48,000 fled in the 2011 uprising") still dates it, as does a year
    /// after a preposition ("…, in 2017"), one before the figure ("In the 2014 drought, 48,000 cattle died"), and one after "of" that
    /// a <c>comparison-word</c> in the phrase makes the figure's own ("…, the worst result of 2019" ranks the figure within 2019).</summary>
    private static bool NamesYearOfAnotherThingAfter(SentenceView s, TimeExpression time, int figureEnd)
    {
        var k = FirstTokenAt(s, time.Span.Start);
        var figure = FirstTokenAt(s, figureEnd);
        if (k <= 0 || figure < 0 || k <= figure || !TimeValues.IsYear(time.Value) || !HasCommaBetween(s, figure, k))
        {
            return false;
        }

        var before = k - 1;
        while (before > figure && (s.Word(before) is "and" or "or" || s.IsInTimeExpression(before)))
        {
            before--;
        }

        if (s.Word(before).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return !HasComparisonWordInPhrase(s, figure, before);
        }

        var after = FirstTokenAt(s, time.Span.End);
        return before == k - 1 && (s.Word(before).Equals("the", StringComparison.OrdinalIgnoreCase) || s.Tokens[before].Kind == TokenKind.Possessive)
            && after >= 0 && s.Tokens[after].Kind == TokenKind.Word;
    }

    private static bool HasCommaBetween(SentenceView s, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (s.Word(j) is ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a <c>comparison-word</c> stands in the phrase after the last comma past the figure ending at token
    /// <paramref name="figure"/>, before token <paramref name="end"/>: "…, the worst result of 2019".</summary>
    private static bool HasComparisonWordInPhrase(SentenceView s, int figure, int end)
    {
        for (var j = end - 1; j > figure && s.Word(j) is not ","; j--)
        {
            if (s.Words.ComparisonWords.Contains(s.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words an <c>onset-verb</c> may stand before a date it governs ("began on 5 May", "beginning between 3 August
    /// and 12 September" for both ends of the range).</summary>
    private const int OnsetWords = 8;

    /// <summary>Whether <paramref name="time"/> stands after the figure ending at <paramref name="figureEnd"/>, a few words after an
    /// <c>onset-verb</c> ("began", "beginning", "started") whose phrase is set apart from the figure's clause by "with", a colon or a
    /// semicolon ("214 cases from 31 states, with illnesses beginning between 3 August and 12 September"; "she had 64 contacts: her
    /// symptoms began on 9 May"): the date, or either end of such a range, says when something else began (the first illness,
    /// one patient's symptoms), not when the figure was counted, so it does not date it. A date the figure's own clause gives ("12
    /// died in a fire that started on Monday") still dates it, and so does one after a comma, a colon, a semicolon or a number of its
    /// own between the verb and the date, and a "with" that opens no absolute phrase ("in clashes with protesters that started on 14
    /// August").</summary>
    private static bool DatesAnOnsetAfter(SentenceView s, TimeExpression time, int figureEnd)
    {
        var k = FirstTokenAt(s, time.Span.Start);
        var figure = FirstTokenAt(s, figureEnd);
        if (k <= 0 || figure < 0 || k <= figure)
        {
            return false;
        }

        for (var j = k - 1; j > figure && j >= k - OnsetWords; j--)
        {
            if (s.Word(j) is "," or ";" or ":" || (s.Tokens[j].Kind == TokenKind.Number && !s.IsInTimeExpression(j)))
            {
                return false;
            }

            if (s.Words.OnsetVerbs.Contains(s.Word(j)))
            {
                return SetApartBefore(s, figure, j);
            }
        }

        return false;
    }

    /// <summary>How many words before an onset verb in "-ing" the "with" of an absolute phrase may stand ("with [the first]
    /// illnesses beginning").</summary>
    private const int AbsoluteWithWords = 4;

    // Whether a colon or a semicolon stands between the figure's end and the onset verb, or "with" opens an absolute phrase whose
    // onset verb in "-ing" follows within a few words ("with illnesses beginning", "with the first cases starting"); a "with" of a
    // noun phrase whose own clause the verb is in ("in clashes with protesters that started on 14 August", "40 people with burns
    // after a fire that began on …") sets nothing apart: that date is the figure's event's.
    private static bool SetApartBefore(SentenceView s, int figure, int onset)
    {
        var absolute = s.Word(onset).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        for (var i = onset - 1; i >= figure; i--)
        {
            if (s.Word(i) is ":" or ";"
                || (absolute && onset - i <= AbsoluteWithWords && s.Word(i).Equals("with", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="time"/> stands after the figure ending at <paramref name="figureEnd"/> in a phrase that
    /// describes a name, opened by a comma right after the name and a name-description opener ("the", "a", "who", "which": lexicon kind
    /// <c>name-description-opener</c>) ("40 died at the memorial for Karim
    /// Vesh, the general killed four years ago"; "…for Karim Vesh, who died in 2020"): it dates what the phrase says of the person or
    /// thing named, not the figure.</summary>
    private static bool InDescriptionOfNameAfter(SentenceView s, TimeExpression time, int figureEnd)
    {
        if (time.Span.Start < figureEnd)
        {
            return false;
        }

        for (var i = FirstTokenAt(s, time.Span.Start) - 1; i > 0 && s.Tokens[i].Span.Start >= figureEnd; i--)
        {
            if (s.Word(i) is ",")
            {
                return s.Words.NameDescriptionOpeners.Contains(s.Word(i + 1)) && Holders.IsNameWord(s, i - 1);
            }

            if (s.Word(i) is ";" or ":" || (s.Words.ClauseBreaks.Contains(s.Word(i)) && s.Word(i - 1) is not ","))
            {
                return false; // another clause; "who" or "which" right after the comma opens the description itself
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="time"/> stands in a relative clause set off by commas before the figure at
    /// <paramref name="figureStart"/> ("the council, which has run the district since 2019, said 40 were missing"): it dates what the clause says of
    /// its noun, not the figure.</summary>
    private static bool InRelativeClauseBefore(SentenceView s, TimeExpression time, int figureStart)
    {
        if (time.Span.End > figureStart)
        {
            return false;
        }

        var at = FirstTokenAt(s, time.Span.Start);
        var opens = false;
        for (var i = at - 1; i > 0; i--)
        {
            if (s.Word(i) is "," or ";" or ":")
            {
                break;
            }

            if (s.Word(i) is "which" or "who" or "whose" && s.Word(i - 1) is ",")
            {
                opens = true;
                break;
            }
        }

        if (!opens)
        {
            return false;
        }

        for (var i = FirstTokenAt(s, time.Span.End); i >= 0 && i < s.Tokens.Count && s.Tokens[i].Span.Start < figureStart; i++)
        {
            if (s.Word(i) is ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many days before publication a date must lie to date a count of people rather than the report ("46 died in a
    /// sinking last July" is another event).</summary>
    private const int OtherEventDays = 30;

    /// <summary>The TimeML value of "now" and "currently".</summary>
    private const string PresentReference = "PRESENT_REF";

    /// <summary>How many characters after a count its own date may stand ("146 by Tuesday", "1,460 as of Monday").</summary>
    private const int OwnDateCharacters = 20;

    /// <summary>How many days before publication the time that names the report's own incident may have ended ("February's winter storm"
    /// in a report of late March); an incident named by an older time ("the 2009 cyclone left 4,300 homeless", in a report of 2024) is
    /// another one the report recalls.</summary>
    private const int IncidentNamedDays = 366;

    /// <summary>How many days before the day the lead reports a count's own date must end to date an earlier event the report
    /// recalls ("13 miners were killed in late January when a tunnel flooded", in a report of Saturday's collapse), not the lead's
    /// event counted over its first days ("the floods that began on Tuesday have killed 40", reported on Friday).</summary>
    private const int EarlierEventDays = 7;

    /// <summary>Whether a time stated in the text (not the publication date standing in) ended more than
    /// <see cref="EarlierEventDays"/> days before the day the lead reports: the time of an earlier event the report recalls. False
    /// for a time with no end and for a report whose lead names no day (a report weeks later may tell its own event by its date).</summary>
    internal static bool EndsBeforeLead(TimeScope? time, TimeScope? leadDay) =>
        time is { Source: TimeScopeSource.Stated } && EndsBefore(time, leadDay?.Start);

    // Whether the time ended more than EarlierEventDays days before the lead's day (false when either is unknown).
    private static bool EndsBefore(TimeScope? time, DateOnly? lead) =>
        time is { End: { } until } && lead is { } leadStart && until.DayNumber < leadStart.DayNumber - EarlierEventDays;

    /// <summary>When a count of people (a toll) was given: its own date right after it ("rose to 146 on Tuesday"), else the date of the
    /// report ("said on Tuesday"), else the publication date — not the date of the event the people were counted in ("the landslide
    /// struck on Friday, killing 670" is a toll as published). A date weeks before publication dates another event and is kept (its
    /// counts are compared with other reports' counts of that time: "60 died in the 1979 eruption"). A later date that ends more than a
    /// week before the day the lead reports (<paramref name="leadDay"/>) is kept too, and then <c>IsEarlierEvent</c> says the count is
    /// of an earlier event the report recalls beside its own, never to be compared with the story's counts.
    /// <paramref name="cueToken"/> is the token of the figure's own reporting verb, or -1. <paramref name="ownTollGiven"/>: the report
    /// has already counted its own incident's toll, so that an incident a later sentence brings in may be another one.</summary>
    internal static (TimeScope? Time, bool IsEarlierEvent) CountTime(SentenceView s, QuantityMatch match, Document document, int cueToken, TimeScope? leadDay, bool ownTollGiven)
    {
        var statedTime = BestTime(s, match.FirstToken, match.EndToken);
        if (document.Published is not { } published)
        {
            return (statedTime?.Scope, false);
        }

        TimeScope? stated = statedTime?.Scope ?? new TimeScope(published, published, "document date") { Source = TimeScopeSource.PublicationDate };

        // "54 more deaths were tied to February's winter storm", reported in late March: a month or day that names the report's own
        // incident dates the incident, not the count, which stands as published. When the lead reports another day, only a count
        // given as a running total or an update is the named incident's so far ("the toll of the February storm has risen to 125");
        // else it is an earlier incident the report recalls ("January's flood killed 13").
        if (statedTime is { Scope: { Start: { } named, End: { } namedEnd } } && NamesIncident(s, statedTime)
            && named.DayNumber < published.DayNumber - OtherEventDays && namedEnd.DayNumber >= published.DayNumber - IncidentNamedDays
            && (leadDay?.Start is not { } incidentLead || (incidentLead >= named && incidentLead <= namedEnd)
                || IsRunningCount(s, match) || PeopleCounts.IsUpdate(s, match)))
        {
            stated = null;
        }

        if (DatedReportOf(s, match) is { } given)
        {
            return (given, false); // "Monday's update counted 58 dead", in Tuesday's report: 58 is Monday's figure
        }

        var end = s.Tokens[Math.Min(s.Tokens.Count, match.PhraseEndToken) - 1].Span.End;
        TimeScope? report = null;
        var reportIsPresent = false;
        foreach (var time in s.Times)
        {
            if (time.Kind != TimeExpressionKind.Date || time.Scope.Start is null)
            {
                continue;
            }

            if (time.Span.Start >= end && time.Span.Start - end <= OwnDateCharacters && !IsPossessed(s, time) && OnlyDatePrepositions(s, end, time.Span.Start))
            {
                return (time.Scope, false);
            }

            // "has now reached 43, … told reporters late on Wednesday": "now" is the time of the figure's own report, which a named day
            // after its reporting verb dates (not "up from 30 reported on Monday").
            var verb = ReportVerbOf(s, time);
            if (verb >= 0 && (report is null || (reportIsPresent && verb == cueToken)))
            {
                report = time.Scope;
                reportIsPresent = time.Value == PresentReference;
            }
        }

        if (report is not null)
        {
            return (report, false);
        }

        if (OpeningCountDate(s) is { } opening)
        {
            return (opening, false); // "By Sunday evening, only 19 people had died"
        }

        if (OpeningReportDate(s, match) is { } reported)
        {
            return (reported, false); // "On Tuesday two consuls told reporters that 70 pilgrims died"
        }

        var countedSince = IsRunningCountStart(s, statedTime) && (IsRunningCount(s, match) || SinceOpensSentenceBefore(s, statedTime, match));
        if (stated is { Start: { } start } && start.DayNumber < published.DayNumber - OtherEventDays
            && !countedSince
            && !IsToDatePeriod(s, statedTime, published)
            && !(HasPerfectVerbNear(s, match) && InAnotherClause(s, statedTime, match)))
        {
            return (stated, false);
        }

        if (UpdatingClauseDate(s, match) is { Start: { } day } updated && day <= published && day.DayNumber >= published.DayNumber - OtherEventDays)
        {
            return (updated, false); // "crews found nine more bodies on Sunday, raising the toll to 58"
        }

        // With no day in the lead, the day of publication stands for it when the sentence brings in an incident of its own after the
        // report gave its own incident's toll ("A quarry wall fell in Kestrel Bay and 27 died. On 2 March, a tunnel collapse near
        // Brenmoor killed 9"); before any toll, the incident is the report's own, told weeks later ("Police charged the quarry's
        // owner. On 2 March, a collapse at the quarry killed 9").
        var lead = leadDay?.Start ?? (ownTollGiven && PeopleCounts.BringsInNewIncident(s, 0) ? published : (DateOnly?)null);
        if (EndsBefore(stated, lead) && !IsRunningCount(s, match) && !countedSince)
        {
            return (stated, true);
        }

        if (statedTime is null && EarlierIncidentTimeBefore(s, match, published) is { } recalled)
        {
            return (recalled, false); // "the mayor recalled the ice storm of 1987, in which 23 residents died": 1987's toll
        }

        return (LongPeriodBefore(s, published) ?? new TimeScope(published, published, "as published"), false);
    }

    /// <summary>How many words before a date the incident noun it dates may stand ("the blizzard of 1987", "the storm, which struck
    /// in 2007").</summary>
    private const int IncidentBeforeDateWords = 5;

    /// <summary>The time of an earlier incident that the sentence recalls before a count that has no date of its own: a date before
    /// the count that ended more than <see cref="IncidentNamedDays"/> days before publication, with a <c>new-incident</c> noun at most
    /// <see cref="IncidentBeforeDateWords"/> words before it or <see cref="IncidentNameWords"/> after it ("the ice storm of 1987, in
    /// which 23 residents died"; "the 2007 storm, which killed 19"), that neither starts a period ("since the 1987 blizzard, 40 have
    /// died") nor is a compared time. <see cref="BestTime"/> passes such a date over, as one in a relative clause or a phrase
    /// aside; the count is still that incident's, not the report's.</summary>
    private static TimeScope? EarlierIncidentTimeBefore(SentenceView s, QuantityMatch match, DateOnly published)
    {
        var figureStart = s.Tokens[Math.Min(match.FirstToken, s.Tokens.Count - 1)].Span.Start;
        var figureEnd = s.Tokens[Math.Min(match.EndToken, s.Tokens.Count) - 1].Span.End;
        foreach (var time in s.Times)
        {
            if (time.Kind != TimeExpressionKind.Date || time.Span.End > figureStart || time.Scope is not { Start: not null, End: { } end }
                || end.DayNumber >= published.DayNumber - IncidentNamedDays || IsRunningCountStart(s, time)
                || IsComparisonReference(s, time, figureStart) || IsComparedEventDate(s, time, figureStart, figureEnd))
            {
                continue;
            }

            if (HasIncidentNounAround(s, time))
            {
                return time.Scope;
            }
        }

        return null;
    }

    // Whether a new-incident noun stands at most IncidentBeforeDateWords words before the date or IncidentNameWords after it.
    private static bool HasIncidentNounAround(SentenceView s, TimeExpression time)
    {
        var first = FirstTokenAt(s, time.Span.Start);
        var after = FirstTokenAt(s, time.Span.End);
        for (var k = Math.Max(0, first - IncidentBeforeDateWords); first >= 0 && k < first; k++)
        {
            if (IsIncidentNoun(s, k))
            {
                return true;
            }
        }

        for (var k = after; after >= 0 && k < Math.Min(s.Tokens.Count, after + IncidentNameWords); k++)
        {
            if (IsIncidentNoun(s, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many days before publication a running count's "since" start must lie for the count to be the total of a long span
    /// (a war's, a campaign's years) rather than the toll of the report's own event.</summary>
    private const int LongSpanDays = 365;

    /// <summary>The first year of the span a running count is counted over, when it is counted "since" a start more than
    /// <see cref="LongSpanDays"/> days before publication ("the insurgency has killed more than 9,000 people since 2011", in a report
    /// of 2024), else null. Such a total is another quantity than one event's toll given beside it and never meets it; two reports'
    /// totals counted from the same year still meet. A count "since Tuesday's raid" or "since March" of the same year is the event's
    /// own; so is "since March" read as last year's March early in a year (the start must name its year), and a count whose
    /// "since" dates something else (<see cref="IsRunningCountStart"/>, <see cref="IsRunningCount"/>).</summary>
    internal static int? LongSpanStartYear(SentenceView s, QuantityMatch match, DateOnly? published)
    {
        var statedTime = BestTime(s, match.FirstToken, match.EndToken);
        if (published is not { } day || statedTime is not { Scope.Start: { } start } || start.DayNumber > day.DayNumber - LongSpanDays
            || !s.Text.AsSpan(statedTime.Span.Start, statedTime.Span.End - statedTime.Span.Start)
                .Contains(start.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            return null;
        }

        return IsRunningCountStart(s, statedTime) && (IsRunningCount(s, match) || SinceOpensSentenceBefore(s, statedTime, match)) ? start.Year : null;
    }

    /// <summary>How many words a date may stand after the "since" whose phrase it closes ("since the first patients fell ill last
    /// August").</summary>
    private const int SincePhraseWords = 8;

    /// <summary>Whether <paramref name="time"/> follows "since" ("since May 2019, 4,318 have been rehoused", "4,318 rehoused since May
    /// 2019") or closes the phrase "since" opens ("4,210 infections since the first patients fell ill last August", "since the outbreak
    /// began in March"): with a running count (<see cref="IsRunningCount"/>), the day the count started, not a day it was given or an
    /// earlier event's, so the count is dated as published ("the worst since 1987, when 300 were killed" keeps 1987). A comma,
    /// semicolon, number, "and" or clause break between "since" and the date ends the phrase ("since the storm and repairs ended in
    /// March").</summary>
    private static bool IsRunningCountStart(SentenceView s, TimeExpression? time)
    {
        var k = time is null ? -1 : FirstTokenAt(s, time.Span.Start);
        if (k >= 0 && s.Word(k).Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var j = k - 1; j >= 0 && j >= k - SincePhraseWords; j--)
        {
            if (s.Word(j).Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (s.Word(j) is "," or ";" or "and" || s.Tokens[j].Kind == TokenKind.Number || s.Words.ClauseBreaks.Contains(s.Word(j)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence opens on the "since" phrase that <paramref name="time"/> closes and the count comes after it with
    /// no clause break word (which, who, while…) between ("Since 4 May 2021 every district of Vorland has reported measles, 8,140
    /// cases in all"): the whole sentence counts from that day, so the count is the running total up to the report even in a clause
    /// of its own. A "since" later in the sentence ("the worst since 1987, when 300 were killed") is left to the count's own clause
    /// (<see cref="IsRunningCount"/>).</summary>
    private static bool SinceOpensSentenceBefore(SentenceView s, TimeExpression? time, QuantityMatch match)
    {
        var opening = 0;
        while (opening < s.Tokens.Count && s.Tokens[opening].Kind == TokenKind.Punctuation)
        {
            opening++;
        }

        var k = time is null ? -1 : FirstTokenAt(s, time.Span.Start);
        if (opening >= s.Tokens.Count || !s.Word(opening).Equals("since", StringComparison.OrdinalIgnoreCase) || k < opening || k >= match.FirstToken)
        {
            return false;
        }

        for (var i = k + 1; i < match.FirstToken; i++)
        {
            if (s.Words.ClauseBreaks.Contains(s.Word(i)) || s.Word(i) is "when")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="time"/> is a period that runs through the publication day and follows a <c>to-date-cue</c>
    /// of one or two words ("so far this year", "to date this year"): the count is the total up to the report, so it is dated as
    /// published, after the counts of the weeks before it, not on the period's first day.</summary>
    private static bool IsToDatePeriod(SentenceView s, TimeExpression? time, DateOnly published)
    {
        if (time is not { Scope: { Start: { } start, End: { } end } } || start > published || end < published)
        {
            return false;
        }

        var k = FirstTokenAt(s, time.Span.Start);
        if (k < 1)
        {
            return false;
        }

        Span<char> pair = stackalloc char[ToDateCueChars];
        return s.Words.ToDateCues.Contains(s.Word(k - 1))
            || (k >= 2 && PeopleCounts.WordsJoined(s, k - 2, 2, pair) is { IsEmpty: false } twoWords && s.Words.ToDateCues.Contains(twoWords));
    }

    /// <summary>The most characters a two-word <c>to-date-cue</c>, its space included, may take ("so far"); longer pairs are no cue.</summary>
    private const int ToDateCueChars = 32;

    /// <summary>How many words from a count its verb's "has" or "have" may stand ("has killed 240", "240 people have died").</summary>
    private const int RunningCountWords = 4;

    // A count told in the perfect or counted since a date in its own clause ("the earthquake that struck on Feb. 22 has killed 240",
    // "240 people have died since", "since Feb. 20, the outbreak has killed 120") is the running total up to the report, whatever day
    // it started. The clause runs from the last comma or semicolon before the count to the next one after it; "has" and "have" count
    // only as the count's own verb, a few words from it ("officials have recalled that in May a landslide killed 4" is no running
    // count).
    private static bool IsRunningCount(SentenceView s, QuantityMatch match)
    {
        if (HasPerfectVerbNear(s, match))
        {
            return true;
        }

        var first = match.FirstToken;
        while (first > 0 && s.Word(first - 1) is not ("," or ";"))
        {
            first--;
        }

        for (var i = first; i < s.Tokens.Count && s.Word(i) is not ("," or ";") || i < match.PhraseEndToken; i++)
        {
            if ((i < match.FirstToken || i >= match.PhraseEndToken) && s.Word(i).Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the count's own verb is a present perfect a few words from it ("the toll has risen to 52", "52 people have
    /// died"): the total up to the report.</summary>
    private static bool HasPerfectVerbNear(SentenceView s, QuantityMatch match)
    {
        var first = match.FirstToken;
        while (first > 0 && first > match.FirstToken - RunningCountWords && s.Word(first - 1) is not ("," or ";"))
        {
            first--;
        }

        for (var i = first; i < Math.Min(s.Tokens.Count, match.PhraseEndToken + RunningCountWords); i++)
        {
            if (i >= match.FirstToken && i < match.PhraseEndToken)
            {
                continue;
            }

            if (s.Word(i) is "," or ";")
            {
                break;
            }

            if (s.Word(i) is "has" or "have" or "'ve" or "’ve")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a comma or semicolon stands between <paramref name="time"/> and the count ("Two months after the storm struck on
    /// 9 May, its toll has risen to 52"): a date in another clause than a count told in the present perfect says when the event
    /// happened, not when the count was given, so that count is dated by its report.</summary>
    private static bool InAnotherClause(SentenceView s, TimeExpression? time, QuantityMatch match)
    {
        var k = time is null ? -1 : FirstTokenAt(s, time.Span.Start);
        if (k < 0)
        {
            return false;
        }

        var (from, to) = k < match.FirstToken ? (k, match.FirstToken) : (match.PhraseEndToken, k);
        for (var i = from; i < to && i < s.Tokens.Count; i++)
        {
            if (s.Word(i) is "," or ";")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words a count may stand after the participle that opens its clause ("raising the confirmed toll to 58").</summary>
    private const int UpdatingClauseWords = 6;

    /// <summary>The date of the clause before ", raising the toll to 58" (an <c>updating-participle</c> right after a comma, the count
    /// completing its clause): the finding or report that clause dates brought the count to its figure then. The last date of the
    /// main clause before the comma: not one after "since" ("have found 12 bodies since Saturday" gives no day the count was
    /// reached), in a relative clause ("Crews, who reached Brenmoor on March 30, found …") or before a clause break. Null when
    /// none stands there, or when a number or clause break comes between the participle and the count ("the river rose on
    /// Monday, bringing 2 boats to search for 41 missing people" names no update and stays a count as published).</summary>
    private static TimeScope? UpdatingClauseDate(SentenceView s, QuantityMatch match)
    {
        for (var i = match.FirstToken - 1; i >= 1 && i >= match.FirstToken - UpdatingClauseWords; i--)
        {
            var word = s.Word(i);
            if (s.Tokens[i].Kind == TokenKind.Number || word is ";" or ":" or "," || s.Words.ClauseBreaks.Contains(word))
            {
                return null;
            }

            if (s.Word(i - 1) is "," && s.Words.UpdatingParticiples.Contains(word))
            {
                return MainClauseDate(s, i - 1);
            }
        }

        return null;
    }

    // The last date before the comma at token `comma` that stands in the main clause of the words before it.
    private static TimeScope? MainClauseDate(SentenceView s, int comma)
    {
        TimeScope? last = null;
        var j = 0;
        foreach (var time in s.Times)
        {
            if (time.Kind != TimeExpressionKind.Date || time.Scope.Start is null || time.Span.End > s.Tokens[comma].Span.Start)
            {
                continue;
            }

            while (j < comma && s.Tokens[j].Span.End <= time.Span.Start)
            {
                j++;
            }

            if (!s.Word(j).Equals("since", StringComparison.OrdinalIgnoreCase) && s.Word(j - 1) is not "since"
                && !IsInRelativeClause(s, j) && !HasClauseBreak(s, j + 1, comma))
            {
                last = time.Scope;
            }
        }

        return last;
    }

    // "Crews, who reached Brenmoor on March 30, found …": a relative-clause-opener between the token and the comma before it.
    private static bool IsInRelativeClause(SentenceView s, int index)
    {
        for (var k = index - 1; k >= 0 && s.Word(k) is not ","; k--)
        {
            if (s.Words.RelativeClauseOpeners.Contains(s.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a token in [<paramref name="from"/>, <paramref name="end"/>) is a semicolon, a colon or a <c>clause-break</c>
    /// entry ("while", "but"): the words on either side belong to different clauses.</summary>
    internal static bool HasClauseBreak(SentenceView s, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (s.Word(k) is ";" or ":" || s.Words.ClauseBreaks.Contains(s.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // "By Sunday evening, …", "As of Monday, …": a date the sentence opens with after "by" or "as of" dates the counts in it.
    private static TimeScope? OpeningCountDate(SentenceView s)
    {
        var k = s.Word(0) is "By" ? 1 : s.Word(0) is "As" && s.Word(1) is "of" or "at" ? 2 : -1;
        if (k < 0 || k >= s.Tokens.Count)
        {
            return s.Word(0) is "At" ? OpeningHourDate(s) : null;
        }

        foreach (var time in s.Times)
        {
            if (time.Kind is TimeExpressionKind.Date or TimeExpressionKind.Time && time.Scope.Start is not null && time.Span.Start == s.Tokens[k].Span.Start)
            {
                return time.Scope;
            }
        }

        return null;
    }

    /// <summary>How many words an opening "At noon on Friday," may have before its comma.</summary>
    private const int OpeningHourWords = 8;

    // "At noon on Friday, the tally stood at 15 dead", "At 6 p.m. the day before, 9 February, 110 were missing": the hour a sentence
    // opens with, and the day given with it before the comma that closes the opening, date the counts in it.
    private static TimeScope? OpeningHourDate(SentenceView s)
    {
        var close = -1;
        for (var j = 1; j < Math.Min(s.Tokens.Count - 1, OpeningHourWords + 2); j++)
        {
            if (s.Word(j) is "," && s.Word(j + 1) is not [>= '0' and <= '9', ..] && !IsMonthDayAfter(s, j))
            {
                close = j;
                break;
            }
        }

        if (close < 0)
        {
            return null;
        }

        TimeScope? day = null;
        foreach (var time in s.Times)
        {
            if (time.Kind == TimeExpressionKind.Date && time.Scope is { Start: { } start, End: { } end } && start == end
                && time.Span.End <= s.Tokens[close].Span.Start)
            {
                day = time.Scope;
            }
        }

        return day;
    }

    // Whether the comma at token comma is followed by the day the opening gives ("the day before, February 9,").
    private static bool IsMonthDayAfter(SentenceView s, int comma)
    {
        var next = s.Tokens[comma + 1].Span.Start;
        foreach (var time in s.Times)
        {
            if (time.Span.Start == next && time.Kind == TimeExpressionKind.Date)
            {
                return true;
            }
        }

        return false;
    }

    // "On Tuesday two consuls told reporters that 70 …", "On 3 May, the committee said 90 …": a day the sentence opens with, when
    // a reporting verb stands between it and the count, is the day the count was given. Without one ("On Friday a landslide killed
    // 85") it is the day of the event, not of the count.
    private static TimeScope? OpeningReportDate(SentenceView s, QuantityMatch match)
    {
        if (s.Word(0) is not "On" || s.Tokens.Count < 2)
        {
            return null;
        }

        foreach (var time in s.Times)
        {
            if (time.Kind != TimeExpressionKind.Date || time.Scope is not { Start: { } day, End: { } last } || day != last
                || time.Span.Start != s.Tokens[1].Span.Start)
            {
                continue;
            }

            for (var i = FirstTokenAt(s, time.Span.End); i >= 0 && i < match.FirstToken; i++)
            {
                // "On Monday the toll from the ferry fire stood at 15": a toll noun states the count as it stood that day, as a reporting verb does.
                if (s.Reporting.IsVerb(s.Word(i)) || s.Words.TollNouns.ContainsKey(s.Word(i)))
                {
                    return time.Scope;
                }
            }
        }

        return null;
    }

    // "in the 13 months since", "over the past two years": a count over a period of at least OtherEventDays up to publication is a
    // count of all that happened in it, not of the story's event; it holds from the period's start. Not after a superlative ("the
    // deadliest in 90 years").
    private static TimeScope? LongPeriodBefore(SentenceView s, DateOnly published)
    {
        foreach (var time in s.Times)
        {
            if (time.Kind != TimeExpressionKind.Duration || PeriodDays(time.Value) is not { } days || days < OtherEventDays
                || published.DayNumber - days < DateOnly.MinValue.DayNumber)
            {
                continue;
            }

            var k = FirstTokenAt(s, time.Span.Start) - 1;
            if (k >= 0 && s.Word(k) is "the" or "The")
            {
                k--;
            }

            if (k > 0 && s.Word(k) is "over" && s.Word(k - 1) is "in")
            {
                k--; // "its heaviest snowfall in over a century": the "in" of a compared period
            }

            // "the worst floods in 90 years", "the strongest storm to hit the coast in almost a century": a superlative before "in" makes
            // the period what the event is compared with, not a period the figure counts over.
            if (k >= 0 && s.Word(k) is "in" or "In" or "over" or "Over" or "during" or "During" && !(s.Word(k) is "in" && IsComparedPeriod(s, k)))
            {
                return new TimeScope(DateOnly.FromDayNumber(published.DayNumber - (int)days), published, s.Text[time.Span.Start..time.Span.End]);
            }
        }

        return null;
    }

    // "P13M", "P2Y", "P10W", "P45D": the length of a TimeML duration in days, or null for any other value.
    private static long? PeriodDays(string value)
    {
        if (value.Length < 3 || value.Length > 9 || value[0] != 'P'
            || !long.TryParse(value.AsSpan(1, value.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        return value[^1] switch
        {
            'D' => count,
            'W' => count * 7,
            'M' => count * 30,
            'Y' => count * 365,
            _ => null,
        };
    }

    // "146 on Tuesday", "1,460 by Monday", "212 as of Sunday": nothing but a preposition between a count and its own date.
    private static bool OnlyDatePrepositions(SentenceView s, int from, int to)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var token = s.Tokens[i];
            if (token.Span.Start >= from && token.Span.End <= to && s.Word(i) is not ("on" or "by" or "as" or "of" or "until" or "at" or ","))
            {
                return false;
            }
        }

        return true;
    }

    // The date of an event: the nearest resolved date after the predicate within a short distance ("sank … on Sunday"), else the
    // nearest before it ("Sunday's capsizing"); English puts an event's time after its verb more often than before. A noun event
    // inside a phrase another word governs takes only a date inside that phrase (see GovernedNominalEventPhrase), and an event in
    // a clause opened by a time conjunction only a date inside that clause (see TimeClause).
    internal static TimeScope? EventDate(SentenceView s, int predicate)
    {
        const int MaxCharactersAfter = 90;
        TimeScope? after = null;
        TimeScope? before = null;
        var afterDistance = int.MaxValue;
        var beforeDistance = int.MaxValue;
        var at = s.Tokens[predicate].Span;
        var clause = GovernedNominalEventPhrase(s, predicate) ?? TimeClause(s, predicate, afterOutcome: true);
        foreach (var time in s.Times)
        {
            if (time.Kind is not (TimeExpressionKind.Date or TimeExpressionKind.Time) || time.Scope.Start is null || time.Scope.End is null
                || IsReportDate(s, time))
            {
                continue; // "the ministry on Wednesday revised the toll from the explosion": the day of the report, not of the event
            }

            if (IsBareClockTime(s, time))
            {
                continue; // "the ferry went down at about 2pm": the hour names no day, and the day of publication is not the event's
            }

            if (time.Value == PresentReference)
            {
                continue; // "nine have now died after the blast": "now" dates the toll, not the event it counts
            }

            if (clause is var (clauseStart, clauseEnd) && (time.Span.Start < clauseStart || time.Span.End > clauseEnd))
            {
                continue; // "12 were found dead on Monday after the volcano erupted": Monday dates the finding, not the eruption;
                          // "on Monday inspectors blamed a faulty signal for the derailment": Monday dates the blaming
            }

            if (SemicolonBetween(s, time.Span, at))
            {
                continue; // "crews left the site on Thursday; the fire had started four days earlier": Thursday dates the other clause
            }

            if (IsReadingDate(s, time))
            {
                continue; // "the dead from the dam collapse numbered 80 by Saturday morning": Saturday is when the toll stood so
            }

            if (IsBoundPossessiveDayOfAnotherNoun(s, time, predicate))
            {
                continue; // "the collapse came a day before Wednesday's holiday": Wednesday dates the holiday
            }

            if (time.Span.Start >= at.End)
            {
                var distance = time.Span.Start - at.End;
                if (distance <= MaxCharactersAfter && distance < afterDistance)
                {
                    after = time.Scope;
                    afterDistance = distance;
                }
            }
            else if (at.Start - time.Span.End is var distance && distance >= 0 && distance < beforeDistance)
            {
                before = time.Scope;
                beforeDistance = distance;
            }
        }

        return after ?? before;
    }

    /// <summary>Whether <paramref name="time"/> follows a preposition that makes it the moment a figure was read, still running
    /// (<c>hour-reading-cue</c> valued "before": "by Saturday", "as of Monday"): by then the event had happened, on a day it does not
    /// give. A possessive day after "by" is no such moment: "killed by Sunday's explosion" dates the explosion.</summary>
    private static bool IsReadingDate(SentenceView s, TimeExpression time)
    {
        var first = FirstTokenAt(s, time.Span.Start);
        if (first < 1 || IsPossessiveDay(s, time))
        {
            return false;
        }

        var word = s.Word(first - 1);
        return s.Words.HourReadingPrepositions.Contains(word)
            || (first >= 2 && s.Words.HourReadingPrepositions.Contains(string.Concat(s.Word(first - 2), " ", word)));
    }

    /// <summary>How many words before a possessive day a time conjunction may stand ("two days before Wednesday's holiday").</summary>
    private const int BoundPossessiveWords = 3;

    /// <summary>Whether <paramref name="time"/> is a possessive day in a phrase a time conjunction opens (<c>time-clause-opener</c>:
    /// "a day before Wednesday's holiday", "hours after Monday's vote") whose noun is not the event's predicate: the day dates the
    /// noun the event is measured from, not the event. "the toll of last Monday's dam collapse" and "killed by Saturday's explosion"
    /// keep their day. The possessed phrase runs over at most <see cref="NominalEventPhraseWords"/> words, up to a mark other than a
    /// hyphen; the check cannot tell a possessed noun that names the event itself in other words ("before Monday's disaster").</summary>
    private static bool IsBoundPossessiveDayOfAnotherNoun(SentenceView s, TimeExpression time, int predicate)
    {
        if (!IsPossessiveDay(s, time))
        {
            return false;
        }

        var first = FirstTokenAt(s, time.Span.Start);
        var bound = false;
        for (var k = first - 1; k >= 0 && first - k <= BoundPossessiveWords && s.Tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            bound |= s.Words.TimeClauseOpeners.Contains(s.Word(k));
        }

        if (!bound)
        {
            return false;
        }

        var possessive = FirstTokenAt(s, time.Span.End);
        for (var k = possessive + 1; k < s.Tokens.Count && k - possessive <= NominalEventPhraseWords; k++)
        {
            if (k == predicate)
            {
                return false;
            }

            if (s.Tokens[k].Kind == TokenKind.Punctuation && s.Word(k) is not "-")
            {
                break;
            }
        }

        return true;
    }

    /// <summary>Whether a possessive marker follows <paramref name="time"/> ("Wednesday's").</summary>
    private static bool IsPossessiveDay(SentenceView s, TimeExpression time) =>
        FirstTokenAt(s, time.Span.End) is var after and >= 0 && s.Tokens[after].Kind == TokenKind.Possessive;

    /// <summary>Whether a semicolon stands between two character spans of the sentence: the clauses it joins each keep their own
    /// dates.</summary>
    private static bool SemicolonBetween(SentenceView s, TextSpan one, TextSpan other)
    {
        var from = Math.Min(one.End, other.End);
        var to = Math.Max(one.Start, other.Start);
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.Tokens[k].Span.Start >= from && s.Tokens[k].Span.End <= to && s.Word(k) is ";")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words a nominal event's own phrase may hold between the word governing it and the noun ("of Friday's
    /// three-train crash", "in the deadliest train crash").</summary>
    private const int NominalEventPhraseWords = 6;

    /// <summary>The character span of the phrase of a nominal event predicate ("crash", "explosion": lexicon kind <c>nominal-event</c>
    /// valued "noun") that another word governs: a governor ("of", "over": valued "governor"; "in", "from": valued
    /// "outcome-governor", only right after a noun of an outcome or a toll) before a determiner or a possessive that opens the
    /// noun's phrase ("the cause of the crash", "a fourth death in the bus crash", "the toll of Friday's crash"), from the word after
    /// the governor to the first mark, clause break or "and" after the noun ("the crash near Lindenport on Friday"). A date outside
    /// it dates another verb ("on Monday inspectors blamed a faulty signal for the derailment", "the insurer listed a fourth death
    /// from the explosion, on Tuesday"). Null when the predicate is no such noun, or its phrase is not governed ("nine died in a
    /// crash"), so that the sentence's dates may date it.</summary>
    private static (int Start, int End)? GovernedNominalEventPhrase(SentenceView s, int predicate)
    {
        if (!s.Words.NominalEvents.Contains(s.Word(predicate)))
        {
            return null;
        }

        var determined = false;
        for (var k = predicate - 1; k >= 0 && predicate - k <= NominalEventPhraseWords; k--)
        {
            var word = s.Word(k);
            if (s.Tokens[k].Kind == TokenKind.Possessive || s.Words.NominalEventDeterminers.Contains(word))
            {
                determined = true;
                continue;
            }

            if (s.Tokens[k].Kind == TokenKind.Punctuation && word is not "-")
            {
                return null;
            }

            if (s.Words.NominalEventGovernors.Contains(word)
                || (s.Words.NominalEventOutcomeGovernors.Contains(word) && k > 0
                    && (s.Words.OutcomeNouns.ContainsKey(s.Word(k - 1)) || s.Words.TollNouns.ContainsKey(s.Word(k - 1)))))
            {
                return determined ? (s.Tokens[k + 1].Span.Start, ClauseEndAfter(s, predicate)) : null;
            }

            if (s.Words.NominalEventOutcomeGovernors.Contains(word))
            {
                return null; // "12 died in a bus crash near Lindenport on Monday": the phrase tells where the deaths came from
            }
        }

        return null;
    }

    /// <summary>How many words before an event's predicate the time conjunction opening its clause may stand ("after the Vessa
    /// river dam in the north burst").</summary>
    private const int TimeClauseWindow = 10;

    /// <summary>Whether <paramref name="time"/> stands in a clause a time conjunction opens ("after the disputed election on 22
    /// February"): it dates that clause's event, not the sentence's.</summary>
    internal static bool InTimeClause(SentenceView s, TimeExpression time) =>
        TimeClause(s, FirstTokenAt(s, time.Span.Start), afterOutcome: false) is not null;

    /// <summary>The character span of the clause an event predicate stands in when a time conjunction opens it ("after", "before",
    /// "since": lexicon kind time-clause-opener; with <paramref name="afterOutcome"/>, also one valued "outcome" right after an
    /// outcome word: "the bodies of those killed when the plane crashed"): from the conjunction to the first mark, clause break
    /// or "and" after the predicate. Null when no such conjunction stands before the predicate in its clause.</summary>
    private static (int Start, int End)? TimeClause(SentenceView s, int predicate, bool afterOutcome)
    {
        var window = TimeClauseWindow;
        for (var k = predicate - 1; k >= 0 && k >= predicate - window; k--)
        {
            var word = s.Word(k);
            if (word is "," && PeopleCounts.PeopleAsideOpening(s, k) is var opening and >= 0)
            {
                window += k - opening + 1;
                k = opening; // "after a coach carrying 40, among them six pupils, overturned": the aside stands inside the clause
                continue;
            }

            if (s.Tokens[k].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(word) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (s.Words.TimeClauseOpeners.Contains(word)
                || (afterOutcome && k > 0 && s.Words.OutcomeClauseOpeners.Contains(word) && s.Words.Outcomes.ContainsKey(s.Word(k - 1))
                    && OutcomeModifiesNoun(s, k - 1)))
            {
                return (s.Tokens[k].Span.Start, ClauseEndAfter(s, predicate));
            }
        }

        return null;
    }

    /// <summary>Where the clause of <paramref name="predicate"/> ends: at the first mark, clause break or "and" after it, else at the
    /// sentence's end.</summary>
    private static int ClauseEndAfter(SentenceView s, int predicate)
    {
        for (var j = predicate + 1; j < s.Tokens.Count; j++)
        {
            var next = s.Word(j);
            if (s.Tokens[j].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(next) || next.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return s.Tokens[j].Span.Start;
            }
        }

        return s.Sentence.Span.End;
    }

    /// <summary>Whether the outcome word at <paramref name="outcome"/> describes a noun ("those killed when", "who died when") rather
    /// than being the main verb after an auxiliary or a figure ("12 people were killed when", "12 died when"): only then does
    /// the clause it opens hold an event of its own.</summary>
    private static bool OutcomeModifiesNoun(SentenceView s, int outcome) =>
        outcome == 0
        || (s.Tokens[outcome - 1].Kind != TokenKind.Number
            && s.Word(outcome - 1) is not ("was" or "were" or "been" or "be" or "being" or "is" or "are" or "has" or "have" or "had"));

    /// <summary>Whether <paramref name="time"/> is a clock reading with no day of its own ("at about 2pm", "10:50 GMT", "around
    /// midnight", "4 in the morning"): its day is only the reference date, which dates a report, not an event it tells of.</summary>
    private static bool IsBareClockTime(SentenceView s, TimeExpression time)
    {
        var first = FirstTokenAt(s, time.Span.Start);
        if (time.Kind != TimeExpressionKind.Time || first < 0)
        {
            return false;
        }

        // Lower-case words before the hour modify it ("about 2pm", "shortly after 9 a.m."); a capital names a day ("Friday 9 a.m.").
        for (; first < s.Tokens.Count && s.Tokens[first].Span.Start < time.Span.End && s.Word(first) is [var c, ..] && !char.IsAsciiDigit(c)
               && !s.TimeWords.ClockWords.ContainsKey(s.Word(first)); first++)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        if (first >= s.Tokens.Count || s.Tokens[first].Span.Start >= time.Span.End)
        {
            return false; // "tonight", "this morning": a part of the reference day, no clock reading
        }

        for (var k = first + 1; k < s.Tokens.Count && s.Tokens[k].Span.Start < time.Span.End; k++)
        {
            if (s.Word(k) is [var letter, ..] word && char.IsLetter(letter) && !IsClockMark(word) && !IsDayPartOfTheHour(s, k))
            {
                return false; // "10:35 a.m. Friday", "midnight Sunday": the day is part of the expression
            }
        }

        return true;
    }

    // "in the morning", "at night" after an hour say which half of the day it is on, not which day.
    private static bool IsDayPartOfTheHour(SentenceView s, int k) =>
        s.TimeWords.DayParts.ContainsKey(s.Word(k))
        || (s.Word(k) is "in" or "the" or "at" && s.TimeWords.DayParts.ContainsKey(s.Word(k + (s.Word(k + 1) is "the" ? 2 : 1))));

    // "a.m.", "pm" and a zone written in capitals ("GMT", "EST") belong to a clock reading; other words name its day.
    private static bool IsClockMark(ReadOnlySpan<char> word)
    {
        var letters = 0;
        var capitals = 0;
        foreach (var c in word)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }

        return (letters <= 2 && (word[0] is 'a' or 'A' or 'p' or 'P' or 'm' or 'M')) || (letters == capitals && letters <= 4);
    }

    /// <summary>How many words a reference cue may stand before its date ("since the start of the war in 2022").</summary>
    private const int ReferenceCueWindow = 7;

    /// <summary>Whether <paramref name="time"/> may date the event a lead reports: not the day of a thing ("Sunday's front pages")
    /// or of what something is compared with ("the largest since 2019", "as many as two weeks earlier").</summary>
    internal static bool MayDateTheEvent(SentenceView s, TimeExpression time)
    {
        // What a date is compared with is read after the last figure before it ("2 million rallied on Friday" keeps its day).
        var figureEnd = -1;
        foreach (var match in s.Quantities)
        {
            var end = match.Mention.Span.End;
            if (end <= time.Span.Start && end > figureEnd)
            {
                figureEnd = end;
            }
        }

        return !IsPossessed(s, time) && !IsComparisonReference(s, time, 0) && (figureEnd < 0 || !IsComparedEventDate(s, time, figureEnd, figureEnd));
    }

    /// <summary>How many words after a figure a date may stand and be that of what the figure is compared with.</summary>
    private const int ComparedEventWindow = 16;

    /// <summary>Whether a date after the figure spanning <paramref name="figureStart"/> to <paramref name="figureEnd"/> is that of what
    /// the figure is compared with: a <c>compared-event-cue</c> stands between them ("60,000 marched, four times as many as at the rally
    /// two weeks earlier"). A date before the figure is the compared event's when such a cue leads right to it and a comma or a
    /// <c>figure-link</c> word parts the date's phrase from the figure ("turnout was lower than in 2019, with 8.8%"); a figure inside the
    /// date's own phrase is that date's ("lower than the 2019 turnout of 61%", "lower than in 2019 (61%)").</summary>
    private static bool IsComparedEventDate(SentenceView s, TimeExpression time, int figureStart, int figureEnd)
    {
        if (time.Span.Start < figureEnd)
        {
            return IsCuedComparedDate(s, time) && IsPartedFromFigure(s, time, figureStart) && !OpensRelativeClauseAfter(s, time);
        }

        var seen = 0;
        for (var k = 0; k < s.Tokens.Count && s.Tokens[k].Span.End <= time.Span.Start; k++)
        {
            if (s.Tokens[k].Span.Start < figureEnd)
            {
                continue;
            }

            if (++seen > ComparedEventWindow)
            {
                return false;
            }

            var phrase = s.Word(k).ToString();
            for (var length = 1; length <= MaxComparedEventWords && k + length <= s.Tokens.Count; length++)
            {
                if (length > 1)
                {
                    phrase = $"{phrase} {s.Word(k + length - 1)}";
                }

                if (s.Words.ComparedEventCues.Contains(phrase) && LeadsToDate(s, k + length, time))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "lower than in 2019, with 8.8%": a comma or a figure-link word ("with", "at") between the date's phrase and the figure.
    private static bool IsPartedFromFigure(SentenceView s, TimeExpression time, int figureStart)
    {
        for (var k = FirstTokenAt(s, time.Span.End); k >= 0 && k < s.Tokens.Count && s.Tokens[k].Span.Start < figureStart; k++)
        {
            if (s.Word(k) is "," or ";" || s.Words.FigureLinks.Contains(s.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words of the noun a date modifies may stand between the date and the comma of a relative clause ("since
    /// 2007's big flood, which").</summary>
    private const int DatedNounWords = 3;

    // "smaller than the rally of May 2031, which drew 80,000", "the worst since 2007's big flood, which drowned 450",
    // "since the 2007 flood, which drowned 450", "the ice storm of 1987, in which 23 died": a relative clause that the comma after the
    // date (or after the few words of the noun it modifies) opens makes the figure the compared event's own; a clause further on ("…, but officials said that 8.8%
    // voted") does not. A noun of more words than DatedNounWords is not read as the date's.
    private static bool OpensRelativeClauseAfter(SentenceView s, TimeExpression time) => RelativeClauseOpenerAfter(s, time) >= 0;

    // The token of the relative-clause opener ("which") that OpensRelativeClauseAfter finds after the date, or -1.
    private static int RelativeClauseOpenerAfter(SentenceView s, TimeExpression time)
    {
        var k = FirstTokenAt(s, time.Span.End);
        if (k >= 0 && s.Tokens[k].Kind == TokenKind.Possessive)
        {
            k++;
        }

        for (var words = 0; k >= 0 && k < s.Tokens.Count && words < DatedNounWords && s.Tokens[k].Kind == TokenKind.Word && !s.Words.ClauseBreaks.Contains(s.Word(k)); words++)
        {
            k++;
        }

        if (k < 0 || k + 1 >= s.Tokens.Count || s.Word(k) is not ",")
        {
            return -1;
        }

        // "the ice storm of 1987, in which 23 died": a preposition may lead the opener.
        var opener = k + 2 < s.Tokens.Count && s.Tokens[k + 1].Kind == TokenKind.Word && !s.Words.ClauseBreaks.Contains(s.Word(k + 1))
            && s.Words.RelativeClauseOpeners.Contains(s.Word(k + 2)) ? k + 2 : k + 1;
        return s.Words.RelativeClauseOpeners.Contains(s.Word(opener)) ? opener : -1;
    }

    // "the worst since 2007's big flood, which cut the valley off and drowned some 450": a possessed date whose noun a relative
    // clause describes dates the figure in that clause (no comma or semicolon between the clause's opener and the figure), as "the
    // 2007 flood, which drowned 450" does; "Tuesday's vote, which was delayed, drew 40%" does not date the main clause's figure.
    private static bool DatesRelativeClauseFigure(SentenceView s, TimeExpression time, int figureStart)
    {
        var opener = RelativeClauseOpenerAfter(s, time);
        if (opener < 0 || s.Tokens[opener].Span.Start >= figureStart)
        {
            return false;
        }

        for (var k = opener + 1; k < s.Tokens.Count && s.Tokens[k].Span.Start < figureStart; k++)
        {
            if (s.Word(k) is "," or ";")
            {
                return false;
            }
        }

        return true;
    }

    // Whether a compared-event-cue ends a few words before the date, in its clause ("lower than in the 2014 and 2019 elections").
    private static bool IsCuedComparedDate(SentenceView s, TimeExpression time)
    {
        var first = FirstTokenAt(s, time.Span.Start);
        for (var k = first - 1; k >= 0 && k >= first - ComparedDateGap - MaxComparedEventWords; k--)
        {
            if (s.Word(k) is "," or ";")
            {
                return false;
            }

            var phrase = s.Word(k).ToString();
            for (var length = 1; length <= MaxComparedEventWords && k + length <= first; length++)
            {
                if (length > 1)
                {
                    phrase = $"{phrase} {s.Word(k + length - 1)}";
                }

                if (s.Words.ComparedEventCues.Contains(phrase) && LeadsToDate(s, k + length, time))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many words may stand between a <c>compared-event-cue</c> and the compared event's date ("than at the rally
    /// on Monday").</summary>
    private const int ComparedDateGap = 6;

    // Whether the date follows the cue within its own phrase: a few words, no comma ("more than on Monday", "as many as at the rally
    // a week earlier"); not "far more than expected, marched on Saturday".
    private static bool LeadsToDate(SentenceView s, int afterCue, TimeExpression time)
    {
        var gap = 0;
        for (var k = afterCue; k < s.Tokens.Count && s.Tokens[k].Span.Start < time.Span.Start; k++)
        {
            if (++gap > ComparedDateGap || s.Word(k) is "," or ";")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most words a <c>compared-event-cue</c> has ("as many as").</summary>
    private const int MaxComparedEventWords = 3;

    /// <summary>How many words before a reference cue the comparison it completes may stand ("the largest protest in the city since").</summary>
    private const int ComparisonWindow = 6;

    /// <summary>Whether a date is only the point a claim is measured against: it follows a reference cue that completes a comparison
    /// ("the largest protest since 1997", "the deadliest floods since the storms of 2004") in the same clause, and the figure is not in
    /// a clause that the date itself opens ("since 1989, when a million people marched" dates the million). Without a comparison the
    /// date starts the period the claim covers ("cut 1,200 jobs since January").</summary>
    private static bool IsComparisonReference(SentenceView s, TimeExpression time, int figureStart)
    {
        var first = FirstTokenAt(s, time.Span.Start);
        if (first < 0)
        {
            return false;
        }

        var cued = false;
        for (var k = first - 1; k >= 0 && k >= first - ReferenceCueWindow; k--)
        {
            var word = s.Word(k);
            if (s.Tokens[k].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(word) || s.IsInAmount(k))
            {
                break;
            }

            if (s.Words.ReferenceTimeCues.Contains(word))
            {
                cued = HasComparisonBefore(s, k);
                break;
            }
        }

        if (!cued || figureStart < time.Span.End)
        {
            return cued;
        }

        // The figure after the date: a reference only when no clause opens between them.
        for (var k = first; k < s.Tokens.Count && s.Tokens[k].Span.Start < figureStart; k++)
        {
            if (s.Tokens[k].Span.Start >= time.Span.End && (s.Words.ClauseBreaks.Contains(s.Word(k)) || s.Word(k) is "," or ";"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words before "in" a superlative may stand to make the period after it a comparison ("one of the strongest
    /// storms to hit the islands of the region in almost a century").</summary>
    private const int ComparedPeriodWindow = 12;

    /// <summary>Whether a superlative stands before the "in" at <paramref name="at"/>, in its clause and after any figure ("the worst
    /// floods in 90 years", "the strongest storm to hit the coast in almost a century"), so the period after "in" is what the event
    /// is compared with. A figure, "and" or a mark between them ends the search ("killed 9,000 people in 13 months" counts over
    /// the months), and "at least", "at most" and "most of" are no superlatives.</summary>
    private static bool IsComparedPeriod(SentenceView s, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - ComparedPeriodWindow; k--)
        {
            var word = s.Word(k);
            if (s.Tokens[k].Kind == TokenKind.Number || s.IsInAmount(k))
            {
                var first = k;
                while (first > 0 && s.IsInAmount(first - 1))
                {
                    first--;
                }

                if (first > 0 && s.Word(first - 1) is "the")
                {
                    k = first;
                    continue; // "the worst riot between the two clubs in ten years": the things compared, not a figure
                }
            }

            if (s.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Number || s.IsInAmount(k) || word is "and" || s.Words.ClauseBreaks.Contains(word))
            {
                return false;
            }

            if (s.Words.ComparisonWords.Contains(word) && !(k > 0 && s.Word(k - 1) is "at") && !(s.Word(k + 1) is "of"))
            {
                return true;
            }
        }

        return false;
    }

    // "the largest … since", "the first … since": a comparison word in the clause before the cue.
    private static bool HasComparisonBefore(SentenceView s, int cue)
    {
        for (var k = cue - 1; k >= 0 && k >= cue - ComparisonWindow; k--)
        {
            var word = s.Word(k);
            if (s.Tokens[k].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(word))
            {
                return false;
            }

            if (s.Words.ComparisonWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token that starts at or after <paramref name="position"/>, or -1 when none does.</summary>
    internal static int FirstTokenAt(SentenceView s, int position)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Span.Start >= position)
            {
                return i;
            }
        }

        return -1;
    }

    // "said on Saturday", "told reporters Friday", "announced on Monday"
    /// <summary>How many tokens a bracketed aside after a name may hold ("(1998-2004)", "(born 12 May 1960)").</summary>
    private const int AsideTokens = 6;

    // "the government of Hal Verner (1998-2004)": a date in brackets right after a name is the name's (a term, a lifespan), not the
    // figure's.
    private static bool IsNameAside(SentenceView s, TimeExpression time)
    {
        var first = FirstTokenAt(s, time.Span.Start);
        var open = first - 1;
        while (open >= 0 && open > first - AsideTokens && s.Word(open) is not ("(" or ")"))
        {
            open--;
        }

        if (open < 1 || s.Word(open) is not "(" || s.Tokens[open - 1].Kind != TokenKind.Word || !char.IsUpper(s.Word(open - 1)[0])
            || s.IsInTimeExpression(open - 1) || s.Entities.Exists(m => m.EndToken == open && m.Entity.Kind is EntityKind.Place or EntityKind.Country))
        {
            return false; // "on Thursday (20 June)", "in Lindenport (June 4)": the date is the figure's
        }

        for (var k = first + 1; k < Math.Min(s.Tokens.Count, open + AsideTokens); k++)
        {
            if (s.Word(k) is ")")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words may name who heard a report, between the verb that tells it and the report's date ("the mayor's aide
    /// told the Corley Herald's night desk on Tuesday").</summary>
    private const int HearerWords = 7;

    /// <summary>Whether <paramref name="time"/> dates the report rather than what it reports: right after a reporting verb ("said
    /// late on Wednesday") or its hearer ("told Reuters on Monday"), or right before a reporting or updating verb.</summary>
    internal static bool IsReportDate(SentenceView s, TimeExpression time) => ReportVerbOf(s, time) >= 0 || IsDatelineDate(s, time) || IsUpdateStamp(s, time);

    /// <summary>How many tokens may open a sentence before an update stamp's date ("Update, 21 March, 09:40:", "Last updated, 3 May:").</summary>
    private const int StampOpenerTokens = 3;

    /// <summary>Whether <paramref name="time"/> is the date of a live report's update stamp: it opens the sentence, after at least one
    /// <c>stamp-opener</c> word and nothing else but commas ("Update, 21 March, 09:40: nine people were killed"), and is closed, after an
    /// optional clock time, by a colon or a dash. It is when the entry was posted, not when what it tells happened.</summary>
    private static bool IsUpdateStamp(SentenceView s, TimeExpression time)
    {
        var first = FirstTokenAt(s, time.Span.Start);
        if (first < 0 || first > StampOpenerTokens)
        {
            return false;
        }

        var opened = false;
        for (var k = 0; k < first; k++)
        {
            if (s.Word(k) is not "," && !s.Words.StampOpeners.Contains(s.Word(k)))
            {
                return false;
            }

            opened |= s.Word(k) is not ",";
        }

        if (!opened)
        {
            return false; // "7 March: the ferry sinks" is a timeline's entry, which dates the event
        }

        var after = TokenAfter(s, time, first);

        // "21 March, 09:40:" and "21 March at 09:40 -": a clock time may follow the date before the stamp closes
        var close = after < s.Tokens.Count && s.Word(after) is "," or "at" ? after + 1 : after;
        if (close + 2 < s.Tokens.Count && s.Tokens[close].Kind == TokenKind.Number && s.Word(close + 1) is ":" && s.Tokens[close + 2].Kind == TokenKind.Number)
        {
            after = close + 3;
        }
        else if (close < s.Tokens.Count && s.IsInTimeExpression(close) && s.Tokens[close].Span.Start >= time.Span.End)
        {
            after = close;
            while (after < s.Tokens.Count && s.IsInTimeExpression(after))
            {
                after++;
            }
        }

        return after < s.Tokens.Count && (s.Word(after) is ":" || IsDash(s, after));
    }

    /// <summary>The first token from <paramref name="from"/> on that starts after <paramref name="time"/> ends (the token count when
    /// none does).</summary>
    private static int TokenAfter(SentenceView s, TimeExpression time, int from)
    {
        var after = from;
        while (after < s.Tokens.Count && s.Tokens[after].Span.Start < time.Span.End)
        {
            after++;
        }

        return after;
    }

    /// <summary>Whether token <paramref name="k"/> is a dash: a hyphen, a doubled hyphen, an em or an en dash.</summary>
    internal static bool IsDash(SentenceView s, int k) => s.Word(k) is "-" or "--" or "\u2014" or "\u2013";

    /// <summary>How many tokens a dateline's place and date may take before its agency or dash ("PORT MORESBY, May 26 (AFP) -").</summary>
    private const int DatelineTokens = 8;

    /// <summary>Whether <paramref name="time"/> is the date of a dateline opening one of the first paragraphs: only capitals and a
    /// comma before it ("YANGON, July 3", "Oct. 30"), and an agency in brackets, a dash, or a comma and an agency in capitals after
    /// it ("(Xinhua) --", ", ARMENPRESS."). It is the day the report was filed, not the day of what it tells.</summary>
    private static bool IsDatelineDate(SentenceView s, TimeExpression time)
    {
        var start = s.Sentence.Span.Start;
        if (s.Sentence.Paragraph > 4 || (start > 0 && s.Text[start - 1] is not ('\n' or '\r')))
        {
            return false;
        }

        var first = FirstTokenAt(s, time.Span.Start);
        if (first < 0 || first > DatelineTokens / 2)
        {
            return false;
        }

        for (var k = 0; k < first; k++)
        {
            if (s.Word(k) is not "," && !SentenceScan.IsAllCapitals(s.Word(k)))
            {
                return false;
            }
        }

        var after = TokenAfter(s, time, first);
        return after < s.Tokens.Count && after <= DatelineTokens
            && (s.Word(after) is "(" || IsDash(s, after) || (s.Word(after) is "," && SentenceScan.IsAllCapitals(s.Word(after + 1)) && s.Word(after + 1).Length >= 3));
    }

    /// <summary>The token of the reporting verb (or of the verb that tells a hearer) whose report <paramref name="time"/> dates, or
    /// -1 when it dates no report.</summary>
    private static int ReportVerbOf(SentenceView s, TimeExpression time)
    {
        var index = FirstTokenAt(s, time.Span.Start);
        if (index > 1 && s.Word(index - 1) is "(" && RestatedTime(s, s.Tokens[index - 2].Span.End) is { } restated)
        {
            return ReportVerbOf(s, restated); // "announced late on Friday (3 May) that": the bracket restates the report's day
        }

        var k = index - 1;
        for (var modifiers = 0; modifiers < 2 && k >= 0 && s.Word(k) is "on" or "late" or "early"; modifiers++)
        {
            k--; // "said late on Wednesday"
        }

        if (k >= 0 && s.Reporting.IsVerb(s.Word(k)))
        {
            return k;
        }

        // "told reporters on Monday", "told state broadcaster Vorland One late on Wednesday": who heard the report stands between
        // the verb that tells it and its date.
        for (var j = k; j >= 0 && k - j < HearerWords; j--)
        {
            var word = s.Word(j);
            if (s.Words.HearerVerbs.Contains(word))
            {
                return j < k ? j : -1;
            }

            // A past form ("told reporters the roof collapsed on Monday") is the reported event's own verb: the day is that event's.
            if (word.IsEmpty || !char.IsLetter(word[0]) || word is "that" or "to" or "and" || IsReportedEventVerb(s, j))
            {
                break;
            }
        }

        // "Kiprono on Thursday announced", "the ministry on Wednesday revised the toll": the date right before the reporting verb or
        // a verb that updates a count.
        var after = TokenAfter(s, time, index);
        return index > 0 && after < s.Tokens.Count && (s.Reporting.IsVerb(s.Word(after)) || s.Words.UpdateCues.Contains(s.Word(after))) ? after : -1;
    }

    // Whether the word at `j`, inside the words between a telling verb and the date, is the verb of the event the report tells ("told
    // reporters the roof collapsed on Monday"): a lower-case past form in -ed (not -eed: "need", "exceed" are bare verbs), unless it is
    // an adjective opening the hearer phrase, right after the telling verb ("told assembled reporters on Wednesday") or a determiner
    // ("told a crowded briefing on Monday"). After any other word it is a verb ("told reporters gunmen killed officials on Monday").
    private static bool IsReportedEventVerb(SentenceView s, int j)
    {
        var word = s.Word(j);
        if (!char.IsLower(word[0]) || !word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("eed", StringComparison.Ordinal))
        {
            return false;
        }

        return !(j > 0 && (s.Words.HearerVerbs.Contains(s.Word(j - 1)) || s.Words.HearerDeterminers.Contains(s.Word(j - 1))));
    }

    // The time expression ending at character `end`, which a bracketed date after it restates.
    private static TimeExpression? RestatedTime(SentenceView s, int end)
    {
        foreach (var time in s.Times)
        {
            if (time.Span.End == end)
            {
                return time;
            }
        }

        return null;
    }

    /// <summary>How far after a count the event it was counted in may be named ("40 injured in Tuesday's quake").</summary>
    private const int EventAfterCountWindow = 6;

    /// <summary>The later of two events a sentence names by their days ("40 were injured in Tuesday's quake, days after Sunday's
    /// quake"), when the count is given as counted in it: the label of that event ("earthquake of 2025-05-06"), which keeps its
    /// figures apart from the first event's. Null when the count names no event by its day, or no earlier one of the same kind stands
    /// beside it.</summary>
    internal static string? LaterEventOf(SentenceView s, QuantityMatch match)
    {
        var events = new List<(int First, DateOnly Day, string Anchor)>();
        foreach (var time in s.Times)
        {
            if (time.Kind == TimeExpressionKind.Date && time.Scope is { Start: { } day, End: { } last } && day == last && IsPossessed(s, time)
                && FirstTokenAt(s, time.Span.Start) is var first and >= 0 && FirstTokenAt(s, time.Span.End) is var possessive and >= 0
                && EventAnchor(s, possessive + 1) is { } anchor)
            {
                events.Add((first, day, anchor));
            }
        }

        var from = match.PhraseEndToken;
        foreach (var (first, day, anchor) in events)
        {
            if (first > from && first - from <= EventAfterCountWindow && s.Word(first - 1) is "in"
                && !s.Quantities.Any(m => m.FirstToken >= from && m.FirstToken < first)
                && events.Exists(other => other.Anchor == anchor && other.Day < day))
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{anchor} of {day:yyyy-MM-dd}");
            }
        }

        return null;
    }

    // The event noun at token `index` ("quake", "quakes"), normalised ("earthquake").
    private static string? EventAnchor(SentenceView s, int index)
    {
        var word = s.Word(index);
        return s.Words.EventAnchors.TryGetValue(word, out var anchor) || (word.EndsWith('s') && s.Words.EventAnchors.TryGetValue(word[..^1], out anchor))
            ? anchor
            : null;
    }

    /// <summary>How many words may stand between a dated report's noun and the figure it gives ("Monday's bulletin put the toll at
    /// 42").</summary>
    private const int ReportFigureWords = 4;

    /// <summary>The day of a report that gives the figure of <paramref name="match"/>: one day, possessed ("Monday's update counted 58
    /// dead", "yesterday's figure of 211") or between "the" and the noun ("the 3 May bulletin listed 61"), right before a
    /// <c>dated-report</c> noun, or one word before it ("Friday's official count"), with the figure at most
    /// <see cref="ReportFigureWords"/> words after the noun in its clause. That day is when the figure was given, where a possessed
    /// day before an event noun names the incident ("14 injured in Tuesday's explosion" is dated as published). Null when no such
    /// report gives the figure, or when a <c>dated-report</c> bound opens the phrase ("until Tuesday's update, 17 were missing").</summary>
    private static TimeScope? DatedReportOf(SentenceView s, QuantityMatch match)
    {
        foreach (var time in s.Times)
        {
            if (time.Kind != TimeExpressionKind.Date || time.Scope is not { Start: { } day, End: { } last } || day != last
                || FirstTokenAt(s, time.Span.Start) is not (>= 0 and var first) || FirstTokenAt(s, time.Span.End) is not (>= 0 and var after))
            {
                continue;
            }

            var possessed = IsPossessed(s, time);
            var opening = possessed ? first : first - 1;
            if (possessed)
            {
                after++;
            }
            else if (first == 0 || !s.Word(first - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var noun = s.Words.DatedReportNouns.Contains(s.Word(after)) ? after
                : possessed && after + 1 < s.Tokens.Count && s.Tokens[after].Kind == TokenKind.Word && s.Words.DatedReportNouns.Contains(s.Word(after + 1)) ? after + 1
                : -1;
            if (noun < 0 || (opening > 0 && s.Words.DatedReportBounds.Contains(s.Word(opening - 1)))
                || match.FirstToken <= noun || match.FirstToken - noun - 1 > ReportFigureWords)
            {
                continue;
            }

            var sameClause = !HasClauseBreak(s, noun + 1, match.FirstToken);
            for (var i = noun + 1; sameClause && i < match.FirstToken; i++)
            {
                sameClause = s.Word(i) is not ",";
            }

            if (sameClause)
            {
                return time.Scope;
            }
        }

        return null;
    }

    /// <summary>How many words after a date an incident noun it names may stand ("February's winter storm").</summary>
    private const int IncidentNameWords = 2;

    /// <summary>Whether <paramref name="time"/> names an incident rather than dating a statement: possessed ("February's winter storm",
    /// "last month's blackout"), between "the" or a possessive and the noun ("the February storm", "Vorland's June floods") or right
    /// before the noun after any word but a preposition of time ("lifts May tornado toll"), with a <c>new-incident</c> noun at most
    /// <see cref="IncidentNameWords"/> words after it. An incident named any other way ("the storm in February") is not seen.</summary>
    private static bool NamesIncident(SentenceView s, TimeExpression time)
    {
        var after = FirstTokenAt(s, time.Span.End);
        if (after < 0)
        {
            return false;
        }

        if (s.Tokens[after].Kind == TokenKind.Possessive)
        {
            after++;
        }
        else if (FirstTokenAt(s, time.Span.Start) is not (> 0 and var opening)
            || !(s.Word(opening - 1).Equals("the", StringComparison.OrdinalIgnoreCase) || s.Tokens[opening - 1].Kind == TokenKind.Possessive
                || (!s.Words.SpanPrepositions.Contains(s.Word(opening - 1)) && s.Word(opening - 1) is not ("in" or "on" or "by" or "since") && IsIncidentNoun(s, after))))
        {
            return false; // "lifts May tornado toll": a month right before the noun names it too; "in February storms killed 40" does not
        }

        for (var i = after; i < Math.Min(s.Tokens.Count, after + IncidentNameWords); i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }

            if (IsIncidentNoun(s, i))
            {
                return true;
            }
        }

        return false;
    }

    // A new-incident noun, singular or plural ("the March floods" as "the March flood").
    private static bool IsIncidentNoun(SentenceView s, int index)
    {
        var word = s.Word(index);
        return s.Words.NewIncidentNouns.Contains(word) || (word.EndsWith('s') && s.Words.NewIncidentNouns.Contains(word[..^1]));
    }

    private static bool IsPossessed(SentenceView s, TimeExpression time)
    {
        foreach (var token in s.Tokens)
        {
            if (token.Span.Start >= time.Span.End)
            {
                return token.Kind == TokenKind.Possessive && token.Span.Start == time.Span.End;
            }
        }

        return false;
    }
}
