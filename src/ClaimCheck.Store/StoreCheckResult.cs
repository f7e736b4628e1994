using System.Collections.Immutable;
using ClaimCheck.Comparison;

namespace ClaimCheck.Store;

/// <summary>The result of checking documents against a store.</summary>
/// <param name="Documents">Each document checked, in order, as stored.</param>
/// <param name="Findings">The findings that are new or changed, as they stand after the last document, most severe first.</param>
/// <param name="NotCompared">The documents' quantity claims left out of the comparison, and why (see
/// <see cref="DocumentCheck.NotCompared"/>).</param>
/// <param name="Warnings">What the pipeline truncated or skipped.</param>
public sealed record StoreCheckResult(
    ImmutableArray<StoredDocument> Documents,
    ImmutableArray<StoredFinding> Findings,
    ImmutableArray<NotComparedClaim> NotCompared,
    ImmutableArray<string> Warnings);
