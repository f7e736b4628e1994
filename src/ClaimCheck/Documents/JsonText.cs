using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimCheck.Documents;

/// <summary>Reads JSON strings the way the library reads every input: an escaped unpaired surrogate (<c>"x \ud800"</c>),
/// which <see cref="JsonElement.GetString"/> refuses with an <see cref="InvalidOperationException"/>, is read as that
/// character (and <see cref="Document"/> then makes it U+FFFD) instead of failing the record.</summary>
internal static class JsonText
{
    /// <summary>The value of a JSON string element.</summary>
    public static string Read(JsonElement value)
    {
        try
        {
            return value.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return Unescape(value.GetRawText());
        }
    }

    /// <summary>Decodes a raw JSON string token (quotes included) that the parser has already validated.</summary>
    private static string Unescape(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var escape = raw[++i];
            text.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => escape, // \" \\ \/
            });
            if (escape == 'u')
            {
                i += 4;
            }
        }

        return text.ToString();
    }
}
