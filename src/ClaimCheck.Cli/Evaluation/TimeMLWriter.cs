using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>
/// Writes a document back as TimeML with the system's TIMEX3s in <c>&lt;TEXT&gt;</c>: the TempEval-3 submission
/// format, which the official TE3 scorer reads.
/// </summary>
/// <remarks>
/// The elements before <c>&lt;TEXT&gt;</c> (DOCID, DCT, TITLE, …) are written as read; the gold annotations after
/// <c>&lt;/TEXT&gt;</c> (MAKEINSTANCE, TLINK, …) are not. TIMEX3s get <c>tid</c> t1, t2, … in text order, with
/// <c>type</c> and <c>value</c>. Text is escaped by the XML writer (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>; a carriage
/// return as a character reference), so <see cref="TimeMLReader"/> reads back the same text and spans.
/// </remarks>
internal static class TimeMLWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>Writes the document with <paramref name="timexes"/> to <paramref name="path"/>, creating its folder.</summary>
    /// <exception cref="ArgumentException">A timex lies outside the text, is empty or overlaps another.</exception>
    public static void Write(string path, TimeMLDocument document, IReadOnlyList<PredictedTimex> timexes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var stream = File.Create(path);
        Write(stream, document, timexes);
    }

    /// <summary>Writes the document with <paramref name="timexes"/> to <paramref name="stream"/> as UTF-8 XML.</summary>
    /// <exception cref="ArgumentException">A timex lies outside the text, is empty or overlaps another.</exception>
    public static void Write(Stream stream, TimeMLDocument document, IReadOnlyList<PredictedTimex> timexes)
    {
        var root = new XElement("TimeML", new XAttribute(XNamespace.Xmlns + "xsi", "http://www.w3.org/2001/XMLSchema-instance"));
        foreach (var element in document.Header)
        {
            root.Add(new XText("\n\n"), XElement.Parse(element, LoadOptions.PreserveWhitespace));
        }

        root.Add(new XText("\n\n"), BuildText(document, timexes), new XText("\n\n"));
        using var writer = XmlWriter.Create(stream, Settings);
        new XDocument(root).Save(writer);
    }

    private static XElement BuildText(TimeMLDocument document, IReadOnlyList<PredictedTimex> timexes)
    {
        var text = document.Text;
        var element = new XElement("TEXT");
        var position = 0;
        var tid = 0;
        foreach (var timex in timexes.OrderBy(t => t.Start))
        {
            if (timex.Start < 0 || timex.Length < 1 || timex.End > text.Length)
            {
                throw new ArgumentException(
                    $"{document.Name}: timex at {timex.Start}+{timex.Length} does not lie within the text of {text.Length} characters.",
                    nameof(timexes));
            }

            if (timex.Start < position)
            {
                throw new ArgumentException(
                    $"{document.Name}: timex at {timex.Start}+{timex.Length} overlaps the one before it; TimeML tags cannot overlap.",
                    nameof(timexes));
            }

            if (timex.Start > position)
            {
                element.Add(new XText(text[position..timex.Start]));
            }

            tid++;
            element.Add(new XElement(
                "TIMEX3",
                new XAttribute("tid", string.Create(CultureInfo.InvariantCulture, $"t{tid}")),
                new XAttribute("type", timex.Type),
                new XAttribute("value", timex.Value),
                text[timex.Start..timex.End]));
            position = timex.End;
        }

        if (position < text.Length)
        {
            element.Add(new XText(text[position..]));
        }

        return element;
    }
}
