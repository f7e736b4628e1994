namespace ClaimCheck.Documents;

/// <summary>How <see cref="DocumentReader.ReadPaths"/> reads a list of files, folders and standard input.</summary>
/// <remarks>Immutable. The callbacks run on the calling thread, in input order.</remarks>
public sealed record DocumentReaderOptions
{
    /// <summary>What the path <c>-</c> reads; null (the default) rejects <c>-</c> with a <see cref="DocumentReadException"/>.</summary>
    public TextReader? StandardInput { get; init; }

    /// <summary>Whether <see cref="StandardInput"/> holds JSON Lines (one document per line) rather than one article (with
    /// optional front matter, id <c>stdin</c>). Default false.</summary>
    public bool StandardInputIsJsonLines { get; init; }

    /// <summary>Called for each file that cannot be read (not text, unreadable, malformed), which is then skipped; null (the
    /// default) throws the <see cref="DocumentReadException"/> instead. Two documents with one id always throw.</summary>
    public Action<DocumentReadException>? OnSkippedFile { get; init; }

    /// <summary>Called after each input file is read (or skipped), with its path: for progress.</summary>
    public Action<string>? OnFileRead { get; init; }
}
