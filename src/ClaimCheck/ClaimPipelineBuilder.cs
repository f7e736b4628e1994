using ClaimCheck.Attribution;
using ClaimCheck.Classification;
using ClaimCheck.Comparison;
using ClaimCheck.Entities;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Time;

namespace ClaimCheck;

/// <summary>Configures and builds a <see cref="ClaimPipeline"/>. Not thread-safe; the pipeline it builds is.</summary>
public sealed class ClaimPipelineBuilder
{
    private ClaimCheckOptions _options = new();
    private IClaimTypeClassifier? _classifier;
    private Lexicon _lexicon = Lexicon.BuiltIn;

    /// <summary>The stages that annotate each document, in order: entities, quantities, time expressions, attribution. Add, insert,
    /// remove or replace stages here before <see cref="Build"/>.</summary>
    public AnnotatorList Annotators { get; } = new(
        [EntityRecognizer.Instance, QuantityRecognizer.Default, TimeExpressionRecognizer.Default, AttributionAnnotator.Instance]);

    /// <summary>Adds entries to the lexicon the stages read (places, aliases, organisations, units, currencies, reporting and denial
    /// verbs…); where an entry has the same kind and term as a built-in one, it wins.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    /// <example><c>new ClaimPipelineBuilder().AddLexicon(Lexicon.Load("newsroom.tsv")).Build()</c></example>
    public ClaimPipelineBuilder AddLexicon(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = _lexicon.With(lexicon);
        return this;
    }

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
        return new ClaimPipeline(_options, _classifier ?? ClaimTypeClassifier.Default, _lexicon, [.. Annotators]);
    }
}
