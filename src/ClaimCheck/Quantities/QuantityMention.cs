using ClaimCheck.Text;

namespace ClaimCheck.Quantities;

/// <summary>A quantity found in text: where it is written and what it says.</summary>
/// <param name="Span">From the qualifier (if any) to the unit or counted noun (if any): "at least 3,000 North Korean soldiers".</param>
/// <param name="Quantity">The value, bounds, unit and increment flag.</param>
public readonly record struct QuantityMention(TextSpan Span, Quantity Quantity)
{
    /// <summary>For a count, the counted noun phrase up to its head noun ("cabinet ministers" in "eight cabinet ministers"); otherwise null.</summary>
    public TextSpan? CountedNoun { get; init; }

    /// <summary>Whether the amount is the size of an increase or a decrease ("rose 23 cents", "a 9% decline") rather than a level.</summary>
    /// <remarks>Read from the words around the amount; the level reached ("to $4.10") and the level left ("from $5") are
    /// <see cref="QuantityChange.None"/>. The qualifier (<see cref="Quantity.Qualifier"/>) is kept as well: "up about 8%" is both.</remarks>
    public QuantityChange Change { get; init; }

    /// <summary>For a rate, what the amount is per ("share" in "$1.40 a share", "day" in "500,000 barrels a day", "ft²" in "$450 per
    /// square foot"); <see cref="Unit.None"/> otherwise.</summary>
    public Unit Per { get; init; } = Unit.None;
}

/// <summary>A quantity with the token positions later stages need (the counted noun phrase, totals built from increments).</summary>
/// <param name="Mention">Where the quantity is written and what it says.</param>
/// <param name="FirstToken">The first token of the mention (its qualifier, if any), within its sentence.</param>
/// <param name="EndToken">The token after the mention.</param>
/// <param name="NounFirstToken">The first token of the counted noun phrase, or -1 when there is none.</param>
/// <param name="NounEndToken">The token after the counted noun phrase, or -1 when there is none.</param>
/// <param name="IsTotal">Whether the amount is a total that earlier increments build ("raising the total to 3,000").</param>
/// <param name="IsVague">Whether the amount is vague ("thousands of", "dozens of").</param>
public readonly record struct QuantityMatch(
    QuantityMention Mention,
    int FirstToken,
    int EndToken,
    int NounFirstToken,
    int NounEndToken,
    bool IsTotal,
    bool IsVague)
{
    /// <summary>Whether the quantity counts a noun phrase.</summary>
    public bool HasNounPhrase => NounFirstToken >= 0 && NounEndToken > NounFirstToken;

    /// <summary>Whether the counted noun phrase stands before the amount ("the number of confirmed deaths … 2,140"): named by a
    /// total or shared with the figure before, not written after the number.</summary>
    internal bool HasNounBefore => HasNounPhrase && NounEndToken <= FirstToken;

    /// <summary>The token after the mention and its counted noun phrase, whichever ends later ("40 people" in "40 people died").</summary>
    internal int PhraseEndToken => HasNounPhrase ? Math.Max(EndToken, NounEndToken) : EndToken;
}
