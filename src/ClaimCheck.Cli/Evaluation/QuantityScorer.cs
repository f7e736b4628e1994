namespace ClaimCheck.Cli.Evaluation;

/// <summary>Scores predicted quantities against NewsQuant gold the way CQE's <c>evaluate_models.py</c> does.</summary>
/// <remarks>
/// <para>
/// Source: <c>calculate_metrics</c> in <c>evaluate_models.py</c> of satya77/CQE_Evaluation (the script behind the
/// published NewsQuant table), reproduced step for step so the figures compare with CQE's. Per sentence:
/// </para>
/// <list type="number">
/// <item>Gold and predicted quantities are each sorted by <c>normalized_unit</c> (ordinal, stable: Python's <c>sorted</c>).</item>
/// <item>For each gold quantity, the remaining predictions are scanned in order. A prediction whose value matches
/// (<see cref="QuantityValue.Matches"/>: relative tolerance 1e-5, ranges only against ranges, both ends) adds one
/// <b>value</b> match while the sentence's budget lasts (the budget starts at the number of gold quantities in the
/// sentence, so a sentence never earns more value matches than it has gold quantities), and one <b>value+change</b>
/// match when the <c>change</c> strings are equal.</item>
/// <item>If that prediction's lower-cased <c>normalized_unit</c> also equals the gold one, it adds one
/// <b>value+unit</b> match, is removed from the remaining predictions, and the scan moves to the next gold quantity;
/// otherwise the scan goes on through the later predictions.</item>
/// </list>
/// <para>
/// The README in ../shared/data/newsquant summarises this as "a value match counts once per gold quantity". The code
/// is looser, and this class follows the code: the value budget is per sentence, not per gold quantity, a prediction
/// that matched only the value stays available to later gold quantities, and value+change has no budget, so a gold
/// quantity can earn a value+change match from each value-matching prediction that comes before its unit match.
/// Precision divides by all predicted quantities, recall by all gold quantities. The differences show only when
/// several predictions in a sentence share a value; on such input a ratio can even exceed 1, as it would in CQE's script.
/// </para>
/// <para>
/// Value+change is scored only when every gold quantity has a <c>change</c> (NewsQuant.json); the
/// Recognizers-Text-derived sets have none, and CQE reports only value and value+unit for them.
/// </para>
/// </remarks>
internal static class QuantityScorer
{
    /// <summary>Scores <paramref name="predictions"/>[i] against <paramref name="gold"/>[i] for every item.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    /// <exception cref="InvalidOperationException">A prediction has neither a value nor a range.</exception>
    public static QuantityScores Score(IReadOnlyList<QuantitySetItem> gold, IReadOnlyList<IReadOnlyList<PredictedQuantity>> predictions)
    {
        if (gold.Count != predictions.Count)
        {
            throw new ArgumentException(
                $"{predictions.Count} prediction lists for {gold.Count} gold items; expected one list per item.", nameof(predictions));
        }

        var scoreChange = gold.All(item => item.Quantities.All(quantity => quantity.Change is not null));
        int goldCount = 0, predictedCount = 0, value = 0, valueUnit = 0, valueChange = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            var goldQuantities = gold[i].Quantities;
            goldCount += goldQuantities.Length;
            predictedCount += predictions[i].Count;

            var remaining = predictions[i]
                .OrderBy(p => p.NormalizedUnit, StringComparer.Ordinal)
                .Select(p => (Prediction: p, Value: p.ToQuantityValue(), Unit: p.NormalizedUnit.ToLowerInvariant()))
                .ToList();
            var valueBudget = goldQuantities.Length;
            foreach (var goldQuantity in goldQuantities.OrderBy(q => q.NormalizedUnit, StringComparer.Ordinal))
            {
                var goldUnit = goldQuantity.NormalizedUnit.ToLowerInvariant();
                for (var j = 0; j < remaining.Count; j++)
                {
                    var candidate = remaining[j];
                    if (!goldQuantity.Value.Matches(candidate.Value))
                    {
                        continue;
                    }

                    if (valueBudget > 0)
                    {
                        value++;
                        valueBudget--;
                    }

                    if (scoreChange && string.Equals(candidate.Prediction.Change, goldQuantity.Change, StringComparison.Ordinal))
                    {
                        valueChange++;
                    }

                    if (string.Equals(candidate.Unit, goldUnit, StringComparison.Ordinal))
                    {
                        valueUnit++;
                        remaining.RemoveAt(j);
                        break;
                    }
                }
            }
        }

        return new QuantityScores(gold.Count, goldCount, predictedCount, value, valueUnit, scoreChange ? valueChange : null);
    }
}

/// <summary>Match counts of a quantity evaluation and the precision, recall and F1 they give.</summary>
/// <param name="Items">Sentences scored.</param>
/// <param name="GoldQuantities">Gold quantities in all sentences (the recall denominator).</param>
/// <param name="PredictedQuantities">Predicted quantities in all sentences (the precision denominator).</param>
/// <param name="ValueMatches">Matches on the value.</param>
/// <param name="ValueUnitMatches">Matches on the value and the normalised unit.</param>
/// <param name="ValueChangeMatches">Matches on the value and the change; null when the gold has no <c>change</c>.</param>
internal sealed record QuantityScores(
    int Items, int GoldQuantities, int PredictedQuantities, int ValueMatches, int ValueUnitMatches, int? ValueChangeMatches)
{
    /// <summary>Scores for the value match.</summary>
    public PrecisionRecallF1 Value => PrecisionRecallF1.FromCounts(ValueMatches, PredictedQuantities, GoldQuantities);

    /// <summary>Scores for the value+unit match.</summary>
    public PrecisionRecallF1 ValueUnit => PrecisionRecallF1.FromCounts(ValueUnitMatches, PredictedQuantities, GoldQuantities);

    /// <summary>Scores for the value+change match; null when the gold has no <c>change</c>.</summary>
    public PrecisionRecallF1? ValueChange =>
        ValueChangeMatches is int matches ? PrecisionRecallF1.FromCounts(matches, PredictedQuantities, GoldQuantities) : null;
}
