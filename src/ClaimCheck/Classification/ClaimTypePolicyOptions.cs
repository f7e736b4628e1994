namespace ClaimCheck.Classification;

/// <summary>Settings for <see cref="ClaimTypePolicy"/>.</summary>
/// <remarks>The default was chosen by measuring the type ClaimCheck prints against labelled sentences (README, "Claim types").</remarks>
public sealed class ClaimTypePolicyOptions
{
    /// <summary>The default <see cref="ModelOverrideScore"/>.</summary>
    public const float DefaultModelOverrideScore = 0.4f;

    /// <summary>
    /// The classifier's score from which its type replaces the type the rules give a claim; between 0 (the model always
    /// decides) and any value above 1 (the rules always decide, and the model is then not asked about claims the rules
    /// have typed).
    /// </summary>
    /// <remarks>The default value is <see cref="DefaultModelOverrideScore"/>.</remarks>
    public float ModelOverrideScore { get; set; } = DefaultModelOverrideScore;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the exception names it.</exception>
    public void Validate()
    {
        if (!(ModelOverrideScore >= 0) || float.IsInfinity(ModelOverrideScore))
        {
            throw new ArgumentOutOfRangeException(nameof(ModelOverrideScore), ModelOverrideScore, "Must be a finite number, 0 or more.");
        }
    }
}
