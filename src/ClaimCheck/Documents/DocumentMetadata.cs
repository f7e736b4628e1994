using System.Globalization;
using System.Text.Json;

namespace ClaimCheck.Documents;

/// <summary>Outlet, publication date, URL, place and topic of a document, from front matter, a sidecar <c>NAME.meta.json</c>,
/// HTML meta tags or a JSON Lines record. Later sources fill in or override earlier ones through <see cref="Over"/>.</summary>
internal sealed record DocumentMetadata(string? Outlet, DateOnly? Published, Uri? Url, string? Place = null, string? Topic = null)
{
    /// <summary>The keys front matter, sidecars and JSON Lines records read (front matter also takes <c>source</c> and
    /// <c>date</c> for the first two).</summary>
    public const string Keys = "\"outlet\", \"published\", \"url\", \"place\", \"topic\"";

    public static DocumentMetadata Empty { get; } = new(null, null, null);

    /// <summary>This metadata with any field <paramref name="other"/> sets taking precedence.</summary>
    public DocumentMetadata Over(DocumentMetadata other) =>
        new(other.Outlet ?? Outlet, other.Published ?? Published, other.Url ?? Url, other.Place ?? Place, other.Topic ?? Topic);

    /// <summary>A document of <paramref name="id"/> and <paramref name="text"/> carrying this metadata.</summary>
    public Document ToDocument(string id, string text) =>
        new(id, text, Outlet, Published, Url) { Place = Place, Topic = Topic };

    /// <summary>Reads a date as <c>yyyy-MM-dd</c> or an ISO 8601 date and time (the date part is kept).</summary>
    /// <exception cref="FormatException">The value is neither.</exception>
    public static DateOnly ParseDate(string value)
    {
        var trimmed = Unquote(value);
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.Date);
        }

        throw new FormatException($"'{trimmed}' is not a date (expected yyyy-MM-dd)");
    }

    /// <summary>Reads an absolute http(s) or file URL.</summary>
    /// <exception cref="FormatException">The value is not an absolute URL.</exception>
    public static Uri ParseUrl(string value)
    {
        var trimmed = Unquote(value);
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" or "file"
            ? url
            : throw new FormatException($"'{trimmed}' is not an absolute http(s) URL");
    }

    /// <summary>Reads the optional <c>outlet</c>, <c>published</c>, <c>url</c>, <c>place</c> and <c>topic</c> string
    /// properties of a JSON object.</summary>
    /// <exception cref="FormatException">A property is not a string, or the date or URL is malformed.</exception>
    public static DocumentMetadata FromJson(JsonElement element) => new(
        OptionalString(element, "outlet"),
        OptionalString(element, "published") is { } published ? ParseDate(published) : null,
        OptionalString(element, "url") is { } url ? ParseUrl(url) : null,
        OptionalString(element, "place"),
        OptionalString(element, "topic"));

    /// <summary>A string property of a JSON object, or null when it is absent or null.</summary>
    /// <exception cref="FormatException">The property is not a string.</exception>
    public static string? OptionalString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? JsonText.Read(value)
            : throw new FormatException($"\"{name}\" must be a string");
    }

    /// <summary>
    /// Splits YAML-style front matter off the top of a text: a first line <c>---</c>, <c>key: value</c> lines
    /// (<c>outlet</c> or <c>source</c>, <c>published</c> or <c>date</c>, <c>url</c>, <c>place</c>, <c>topic</c>; other keys
    /// are ignored) and a closing <c>---</c>. Without a closing line the text is returned unchanged.
    /// </summary>
    /// <exception cref="FormatException">The published date or URL is malformed.</exception>
    public static (DocumentMetadata Metadata, string Body) SplitFrontMatter(string text)
    {
        var normalized = text.StartsWith('\uFEFF') ? text[1..] : text;
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal) && !normalized.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return (Empty, text);
        }

        var metadata = Empty;
        var position = normalized.IndexOf('\n', StringComparison.Ordinal) + 1;
        while (position < normalized.Length)
        {
            var end = normalized.IndexOf('\n', position);
            var next = end < 0 ? normalized.Length : end + 1;
            var line = normalized[position..(end < 0 ? normalized.Length : end)].TrimEnd('\r');
            if (line.Trim() == "---")
            {
                return (metadata, normalized[next..]);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var key = line[..colon].Trim().ToLowerInvariant();
                var value = line[(colon + 1)..].Trim();
                if (value.Length > 0)
                {
                    metadata = key switch
                    {
                        "outlet" or "source" => metadata with { Outlet = Unquote(value) },
                        "published" or "date" => metadata with { Published = ParseDate(value) },
                        "url" => metadata with { Url = ParseUrl(value) },
                        "place" => metadata with { Place = Unquote(value) },
                        "topic" => metadata with { Topic = Unquote(value) },
                        _ => metadata,
                    };
                }
            }

            position = next;
        }

        return (Empty, text);
    }

    private static string Unquote(string value) => value.Trim().Trim('"', '\'');
}
