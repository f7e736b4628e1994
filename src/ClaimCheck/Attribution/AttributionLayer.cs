using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClaimCheck.Entities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Attribution;

/// <summary>Who says what in each sentence of a document: the reporting cues and the source a sentence inherits, added by
/// <see cref="AttributionAnnotator"/>.</summary>
internal sealed class AttributionLayer(ImmutableArray<SentenceAttribution> sentences)
{
    /// <summary>The attribution of sentence <paramref name="sentence"/>.</summary>
    public SentenceAttribution In(int sentence) => sentences[sentence];
}

/// <summary>The stage that resolves reporting cues, speakers and their bodies, following quotes and pronouns across sentences.</summary>
/// <remarks>Reads the entity layer and, when present, the time layer (time expressions between a source and its verb are skipped:
/// "the ministry on Monday said"). The words it reads come from the document's lexicon (kinds <c>reporting-verb</c> and
/// <c>attribution-word</c>), so a user lexicon's reporting verbs and titles take effect. Stateless and thread-safe: the running memory
/// of people and quotes lives for one document.</remarks>
public sealed class AttributionAnnotator : IAnnotator
{
    // Each thread reuses one resolver (and its per-token arrays) from document to document.
    [ThreadStatic]
    private static AttributionResolver? t_resolver;

    /// <summary>The shared instance.</summary>
    public static AttributionAnnotator Instance { get; } = new();

    /// <inheritdoc/>
    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.GetLayer<EntityLayer>();
        document.TryGetLayer<TimeLayer>(out var times);
        var resolver = t_resolver ?? new AttributionResolver();
        t_resolver = null;
        try
        {
            resolver.Start(document.Text, ReportingLexicon.For(document.Lexicon));
            var result = new SentenceAttribution[document.Sentences.Length];
            for (var i = 0; i < result.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sentenceTimes = times is not null && i < times.SentenceCount ? times.In(i) : default;
                result[i] = resolver.Resolve(document.Sentences[i], document.TokenSegment(i), entities.In(i), sentenceTimes);
            }

            return document.WithLayer(new AttributionLayer(ImmutableCollectionsMarshal.AsImmutableArray(result)));
        }
        finally
        {
            t_resolver = resolver;
        }
    }
}
