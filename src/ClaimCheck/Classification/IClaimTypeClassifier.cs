namespace ClaimCheck.Classification;

/// <summary>Decides what kind of claim a sentence makes; the seam the claim extractor depends on.</summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IClaimTypeClassifier
{
    /// <summary>Classifies one sentence.</summary>
    /// <param name="sentence">The sentence text.</param>
    /// <returns>The most likely type and a score for every type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    ClaimTypePrediction Classify(string sentence);
}
