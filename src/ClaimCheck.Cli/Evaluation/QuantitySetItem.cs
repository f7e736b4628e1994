using System.Collections.Immutable;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>One sentence of a NewsQuant-format file with its gold quantities.</summary>
internal sealed record QuantitySetItem(string Text, ImmutableArray<GoldQuantity> Quantities);

/// <summary>One gold quantity of a NewsQuant-format file.</summary>
/// <param name="Value">The number or range.</param>
/// <param name="Unit">The surface unit; absent (null) in the four Recognizers-Text-derived sets.</param>
/// <param name="NormalizedUnit">The canonical unit name; <c>-</c> for a bare count.</param>
/// <param name="Change">One of <c>= ~ &gt; &lt; up down</c>; absent (null) in the Recognizers-Text-derived sets.</param>
internal sealed record GoldQuantity(QuantityValue Value, string? Unit, string NormalizedUnit, string? Change);
