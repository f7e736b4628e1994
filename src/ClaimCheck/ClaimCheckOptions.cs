using ClaimCheck.Comparison;

namespace ClaimCheck;

/// <summary>Settings for a <see cref="ClaimPipeline"/>. Validated when the pipeline is built.</summary>
public sealed record ClaimCheckOptions
{
    /// <summary>The default for <see cref="MaxClaimsPerDocument"/>: 10,000.</summary>
    public const int DefaultMaxClaimsPerDocument = 10_000;

    /// <summary>The default for <see cref="MaxDocumentLength"/>: 10,000,000 characters.</summary>
    public const int DefaultMaxDocumentLength = 10_000_000;

    /// <summary>The default for <see cref="MaxDocuments"/>: 1,000,000.</summary>
    public const int DefaultMaxDocuments = 1_000_000;

    /// <summary>The default for <see cref="MaxSentenceLength"/>: 2,000 characters.</summary>
    public const int DefaultMaxSentenceLength = Text.SentenceSegmenter.DefaultMaxSentenceLength;

    /// <summary>The default for <see cref="InferOutlet"/>: true.</summary>
    public const bool DefaultInferOutlet = true;

    /// <summary>The longest document text, in UTF-16 characters. The default is <see cref="DefaultMaxDocumentLength"/>.</summary>
    /// <remarks>A longer document throws <see cref="ClaimCheckLimitException"/>, or with <see cref="LimitHandling.Truncate"/> is cut
    /// at the limit with a warning.</remarks>
    public int MaxDocumentLength { get; init; } = DefaultMaxDocumentLength;

    /// <summary>The most documents in one check. The default is <see cref="DefaultMaxDocuments"/>.</summary>
    /// <remarks>More throw <see cref="ClaimCheckLimitException"/>, or with <see cref="LimitHandling.Truncate"/> the rest are skipped with a warning.</remarks>
    public int MaxDocuments { get; init; } = DefaultMaxDocuments;

    /// <summary>The longest sentence read as one unit. The default is <see cref="DefaultMaxSentenceLength"/>; at least 100.</summary>
    /// <remarks>A longer run of text without a sentence end is split at whitespace into pieces of at most this length (nothing is
    /// dropped; a warning counts the splits). This bound keeps extraction linear on text with no punctuation.</remarks>
    public int MaxSentenceLength { get; init; } = DefaultMaxSentenceLength;

    /// <summary>What happens when <see cref="MaxDocumentLength"/>, <see cref="MaxDocuments"/> or <see cref="MaxClaimsPerDocument"/> is
    /// exceeded. The default is <see cref="LimitHandling.Throw"/>.</summary>
    public LimitHandling LimitHandling { get; init; } = LimitHandling.Throw;

    /// <summary>The most claims taken from one document. The default is <see cref="DefaultMaxClaimsPerDocument"/>.</summary>
    /// <remarks>More throw <see cref="ClaimCheckLimitException"/>, or with <see cref="LimitHandling.Truncate"/> the rest of the document
    /// is skipped with a warning.</remarks>
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

        if (MaxDocumentLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDocumentLength), MaxDocumentLength, "MaxDocumentLength must be at least 1.");
        }

        if (MaxDocuments < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDocuments), MaxDocuments, "MaxDocuments must be at least 1.");
        }

        if (MaxSentenceLength < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSentenceLength), MaxSentenceLength, "MaxSentenceLength must be at least 100.");
        }

        if (!Enum.IsDefined(LimitHandling))
        {
            throw new ArgumentOutOfRangeException(nameof(LimitHandling), LimitHandling, "LimitHandling must be Throw or Truncate.");
        }

        Comparison.Validate();
    }
}
