namespace ClaimCheck.Classification;

/// <summary>How ML.NET's n-gram bags weigh each n-gram of a text (its <c>NgramExtractingEstimator.WeightingCriteria</c>).</summary>
public enum NgramWeighting
{
    /// <summary>The n-gram's count in the text.</summary>
    Tf,

    /// <summary>The n-gram's inverse document frequency over the training texts, once per text that has it.</summary>
    Idf,

    /// <summary>Count times inverse document frequency.</summary>
    TfIdf,
}
