namespace ClaimCheck.Classification;

/// <summary>
/// Settings for <see cref="TextClassifierTrainer"/>: the text featurizer (hashed word and character n-grams)
/// and the multinomial logistic regression fitted on it.
/// </summary>
/// <remarks>
/// The defaults are those tuned by 5-fold cross-validation on ClaimBuster's 3-class training file. The object is
/// mutable while being configured; the trainer validates it and copies it in its constructor, so later changes
/// do not affect a trainer already built.
/// </remarks>
public sealed class TextClassifierTrainerOptions
{
    /// <summary>The default <see cref="WordNgramMinLength"/>: 1 (single words).</summary>
    public const int DefaultWordNgramMinLength = 1;

    /// <summary>The default <see cref="WordNgramMaxLength"/>: 2 (word pairs).</summary>
    public const int DefaultWordNgramMaxLength = 2;

    /// <summary>The default <see cref="CharNgramMinLength"/>: 3.</summary>
    public const int DefaultCharNgramMinLength = 3;

    /// <summary>The default <see cref="CharNgramMaxLength"/>: 5.</summary>
    public const int DefaultCharNgramMaxLength = 5;

    /// <summary>The default <see cref="HashBits"/>: 18 (262,144 slots).</summary>
    public const int DefaultHashBits = 18;

    /// <summary>The default <see cref="L2Regularization"/>.</summary>
    public const float DefaultL2Regularization = 1e-4f;

    /// <summary>The default <see cref="L1Regularization"/>: 0 (no sparsity penalty).</summary>
    public const float DefaultL1Regularization = 0f;

    /// <summary>The default <see cref="MaximumNumberOfIterations"/>.</summary>
    public const int DefaultMaximumNumberOfIterations = 100;

    /// <summary>The default <see cref="ConvergenceTolerance"/>.</summary>
    public const float DefaultConvergenceTolerance = 1e-4f;

    /// <summary>The default <see cref="ClassWeighting"/>: <see cref="Classification.ClassWeighting.Balanced"/>.</summary>
    public const ClassWeighting DefaultClassWeighting = ClassWeighting.Balanced;

    /// <summary>The default <see cref="SublinearTf"/>: <see langword="true"/>.</summary>
    public const bool DefaultSublinearTf = true;

    /// <summary>The default <see cref="UseIdf"/>: <see langword="true"/>.</summary>
    public const bool DefaultUseIdf = true;

    /// <summary>The default <see cref="MinDocumentFrequency"/>: 1 (keep every feature).</summary>
    public const int DefaultMinDocumentFrequency = 1;

    /// <summary>The default <see cref="NormalizeDigits"/>: <see langword="true"/>.</summary>
    public const bool DefaultNormalizeDigits = true;

    /// <summary>The default <see cref="Seed"/>: 1.</summary>
    public const int DefaultSeed = 1;

    /// <summary>The longest word n-gram accepted.</summary>
    public const int MaxWordNgramLength = 5;

    /// <summary>The longest character n-gram accepted.</summary>
    public const int MaxCharNgramLength = 8;

    /// <summary>The smallest <see cref="HashBits"/> accepted.</summary>
    public const int MinHashBits = 8;

    /// <summary>The largest <see cref="HashBits"/> accepted.</summary>
    public const int MaxHashBits = 24;

    /// <summary>Shortest word n-gram; 1 to <see cref="MaxWordNgramLength"/>, or 0 together with a maximum of 0 to use no word n-grams.</summary>
    /// <remarks>The default value is <see cref="DefaultWordNgramMinLength"/>.</remarks>
    public int WordNgramMinLength { get; set; } = DefaultWordNgramMinLength;

    /// <summary>Longest word n-gram; at least <see cref="WordNgramMinLength"/> and at most <see cref="MaxWordNgramLength"/>.</summary>
    /// <remarks>The default value is <see cref="DefaultWordNgramMaxLength"/>.</remarks>
    public int WordNgramMaxLength { get; set; } = DefaultWordNgramMaxLength;

    /// <summary>Shortest character n-gram; 1 to <see cref="MaxCharNgramLength"/>, or 0 together with a maximum of 0 to use no character n-grams.</summary>
    /// <remarks>The default value is <see cref="DefaultCharNgramMinLength"/>.</remarks>
    public int CharNgramMinLength { get; set; } = DefaultCharNgramMinLength;

    /// <summary>Longest character n-gram; at least <see cref="CharNgramMinLength"/> and at most <see cref="MaxCharNgramLength"/>.</summary>
    /// <remarks>The default value is <see cref="DefaultCharNgramMaxLength"/>.</remarks>
    public int CharNgramMaxLength { get; set; } = DefaultCharNgramMaxLength;

    /// <summary>Size of the hashed feature space as a power of two; <see cref="MinHashBits"/> to <see cref="MaxHashBits"/>.</summary>
    /// <remarks>The default value is <see cref="DefaultHashBits"/>. A model holds 2^HashBits × classes weights in memory.</remarks>
    public int HashBits { get; set; } = DefaultHashBits;

    /// <summary>Strength of the L2 penalty on the weights (not the intercepts), relative to the mean example loss; 0 or more.</summary>
    /// <remarks>The default value is <see cref="DefaultL2Regularization"/>.</remarks>
    public float L2Regularization { get; set; } = DefaultL2Regularization;

    /// <summary>Strength of the L1 penalty on the weights, relative to the mean example loss; 0 or more. Above 0 the optimiser is OWL-QN.</summary>
    /// <remarks>The default value is <see cref="DefaultL1Regularization"/>.</remarks>
    public float L1Regularization { get; set; } = DefaultL1Regularization;

    /// <summary>Most L-BFGS iterations; 1 or more.</summary>
    /// <remarks>The default value is <see cref="DefaultMaximumNumberOfIterations"/>.</remarks>
    public int MaximumNumberOfIterations { get; set; } = DefaultMaximumNumberOfIterations;

    /// <summary>Training stops when an iteration improves the objective by less than this fraction of it; greater than 0 and less than 1.</summary>
    /// <remarks>The default value is <see cref="DefaultConvergenceTolerance"/>.</remarks>
    public float ConvergenceTolerance { get; set; } = DefaultConvergenceTolerance;

    /// <summary>How examples are weighted by class.</summary>
    /// <remarks>The default value is <see cref="DefaultClassWeighting"/>.</remarks>
    public ClassWeighting ClassWeighting { get; set; } = DefaultClassWeighting;

    /// <summary>Whether term counts are dampened to 1 + ln(count).</summary>
    /// <remarks>The default value is <see cref="DefaultSublinearTf"/>.</remarks>
    public bool SublinearTf { get; set; } = DefaultSublinearTf;

    /// <summary>Whether features are scaled by ln((1 + N) / (1 + df)) + 1 learned from the training texts; features never seen in training are then ignored.</summary>
    /// <remarks>The default value is <see cref="DefaultUseIdf"/>.</remarks>
    public bool UseIdf { get; set; } = DefaultUseIdf;

    /// <summary>
    /// Features (hash slots) occurring in fewer training texts than this are dropped, in training and prediction
    /// (scikit-learn's <c>min_df</c>); 1 or more. Above 1 it shrinks the optimisation problem a lot, since most
    /// n-grams occur once.
    /// </summary>
    /// <remarks>The default value is <see cref="DefaultMinDocumentFrequency"/>.</remarks>
    public int MinDocumentFrequency { get; set; } = DefaultMinDocumentFrequency;

    /// <summary>Whether every digit is read as 0, so that numbers of the same shape share features.</summary>
    /// <remarks>The default value is <see cref="DefaultNormalizeDigits"/>.</remarks>
    public bool NormalizeDigits { get; set; } = DefaultNormalizeDigits;

    /// <summary>Seeds every random choice: the fold assignment of <see cref="TextClassifierTrainer.CrossValidate"/>.</summary>
    /// <remarks>
    /// The default value is <see cref="DefaultSeed"/>. Full-batch L-BFGS itself is deterministic, so <see cref="TextClassifierTrainer.Fit"/>
    /// gives identical models for identical data whatever the seed.
    /// </remarks>
    public int Seed { get; set; } = DefaultSeed;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its documented range; the exception names it.</exception>
    public void Validate()
    {
        ValidateRange(WordNgramMinLength, WordNgramMaxLength, MaxWordNgramLength, nameof(WordNgramMinLength), nameof(WordNgramMaxLength));
        ValidateRange(CharNgramMinLength, CharNgramMaxLength, MaxCharNgramLength, nameof(CharNgramMinLength), nameof(CharNgramMaxLength));
        if (WordNgramMaxLength == 0 && CharNgramMaxLength == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WordNgramMaxLength), WordNgramMaxLength, "Word and character n-grams cannot both be disabled.");
        }

        if (HashBits is < MinHashBits or > MaxHashBits)
        {
            throw new ArgumentOutOfRangeException(nameof(HashBits), HashBits, $"Must be between {MinHashBits} and {MaxHashBits}.");
        }

        if (!(L2Regularization >= 0) || float.IsInfinity(L2Regularization))
        {
            throw new ArgumentOutOfRangeException(nameof(L2Regularization), L2Regularization, "Must be a finite number, 0 or more.");
        }

        if (!(L1Regularization >= 0) || float.IsInfinity(L1Regularization))
        {
            throw new ArgumentOutOfRangeException(nameof(L1Regularization), L1Regularization, "Must be a finite number, 0 or more.");
        }

        if (MaximumNumberOfIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaximumNumberOfIterations), MaximumNumberOfIterations, "Must be 1 or more.");
        }

        if (!(ConvergenceTolerance is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ConvergenceTolerance), ConvergenceTolerance, "Must be greater than 0 and less than 1.");
        }

        if (MinDocumentFrequency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinDocumentFrequency), MinDocumentFrequency, "Must be 1 or more.");
        }

        if (!Enum.IsDefined(ClassWeighting))
        {
            throw new ArgumentOutOfRangeException(nameof(ClassWeighting), ClassWeighting, "Unknown class weighting.");
        }
    }

    /// <summary>A copy of these options.</summary>
    public TextClassifierTrainerOptions Clone() => (TextClassifierTrainerOptions)MemberwiseClone();

    internal FeaturizerSettings ToFeaturizerSettings() => new(
        WordNgramMinLength, WordNgramMaxLength, CharNgramMinLength, CharNgramMaxLength, HashBits, SublinearTf, NormalizeDigits);

    private static void ValidateRange(int min, int max, int limit, string minName, string maxName)
    {
        if (min == 0 && max == 0)
        {
            return;
        }

        if (min < 1 || min > limit)
        {
            throw new ArgumentOutOfRangeException(minName, min, $"Must be between 1 and {limit}, or 0 together with {maxName} 0.");
        }

        if (max < min || max > limit)
        {
            throw new ArgumentOutOfRangeException(maxName, max, $"Must be between {minName} ({min}) and {limit}.");
        }
    }
}
