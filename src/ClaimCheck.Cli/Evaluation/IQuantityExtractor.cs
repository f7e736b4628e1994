using System.Collections.Frozen;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>The quantity extraction the <c>eval quantities</c> command scores; an adapter over ClaimCheck's extractor.</summary>
internal interface IQuantityExtractor
{
    /// <summary>Extracts every quantity in one sentence or passage.</summary>
    IReadOnlyList<PredictedQuantity> Extract(string text);
}

/// <summary>One quantity found by the system under evaluation.</summary>
/// <param name="Value">The number, for a single value; null or equal to <paramref name="Low"/> for a range.</param>
/// <param name="Low">The lower end of a range; set together with <paramref name="High"/>, null otherwise.</param>
/// <param name="High">The upper end of a range; set together with <paramref name="Low"/>, null otherwise.</param>
/// <param name="Unit">The unit as written in the text, or null.</param>
/// <param name="NormalizedUnit">The NewsQuant unit name (<c>dollar</c>, <c>percentage</c>, <c>-</c> for a bare count, …).</param>
/// <param name="Change">One of <see cref="ChangeSymbols"/>: <c>=</c>, <c>~</c>, <c>&gt;</c>, <c>&lt;</c>, <c>up</c>, <c>down</c>.</param>
internal sealed record PredictedQuantity(double? Value, double? Low, double? High, string? Unit, string NormalizedUnit, string Change)
{
    /// <summary>The change symbols NewsQuant uses: exact, approximate, more than, less than, rising, falling.</summary>
    public static FrozenSet<string> ChangeSymbols { get; } = FrozenSet.Create(StringComparer.Ordinal, "=", "~", ">", "<", "up", "down");

    /// <summary>The number as the scorer compares it: a range when <see cref="Low"/> and <see cref="High"/> are both set, else <see cref="Value"/>.</summary>
    /// <exception cref="InvalidOperationException">Neither a range nor a value is set, or only one end of a range is.</exception>
    public QuantityValue ToQuantityValue() => (Value, Low, High) switch
    {
        (_, double low, double high) => QuantityValue.Range(low, high),
        (double value, null, null) => QuantityValue.Single(value),
        _ => throw new InvalidOperationException(
            $"A predicted quantity needs Value, or both Low and High; got Value={Value}, Low={Low}, High={High}."),
    };
}
