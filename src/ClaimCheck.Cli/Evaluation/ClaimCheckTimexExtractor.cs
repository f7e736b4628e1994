using ClaimCheck.Time;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Runs ClaimCheck's <see cref="TimeExpressionRecognizer"/> with the document creation date as the reference date.</summary>
internal sealed class ClaimCheckTimexExtractor(TimeExpressionRecognizer recognizer) : ITimexExtractor
{
    public IReadOnlyList<PredictedTimex> Extract(string text, DateOnly documentCreationDate)
    {
        var expressions = recognizer.Recognize(text, documentCreationDate);
        var result = new List<PredictedTimex>(expressions.Length);
        foreach (var expression in expressions)
        {
            if (expression.Span.Length > 0)
            {
                result.Add(new PredictedTimex(expression.Span.Start, expression.Span.Length, expression.Kind.ToString().ToUpperInvariant(), expression.Value));
            }
        }

        return result;
    }
}
