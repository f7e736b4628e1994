using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>The stage that finds the places and organisations the document's lexicon knows, longest name first.</summary>
/// <remarks>Stateless and thread-safe; the gazetteer is compiled once per lexicon.</remarks>
public sealed class EntityRecognizer : IAnnotator
{
    /// <summary>The shared instance.</summary>
    public static EntityRecognizer Instance { get; } = new();

    /// <inheritdoc/>
    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var gazetteer = EntityGazetteer.For(document.Lexicon);
        var layer = new SentenceLayerBuilder<EntityMention>();
        var mentions = new List<EntityMention>();
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            layer.NextSentence();
            mentions.Clear();
            gazetteer.FindMentions(document.Text, document.TokenSegment(i), mentions);
            layer.AddRange(mentions);
        }

        var (all, starts) = layer.Build();
        return document.WithLayer(new EntityLayer(all, starts));
    }
}
