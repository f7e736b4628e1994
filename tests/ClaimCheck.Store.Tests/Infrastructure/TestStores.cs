using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Sdk;

namespace ClaimCheck.Store.Tests.Infrastructure;

/// <summary>The databases a store runs on; the store tests run against each.</summary>
public enum StoreBackend
{
    Sqlite,
    Postgres,
}

/// <summary>A theory row that runs the test against a SQLite store.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SqliteStoreAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreBackend.Sqlite]];
}

/// <summary>A theory row that runs the test against a PostgreSQL store: the server named by the
/// <see cref="TestStore.PostgresVariable"/> environment variable (<c>bash .ci/run</c> starts one). Skipped, with the reason, when
/// the variable is not set or the server does not answer.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresStoreAttribute : DataAttribute
{
    public PostgresStoreAttribute()
    {
        Skip = TestStore.PostgresUnavailable.Value;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreBackend.Postgres]];
}

/// <summary>A fresh, empty store for one test: a SQLite file in a temporary folder, or a new schema in the test PostgreSQL
/// database. Disposing deletes it.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    /// <summary>The environment variable holding the test server's connection string.</summary>
    public const string PostgresVariable = "CLAIMCHECK_TEST_POSTGRES";

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static readonly Lazy<string?> PostgresUnavailable = new(() =>
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"no PostgreSQL server: set {PostgresVariable} to a connection string (bash .ci/run starts a throwaway server and sets it)";
        }

        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            return $"the PostgreSQL server in {PostgresVariable} does not answer: {e.Message}";
        }
    });

    private readonly string? _folder;
    private readonly string? _schema;

    private TestStore(StoreBackend backend, string location, string? folder, string? schema)
    {
        Backend = backend;
        Location = location;
        _folder = folder;
        _schema = schema;
    }

    public StoreBackend Backend { get; }

    /// <summary>What <see cref="ClaimStore.OpenAsync"/> takes: a file path or a connection string.</summary>
    public string Location { get; }

    /// <summary>The folder the SQLite file is in (null for PostgreSQL).</summary>
    public string? Folder => _folder;

    public static async Task<TestStore> CreateAsync(StoreBackend backend)
    {
        if (backend == StoreBackend.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("claimcheck-store-").FullName;
            return new TestStore(backend, Path.Combine(folder, "claims.db"), folder, null);
        }

        var schema = "test_" + Guid.NewGuid().ToString("N");
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { SearchPath = schema };
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new TestStore(backend, builder.ConnectionString, null, schema);
    }

    public Task<IClaimStore> OpenAsync(ClaimStoreOptions? options = null) => ClaimStore.OpenAsync(Location, options);

    /// <summary>A raw connection to the store's database, to inspect or tamper with it.</summary>
    public async Task<DbConnection> ConnectAsync()
    {
        DbConnection connection = Backend == StoreBackend.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location, Pooling = false }.ToString())
            : new NpgsqlConnection(Location);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Takes the store's write lock on another connection and holds it until the result is disposed, as another
    /// writing process would.</summary>
    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = await ConnectAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Backend == StoreBackend.Sqlite
            ? "INSERT INTO store_meta (key, value) VALUES ('test_lock', 'held')"
            : "SELECT pg_advisory_xact_lock(4858365203458517809)";
        await command.ExecuteNonQueryAsync();
        return new Held(connection, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return;
        }

        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Held(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
