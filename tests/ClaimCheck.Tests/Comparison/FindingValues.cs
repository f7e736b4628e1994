using ClaimCheck.Comparison;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>What the comparison tests read off a finding.</summary>
internal static class FindingValues
{
    /// <summary>The distinct values of the claims on a finding's sides (not its neutral claims), in ascending order.</summary>
    internal static double[] SideValues(CheckReport report, Finding finding) =>
        [.. finding.Sides.SelectMany(s => s.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Distinct().Order()];
}
