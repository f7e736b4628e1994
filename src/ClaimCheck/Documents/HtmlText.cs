using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClaimCheck.Documents;

/// <summary>Extracts an article's main text from HTML with AngleSharp: the title, then headings, paragraphs, list items
/// and quotes, one per line; scripts, styles, navigation, headers, footers, asides and forms are dropped.</summary>
internal static class HtmlText
{
    /// <summary>The most nested elements a page keeps; deeper ones are flattened into the element above (<see cref="HtmlDepth"/>).</summary>
    public const int MaxDepth = 256;

    private static readonly string[] Boilerplate =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "dialog"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "li", "main", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul",
    };

    /// <summary>The main text, the metadata found in the page's meta tags, and how many elements nested deeper than
    /// <see cref="MaxDepth"/> were flattened.</summary>
    public static (string Text, DocumentMetadata Metadata, int Flattened) Extract(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(HtmlDepth.Flatten(html, MaxDepth, out var flattened));
        var metadata = ReadMetadata(document);
        foreach (var element in document.QuerySelectorAll(string.Join(',', Boilerplate)).ToList())
        {
            element.Remove();
        }

        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var text = new StringBuilder();
        Walk(root, text);

        var lines = text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = document.Title?.Trim();
        if (!string.IsNullOrEmpty(title) && (lines.Count == 0 || !title.Contains(lines[0], StringComparison.Ordinal)))
        {
            lines.Insert(0, title);
        }

        return (string.Join('\n', lines) + (lines.Count > 0 ? "\n" : ""), metadata, flattened);
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    AppendCollapsed(text, textNode.Data);
                    break;
                case IElement element when element.LocalName == "br":
                    text.Append('\n');
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    Walk(element, text);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static DocumentMetadata ReadMetadata(IDocument document)
    {
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } value ? value : null;

        var outlet = Meta("meta[property='og:site_name']");
        var published = Meta("meta[property='article:published_time']") ?? Meta("meta[name='date']");
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("meta[property='og:url']");
        DateOnly? date = null;
        Uri? uri = null;
        try
        {
            date = published is null ? null : DocumentMetadata.ParseDate(published);
        }
        catch (FormatException)
        {
            // A malformed date in a page's own meta tags is not the user's error: leave it unknown.
        }

        try
        {
            uri = url is null ? null : DocumentMetadata.ParseUrl(url);
        }
        catch (FormatException)
        {
            // Relative or malformed canonical links are ignored in the same way.
        }

        return new DocumentMetadata(outlet, date, uri);
    }
}
