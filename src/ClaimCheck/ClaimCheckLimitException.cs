namespace ClaimCheck;

/// <summary>Thrown when input exceeds one of the limits in <see cref="ClaimCheckOptions"/> and the options say to stop rather than truncate.</summary>
public sealed class ClaimCheckLimitException : Exception
{
    /// <summary>Creates the exception with a message naming the limit, its value, what was seen and the document.</summary>
    /// <param name="limitName">The option's name, e.g. <c>MaxDocumentLength</c>.</param>
    /// <param name="limit">The limit's value.</param>
    /// <param name="actual">What the input had.</param>
    /// <param name="documentId">The document concerned, or null when the limit is on the whole check.</param>
    public ClaimCheckLimitException(string limitName, long limit, long actual, string? documentId)
        : base(documentId is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The check exceeds {limitName} ({limit:N0}): it has {actual:N0}. Raise ClaimCheckOptions.{limitName} or set LimitHandling to Truncate.")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Document '{documentId}' exceeds {limitName} ({limit:N0}): it has {actual:N0}. Raise ClaimCheckOptions.{limitName} or set LimitHandling to Truncate."))
    {
        LimitName = limitName;
        Limit = limit;
        Actual = actual;
        DocumentId = documentId;
    }

    /// <summary>Creates the exception with its own message, for a limit met while reading, where what the input has is only
    /// known to be over the limit (<paramref name="actual"/> is then the least it has).</summary>
    internal ClaimCheckLimitException(string limitName, long limit, long actual, string? documentId, string message)
        : base(message)
    {
        LimitName = limitName;
        Limit = limit;
        Actual = actual;
        DocumentId = documentId;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ClaimCheckLimitException(string message)
        : base(message)
    {
        LimitName = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public ClaimCheckLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
        LimitName = string.Empty;
    }

    /// <summary>Creates the exception with no details.</summary>
    public ClaimCheckLimitException()
    {
        LimitName = string.Empty;
    }

    /// <summary>The option's name, e.g. <c>MaxDocumentLength</c>.</summary>
    public string LimitName { get; }

    /// <summary>The limit's value.</summary>
    public long Limit { get; }

    /// <summary>What the input had (when a reader stopped at the limit, the least it had: one more than the limit).</summary>
    public long Actual { get; }

    /// <summary>The document concerned, or null when the limit is on the whole check.</summary>
    public string? DocumentId { get; }
}

/// <summary>What to do when input exceeds a limit.</summary>
public enum LimitHandling
{
    /// <summary>Throw <see cref="ClaimCheckLimitException"/>.</summary>
    Throw,

    /// <summary>Keep what fits, skip the rest, and say so in <see cref="Reporting.CheckReport.Warnings"/>.</summary>
    Truncate,
}
