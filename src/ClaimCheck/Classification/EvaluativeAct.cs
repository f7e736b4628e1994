using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds an act of thanks, praise, tribute or condemnation told in a text (<c>LABELING.md</c> rules 20 and 54): a
/// <see cref="LexiconKinds.EvaluativeAct"/> verb ("thanked", "praised", "paid tribute", "condemned"); a one-word verb counts
/// only when "to" is not among the three words after it:
/// "The mayor of Lindenport thanked the volunteers", but not "The Brenmoor court condemned him to ten years in prison". The
/// words are the built-in lexicon's; a phrase matches its words in a row.
/// </summary>
internal static class EvaluativeAct
{
    private const int LongestPhrase = 2;
    private const int ToReach = 3;

    private static readonly Lazy<FrozenSet<string>> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static FrozenSet<string> Load() =>
        PolicyCues.Lexicon.EntriesOf(LexiconKinds.EvaluativeAct)
            .Select(e => e.Term.ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the text tells an act of thanks, praise, tribute or condemnation.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has such a verb, and "to" is not among the three words after a one-word verb.</returns>
    public static bool In(string text)
    {
        var verbs = BuiltIn.Value;
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = VerbLength(text, tokens, i, verbs);
            if (length > 1 || (length == 1 && !ToFollows(text, tokens, i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ToFollows(string text, List<Token> tokens, int start)
    {
        for (var i = start; i < tokens.Count && i < start + ToReach; i++)
        {
            if (Word(text, tokens[i]) == "to")
            {
                return true;
            }
        }

        return false;
    }

    private static int VerbLength(string text, List<Token> tokens, int start, FrozenSet<string> verbs) =>
        LongestMatch(text, tokens, start, LongestPhrase, verbs.Contains).Length;
}
