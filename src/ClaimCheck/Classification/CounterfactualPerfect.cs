using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a counterfactual or speculative perfect in a text (<c>LABELING.md</c> rules 7 and 23): a modal ("would", "could",
/// "might", "should"), up to two adverbs ("probably", "not"), "have", at most one adverb, then a past participle, an irregular
/// one of the lexicon ("been", "won") or a word ending in "-ed": "Had the rain held off, Brenmoor would probably have won the
/// final", "a bill that would have let landlords evict tenants", "the ferry may have left early". Such a text tells what would,
/// could or might have been, which no forecast does; a text with a <c>future</c> word ("will", "shall") anywhere is not counted,
/// as its main clause may still be a forecast ("The crews will strike on Monday, which should have been a school day"). The words
/// are the built-in lexicon's (kind <see cref="LexiconKinds.CounterfactualPerfect"/>).
/// </summary>
internal static class CounterfactualPerfect
{
    private const string Modal = "modal";

    private const string Adverb = "adverb";

    private const string Have = "have";

    private const string Participle = "participle";

    private const string Future = "future";

    /// <summary>The most adverbs between the modal and "have" ("would not probably have").</summary>
    private const int MaxAdverbsBeforeHave = 2;

    /// <summary>The shortest word ending in "-ed" read as a participle (so "red" and "bed" are not).</summary>
    private const int ShortestRegularParticiple = 4;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.CounterfactualPerfect), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text has a counterfactual or speculative perfect and no future word.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when a modal, "have" and a past participle follow one another and no future word is in the text.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        var found = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var value = words.GetValueOrDefault(Word(text, tokens[i]));
            if (value == Future)
            {
                return false;
            }

            found |= value == Modal && PerfectAfter(text, tokens, i + 1, words);
        }

        return found;
    }

    // Up to two adverbs, "have", at most one adverb, a past participle.
    private static bool PerfectAfter(string text, ImmutableArray<Token> tokens, int start, FrozenDictionary<string, string> words)
    {
        var i = start;
        for (var skipped = 0; skipped < MaxAdverbsBeforeHave && ValueAt(text, tokens, i, words) == Adverb; skipped++)
        {
            i++;
        }

        if (ValueAt(text, tokens, i, words) != Have)
        {
            return false;
        }

        i++;
        if (ValueAt(text, tokens, i, words) == Adverb)
        {
            i++;
        }

        if (i >= tokens.Length || tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = Word(text, tokens[i]);
        return words.GetValueOrDefault(word) == Participle
            || (word.Length >= ShortestRegularParticiple && word.EndsWith("ed", StringComparison.Ordinal));
    }

    private static string? ValueAt(string text, ImmutableArray<Token> tokens, int i, FrozenDictionary<string, string> words) =>
        i < tokens.Length && tokens[i].Kind == TokenKind.Word ? words.GetValueOrDefault(Word(text, tokens[i])) : null;
}
