namespace ClaimCheck.Classification;

/// <summary>Settings for <see cref="ClaimTypePolicy"/>.</summary>
/// <remarks>The default was chosen by measuring the type ClaimCheck prints against labelled sentences (README, "Claim types").</remarks>
public sealed class ClaimTypePolicyOptions
{
    /// <summary>The default <see cref="ModelOverrideScore"/>.</summary>
    public const float DefaultModelOverrideScore = 0.4f;

    /// <summary>The default <see cref="RuleTypeMinimumScore"/>.</summary>
    public const float DefaultRuleTypeMinimumScore = 0.2f;

    /// <summary>
    /// The classifier's score from which its type replaces the type the rules give a claim; between 0 (the model always
    /// decides) and any value above 1 (the rules always decide, and the model is then not asked about claims the rules
    /// have typed).
    /// </summary>
    /// <remarks>The default value is <see cref="DefaultModelOverrideScore"/>.</remarks>
    public float ModelOverrideScore { get; set; } = DefaultModelOverrideScore;

    /// <summary>
    /// The classifier's score for the rules' type below which the rules' type does not stand even when the classifier is
    /// unsure of its own: the classifier's type is taken instead (where it may replace the rules' type at all). Between 0
    /// (the rules' type stands whenever the classifier's score is below <see cref="ModelOverrideScore"/>) and 1; it has no
    /// effect when <see cref="ModelOverrideScore"/> is above 1 (the rules always decide).
    /// </summary>
    /// <remarks>The default value is <see cref="DefaultRuleTypeMinimumScore"/>.</remarks>
    public float RuleTypeMinimumScore { get; set; } = DefaultRuleTypeMinimumScore;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the exception names it.</exception>
    public void Validate()
    {
        if (!(ModelOverrideScore >= 0) || float.IsInfinity(ModelOverrideScore))
        {
            throw new ArgumentOutOfRangeException(nameof(ModelOverrideScore), ModelOverrideScore, "Must be a finite number, 0 or more.");
        }

        if (!(RuleTypeMinimumScore is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(RuleTypeMinimumScore), RuleTypeMinimumScore, "Must be between 0 and 1.");
        }
    }
}
