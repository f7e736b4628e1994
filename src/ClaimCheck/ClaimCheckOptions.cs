using ClaimCheck.Comparison;

namespace ClaimCheck;

/// <summary>Settings for a <see cref="ClaimPipeline"/>. Validated when the pipeline is built.</summary>
public sealed record ClaimCheckOptions
{
    /// <summary>The default for <see cref="MaxClaimsPerDocument"/>: 10,000.</summary>
    public const int DefaultMaxClaimsPerDocument = 10_000;

    /// <summary>The default for <see cref="InferOutlet"/>: true.</summary>
    public const bool DefaultInferOutlet = true;

    /// <summary>The most claims taken from one document; the rest are skipped and a warning says so. The default is <see cref="DefaultMaxClaimsPerDocument"/>.</summary>
    public int MaxClaimsPerDocument { get; init; } = DefaultMaxClaimsPerDocument;

    /// <summary>Whether a document without an outlet takes one from a "Source: X" line in its text. The default is <see cref="DefaultInferOutlet"/>.</summary>
    public bool InferOutlet { get; init; } = DefaultInferOutlet;

    /// <summary>How claims are compared.</summary>
    public ComparisonOptions Comparison { get; init; } = new();

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        if (MaxClaimsPerDocument < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxClaimsPerDocument), MaxClaimsPerDocument, "MaxClaimsPerDocument must be at least 1.");
        }

        Comparison.Validate();
    }
}
