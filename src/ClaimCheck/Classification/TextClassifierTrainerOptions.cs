namespace ClaimCheck.Classification;

/// <summary>
/// Settings for <see cref="TextClassifierTrainer"/>: ML.NET's <c>FeaturizeText</c> (normalised word and character
/// n-gram bags, L2-normalised) and the maximum-entropy trainer fitted on it.
/// </summary>
/// <remarks>
/// The defaults were chosen by 5-fold cross-validation on the built-in claim-type data and on ClaimBuster's 3-class
/// training file, preferring settings that score well across folds and seeds over the best single figure (see README,
/// "Claim types"). The object is mutable while being configured; the trainer validates it and copies it in its
/// constructor, so later changes do not affect a trainer already built.
/// </remarks>
public sealed class TextClassifierTrainerOptions
{
    /// <summary>The default <see cref="Algorithm"/>: <see cref="MaximumEntropyAlgorithm.Lbfgs"/>.</summary>
    public const MaximumEntropyAlgorithm DefaultAlgorithm = MaximumEntropyAlgorithm.Lbfgs;

    /// <summary>The default <see cref="WordNgramLength"/>: 2 (words and word pairs).</summary>
    public const int DefaultWordNgramLength = 2;

    /// <summary>The default <see cref="CharNgramLength"/>: 3 (character trigrams).</summary>
    public const int DefaultCharNgramLength = 3;

    /// <summary>The default <see cref="AllCharNgramLengths"/>: <see langword="false"/> (only n-grams of <see cref="CharNgramLength"/>).</summary>
    public const bool DefaultAllCharNgramLengths = false;

    /// <summary>The default <see cref="Weighting"/>: <see cref="NgramWeighting.TfIdf"/> (the built-in claim-type model is trained with
    /// <see cref="NgramWeighting.Idf"/>, better on held-out news; on ClaimBuster's train file TF-IDF scores a little higher).</summary>
    public const NgramWeighting DefaultWeighting = NgramWeighting.TfIdf;

    /// <summary>The default <see cref="L2Regularization"/>.</summary>
    public const float DefaultL2Regularization = 0.1f;

    /// <summary>The default <see cref="L1Regularization"/>: 0 (no sparsity penalty).</summary>
    public const float DefaultL1Regularization = 0f;

    /// <summary>The default <see cref="MaximumNumberOfIterations"/>.</summary>
    public const int DefaultMaximumNumberOfIterations = 100;

    /// <summary>The default <see cref="ClassWeighting"/>: <see cref="Classification.ClassWeighting.Balanced"/>.</summary>
    public const ClassWeighting DefaultClassWeighting = ClassWeighting.Balanced;

    /// <summary>The default <see cref="SourceWeight"/>: 1 (texts with and without a source weigh the same).</summary>
    public const float DefaultSourceWeight = 1f;

    /// <summary>The default <see cref="FoldText"/>: <see langword="true"/>.</summary>
    public const bool DefaultFoldText = true;

    /// <summary>The default <see cref="CueFeatures"/>: <see langword="true"/>.</summary>
    public const bool DefaultCueFeatures = true;

    /// <summary>The default <see cref="Seed"/>: 1.</summary>
    public const int DefaultSeed = 1;

    /// <summary>The longest word n-gram accepted.</summary>
    public const int MaxWordNgramLength = 5;

    /// <summary>The longest character n-gram accepted.</summary>
    public const int MaxCharNgramLength = 8;

    /// <summary>Which maximum-entropy (multinomial logistic regression) trainer fits the weights.</summary>
    /// <remarks>The default value is <see cref="DefaultAlgorithm"/>.</remarks>
    public MaximumEntropyAlgorithm Algorithm { get; set; } = DefaultAlgorithm;

    /// <summary>Word n-grams of every length from 1 up to this are features; 0 for none; at most <see cref="MaxWordNgramLength"/>.</summary>
    /// <remarks>The default value is <see cref="DefaultWordNgramLength"/>.</remarks>
    public int WordNgramLength { get; set; } = DefaultWordNgramLength;

    /// <summary>Character n-grams of this length are features (of every length up to it with <see cref="AllCharNgramLengths"/>); 0 for none; at most <see cref="MaxCharNgramLength"/>.</summary>
    /// <remarks>The default value is <see cref="DefaultCharNgramLength"/>.</remarks>
    public int CharNgramLength { get; set; } = DefaultCharNgramLength;

    /// <summary>Whether character n-grams of every length from 1 to <see cref="CharNgramLength"/> are features, not only the longest.</summary>
    /// <remarks>The default value is <see cref="DefaultAllCharNgramLengths"/>.</remarks>
    public bool AllCharNgramLengths { get; set; } = DefaultAllCharNgramLengths;

    /// <summary>How n-gram counts are weighted before the vector is L2-normalised.</summary>
    /// <remarks>The default value is <see cref="DefaultWeighting"/>.</remarks>
    public NgramWeighting Weighting { get; set; } = DefaultWeighting;

    /// <summary>Strength of the L2 penalty on the weights; 0 or more. For SDCA, 0 lets ML.NET choose one from the data.</summary>
    /// <remarks>The default value is <see cref="DefaultL2Regularization"/>.</remarks>
    public float L2Regularization { get; set; } = DefaultL2Regularization;

    /// <summary>Strength of the L1 penalty on the weights; 0 or more.</summary>
    /// <remarks>The default value is <see cref="DefaultL1Regularization"/>.</remarks>
    public float L1Regularization { get; set; } = DefaultL1Regularization;

    /// <summary>Most optimiser iterations (L-BFGS steps, or SDCA passes over the data); 1 or more.</summary>
    /// <remarks>The default value is <see cref="DefaultMaximumNumberOfIterations"/>.</remarks>
    public int MaximumNumberOfIterations { get; set; } = DefaultMaximumNumberOfIterations;

    /// <summary>How examples are weighted by their class (ML.NET's example-weight column).</summary>
    /// <remarks>The default value is <see cref="DefaultClassWeighting"/>.</remarks>
    public ClassWeighting ClassWeighting { get; set; } = DefaultClassWeighting;

    /// <summary>
    /// How much a text with a <see cref="LabeledText.Source"/> (a real news sentence, taken from a page) weighs in training
    /// against one without (a sentence written for the data set, a ClaimBuster sentence); multiplies the class weight.
    /// Above 0; data without sources is unaffected.
    /// </summary>
    /// <remarks>The default value is <see cref="DefaultSourceWeight"/>.</remarks>
    public float SourceWeight { get; set; } = DefaultSourceWeight;

    /// <summary>
    /// Whether every digit of a text is replaced by <c>0</c> and typographic quotes by ASCII ones before it is featurised
    /// (<see cref="TextFolding"/>), so n-grams of figures ("2.3%", "$4.5bn") generalise across values and a quote reads
    /// the same however it is typeset. The mapping is saved in the model.
    /// </summary>
    /// <remarks>The default value is <see cref="DefaultFoldText"/>.</remarks>
    public bool FoldText { get; set; } = DefaultFoldText;

    /// <summary>
    /// Whether the features of <see cref="ClaimTypeCues"/> (cue-word classes from the lexicon, reporting verbs, dates and the
    /// text's shape) are added beside the n-grams. The mapping is saved in the model.
    /// </summary>
    /// <remarks>The default value is <see cref="DefaultCueFeatures"/>.</remarks>
    public bool CueFeatures { get; set; } = DefaultCueFeatures;

    /// <summary>Seeds the <c>MLContext</c>: SDCA's example order and the fold assignment of <see cref="TextClassifierTrainer.CrossValidate"/>.</summary>
    /// <remarks>
    /// The default value is <see cref="DefaultSeed"/>. L-BFGS runs on one thread here, so it gives the same model for
    /// the same data in the same order whatever the seed; SDCA depends on it.
    /// </remarks>
    public int Seed { get; set; } = DefaultSeed;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its documented range; the exception names it.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Algorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(Algorithm), Algorithm, "Unknown trainer.");
        }

        if (WordNgramLength is < 0 or > MaxWordNgramLength)
        {
            throw new ArgumentOutOfRangeException(nameof(WordNgramLength), WordNgramLength, $"Must be between 0 and {MaxWordNgramLength}.");
        }

        if (CharNgramLength is < 0 or > MaxCharNgramLength)
        {
            throw new ArgumentOutOfRangeException(nameof(CharNgramLength), CharNgramLength, $"Must be between 0 and {MaxCharNgramLength}.");
        }

        if (WordNgramLength == 0 && CharNgramLength == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WordNgramLength), WordNgramLength, "Word and character n-grams cannot both be disabled.");
        }

        if (!Enum.IsDefined(Weighting))
        {
            throw new ArgumentOutOfRangeException(nameof(Weighting), Weighting, "Unknown weighting.");
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

        if (!(SourceWeight > 0) || float.IsInfinity(SourceWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(SourceWeight), SourceWeight, "Must be a finite number above 0.");
        }

        if (!Enum.IsDefined(ClassWeighting))
        {
            throw new ArgumentOutOfRangeException(nameof(ClassWeighting), ClassWeighting, "Unknown class weighting.");
        }
    }

    /// <summary>A copy of these options.</summary>
    public TextClassifierTrainerOptions Clone() => (TextClassifierTrainerOptions)MemberwiseClone();
}
