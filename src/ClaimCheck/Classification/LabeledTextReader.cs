using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimCheck.Classification;

/// <summary>
/// Reads labelled texts from JSON arrays, JSON lines, TSV or CSV files, naming the file and the line or record of
/// any bad input.
/// </summary>
/// <remarks>
/// Labels may be JSON strings, numbers or booleans (ClaimBuster's <c>-1</c>/<c>0</c>/<c>1</c> as <c>"-1"</c> or <c>-1</c>
/// both read as the label <c>-1</c>); numbers keep their JSON spelling. The optional identifier is taken from an
/// <c>id</c> or <c>sentence_id</c> field when there is one, and is otherwise the 1-based record number; the
/// <see cref="LabeledText.Source"/> from a <c>source</c> field when there is one.
/// </remarks>
public static class LabeledTextReader
{
    /// <summary>The default text field name: <c>text</c>.</summary>
    public const string DefaultTextField = "text";

    /// <summary>The default label field name: <c>label</c>.</summary>
    public const string DefaultLabelField = "label";

    /// <summary>The optional field naming where a text comes from (<see cref="LabeledText.Source"/>): <c>source</c>.</summary>
    public const string SourceField = "source";

    private static readonly string[] IdFields = ["id", "sentence_id"];

    /// <summary>Reads a file, choosing the format from its extension (and, for <c>.json</c>, its first character).</summary>
    /// <param name="path">A <c>.json</c>, <c>.jsonl</c>, <c>.ndjson</c>, <c>.tsv</c> or <c>.csv</c> file.</param>
    /// <param name="textField">The field holding the text.</param>
    /// <param name="labelField">The field holding the label.</param>
    /// <returns>The examples in file order.</returns>
    /// <exception cref="ArgumentException">A field name is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is not one of those above.</exception>
    /// <exception cref="InvalidDataException">The content is malformed or a record lacks a field; the message names the file and line or record.</exception>
    public static IReadOnlyList<LabeledText> ReadFile(string path, string textField = DefaultTextField, string labelField = DefaultLabelField)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        var text = File.ReadAllText(path, Encoding.UTF8);
        LabeledTextFormat format = extension switch
        {
            ".JSON" => text.AsSpan().TrimStart().StartsWith("[") ? LabeledTextFormat.JsonArray : LabeledTextFormat.JsonLines,
            ".JSONL" or ".NDJSON" => LabeledTextFormat.JsonLines,
            ".TSV" => LabeledTextFormat.Tsv,
            ".CSV" => LabeledTextFormat.Csv,
            _ => throw new NotSupportedException($"{path}: unknown data format \"{extension}\"; use .json, .jsonl, .ndjson, .tsv or .csv."),
        };
        return Read(text, format, textField, labelField, path);
    }

    /// <summary>
    /// Reads a file (as <see cref="ReadFile"/>) or a folder: every <c>.tsv</c> file in the folder and its subfolders whose
    /// header line names both the text and the label field (others, such as a list of sources, are skipped), in ordinal
    /// order of their paths relative to it, each item's <see cref="LabeledText.Id"/> prefixed with that relative path
    /// (<c>news/news-a.tsv#12</c>) so ids stay unique across files.
    /// </summary>
    /// <param name="path">A data file or a folder of <c>.tsv</c> files (header <c>label</c>, <c>text</c> and optionally <c>source</c>).</param>
    /// <param name="textField">The field holding the text.</param>
    /// <param name="labelField">The field holding the label.</param>
    /// <returns>The examples, file by file, each in file order.</returns>
    /// <exception cref="ArgumentException">A field name is empty.</exception>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder exists at <paramref name="path"/>.</exception>
    /// <exception cref="NotSupportedException">A file's extension is not a supported data format.</exception>
    /// <exception cref="InvalidDataException">A folder holds no labelled <c>.tsv</c> file, or a file is malformed; the message names the file and line or record.</exception>
    public static IReadOnlyList<LabeledText> ReadPath(string path, string textField = DefaultTextField, string labelField = DefaultLabelField)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!Directory.Exists(path))
        {
            return File.Exists(path) ? ReadFile(path, textField, labelField) : throw new FileNotFoundException($"{path}: no such file or folder.", path);
        }

        var files = Directory.EnumerateFiles(path, "*.tsv", SearchOption.AllDirectories)
            .Where(file => HasFields(file, textField, labelField))
            .Select(file => (File: file, Relative: Path.GetRelativePath(path, file).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"{path}: the folder holds no .tsv file with the fields \"{textField}\" and \"{labelField}\" in its header.");
        }

        var result = new List<LabeledText>();
        foreach (var (file, relative) in files)
        {
            foreach (var item in ReadFile(file, textField, labelField))
            {
                result.Add(item with { Id = $"{relative}#{item.Id}" });
            }
        }

        return result;
    }

    private static bool HasFields(string tsvFile, string textField, string labelField)
    {
        using var reader = new StreamReader(tsvFile, Encoding.UTF8);
        var header = (reader.ReadLine() ?? string.Empty).TrimEnd('\r').Split('\t');
        return header.Contains(textField, StringComparer.Ordinal) && header.Contains(labelField, StringComparer.Ordinal);
    }

    /// <summary>Reads labelled texts from a string in a given format.</summary>
    /// <param name="content">The whole content.</param>
    /// <param name="format">Its layout.</param>
    /// <param name="textField">The field holding the text.</param>
    /// <param name="labelField">The field holding the label.</param>
    /// <param name="sourceName">The name used in error messages (usually the file path).</param>
    /// <returns>The examples in order.</returns>
    /// <exception cref="ArgumentException">A field name is empty.</exception>
    /// <exception cref="InvalidDataException">The content is malformed or a record lacks a field; the message names the source and line or record.</exception>
    public static IReadOnlyList<LabeledText> Read(string content, LabeledTextFormat format, string textField = DefaultTextField, string labelField = DefaultLabelField, string sourceName = "input")
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(textField);
        ArgumentException.ThrowIfNullOrEmpty(labelField);
        return format switch
        {
            LabeledTextFormat.JsonArray => ReadJsonArray(content, textField, labelField, sourceName),
            LabeledTextFormat.JsonLines => ReadJsonLines(content, textField, labelField, sourceName),
            LabeledTextFormat.Tsv => ReadDelimited(SplitTsv(content), textField, labelField, sourceName),
            LabeledTextFormat.Csv => ReadDelimited(SplitCsv(content, sourceName), textField, labelField, sourceName),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
        };
    }

    private static List<LabeledText> ReadJsonArray(string content, string textField, string labelField, string source)
    {
        using var document = ParseJson(content, source, lineOffset: 0);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{source}: expected a JSON array of objects.");
        }

        var result = new List<LabeledText>(document.RootElement.GetArrayLength());
        var record = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            record++;
            result.Add(FromJson(element, textField, labelField, $"{source}: record {record}", record));
        }

        return result;
    }

    private static List<LabeledText> ReadJsonLines(string content, string textField, string labelField, string source)
    {
        var result = new List<LabeledText>();
        var line = 0;
        foreach (var text in content.AsSpan().EnumerateLines())
        {
            line++;
            if (text.IsWhiteSpace())
            {
                continue;
            }

            using var document = ParseJson(text.ToString(), source, line - 1);
            result.Add(FromJson(document.RootElement, textField, labelField, $"{source}: line {line}", result.Count + 1));
        }

        return result;
    }

    private static JsonDocument ParseJson(string json, string source, int lineOffset)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: line {lineOffset + (e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message})", e);
        }
    }

    private static LabeledText FromJson(JsonElement element, string textField, string labelField, string where, int record)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where}: expected a JSON object, found {element.ValueKind}.");
        }

        var text = JsonScalar(element, textField, where);
        var label = JsonScalar(element, labelField, where);
        string? id = null;
        foreach (var name in IdFields)
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                id = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                break;
            }
        }

        var source = element.TryGetProperty(SourceField, out var sourceValue) && sourceValue.ValueKind == JsonValueKind.String ? sourceValue.GetString() : null;
        return new LabeledText(text, label) { Id = id ?? record.ToString(CultureInfo.InvariantCulture), Source = string.IsNullOrEmpty(source) ? null : source };
    }

    private static string JsonScalar(JsonElement element, string field, string where)
    {
        if (!element.TryGetProperty(field, out var value))
        {
            throw new InvalidDataException($"{where}: no field \"{field}\".");
        }

        var result = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrEmpty(result)
            ? throw new InvalidDataException($"{where}: field \"{field}\" is {(result is null ? value.ValueKind.ToString().ToLowerInvariant() : "empty")}, not a string or number.")
            : result;
    }

    private static List<LabeledText> ReadDelimited(IEnumerable<(int Line, List<string> Fields)> rows, string textField, string labelField, string source)
    {
        var result = new List<LabeledText>();
        List<string>? header = null;
        int textColumn = -1, labelColumn = -1, idColumn = -1, sourceColumn = -1;
        foreach (var (line, fields) in rows)
        {
            if (header is null)
            {
                header = fields;
                textColumn = header.IndexOf(textField);
                labelColumn = header.IndexOf(labelField);
                if (textColumn < 0 || labelColumn < 0)
                {
                    throw new InvalidDataException($"{source}: line {line}: the header ({string.Join(", ", header)}) lacks the field \"{(textColumn < 0 ? textField : labelField)}\".");
                }

                sourceColumn = header.IndexOf(SourceField);
                foreach (var name in IdFields)
                {
                    if ((idColumn = header.IndexOf(name)) >= 0)
                    {
                        break;
                    }
                }

                continue;
            }

            if (fields.Count != header.Count)
            {
                throw new InvalidDataException($"{source}: line {line}: {fields.Count} fields where the header has {header.Count}.");
            }

            if (fields[labelColumn].Length == 0)
            {
                throw new InvalidDataException($"{source}: line {line}: the label field \"{labelField}\" is empty.");
            }

            var id = idColumn >= 0 && fields[idColumn].Length > 0 ? fields[idColumn] : (result.Count + 1).ToString(CultureInfo.InvariantCulture);
            var origin = sourceColumn >= 0 && fields[sourceColumn].Length > 0 ? fields[sourceColumn] : null;
            result.Add(new LabeledText(fields[textColumn], fields[labelColumn]) { Id = id, Source = origin });
        }

        return header is null ? throw new InvalidDataException($"{source}: empty; expected a header line.") : result;
    }

    private static IEnumerable<(int Line, List<string> Fields)> SplitTsv(string content)
    {
        var line = 0;
        foreach (var text in content.Split('\n'))
        {
            line++;
            var trimmed = text.TrimEnd('\r');
            if (trimmed.Length == 0)
            {
                continue;
            }

            yield return (line, [.. trimmed.Split('\t')]);
        }
    }

    private static IEnumerable<(int Line, List<string> Fields)> SplitCsv(string content, string source)
    {
        var line = 1;
        var i = 0;
        while (i < content.Length)
        {
            var startLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var atRowEnd = false;
            while (!atRowEnd)
            {
                field.Clear();
                if (i < content.Length && content[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= content.Length)
                        {
                            throw new InvalidDataException($"{source}: line {startLine}: a quoted field is never closed.");
                        }

                        var c = content[i++];
                        if (c == '"')
                        {
                            if (i < content.Length && content[i] == '"')
                            {
                                field.Append('"');
                                i++;
                                continue;
                            }

                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }

                    if (i < content.Length && content[i] is not (',' or '\r' or '\n'))
                    {
                        throw new InvalidDataException($"{source}: line {line}: unexpected character '{content[i]}' after a closing quote.");
                    }
                }
                else
                {
                    while (i < content.Length && content[i] is not (',' or '\r' or '\n'))
                    {
                        field.Append(content[i++]);
                    }
                }

                fields.Add(field.ToString());
                if (i < content.Length && content[i] == ',')
                {
                    i++;
                    continue;
                }

                if (i < content.Length && content[i] == '\r')
                {
                    i++;
                }

                if (i < content.Length && content[i] == '\n')
                {
                    i++;
                    line++;
                }

                atRowEnd = true;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            yield return (startLine, fields);
        }
    }
}
