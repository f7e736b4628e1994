namespace ClaimCheck.Classification;

/// <summary>How training examples are weighted by their class.</summary>
public enum ClassWeighting
{
    /// <summary>Every example counts once.</summary>
    None,

    /// <summary>
    /// Each example of class c weighs N / (K · n_c), so every class carries the same total weight
    /// (scikit-learn's <c>class_weight="balanced"</c>); favours macro-averaged metrics on skewed data.
    /// </summary>
    Balanced,
}
