namespace ClaimCheck.Store;

/// <summary>What went wrong with a store.</summary>
public enum ClaimStoreProblem
{
    /// <summary>The store does not exist and <see cref="ClaimStoreOptions.CreateIfMissing"/> is false.</summary>
    NotFound,

    /// <summary>The file or database is not a ClaimCheck store (not a SQLite database, or tables that are not a store's).</summary>
    NotAStore,

    /// <summary>The store is damaged: the database reports corruption, or a stored record cannot be read.</summary>
    Damaged,

    /// <summary>The store was written by a newer version of ClaimCheck.Store, with a schema this version does not know; it is
    /// left untouched.</summary>
    NewerVersion,

    /// <summary>Another process held the store for longer than <see cref="ClaimStoreOptions.BusyTimeout"/>.</summary>
    Busy,

    /// <summary>The store cannot be reached or opened: a server that does not answer, a refused login, a file that cannot be
    /// opened.</summary>
    Unavailable,

    /// <summary>The database reported another error.</summary>
    DatabaseError,
}

/// <summary>A store could not be opened, read or written; the message names the store and what is wrong.</summary>
public sealed class ClaimStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">The store (<see cref="IClaimStore.Location"/>).</param>
    /// <param name="problem">What went wrong.</param>
    /// <param name="message">The message, starting with the store's location.</param>
    /// <param name="innerException">The database's error, if any.</param>
    public ClaimStoreException(string location, ClaimStoreProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Location = location;
        Problem = problem;
    }

    /// <summary>The store: a SQLite file's full path, or a PostgreSQL server and database.</summary>
    public string Location { get; }

    /// <summary>What went wrong.</summary>
    public ClaimStoreProblem Problem { get; }
}
