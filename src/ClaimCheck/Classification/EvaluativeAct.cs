using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds an act of thanks, praise, tribute or condemnation told in a text (<c>LABELING.md</c> rules 20 and 54): a
/// <see cref="LexiconKinds.EvaluativeAct"/> verb ("thanked", "praised", "paid tribute", "condemned"); a one-word verb counts
/// only when "to" is not among the three words after it:
/// "The mayor of Lindenport thanked the volunteers", but not "The Brenmoor court condemned him to ten years in prison"; and a
/// reported appeal (rule 40, value <c>appeal</c>: "urged", "called on"), also with "to" after it, but not right after a form of
/// "be": "Lindenport police urged drivers to stay off the coast road", but not "Drivers are urged to stay off the road". The
/// words are the built-in lexicon's; a phrase matches its words in a row.
/// </summary>
internal static class EvaluativeAct
{
    private const int LongestPhrase = 2;
    private const int ToReach = 3;

    private static readonly FrozenSet<string> BeForms = FrozenSet.ToFrozenSet(["be", "is", "are", "was", "were", "been", "being"], StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, bool>> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Each verb, and whether it tells an appeal ("urged"), which counts with "to" after it.
    private static FrozenDictionary<string, bool> Load() =>
        PolicyCues.Lexicon.EntriesOf(LexiconKinds.EvaluativeAct)
            .GroupBy(e => e.Term.ToLowerInvariant(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Last().Value == "appeal", StringComparer.Ordinal);

    /// <summary>Whether the text tells an act of thanks, praise, tribute or condemnation.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has such a verb, and "to" is not among the three words after a one-word verb
    /// of thanks, praise, tribute or condemnation, nor a form of "be" right before a verb of appeal.</returns>
    public static bool In(string text)
    {
        var verbs = BuiltIn.Value;
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (verb, length) = LongestMatch(text, tokens, i, LongestPhrase, verbs.ContainsKey);
            if (verb is null)
            {
                continue;
            }

            if (verbs[verb] ? i == 0 || !BeForms.Contains(Word(text, tokens[i - 1])) : length > 1 || !ToFollows(text, tokens, i + 1))
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

}
