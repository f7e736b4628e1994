using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds an outcome measured against a forecast: a <see cref="LexiconKinds.ForecastComparison"/> word that sets a figure against
/// another ("beat", "above", "short", "than") followed within <see cref="MostWordsToForecast"/> words by a word for what was
/// forecast ("expected", "forecasts", "estimate"), in a text with a number and without a word that makes the text a forecast
/// itself ("will", "would", "expects"; written with a capital after the first word it is a name or a month, "in May"): "Brenmoor
/// Mills' turnover climbed 5% to 3.2 billion crowns, ahead of the 3.05 billion analysts had forecast".
/// By <c>LABELING.md</c>'s rule 39 such an outcome is a quantity, not the forecast it is measured against. It cannot tell a
/// forecast compared with an earlier one told without a future word ("a faster rise than forecast was the main risk") from an
/// outcome; the policy asks the model to agree. The words are the built-in lexicon's, read on first use.
/// </summary>
internal static class ForecastComparison
{
    /// <summary>The most words from a comparing word to the forecast word ("shy of the 880 million crowns most brokers had
    /// expected" has eight).</summary>
    private const int MostWordsToForecast = 8;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.ForecastComparison), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text measures a stated figure against a forecast.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has a number, a comparing word followed by a forecast word, and no future word.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = PolicyCues.Tokens(text);
        var hasNumber = false;
        var compareAt = -1;
        var compared = false;
        var wordIndex = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Number)
            {
                hasNumber = true;
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            switch (words.GetValueOrDefault(Word(text, token)))
            {
                // A capitalised future word after the first word is a name or a month ("in May", "Will Harrow"), not a modal.
                case "future" when wordIndex == 0 || !char.IsUpper(text[token.Span.Start]):
                    return false;
                case "compare":
                    compareAt = wordIndex;
                    break;
                case "forecast" when compareAt >= 0 && wordIndex - compareAt <= MostWordsToForecast:
                    compared = true;
                    break;
            }

            wordIndex++;
        }

        return compared && hasNumber;
    }
}
