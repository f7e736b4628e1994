using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds an act of thanks, praise, tribute or condemnation told in a text (<c>LABELING.md</c> rules 20 and 54): a
/// <see cref="LexiconKinds.EvaluativeAct"/> verb ("thanked", "praised", "paid tribute", "condemned") with a subject before it:
/// "The mayor of Lindenport thanked the volunteers". Not a verb used as an adjective, right after a <c>determiner</c> or after
/// one and a <c>modifier</c> ("the much praised Vorland choir"), nor one opening the text ("Condemned flats in Brenmoor will
/// go"); and not a one-word verb with a <c>sentence</c> word among the three words after it, the verb, an object of up to two
/// words, then the word ("The Brenmoor court condemned him to ten years in prison"). The words are the built-in lexicon's; a
/// phrase matches its words in a row.
/// </summary>
internal static class EvaluativeAct
{
    private const int LongestPhrase = 2;

    /// <summary>How many words after a one-word verb a <c>sentence</c> word may stand: the verb's object ("him", "the two men")
    /// comes between.</summary>
    private const int SentenceReach = 3;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static FrozenDictionary<string, string> Load() =>
        PolicyCues.Lexicon.EntriesOf(LexiconKinds.EvaluativeAct)
            .ToFrozenDictionary(e => e.Term.ToLowerInvariant(), e => e.Value, StringComparer.Ordinal);

    /// <summary>Whether the text tells an act of thanks, praise, tribute or condemnation.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has such a verb after its subject, not used as an adjective, and with no
    /// <c>sentence</c> word among the three words after a one-word verb.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        for (var i = 1; i < tokens.Count; i++)
        {
            var length = VerbLength(text, tokens, i, words);
            if ((length > 1 || (length == 1 && !SentenceFollows(text, tokens, i + 1, words))) && !IsAdjective(text, tokens, i, words))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the word before token `at` is a determiner, or a modifier after one.
    private static bool IsAdjective(string text, List<Token> tokens, int at, FrozenDictionary<string, string> words) =>
        ValueOf(text, tokens, at - 1, words) == "determiner"
        || (ValueOf(text, tokens, at - 1, words) == "modifier" && ValueOf(text, tokens, at - 2, words) == "determiner");

    private static bool SentenceFollows(string text, List<Token> tokens, int start, FrozenDictionary<string, string> words)
    {
        for (var i = start; i < tokens.Count && i < start + SentenceReach; i++)
        {
            if (ValueOf(text, tokens, i, words) == "sentence")
            {
                return true;
            }
        }

        return false;
    }

    private static string? ValueOf(string text, List<Token> tokens, int at, FrozenDictionary<string, string> words) =>
        at >= 0 && tokens[at].Kind == TokenKind.Word && words.TryGetValue(Word(text, tokens[at]), out var value) ? value : null;

    private static int VerbLength(string text, List<Token> tokens, int start, FrozenDictionary<string, string> words) =>
        LongestMatch(text, tokens, start, LongestPhrase, phrase => words.TryGetValue(phrase, out var value) && value == "verb").Length;
}
