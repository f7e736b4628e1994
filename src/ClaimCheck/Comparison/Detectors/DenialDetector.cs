using System.Globalization;
using System.Text;
using ClaimCheck.Claims;

namespace ClaimCheck.Comparison;

/// <summary>Polarity conflicts over a figure: some sources give it, others deny it ("Musk committed $45 million a month" against "I'm
/// not giving $45 million a month"; "the toll exceeded 125" against "the toll has not risen above 125").</summary>
internal static class DenialDetector
{
    /// <summary>Whether <paramref name="given"/> gives the figure a denial denies: a point, an approximation or a range whose interval
    /// meets the denied one; an open bound ("at least 41") only when its figure is the denied figure or lies in the denied interval,
    /// since a bound far below a denied "more than 400" does not say 400.</summary>
    private static bool Gives(Quantities.Quantity given, Quantities.Quantity denied, ValueInterval deniedInterval, double tolerance)
    {
        var interval = ValueInterval.Of(given, tolerance);
        return interval.IsBounded
            ? interval.Overlaps(deniedInterval)
            : Math.Abs(given.Value - denied.Value) <= tolerance * Math.Abs(denied.Value) || deniedInterval.Contains(given.Value);
    }

    /// <summary>Whether two claims hold at times no further apart than a quantity is followed over (or either has no time): "it
    /// recorded no deaths in 2011" denies nothing of a toll thirteen years later.</summary>
    private static bool NearInTime(Claim given, Claim denial) =>
        given.Time?.Start is not { } a || denial.Time?.Start is not { } b || Math.Abs(a.DayNumber - b.DayNumber) <= QuantitySlots.MaxEvolutionDays;

    /// <summary>Reports, for each denied figure of a slot, the sources that give a figure its interval meets; a denied figure that
    /// meets none is listed as not compared.</summary>
    internal static void Compare(SlotKey key, List<Claim> affirmed, List<Claim> denied, double tolerance, Dictionary<string, string> names,
        List<Finding> findings, List<NotComparedClaim> notCompared)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var denial in denied)
        {
            if (used.Contains(denial.Id))
            {
                continue;
            }

            var interval = ValueInterval.Of(denial.Quantity!.Value, tolerance);
            var givers = affirmed.Where(a => Gives(a.Quantity!.Value, denial.Quantity!.Value, interval, tolerance) && NearInTime(a, denial)).ToList();
            var deniers = denied.Where(d => ValueInterval.Of(d.Quantity!.Value, tolerance).Overlaps(interval)).ToList();
            if (givers.Count == 0 || givers.Concat(deniers).Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                notCompared.Add(new NotComparedClaim(denial.Id, denial.Measure, NotComparedReason.Negated));
                continue;
            }

            used.UnionWith(deniers.Select(d => d.Id));
            var label = Explanations.Label(givers);
            var measure = givers[0].Measure;
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Sources dispute a figure for {measure} of {key.Subject}: given as {label} by {Explanations.Sources(givers, names)}; ");
            text.Append(CultureInfo.InvariantCulture, $"denied by {Explanations.Sources(deniers, names)}.");
            findings.Add(new Finding
            {
                Id = string.Empty,
                Kind = FindingKind.PolarityConflict,
                Severity = givers.Exists(c => c.Attribution is not null) && deniers.Exists(c => c.Attribution is not null) ? FindingSeverity.High : FindingSeverity.Medium,
                Topic = $"{key.Subject} · {measure} · {label}",
                Sides = [new FindingSide("affirmed", [.. givers.Select(c => c.Id)]), new FindingSide("denied", [.. deniers.Select(c => c.Id)])],
                ClaimIds = [.. givers.Concat(deniers).Select(c => c.Id)],
                Explanation = text.ToString(),
            });
        }
    }
}
