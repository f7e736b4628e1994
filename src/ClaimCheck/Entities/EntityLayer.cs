using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>The places and organisations named in each sentence of a document, added by <see cref="EntityRecognizer"/>.</summary>
public sealed class EntityLayer : SentenceLayer<EntityMention>
{
    /// <summary>Creates the layer (see <see cref="SentenceLayer{T}"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="sentenceStarts"/> does not fit <paramref name="mentions"/>.</exception>
    public EntityLayer(ImmutableArray<EntityMention> mentions, ImmutableArray<int> sentenceStarts)
        : base(mentions, sentenceStarts)
    {
    }
}
