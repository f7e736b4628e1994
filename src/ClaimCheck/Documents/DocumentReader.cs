using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace ClaimCheck.Documents;

/// <summary>
/// Reads articles into <see cref="Document"/>s, as the <c>claimcheck check</c> command does: <c>.txt</c>/<c>.md</c> text
/// (with front matter), <c>.html</c>/<c>.htm</c> pages (the main text), <c>.jsonl</c> JSON Lines (one document per line),
/// folders of such files, and standard input.
/// </summary>
/// <remarks>
/// A file's document id is its name without extension; a JSON Lines record names its own. Metadata (outlet, publication
/// date, URL, place, topic) comes from, in increasing precedence: HTML meta tags or front matter at the top of a text file,
/// then a sidecar <c>NAME.meta.json</c> beside the file (<c>{"outlet", "published", "url", "place", "topic"}</c>, each
/// optional). Every error is a <see cref="DocumentReadException"/> whose message names the file (and line). Files are read
/// whole into memory. Thread-safe.
/// </remarks>
public static class DocumentReader
{
    private const string SidecarSuffix = ".meta.json";
    private const string StandardInputName = "<stdin>";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The file name endings read from folders (case-insensitive): <c>.txt</c>, <c>.md</c>, <c>.html</c>,
    /// <c>.htm</c>, <c>.jsonl</c>, <c>.text</c>, <c>.markdown</c>. Any other file given by name is read as text.</summary>
    public static ImmutableArray<string> Extensions { get; } = [".txt", ".md", ".html", ".htm", ".jsonl", ".text", ".markdown"];

    /// <summary>The files <paramref name="paths"/> stand for, in order: a file as itself, a folder as its readable files
    /// (<see cref="Extensions"/>, not sidecars, not subfolders) in ordinal name order, <c>-</c> as itself.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="DocumentReadException">A path does not exist, or a folder holds nothing readable.</exception>
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
                var found = Directory.EnumerateFiles(path).Where(IsReadable).Order(StringComparer.Ordinal).ToList();
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
    /// <exception cref="DocumentReadException">A path does not exist; a file cannot be read (unless
    /// <see cref="DocumentReaderOptions.OnSkippedFile"/> is set); <c>-</c> is given twice or without standard input; two
    /// documents have one id.</exception>
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
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="DocumentReadException">The file cannot be read, is not text (NUL bytes, mostly control characters
    /// or invalid UTF-8), or is malformed.</exception>
    public static ImmutableArray<Document> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var content = ReadAllText(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            return ReadJsonLines(content, path);
        }

        var id = Path.GetFileNameWithoutExtension(path);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new DocumentReadException($"{path}: cannot name a document after this file.", path);
        }

        var sidecar = ReadSidecar(path);
        if (extension is ".html" or ".htm")
        {
            var (text, metadata) = HtmlText.Extract(content);
            return [metadata.Over(sidecar).ToDocument(id, text)];
        }

        return [FromText(id, path, content, sidecar)];
    }

    /// <summary>Reads a JSON Lines file: one <c>{"id", "text", "outlet"?, "published"?, "url"?, "place"?, "topic"?}</c>
    /// object per line (blank lines skipped; <c>published</c> as <c>yyyy-MM-dd</c> or ISO 8601; <c>url</c> absolute).</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="DocumentReadException">The file cannot be read, or a line is not such an object (the message names
    /// the line).</exception>
    public static ImmutableArray<Document> ReadJsonLines(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadJsonLines(ReadAllText(path), path);
    }

    /// <summary>Reads JSON Lines from <paramref name="reader"/> to its end, as <see cref="ReadJsonLines(string)"/> reads a
    /// file; <paramref name="name"/> is what error messages call the source.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DocumentReadException">A line is not a document object.</exception>
    public static ImmutableArray<Document> ReadJsonLines(TextReader reader, string name = StandardInputName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadJsonLines(reader.ReadToEnd(), name);
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
    /// <c>article:published_time</c> and the canonical link (a malformed date or relative link is ignored).</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static Document ReadHtml(string id, string html)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(html);
        var (text, metadata) = HtmlText.Extract(html);
        return metadata.ToDocument(id, text);
    }

    /// <summary>Why bytes are not text: NUL bytes, or mostly control characters or invalid UTF-8 in the first 64 KB; else null.</summary>
    internal static string? NotTextReason(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 65_536)];
        if (sample.IndexOf((byte)0) >= 0)
        {
            return "it contains NUL bytes, like a binary file";
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                control++;
            }
        }

        var invalid = 0;
        var text = Utf8.GetString(sample);
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                invalid++;
            }
        }

        // A multi-byte character cut at the end of the sample is not evidence of binary content.
        if (sample.Length > 0 && (control + invalid) * 10 > sample.Length && invalid + control > 4)
        {
            return control >= invalid ? "it is mostly control characters" : "it is mostly not valid UTF-8";
        }

        return null;
    }

    private static IEnumerable<Document> ReadOne(string file, DocumentReaderOptions options)
    {
        try
        {
            if (file != "-")
            {
                return ReadFile(file);
            }

            var stdin = options.StandardInput ?? throw new DocumentReadException("standard input ('-') is not available here.", StandardInputName);
            return options.StandardInputIsJsonLines
                ? ReadJsonLines(stdin, StandardInputName)
                : [FromText("stdin", StandardInputName, stdin.ReadToEnd(), DocumentMetadata.Empty)];
        }
        catch (DocumentReadException e) when (options.OnSkippedFile is not null)
        {
            options.OnSkippedFile(e);
            return [];
        }
    }

    private static string ReadAllText(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (NotTextReason(bytes) is { } reason)
            {
                throw new DocumentReadException($"{path}: not a text file ({reason}).", path);
            }

            var content = Utf8.GetString(bytes);
            return content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException($"{path}: {e.Message}", path, null, e);
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

    private static DocumentMetadata ReadSidecar(string path)
    {
        var sidecar = Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + SidecarSuffix);
        if (!File.Exists(sidecar))
        {
            return DocumentMetadata.Empty;
        }

        try
        {
            using var json = JsonDocument.Parse(ReadAllText(sidecar));
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DocumentReadException($"{sidecar}: expected a JSON object {{{DocumentMetadata.Keys}}}.", sidecar);
            }

            return DocumentMetadata.FromJson(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new DocumentReadException($"{sidecar}: {e.Message.TrimEnd('.')}.", sidecar, null, e);
        }
    }

    private static ImmutableArray<Document> ReadJsonLines(string content, string name)
    {
        var documents = ImmutableArray.CreateBuilder<Document>();
        var lineNumber = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
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
                documents.Add(DocumentMetadata.FromJson(root).ToDocument(id, text));
            }
            catch (JsonException e)
            {
                throw new DocumentReadException($"{name}:{lineNumber}: not valid JSON ({FirstSentence(e.Message)}).", name, lineNumber, e);
            }
            catch (FormatException e)
            {
                throw new DocumentReadException($"{name}:{lineNumber}: {e.Message}.", name, lineNumber, e);
            }
        }

        return documents.ToImmutable();
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
