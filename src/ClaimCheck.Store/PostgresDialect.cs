using System.Data;
using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace ClaimCheck.Store;

/// <summary>A store in a PostgreSQL database, in the connection's current schema (set <c>Search Path</c> in the connection string
/// to keep several stores in one database).</summary>
internal sealed class PostgresDialect : StoreDialect
{
    // Every writer of a store takes this transaction-level advisory lock first, so writers run one at a time, as on SQLite.
    private const long WriteLockKey = 0x436C_6169_6D43_6B31; // "ClaimCk1"
    private const string LockNotAvailable = "55P03";

    private readonly string _connectionString;

    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is neither a postgres:// URL nor a connection string
    /// Npgsql reads.</exception>
    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(ToConnectionString(connectionString));
        _connectionString = builder.ConnectionString;
        Location = string.Create(CultureInfo.InvariantCulture, $"postgres://{(builder.Username is { } user ? user + "@" : "")}{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}");
    }

    public override string Location { get; }

    /// <summary>Whether <paramref name="location"/> names a PostgreSQL store: a postgres:// or postgresql:// URL, or a connection
    /// string with a Host.</summary>
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Split(';').Any(part => part.TrimStart().StartsWith("host=", StringComparison.OrdinalIgnoreCase)
            || part.TrimStart().StartsWith("server=", StringComparison.OrdinalIgnoreCase));

    /// <summary>A postgres://user:password@host:port/database?key=value URL as an Npgsql connection string; anything else as is.</summary>
    /// <exception cref="ArgumentException">The URL cannot be read.</exception>
    internal static string ToConnectionString(string location)
    {
        if (!location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return location;
        }

        if (!Uri.TryCreate(location, UriKind.Absolute, out var url) || string.IsNullOrEmpty(url.Host))
        {
            throw new ArgumentException($"'{Redact(location)}' is not a postgres://user:password@host:port/database URL.", nameof(location));
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = url.Host, Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port };
        var userInfo = url.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
        }

        return builder.ConnectionString;
    }

    private static string Redact(string location)
    {
        var at = location.IndexOf('@', StringComparison.Ordinal);
        var scheme = location.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme > 0 ? string.Concat(location.AsSpan(0, scheme + 3), "…", location.AsSpan(at)) : location;
    }

    public override DbConnection CreateConnection(ClaimStoreOptions options) => new NpgsqlConnection(_connectionString);

    public override Task ConfigureAsync(DbConnection connection, ClaimStoreOptions options, CancellationToken cancellationToken) => Task.CompletedTask;

    public override string ListTablesSql => "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = current_schema()";

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, ClaimStoreOptions options, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = string.Create(
                CultureInfo.InvariantCulture,
                $"SET LOCAL lock_timeout = '{(long)options.BusyTimeout.TotalMilliseconds}ms'; SELECT pg_advisory_xact_lock({WriteLockKey});");
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

    public override ClaimStoreException? Translate(Exception exception, ClaimStoreOptions options) => exception switch
    {
        ClaimStoreException known => known,
        PostgresException { SqlState: LockNotAvailable } e => new ClaimStoreException(
            Location, ClaimStoreProblem.Busy,
            $"{Location}: the store is busy: another process held it for more than {options.BusyTimeout.TotalSeconds:0} s; try again when it is done", e),
        PostgresException { SqlState: "28000" or "28P01" or "3D000" or "57P03" } e => new ClaimStoreException(
            Location, ClaimStoreProblem.Unavailable, $"cannot open {Location}: {e.MessageText}", e),
        PostgresException e => new ClaimStoreException(Location, ClaimStoreProblem.DatabaseError, $"{Location}: {e.MessageText} ({e.SqlState})", e),
        NpgsqlException e => new ClaimStoreException(Location, ClaimStoreProblem.Unavailable, $"cannot reach {Location}: {e.Message}", e),
        _ => null,
    };
}
