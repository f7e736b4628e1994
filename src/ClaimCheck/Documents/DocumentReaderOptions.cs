namespace ClaimCheck.Documents;

/// <summary>How <see cref="DocumentReader"/> reads files, folders and standard input: the length limit it reads within, and
/// what it does with what it cannot read.</summary>
/// <remarks>Immutable. The callbacks run on the calling thread, in input order.</remarks>
public sealed record DocumentReaderOptions
{
    /// <summary>What the path <c>-</c> reads; null (the default) rejects <c>-</c> with a <see cref="DocumentReadException"/>.</summary>
    public TextReader? StandardInput { get; init; }

    /// <summary>Whether <see cref="StandardInput"/> holds JSON Lines (one document per line) rather than one article (with
    /// optional front matter, id <c>stdin</c>). Default false.</summary>
    public bool StandardInputIsJsonLines { get; init; }

    /// <summary>The longest document read, in characters; the default is <see cref="ClaimCheckOptions.DefaultMaxDocumentLength"/>.
    /// Give the pipeline's <see cref="ClaimCheckOptions.MaxDocumentLength"/>.</summary>
    /// <remarks>Reading stops one character past it, so a file of any size costs at most this much memory: a text file's or
    /// standard input's text, an HTML page's markup (its text is shorter), a JSON Lines line (at most six times this plus
    /// 64K characters, what a record whose text is within the limit can take with every character escaped).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDocumentLength
    {
        get => _maxDocumentLength;
        init => _maxDocumentLength = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentLength), value, "MaxDocumentLength must be at least 1.");
    }

    private readonly int _maxDocumentLength = ClaimCheckOptions.DefaultMaxDocumentLength;

    /// <summary>What happens to a document over <see cref="MaxDocumentLength"/>: <see cref="LimitHandling.Throw"/> (the default)
    /// throws <see cref="ClaimCheckLimitException"/>; <see cref="LimitHandling.Truncate"/> keeps the first
    /// <see cref="MaxDocumentLength"/> characters (a JSON Lines record that long is skipped) and says so through
    /// <see cref="OnWarning"/>.</summary>
    public LimitHandling LimitHandling { get; init; } = LimitHandling.Throw;

    /// <summary>Called for each file, or JSON Lines record (its <see cref="DocumentReadException.Line"/> set), that cannot be
    /// read (not text, unreadable, a named pipe or device, malformed), which is then skipped while the rest is read; null (the
    /// default) throws the <see cref="DocumentReadException"/> instead. Two documents with one id always throw.</summary>
    public Action<DocumentReadException>? OnSkipped { get; init; }

    /// <summary>Called with each thing read around rather than as written, in a sentence naming the file (and line): a
    /// document cut at <see cref="MaxDocumentLength"/>, bytes not valid in the file's encoding, an unknown declared charset,
    /// HTML nested too deep to keep its structure. Null (the default) ignores them.</summary>
    public Action<string>? OnWarning { get; init; }

    /// <summary>Called after each input file is read (or skipped), with its path: for progress.</summary>
    public Action<string>? OnFileRead { get; init; }

    /// <summary>The longest JSON Lines line read: <see cref="MaxDocumentLength"/> characters each escaped as <c>\uXXXX</c>,
    /// with room for the id and metadata.</summary>
    internal int MaxJsonLineLength => (int)Math.Min(Array.MaxLength, (6L * MaxDocumentLength) + 65_536);
}
