namespace ClaimCheck.Store;

/// <summary>How a store is opened: how long a writer waits for another, how many documents go in one transaction, whether a
/// missing store is created, and the clock behind first- and last-seen times.</summary>
/// <remarks>Immutable; validated when a store is opened (<see cref="Validate"/>).</remarks>
public sealed record ClaimStoreOptions
{
    /// <summary>The default <see cref="BusyTimeout"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long a write waits while another process writes the same store before failing with
    /// <see cref="ClaimStoreProblem.Busy"/>. The default value is <see cref="DefaultBusyTimeout"/> (30 s); whole seconds, from 1 s
    /// to 1 hour. Each document is one short transaction, so two writers normally interleave well within it.</summary>
    public TimeSpan BusyTimeout { get; init; } = DefaultBusyTimeout;

    /// <summary>The default <see cref="DocumentsPerTransaction"/>: 100.</summary>
    public const int DefaultDocumentsPerTransaction = 100;

    /// <summary>How many documents a check stores in one transaction, at most. Each document is always committed whole with its
    /// claims and findings; a larger batch compares each slot it touches once for all its documents (a story's articles arriving
    /// together are compared once, not once per article) and commits less often, and a process killed during a batch loses that
    /// batch only. The default value is <see cref="DefaultDocumentsPerTransaction"/> (100); from 1 to 10,000.</summary>
    public int DocumentsPerTransaction { get; init; } = DefaultDocumentsPerTransaction;

    /// <summary>Whether a check extracts the next batch on the thread pool while it stores and compares the current one (at most
    /// two batches held), instead of extracting each batch when the one before it has been yielded. The default value is true
    /// where the process may use more than one processor (<see cref="Environment.ProcessorCount"/> over 1) and false on one:
    /// extraction and storing then run on two cores at once, so a check with a store takes about the wall time of a check without
    /// one (100,000 articles on an otherwise idle 2-core machine: 96% of the speed of a check without a store, against 79% in
    /// turn), at the price of about a fifth more CPU time; on a machine whose cores are busy with other work, false uses
    /// less CPU time and is as fast. Either way each batch is judged, stored and reported the same.</summary>
    public bool ExtractAhead { get; init; } = Environment.ProcessorCount > 1;

    /// <summary>Whether opening a store that does not exist creates it (a new SQLite file, or the tables in an empty PostgreSQL
    /// schema). The default value is true; false makes a missing store a <see cref="ClaimStoreException"/> with
    /// <see cref="ClaimStoreProblem.NotFound"/> (for commands that only read).</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>The clock for documents' and findings' first- and last-seen times. The default value is
    /// <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Checks every option is in range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BusyTimeout"/> is under 1 second, over 1 hour or not whole
    /// seconds, or <see cref="DocumentsPerTransaction"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><see cref="TimeProvider"/> is null.</exception>
    public void Validate()
    {
        if (BusyTimeout < TimeSpan.FromSeconds(1) || BusyTimeout > TimeSpan.FromHours(1) || BusyTimeout.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(BusyTimeout), BusyTimeout, "BusyTimeout must be whole seconds from 1 s to 1 hour.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(DocumentsPerTransaction, 1, nameof(DocumentsPerTransaction));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DocumentsPerTransaction, 10_000, nameof(DocumentsPerTransaction));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }
}
