using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Classification;

/// <summary>The claim type of a sentence and the classifier's score for every type.</summary>
/// <param name="Type">The most likely type.</param>
/// <param name="Scores">One probability per <see cref="ClaimType"/>, indexed by its numeric value; they sum to 1.</param>
public sealed record ClaimTypePrediction(ClaimType Type, ImmutableArray<float> Scores)
{
    /// <summary>The probability of <paramref name="type"/>, between 0 and 1.</summary>
    /// <param name="type">A claim type.</param>
    /// <returns>Its probability (0 for a type the model was not trained on).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined <see cref="ClaimType"/>.</exception>
    public float Score(ClaimType type) =>
        (uint)type < (uint)Scores.Length ? Scores[(int)type] : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a claim type.");
}
