using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a source declining to tell a detail (<c>LABELING.md</c> rule 45): a refusal ("declined", "refused", "would not", "did
/// not"), then within <see cref="MaxWordsToDetail"/> words, with nothing but words between, a verb of telling a detail ("say",
/// "name", "describe") right after the refusal or after "to" (past adverbs in "-ly"), that "that" does not follow: "Harbour
/// guards declined on Monday to say how many crates were seized", "The agency would not name the supplier", but not "He did not say that the plant would close", which reports a claim. The words are
/// the built-in lexicon's (kind <see cref="LexiconKinds.WithheldDetail"/>); a phrase matches its words in a row. It cannot tell a
/// refusal in the main clause from one in a clause that only sets the scene.
/// </summary>
internal static class WithheldDetail
{
    private const string Refusal = "refusal";

    private const string Detail = "detail";

    /// <summary>The most words after a refusal in which the detail verb may stand ("declined on Monday to reveal").</summary>
    private const int MaxWordsToDetail = 4;

    private const int LongestPhrase = 2;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.WithheldDetail), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text tells a source declining to tell a detail.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when a refusal is followed closely by a verb of telling a detail that "that" does not follow.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        Func<string, bool> isRefusal = p => words.GetValueOrDefault(p) == Refusal;
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var (phrase, length) = LongestMatch(text, tokens, i, LongestPhrase, isRefusal);
            if (phrase is not null && DetailAfter(text, tokens, i + length, words))
            {
                return true;
            }
        }

        return false;
    }

    // A detail verb within MaxWordsToDetail words, only words between, standing as the refusal's verb (right after it or after "to",
    // past adverbs in "-ly": "did not immediately say", "declined on Friday to publicly name"), and "that" not right after it. A detail
    // word anywhere else is a noun or another clause's verb: "did not change its name", "did not have a say", "declined as traders say".
    private static bool DetailAfter(string text, ImmutableArray<Token> tokens, int start, FrozenDictionary<string, string> words)
    {
        for (var i = start; i < tokens.Length && i < start + MaxWordsToDetail && tokens[i].Kind == TokenKind.Word; i++)
        {
            if (words.GetValueOrDefault(Word(text, tokens[i])) == Detail && IsRefusalsVerb(text, tokens, start, i))
            {
                return !(i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && Word(text, tokens[i + 1]) == "that");
            }
        }

        return false;
    }

    // Whether the detail word at `i` follows the refusal ending before `start`, or "to", with only adverbs in "-ly" between.
    private static bool IsRefusalsVerb(string text, ImmutableArray<Token> tokens, int start, int i)
    {
        var j = i - 1;
        while (j >= start && Word(text, tokens[j]).EndsWith("ly", StringComparison.Ordinal))
        {
            j--;
        }

        return j < start || Word(text, tokens[j]) == "to";
    }
}
