using System.Collections.Immutable;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace ClaimCheck.Classification;

/// <summary>
/// A trained text classifier: a hashed n-gram featurizer and a multinomial logistic regression over it.
/// Produced by <see cref="TextClassifierTrainer.Fit"/> or <see cref="Load"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; prediction allocates nothing beyond its result (the span overload of
/// <see cref="Predict(ReadOnlySpan{char}, Span{float})"/> allocates nothing at all). The binary format written
/// by <see cref="Save"/> is described in <c>FORMAT.md</c> beside this file.
/// </remarks>
public sealed class TextClassifierModel
{
    private readonly TextFeaturizer _featurizer;
    private readonly float[] _bias;

    /// <summary>
    /// One row per feature slot, <see cref="_rowStride"/> floats each: the slot's scale first when the model has
    /// per-slot scales (IDF and/or min-document-frequency pruning), then its weight for each label. Keeping a slot's
    /// scale and weights together costs one cache miss per
    /// feature instead of two.
    /// </summary>
    private readonly float[] _rows;
    private readonly int _rowStride;
    private readonly int _weightOffset;

    /// <summary>Creates a model from per-slot weights (<c>slot · K + label</c>) and optional per-slot scales.</summary>
    internal TextClassifierModel(FeaturizerSettings settings, ImmutableArray<string> labels, float[] bias, float[] weights, float[]? featureScales)
    {
        _featurizer = new TextFeaturizer(settings);
        Labels = labels;
        _bias = bias;
        var k = labels.Length;
        _weightOffset = featureScales is null ? 0 : 1;
        _rowStride = k + _weightOffset;
        _rows = new float[settings.Dimension * _rowStride];
        for (var f = 0; f < settings.Dimension; f++)
        {
            var row = _rows.AsSpan(f * _rowStride, _rowStride);
            if (featureScales is not null)
            {
                row[0] = featureScales[f];
            }

            weights.AsSpan(f * k, k).CopyTo(row[_weightOffset..]);
        }
    }

    /// <summary>The labels the model chooses between, in ordinal string order; probabilities are reported in this order.</summary>
    public ImmutableArray<string> Labels { get; }

    internal FeaturizerSettings Settings => _featurizer.Settings;

    internal ReadOnlySpan<float> Bias => _bias;

    /// <summary>Whether the model carries per-slot scales (IDF, and 0 for slots dropped or never seen in training; see <see cref="ScaleOf"/>).</summary>
    internal bool HasFeatureScales => _weightOffset == 1;

    /// <summary>The label weights of one feature slot.</summary>
    internal ReadOnlySpan<float> WeightsOf(int slot) => _rows.AsSpan((slot * _rowStride) + _weightOffset, Labels.Length);

    /// <summary>The scale of one feature slot (1 when the model has no scales).</summary>
    internal float ScaleOf(int slot) => HasFeatureScales ? _rows[slot * _rowStride] : 1f;

    /// <summary>Classifies one text.</summary>
    /// <param name="text">Any text; only the first 20,000 characters are read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public TextClassification Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var probabilities = new float[Labels.Length];
        var best = Predict(text.AsSpan(), probabilities);
        return new TextClassification(Labels[best], probabilities[best], ImmutableCollectionsMarshal.AsImmutableArray(probabilities));
    }

    /// <summary>Classifies one text without allocating.</summary>
    /// <param name="text">Any text; only the first 20,000 characters are read.</param>
    /// <param name="probabilities">Receives the probability of each label, in the order of <see cref="Labels"/>.</param>
    /// <returns>The index in <see cref="Labels"/> of the most probable label.</returns>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> is shorter than <see cref="Labels"/>.</exception>
    public int Predict(ReadOnlySpan<char> text, Span<float> probabilities)
    {
        var k = _bias.Length;
        if (probabilities.Length < k)
        {
            throw new ArgumentException($"Needs room for {k} probabilities.", nameof(probabilities));
        }

        var scores = probabilities[..k];
        _bias.CopyTo(scores);
        var scratch = FeatureScratch.ForCurrentThread;
        var count = _featurizer.Extract(text, scratch);
        var indices = scratch.FeatureIndexBuffer;
        var values = scratch.FeatureValueBuffer;
        var rows = _rows;
        var stride = _rowStride;

        // Scale (a slot dropped or never seen in training has scale 0 and drops out), then L2-normalise: the same
        // weighting as TextFeaturizer.Weigh in training, fused so each slot's row is fetched once.
        var squares = 0f;
        for (var j = 0; j < count; j++)
        {
            var v = HasFeatureScales ? values[j] * rows[indices[j] * stride] : values[j];
            values[j] = v;
            squares += v * v;
        }

        if (squares > 0)
        {
            var inverseNorm = 1f / MathF.Sqrt(squares);
            var offset = _weightOffset;
            for (var j = 0; j < count; j++)
            {
                var row = (indices[j] * stride) + offset;
                var v = values[j] * inverseNorm;
                for (var c = 0; c < k; c++)
                {
                    scores[c] += v * rows[row + c];
                }
            }
        }

        TensorPrimitives.SoftMax(scores, scores);
        return TensorPrimitives.IndexOfMax(scores);
    }

    /// <summary>Classifies many texts.</summary>
    /// <param name="texts">The texts, none <see langword="null"/>.</param>
    /// <returns>One prediction per text, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is <see langword="null"/>.</exception>
    public ImmutableArray<TextClassification> PredictBatch(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var builder = ImmutableArray.CreateBuilder<TextClassification>(texts.TryGetNonEnumeratedCount(out var n) ? n : 16);
        foreach (var text in texts)
        {
            builder.Add(Predict(text));
        }

        return builder.DrainToImmutable();
    }

    /// <summary>Writes the model in ClaimCheck's versioned binary format (see <c>FORMAT.md</c>).</summary>
    /// <param name="stream">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFormat.Write(this, stream);
    }

    /// <summary>Reads a model written by <see cref="Save"/>, checking it thoroughly.</summary>
    /// <param name="stream">A readable stream positioned at the model; read up to the end of the model and left open.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">
    /// The data is not a ClaimCheck text-classifier model (wrong magic), has an unsupported format version, is
    /// truncated, fails its checksum, or holds inconsistent settings, labels or weights; the message says which.
    /// </exception>
    public static TextClassifierModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFormat.Read(stream);
    }
}
