using System.Text;

namespace ClaimCheck.Documents;

/// <summary>Bounds how deep an HTML page nests before it is parsed: start tags past <see cref="HtmlText.MaxDepth"/> open
/// elements (and their end tags) are replaced by a space, so their text stays, in order, in the element above.</summary>
/// <remarks>An HTML parser checks the stack of open elements on many tags (is a <c>p</c> in scope? a formatting element to
/// reconstruct?), so a page nesting <c>&lt;div&gt;</c> 100,000 deep costs time in the square of its depth. This pass is a
/// linear scan that skips comments, the contents of raw-text elements (<c>script</c>, <c>style</c>, <c>textarea</c>…) and
/// quoted attribute values, and counts only elements that nest: not void elements (<c>br</c>, <c>img</c>), nor those whose
/// end tag is optional (<c>p</c>, <c>li</c>, <c>td</c>…), which the parser closes by itself.</remarks>
internal static class HtmlDepth
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> OptionalEnd = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "rb", "rt", "rtc", "rp", "tr", "td", "th", "thead", "tbody",
        "tfoot", "colgroup", "caption",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    };

    /// <summary><paramref name="html"/> with start and end tags past <paramref name="maxDepth"/> nested elements replaced by a
    /// space; the same instance when none are.</summary>
    /// <param name="html">The page.</param>
    /// <param name="maxDepth">The most nested elements kept.</param>
    /// <param name="flattened">How many elements were flattened.</param>
    public static string Flatten(string html, int maxDepth, out int flattened)
    {
        flattened = 0;
        StringBuilder? output = null;
        var copied = 0;
        var stack = new List<(string Name, bool Kept)>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = 0;
        var foreign = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = html.AsSpan(lt).StartsWith("<!--") ? EndOf(html, lt + 2, "-->") : EndOf(html, lt + 1, ">");
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = isEnd ? EndOf(html, lt + 1, ">") : lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var (tagEnd, selfClosing) = EndOfTag(html, nameEnd);
            var drop = false;
            if (isEnd)
            {
                if (open.GetValueOrDefault(name) > 0)
                {
                    while (true)
                    {
                        var (top, topKept) = stack[^1];
                        stack.RemoveAt(stack.Count - 1);
                        open[top]--;
                        kept -= topKept ? 1 : 0;
                        foreign -= top is "svg" or "math" ? 1 : 0;
                        if (top == name)
                        {
                            drop = !topKept;
                            break;
                        }
                    }
                }
            }
            else if (!Void.Contains(name) && !OptionalEnd.Contains(name) && !(selfClosing && foreign > 0))
            {
                drop = kept >= maxDepth;
                stack.Add((name, !drop));
                open[name] = open.GetValueOrDefault(name) + 1;
                kept += drop ? 0 : 1;
                foreign += name is "svg" or "math" ? 1 : 0;
            }

            if (drop)
            {
                flattened += isEnd ? 0 : 1;
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied).Append(' ');
                copied = tagEnd;
            }

            i = tagEnd;
            if (!isEnd && RawText.Contains(name))
            {
                i = EndOfRawText(html, tagEnd, name);
            }
            else if (!isEnd && name == "plaintext")
            {
                break;
            }
        }

        if (output is null)
        {
            return html;
        }

        return output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Where a tag whose name ends at <paramref name="i"/> ends (after its <c>&gt;</c>), skipping quoted attribute
    /// values, and whether it ends with <c>/&gt;</c>.</summary>
    private static (int End, bool SelfClosing) EndOfTag(string html, int i)
    {
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return (i + 1, html[i - 1] == '/');
            }

            if (c == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    i = EndOf(html, i + 1, html[i] == '"' ? "\"" : "'");
                    continue;
                }

                continue;
            }

            i++;
        }

        return (html.Length, false);
    }

    /// <summary>Where the raw text of a <paramref name="name"/> element starting at <paramref name="i"/> ends: at its end tag.</summary>
    private static int EndOfRawText(string html, int i, string name)
    {
        while (true)
        {
            var at = html.IndexOf("</", i, StringComparison.Ordinal);
            if (at < 0)
            {
                return html.Length;
            }

            var after = at + 2 + name.Length;
            if (after <= html.Length && html.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || char.IsWhiteSpace(html[after]) || html[after] is '/' or '>'))
            {
                return at;
            }

            i = at + 2;
        }
    }

    /// <summary>The position after the first <paramref name="terminator"/> at or after <paramref name="i"/>, or the end.</summary>
    private static int EndOf(string html, int i, string terminator)
    {
        var at = html.IndexOf(terminator, Math.Min(i, html.Length), StringComparison.Ordinal);
        return at < 0 ? html.Length : at + terminator.Length;
    }
}
