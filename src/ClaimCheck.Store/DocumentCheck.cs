using System.Collections.Immutable;
using ClaimCheck.Comparison;

namespace ClaimCheck.Store;

/// <summary>What checking one document against a store changed, once it is committed.</summary>
/// <param name="Document">The document as stored.</param>
/// <param name="Findings">Findings that are new or changed because of it, most severe first.</param>
/// <param name="Retired">Ids of stored findings that no longer hold (replaced by a changed finding, or gone with a replaced
/// version's claims).</param>
/// <param name="NotCompared">The document's quantity claims left out of the comparison, and why: the reasons a claim has on its
/// own (no subject, no unit, negated, non-committal) and those its slot gives (no place, no exchange rate). Empty for an
/// unchanged document.</param>
/// <param name="Warnings">What the pipeline truncated or skipped in this document.</param>
public sealed record DocumentCheck(
    StoredDocument Document,
    ImmutableArray<StoredFinding> Findings,
    ImmutableArray<string> Retired,
    ImmutableArray<NotComparedClaim> NotCompared,
    ImmutableArray<string> Warnings);
