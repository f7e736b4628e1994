using System.Collections.Immutable;

namespace ClaimCheck.Cluster.Serialization;

/// <summary>What a slot grain persists: the documents its claims come from (id and outlet, which explanations name) and its claims,
/// each as the claim store's JSON. Findings are not stored: the grain computes them from its claims when it is activated.</summary>
internal sealed record SlotState(ImmutableArray<SlotDocument> Documents, ImmutableArray<string> Claims)
{
    /// <summary>An empty slot, as a new grain starts.</summary>
    public SlotState()
        : this([], [])
    {
    }
}

/// <summary>A document as a slot needs it: explanations name it by id and outlet.</summary>
[GenerateSerializer]
[Immutable]
[Alias("claimcheck.slot-document.v1")]
internal sealed record SlotDocument(string Id, string? Outlet);
