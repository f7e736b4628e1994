using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>How one story scored: which expected findings were found and which must-nots were raised.</summary>
/// <param name="Name">The story's folder name.</param>
/// <param name="Found">The expected findings that a finding of the report matches.</param>
/// <param name="Missed">The expected findings nothing matches.</param>
/// <param name="Raised">The must-nots a finding of the report matches, with that finding.</param>
internal sealed record StoryScore(string Name, ImmutableArray<MustFind> Found, ImmutableArray<MustFind> Missed, ImmutableArray<(MustNot Rule, Finding Finding)> Raised)
{
    /// <summary>How many findings the story expects.</summary>
    public int Expected => Found.Length + Missed.Length;
}

/// <summary>Scores a check report against a story's expectations, with the rules of the stories' README.</summary>
/// <remarks>
/// A must-find matches a finding of its kind whose claims on its sides carry every listed value within 1% (a claim's value, its
/// low or its high end counts) and, when it lists documents, a side claim from one of them. A must-not is raised by a finding of a
/// listed kind (or any kind, "*") whose side claims carry all of <c>together</c>, any of <c>anyValue</c>, only values of
/// <c>onlyValues</c>, come from <c>fromDocs</c>, or by any finding of the kind with <c>any</c>. Claims a finding lists as neutral
/// take no side: they neither make a must-find nor raise a must-not.
/// </remarks>
internal static class StoryScorer
{
    /// <summary>The relative tolerance within which a claim's value matches an expected value.</summary>
    public const double Tolerance = 0.01;

    /// <summary>Scores <paramref name="report"/> against <paramref name="expectations"/>.</summary>
    public static StoryScore Score(string name, StoryExpectations expectations, CheckReport report)
    {
        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var sideClaims = report.Findings.ToDictionary(
            f => f.Id,
            f => f.Sides.SelectMany(s => s.ClaimIds).Distinct(StringComparer.Ordinal).Where(claims.ContainsKey).Select(id => claims[id]).ToList(),
            StringComparer.Ordinal);

        var found = ImmutableArray.CreateBuilder<MustFind>();
        var missed = ImmutableArray.CreateBuilder<MustFind>();
        foreach (var want in expectations.MustFind)
        {
            var match = report.Findings.Any(f => f.Kind.ToString() == want.Kind
                && want.Values.All(v => sideClaims[f.Id].Any(c => Carries(c, v)))
                && (want.DocumentsAny.IsEmpty || sideClaims[f.Id].Any(c => want.DocumentsAny.Contains(c.DocumentId))));
            (match ? found : missed).Add(want);
        }

        var raised = ImmutableArray.CreateBuilder<(MustNot, Finding)>();
        foreach (var rule in expectations.MustNot)
        {
            foreach (var finding in report.Findings)
            {
                if (!(rule.Kinds.Contains("*") || rule.Kinds.Contains(finding.Kind.ToString())) || !Raises(rule, sideClaims[finding.Id]))
                {
                    continue;
                }

                raised.Add((rule, finding));
                break;
            }
        }

        return new StoryScore(name, found.ToImmutable(), missed.ToImmutable(), raised.ToImmutable());
    }

    private static bool Raises(MustNot rule, List<Claim> sides)
    {
        if (rule.Any)
        {
            return true;
        }

        if (!rule.Together.IsEmpty && rule.Together.All(v => sides.Any(c => Carries(c, v))))
        {
            return true;
        }

        if (!rule.AnyValue.IsEmpty && rule.AnyValue.Any(v => sides.Any(c => Carries(c, v))))
        {
            return true;
        }

        if (!rule.OnlyValues.IsEmpty && sides.Count > 0 && sides.All(c => rule.OnlyValues.Any(v => Carries(c, v))))
        {
            return true;
        }

        return !rule.FromDocuments.IsEmpty && sides.Any(c => rule.FromDocuments.Contains(c.DocumentId));
    }

    /// <summary>Whether the claim's value, low or high end is within <see cref="Tolerance"/> of <paramref name="value"/>.</summary>
    public static bool Carries(Claim claim, double value) =>
        claim.Quantity is { } q && (Near(q.Value, value) || (q.Low is { } low && Near(low, value)) || (q.High is { } high && Near(high, value)));

    private static bool Near(double actual, double expected) =>
        Math.Abs(actual - expected) <= Tolerance * Math.Max(Math.Abs(expected), 1e-9);
}
