using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>The time expressions found in each sentence of a document, resolved against its publication date, added by
/// <see cref="TimeExpressionRecognizer"/>.</summary>
public sealed class TimeLayer : SentenceLayer<TimeExpression>
{
    /// <summary>Creates the layer (see <see cref="SentenceLayer{T}"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="sentenceStarts"/> does not fit <paramref name="mentions"/>.</exception>
    public TimeLayer(ImmutableArray<TimeExpression> mentions, ImmutableArray<int> sentenceStarts)
        : base(mentions, sentenceStarts)
    {
    }
}
