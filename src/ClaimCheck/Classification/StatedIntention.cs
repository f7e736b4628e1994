using System.Collections.Frozen;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds an actor's stated intention or plan in a text: an <see cref="LexiconKinds.IntentionCue"/> word ("intends",
/// "planning", "aims"; "set" only after a form of "be") followed by "to" and a word that is not a determiner or a number
/// ("the ministry intends to open", "the fleet is set to sail"). A cue word at the start, after a determiner, a
/// possessive, a preposition or a verb of announcing is a noun ("the council's plans to …", "in protest at plans to …",
/// "approved plans to …") and does not count, nor does a past intention ("had intended to", "never intended to"). The cue words are the built-in lexicon's, read on first use.
/// </summary>
internal static class StatedIntention
{
    private const string AfterBe = "after-be";

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.Ordinal, "is", "are", "was", "were", "be", "been", "being", "am");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.Ordinal, "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "any", "no");

    // Words before a cue that make it a noun ("in protest at plans to close", "anger over plans to"); "that" and "those" are not
    // here, since they also start a relative clause ("a carrier that plans to add routes").
    private static readonly FrozenSet<string> NounMarkers = FrozenSet.Create(
        StringComparer.Ordinal, "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "any", "no",
        "at", "against", "over", "under", "amid", "of", "for", "with", "about", "despite", "behind", "following", "approved", "announced", "unveiled");

    // Words before a cue that make the intention a past one, which may have been carried out ("had intended to open 40 stores").
    private static readonly FrozenSet<string> PastMarkers = FrozenSet.Create(StringComparer.Ordinal, "had", "never");

    private static readonly Lazy<FrozenDictionary<string, bool>> Cues = new(
        () => Lexicon.LoadBuiltInFiles("claim-type-cues.tsv").EntriesOf(LexiconKinds.IntentionCue)
            .ToFrozenDictionary(e => e.Term.ToLowerInvariant(), e => e.Value == AfterBe, StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text states an intention or plan of an actor.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when an intention cue word is followed by "to" and a verb.</returns>
    public static bool In(string text)
    {
        var words = Words(text);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (!Cues.Value.TryGetValue(words[i], out var afterBe) || words[i + 1] != "to" || !IsVerbLike(words[i + 2]))
            {
                continue;
            }

            var previous = i > 0 ? words[i - 1] : string.Empty;
            var isNoun = i == 0 || NounMarkers.Contains(previous) || previous.EndsWith("'s", StringComparison.Ordinal);
            if (!isNoun && !PastMarkers.Contains(previous) && (!afterBe || BeForms.Contains(previous)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVerbLike(string word) => !Determiners.Contains(word) && word.All(char.IsLetter);

    /// <summary>The text's words, lower-cased, with typographic apostrophes made straight; a word keeps its inner apostrophes.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words.Add(text[start..i].Replace('’', '\'').ToLowerInvariant());
        }

        return words;
    }
}
