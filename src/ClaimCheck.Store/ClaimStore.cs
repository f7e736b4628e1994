namespace ClaimCheck.Store;

/// <summary>Opens claim stores: a SQLite file (embedded, no server) or a PostgreSQL database.</summary>
/// <example>
/// <code>
/// await using var store = await ClaimStore.OpenAsync("claims.db");
/// var result = await store.CheckAsync(newDocuments, ClaimChecker.DefaultPipeline, cancellationToken);
/// foreach (var stored in result.Findings) Console.WriteLine(stored.Finding.Explanation);
/// </code>
/// </example>
public static class ClaimStore
{
    /// <summary>Opens the store at <paramref name="location"/>: PostgreSQL for a <c>postgres://user:password@host:port/database</c>
    /// URL or an Npgsql connection string (<c>Host=…;Database=…</c>), else the SQLite file at that path.</summary>
    /// <inheritdoc cref="OpenSqliteAsync" path="/exception"/>
    /// <exception cref="ArgumentException"><paramref name="location"/> is empty, or a postgres:// URL or connection string that
    /// cannot be read.</exception>
    public static Task<IClaimStore> OpenAsync(string location, ClaimStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return PostgresDialect.IsPostgres(location)
            ? OpenPostgresAsync(location, options, cancellationToken)
            : OpenSqliteAsync(location, options, cancellationToken);
    }

    /// <summary>Opens the SQLite store in the file at <paramref name="path"/>, creating it (unless
    /// <see cref="ClaimStoreOptions.CreateIfMissing"/> is false) and migrating an older schema.</summary>
    /// <remarks>The file is in WAL mode: readers never wait for a writer, and a process killed at any moment leaves every committed
    /// document. Keep the file on a local disk (WAL needs shared memory, which network file systems do not give).</remarks>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ClaimStoreException">The store does not exist (and may not be created), is not a store, is damaged, was
    /// written by a newer version, is busy, or cannot be reached; the message names it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<IClaimStore> OpenSqliteAsync(string path, ClaimStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new ClaimStoreOptions();
        options.Validate();
        return await SqlClaimStore.OpenAsync(new SqliteDialect(path), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens the PostgreSQL store in the database (and current schema) that <paramref name="connectionString"/> names —
    /// a <c>postgres://</c> URL or an Npgsql connection string — creating its tables in an empty schema (unless
    /// <see cref="ClaimStoreOptions.CreateIfMissing"/> is false) and migrating an older schema.</summary>
    /// <inheritdoc cref="OpenSqliteAsync" path="/exception"/>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or cannot be read.</exception>
    public static async Task<IClaimStore> OpenPostgresAsync(string connectionString, ClaimStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= new ClaimStoreOptions();
        options.Validate();
        return await SqlClaimStore.OpenAsync(new PostgresDialect(connectionString), options, cancellationToken).ConfigureAwait(false);
    }
}
