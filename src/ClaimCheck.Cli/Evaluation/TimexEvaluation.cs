using System.Collections.Immutable;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Runs a timex extractor over TimeML documents and checks what it returns.</summary>
internal static class TimexEvaluation
{
    /// <summary>Extracts timexes from every document's plain text with its creation date, in document order.</summary>
    /// <exception cref="InvalidOperationException">The extractor returned a span outside the text, an empty span, or an empty type or value; the message names the document.</exception>
    public static ImmutableArray<IReadOnlyList<PredictedTimex>> Predict(IReadOnlyList<TimeMLDocument> documents, ITimexExtractor extractor)
    {
        var predictions = ImmutableArray.CreateBuilder<IReadOnlyList<PredictedTimex>>(documents.Count);
        foreach (var document in documents)
        {
            var extracted = extractor.Extract(document.Text, document.CreationDate);
            foreach (var timex in extracted)
            {
                if (timex.Start < 0 || timex.Length < 1 || timex.End > document.Text.Length)
                {
                    throw new InvalidOperationException(
                        $"{document.Name}: predicted timex at {timex.Start}+{timex.Length} does not lie within the text of {document.Text.Length} characters.");
                }

                if (string.IsNullOrWhiteSpace(timex.Type) || string.IsNullOrWhiteSpace(timex.Value))
                {
                    throw new InvalidOperationException(
                        $"{document.Name}: predicted timex at {timex.Start}+{timex.Length} has an empty type or value.");
                }
            }

            predictions.Add(extracted);
        }

        return predictions.MoveToImmutable();
    }
}
