namespace ClaimCheck.Documents;

/// <summary>A file or stream could not be read into documents: it does not exist, is not text, is malformed (a JSON Lines
/// record, a sidecar, front matter), or names a document twice. The message starts with the file (and line) it is about.</summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates an exception about <paramref name="path"/> (and <paramref name="line"/>), or about no file in particular.</summary>
    public DocumentReadException(string message, string? path = null, int? line = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        Line = line;
    }

    /// <summary>Creates an exception with a message.</summary>
    public DocumentReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with no message.</summary>
    public DocumentReadException()
    {
    }

    /// <summary>The file (or "&lt;stdin&gt;") the problem is in, when it is about one.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line of a JSON Lines record the problem is in, when it is about one.</summary>
    public int? Line { get; }
}
