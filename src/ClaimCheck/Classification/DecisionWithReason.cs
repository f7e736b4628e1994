using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds an actor's decision or action told with its reason (<c>LABELING.md</c> rule 59): a <see cref="LexiconKinds.DecisionReason"/>
/// verb ("recalls", "cancelled", "called off"), not within three words after a modal ("will be cancelled", "to be suspended"), and later in the text a reason
/// word or phrase ("because", "due to", "over", "after") that is not right before a figure ("after 10 days", "over 7,400") nor a
/// determiner and a time word ("over the past year"): "Brenmoor Foods recalls its oat bars because they may contain nuts". The
/// words are the built-in lexicon's, read on first use; a phrase matches its words in a row.
/// </summary>
internal static class DecisionWithReason
{
    private const int LongestPhrase = 4;
    private const int ModalReach = 3;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static FrozenDictionary<string, string> Load() =>
        Lexicon.LoadBuiltInFiles("claim-type-cues.tsv").EntriesOf(LexiconKinds.DecisionReason)
            .ToFrozenDictionary(e => e.Term.ToLowerInvariant(), e => e.Value, StringComparer.Ordinal);

    /// <summary>Whether the text tells a decision or action with its reason.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when a decision verb, not just after a modal, has a reason word or phrase after it.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        var decided = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var (value, length) = Longest(text, tokens, i, words);
            if (value == "verb" && !decided)
            {
                decided = !AfterModal(text, tokens, i, words);
            }
            else if (value == "reason" && decided && IsReason(text, tokens, i + length, words))
            {
                return true;
            }

            i += Math.Max(length, 1) - 1;
        }

        return false;
    }

    private static bool AfterModal(string text, List<Token> tokens, int verb, FrozenDictionary<string, string> words)
    {
        for (var i = verb - 1; i >= 0 && i >= verb - ModalReach; i--)
        {
            if (words.GetValueOrDefault(Word(text, tokens[i])) == "modal")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReason(string text, List<Token> tokens, int next, FrozenDictionary<string, string> words)
    {
        if (next < tokens.Count && tokens[next].Kind is TokenKind.Number or TokenKind.Currency)
        {
            return false;
        }

        return !(next + 1 < tokens.Count && Word(text, tokens[next]) is "the" or "a" or "this" or "that"
            && words.GetValueOrDefault(Word(text, tokens[next + 1])) == "time");
    }

    private static (string? Value, int Length) Longest(string text, List<Token> tokens, int start, FrozenDictionary<string, string> words)
    {
        (string? Value, int Length) found = (null, 0);
        var phrase = string.Empty;
        for (var n = 0; n < LongestPhrase && start + n < tokens.Count && tokens[start + n].Kind == TokenKind.Word; n++)
        {
            phrase = n == 0 ? Word(text, tokens[start]) : phrase + " " + Word(text, tokens[start + n]);
            if (words.TryGetValue(phrase, out var value) && value is "verb" or "reason")
            {
                found = (value, n + 1);
            }
        }

        return found;
    }

    private static string Word(string text, Token token) => token.Span.Slice(text).ToString().ToLowerInvariant();
}
