using System.Collections.Immutable;
using ClaimCheck.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Attribution;

/// <summary>Who says what in each sentence of a document: the reporting cues and the source a sentence inherits, added by
/// <see cref="AttributionAnnotator"/>.</summary>
internal sealed class AttributionLayer(ImmutableArray<SentenceAttribution> sentences)
{
    /// <summary>The attribution of sentence <paramref name="sentence"/>.</summary>
    public SentenceAttribution In(int sentence) => sentences[sentence];
}

/// <summary>The stage that resolves reporting cues, speakers and their bodies, following quotes and pronouns across sentences.</summary>
/// <remarks>Reads the entity layer. Stateless and thread-safe: the running memory of people and quotes lives for one document.</remarks>
public sealed class AttributionAnnotator : IAnnotator
{
    /// <summary>The shared instance.</summary>
    public static AttributionAnnotator Instance { get; } = new();

    /// <inheritdoc/>
    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.GetLayer<EntityLayer>();
        var resolver = new AttributionResolver(document.Text);
        var result = ImmutableArray.CreateBuilder<SentenceAttribution>(document.Sentences.Length);
        var sentenceEntities = new List<EntityMention>();
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sentenceEntities.Clear();
            sentenceEntities.AddRange(entities.In(i));
            result.Add(resolver.Resolve(document.Sentences[i], document.TokenSegment(i), sentenceEntities));
        }

        return document.WithLayer(new AttributionLayer(result.MoveToImmutable()));
    }
}
