using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using ClaimCheck.Claims;
using ClaimCheck.Classification;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Reporting;
using ClaimCheck.Text;

namespace ClaimCheck;

/// <summary>A built, immutable pipeline: extracts claims from documents and compares them.</summary>
/// <remarks>Build one with <see cref="ClaimPipelineBuilder"/> and reuse it: it holds no per-call state and is safe to share
/// across threads; concurrent calls give the same results as sequential ones.</remarks>
public sealed class ClaimPipeline
{
    private readonly ClaimExtractor _extractor;
    private readonly ClaimComparer _comparer;
    private readonly ImmutableArray<IAnnotator> _annotators;

    internal ClaimPipeline(ClaimCheckOptions options, IClaimTypeClassifier classifier, Lexicon lexicon, ImmutableArray<IAnnotator> annotators)
    {
        Options = options;
        ClaimTypeClassifier = classifier;
        Lexicon = lexicon;
        _annotators = annotators;
        _extractor = new ClaimExtractor(options.MaxClaimsPerDocument);
        _comparer = new ClaimComparer(options.Comparison, lexicon);
    }

    /// <summary>The lexicon the stages read: the built-in one with every lexicon added to the builder.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Splits <paramref name="document"/> into sentences and tokens and runs every annotating stage over it, in order.</summary>
    /// <remarks>What the claims stage reads; useful to inspect what each recogniser found. The document is not truncated here:
    /// limits apply in <see cref="Extract"/> and <see cref="Check"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AnnotatedDocument Annotate(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var annotated = AnnotatedDocument.Create(document, Lexicon, Options.MaxSentenceLength);
        foreach (var annotator in _annotators)
        {
            annotated = annotator.Annotate(annotated, cancellationToken);
        }

        return annotated;
    }

    /// <summary>The comparison this pipeline runs, with its options and lexicon: <see cref="ClaimComparer.SlotOf"/> gives the slot a
    /// claim is compared in and <see cref="ClaimComparer.Analyze"/> compares claims already extracted (a store compares each slot
    /// it touches). Immutable and thread-safe.</summary>
    public ClaimComparer Comparer => _comparer;

    /// <summary>The settings this pipeline was built with.</summary>
    public ClaimCheckOptions Options { get; }

    /// <summary>The classifier that types proposition claims (quantity claims are typed by rule: a quantity, or a prediction
    /// when planned or forecast).</summary>
    public IClaimTypeClassifier ClaimTypeClassifier { get; }

    /// <summary>Extracts the claims of one document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ClaimCheckLimitException">The document exceeds a limit and <see cref="ClaimCheckOptions.LimitHandling"/> is <see cref="LimitHandling.Throw"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableArray<Claim> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ExtractOne(Prepare(document, null), null, cancellationToken);
    }

    /// <summary>Extracts claims from documents as they arrive, yielding each document's claims as soon as it is read.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ClaimCheckLimitException">A limit is exceeded and <see cref="ClaimCheckOptions.LimitHandling"/> is <see cref="LimitHandling.Throw"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<Claim> ExtractAsync(IAsyncEnumerable<Document> documents, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var count = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (document is null)
            {
                throw new ArgumentNullException(nameof(documents), $"Document at index {count} is null.");
            }

            if (!CountDocument(ref count, null))
            {
                yield break;
            }

            foreach (var claim in ExtractOne(Prepare(document, null), null, cancellationToken))
            {
                yield return claim;
            }
        }
    }

    /// <summary>Extracts the claims of every document and compares them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="ClaimCheckLimitException">A limit is exceeded and <see cref="ClaimCheckOptions.LimitHandling"/> is <see cref="LimitHandling.Throw"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public CheckReport Check(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var run = new CheckRun(this);
        foreach (var document in documents)
        {
            if (!run.Add(document, cancellationToken))
            {
                break;
            }
        }

        return run.Finish(cancellationToken);
    }

    /// <summary>Reads and extracts documents exactly as <see cref="Check"/> does (limits applied, outlets inferred, warnings kept)
    /// but does not compare them: the report's findings and claims not compared are empty. For a caller that compares the claims
    /// itself, as a store does with each slot and everything stored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="ClaimCheckLimitException">A limit is exceeded and <see cref="ClaimCheckOptions.LimitHandling"/> is <see cref="LimitHandling.Throw"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public CheckReport ExtractAll(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var run = new CheckRun(this);
        foreach (var document in documents)
        {
            if (!run.Add(document, cancellationToken))
            {
                break;
            }
        }

        return run.Finish(cancellationToken, compare: false);
    }

    /// <summary>Reads documents as they arrive, extracting each at once, then compares all claims.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="ClaimCheckLimitException">A limit is exceeded and <see cref="ClaimCheckOptions.LimitHandling"/> is <see cref="LimitHandling.Throw"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CheckReport> CheckAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var run = new CheckRun(this);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!run.Add(document, cancellationToken))
            {
                break;
            }
        }

        return run.Finish(cancellationToken);
    }

    private bool CountDocument(ref int count, ImmutableArray<string>.Builder? warnings)
    {
        count++;
        if (count <= Options.MaxDocuments)
        {
            return true;
        }

        if (Options.LimitHandling == LimitHandling.Throw)
        {
            throw new ClaimCheckLimitException(nameof(ClaimCheckOptions.MaxDocuments), Options.MaxDocuments, count, null);
        }

        warnings?.Add(string.Create(CultureInfo.InvariantCulture, $"Stopped after {Options.MaxDocuments:N0} documents (MaxDocuments); the remaining documents were not read."));
        return false;
    }

    private ImmutableArray<Claim> ExtractOne(Document document, ImmutableArray<string>.Builder? warnings, CancellationToken cancellationToken)
    {
        var extraction = _extractor.Extract(Annotate(document, cancellationToken), cancellationToken);
        if (extraction.ReachedClaimLimit)
        {
            if (Options.LimitHandling == LimitHandling.Throw)
            {
                throw new ClaimCheckLimitException(nameof(ClaimCheckOptions.MaxClaimsPerDocument), Options.MaxClaimsPerDocument, Options.MaxClaimsPerDocument + 1L, document.Id);
            }

            warnings?.Add(string.Create(CultureInfo.InvariantCulture, $"Document '{document.Id}': stopped after {Options.MaxClaimsPerDocument:N0} claims (MaxClaimsPerDocument); the rest of the document was not read."));
        }

        if (extraction.SplitSentences > 0)
        {
            warnings?.Add(string.Create(CultureInfo.InvariantCulture, $"Document '{document.Id}': {extraction.SplitSentences:N0} pieces were cut from runs of text longer than {Options.MaxSentenceLength:N0} characters without a sentence end (MaxSentenceLength); a claim spanning a cut may be missed."));
        }

        return ClaimTyping.Apply(extraction.Claims, ClaimTypeClassifier, ClaimTypePolicy.Default);
    }

    private Document Prepare(Document document, ImmutableArray<string>.Builder? warnings)
    {
        if (document.Text.Length > Options.MaxDocumentLength)
        {
            if (Options.LimitHandling == LimitHandling.Throw)
            {
                throw new ClaimCheckLimitException(nameof(ClaimCheckOptions.MaxDocumentLength), Options.MaxDocumentLength, document.Text.Length, document.Id);
            }

            warnings?.Add(string.Create(CultureInfo.InvariantCulture, $"Document '{document.Id}': truncated from {document.Text.Length:N0} to {Options.MaxDocumentLength:N0} characters (MaxDocumentLength)."));
            var cut = Options.MaxDocumentLength;
            if (char.IsHighSurrogate(document.Text[cut - 1]))
            {
                cut--; // never split a surrogate pair
            }

            document = new Document(document.Id, document.Text[..cut], document.Outlet, document.Published, document.Url) { Place = document.Place, Topic = document.Topic };
        }

        return Options.InferOutlet && document.Outlet is null && OutletInference.Infer(document.Text) is { } outlet
            ? document with { Outlet = outlet }
            : document;
    }

    /// <summary>The state of one check: documents read so far, their claims and warnings.</summary>
    private sealed class CheckRun(ClaimPipeline pipeline)
    {
        private readonly ImmutableArray<Document>.Builder _documents = ImmutableArray.CreateBuilder<Document>();
        private readonly ImmutableArray<Claim>.Builder _claims = ImmutableArray.CreateBuilder<Claim>();
        private readonly ImmutableArray<string>.Builder _warnings = ImmutableArray.CreateBuilder<string>();
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private int _count;

        public bool Add(Document? document, CancellationToken cancellationToken)
        {
            if (document is null)
            {
                throw new ArgumentNullException(nameof(document), $"Document at index {_count} is null.");
            }

            if (!pipeline.CountDocument(ref _count, _warnings))
            {
                return false;
            }

            if (!_ids.Add(document.Id))
            {
                throw new ArgumentException($"Two documents have the id '{document.Id}'; ids must be unique within a check.", nameof(document));
            }

            var prepared = pipeline.Prepare(document, _warnings);
            _documents.Add(prepared);
            _claims.AddRange(pipeline.ExtractOne(prepared, _warnings, cancellationToken));
            return true;
        }

        public CheckReport Finish(CancellationToken cancellationToken, bool compare = true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var documents = _documents.ToImmutable();
            var claims = EventCountries.Resolve(_claims.ToImmutable(), pipeline.Lexicon);
            if (!compare)
            {
                return new CheckReport(documents, claims, [], _warnings.ToImmutable());
            }

            var comparison = pipeline._comparer.Analyze(claims, documents);
            return new CheckReport(documents, claims, comparison.Findings, _warnings.ToImmutable()) { NotCompared = comparison.NotCompared };
        }
    }
}
