using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Cluster.Serialization;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Cluster.Grains;

/// <summary>A batch of documents for an extraction worker, in the check <paramref name="CheckId"/>.</summary>
[GenerateSerializer]
[Immutable]
[Alias("claimcheck.extraction-request.v1")]
internal sealed record ExtractionRequest(Guid CheckId, ImmutableArray<Document> Documents);

/// <summary>What a worker extracted from a batch, after every claim with a slot was added to its slot grain.</summary>
/// <param name="Documents">The documents as the pipeline read them (outlet inferred, truncated to the limits).</param>
/// <param name="Claims">Their claims, in document order.</param>
/// <param name="Warnings">What was truncated or skipped.</param>
/// <param name="Slots">The slots the claims were added to.</param>
/// <param name="NotCompared">The claims no slot takes, with why.</param>
/// <param name="Limit">The limit a document exceeded, when the pipeline stops at limits; everything else is then empty.</param>
[GenerateSerializer]
[Immutable]
[Alias("claimcheck.extraction-result.v1")]
internal sealed record ExtractionResult(
    ImmutableArray<Document> Documents,
    ImmutableArray<Claim> Claims,
    ImmutableArray<string> Warnings,
    ImmutableArray<SlotKey> Slots,
    ImmutableArray<NotComparedClaim> NotCompared,
    LimitExceeded? Limit);

/// <summary>A <see cref="ClaimCheckLimitException"/> on its way to the client.</summary>
[GenerateSerializer]
[Immutable]
[Alias("claimcheck.limit-exceeded.v1")]
internal sealed record LimitExceeded(string LimitName, long Limit, long Actual, string? DocumentId)
{
    public ClaimCheckLimitException ToException() => new(LimitName, Limit, Actual, DocumentId);
}

/// <summary>Claims for one slot, with the documents they come from.</summary>
[GenerateSerializer]
[Immutable]
[Alias("claimcheck.slot-add.v1")]
internal sealed record SlotAdd(ImmutableArray<Claim> Claims, ImmutableArray<SlotDocument> Documents);

/// <summary>A slot's comparison: its findings (ids local to the slot) and its claims not compared.</summary>
[GenerateSerializer]
[Immutable]
[Alias("claimcheck.slot-result.v1")]
internal sealed record SlotResult(int Claims, ImmutableArray<Finding> Findings, ImmutableArray<NotComparedClaim> NotCompared)
{
    public static readonly SlotResult Empty = new(0, [], []);
}
