using System.Collections.Immutable;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Runs a quantity extractor over NewsQuant items and checks what it returns.</summary>
internal static class QuantityEvaluation
{
    /// <summary>Extracts quantities from every item's text, in item order.</summary>
    /// <exception cref="InvalidOperationException">
    /// The extractor returned a quantity with no value or range, an empty normalised unit or an unknown change symbol;
    /// the message names the item.
    /// </exception>
    public static ImmutableArray<IReadOnlyList<PredictedQuantity>> Predict(IReadOnlyList<QuantitySetItem> items, IQuantityExtractor extractor)
    {
        var predictions = ImmutableArray.CreateBuilder<IReadOnlyList<PredictedQuantity>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var extracted = extractor.Extract(items[i].Text);
            foreach (var quantity in extracted)
            {
                Validate(quantity, i);
            }

            predictions.Add(extracted);
        }

        return predictions.MoveToImmutable();
    }

    private static void Validate(PredictedQuantity quantity, int item)
    {
        try
        {
            _ = quantity.ToQuantityValue();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"Item {item}: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(quantity.NormalizedUnit))
        {
            throw new InvalidOperationException($"Item {item}: a predicted quantity has an empty NormalizedUnit; use \"-\" for a bare count.");
        }

        if (!PredictedQuantity.ChangeSymbols.Contains(quantity.Change))
        {
            throw new InvalidOperationException(
                $"Item {item}: change \"{quantity.Change}\" is not one of {string.Join(' ', PredictedQuantity.ChangeSymbols.Order(StringComparer.Ordinal))}.");
        }
    }
}
