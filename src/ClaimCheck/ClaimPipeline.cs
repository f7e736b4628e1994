using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;
using ClaimCheck.Reporting;
using ClaimCheck.Time;

namespace ClaimCheck;

/// <summary>A built, immutable pipeline: extracts claims from documents and compares them.</summary>
/// <remarks>Build one with <see cref="ClaimPipelineBuilder"/> and reuse it: it holds no per-call state and is safe to share across threads.</remarks>
public sealed class ClaimPipeline
{
    private readonly ClaimExtractor _extractor;
    private readonly ClaimComparer _comparer;

    internal ClaimPipeline(ClaimCheckOptions options)
    {
        Options = options;
        _extractor = new ClaimExtractor(QuantityRecognizer.Default, TimeExpressionRecognizer.Default, options.MaxClaimsPerDocument);
        _comparer = new ClaimComparer(options.Comparison);
    }

    /// <summary>The settings this pipeline was built with.</summary>
    public ClaimCheckOptions Options { get; }

    /// <summary>Extracts the claims of one document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableArray<Claim> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _extractor.Extract(Prepare(document), cancellationToken);
    }

    /// <summary>Extracts the claims of every document and compares them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public CheckReport Check(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var prepared = ImmutableArray.CreateBuilder<Document>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var document in documents)
        {
            if (document is null)
            {
                throw new ArgumentNullException(nameof(documents), $"Document at index {index} is null.");
            }

            if (!ids.Add(document.Id))
            {
                throw new ArgumentException($"Two documents have the id '{document.Id}'; ids must be unique within a check.", nameof(documents));
            }

            prepared.Add(Prepare(document));
            index++;
        }

        var claims = ImmutableArray.CreateBuilder<Claim>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        foreach (var document in prepared)
        {
            var extracted = _extractor.Extract(document, cancellationToken);
            if (extracted.Length >= Options.MaxClaimsPerDocument)
            {
                warnings.Add($"Document '{document.Id}': stopped after {Options.MaxClaimsPerDocument} claims (MaxClaimsPerDocument); the rest of the document was not read.");
            }

            claims.AddRange(extracted);
        }

        var documentsArray = prepared.ToImmutable();
        var claimsArray = claims.ToImmutable();
        cancellationToken.ThrowIfCancellationRequested();
        return new CheckReport(documentsArray, claimsArray, _comparer.Compare(claimsArray, documentsArray), warnings.ToImmutable());
    }

    private Document Prepare(Document document) =>
        Options.InferOutlet && document.Outlet is null && OutletInference.Infer(document.Text) is { } outlet
            ? document with { Outlet = outlet }
            : document;
}
