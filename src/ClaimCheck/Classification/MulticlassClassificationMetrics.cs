using System.Collections.Immutable;

namespace ClaimCheck.Classification;

/// <summary>
/// How well a <see cref="TextClassifierModel"/> labels a data set; named and defined as in ML.NET's
/// <c>MulticlassClassificationMetrics</c>, plus per-class precision, recall and F1.
/// </summary>
/// <remarks>Produced by <see cref="TextClassifierTrainer.Evaluate"/>. All per-class arrays follow <see cref="Labels"/>.</remarks>
public sealed class MulticlassClassificationMetrics
{
    /// <summary>Probabilities are clamped to at least this before taking logarithms, as ML.NET does.</summary>
    public const double ProbabilityFloor = 1e-15;

    private MulticlassClassificationMetrics(
        ImmutableArray<string> labels,
        int count,
        double microAccuracy,
        double macroAccuracy,
        double logLoss,
        double logLossReduction,
        ImmutableArray<double> perClassLogLoss,
        ImmutableArray<ImmutableArray<int>> confusionMatrix,
        ImmutableArray<ClassMetrics> perClass,
        double macroF1)
    {
        Labels = labels;
        Count = count;
        MicroAccuracy = microAccuracy;
        MacroAccuracy = macroAccuracy;
        LogLoss = logLoss;
        LogLossReduction = logLossReduction;
        PerClassLogLoss = perClassLogLoss;
        ConfusionMatrix = confusionMatrix;
        PerClass = perClass;
        MacroF1 = macroF1;
    }

    /// <summary>The model's labels.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The number of items evaluated.</summary>
    public int Count { get; }

    /// <summary>The fraction of items labelled correctly, between 0 and 1.</summary>
    public double MicroAccuracy { get; }

    /// <summary>The mean over labels present in the data of the fraction of their items labelled correctly (mean recall), between 0 and 1.</summary>
    public double MacroAccuracy { get; }

    /// <summary>The mean of −ln(probability given to the gold label); 0 is perfect.</summary>
    public double LogLoss { get; }

    /// <summary>
    /// 1 − <see cref="LogLoss"/> / (log loss of always predicting the data's own label frequencies); 1 is perfect,
    /// 0 is no better than the prior, negative is worse.
    /// </summary>
    public double LogLossReduction { get; }

    /// <summary>The log loss over the items of each gold label (0 for a label with no items).</summary>
    public ImmutableArray<double> PerClassLogLoss { get; }

    /// <summary>Counts by gold label (row) and predicted label (column).</summary>
    public ImmutableArray<ImmutableArray<int>> ConfusionMatrix { get; }

    /// <summary>Precision, recall and F1 of each label.</summary>
    public ImmutableArray<ClassMetrics> PerClass { get; }

    /// <summary>The unweighted mean of the per-label F1 over all labels, between 0 and 1.</summary>
    public double MacroF1 { get; }

    internal static MulticlassClassificationMetrics Compute(ImmutableArray<string> labels, ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted, ReadOnlySpan<double> goldProbability)
    {
        var k = labels.Length;
        var matrix = new int[k, k];
        var logLossByClass = new double[k];
        var logLoss = 0.0;
        for (var i = 0; i < gold.Length; i++)
        {
            matrix[gold[i], predicted[i]]++;
            var loss = -Math.Log(Math.Max(goldProbability[i], ProbabilityFloor));
            logLoss += loss;
            logLossByClass[gold[i]] += loss;
        }

        var n = gold.Length;
        var correct = 0;
        var recallSum = 0.0;
        var present = 0;
        var priorLogLoss = 0.0;
        var perClass = ImmutableArray.CreateBuilder<ClassMetrics>(k);
        var perClassLogLoss = ImmutableArray.CreateBuilder<double>(k);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<int>>(k);
        var f1Sum = 0.0;
        for (var c = 0; c < k; c++)
        {
            var support = 0;
            var predictedAs = 0;
            var row = new int[k];
            for (var j = 0; j < k; j++)
            {
                row[j] = matrix[c, j];
                support += matrix[c, j];
                predictedAs += matrix[j, c];
            }

            rows.Add([.. row]);
            var hits = matrix[c, c];
            correct += hits;
            var precision = predictedAs == 0 ? 0 : (double)hits / predictedAs;
            var recall = support == 0 ? 0 : (double)hits / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1Sum += f1;
            perClass.Add(new ClassMetrics(labels[c], precision, recall, f1, support));
            perClassLogLoss.Add(support == 0 ? 0 : logLossByClass[c] / support);
            if (support > 0)
            {
                present++;
                recallSum += recall;
                var prior = (double)support / n;
                priorLogLoss -= support * Math.Log(prior);
            }
        }

        var meanLogLoss = n == 0 ? 0 : logLoss / n;
        var meanPrior = n == 0 ? 0 : priorLogLoss / n;
        return new MulticlassClassificationMetrics(
            labels,
            n,
            n == 0 ? 0 : (double)correct / n,
            present == 0 ? 0 : recallSum / present,
            meanLogLoss,
            meanPrior > 0 ? 1 - (meanLogLoss / meanPrior) : 0,
            perClassLogLoss.MoveToImmutable(),
            rows.MoveToImmutable(),
            perClass.MoveToImmutable(),
            f1Sum / k);
    }
}
