namespace ClaimCheck.Cluster;

/// <summary>Where a ClaimCheck cluster is and how quickly it gives up on a silo: shared by its silos and its clients.</summary>
/// <remarks>Redis holds the membership table (which silos are alive, their gateways) and the state of every slot grain. A silo that
/// stops answering is declared dead after about <see cref="ProbeTimeout"/> × <see cref="MissedProbesLimit"/> (3 s with the
/// defaults, against Orleans' 15 s); its grains are then activated again on the other silos from their persisted state. A call that
/// gets no answer within <see cref="ResponseTimeout"/> fails and the client retries it.</remarks>
public sealed record ClaimCheckClusterOptions
{
    /// <summary>The default <see cref="ClusterId"/> and <see cref="ServiceId"/>: "claimcheck".</summary>
    public const string DefaultId = "claimcheck";

    /// <summary>The Redis server: "HOST:PORT", or any StackExchange.Redis configuration string ("host:6379,password=…").</summary>
    public required string Redis { get; init; }

    /// <summary>The cluster's id: silos and clients with the same id (and Redis) form one cluster. Default "claimcheck".</summary>
    public string ClusterId { get; init; } = DefaultId;

    /// <summary>The service's id: the prefix of every slot's state in Redis, kept across deployments. Default "claimcheck".</summary>
    public string ServiceId { get; init; } = DefaultId;

    /// <summary>How long a silo waits for the answer to a liveness probe of another silo, and how often it probes
    /// (<c>ClusterMembershipOptions.ProbeTimeout</c>). Default 1 s (Orleans: 5 s).</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many probes in a row a silo may miss before its prober suspects it
    /// (<c>ClusterMembershipOptions.NumMissedProbesLimit</c>). Default 3 (as Orleans).</summary>
    public int MissedProbesLimit { get; init; } = 3;

    /// <summary>How long a grain call waits for its answer, on silos and clients (<c>MessagingOptions.ResponseTimeout</c>). Default
    /// 15 s (Orleans: 30 s): long enough for an extraction batch on a busy machine.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <exception cref="ArgumentException">An option is empty or out of range.</exception>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Redis, nameof(Redis));
        ArgumentException.ThrowIfNullOrWhiteSpace(ClusterId, nameof(ClusterId));
        ArgumentException.ThrowIfNullOrWhiteSpace(ServiceId, nameof(ServiceId));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ProbeTimeout, TimeSpan.Zero, nameof(ProbeTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MissedProbesLimit, 1, nameof(MissedProbesLimit));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ResponseTimeout, TimeSpan.Zero, nameof(ResponseTimeout));
    }
}
