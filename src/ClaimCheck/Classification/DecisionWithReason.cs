using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds an actor's decision or action told with its reason (<c>LABELING.md</c> rule 59): a <see cref="LexiconKinds.DecisionReason"/>
/// verb ("recalls", "cancelled", "called off"), not within three words after a modal ("will be cancelled", "to be suspended"),
/// and later in the text a reason word or phrase ("because", "due to", "over", "after") that is not right before a figure,
/// in digits or words ("after 10 days", "over two days"), nor a determiner and a time word ("over the past year"):
/// "Brenmoor Foods recalls its oat bars because they may contain nuts". A verb that may tell a mere stop ("paused",
/// "halted") is a decision only with an object or in the passive ("halted production", "was halted"), not when its subject
/// just stopped ("output paused because …"). No decision is read under a belief or evaluation told before the verb
/// ("critics believe the minister resigned because …", "it is outrageous that … was cancelled because …") nor in a text
/// that states a rule ("anyone arrested … must pay", "under the Vorland code"). The words are the built-in lexicon's; a
/// phrase matches its words in a row.
/// </summary>
internal static class DecisionWithReason
{
    private const int LongestPhrase = 4;
    private const int ModalReach = 3;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.DecisionReason), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text tells a decision or action with its reason.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when a decision verb, not just after a modal nor under a belief or evaluation, has a reason
    /// word or phrase after it, and the text states no rule.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        var decided = false;
        var framed = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var (value, length) = Longest(text, tokens, i, words);
            switch (value)
            {
                case "rule":
                    return false;
                case "frame" when !decided:
                    framed = true;
                    break;
                case "verb" or "object-verb" when !decided && !framed:
                    decided = !AfterModal(text, tokens, i, words) && (value == "verb" || Acted(text, tokens, i, length, words));
                    break;
                case "reason" when decided && IsReason(text, tokens, i + length, words):
                    return !RuleAhead(text, tokens, i + length, words);
            }

            i += Math.Max(length, 1) - 1;
        }

        return false;
    }

    private static bool RuleAhead(string text, ImmutableArray<Token> tokens, int start, FrozenDictionary<string, string> words)
    {
        for (var i = start; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && Longest(text, tokens, i, words).Value == "rule")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Acted(string text, ImmutableArray<Token> tokens, int verb, int length, FrozenDictionary<string, string> words)
    {
        if (verb > 0 && words.GetValueOrDefault(Word(text, tokens[verb - 1])) == "be")
        {
            return true;
        }

        var next = verb + length;
        return next < tokens.Length && tokens[next].Kind == TokenKind.Word && Longest(text, tokens, next, words).Value != "reason";
    }

    private static bool AfterModal(string text, ImmutableArray<Token> tokens, int verb, FrozenDictionary<string, string> words)
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

    private static bool IsReason(string text, ImmutableArray<Token> tokens, int next, FrozenDictionary<string, string> words)
    {
        if (next < tokens.Length && (tokens[next].Kind is TokenKind.Number or TokenKind.Currency || words.GetValueOrDefault(Word(text, tokens[next])) == "figure"))
        {
            return false;
        }

        return !(next + 1 < tokens.Length && words.GetValueOrDefault(Word(text, tokens[next])) == "determiner"
            && words.GetValueOrDefault(Word(text, tokens[next + 1])) == "time");
    }

    private static (string? Value, int Length) Longest(string text, ImmutableArray<Token> tokens, int start, FrozenDictionary<string, string> words)
    {
        var (phrase, length) = LongestMatch(text, tokens, start, LongestPhrase,
            p => words.TryGetValue(p, out var value) && value is "verb" or "object-verb" or "reason" or "frame" or "rule");
        return (phrase is null ? null : words[phrase], length);
    }
}
