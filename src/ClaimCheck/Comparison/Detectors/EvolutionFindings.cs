using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClaimCheck.Claims;

namespace ClaimCheck.Comparison;

/// <summary>Evolution findings: a quantity reported as growing, from increments and the totals they build or from figures given for different dates.</summary>
internal static class EvolutionFindings
{
    internal static Finding Evolution(string topic, List<(double Earlier, Claim Increment, Claim Total)> steps, List<Claim> earlier, Dictionary<string, string> names)
    {
        var text = new StringBuilder("Reported as growth over time, not a contradiction: ");
        var sides = ImmutableArray.CreateBuilder<FindingSide>();
        if (earlier.Count > 0)
        {
            sides.Add(new FindingSide($"earlier {Explanations.Label(earlier)}", [.. earlier.Select(c => c.Id)]));
            text.Append(CultureInfo.InvariantCulture, $"earlier {Explanations.Label(earlier)} ({Explanations.Sources(earlier, names)}), then ");
        }

        var incrementClaims = steps.Select(s => s.Increment).ToList();
        var totalClaims = steps.Select(s => s.Total).Distinct().ToList();
        sides.Add(new FindingSide($"{Explanations.Label(incrementClaims)} more", [.. incrementClaims.Select(c => c.Id)]));
        sides.Add(new FindingSide($"total {Explanations.Label(totalClaims)}", [.. totalClaims.Select(c => c.Id)]));
        text.Append(CultureInfo.InvariantCulture, $"{Explanations.Label(incrementClaims)} more ({Explanations.Sources(incrementClaims, names)}), bringing the total to {Explanations.Label(totalClaims)}.");
        return new Finding
        {
            Id = string.Empty,
            Kind = FindingKind.Evolution,
            Severity = FindingSeverity.Info,
            Topic = topic,
            Sides = sides.ToImmutable(),
            ClaimIds = [.. earlier.Concat(incrementClaims).Concat(totalClaims).Select(c => c.Id).Distinct()],
            Explanation = text.ToString(),
        };
    }

    internal static Finding Revision(string topic, List<Claim> earlier, List<Claim> current, Dictionary<string, string> names) => new()
    {
        Id = string.Empty,
        Kind = FindingKind.Evolution,
        Severity = FindingSeverity.Info,
        Topic = topic,
        Sides = [new FindingSide($"earlier {Explanations.Label(earlier)}", [.. earlier.Select(c => c.Id)]), new FindingSide($"since {Explanations.Label(current)}", [.. current.Select(c => c.Id)])],
        ClaimIds = [.. earlier.Concat(current).Select(c => c.Id)],
        Explanation = $"Given as an earlier figure that a later one replaced, not a contradiction: earlier {Explanations.Label(earlier)} ({Explanations.Sources(earlier, names)}), since {Explanations.Label(current)} ({Explanations.Sources(current, names)}).",
    };

    /// <summary>A count given at different times, in the order of the steps: figures dated on different days, or figures given as rising
    /// within one day (every step on the same day, "first" and "then" telling them apart).</summary>
    internal static Finding Timeline(string topic, List<List<Claim>> steps, Dictionary<string, string> names)
    {
        var days = steps.ConvertAll(step => step.Min(c => c.Time!.Value.Start!.Value));
        var oneDay = days.TrueForAll(day => day == days[0]);
        var text = new StringBuilder(oneDay ? "Given as rising within one day, not a contradiction: " : "Reported at different times, not a contradiction: ");
        text.AppendJoin(", then ", steps.Select((step, i) => oneDay
            ? string.Create(CultureInfo.InvariantCulture, $"{Explanations.Label(step)} ({Explanations.Sources(step, names)})")
            : string.Create(CultureInfo.InvariantCulture, $"{Explanations.Label(step)} on {days[i]:yyyy-MM-dd} ({Explanations.Sources(step, names)})")));
        text.Append(oneDay ? string.Create(CultureInfo.InvariantCulture, $", all on {days[0]:yyyy-MM-dd}.") : ".");
        return new Finding
        {
            Id = string.Empty,
            Kind = FindingKind.Evolution,
            Severity = FindingSeverity.Info,
            Topic = topic,
            Sides = [.. steps.Select((step, i) => new FindingSide(
                string.Create(CultureInfo.InvariantCulture, $"{Explanations.Label(step)} ({days[i]:yyyy-MM-dd}{(oneDay ? (i == 0 ? ", first" : ", then") : string.Empty)})"),
                [.. step.Select(c => c.Id)]))],
            ClaimIds = [.. steps.SelectMany(step => step).Select(c => c.Id)],
            Explanation = text.ToString(),
        };
    }
}
