using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ClaimCheck.Classification;

/// <summary>
/// Trains a <see cref="TextClassifierModel"/>: ML.NET's recipe of a hashed text featurizer (normalised word and
/// character n-grams, TF or sublinear TF, optional IDF, L2-normalised) feeding a multinomial logistic regression
/// fitted by L-BFGS (OWL-QN with an L1 penalty).
/// </summary>
/// <remarks>
/// The objective is the class-weighted mean cross-entropy plus <c>L2/2·‖W‖²</c> and <c>L1·‖W‖₁</c> over the weights
/// (intercepts are not penalised). Training is deterministic: the same data in the same order and the same options
/// give a model with identical bytes. A trainer is immutable and thread-safe.
/// </remarks>
public sealed class TextClassifierTrainer
{
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

    [ThreadStatic]
    private static int t_lastIterations;

    /// <summary>The number of L-BFGS iterations the last <see cref="Fit"/> on this thread ran; lets tests check convergence.</summary>
    internal static int LastIterations => t_lastIterations;

    /// <summary>Trains a model on labelled texts.</summary>
    /// <param name="data">The examples; at least two distinct labels.</param>
    /// <returns>The model; its labels are the distinct labels of <paramref name="data"/> in ordinal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// An example is null, has a null text, or has an empty label or one longer than 1,024 UTF-8 bytes; or there are
    /// fewer than 2 or more than 65,535 distinct labels, or more labels than fit the hash space (2^28 weights in all).
    /// </exception>
    public TextClassifierModel Fit(IEnumerable<LabeledText> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var examples = data as IReadOnlyList<LabeledText> ?? [.. data];
        var labelSet = new SortedSet<string>(StringComparer.Ordinal);
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

            if (labelSet.Add(example.Label) && System.Text.Encoding.UTF8.GetByteCount(example.Label) > ModelFormat.MaxLabelBytes)
            {
                throw new ArgumentException($"Example {i} has a label longer than {ModelFormat.MaxLabelBytes} UTF-8 bytes.", nameof(data));
            }
        }

        if (labelSet.Count is < 2 or > ModelFormat.MaxLabels)
        {
            throw new ArgumentException($"Training needs 2 to {ModelFormat.MaxLabels} distinct labels; found {labelSet.Count}.", nameof(data));
        }

        var labels = labelSet.ToImmutableArray();
        if ((long)labels.Length << _options.HashBits > ModelFormat.MaxWeightCount)
        {
            throw new ArgumentException($"{labels.Length} labels over 2^{_options.HashBits} feature slots exceed the {ModelFormat.MaxWeightCount} weights a model may hold.", nameof(data));
        }

        return Train(examples, labels);
    }

    /// <summary>Scores a model on labelled texts.</summary>
    /// <param name="model">The model.</param>
    /// <param name="data">The examples; every label must be one of the model's.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An example is null, has a null text, or has a label the model does not know.</exception>
    public static MulticlassClassificationMetrics Evaluate(TextClassifierModel model, IEnumerable<LabeledText> data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < model.Labels.Length; c++)
        {
            labelIndex[model.Labels[c]] = c;
        }

        var gold = new List<int>();
        var predicted = new List<int>();
        var goldProbability = new List<double>();
        var probabilities = new float[model.Labels.Length];
        var i = 0;
        foreach (var example in data)
        {
            if (example?.Text is null)
            {
                throw new ArgumentException($"Example {i} is null or has no text.", nameof(data));
            }

            if (!labelIndex.TryGetValue(example.Label, out var g))
            {
                throw new ArgumentException($"Example {i} has the label \"{example.Label}\", which the model does not know.", nameof(data));
            }

            predicted.Add(model.Predict(example.Text, probabilities));
            gold.Add(g);
            goldProbability.Add(probabilities[g]);
            i++;
        }

        return MulticlassClassificationMetrics.Compute(model.Labels, [.. gold], [.. predicted], [.. goldProbability]);
    }

    /// <summary>
    /// Stratified k-fold cross-validation: the examples of each label are shuffled (seeded by
    /// <see cref="TextClassifierTrainerOptions.Seed"/>) and dealt round-robin into folds; each fold is scored by a
    /// model trained on the others.
    /// </summary>
    /// <param name="data">The examples; every label needs at least <paramref name="folds"/> of them.</param>
    /// <param name="folds">The number of folds, 2 or more.</param>
    /// <returns>Per-fold metrics and their means.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="folds"/> is less than 2.</exception>
    /// <exception cref="ArgumentException">A label has fewer examples than folds, or an example is invalid (see <see cref="Fit"/>).</exception>
    public CrossValidationResult CrossValidate(IEnumerable<LabeledText> data, int folds)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var examples = data as IReadOnlyList<LabeledText> ?? [.. data];
        var byLabel = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < examples.Count; i++)
        {
            var label = examples[i]?.Label ?? throw new ArgumentException($"Example {i} is null.", nameof(data));
            if (!byLabel.TryGetValue(label, out var members))
            {
                byLabel[label] = members = [];
            }

            members.Add(i);
        }

        var fold = new int[examples.Count];
        var random = new Random(_options.Seed);
        var next = 0;
        foreach (var (label, members) in byLabel)
        {
            if (members.Count < folds)
            {
                throw new ArgumentException($"The label \"{label}\" has {members.Count} examples, fewer than the {folds} folds.", nameof(data));
            }

            var shuffled = members.ToArray();
            random.Shuffle(shuffled);
            foreach (var index in shuffled)
            {
                fold[index] = next;
                next = (next + 1) % folds;
            }
        }

        var results = ImmutableArray.CreateBuilder<MulticlassClassificationMetrics>(folds);
        for (var f = 0; f < folds; f++)
        {
            var train = new List<LabeledText>(examples.Count);
            var test = new List<LabeledText>(examples.Count / folds + 1);
            for (var i = 0; i < examples.Count; i++)
            {
                (fold[i] == f ? test : train).Add(examples[i]);
            }

            results.Add(Evaluate(Fit(train), test));
        }

        return new CrossValidationResult(results.MoveToImmutable());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TextClassifierModel Train(IReadOnlyList<LabeledText> examples, ImmutableArray<string> labels)
    {
        var settings = _options.ToFeaturizerSettings();
        var featurizer = new TextFeaturizer(settings);
        var dimension = settings.Dimension;
        var k = labels.Length;
        var n = examples.Count;
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < k; c++)
        {
            labelIndex[labels[c]] = c;
        }

        // Featurise every example once into a CSR matrix of raw term weights.
        var scratch = new FeatureScratch();
        var rowStarts = new int[n + 1];
        var indices = new List<int>(n * 64);
        var values = new List<float>(n * 64);
        var y = new int[n];
        var classCounts = new int[k];
        for (var i = 0; i < n; i++)
        {
            var count = featurizer.Extract(examples[i].Text, scratch);
            indices.AddRange(scratch.FeatureIndexBuffer.AsSpan(0, count));
            values.AddRange(scratch.FeatureValueBuffer.AsSpan(0, count));
            rowStarts[i + 1] = indices.Count;
            y[i] = labelIndex[examples[i].Label];
            classCounts[y[i]]++;
        }

        var columns = indices.ToArray();
        var x = values.ToArray();
        var minDf = _options.MinDocumentFrequency;
        float[]? scales = null;
        if (_options.UseIdf || minDf > 1)
        {
            var documentFrequency = new int[dimension];
            foreach (var index in columns)
            {
                documentFrequency[index]++;
            }

            // A scale of 0 drops the slot, in training here and in prediction (the model keeps these scales).
            scales = new float[dimension];
            for (var f = 0; f < dimension; f++)
            {
                var df = documentFrequency[f];
                if (df >= minDf && df > 0)
                {
                    scales[f] = _options.UseIdf ? (float)(Math.Log((1.0 + n) / (1.0 + df)) + 1.0) : 1f;
                }
            }
        }

        // Weigh and normalise each row, compacting the CSR arrays in place as dropped features leave.
        var written = 0;
        for (var i = 0; i < n; i++)
        {
            var start = rowStarts[i];
            var length = rowStarts[i + 1] - start;
            var kept = TextFeaturizer.Weigh(columns.AsSpan(start, length), x.AsSpan(start, length), scales);
            columns.AsSpan(start, kept).CopyTo(columns.AsSpan(written));
            x.AsSpan(start, kept).CopyTo(x.AsSpan(written));
            rowStarts[i] = written;
            written += kept;
        }

        rowStarts[n] = written;
        columns = columns[..written];
        x = x[..written];

        // Number the features that occur, in ascending slot order, so the optimiser works on a compact vector.
        var compact = new int[dimension];
        foreach (var index in columns)
        {
            compact[index] = 1;
        }

        var features = 0;
        var slotOf = new List<int>();
        for (var f = 0; f < dimension; f++)
        {
            if (compact[f] != 0)
            {
                compact[f] = features++;
                slotOf.Add(f);
            }
        }

        for (var j = 0; j < columns.Length; j++)
        {
            columns[j] = compact[columns[j]];
        }

        var exampleWeights = new float[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var w = _options.ClassWeighting == ClassWeighting.Balanced ? (double)n / (k * classCounts[y[i]]) : 1.0;
            exampleWeights[i] = (float)w;
            total += w;
        }

        for (var i = 0; i < n; i++)
        {
            exampleWeights[i] = (float)(exampleWeights[i] / total);
        }

        var objective = new SoftmaxObjective(rowStarts, columns, x, y, exampleWeights, features, k, _options.L2Regularization);
        var (parameters, iterations) = Lbfgs.Minimize(objective, _options.L1Regularization, _options.MaximumNumberOfIterations, _options.ConvergenceTolerance);
        t_lastIterations = iterations;

        var stride = objective.Stride;
        var weights = new float[dimension * k];
        for (var f = 0; f < features; f++)
        {
            parameters.AsSpan(f * stride, k).CopyTo(weights.AsSpan(slotOf[f] * k, k));
        }

        return new TextClassifierModel(settings, labels, parameters.AsSpan(objective.RegularizedCount, k).ToArray(), weights, scales);
    }
}
