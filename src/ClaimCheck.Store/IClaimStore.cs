using System.Collections.Immutable;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Store;

/// <summary>A claim store: documents, their claims (indexed by slot key) and the findings between them, kept across runs, so
/// each new article is checked against everything seen before. <see cref="ClaimStore"/> opens one over SQLite or PostgreSQL.</summary>
/// <remarks>
/// <para>Each document is stored whole in one transaction with its claims and the findings it changes: a process killed at any
/// moment leaves every batch whose <see cref="StoreCheckResult"/> was yielded, and no part of the one in progress. Several processes may
/// write one store: writes are serialised (a writer waits up to <see cref="ClaimStoreOptions.BusyTimeout"/>, then gets a
/// <see cref="ClaimStoreException"/> with <see cref="ClaimStoreProblem.Busy"/>).</para>
/// <para>An instance holds one database connection and is not thread-safe: run one operation at a time, and open one store per
/// thread that needs its own. Every operation throws <see cref="ClaimStoreException"/> naming the store when the database fails
/// (busy, damaged, unreachable), and <see cref="OperationCanceledException"/> when cancelled (the document in progress is rolled
/// back).</para>
/// </remarks>
public interface IClaimStore : IAsyncDisposable
{
    /// <summary>Where the store is, for messages: the SQLite file's full path, or the PostgreSQL server and database (never the
    /// password).</summary>
    string Location { get; }

    /// <summary>Checks <paramref name="documents"/> against the store in batches of up to
    /// <see cref="ClaimStoreOptions.DocumentsPerTransaction"/> documents, committing each batch in one transaction before yielding
    /// what it changed.</summary>
    /// <remarks>
    /// <para>A document already stored with the same content (id, text and metadata) is a no-op (<see cref="DocumentIngest.Unchanged"/>);
    /// one with the same id and other content is a new version that replaces the old one's claims. The batch's documents are
    /// extracted with <paramref name="pipeline"/> (<see cref="ClaimPipeline.ExtractAll"/>, outside the transaction); then only the
    /// stored claims that share a slot key (<see cref="ClaimComparer.SlotOf"/>) with their claims, or with the claims of the
    /// versions they replace, are loaded and compared with the pipeline's <see cref="ClaimPipeline.Comparer"/>: the batch's slots
    /// in groups of up to 10,000 claims, one comparison per group (a larger slot alone), so memory is bounded by the largest slot
    /// and the batch.</para>
    /// <para>With <see cref="ClaimStoreOptions.ExtractAhead"/> (the default where the process has more than one processor), while one
    /// batch is stored and compared, the next is read and extracted on the thread pool, so an ingest uses a second core; at most two
    /// batches are held. Without it each batch is read and extracted when the one before it has been committed and yielded. Which of
    /// the next batch's documents to extract is judged against the
    /// store and the batch before it; each document's state is read again under the write lock, as another writer may have stored
    /// it meanwhile. The next batch is never stored before this one is committed and yielded: an error while reading or extracting
    /// it is thrown after that, and when the caller stops reading (or an error or a cancellation stops the check) its extraction
    /// is cancelled and awaited, and it is not stored.</para>
    /// <para>Use the same lexicons and exchange rates for every check of one store: slot keys are computed when a claim is
    /// stored.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument or a document is null.</exception>
    /// <exception cref="ClaimCheckLimitException">A document exceeds a limit of the pipeline and its
    /// <see cref="ClaimCheckOptions.LimitHandling"/> is <see cref="LimitHandling.Throw"/>; earlier batches stay stored.</exception>
    IAsyncEnumerable<StoreCheckResult> CheckBatchesAsync(IEnumerable<Document> documents, ClaimPipeline pipeline, CancellationToken cancellationToken = default);

    /// <summary>Checks <paramref name="documents"/> against the store (see <see cref="CheckBatchesAsync"/>) and returns the findings
    /// that are new or changed after the last of them, most severe first.</summary>
    /// <remarks>A finding created by one batch and changed by a later one is reported once, as it stands at the end; one that a
    /// later batch retired is not reported. On an empty store the result holds every finding a check of all the documents at
    /// once reports, in its order (with store ids instead of F1, F2…).</remarks>
    /// <exception cref="ArgumentNullException">An argument or a document is null.</exception>
    /// <exception cref="ClaimCheckLimitException">A document exceeds a limit of the pipeline (see <see cref="CheckBatchesAsync"/>).</exception>
    Task<StoreCheckResult> CheckAsync(IEnumerable<Document> documents, ClaimPipeline pipeline, CancellationToken cancellationToken = default);

    /// <summary>How many documents, claims and findings the store holds.</summary>
    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every finding the store holds, most severe first (evolutions and corroborations last), as a report orders them.</summary>
    Task<ImmutableArray<StoredFinding>> GetFindingsAsync(CancellationToken cancellationToken = default);

    /// <summary>A report of <paramref name="findings"/> for any <see cref="ReportWriter"/> format: it holds the documents named by
    /// <paramref name="documentIds"/> with all their claims, and the claims the findings name with their documents.</summary>
    /// <param name="findings">The findings to report, in the order given.</param>
    /// <param name="documentIds">Documents to include whole (for a check, the documents just checked); ids the store does not
    /// hold are ignored.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    Task<CheckReport> GetReportAsync(IEnumerable<Finding> findings, IEnumerable<string> documentIds, CancellationToken cancellationToken = default);

    /// <summary>Writes the whole store as JSON Lines: a header line, then each document (with its text), each claim (with its slot
    /// key) and each finding, one JSON object per line (see the README, "Keeping a store").</summary>
    /// <remarks>Reads in one snapshot where the database gives one (SQLite, PostgreSQL), streaming: memory does not grow with the
    /// store.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    Task ExportAsync(TextWriter writer, CancellationToken cancellationToken = default);
}
