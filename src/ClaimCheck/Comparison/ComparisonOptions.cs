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

    /// <summary>The default for <see cref="DistinctiveFigureDigits"/>: 2.</summary>
    public const int DefaultDistinctiveFigureDigits = 2;

    /// <summary>The fewest significant digits of a figure that two reports giving it alike under different subjects are read as
    /// telling one figure ("4,317" and "8.37 billion" have four and three; "130" has two, "3 million" one). The default is
    /// <see cref="DefaultDistinctiveFigureDigits"/>; a two-digit figure whose second digit is 5 ("150", "2.5 million") is never
    /// distinctive.</summary>
    /// <remarks>Must be at least 1. More digits corroborate fewer figures across subjects and mistake fewer different things
    /// counted alike for one.</remarks>
    public int DistinctiveFigureDigits { get; init; } = DefaultDistinctiveFigureDigits;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        if (!(ApproximateTolerance >= 0 && ApproximateTolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ApproximateTolerance), ApproximateTolerance, "ApproximateTolerance must be at least 0 and below 1.");
        }

        if (DistinctiveFigureDigits < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(DistinctiveFigureDigits), DistinctiveFigureDigits, "DistinctiveFigureDigits must be at least 1.");
        }
    }
}
