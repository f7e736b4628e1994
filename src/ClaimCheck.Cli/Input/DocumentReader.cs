using System.Text;
using System.Text.Json;
using ClaimCheck.Documents;

namespace ClaimCheck.Cli.Input;

/// <summary>How standard input (<c>-</c>) is read.</summary>
internal enum StdinFormat
{
    /// <summary>One article as plain text (front matter allowed).</summary>
    Text,

    /// <summary>JSON Lines: one <c>{id, text, outlet?, published?, url?}</c> object per line.</summary>
    Jsonl,
}

/// <summary>
/// Turns the <c>check</c> command's inputs into documents: files and folders of <c>.txt</c>, <c>.md</c>, <c>.html</c>/<c>.htm</c>
/// and <c>.jsonl</c>, and <c>-</c> for standard input.
/// </summary>
/// <remarks>
/// A file's document id is its name without extension; a JSON Lines record names its own. Metadata comes from, in
/// increasing precedence: HTML meta tags or front matter at the top of a <c>.md</c>/<c>.txt</c> file, then a sidecar
/// <c>NAME.meta.json</c> beside the file. Every error is an <see cref="InputException"/> naming the file (and line).
/// </remarks>
internal sealed class DocumentReader
{
    /// <summary>The file name endings read from folders (case-insensitive), in the order the help lists them.</summary>
    public static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".jsonl", ".text", ".markdown"];

    private const string SidecarSuffix = ".meta.json";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly Func<TextReader> _stdin;

    public DocumentReader(Func<TextReader> stdin) => _stdin = stdin;

    /// <summary>The files each input stands for, in order: a folder's readable files in ordinal name order, "-" as itself.</summary>
    /// <exception cref="InputException">An input does not exist, or a folder holds nothing readable.</exception>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input)
                    .Where(IsReadable)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new InputException($"folder '{input}' holds no {string.Join(", ", Extensions[..5])} files.");
                }

                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new InputException($"'{input}' is neither a file nor a folder.");
            }
        }

        return files;
    }

    /// <summary>Reads one file (or "-") into one or more documents.</summary>
    /// <exception cref="InputException">The file cannot be read or is malformed.</exception>
    public IEnumerable<Document> Read(string path, StdinFormat stdinFormat)
    {
        if (path == "-")
        {
            var text = _stdin().ReadToEnd();
            return stdinFormat == StdinFormat.Jsonl ? ReadJsonLines("<stdin>", text) : [FromText("stdin", "<stdin>", text, DocumentMetadata.Empty)];
        }

        string content;
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (NotTextReason(bytes) is { } reason)
            {
                throw new InputException($"{path}: not a text file ({reason}).");
            }

            content = Utf8.GetString(bytes);
            if (content.Length > 0 && content[0] == '\uFEFF')
            {
                content = content[1..];
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }

        var id = DocumentId(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            return ReadJsonLines(path, content);
        }

        var sidecar = SidecarPath(path) is { } sidecarPath ? DocumentMetadata.ReadSidecar(sidecarPath) : DocumentMetadata.Empty;
        if (extension is ".html" or ".htm")
        {
            var (text, metadata) = HtmlText.Extract(content);
            return [ToDocument(id, path, text, metadata.Over(sidecar))];
        }

        return [FromText(id, path, content, sidecar)];
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

    private static Document FromText(string id, string path, string content, DocumentMetadata sidecar)
    {
        try
        {
            var (frontMatter, body) = DocumentMetadata.SplitFrontMatter(content);
            return ToDocument(id, path, body, frontMatter.Over(sidecar));
        }
        catch (FormatException e)
        {
            throw new InputException($"{path}: front matter: {e.Message}.", e);
        }
    }

    private static Document ToDocument(string id, string path, string text, DocumentMetadata metadata)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new InputException($"{path}: cannot name a document after this file.");
        }

        return new Document(id, text, metadata.Outlet, metadata.Published, metadata.Url);
    }

    private static IEnumerable<Document> ReadJsonLines(string path, string content)
    {
        var documents = new List<Document>();
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
                    throw new FormatException("expected a JSON object {\"id\", \"text\", \"outlet\"?, \"published\"?, \"url\"?}");
                }

                var id = DocumentMetadata.OptionalString(root, "id");
                var text = DocumentMetadata.OptionalString(root, "text");
                if (string.IsNullOrWhiteSpace(id))
                {
                    throw new FormatException("\"id\" is missing or empty");
                }

                if (text is null)
                {
                    throw new FormatException("\"text\" is missing");
                }

                var metadata = DocumentMetadata.FromJson(root);
                documents.Add(new Document(id, text, metadata.Outlet, metadata.Published, metadata.Url));
            }
            catch (JsonException e)
            {
                throw new InputException($"{path}:{lineNumber}: not valid JSON ({FirstSentence(e.Message)}).", e);
            }
            catch (FormatException e)
            {
                throw new InputException($"{path}:{lineNumber}: {e.Message}.", e);
            }
        }

        return documents;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    private static bool IsReadable(string path) =>
        !path.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase)
        && Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static string DocumentId(string path) => Path.GetFileNameWithoutExtension(path);

    private static string? SidecarPath(string path)
    {
        var directory = Path.GetDirectoryName(path) ?? ".";
        var candidate = Path.Combine(directory, Path.GetFileNameWithoutExtension(path) + SidecarSuffix);
        return File.Exists(candidate) ? candidate : null;
    }
}
