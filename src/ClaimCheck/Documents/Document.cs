namespace ClaimCheck.Documents;

/// <summary>An article to check: its text and what is known about where and when it was published.</summary>
/// <remarks>Immutable. The text is kept once; claims refer to it by <see cref="Text.TextSpan"/>. Every string is made
/// well-formed here, at the library's boundary: an unpaired surrogate (from a JSON <c>\ud800</c> escape, a cut file) becomes
/// U+FFFD, one character for one, so offsets stay valid; the outlet, place and topic are one-line names, so control
/// characters in them (line breaks, tabs, terminal escapes) become spaces.</remarks>
public sealed record Document
{
    private readonly string? _outlet;
    private readonly string? _place;
    private readonly string? _topic;

    /// <summary>Creates a document.</summary>
    /// <param name="id">A name unique within one check, used in reports (for files: the file name without extension).</param>
    /// <param name="text">The article text.</param>
    /// <param name="outlet">The publishing outlet, if known.</param>
    /// <param name="published">The publication date, if known; relative time expressions are resolved against it.</param>
    /// <param name="url">Where the article came from, if known.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or whitespace.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    public Document(string id, string text, string? outlet = null, DateOnly? published = null, Uri? url = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = SafeText.WellFormed(id);
        Text = SafeText.WellFormed(text);
        Outlet = outlet;
        Published = published;
        Url = url;
    }

    /// <summary>A name unique within one check.</summary>
    public string Id { get; }

    /// <summary>The article text.</summary>
    public string Text { get; }

    /// <summary>The publishing outlet, if known; blank is null.</summary>
    public string? Outlet { get => _outlet; init => _outlet = SafeText.Name(value); }

    /// <summary>The publication date, if known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where the article came from, if known.</summary>
    public Uri? Url { get; init; }

    /// <summary>Where the article is about, if known from its metadata (front matter, a sidecar or a JSON Lines record:
    /// <c>place</c>), as a name ("Valdora", "Spain"); blank is null.</summary>
    /// <remarks>The default scope of the document's figures that name no place: a toll ("12 people died") whose text names
    /// no place or country is about this place, and its claims are compared with other documents' claims about it. The
    /// name is used as given; spell it the same way in every document (or as the texts do) for claims to meet.</remarks>
    public string? Place { get => _place; init => _place = SafeText.Name(value); }

    /// <summary>What the article is about, if known from its metadata (<c>topic</c>), as a name ("Valdora flood"); blank is
    /// null.</summary>
    /// <remarks>The default subject of the document's figures that have none (no country, body or place the text names and
    /// no <see cref="Place"/>): with a topic, "500 volunteers" in one article and "200 volunteers" in another are compared.
    /// Give documents the same topic only when they report the same story.</remarks>
    public string? Topic { get => _topic; init => _topic = SafeText.Name(value); }

    /// <summary>How the document is named in explanations: the id, with the outlet when known.</summary>
    public string DisplayName => Outlet is null ? Id : $"{Id} ({Outlet})";
}
