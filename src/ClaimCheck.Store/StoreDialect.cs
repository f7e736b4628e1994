using System.Data.Common;

namespace ClaimCheck.Store;

/// <summary>What differs between the databases a store runs on: connecting, taking the write lock, listing tables and reading
/// their errors. The SQL of the store itself is the same on both.</summary>
internal abstract class StoreDialect
{
    /// <summary>Where the store is, for messages (never a password).</summary>
    public abstract string Location { get; }

    /// <summary>Creates (without opening) a connection to the store.</summary>
    /// <exception cref="ClaimStoreException">The store does not exist and may not be created.</exception>
    public abstract DbConnection CreateConnection(ClaimStoreOptions options);

    /// <summary>Sets up a connection just opened (journal mode, timeouts).</summary>
    public abstract Task ConfigureAsync(DbConnection connection, ClaimStoreOptions options, CancellationToken cancellationToken);

    /// <summary>The names of the tables in the store's database or schema, lower case.</summary>
    public abstract string ListTablesSql { get; }

    /// <summary>Begins a transaction that holds the store's write lock until it ends: writers run one at a time.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, ClaimStoreOptions options, CancellationToken cancellationToken);

    /// <summary>Begins a transaction that reads one consistent snapshot.</summary>
    public abstract Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The store exception for a database error, or null when <paramref name="exception"/> is not one.</summary>
    public abstract ClaimStoreException? Translate(Exception exception, ClaimStoreOptions options);
}
