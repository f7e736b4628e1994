using System.Collections.Immutable;

namespace ClaimCheck.Classification;

/// <summary>The outcome of <see cref="TextClassifierTrainer.CrossValidate"/>: the metrics of each held-out fold, their means, and every item's out-of-fold prediction.</summary>
public sealed class CrossValidationResult
{
    internal CrossValidationResult(ImmutableArray<MulticlassClassificationMetrics> folds, ImmutableArray<FoldPrediction> predictions)
    {
        Folds = folds;
        Predictions = predictions;
        MeanMacroF1 = folds.Average(f => f.MacroF1);
        MeanMicroAccuracy = folds.Average(f => f.MicroAccuracy);
        var mean = MeanMacroF1;
        MacroF1StandardDeviation = Math.Sqrt(folds.Average(f => (f.MacroF1 - mean) * (f.MacroF1 - mean)));
    }

    /// <summary>The metrics of each fold, scored by a model trained on all the other folds.</summary>
    public ImmutableArray<MulticlassClassificationMetrics> Folds { get; }

    /// <summary>Each item's prediction by the model that did not train on it, in the order of the input.</summary>
    public ImmutableArray<FoldPrediction> Predictions { get; }

    /// <summary>The mean of the folds' <see cref="MulticlassClassificationMetrics.MacroF1"/>.</summary>
    public double MeanMacroF1 { get; }

    /// <summary>The population standard deviation of the folds' macro-F1.</summary>
    public double MacroF1StandardDeviation { get; }

    /// <summary>The mean of the folds' <see cref="MulticlassClassificationMetrics.MicroAccuracy"/>.</summary>
    public double MeanMicroAccuracy { get; }
}

/// <summary>One item's prediction in cross-validation, by the model trained on the other folds.</summary>
/// <param name="Example">The item.</param>
/// <param name="Fold">The 0-based fold it was held out in.</param>
/// <param name="Prediction">The prediction; its probabilities follow the fold's <see cref="MulticlassClassificationMetrics.Labels"/>.</param>
public sealed record FoldPrediction(LabeledText Example, int Fold, TextClassification Prediction);
