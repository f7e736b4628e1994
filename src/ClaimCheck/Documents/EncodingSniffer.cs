using System.Text;

namespace ClaimCheck.Documents;

/// <summary>Finds the encoding a file is written in, as browsers do: a byte-order mark wins (UTF-8, UTF-16 little- or
/// big-endian, UTF-32 little-endian); an HTML page may declare one in its first 1,024 bytes, with <c>&lt;meta charset&gt;</c>
/// or <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=…"&gt;</c>; everything else is read as UTF-8.</summary>
/// <remarks>Labels follow the WHATWG Encoding Standard where it differs from .NET: <c>iso-8859-1</c>, <c>latin1</c> and
/// <c>us-ascii</c> mean windows-1252 (pages so labelled use its curly quotes and euro sign), and a page that declares UTF-16
/// in ASCII bytes is UTF-8.</remarks>
internal static class EncodingSniffer
{
    private const int PrescanBytes = 1024;

    private static readonly HashSet<string> Windows1252 = new(StringComparer.Ordinal)
    {
        "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "iso_8859-1:1987", "latin1", "l1", "cp819", "ibm819", "iso-ir-100",
        "csisolatin1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252", "windows-1252", "x-cp1252",
    };

    private static readonly HashSet<string> Utf8 = new(StringComparer.Ordinal)
    {
        "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
        "utf-16", "utf-16le", "utf-16be", "unicode", "unicodefffe", "ucs-2", "csunicode", "iso-10646-ucs-2",
    };

    /// <summary>The encoding of bytes starting with <paramref name="start"/>.</summary>
    /// <param name="start">The first bytes of the file (at least the first 1,024 when it has them).</param>
    /// <param name="html">Whether to look for a declaration in <c>&lt;meta&gt;</c>.</param>
    /// <returns>The encoding; how many bytes of byte-order mark to skip; the label a page declared but no decoder knows
    /// (read as UTF-8), else null.</returns>
    public static (Encoding Encoding, int Skip, string? UnknownLabel) Detect(ReadOnlySpan<byte> start, bool html)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3, null);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4, null);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2, null);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2, null);
        }

        if (html && DeclaredCharset(start[..Math.Min(start.Length, PrescanBytes)]) is { } label)
        {
            return FromLabel(label) is { } declared ? (declared, 0, null) : (Encoding.UTF8, 0, label);
        }

        return (Encoding.UTF8, 0, null);
    }

    /// <summary>The encoding an HTML label names, or null when none is known.</summary>
    public static Encoding? FromLabel(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        if (Utf8.Contains(name))
        {
            return Encoding.UTF8;
        }

        if (Windows1252.Contains(name))
        {
            name = "windows-1252";
        }

        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The charset a <c>&lt;meta&gt;</c> tag declares in <paramref name="bytes"/>, read as ASCII, or null.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var i = 0;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 3;
            }
            else if (text[i] == '<' && i + 5 < text.Length && text.AsSpan(i + 1, 4).Equals("meta", StringComparison.OrdinalIgnoreCase)
                     && (char.IsWhiteSpace(text[i + 5]) || text[i + 5] == '/'))
            {
                var (charset, end) = MetaCharset(text, i + 5);
                if (charset is not null)
                {
                    return charset;
                }

                i = end;
            }
            else
            {
                i++;
            }
        }

        return null;
    }

    /// <summary>Reads the attributes of a <c>&lt;meta&gt;</c> tag from <paramref name="i"/> to its <c>&gt;</c>: its charset, if
    /// it declares one, and where the tag ends.</summary>
    private static (string? Charset, int End) MetaCharset(string text, int i)
    {
        string? charset = null, httpEquiv = null, content = null;
        while (i < text.Length && text[i] != '>')
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == '/')
            {
                i++;
                continue;
            }

            var nameStart = i;
            while (i < text.Length && text[i] is not ('=' or '>' or '/') && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var name = text[nameStart..i].ToLowerInvariant();
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var value = string.Empty;
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i < text.Length && text[i] is '"' or '\'')
                {
                    var quote = text[i];
                    var end = text.IndexOf(quote, i + 1);
                    end = end < 0 ? text.Length : end;
                    value = text[(i + 1)..end];
                    i = Math.Min(text.Length, end + 1);
                }
                else
                {
                    var valueStart = i;
                    while (i < text.Length && text[i] != '>' && !char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }

                    value = text[valueStart..i];
                }
            }

            switch (name)
            {
                case "charset":
                    charset ??= value;
                    break;
                case "http-equiv":
                    httpEquiv ??= value;
                    break;
                case "content":
                    content ??= value;
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(charset) && string.Equals(httpEquiv?.Trim(), "content-type", StringComparison.OrdinalIgnoreCase) && content is not null)
        {
            charset = CharsetInContent(content);
        }

        return (string.IsNullOrWhiteSpace(charset) ? null : charset.Trim(), i);
    }

    /// <summary>The value after <c>charset=</c> in a Content-Type value, or null.</summary>
    private static string? CharsetInContent(string content)
    {
        var at = content.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = content.AsSpan(at + "charset".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].TrimStart();
        if (!rest.IsEmpty && rest[0] is '"' or '\'')
        {
            var quote = rest[0];
            rest = rest[1..];
            var close = rest.IndexOf(quote);
            return close < 0 ? null : rest[..close].ToString();
        }

        var stop = rest.IndexOfAny(';', ' ', '\t');
        return (stop < 0 ? rest : rest[..stop]).ToString();
    }
}
