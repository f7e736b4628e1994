using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Quantities;

/// <summary>The quantities found in each sentence of a document, added by <see cref="QuantityRecognizer"/>.</summary>
public sealed class QuantityLayer : SentenceLayer<QuantityMatch>
{
    /// <summary>Creates the layer (see <see cref="SentenceLayer{T}"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="sentenceStarts"/> does not fit <paramref name="mentions"/>.</exception>
    public QuantityLayer(ImmutableArray<QuantityMatch> mentions, ImmutableArray<int> sentenceStarts)
        : base(mentions, sentenceStarts)
    {
    }
}
