namespace ClaimCheck.Documents;

/// <summary>An article to check: its text and what is known about where and when it was published.</summary>
/// <remarks>Immutable. The text is kept once; claims refer to it by <see cref="Text.TextSpan"/>.</remarks>
public sealed record Document
{
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
        Id = id;
        Text = text;
        Outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim();
        Published = published;
        Url = url;
    }

    /// <summary>A name unique within one check.</summary>
    public string Id { get; }

    /// <summary>The article text.</summary>
    public string Text { get; }

    /// <summary>The publishing outlet, if known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The publication date, if known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where the article came from, if known.</summary>
    public Uri? Url { get; init; }

    /// <summary>How the document is named in explanations: the id, with the outlet when known.</summary>
    public string DisplayName => Outlet is null ? Id : $"{Id} ({Outlet})";
}
