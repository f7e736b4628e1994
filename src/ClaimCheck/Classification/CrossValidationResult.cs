using System.Collections.Immutable;

namespace ClaimCheck.Classification;

/// <summary>The outcome of <see cref="TextClassifierTrainer.CrossValidate"/>: the metrics of each held-out fold and their means.</summary>
public sealed class CrossValidationResult
{
    internal CrossValidationResult(ImmutableArray<MulticlassClassificationMetrics> folds)
    {
        Folds = folds;
        var f1 = 0.0;
        var accuracy = 0.0;
        foreach (var fold in folds)
        {
            f1 += fold.MacroF1;
            accuracy += fold.MicroAccuracy;
        }

        MeanMacroF1 = f1 / folds.Length;
        MeanMicroAccuracy = accuracy / folds.Length;
        var variance = 0.0;
        foreach (var fold in folds)
        {
            variance += (fold.MacroF1 - MeanMacroF1) * (fold.MacroF1 - MeanMacroF1);
        }

        MacroF1StandardDeviation = Math.Sqrt(variance / folds.Length);
    }

    /// <summary>The metrics of each fold, scored by a model trained on all the other folds.</summary>
    public ImmutableArray<MulticlassClassificationMetrics> Folds { get; }

    /// <summary>The mean of the folds' <see cref="MulticlassClassificationMetrics.MacroF1"/>.</summary>
    public double MeanMacroF1 { get; }

    /// <summary>The population standard deviation of the folds' macro-F1.</summary>
    public double MacroF1StandardDeviation { get; }

    /// <summary>The mean of the folds' <see cref="MulticlassClassificationMetrics.MicroAccuracy"/>.</summary>
    public double MeanMicroAccuracy { get; }
}
