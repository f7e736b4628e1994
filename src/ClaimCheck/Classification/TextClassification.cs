using System.Collections.Immutable;

namespace ClaimCheck.Classification;

/// <summary>The prediction of a <see cref="TextClassifierModel"/> for one text.</summary>
/// <param name="Label">The label with the highest score (the first of the model's labels on a tie).</param>
/// <param name="Score">The score of <paramref name="Label"/>; a probability between 0 and 1 for maximum-entropy models.</param>
/// <param name="Probabilities">The score of each of the model's <see cref="TextClassifierModel.Labels"/>, in that order; probabilities that sum to 1 for maximum-entropy models.</param>
public sealed record TextClassification(string Label, float Score, ImmutableArray<float> Probabilities);
