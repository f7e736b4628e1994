using ClaimCheck.Claims;

namespace ClaimCheck.Comparison;

/// <summary>Counts read at an hour of their day (<see cref="Claim.IsReadAtHour"/>: "turnout stood at 48 per cent by 3 pm", "At
/// 16:15 the board showed 312 trains late") that a larger figure of the slot, given for the same day or a later one,
/// continues: a count that runs through a day is not disputed by its own later reading, so such a cluster reads as an earlier
/// count of a revision. A smaller figure beside it, or a larger one only for an earlier day, still disputes it.</summary>
internal static class HourReadingRevisions
{
    /// <summary>The clusters of <paramref name="candidates"/> whose every claim is read at an hour and dated, and that a larger
    /// cluster of <paramref name="current"/> (by <paramref name="center"/>) continues with a claim dated that day or later that the
    /// text does not give as an earlier count.</summary>
    internal static List<List<Claim>> ContinuedByLarger(IEnumerable<List<Claim>> candidates, List<List<Claim>> current, Func<List<Claim>, double> center) =>
        candidates.Where(c => c.TrueForAll(x => x.IsReadAtHour && x.Time?.Start is not null) && IsContinuedByLarger(c, current, center))
            .ToList();

    // The reading's size and its last day are taken once; a larger cluster continues it with a claim dated that day or later.
    private static bool IsContinuedByLarger(List<Claim> reading, List<List<Claim>> current, Func<List<Claim>, double> center)
    {
        var size = center(reading);
        var lastDay = reading.Max(y => y.Time!.Value.Start!.Value);
        return current.Exists(other => other != reading && center(other) > size
            && other.Exists(x => !x.IsEarlier && x.Time?.Start is { } day && day >= lastDay));
    }
}
