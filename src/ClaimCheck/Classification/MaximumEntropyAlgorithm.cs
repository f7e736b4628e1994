namespace ClaimCheck.Classification;

/// <summary>The ML.NET trainers of a maximum-entropy (multinomial logistic regression) text classifier.</summary>
public enum MaximumEntropyAlgorithm
{
    /// <summary>ML.NET's <c>LbfgsMaximumEntropy</c>: full-batch L-BFGS on the whole data set, deterministic.</summary>
    Lbfgs,

    /// <summary>ML.NET's <c>SdcaMaximumEntropy</c>: stochastic dual coordinate ascent; seeded by <see cref="TextClassifierTrainerOptions.Seed"/>.</summary>
    Sdca,
}
