using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a hedged count of people or things that have been moved, the subject of its clause: a
/// <see cref="LexiconKinds.CountedMovement"/> hedge word ("at least", "more than", "nearly") right before a figure, one to
/// four words naming what is counted, then "have" or "has", "been" if present, and a verb of sending, deploying or
/// arriving ("at least 2,400 troops have been sent to Ostrava", "more than 650 families have arrived"). By
/// <c>LABELING.md</c>'s rule 2 such a count is the news of its sentence, not an incidental detail of an event. The words
/// are the built-in lexicon's, read on first use.
/// </summary>
internal static class CountedMovement
{
    private const int MostCountedWords = 4;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.CountedMovement), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text has a hedged count that has been sent, deployed or has arrived.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when a hedge word, a figure, the counted words, "have"/"has" and a movement verb follow one another.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = PolicyCues.Tokens(text);
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && words.GetValueOrDefault(Word(text, tokens[i])) == "hedge"
                && tokens[i + 1].Kind == TokenKind.Number && MovedAfter(text, tokens, i + 2, words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MovedAfter(string text, ImmutableArray<Token> tokens, int start, FrozenDictionary<string, string> words)
    {
        var next = start;
        while (next < tokens.Length && next - start < MostCountedWords && tokens[next].Kind == TokenKind.Word && words.GetValueOrDefault(Word(text, tokens[next])) != "perfect")
        {
            next++;
        }

        if (next == start || next >= tokens.Length || Word(text, tokens[next]) is not ("have" or "has"))
        {
            return false;
        }

        next++;
        if (next < tokens.Length && Word(text, tokens[next]) == "been")
        {
            next++;
        }

        return next < tokens.Length && tokens[next].Kind == TokenKind.Word && words.GetValueOrDefault(Word(text, tokens[next])) == "verb";
    }
}
