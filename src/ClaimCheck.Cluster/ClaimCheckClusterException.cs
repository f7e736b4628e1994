namespace ClaimCheck.Cluster;

/// <summary>The cluster cannot be reached or did not answer: Redis is down, no silo is running, or a call kept failing after its
/// retries. The message is one line naming what was tried.</summary>
public sealed class ClaimCheckClusterException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClaimCheckClusterException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public ClaimCheckClusterException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public ClaimCheckClusterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
