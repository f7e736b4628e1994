using System.Collections.Immutable;

namespace ClaimCheck.Classification;

/// <summary>The prediction of a <see cref="TextClassifierModel"/> for one text.</summary>
/// <param name="Label">The most probable label (the first of the model's labels on a tie).</param>
/// <param name="Score">The probability of <paramref name="Label"/>, between 0 and 1.</param>
/// <param name="Probabilities">The probability of each of the model's <see cref="TextClassifierModel.Labels"/>, in that order; they sum to 1.</param>
public sealed record TextClassification(string Label, float Score, ImmutableArray<float> Probabilities);
