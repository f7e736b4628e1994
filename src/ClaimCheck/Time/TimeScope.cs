using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>When a claim holds: a date interval (either end may be open or unknown) and the words that said so.</summary>
/// <param name="Start">The first day, or null when open or not resolvable (no document date).</param>
/// <param name="End">The last day, or null when open or not resolvable.</param>
/// <param name="Text">The time expression as written, or a note such as "document date".</param>
/// <param name="Span">Where the expression is in the document, or null when the scope comes from the document date.</param>
public readonly record struct TimeScope(DateOnly? Start, DateOnly? End, string Text, TextSpan? Span = null)
{
    /// <summary>Whether both scopes are resolved and their intervals share at least one day (open ends overlap everything).</summary>
    public bool Overlaps(TimeScope other) =>
        (Start ?? DateOnly.MinValue) <= (other.End ?? DateOnly.MaxValue) && (other.Start ?? DateOnly.MinValue) <= (End ?? DateOnly.MaxValue);

    /// <summary>Whether at least one end is known.</summary>
    public bool IsResolved => Start is not null || End is not null;
}
