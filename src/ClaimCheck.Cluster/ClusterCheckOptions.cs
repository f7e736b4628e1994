namespace ClaimCheck.Cluster;

/// <summary>How <see cref="ClusterClaimChecker"/> sends a check to the cluster.</summary>
public sealed record ClusterCheckOptions
{
    /// <summary>Documents sent to an extraction worker in one call. Default 8: a batch touches each of its slots once; a failed call
    /// is retried whole.</summary>
    public int DocumentsPerCall { get; init; } = 8;

    /// <summary>Calls in flight at once. Default 16: enough to keep every extraction worker of a few silos busy.</summary>
    public int MaxConcurrentCalls { get; init; } = 16;

    /// <summary>Attempts per call before the check fails. Default 20: with <see cref="RetryDelay"/>, about half a minute, which
    /// covers a silo's death being detected and its grains moving.</summary>
    public int MaxAttempts { get; init; } = 20;

    /// <summary>The pause before a failed call is tried again. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether the slot grains keep the check's claims after the report is built. Default false: their state is cleared.</summary>
    public bool KeepSlotState { get; init; }

    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(DocumentsPerCall, 1, nameof(DocumentsPerCall));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentCalls, 1, nameof(MaxConcurrentCalls));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
    }
}
