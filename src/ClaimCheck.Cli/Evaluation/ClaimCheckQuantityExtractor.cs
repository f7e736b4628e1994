using System.Collections.Frozen;
using ClaimCheck.Quantities;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Runs ClaimCheck's <see cref="QuantityRecognizer"/> and maps its output onto NewsQuant's format.</summary>
internal sealed class ClaimCheckQuantityExtractor(QuantityRecognizer recognizer) : IQuantityExtractor
{
    /// <summary>ClaimCheck unit names (ISO codes, singular nouns) → NewsQuant <c>normalized_unit</c> names.</summary>
    private static readonly FrozenDictionary<string, string> NewsQuantUnits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["USD"] = "dollar", ["EUR"] = "euro", ["GBP"] = "pound sterling", ["JPY"] = "japanese yen", ["CNY"] = "chinese yuan",
        ["CAD"] = "canadian dollar", ["AUD"] = "australian dollar", ["NZD"] = "new zealand dollar", ["HKD"] = "hong kong dollar",
        ["CHF"] = "swiss franc", ["INR"] = "rupee", ["MXN"] = "mexican peso", ["TRY"] = "turkish lira", ["RUB"] = "russian ruble",
        ["UAH"] = "ukrainian hryvnia", ["KRW"] = "south korean won", ["BRL"] = "brazilian real", ["ZAR"] = "south african rand",
        ["percent"] = "percentage", ["percentage point"] = "percentage point", ["person"] = "people",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyList<PredictedQuantity> Extract(string text)
    {
        var mentions = recognizer.Recognize(text);
        var result = new List<PredictedQuantity>(mentions.Length);
        foreach (var mention in mentions)
        {
            var quantity = mention.Quantity;
            var unit = quantity.Unit;
            var normalized = unit.Kind == UnitKind.None ? "-" : NewsQuantUnits.GetValueOrDefault(unit.Name, unit.Name);
            var surface = unit.Kind == UnitKind.None ? null : unit.Name;
            var change = quantity.IsIncrement ? "up" : quantity.Qualifier switch
            {
                Qualifier.Approximately => "~",
                Qualifier.AtLeast or Qualifier.MoreThan => ">",
                Qualifier.AtMost or Qualifier.LessThan or Qualifier.UpTo => "<",
                _ => "=",
            };
            result.Add(quantity.Qualifier == Qualifier.Range && quantity.Low is { } low && quantity.High is { } high
                ? new PredictedQuantity(null, low, high, surface, normalized, change)
                : new PredictedQuantity(quantity.Value, null, null, surface, normalized, change));
        }

        return result;
    }
}
