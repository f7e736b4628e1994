using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>The places and organisations named in each sentence of a document, added by <see cref="EntityRecognizer"/>, and what the
/// document says lies in what.</summary>
public sealed class EntityLayer : SentenceLayer<EntityMention>
{
    /// <summary>Creates the layer (see <see cref="SentenceLayer{T}"/>) with no containment.</summary>
    /// <exception cref="ArgumentException"><paramref name="sentenceStarts"/> does not fit <paramref name="mentions"/>.</exception>
    public EntityLayer(ImmutableArray<EntityMention> mentions, ImmutableArray<int> sentenceStarts)
        : this(mentions, sentenceStarts, PlaceContainment.Empty)
    {
    }

    /// <summary>Creates the layer (see <see cref="SentenceLayer{T}"/>) with the document's containment.</summary>
    /// <exception cref="ArgumentException"><paramref name="sentenceStarts"/> does not fit <paramref name="mentions"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="containment"/> is null.</exception>
    public EntityLayer(ImmutableArray<EntityMention> mentions, ImmutableArray<int> sentenceStarts, PlaceContainment containment)
        : base(mentions, sentenceStarts)
    {
        ArgumentNullException.ThrowIfNull(containment);
        Containment = containment;
    }

    /// <summary>What lies in what for the places and organisations the document names: what its text says ("Jeddah, Saudi Arabia",
    /// "Papua New Guinea's Tarvo province") and, for the places the lexicon places, what the lexicon says. Each mention's
    /// <see cref="Entity.Within"/> agrees with it.</summary>
    public PlaceContainment Containment { get; }
}
