using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace ClaimCheck.Documents;

/// <summary>
/// Reads articles into <see cref="Document"/>s, as the <c>claimcheck check</c> command does: <c>.txt</c>/<c>.md</c> text
/// (with front matter), <c>.html</c>/<c>.htm</c> pages (the main text), <c>.jsonl</c> JSON Lines (one document per line),
/// folders of such files, and standard input.
/// </summary>
/// <remarks>
/// <para>A file's document id is its name without extension; a JSON Lines record names its own. Metadata (outlet, publication
/// date, URL, place, topic) comes from, in increasing precedence: HTML meta tags or front matter at the top of a text file,
/// then a sidecar <c>NAME.meta.json</c> beside the file (<c>{"outlet", "published", "url", "place", "topic"}</c>, each
/// optional). Every error is a <see cref="DocumentReadException"/> whose message names the file (and line).</para>
/// <para>Only regular files are read: a named pipe, a device (or a link to one) or a socket is refused before it is opened.
/// Text is decoded as its byte-order mark says (UTF-8, UTF-16, UTF-32), an HTML page as its <c>&lt;meta charset&gt;</c>
/// declares, else as UTF-8. Reading streams and stops one character past
/// <see cref="DocumentReaderOptions.MaxDocumentLength"/>, so no file costs more memory than that, whatever its size. JSON
/// keys may appear once per object: a record or sidecar naming a key twice is malformed. Thread-safe.</para>
/// </remarks>
public static class DocumentReader
{
    private const string SidecarSuffix = ".meta.json";
    private const string StandardInputName = "<stdin>";
    private static readonly JsonDocumentOptions Json = new() { AllowDuplicateProperties = false };

    /// <summary>The file name endings read from folders (case-insensitive): <c>.txt</c>, <c>.md</c>, <c>.html</c>,
    /// <c>.htm</c>, <c>.jsonl</c>, <c>.text</c>, <c>.markdown</c>. Any other file given by name is read as text.</summary>
    public static ImmutableArray<string> Extensions { get; } = [".txt", ".md", ".html", ".htm", ".jsonl", ".text", ".markdown"];

    /// <summary>The files <paramref name="paths"/> stand for, in order: a file as itself, a folder as its readable files
    /// (<see cref="Extensions"/>, not sidecars, not subfolders) in ordinal name order, <c>-</c> as itself.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="DocumentReadException">A path does not exist, a folder cannot be listed, or it holds nothing readable.</exception>
    public static ImmutableArray<string> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                List<string> found;
                try
                {
                    found = Directory.EnumerateFiles(path).Where(IsReadable).Order(StringComparer.Ordinal).ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new DocumentReadException($"{path}: cannot list the folder: {e.Message}", path, null, e);
                }

                if (found.Count == 0)
                {
                    throw new DocumentReadException($"folder '{path}' holds no {string.Join(", ", Extensions[..5])} files.", path);
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new DocumentReadException($"'{path}' is neither a file nor a folder.", path);
            }
        }

        return files.ToImmutable();
    }

    /// <summary>Reads files, folders and <c>-</c> (standard input, see <see cref="DocumentReaderOptions"/>) into documents,
    /// in order, checking that their ids are unique.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="DocumentReadException">A path does not exist; a file or record cannot be read (unless
    /// <see cref="DocumentReaderOptions.OnSkipped"/> is set); <c>-</c> is given twice or without standard input; two
    /// documents have one id.</exception>
    /// <exception cref="ClaimCheckLimitException">A document is longer than <see cref="DocumentReaderOptions.MaxDocumentLength"/>
    /// and <see cref="DocumentReaderOptions.LimitHandling"/> is <see cref="LimitHandling.Throw"/>.</exception>
    public static ImmutableArray<Document> ReadPaths(IEnumerable<string> paths, DocumentReaderOptions? options = null)
    {
        options ??= new DocumentReaderOptions();
        var files = ExpandPaths(paths);
        if (files.Count(f => f == "-") > 1)
        {
            throw new DocumentReadException("standard input ('-') can be read only once.", StandardInputName);
        }

        var documents = ImmutableArray.CreateBuilder<Document>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var document in ReadOne(file, options))
            {
                if (!seen.TryAdd(document.Id, file))
                {
                    throw new DocumentReadException(
                        $"two documents are named '{document.Id}' ({seen[document.Id]} and {file}); document ids (file names without extension, or JSON Lines ids) must be unique.",
                        file);
                }

                documents.Add(document);
            }

            options.OnFileRead?.Invoke(file);
        }

        return documents.ToImmutable();
    }

    /// <summary>Reads one file: JSON Lines (<c>.jsonl</c>) into one document per record; HTML (<c>.html</c>, <c>.htm</c>)
    /// into its main text (see <see cref="ReadHtml"/>); anything else as text with optional front matter (see
    /// <see cref="ReadText"/>). A sidecar <c>NAME.meta.json</c> beside a text or HTML file overrides its metadata.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The length limit, and for JSON Lines whether a malformed record is skipped
    /// (<see cref="DocumentReaderOptions.OnSkipped"/>); null for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="DocumentReadException">The file cannot be read, is not a regular file, is not text (NUL bytes, mostly
    /// control characters or invalid bytes), or is malformed; or its sidecar is.</exception>
    /// <exception cref="ClaimCheckLimitException">The document is longer than <see cref="DocumentReaderOptions.MaxDocumentLength"/>
    /// and <see cref="DocumentReaderOptions.LimitHandling"/> is <see cref="LimitHandling.Throw"/>.</exception>
    public static ImmutableArray<Document> ReadFile(string path, DocumentReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new DocumentReaderOptions();
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            return ReadJsonLines(path, options);
        }

        var id = Path.GetFileNameWithoutExtension(path);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new DocumentReadException($"{path}: cannot name a document after this file.", path);
        }

        var html = extension is ".html" or ".htm";
        var content = ReadWhole(path, id, html, options);
        var sidecar = ReadSidecar(path, options);
        if (html)
        {
            var (text, metadata, flattened) = HtmlText.Extract(content);
            WarnFlattened(options, path, flattened);
            return [metadata.Over(sidecar).ToDocument(id, text)];
        }

        return [FromText(id, path, content, sidecar)];
    }

    /// <summary>Reads a JSON Lines file: one <c>{"id", "text", "outlet"?, "published"?, "url"?, "place"?, "topic"?}</c>
    /// object per line (blank lines skipped; <c>published</c> as <c>yyyy-MM-dd</c> or ISO 8601; <c>url</c> absolute).</summary>
    /// <param name="path">The file (UTF-8, or as its byte-order mark says).</param>
    /// <param name="options">With <see cref="DocumentReaderOptions.OnSkipped"/> set, a malformed record is reported there and
    /// skipped, and the file's other records are read; null for the defaults (a malformed record throws).</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="DocumentReadException">The file cannot be read, or a line is not such an object (the message names
    /// the line) and <see cref="DocumentReaderOptions.OnSkipped"/> is not set.</exception>
    /// <exception cref="ClaimCheckLimitException">A line is too long to hold a text within
    /// <see cref="DocumentReaderOptions.MaxDocumentLength"/> and <see cref="DocumentReaderOptions.LimitHandling"/> is
    /// <see cref="LimitHandling.Throw"/>.</exception>
    public static ImmutableArray<Document> ReadJsonLines(string path, DocumentReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new DocumentReaderOptions();
        using var file = FileText.Open(path, html: false);
        try
        {
            var documents = ReadJsonLines(file.Reader, path, options);
            Warn(options, file.Warnings(path));
            return documents;
        }
        catch (IOException e)
        {
            throw new DocumentReadException($"{path}: {e.Message}", path, null, e);
        }
    }

    /// <summary>Reads JSON Lines from <paramref name="reader"/> to its end, as <see cref="ReadJsonLines(string, DocumentReaderOptions?)"/>
    /// reads a file; <paramref name="name"/> is what messages call the source.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="DocumentReadException">A line is not a document object and <see cref="DocumentReaderOptions.OnSkipped"/>
    /// is not set.</exception>
    /// <exception cref="ClaimCheckLimitException">A line is too long to hold a text within
    /// <see cref="DocumentReaderOptions.MaxDocumentLength"/> and <see cref="DocumentReaderOptions.LimitHandling"/> is
    /// <see cref="LimitHandling.Throw"/>.</exception>
    public static ImmutableArray<Document> ReadJsonLines(TextReader reader, string name = StandardInputName, DocumentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new DocumentReaderOptions();
        var documents = ImmutableArray.CreateBuilder<Document>();
        var lines = new LineReader(reader);
        var lineNumber = 0;
        while (lines.Next(options.MaxJsonLineLength, out var rawLine))
        {
            lineNumber++;
            if (rawLine is null)
            {
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"{name}:{lineNumber}: the record is longer than {options.MaxJsonLineLength:N0} characters, too long for a text within MaxDocumentLength ({options.MaxDocumentLength:N0})");
                if (options.LimitHandling == LimitHandling.Throw)
                {
                    throw new ClaimCheckLimitException(nameof(ClaimCheckOptions.MaxDocumentLength), options.MaxDocumentLength, options.MaxDocumentLength + 1L, null,
                        message + "; it was not read. Raise MaxDocumentLength or set LimitHandling to Truncate.");
                }

                options.OnWarning?.Invoke(message + "; the record was skipped.");
                continue;
            }

            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                documents.Add(ReadRecord(line));
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                var reason = e is JsonException ? $"not valid JSON ({FirstSentence(e.Message)})" : e.Message;
                var error = new DocumentReadException($"{name}:{lineNumber}: {reason}.", name, lineNumber, e);
                if (options.OnSkipped is null)
                {
                    throw error;
                }

                options.OnSkipped(error);
            }
        }

        return documents.ToImmutable();
    }

    /// <summary>A document from article text, with metadata from front matter at its top (removed from the text): a line
    /// <c>---</c>, then <c>outlet:</c> (or <c>source:</c>), <c>published:</c> (or <c>date:</c>), <c>url:</c>, <c>place:</c>,
    /// <c>topic:</c> lines (others ignored), then <c>---</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DocumentReadException">The front matter's date or URL is malformed.</exception>
    public static Document ReadText(string id, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        return FromText(id, id, text, DocumentMetadata.Empty);
    }

    /// <summary>A document from an HTML page: its main text (the <c>&lt;article&gt;</c>, else <c>&lt;main&gt;</c>, else
    /// <c>&lt;body&gt;</c>, without scripts, styles, navigation, headers, footers, asides and forms; the title and each
    /// heading, paragraph and list item on its own line) and the outlet, date and URL from <c>og:site_name</c>,
    /// <c>article:published_time</c> and the canonical link (a malformed date or relative link is ignored). Elements nested
    /// deeper than 256 levels are flattened into the one above (their text is kept), which
    /// <see cref="DocumentReaderOptions.OnWarning"/> hears of.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static Document ReadHtml(string id, string html, DocumentReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(html);
        var (text, metadata, flattened) = HtmlText.Extract(html);
        WarnFlattened(options, id, flattened);
        return metadata.ToDocument(id, text);
    }

    private static IEnumerable<Document> ReadOne(string file, DocumentReaderOptions options)
    {
        try
        {
            if (file != "-")
            {
                return ReadFile(file, options);
            }

            var stdin = options.StandardInput ?? throw new DocumentReadException("standard input ('-') is not available here.", StandardInputName);
            if (options.StandardInputIsJsonLines)
            {
                return ReadJsonLines(stdin, StandardInputName, options);
            }

            try
            {
                return [FromText("stdin", StandardInputName, ReadWhole(stdin, "stdin", StandardInputName, "text", options), DocumentMetadata.Empty)];
            }
            catch (IOException e)
            {
                throw new DocumentReadException($"{StandardInputName}: {e.Message}", StandardInputName, null, e);
            }
        }
        catch (DocumentReadException e) when (options.OnSkipped is not null)
        {
            options.OnSkipped(e);
            return [];
        }
    }

    /// <summary>A whole file's text (an HTML page's markup), within the length limit.</summary>
    private static string ReadWhole(string path, string id, bool html, DocumentReaderOptions options)
    {
        using var file = FileText.Open(path, html);
        string content;
        try
        {
            content = ReadWhole(file.Reader, id, path, html ? "HTML" : "text", options);
        }
        catch (IOException e)
        {
            throw new DocumentReadException($"{path}: {e.Message}", path, null, e);
        }

        Warn(options, file.Warnings(path));
        return content;
    }

    /// <summary>Reads <paramref name="reader"/> to its end, or to <see cref="DocumentReaderOptions.MaxDocumentLength"/>: past
    /// it, throws at once, or cuts there and counts the rest without keeping it (for the warning), as
    /// <see cref="DocumentReaderOptions.LimitHandling"/> says.</summary>
    private static string ReadWhole(TextReader reader, string id, string source, string what, DocumentReaderOptions options)
    {
        var content = FileText.ReadAtMost(reader, options.MaxDocumentLength, out var more);
        if (!more)
        {
            return content;
        }

        var limit = options.MaxDocumentLength;
        if (options.LimitHandling == LimitHandling.Throw)
        {
            throw new ClaimCheckLimitException(nameof(ClaimCheckOptions.MaxDocumentLength), limit, limit + 1L, id, string.Create(CultureInfo.InvariantCulture,
                $"Document '{id}' ({source}) exceeds MaxDocumentLength ({limit:N0}): its {what} is longer, and reading stopped there. Raise MaxDocumentLength or set LimitHandling to Truncate."));
        }

        var total = limit + 1L + FileText.CountToEnd(reader);
        options.OnWarning?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"Document '{id}' ({source}): {(what == "HTML" ? "its HTML " : "")}truncated from {total:N0} to {content.Length:N0} characters (MaxDocumentLength)."));
        return content;
    }

    private static void WarnFlattened(DocumentReaderOptions? options, string source, int flattened)
    {
        if (flattened > 0)
        {
            options?.OnWarning?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"{source}: {flattened:N0} HTML elements nested deeper than {HtmlText.MaxDepth} levels were flattened into the one above; their text is kept, without line breaks between them."));
        }
    }

    private static void Warn(DocumentReaderOptions options, IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            options.OnWarning?.Invoke(warning);
        }
    }

    private static Document FromText(string id, string path, string content, DocumentMetadata sidecar)
    {
        try
        {
            var (frontMatter, body) = DocumentMetadata.SplitFrontMatter(content);
            return frontMatter.Over(sidecar).ToDocument(id, body);
        }
        catch (FormatException e)
        {
            throw new DocumentReadException($"{path}: front matter: {e.Message}.", path, null, e);
        }
    }

    private static DocumentMetadata ReadSidecar(string path, DocumentReaderOptions options)
    {
        var sidecar = Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + SidecarSuffix);
        if (!File.Exists(sidecar))
        {
            return DocumentMetadata.Empty;
        }

        try
        {
            string content;
            using (var file = FileText.Open(sidecar, html: false))
            {
                content = FileText.ReadAtMost(file.Reader, options.MaxJsonLineLength, out var more);
                if (more)
                {
                    throw new DocumentReadException(string.Create(CultureInfo.InvariantCulture, $"{sidecar}: longer than {options.MaxJsonLineLength:N0} characters; a sidecar holds a few fields."), sidecar);
                }
            }

            using var json = JsonDocument.Parse(content, Json);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DocumentReadException($"{sidecar}: expected a JSON object {{{DocumentMetadata.Keys}}}.", sidecar);
            }

            return DocumentMetadata.FromJson(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new DocumentReadException($"{sidecar}: {FirstSentence(e.Message)}.", sidecar, null, e);
        }
        catch (IOException e)
        {
            throw new DocumentReadException($"{sidecar}: {e.Message}", sidecar, null, e);
        }
    }

    private static Document ReadRecord(string line)
    {
        using var json = JsonDocument.Parse(line, Json);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"expected a JSON object {{\"id\", \"text\", {DocumentMetadata.Keys} (optional)}}");
        }

        var id = DocumentMetadata.OptionalString(root, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new FormatException("\"id\" is missing or empty");
        }

        var text = DocumentMetadata.OptionalString(root, "text") ?? throw new FormatException("\"text\" is missing");
        return DocumentMetadata.FromJson(root).ToDocument(id, text);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    private static bool IsReadable(string path) =>
        !path.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase)
        && Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
