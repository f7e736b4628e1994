using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClaimCheck.Claims;

namespace ClaimCheck.Classification;

/// <summary>
/// Classifies sentences into <see cref="ClaimType"/>s with an ML.NET <see cref="TextClassifierModel"/> whose labels are
/// claim-type names. <see cref="Default"/> is ClaimCheck's built-in model.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimTypeClassifier : IClaimTypeClassifier
{
    /// <summary>The manifest name of the embedded built-in model (<c>Classification/Model/claim-types.zip</c>).</summary>
    internal const string ModelResourceName = "ClaimCheck.Classification.Model.claim-types.zip";

    private static readonly Lazy<ClaimTypeClassifier> LazyDefault = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly int TypeCount = Enum.GetValues<ClaimType>().Length;

    private readonly TextClassifierModel _model;
    private readonly ClaimType[] _typeOfLabel;

    /// <summary>Wraps a model whose labels are all <see cref="ClaimType"/> names.</summary>
    /// <param name="model">The model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A label of the model is not the exact name of a <see cref="ClaimType"/>.</exception>
    public ClaimTypeClassifier(TextClassifierModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _typeOfLabel = new ClaimType[model.Labels.Length];
        for (var c = 0; c < model.Labels.Length; c++)
        {
            _typeOfLabel[c] = TryParseType(model.Labels[c])
                ?? throw new ArgumentException($"The model's label \"{model.Labels[c]}\" is not a claim type ({string.Join(", ", Enum.GetNames<ClaimType>())}).", nameof(model));
        }
    }

    /// <summary>
    /// The built-in classifier: the ML.NET model embedded in ClaimCheck (<c>Classification/Model/claim-types.zip</c>,
    /// trained by <c>Classification/Data/train-builtin.sh</c>), read on first use, once, thread-safely. Nothing is trained
    /// at run time.
    /// </summary>
    /// <exception cref="InvalidOperationException">The embedded model is missing or unreadable (a broken build).</exception>
    public static ClaimTypeClassifier Default => LazyDefault.Value;

    /// <summary>The underlying model.</summary>
    public TextClassifierModel Model => _model;

    /// <summary>Whether every label of a model is a <see cref="ClaimType"/> name, so that it can back a <see cref="ClaimTypeClassifier"/>.</summary>
    /// <param name="model">The model.</param>
    /// <returns><see langword="true"/> when the constructor would accept it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public static bool HasClaimTypeLabels(TextClassifierModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Labels.All(label => TryParseType(label) is not null);
    }

    /// <inheritdoc/>
    public ClaimTypePrediction Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        Span<float> probabilities = stackalloc float[_typeOfLabel.Length];
        var best = _model.Predict(sentence, probabilities);
        return ToPrediction(_typeOfLabel[best], probabilities);
    }

    /// <summary>Classifies many sentences in one ML.NET pass (see <see cref="TextClassifierModel.PredictBatch"/>).</summary>
    /// <param name="sentences">The sentences, none <see langword="null"/>.</param>
    /// <returns>One prediction per sentence, in order; each equal to what <see cref="Classify"/> gives.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> or one of its items is <see langword="null"/>.</exception>
    public ImmutableArray<ClaimTypePrediction> ClassifyBatch(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [.. _model.PredictBatch(sentences).Select(p => ToPrediction(_typeOfLabel[_model.Labels.IndexOf(p.Label)], p.Probabilities.AsSpan()))];
    }

    private ClaimTypePrediction ToPrediction(ClaimType type, ReadOnlySpan<float> probabilities)
    {
        var scores = new float[TypeCount];
        for (var c = 0; c < probabilities.Length; c++)
        {
            scores[(int)_typeOfLabel[c]] = probabilities[c];
        }

        return new ClaimTypePrediction(type, ImmutableCollectionsMarshal.AsImmutableArray(scores));
    }

    private static ClaimType? TryParseType(string label) =>
        Enum.TryParse<ClaimType>(label, ignoreCase: false, out var type) && Enum.IsDefined(type) && type.ToString() == label ? type : null;

    private static ClaimTypeClassifier LoadBuiltIn()
    {
        using var stream = typeof(ClaimTypeClassifier).Assembly.GetManifestResourceStream(ModelResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ModelResourceName} is missing.");
        try
        {
            return new ClaimTypeClassifier(TextClassifierModel.Load(stream, ModelResourceName));
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            throw new InvalidOperationException($"The built-in model is unusable: {e.Message}", e);
        }
    }
}
