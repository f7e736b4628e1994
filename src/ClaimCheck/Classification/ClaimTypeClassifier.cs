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

    private static readonly int TypeCount = Enum.GetValues<ClaimType>().Length;

    private readonly Lazy<(TextClassifierModel Model, ClaimType[] TypeOfLabel)> _state;

    /// <summary>Wraps a model whose labels are all <see cref="ClaimType"/> names.</summary>
    /// <param name="model">The model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A label of the model is not the exact name of a <see cref="ClaimType"/>.</exception>
    public ClaimTypeClassifier(TextClassifierModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var state = (model, TypesOf(model));
        _state = new(state);
    }

    /// <summary>A classifier whose model is read on first use, once, thread-safely.</summary>
    private ClaimTypeClassifier(Func<TextClassifierModel> load) =>
        _state = new(() => { var model = load(); return (model, TypesOf(model)); }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The built-in classifier: the ML.NET model embedded in ClaimCheck (<c>Classification/Model/claim-types.zip</c>,
    /// trained by <c>Classification/Data/train-builtin.sh</c>). The model is read on the first classification (or first
    /// use of <see cref="Model"/>), once, thread-safely, so a pipeline that never classifies never loads ML.NET's model.
    /// Nothing is trained at run time. If the embedded model is missing or unreadable (a broken build), that first use
    /// throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public static ClaimTypeClassifier Default { get; } = new(LoadBuiltIn);

    /// <summary>The underlying model (for <see cref="Default"/>, read now if not yet read).</summary>
    /// <exception cref="InvalidOperationException">The built-in model is missing or unreadable (a broken build).</exception>
    public TextClassifierModel Model => _state.Value.Model;

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
        var (model, typeOfLabel) = _state.Value;
        Span<float> probabilities = stackalloc float[typeOfLabel.Length];
        var best = model.Predict(sentence, probabilities);
        return ToPrediction(typeOfLabel, best, probabilities);
    }

    /// <summary>Classifies many sentences in one ML.NET pass (see <see cref="TextClassifierModel.PredictBatch"/>).</summary>
    /// <param name="sentences">The sentences, none <see langword="null"/>.</param>
    /// <returns>One prediction per sentence, in order; each equal to what <see cref="Classify"/> gives.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> or one of its items is <see langword="null"/>.</exception>
    public ImmutableArray<ClaimTypePrediction> ClassifyBatch(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var (model, typeOfLabel) = _state.Value;
        return [.. model.PredictBatch(sentences).Select(p => ToPrediction(typeOfLabel, model.Labels.IndexOf(p.Label), p.Probabilities.AsSpan()))];
    }

    private static ClaimTypePrediction ToPrediction(ClaimType[] typeOfLabel, int best, ReadOnlySpan<float> probabilities)
    {
        var scores = new float[TypeCount];
        for (var c = 0; c < probabilities.Length; c++)
        {
            scores[(int)typeOfLabel[c]] = probabilities[c];
        }

        return new ClaimTypePrediction(typeOfLabel[best], ImmutableCollectionsMarshal.AsImmutableArray(scores));
    }

    private static ClaimType[] TypesOf(TextClassifierModel model)
    {
        var types = new ClaimType[model.Labels.Length];
        for (var c = 0; c < model.Labels.Length; c++)
        {
            types[c] = TryParseType(model.Labels[c])
                ?? throw new ArgumentException($"The model's label \"{model.Labels[c]}\" is not a claim type ({string.Join(", ", Enum.GetNames<ClaimType>())}).", nameof(model));
        }

        return types;
    }

    private static ClaimType? TryParseType(string label) =>
        Enum.TryParse<ClaimType>(label, ignoreCase: false, out var type) && Enum.IsDefined(type) && type.ToString() == label ? type : null;

    private static TextClassifierModel LoadBuiltIn()
    {
        using var stream = typeof(ClaimTypeClassifier).Assembly.GetManifestResourceStream(ModelResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ModelResourceName} is missing.");
        try
        {
            var model = TextClassifierModel.Load(stream, ModelResourceName);
            return HasClaimTypeLabels(model) ? model : throw new InvalidDataException($"{ModelResourceName}: its labels are not claim types.");
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            throw new InvalidOperationException($"The built-in model is unusable: {e.Message}", e);
        }
    }
}
