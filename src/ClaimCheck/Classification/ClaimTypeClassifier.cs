using System.Runtime.InteropServices;
using ClaimCheck.Claims;

namespace ClaimCheck.Classification;

/// <summary>
/// Classifies sentences into <see cref="ClaimType"/>s with a <see cref="TextClassifierModel"/> whose labels are
/// claim-type names. <see cref="Default"/> is ClaimCheck's built-in model.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimTypeClassifier : IClaimTypeClassifier
{
    /// <summary>The manifest name of the embedded training corpus (<c>Classification/Data/claim-types.tsv</c>).</summary>
    internal const string CorpusResourceName = "ClaimCheck.Classification.Data.claim-types.tsv";

    private static readonly Lazy<ClaimTypeClassifier> LazyDefault = new(
        () => new ClaimTypeClassifier(new TextClassifierTrainer(BuiltInOptions()).Fit(LoadCorpus())),
        LazyThreadSafetyMode.ExecutionAndPublication);

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
            if (!Enum.TryParse<ClaimType>(model.Labels[c], ignoreCase: false, out var type) || !Enum.IsDefined(type) || type.ToString() != model.Labels[c])
            {
                throw new ArgumentException($"The model's label \"{model.Labels[c]}\" is not a claim type.", nameof(model));
            }

            _typeOfLabel[c] = type;
        }
    }

    /// <summary>
    /// The built-in classifier, trained on first use (once, thread-safely, in well under a second) from the
    /// corpus embedded in ClaimCheck, <c>Classification/Data/claim-types.tsv</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The embedded corpus is missing (a broken build).</exception>
    public static ClaimTypeClassifier Default => LazyDefault.Value;

    /// <summary>The underlying model.</summary>
    public TextClassifierModel Model => _model;

    /// <inheritdoc/>
    public ClaimTypePrediction Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        Span<float> probabilities = stackalloc float[_typeOfLabel.Length];
        var best = _model.Predict(sentence, probabilities);
        var scores = new float[TypeCount];
        for (var c = 0; c < probabilities.Length; c++)
        {
            scores[(int)_typeOfLabel[c]] = probabilities[c];
        }

        return new ClaimTypePrediction(_typeOfLabel[best], ImmutableCollectionsMarshal.AsImmutableArray(scores));
    }

    /// <summary>The trainer settings of the built-in model: small enough to train in well under 200 ms.</summary>
    internal static TextClassifierTrainerOptions BuiltInOptions() => new()
    {
        WordNgramMinLength = 1,
        WordNgramMaxLength = 2,
        CharNgramMinLength = 3,
        CharNgramMaxLength = 5,
        HashBits = 16,
        MinDocumentFrequency = 3,
        L2Regularization = 1e-4f,
        MaximumNumberOfIterations = 15,
        ConvergenceTolerance = 1e-4f,
        ClassWeighting = ClassWeighting.Balanced,
    };

    /// <summary>Reads the embedded claim-type corpus.</summary>
    internal static IReadOnlyList<LabeledText> LoadCorpus()
    {
        using var stream = typeof(ClaimTypeClassifier).Assembly.GetManifestResourceStream(CorpusResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {CorpusResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return LabeledTextReader.Read(reader.ReadToEnd(), LabeledTextFormat.Tsv, sourceName: CorpusResourceName);
    }
}
