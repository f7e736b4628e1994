using ClaimCheck.Text;

namespace ClaimCheck.Quantities;

/// <summary>A quantity found in text: where it is written and what it says.</summary>
/// <param name="Span">From the qualifier (if any) to the unit or counted noun (if any): "at least 3,000 North Korean soldiers".</param>
/// <param name="Quantity">The value, bounds, unit and increment flag.</param>
public readonly record struct QuantityMention(TextSpan Span, Quantity Quantity)
{
    /// <summary>For a count, the counted noun phrase up to its head noun ("cabinet ministers" in "eight cabinet ministers"); otherwise null.</summary>
    public TextSpan? CountedNoun { get; init; }
}

/// <summary>A quantity with the token positions later stages need (the counted noun phrase, totals built from increments).</summary>
internal readonly record struct QuantityMatch(
    QuantityMention Mention,
    int FirstToken,
    int EndToken,
    int NounFirstToken,
    int NounEndToken,
    bool IsTotal,
    bool IsVague)
{
    public bool HasNounPhrase => NounFirstToken >= 0 && NounEndToken > NounFirstToken;
}
