using System.Collections.Immutable;
using ClaimCheck.Comparison;

namespace ClaimCheck.Store;

/// <summary>The result of checking documents against a store: of one transaction (<see cref="IClaimStore.CheckBatchesAsync"/>) or
/// of a whole check (<see cref="IClaimStore.CheckAsync"/>).</summary>
/// <param name="Documents">Each document checked, in order, as stored.</param>
/// <param name="Findings">The findings that are new or changed, as they stand after the last document, most severe first.</param>
/// <param name="Retired">Ids of findings the store held before that no longer hold (replaced by a changed finding, or gone with a
/// replaced version's claims).</param>
/// <param name="NotCompared">The documents' quantity claims left out of the comparison, and why: the reasons a claim has on its own
/// (no subject, no unit, negated, non-committal) and those its slot gives (no place, no exchange rate). Unchanged documents add
/// none.</param>
/// <param name="Warnings">What the pipeline truncated or skipped.</param>
public sealed record StoreCheckResult(
    ImmutableArray<StoredDocument> Documents,
    ImmutableArray<StoredFinding> Findings,
    ImmutableArray<string> Retired,
    ImmutableArray<NotComparedClaim> NotCompared,
    ImmutableArray<string> Warnings);
