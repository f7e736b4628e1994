using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Reporting;

/// <summary>The result of a check: the documents read, the claims extracted, the findings, the claims not compared, and
/// anything truncated or skipped.</summary>
/// <param name="Documents">The documents, with any outlet inferred from their text.</param>
/// <param name="Claims">Every claim, in document order.</param>
/// <param name="Findings">The findings, most severe first; evolutions last.</param>
/// <param name="Warnings">What was truncated or skipped and why; empty when nothing was.</param>
/// <remarks>Findings and sides name claims by id; <see cref="ClaimsOf(FindingSide)"/>, <see cref="ClaimsOf(Finding)"/>,
/// <see cref="GetClaim"/> and <see cref="DocumentOf"/> look them up (through an index built once per report, on first use).</remarks>
public sealed record CheckReport(
    ImmutableArray<Document> Documents,
    ImmutableArray<Claim> Claims,
    ImmutableArray<Finding> Findings,
    ImmutableArray<string> Warnings)
{
    /// <summary>Quantity claims the comparison left out and why (no subject or place, a flow beside stocks, another
    /// currency…), in claim order; empty when every quantity claim was compared. <see cref="NotComparedSummary"/> counts
    /// them per measure and reason.</summary>
    public ImmutableArray<NotComparedClaim> NotCompared { get; init; } = [];

    /// <summary><see cref="NotCompared"/> counted per measure and reason, largest count first, with the sentence the report
    /// formats print ("14 claims about deaths were not compared: no place or subject").</summary>
    public ImmutableArray<NotComparedGroup> NotComparedSummary => NotComparedGroup.Summarize(NotCompared);

    /// <summary>The claim with <paramref name="claimId"/>.</summary>
    /// <exception cref="KeyNotFoundException">The report holds no such claim.</exception>
    public Claim GetClaim(string claimId) =>
        ReportIndex.For(this).Claims.TryGetValue(claimId, out var claim) ? claim : throw new KeyNotFoundException($"The report holds no claim '{claimId}'.");

    /// <summary>The claims on one side of a finding, in the side's order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="side"/> is null.</exception>
    public ImmutableArray<Claim> ClaimsOf(FindingSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        return [.. ReportIndex.For(this).Resolve(side.ClaimIds)];
    }

    /// <summary>Every claim a finding involves (its sides, then neutral claims), in the finding's order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public ImmutableArray<Claim> ClaimsOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return [.. ReportIndex.For(this).Resolve(finding.ClaimIds)];
    }

    /// <summary>The document a claim comes from.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The report holds no document with the claim's <see cref="Claim.DocumentId"/>.</exception>
    public Document DocumentOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ReportIndex.For(this).Documents.TryGetValue(claim.DocumentId, out var document)
            ? document
            : throw new KeyNotFoundException($"The report holds no document '{claim.DocumentId}'.");
    }
}
