using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a rule told as enacted or decided on rather than stated (<c>LABELING.md</c> rule 4): a <see cref="LexiconKinds.RuleEnactment"/>
/// verb ("passed", "vetoed", "struck down") outside a clause opened by a <c>clause</c> word ("since", "which") and running to the
/// next punctuation mark, and no word that states what a rule does or requires ("must", "bans", "under the", "gives"):
/// "The Vorland assembly passed the tenancy bill on Tuesday", but not "Under the bill, which passed on Tuesday, landlords must
/// register" nor "Since the Brenmoor levy passed in 2021, its hotels have charged guests a fee". The words are the built-in
/// lexicon's; a phrase matches its words in a row.
/// </summary>
internal static class EnactedRule
{
    private const int LongestPhrase = 3;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.RuleEnactment), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text tells a rule enacted or decided on without stating what it does.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has an enactment verb outside a background clause and no statement word.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        var enacted = false;
        var inClause = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                inClause &= tokens[i].Kind != TokenKind.Punctuation;
                continue;
            }

            var (value, length) = Longest(text, tokens, i, words);
            if (value == "statement")
            {
                return false;
            }

            enacted |= value == "verb" && !inClause;
            inClause |= value == "clause";
            i += Math.Max(length, 1) - 1;
        }

        return enacted;
    }

    private static (string? Value, int Length) Longest(string text, ImmutableArray<Token> tokens, int start, FrozenDictionary<string, string> words)
    {
        var (phrase, length) = LongestMatch(text, tokens, start, LongestPhrase, words.ContainsKey);
        return (phrase is null ? null : words[phrase], length);
    }
}
