using ClaimCheck.Claims;

namespace ClaimCheck.Comparison;

/// <summary>Counts read at an hour of their day (<see cref="Claim.IsReadAtHour"/>: "turnout stood at 48 per cent by 3 pm", "At
/// 16:15 the board showed 312 trains late") that a larger figure of the slot, given for the same day or a later one,
/// continues: a count that runs through a day is not disputed by its own later reading, so such a cluster reads as an earlier
/// count of a revision. A smaller figure beside it, or a larger one only for an earlier day, still disputes it.</summary>
internal static class HourReadingRevisions
{
    /// <summary>The clusters of <paramref name="candidates"/> that are dated and read at an hour, and that a larger cluster of
    /// <paramref name="current"/> (by <paramref name="center"/>) continues with a claim dated that day or later that the text does not
    /// give as an earlier count. A cluster that only some reports read at an hour ("95 dead by 3 pm" beside another report's bare
    /// "95 dead") is taken as a running count only when no cluster of the slot is set apart from it by its source ("126 by 7 pm",
    /// unattributed, continues the agency's 95; beside the organisers' million, or the police's rival figure of that day, the
    /// police's or the commission's count stays a side of the dispute).</summary>
    internal static List<List<Claim>> ContinuedByLarger(IEnumerable<List<Claim>> candidates, List<List<Claim>> current, Func<List<Claim>, double> center) =>
        candidates.Where(c => c.Exists(x => x.IsReadAtHour) && c.TrueForAll(x => x.Time?.Start is not null) && IsContinuedByLarger(c, current, center))
            .ToList();

    // The reading's size and its last day are taken once; a larger cluster continues it with a claim dated that day or later.
    private static bool IsContinuedByLarger(List<Claim> reading, List<List<Claim>> current, Func<List<Claim>, double> center)
    {
        var size = center(reading);
        var lastDay = reading.Max(y => y.Time!.Value.Start!.Value);
        if (!reading.TrueForAll(x => x.IsReadAtHour) && current.Exists(other => other != reading && Origins.AttributedApart([reading, other])))
        {
            return false;
        }

        return current.Exists(other => other != reading && center(other) > size
            && other.Exists(x => !x.IsEarlier && x.Time?.Start is { } day && day >= lastDay));
    }
}
