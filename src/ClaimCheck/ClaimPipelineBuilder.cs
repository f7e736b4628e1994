using ClaimCheck.Classification;
using ClaimCheck.Comparison;

namespace ClaimCheck;

/// <summary>Configures and builds a <see cref="ClaimPipeline"/>. Not thread-safe; the pipeline it builds is.</summary>
public sealed class ClaimPipelineBuilder
{
    private ClaimCheckOptions _options = new();
    private IClaimTypeClassifier? _classifier;

    /// <summary>Replaces all settings.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ClaimPipelineBuilder WithOptions(ClaimCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Sets the relative tolerance for "about N" (±10% by default).</summary>
    public ClaimPipelineBuilder UseApproximateTolerance(double tolerance)
    {
        _options = _options with { Comparison = _options.Comparison with { ApproximateTolerance = tolerance } };
        return this;
    }

    /// <summary>Compares money in different currencies through <paramref name="rates"/> (without it, never).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public ClaimPipelineBuilder UseExchangeRates(IExchangeRateProvider rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        _options = _options with { Comparison = _options.Comparison with { ExchangeRates = rates } };
        return this;
    }

    /// <summary>Sets the most claims taken from one document.</summary>
    public ClaimPipelineBuilder UseMaxClaimsPerDocument(int maxClaims)
    {
        _options = _options with { MaxClaimsPerDocument = maxClaims };
        return this;
    }

    /// <summary>Types proposition claims with <paramref name="classifier"/> instead of the built-in model.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="classifier"/> is null.</exception>
    public ClaimPipelineBuilder UseClaimTypeClassifier(IClaimTypeClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        _classifier = classifier;
        return this;
    }

    /// <summary>Validates the settings and builds the pipeline.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it.</exception>
    public ClaimPipeline Build()
    {
        _options.Validate();
        return new ClaimPipeline(_options, _classifier ?? ClaimTypeClassifier.Default);
    }
}
