using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Reads TimeML (<c>.tml</c>) files: the creation date, the plain text of <c>&lt;TEXT&gt;</c> and the gold TIMEX3s in it.</summary>
/// <remarks>
/// Offsets are into the text as an XML parser reports it: tags removed, entities decoded, line ends normalised to
/// <c>\n</c>. Elements other than TIMEX3 inside <c>&lt;TEXT&gt;</c> (EVENT, SIGNAL, …) keep their text and lose their
/// tags. The DCT's value must start with a <c>yyyy-MM-dd</c> date; a time after it is ignored.
/// </remarks>
internal static class TimeMLReader
{
    /// <summary>Reads every <c>.tml</c> file under <paramref name="folder"/> and its subfolders, ordered by relative path.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">
    /// The folder holds no <c>.tml</c> file, or a file is not well-formed XML or not TimeML; the message names the file and line.
    /// </exception>
    public static ImmutableArray<TimeMLDocument> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: folder not found.");
        }

        var files = Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories)
            .Select(path => (Path: path, Name: Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"{folder}: no .tml files in this folder or below.");
        }

        return [.. files.Select(file => Read(file.Path, file.Name))];
    }

    /// <summary>Reads one TimeML file; <paramref name="name"/> becomes <see cref="TimeMLDocument.Name"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not well-formed XML or not TimeML; the message names the file and line.</exception>
    public static TimeMLDocument Read(string path, string name)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found.", path);
        }

        using var stream = File.OpenRead(path);
        return Parse(stream, path, name);
    }

    /// <summary>Parses TimeML from <paramref name="stream"/>; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The XML is malformed or not TimeML.</exception>
    public static TimeMLDocument Parse(Stream stream, string source, string name)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(stream, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{source}: malformed XML at line {e.LineNumber}, position {e.LinePosition}: {e.Message}", e);
        }

        var root = document.Root!;
        var textElement = root.Elements().FirstOrDefault(e => e.Name.LocalName == "TEXT")
            ?? throw new InvalidDataException($"{source}: no <TEXT> element under <{root.Name.LocalName}>.");
        var header = root.Elements()
            .TakeWhile(e => e.Name.LocalName != "TEXT")
            .Select(e => e.ToString(SaveOptions.DisableFormatting))
            .ToImmutableArray();

        var text = new StringBuilder();
        var timexes = new List<TimexAnnotation>();
        CollectText(textElement, text, timexes, source);
        return new TimeMLDocument(
            name,
            ReadCreationDate(root, source),
            header,
            text.ToString(),
            [.. timexes.OrderBy(t => t.Start).ThenByDescending(t => t.Length)]);
    }

    private static DateOnly ReadCreationDate(XElement root, string source)
    {
        var dct = root.Elements().FirstOrDefault(e => e.Name.LocalName == "DCT")
            ?? throw new InvalidDataException($"{source}: no <DCT> element (the document creation time).");
        var timex = dct.Elements().FirstOrDefault(e => e.Name.LocalName == "TIMEX3")
            ?? throw new InvalidDataException($"{source}{LineOf(dct)}: <DCT> holds no <TIMEX3>.");
        var value = (string?)timex.Attribute("value")
            ?? throw new InvalidDataException($"{source}{LineOf(timex)}: the DCT's <TIMEX3> has no value attribute.");
        if (value.Length < 10
            || !DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InvalidDataException($"{source}{LineOf(timex)}: the DCT value \"{value}\" does not start with a yyyy-MM-dd date.");
        }

        return date;
    }

    private static void CollectText(XElement element, StringBuilder text, List<TimexAnnotation> timexes, string source)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText run:
                    text.Append(run.Value);
                    break;
                case XElement { Name.LocalName: "TIMEX3" } timex:
                    var start = text.Length;
                    CollectText(timex, text, timexes, source);
                    timexes.Add(new TimexAnnotation(
                        start,
                        text.Length - start,
                        RequiredAttribute(timex, "type", source),
                        RequiredAttribute(timex, "value", source)));
                    break;
                case XElement other:
                    CollectText(other, text, timexes, source);
                    break;
            }
        }
    }

    private static string RequiredAttribute(XElement timex, string attribute, string source) =>
        (string?)timex.Attribute(attribute)
        ?? throw new InvalidDataException(
            $"{source}{LineOf(timex)}: <TIMEX3 tid=\"{(string?)timex.Attribute("tid")}\"> has no {attribute} attribute.");

    private static string LineOf(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? $" line {info.LineNumber}" : string.Empty;
}
