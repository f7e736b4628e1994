using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>Where a <see cref="TimeScope"/> comes from.</summary>
public enum TimeScopeSource
{
    /// <summary>A time expression in the text states it ("on Tuesday", "in the third quarter").</summary>
    Stated,

    /// <summary>Nothing in the text dates the claim: the document's publication date stands in for its time.</summary>
    PublicationDate,
}

/// <summary>When a claim holds: a date interval (either end may be open or unknown) and the words that said so.</summary>
/// <param name="Start">The first day, or null when open or not resolvable (no document date, or a date outside years 1 to 9999).</param>
/// <param name="End">The last day, or null when open or not resolvable.</param>
/// <param name="Text">The time expression as written, or a note for display such as "document date" (compare <see cref="Source"/>,
/// never this text).</param>
/// <param name="Span">Where the expression is in the document, or null when the scope comes from the document date.</param>
public readonly record struct TimeScope(DateOnly? Start, DateOnly? End, string Text, TextSpan? Span = null)
{
    /// <summary>Where the scope comes from: stated in the text (the default) or the publication date standing in.</summary>
    public TimeScopeSource Source { get; init; }

    /// <summary>Whether both scopes are resolved and their intervals share at least one day (open ends overlap everything).</summary>
    public bool Overlaps(TimeScope other) =>
        (Start ?? DateOnly.MinValue) <= (other.End ?? DateOnly.MaxValue) && (other.Start ?? DateOnly.MinValue) <= (End ?? DateOnly.MaxValue);

    /// <summary>Whether at least one end is known.</summary>
    public bool IsResolved => Start is not null || End is not null;
}
