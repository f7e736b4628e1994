namespace ClaimCheck.Comparison;

/// <summary>Settings for comparing claims.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The default relative tolerance for "about", "around", "nearly": 0.1 (±10%).</summary>
    public const double DefaultApproximateTolerance = 0.1;

    /// <summary>How far "about N" may be from N, relative to N. The default is <see cref="DefaultApproximateTolerance"/>.</summary>
    /// <remarks>Must be at least 0 and below 1.</remarks>
    public double ApproximateTolerance { get; init; } = DefaultApproximateTolerance;

    /// <summary>Converts money between currencies for comparison; null (the default) never compares different currencies.</summary>
    public IExchangeRateProvider? ExchangeRates { get; init; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        if (!(ApproximateTolerance >= 0 && ApproximateTolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ApproximateTolerance), ApproximateTolerance, "ApproximateTolerance must be at least 0 and below 1.");
        }
    }
}
