using System.Collections.Immutable;
using MLMetrics = Microsoft.ML.Data.MulticlassClassificationMetrics;

namespace ClaimCheck.Classification;

/// <summary>
/// How well a classifier labels a data set: ML.NET's <c>MulticlassClassificationMetrics</c> with the labels named,
/// plus per-class precision, recall and F1 and their macro average, which ML.NET does not report.
/// </summary>
/// <remarks>
/// Produced by <see cref="TextClassifierTrainer.Evaluate(TextClassifierModel, IEnumerable{LabeledText})"/> and <see cref="TextClassifierTrainer.CrossValidate"/>
/// (from ML.NET's <c>MulticlassClassification.Evaluate</c>), or by <see cref="FromPredictions"/> for hard predictions
/// without scores (ClaimCheck's claim-type decisions), where the log-loss figures are <see cref="double.NaN"/>. All
/// per-class arrays follow <see cref="Labels"/>.
/// </remarks>
public sealed class MulticlassClassificationMetrics
{
    private MulticlassClassificationMetrics(
        ImmutableArray<string> labels,
        ImmutableArray<ImmutableArray<int>> confusionMatrix,
        double logLoss,
        double logLossReduction,
        ImmutableArray<double> perClassLogLoss)
    {
        Labels = labels;
        ConfusionMatrix = confusionMatrix;
        LogLoss = logLoss;
        LogLossReduction = logLossReduction;
        PerClassLogLoss = perClassLogLoss;
        var k = labels.Length;
        var perClass = ImmutableArray.CreateBuilder<ClassMetrics>(k);
        int count = 0, correct = 0, present = 0;
        double recallSum = 0, f1Sum = 0;
        for (var c = 0; c < k; c++)
        {
            var support = 0;
            var predictedAs = 0;
            for (var j = 0; j < k; j++)
            {
                support += confusionMatrix[c][j];
                predictedAs += confusionMatrix[j][c];
            }

            var hits = confusionMatrix[c][c];
            count += support;
            correct += hits;
            var precision = predictedAs == 0 ? 0 : (double)hits / predictedAs;
            var recall = support == 0 ? 0 : (double)hits / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1Sum += f1;
            perClass.Add(new ClassMetrics(labels[c], precision, recall, f1, support));
            if (support > 0)
            {
                present++;
                recallSum += recall;
            }
        }

        Count = count;
        MicroAccuracy = count == 0 ? 0 : (double)correct / count;
        MacroAccuracy = present == 0 ? 0 : recallSum / present;
        PerClass = perClass.MoveToImmutable();
        MacroF1 = k == 0 ? 0 : f1Sum / k;
    }

    /// <summary>The labels, in the order of the model's scores.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The number of items evaluated.</summary>
    public int Count { get; }

    /// <summary>The fraction of items labelled correctly, between 0 and 1.</summary>
    public double MicroAccuracy { get; }

    /// <summary>The mean over labels present in the data of the fraction of their items labelled correctly (mean recall), between 0 and 1.</summary>
    public double MacroAccuracy { get; }

    /// <summary>ML.NET's log loss: the mean of −ln(score of the gold label); 0 is perfect; <see cref="double.NaN"/> for hard predictions.</summary>
    public double LogLoss { get; }

    /// <summary>
    /// 1 − <see cref="LogLoss"/> / (log loss of always predicting the data's own label frequencies); 1 is perfect, 0 is
    /// no better than the prior, negative is worse; <see cref="double.NaN"/> for hard predictions.
    /// </summary>
    public double LogLossReduction { get; }

    /// <summary>The log loss over the items of each gold label; <see cref="double.NaN"/> values for hard predictions.</summary>
    public ImmutableArray<double> PerClassLogLoss { get; }

    /// <summary>Counts by gold label (row) and predicted label (column).</summary>
    public ImmutableArray<ImmutableArray<int>> ConfusionMatrix { get; }

    /// <summary>Precision, recall and F1 of each label.</summary>
    public ImmutableArray<ClassMetrics> PerClass { get; }

    /// <summary>The unweighted mean of the per-label F1 over all labels, between 0 and 1.</summary>
    public double MacroF1 { get; }

    /// <summary>Metrics of hard predictions (no scores, so no log loss).</summary>
    /// <param name="labels">The label names; gold and predicted values index into it.</param>
    /// <param name="gold">The gold label index of each item.</param>
    /// <param name="predicted">The predicted label index of each item.</param>
    /// <returns>The metrics; the log-loss figures are <see cref="double.NaN"/>.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or an index is outside <paramref name="labels"/>.</exception>
    public static MulticlassClassificationMetrics FromPredictions(ImmutableArray<string> labels, ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        if (gold.Length != predicted.Length)
        {
            throw new ArgumentException($"{gold.Length} gold labels but {predicted.Length} predictions.", nameof(predicted));
        }

        var k = labels.Length;
        var counts = new int[k, k];
        for (var i = 0; i < gold.Length; i++)
        {
            if ((uint)gold[i] >= (uint)k || (uint)predicted[i] >= (uint)k)
            {
                throw new ArgumentException($"Item {i}: a label index outside the {k} labels.", nameof(gold));
            }

            counts[gold[i], predicted[i]]++;
        }

        return new MulticlassClassificationMetrics(labels, Rows(counts, k), double.NaN, double.NaN, [.. Enumerable.Repeat(double.NaN, k)]);
    }

    /// <summary>Names and completes ML.NET's metrics.</summary>
    internal static MulticlassClassificationMetrics FromMlNet(ImmutableArray<string> labels, MLMetrics metrics)
    {
        var k = labels.Length;
        var counts = new int[k, k];
        var matrix = metrics.ConfusionMatrix.Counts;
        for (var g = 0; g < Math.Min(k, matrix.Count); g++)
        {
            for (var p = 0; p < Math.Min(k, matrix[g].Count); p++)
            {
                counts[g, p] = (int)Math.Round(matrix[g][p]);
            }
        }

        var perClassLogLoss = Enumerable.Range(0, k).Select(c => c < metrics.PerClassLogLoss.Count ? metrics.PerClassLogLoss[c] : 0).ToImmutableArray();
        return new MulticlassClassificationMetrics(labels, Rows(counts, k), metrics.LogLoss, metrics.LogLossReduction, perClassLogLoss);
    }

    private static ImmutableArray<ImmutableArray<int>> Rows(int[,] counts, int k)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<int>>(k);
        for (var g = 0; g < k; g++)
        {
            var row = new int[k];
            for (var p = 0; p < k; p++)
            {
                row[p] = counts[g, p];
            }

            rows.Add([.. row]);
        }

        return rows.MoveToImmutable();
    }
}
