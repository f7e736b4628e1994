namespace ClaimCheck.Cluster.Grains;

/// <summary>One slot of one check (key: the check's id and <see cref="Comparison.SlotKey.Value"/>): holds the slot's claims,
/// persisted, and their comparison.</summary>
[Alias("claimcheck.slot")]
internal interface ISlotGrain : IGrainWithGuidCompoundKey
{
    /// <summary>Adds claims the slot does not hold yet (a claim id it holds is skipped: a retried add changes nothing), persists
    /// them, then compares the slot again. Returns how many claims the slot holds.</summary>
    [Alias("add")]
    Task<int> AddAsync(SlotAdd add, CancellationToken cancellationToken = default);

    /// <summary>The slot's findings and claims not compared, as of the last add.</summary>
    [Alias("result")]
    Task<SlotResult> GetResultAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the slot's persisted state and deactivates it.</summary>
    [Alias("clear")]
    Task ClearAsync(CancellationToken cancellationToken = default);
}
