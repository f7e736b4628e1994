using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClaimCheck.Classification;

/// <summary>
/// Trains and scores ML.NET text classifiers: <c>FeaturizeText</c> (lower-cased word and character n-gram bags,
/// weighted and L2-normalised) feeding <c>LbfgsMaximumEntropy</c> or <c>SdcaMaximumEntropy</c>, with optional
/// class weights; metrics from ML.NET's <c>MulticlassClassification.Evaluate</c> and <c>CrossValidate</c>.
/// </summary>
/// <remarks>
/// The label is mapped to a key (labels in ordinal order) before training, outside the saved chain, so a saved model
/// needs only the text column (<see cref="TextClassifierModel.TextColumnName"/>) at prediction time; its
/// <c>Score</c> column carries the label names. A trainer is immutable; each call builds its own <c>MLContext</c>.
/// </remarks>
public sealed class TextClassifierTrainer
{
    private const string LabelColumn = "Label";
    private const string FeaturesColumn = "Features";
    private const string NgramFeaturesColumn = "NgramFeatures";
    private const string WeightColumn = "Weight";
    private const string IndexColumn = "Index";
    private const string GroupColumn = "Group";

    private readonly TextClassifierTrainerOptions _options;

    /// <summary>Creates a trainer with the default options.</summary>
    public TextClassifierTrainer()
        : this(new TextClassifierTrainerOptions())
    {
    }

    /// <summary>Creates a trainer; the options are validated and copied.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the exception names it.</exception>
    public TextClassifierTrainer(TextClassifierTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options.Clone();
    }

    /// <summary>Trains a model on labelled texts.</summary>
    /// <param name="data">The examples; at least two distinct labels.</param>
    /// <returns>The model; its labels are the distinct labels of <paramref name="data"/> in ordinal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An example is null, has a null text or an empty label, or there are fewer than 2 distinct labels.</exception>
    public TextClassifierModel Fit(IEnumerable<LabeledText> data)
    {
        var (examples, labels) = Check(data);
        var context = new MLContext(_options.Seed);
        var keyed = KeyedData(context, examples, labels);
        var transformer = Estimator(context).Fit(keyed);
        var textSchema = context.Data.LoadFromEnumerable(Array.Empty<TextOnlyRow>()).Schema;
        return TextClassifierModel.FromTransformer(context, transformer, textSchema, "the trained model");
    }

    /// <summary>Scores a model on labelled texts with ML.NET's <c>MulticlassClassification.Evaluate</c>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="data">The examples; every label must be one of the model's.</param>
    /// <returns>The metrics, over the model's labels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An example is null, has a null text, or has a label the model does not know; or there are no examples.</exception>
    public static MulticlassClassificationMetrics Evaluate(TextClassifierModel model, IEnumerable<LabeledText> data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var examples = data as IReadOnlyList<LabeledText> ?? [.. data];
        var gold = GoldIndices(model.Labels, examples);
        var predictions = model.PredictBatch(examples.Select(e => e.Text));
        return EvaluateScores(model.Labels, gold, predictions);
    }

    /// <summary>
    /// k-fold cross-validation with ML.NET's <c>MulticlassClassification.CrossValidate</c>: the examples are split into
    /// folds at random (seeded by <see cref="TextClassifierTrainerOptions.Seed"/>; not stratified), all examples of one
    /// <see cref="LabeledText.Source"/> in the same fold (ML.NET's sampling key), and each fold is scored by a model trained
    /// on the others.
    /// </summary>
    /// <param name="data">The examples; at least two distinct labels and as many examples as folds.</param>
    /// <param name="folds">The number of folds, 2 or more.</param>
    /// <returns>Per-fold metrics, their means, and every item's out-of-fold prediction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="folds"/> is less than 2.</exception>
    /// <exception cref="ArgumentException">There are fewer examples than folds, or an example is invalid (see <see cref="Fit"/>).</exception>
    public CrossValidationResult CrossValidate(IEnumerable<LabeledText> data, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var (examples, labels) = Check(data);
        if (examples.Count < folds)
        {
            throw new ArgumentException($"{examples.Count} examples cannot fill {folds} folds.", nameof(data));
        }

        var context = new MLContext(_options.Seed);
        var keyed = KeyedData(context, examples, labels);
        var results = context.MulticlassClassification.CrossValidate(keyed, Estimator(context), folds, LabelColumn, samplingKeyColumnName: GroupColumn, seed: _options.Seed);
        var metrics = ImmutableArray.CreateBuilder<MulticlassClassificationMetrics>(results.Count);
        var predictions = new FoldPrediction[examples.Count];
        foreach (var result in results)
        {
            metrics.Add(MulticlassClassificationMetrics.FromMlNet(labels, result.Metrics));
            var scored = result.ScoredHoldOutSet;
            var index = scored.Schema[IndexColumn];
            var score = scored.Schema[TextClassifierModel.ScoreColumnName];
            using var cursor = scored.GetRowCursor([index, score]);
            var indexGetter = cursor.GetGetter<int>(index);
            var scoreGetter = cursor.GetGetter<VBuffer<float>>(score);
            int i = 0;
            var buffer = default(VBuffer<float>);
            while (cursor.MoveNext())
            {
                indexGetter(ref i);
                scoreGetter(ref buffer);
                var scores = new float[labels.Length];
                buffer.CopyTo(scores);
                var best = Array.IndexOf(scores, scores.Max());
                predictions[i] = new FoldPrediction(examples[i], result.Fold, new TextClassification(labels[best], scores[best], ImmutableCollectionsMarshal.AsImmutableArray(scores)));
            }
        }

        return new CrossValidationResult(metrics.MoveToImmutable(), [.. predictions]);
    }

    /// <summary>ML.NET's metrics of predictions already made (one per item, scores in the order of <paramref name="labels"/>).</summary>
    internal static MulticlassClassificationMetrics EvaluateScores(ImmutableArray<string> labels, IReadOnlyList<int> gold, IReadOnlyList<TextClassification> predictions)
    {
        if (gold.Count == 0)
        {
            throw new ArgumentException("There is nothing to evaluate: no examples.", nameof(gold));
        }

        var k = labels.Length;
        var rows = new List<ScoredRow>(gold.Count);
        for (var i = 0; i < gold.Count; i++)
        {
            var scores = predictions[i].Probabilities.ToArray();
            var best = Array.IndexOf(scores, scores.Max());
            rows.Add(new ScoredRow { Label = (uint)gold[i], Score = scores, PredictedLabel = (uint)best });
        }

        // LoadFromEnumerable reads a key field as a 0-based class index (ML.NET stores it 1-based, 0 meaning "missing");
        // the schema gives the key and vector types their sizes.
        var definition = SchemaDefinition.Create(typeof(ScoredRow));
        definition[nameof(ScoredRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), k);
        definition[nameof(ScoredRow.PredictedLabel)].ColumnType = new KeyDataViewType(typeof(uint), k);
        definition[nameof(ScoredRow.Score)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, k);
        var context = new MLContext(TextClassifierTrainerOptions.DefaultSeed);
        var view = context.Data.LoadFromEnumerable(rows, definition);
        return MulticlassClassificationMetrics.FromMlNet(labels, context.MulticlassClassification.Evaluate(view));
    }

    /// <summary>The index in <paramref name="labels"/> of each example's gold label.</summary>
    internal static int[] GoldIndices(ImmutableArray<string> labels, IReadOnlyList<LabeledText> examples)
    {
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < labels.Length; c++)
        {
            labelIndex[labels[c]] = c;
        }

        var gold = new int[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            if (examples[i]?.Text is null)
            {
                throw new ArgumentException($"Example {i} is null or has no text.", nameof(examples));
            }

            gold[i] = labelIndex.TryGetValue(examples[i].Label, out var g)
                ? g
                : throw new ArgumentException($"Example {i} has the label \"{examples[i].Label}\", which the model does not know (its labels: {string.Join(", ", labels)}).", nameof(examples));
        }

        return gold;
    }

    private static (IReadOnlyList<LabeledText> Examples, ImmutableArray<string> Labels) Check(IEnumerable<LabeledText> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var examples = data as IReadOnlyList<LabeledText> ?? [.. data];
        var labels = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i] ?? throw new ArgumentException($"Example {i} is null.", nameof(data));
            if (example.Text is null)
            {
                throw new ArgumentException($"Example {i} has no text.", nameof(data));
            }

            if (string.IsNullOrEmpty(example.Label))
            {
                throw new ArgumentException($"Example {i} has an empty label.", nameof(data));
            }

            labels.Add(example.Label);
        }

        return labels.Count < 2
            ? throw new ArgumentException($"Training needs at least 2 distinct labels; found {labels.Count}.", nameof(data))
            : (examples, [.. labels]);
    }

    /// <summary>The examples as an ML.NET data view: text, the label as a key (labels in ordinal order), class weight, index.</summary>
    private IDataView KeyedData(MLContext context, IReadOnlyList<LabeledText> examples, ImmutableArray<string> labels)
    {
        var counts = examples.CountBy(e => e.Label).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var rows = new TrainingRow[examples.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var weight = _options.ClassWeighting == ClassWeighting.Balanced ? (float)examples.Count / (labels.Length * counts[examples[i].Label]) : 1f;
            weight *= examples[i].Source is null ? 1f : _options.SourceWeight;
            rows[i] = new TrainingRow { Text = examples[i].Text, Label = examples[i].Label, Weight = weight, Index = i, Group = examples[i].Source ?? $"#{i}" };
        }

        var view = context.Data.LoadFromEnumerable(rows);
        var labelKeys = context.Data.LoadFromEnumerable(labels.Select(l => new LabelRow { Label = l }));
        return context.Transforms.Conversion.MapValueToKey(LabelColumn, keyData: labelKeys).Fit(view).Transform(view);
    }

    private IEstimator<ITransformer> Estimator(MLContext context)
    {
        var weighting = _options.Weighting switch
        {
            NgramWeighting.Tf => NgramExtractingEstimator.WeightingCriteria.Tf,
            NgramWeighting.Idf => NgramExtractingEstimator.WeightingCriteria.Idf,
            _ => NgramExtractingEstimator.WeightingCriteria.TfIdf,
        };
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = _options.WordNgramLength == 0 ? null
                : new WordBagEstimator.Options { NgramLength = _options.WordNgramLength, UseAllLengths = true, Weighting = weighting },
            CharFeatureExtractor = _options.CharNgramLength == 0 ? null
                : new WordBagEstimator.Options { NgramLength = _options.CharNgramLength, UseAllLengths = _options.AllCharNgramLengths, Weighting = weighting },
        };
        var ngramColumn = _options.CueFeatures ? NgramFeaturesColumn : FeaturesColumn;
        IEstimator<ITransformer> featurize = _options.FoldText
            ? context.Transforms.CustomMapping(new TextFolding().GetMapping(), TextFolding.ContractName)
                .Append(context.Transforms.Text.FeaturizeText(ngramColumn, featurizer, nameof(TextFolding.Output.FoldedText)))
            : context.Transforms.Text.FeaturizeText(ngramColumn, featurizer, TextClassifierModel.TextColumnName);
        if (_options.CueFeatures)
        {
            featurize = featurize
                .Append(context.Transforms.CustomMapping(new ClaimTypeCues().GetMapping(), ClaimTypeCues.ContractName))
                .Append(context.Transforms.Concatenate(FeaturesColumn, NgramFeaturesColumn, nameof(ClaimTypeCues.Output.Cues)));
        }

        IEstimator<ITransformer> trainer = _options.Algorithm == MaximumEntropyAlgorithm.Sdca
            ? context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeaturesColumn,
                ExampleWeightColumnName = WeightColumn,
                L2Regularization = _options.L2Regularization > 0 ? _options.L2Regularization : null,
                L1Regularization = _options.L1Regularization,
                MaximumNumberOfIterations = _options.MaximumNumberOfIterations,
                NumberOfThreads = 1,
            })
            : context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeaturesColumn,
                ExampleWeightColumnName = WeightColumn,
                L2Regularization = _options.L2Regularization,
                L1Regularization = _options.L1Regularization,
                MaximumNumberOfIterations = _options.MaximumNumberOfIterations,
                NumberOfThreads = 1,
            });
        return featurize.Append(trainer);
    }

    private sealed class TrainingRow
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;

        public float Weight { get; set; }

        public int Index { get; set; }

        /// <summary>The cross-validation group: the source, or the item itself when it has none.</summary>
        public string Group { get; set; } = string.Empty;
    }

    /// <summary>The input schema a trained model is saved with: the text alone.</summary>
    private sealed class TextOnlyRow
    {
        public string Text { get; set; } = string.Empty;
    }

    private sealed class LabelRow
    {
        public string Label { get; set; } = string.Empty;
    }

    private sealed class ScoredRow
    {
        public uint Label { get; set; }

        public float[] Score { get; set; } = [];

        public uint PredictedLabel { get; set; }
    }
}
