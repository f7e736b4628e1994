using ClaimCheck.Comparison;

namespace ClaimCheck.Store;

/// <summary>A finding as the store holds it: the finding (its <see cref="Finding.Id"/> a stable store id), its slot, and when it
/// was first and last seen.</summary>
/// <param name="Finding">The finding. Its id is derived from its content (kind, slot, each side's label and claim ids), so the same
/// finding has the same id in every run and every store; a finding that gains a side, a claim or a corroborating origin gets a
/// new id.</param>
/// <param name="SlotKey">The slot it was found in (<see cref="SlotKey.Value"/>).</param>
/// <param name="Replaces">For a changed finding, the id of the stored finding it replaces (same kind, slot and topic); null for a
/// new one or when listing the store.</param>
/// <param name="FirstSeen">When a check first found it with this content.</param>
/// <param name="LastSeen">When a check last compared its slot and found it again.</param>
public sealed record StoredFinding(Finding Finding, string SlotKey, string? Replaces, DateTimeOffset FirstSeen, DateTimeOffset LastSeen)
{
    /// <summary>Whether it replaces an earlier finding (a new side, a new corroborating origin, an evolution's next step) rather
    /// than being new.</summary>
    public bool IsChange => Replaces is not null;
}
