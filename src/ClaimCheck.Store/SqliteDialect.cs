using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClaimCheck.Store;

/// <summary>A store in one SQLite file, in WAL mode (readers never wait for the writer; a killed process loses no committed
/// document), with synchronous=NORMAL (a crash of the process loses nothing committed; a power cut may lose the last
/// documents, never corrupt the file) and a page cache of 64 MB per connection.</summary>
internal sealed class SqliteDialect(string path) : StoreDialect
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    public override string Location { get; } = Path.GetFullPath(path);

    public override DbConnection CreateConnection(ClaimStoreOptions options)
    {
        if (!options.CreateIfMissing && !File.Exists(Location))
        {
            throw new ClaimStoreException(Location, ClaimStoreProblem.NotFound, $"{Location}: no such store (the file does not exist)");
        }

        return new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Location,
            Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = (int)options.BusyTimeout.TotalSeconds,
        }.ToString());
    }

    public override async Task ConfigureAsync(DbConnection connection, ClaimStoreOptions options, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override string ListTablesSql => "SELECT lower(name) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

    // BEGIN IMMEDIATE takes the write lock at once, so two writers never both read and then fail to upgrade: the second waits
    // (busy_timeout) for the first to commit.
    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, ClaimStoreOptions options, CancellationToken cancellationToken) =>
        await ((SqliteConnection)connection).BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);

    // A deferred transaction reads one snapshot of the WAL and takes no write lock.
    public override Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override ClaimStoreException? Translate(Exception exception, ClaimStoreOptions options) => exception switch
    {
        ClaimStoreException known => known,
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } e => new ClaimStoreException(
            Location, ClaimStoreProblem.Busy,
            $"{Location}: the store is busy: another process held it for more than {options.BusyTimeout.TotalSeconds:0} s; try again when it is done", e),
        SqliteException { SqliteErrorCode: SqliteCorrupt } e => new ClaimStoreException(
            Location, ClaimStoreProblem.Damaged, $"{Location}: the store is damaged: {e.Message}", e),
        SqliteException { SqliteErrorCode: SqliteNotADatabase } e => new ClaimStoreException(
            Location, ClaimStoreProblem.NotAStore, $"{Location} is not a ClaimCheck store: it is not a SQLite database ({e.Message})", e),
        SqliteException { SqliteErrorCode: SqliteCantOpen } e => new ClaimStoreException(
            Location, ClaimStoreProblem.Unavailable, $"cannot open {Location}: {e.Message}", e),
        SqliteException e => new ClaimStoreException(Location, ClaimStoreProblem.DatabaseError, $"{Location}: {e.Message}", e),
        _ => null,
    };
}
