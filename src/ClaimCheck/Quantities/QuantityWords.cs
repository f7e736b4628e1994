using System.Collections.Frozen;

namespace ClaimCheck.Quantities;

/// <summary>The built-in lexicon's number and duration words, for stages that read them without a document at hand (the time
/// recogniser). The words are lexicon data (<c>Lexicons/en/numbers.tsv</c>, <c>units.tsv</c>); the quantity recogniser reads them
/// from the document's lexicon through <see cref="QuantityVocabulary"/>.</summary>
/// <remarks>Thread-safe; compiled once with the built-in lexicon.</remarks>
internal static class QuantityWords
{
    /// <summary>Cardinal number words ("seven" → 7), compared ignoring case.</summary>
    public static FrozenDictionary<string, double> NumberWords { get; } = QuantityVocabulary.BuiltIn.NumberWords.AnyCase;

    /// <summary>Multipliers written after digits or words ("billion" → 1e9), compared ignoring case.</summary>
    public static FrozenDictionary<string, double> ScaleWords { get; } = QuantityVocabulary.BuiltIn.DigitScaleWords;

    /// <summary>Abbreviated multipliers ("bn" → 1e9, "mln" → 1e6), compared ignoring case.</summary>
    public static FrozenDictionary<string, double> ScaleAbbreviations { get; } = QuantityVocabulary.BuiltIn.ScaleAbbreviations.AnyCase;

    /// <summary>Lengths of time and their singular names ("months" → "month"), compared ignoring case.</summary>
    public static FrozenDictionary<string, string> DurationUnits { get; } = QuantityVocabulary.BuiltIn.DurationUnits.AnyCase;
}
