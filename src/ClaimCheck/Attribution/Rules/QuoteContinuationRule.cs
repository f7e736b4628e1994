namespace ClaimCheck.Attribution.Rules;

/// <summary>Quotations across sentences and standfirsts: a sentence that opens with a quotation mark, or continues a quotation the
/// previous sentence left open, in the same or the next paragraph, is the previous sentence's speaker's; a heading line right under
/// an attributed headline shares its source.</summary>
internal sealed class QuoteContinuationRule : IInheritanceRule
{
    /// <inheritdoc/>
    public Attribution? Inherit(AttributionContext context)
    {
        var memory = context.Memory;
        if (memory.PreviousSentence is not { } previous || memory.PreviousSentenceSource is not { } source)
        {
            return null;
        }

        var sentence = context.Sentence;
        var adjacent = sentence.Paragraph - previous.Paragraph <= 1;
        var opensWithQuote = context.Count > 0 && (context.IsChar(0, '“') || context.IsChar(0, '"'));
        var continues = adjacent && (opensWithQuote || memory.PreviousEndedInsideQuote);
        var standfirst = adjacent && sentence.IsHeading && previous.IsHeading;
        return continues || standfirst ? source with { Cue = null, Span = null } : null;
    }
}
