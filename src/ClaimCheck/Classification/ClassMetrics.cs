namespace ClaimCheck.Classification;

/// <summary>Precision, recall and F1 of one label, treating it as the positive class.</summary>
/// <param name="Label">The label.</param>
/// <param name="Precision">Of the items predicted as the label, the fraction that are; 0 when none are predicted.</param>
/// <param name="Recall">Of the items whose gold label it is, the fraction predicted as it; 0 when there are none.</param>
/// <param name="F1">The harmonic mean of precision and recall; 0 when both are 0.</param>
/// <param name="Support">The number of items whose gold label it is.</param>
public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, int Support);
