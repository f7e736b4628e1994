using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a one-off happening told with its count (<c>LABELING.md</c> rules 2 and 30): a <see cref="LexiconKinds.CountedIncident"/>
/// verb of a toll or result ("died", "fell ill", "seized", "sold for", "were rescued") with a figure, in digits or a number word
/// of <c>numbers.tsv</c>, within <see cref="MaxDistance"/> words of it, in a text with no word of a statistic's measure or
/// period ("per", "average", "in a row", "so far", "this year") and none naming a disaster or war as a whole ("flood",
/// "earthquake", "war"), whose toll rule 31 makes a quantity: "Three hikers were rescued from the ridge on Sunday", "Customs
/// officers seized 40 kg of saffron", but not "Six climbers have died on the massif so far this year" nor "The floods killed
/// 40 people". It reads words, not syntax: a tally over several incidents told without such a word ("strikes on three towns
/// killed 40", "police arrested 300 drivers in 2022") passes, and a figure near the verb need not be its count ("died on 14 May"). The words are the built-in lexicon's,
/// read on first use.
/// </summary>
internal static class CountedIncident
{
    /// <summary>The most words between the verb and the figure, either side.</summary>
    private const int MaxDistance = 4;

    /// <summary>The most words of a phrase of the kind.</summary>
    private const int MaxPhraseWords = 5;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.CountedIncident), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text tells a one-off happening with its count.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when a verb of the kind has a figure within <see cref="MaxDistance"/> words and no measure or
    /// whole-disaster word is in the text.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var numbers = PolicyCues.NumberWords;
        var tokens = PolicyCues.Tokens(text);
        var lastFigure = int.MinValue / 2;
        var lastVerb = int.MinValue / 2;
        var counted = false;
        var word = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Number || (tokens[i].Kind == TokenKind.Word && (char.IsDigit(text[tokens[i].Span.Start]) || numbers.Contains(PolicyCues.Word(text, tokens[i])))))
            {
                lastFigure = word;
                counted |= word - lastVerb <= MaxDistance;
            }

            if (tokens[i].Kind == TokenKind.Word)
            {
                var (phrase, length) = PolicyCues.LongestMatch(text, tokens, i, MaxPhraseWords, words.ContainsKey);
                switch (phrase is null ? null : words[phrase])
                {
                    case "measure" or "whole":
                        return false;
                    case "verb":
                        lastVerb = word + length - 1;
                        counted |= word - lastFigure <= MaxDistance;
                        break;
                }
            }

            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                word++;
            }
        }

        return counted;
    }
}
