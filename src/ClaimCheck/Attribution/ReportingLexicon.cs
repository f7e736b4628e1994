using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Attribution;

/// <summary>The words attribution reads (reporting verbs with their stance, titles, organisation words, the small words of source
/// phrases), compiled once per lexicon from its <c>reporting-verb</c> and <c>attribution-word</c> entries.</summary>
/// <remarks>Look-ups take spans of the text, never strings, and ignore case: terms are stored in lower case and looked up by ordinal
/// comparison, a word with capitals or other letters being lowered into a stack buffer first. Built once per lexicon
/// (<see cref="For"/>); immutable and thread-safe. A user lexicon's entries take effect here: a later entry for the same term
/// replaces an earlier one.</remarks>
internal sealed class ReportingLexicon
{
    private readonly FrozenDictionary<string, (AttributionWordClass Classes, ReportingStance Stance, string Term)>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly int _longest;

    // For each word length (up to 31) and first letter, the last letters of the words that can start a cue: most words are
    // rejected here without hashing.
    private readonly uint[] _cueStarts = new uint[32 * 26];

    private ReportingLexicon(Lexicon lexicon)
    {
        var words = new Dictionary<string, (AttributionWordClass Classes, ReportingStance Stance, string Term)>(StringComparer.Ordinal);
        var phrases = new List<ImmutableArray<string>>();
        var reportingPhrases = new List<(ImmutableArray<string> Words, ReportingStance Stance, string Text)>();
        foreach (var entry in lexicon.EntriesOf(LexiconKinds.AttributionWord))
        {
            var classes = AttributionWordClasses.Parse(entry.Value);
            var parts = entry.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                words[entry.Term.ToLowerInvariant()] = (classes, default, entry.Term);
            }
            else if ((classes & AttributionWordClass.Skip) != 0)
            {
                // A skip phrase ("so far", "for its part") is found by its last word, then matched backwards.
                phrases.Add([.. parts]);
                Add(words, parts[^1], AttributionWordClass.SkipPhraseEnd, null);
            }
        }

        foreach (var entry in lexicon.EntriesOf(LexiconKinds.ReportingVerb))
        {
            var stance = StanceOf(entry.Value);
            var parts = entry.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                reportingPhrases.RemoveAll(p => p.Words.AsSpan().SequenceEqual(parts));
                reportingPhrases.Add(([.. parts], stance, string.Join(' ', parts)));
                Add(words, parts[0], AttributionWordClass.ReportingPhraseStart, null);
                continue;
            }

            Add(words, entry.Term, AttributionWordClass.ReportingVerb, stance);
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = words.Count == 0 ? 0 : words.Keys.Max(k => k.Length);
        foreach (var (key, value) in words)
        {
            if ((value.Classes & AttributionWordClass.CueStart) != 0 && LetterIndex(key[0]) is var first and >= 0 && LetterIndex(key[^1]) is var last and >= 0)
            {
                _cueStarts[(Math.Min(key.Length, 31) * 26) + first] |= 1u << last;
            }
        }
        SkipPhrases = [.. phrases];
        ReportingPhrases = [.. reportingPhrases];
    }

    /// <summary>Phrases that may stand between a source and its verb ("so far", "for its part"), word by word.</summary>
    public ImmutableArray<ImmutableArray<string>> SkipPhrases { get; }

    /// <summary>Reporting phrases that their source follows ("according to"), word by word, with their stance.</summary>
    public ImmutableArray<(ImmutableArray<string> Words, ReportingStance Stance, string Text)> ReportingPhrases { get; }

    /// <summary>The compiled words of <paramref name="lexicon"/>, made once and cached with it.</summary>
    public static ReportingLexicon For(Lexicon lexicon) => lexicon.Compiled(static l => new ReportingLexicon(l));

    /// <summary>The classes of <paramref name="word"/> (case-insensitive); <see cref="AttributionWordClass.None"/> when it has none.</summary>
    public AttributionWordClass ClassesOf(ReadOnlySpan<char> word) => TryFind(word, out var found) ? found.Classes : AttributionWordClass.None;

    /// <summary>Whether <paramref name="word"/> may start a cue (be a reporting verb, the first word of a reporting phrase, a citing,
    /// figure or briefing word): a quick test on its length and first and last letters, which may answer yes for a word that is none.</summary>
    public bool MayStartCue(ReadOnlySpan<char> word)
    {
        if (word.Length > _longest || word.Length == 0)
        {
            return false;
        }

        var first = LetterIndex(word[0]);
        var last = LetterIndex(word[^1]);
        return first < 0 || last < 0 || (_cueStarts[(Math.Min(word.Length, 31) * 26) + first] & (1u << last)) != 0;
    }

    /// <summary>The term as the lexicon writes it ("said" for "Said"), so that a cue's text is shared rather than copied; the word in
    /// lower case when the lexicon does not hold it.</summary>
    public string TermOf(ReadOnlySpan<char> word) =>
        TryFind(word, out var found) ? found.Term : word.ToString().ToLowerInvariant();

    /// <summary>Whether <paramref name="word"/> is a single-word reporting verb, and its stance.</summary>
    public bool TryGetVerb(ReadOnlySpan<char> word, out ReportingStance stance)
    {
        stance = default;
        if (!TryFind(word, out var found) || (found.Classes & AttributionWordClass.ReportingVerb) == 0)
        {
            return false;
        }

        stance = found.Stance;
        return true;
    }

    /// <summary>Whether <paramref name="word"/> is a single-word reporting verb ("said", "estimated").</summary>
    public bool IsVerb(ReadOnlySpan<char> word) => (ClassesOf(word) & AttributionWordClass.ReportingVerb) != 0;

    /// <summary>Whether <paramref name="word"/> is a third-person pronoun that may name a source ("he", "she", "it", "they").</summary>
    public bool IsThirdPersonPronoun(ReadOnlySpan<char> word) =>
        (ClassesOf(word) & (AttributionWordClass.PronounPerson | AttributionWordClass.PronounOther)) != 0;

    /// <summary>Whether <paramref name="word"/> may stand between a source and its reporting verb ("has", "also", "reportedly").</summary>
    public bool IsSkippableBeforeVerb(ReadOnlySpan<char> word) => (ClassesOf(word) & AttributionWordClass.Skip) != 0;

    private bool TryFind(ReadOnlySpan<char> word, out (AttributionWordClass Classes, ReportingStance Stance, string Term) found)
    {
        if (word.Length > _longest)
        {
            found = default;
            return false;
        }

        if (!word.ContainsAnyExceptInRange('a', 'z'))
        {
            return _words.TryGetValue(word, out found);
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _words.TryGetValue(lower, out found);
    }

    // 0-25 for an ASCII letter of either case, else -1.
    private static int LetterIndex(char c) => (uint)((c | 0x20) - 'a') < 26 ? (c | 0x20) - 'a' : -1;

    private static void Add(Dictionary<string, (AttributionWordClass Classes, ReportingStance Stance, string Term)> words, string term, AttributionWordClass classes,
        ReportingStance? stance)
    {
        var key = term.ToLowerInvariant();
        var old = words.GetValueOrDefault(key);
        words[key] = (old.Classes | classes, stance ?? old.Stance, old.Term ?? term);
    }

    private static ReportingStance StanceOf(string value) => value switch
    {
        "estimated" => ReportingStance.Estimates,
        "expected" => ReportingStance.Expects,
        "denied" => ReportingStance.Denies,
        "non-committal" => ReportingStance.NonCommittal,
        _ => ReportingStance.Asserts,
    };
}
