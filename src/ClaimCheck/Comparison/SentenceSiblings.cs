using ClaimCheck.Claims;
using ClaimCheck.Quantities;

namespace ClaimCheck.Comparison;

/// <summary>Finds the figures one sentence gives side by side under one slot beside a figure of that sentence another report gives:
/// "4,120 votes went to Yes and 3,980 to No", beside another report's 4,120 for Yes. A writer does not contradict themselves within
/// a sentence, so such figures count different things that only share a measure (two sides of a swap or a vote, two groups); once
/// another report gives one of them, that one is the story's figure and the others are no rival counts of it, so the comparison
/// leaves them out (<see cref="NotComparedReason.SharedMeasureInSentence"/>).</summary>
/// <remarks>Figures of one sentence that a change links (an increment and its total, "up from 70") or that different sources give
/// ("police put the crowd at 9,000, the organisers at 40,000") are not siblings: the first is one count over time, the second a
/// dispute the sentence itself reports. Figures for different places or periods never meet here, since the slot is split by those
/// first. Only counts and money are read so; the caller leaves out counts that rise over time.</remarks>
internal static class SentenceSiblings
{
    /// <summary>The claims of <paramref name="group"/> that share their sentence with another claim of the group whose figure
    /// differs, neither a change nor given by another source, whose own figure no other document of the group gives while another
    /// figure of their sentence is given by one.</summary>
    /// <param name="group">The claims of one slot, split by place and period.</param>
    /// <param name="tolerance">The relative half-width an "about" figure allows (<see cref="ComparisonOptions.ApproximateTolerance"/>),
    /// by which two figures of one sentence differ.</param>
    internal static HashSet<Claim> Find(List<Claim> group, double tolerance)
    {
        var siblings = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var sentence in group.Where(IsPlainFigure).GroupBy(c => (c.DocumentId, c.Span)).Where(g => g.Skip(1).Any()))
        {
            var claims = sentence.ToList();
            for (var i = 0; i < claims.Count; i++)
            {
                for (var j = i + 1; j < claims.Count; j++)
                {
                    if (Differ(claims[i], claims[j], tolerance) && Origins.SourceKey(claims[i]) == Origins.SourceKey(claims[j]) && claims[i].Time == claims[j].Time)
                    {
                        siblings.Add(claims[i]);
                        siblings.Add(claims[j]);
                    }
                }
            }
        }

        // A sentence none of whose figures another report gives says nothing of which is the story's figure: its figures stay
        // (each may still dispute another report's figure). Where another report gives one of them, that one is the story's figure
        // and is kept; the others of the sentence count something else.
        var carried = siblings.Where(s => group.Exists(c => c.DocumentId != s.DocumentId && Carries(c, s.Quantity!.Value.Value)))
            .ToHashSet<Claim>(ReferenceEqualityComparer.Instance);
        var anchored = carried.Select(s => (s.DocumentId, s.Span)).ToHashSet();
        siblings.RemoveWhere(s => carried.Contains(s) || !anchored.Contains((s.DocumentId, s.Span)));
        return siblings;
    }

    // Whether the claim's figure, or its stated range, takes in the value within 1%. Deliberately narrower than ValueInterval: an
    // "about" figure or a rounded one ("about 600", "451,000") that merely allows a sibling's value does not make it the story's
    // figure (read through ValueInterval, this moved three stories: found +1, must-nots +1 net).
    private static bool Carries(Claim claim, double value) =>
        claim.Quantity is { } q && (Math.Abs(q.Value - value) <= SameFigureShare * Math.Max(Math.Abs(q.Value), Math.Abs(value))
                                    || (q.Low is { } low && q.High is { } high && low <= value && value <= high));

    /// <summary>How far apart, relative to the larger, two figures may be and still be one report's figure carried by another's.</summary>
    private const double SameFigureShare = 0.01;

    // A count or a sum of money given as it stands: not an increment, an earlier count, an update or a vague plural. Shares and
    // physical sizes are left alone: one sentence's two percentages are mostly a dispute or a change it reports ("83% officially,
    // 30% by the monitors' count", "cut from 70% to 65%").
    private static bool IsPlainFigure(Claim claim) =>
        claim.Quantity is { IsIncrement: false } quantity && quantity.Unit.Kind is UnitKind.Count or UnitKind.Currency
        && !claim.IsEarlier && !claim.IsUpdate && !claim.IsVague;

    // Whether no value fits both figures (ValueInterval), so the two cannot be one count.
    private static bool Differ(Claim a, Claim b, double tolerance) =>
        !ValueInterval.Of(a.Quantity!.Value, tolerance).Overlaps(ValueInterval.Of(b.Quantity!.Value, tolerance));
}
