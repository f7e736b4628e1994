using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds the marks of an experiencer's own account in a text (<c>LABELING.md</c> rules 5 and 46): a quotation mark, a word of
/// the cue lexicon's <c>first-person</c> or <c>experience</c> class ("I", "our", "waited", "survived"), a verb of perceiving
/// or remembering (kind <see cref="LexiconKinds.ExperienceVerb"/>, value <c>verb</c>: "hear", "remembers", "described"), or an
/// eyewitness's account told in the third person, a <c>witness</c> noun a few words before a <c>report</c> verb, its subject ("One
/// resident said she ran for the stairs", "Witnesses told reporters the lorry never slowed"; not "Officials told residents to
/// leave"). "She said she could hear the water rising" and "I
/// waited nine hours" have one; "The Lindenport coach said he was pleased with the draw" has none. The words are the built-in
/// lexicon's; a phrase matches its words in a row.
/// </summary>
internal static class ExperienceAccount
{
    private const int LongestPhrase = 4;

    private const string Account = "verb";

    private const string Witness = "witness";

    private const string Report = "report";

    /// <summary>How many tokens before a report verb its witness noun may stand ("Witnesses in the centre of Ostrava said").</summary>
    private const int WitnessReach = 6;

    private static readonly string[] AccountCueClasses = ["first-person", "experience"];

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Each word and what it shows: an account by itself (the cue words and the verbs), or a witness or a report, which show one together.
    private static FrozenDictionary<string, string> Load()
    {
        var cues = PolicyCues.Lexicon.EntriesOf(LexiconKinds.ClaimTypeCue)
            .Where(e => e.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(AccountCueClasses.Contains))
            .Select(e => (Term: e.Term, Value: Account));
        var words = PolicyCues.Lexicon.EntriesOf(LexiconKinds.ExperienceVerb).Select(e => (Term: e.Term, e.Value));
        return cues.Concat(words)
            .GroupBy(e => e.Term.ToLowerInvariant(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
    }

    /// <summary>Whether the text gives an experiencer's own account.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has a quotation mark, a first-person or experience word, a verb of
    /// perceiving or remembering, or a witness noun shortly before a verb of reporting.</returns>
    public static bool In(string text)
    {
        if (text.AsSpan().IndexOfAny(QuotationMarks.Double) >= 0)
        {
            return true;
        }

        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        var witness = int.MinValue / 2;
        for (var i = 0; i < tokens.Length; i++)
        {
            var (phrase, _) = LongestMatch(text, tokens, i, LongestPhrase, words.ContainsKey);
            switch (phrase is null ? null : words[phrase])
            {
                case Account:
                    return true;
                case Witness:
                    witness = i;
                    break;
                case Report when i - witness <= WitnessReach:
                    return true;
            }
        }

        return false;
    }
}
