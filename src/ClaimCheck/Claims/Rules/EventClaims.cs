using ClaimCheck.Attribution;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Event claims: something happened to something, at a time and a place ("the ferry sank in the Bali Strait on Sunday"), so that reports placing one event differently can be compared. Started by an event predicate.</summary>
internal static class EventClaims
{
    /// <summary>The event class of a predicate that starts something ("took effect", "began"): a gerund after it is checked first.</summary>
    internal const string BeginClass = "begin";

    /// <summary>Event claims: something happened to something, at a time and a place ("the ferry sank in the Bali Strait on Sunday",
    /// "talks in the Saudi city of Jeddah on Sunday"), so that reports placing one event differently can be compared.</summary>
    internal static void ExtractEvents(DocumentMemory state, SentenceView s, SentenceAttribution attribution)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word || EventClass(s, i) is not { } eventClass || !seen.Add(eventClass))
            {
                continue;
            }

            var anchor = EventAnchor(s, i) ?? "event";
            var place = Places.EventPlace(s, i + 1);
            var time = TimeAnchors.EventDate(s, i);
            if (place is null && time is null)
            {
                continue;
            }

            var (source, cue) = attribution.For(i);
            var (modality, polarity) = Stances.Stance(s, i, cue, isProposition: true);
            state.Add(new Claim
            {
                Id = string.Empty,
                DocumentId = state.Document.Id,
                Span = s.Sentence.Span,
                Text = s.SentenceText,
                Type = ClaimRuleTypes.Of(hasQuantity: false, modality),
                Measure = anchor,
                Predicate = eventClass,
                Place = place?.Place,
                PlaceWithin = place?.Within,
                Polarity = polarity,
                Modality = modality,
                Time = time,
                Attribution = source,
            });
        }
    }

    internal static string? EventClass(SentenceView s, int i)
    {
        var word = s.Word(i);
        if (word.Equals("took", StringComparison.OrdinalIgnoreCase) && s.Word(i + 1).Equals("effect", StringComparison.OrdinalIgnoreCase))
        {
            return BeginClass;
        }

        if (word.Equals("came", StringComparison.OrdinalIgnoreCase) && s.Word(i + 1).Equals("into", StringComparison.OrdinalIgnoreCase)
            && (s.Word(i + 2).Equals("force", StringComparison.OrdinalIgnoreCase) || s.Word(i + 2).Equals("effect", StringComparison.OrdinalIgnoreCase)))
        {
            return BeginClass;
        }

        if (word.Equals("went", StringComparison.OrdinalIgnoreCase) && s.Word(i + 1).Equals("down", StringComparison.OrdinalIgnoreCase))
        {
            return "sink";
        }

        // "the dam gave way on Sunday" is a collapse; "the rain gave way to sunshine" names what came next, no event.
        if (word.Equals("gave", StringComparison.OrdinalIgnoreCase) && s.Word(i + 1).Equals("way", StringComparison.OrdinalIgnoreCase)
            && !s.Word(i + 2).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return "collapse";
        }

        if (!s.Words.EventPredicates.TryGetValue(word, out var eventClass))
        {
            return null;
        }

        return eventClass == BeginClass && TakesUpAnActivity(s, i + 1) ? null : eventClass;
    }

    // "began clearing the roads", "started handing out blankets": a gerund after the verb names an activity someone took up that
    // day, not the start of the event the report is about. Words like "during" and "including", and day parts ("morning"), are no gerunds.
    private static bool TakesUpAnActivity(SentenceView s, int next) =>
        PeopleCounts.IsPresentParticiple(s, next) && !s.Words.NounPhraseStops.Contains(s.Word(next)) && !s.IsInTimeExpression(next);

    // The thing the event happens to: the nearest event noun before the predicate in its clause, or just after it ("met … for talks").
    internal static string? EventAnchor(SentenceView s, int predicate)
    {
        if (s.Words.EventAnchors.TryGetValue(s.Word(predicate), out var itself))
        {
            return itself;
        }

        for (var j = predicate - 1; j >= Math.Max(0, predicate - 8); j--)
        {
            var word = s.Word(j).ToString();
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":")
            {
                break;
            }

            if (s.Words.EventAnchors.TryGetValue(word, out var anchor))
            {
                return anchor;
            }
        }

        for (var j = predicate + 1; j < Math.Min(s.Tokens.Count, predicate + 12); j++)
        {
            if (s.Words.EventAnchors.TryGetValue(s.Word(j), out var anchor))
            {
                return anchor;
            }
        }

        return null;
    }
}
