namespace ClaimCheck.Classification;

/// <summary>One training or evaluation example: a text and its gold label.</summary>
/// <param name="Text">The text to classify.</param>
/// <param name="Label">The gold label; any non-empty string.</param>
public sealed record LabeledText(string Text, string Label)
{
    /// <summary>An optional identifier carried through to predictions (for example a sentence id); <see langword="null"/> when absent.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// Where the text comes from (for news data, the id of the page it was taken from), or <see langword="null"/>.
    /// All texts of one source fall on the same side of <see cref="HeldOutSlice"/>.
    /// </summary>
    public string? Source { get; init; }
}
