using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds the marks of an experiencer's own account in a text (<c>LABELING.md</c> rules 5 and 46): a quotation mark, a word of
/// the cue lexicon's <c>first-person</c> or <c>experience</c> class ("I", "our", "waited", "survived"), or a verb of perceiving
/// or remembering (kind <see cref="LexiconKinds.ExperienceVerb"/>: "could hear", "remembers", "described"). "She said she could
/// hear the water rising" and "I waited nine hours" have one; "The Lindenport coach said he was pleased with the draw" has
/// none. The words are the built-in lexicon's; a phrase matches its words in a row.
/// </summary>
internal static class ExperienceAccount
{
    private const int LongestPhrase = 4;

    private static readonly string[] AccountCueClasses = ["first-person", "experience"];

    private static readonly Lazy<FrozenSet<string>> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static FrozenSet<string> Load()
    {
        var cues = PolicyCues.Lexicon.EntriesOf(LexiconKinds.ClaimTypeCue)
            .Where(e => e.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(AccountCueClasses.Contains))
            .Select(e => e.Term);
        var verbs = PolicyCues.Lexicon.EntriesOf(LexiconKinds.ExperienceVerb).Select(e => e.Term);
        return cues.Concat(verbs).Select(term => term.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether the text gives an experiencer's own account.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has a quotation mark, a first-person or experience word, or a verb of
    /// perceiving or remembering.</returns>
    public static bool In(string text)
    {
        if (text.AsSpan().IndexOfAny("\"“”„«»") >= 0)
        {
            return true;
        }

        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (LongestMatch(text, tokens, i, LongestPhrase, words.Contains).Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
