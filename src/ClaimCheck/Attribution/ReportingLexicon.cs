using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Attribution;

/// <summary>The words attribution reads (reporting verbs with their stance, titles, organisation words, the small words of source
/// phrases), compiled once per lexicon from its <c>reporting-verb</c> and <c>attribution-word</c> entries.</summary>
/// <remarks>Look-ups take spans of the text, never strings. Built once per lexicon (<see cref="For"/>); immutable and thread-safe.
/// A user lexicon's entries take effect here: a later entry for the same term replaces an earlier one.</remarks>
internal sealed class ReportingLexicon
{
    private readonly FrozenDictionary<string, (AttributionWordClass Classes, ReportingStance Stance)>.AlternateLookup<ReadOnlySpan<char>> _words;

    private ReportingLexicon(Lexicon lexicon)
    {
        var words = new Dictionary<string, (AttributionWordClass Classes, ReportingStance Stance)>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<ImmutableArray<string>>();
        var reportingPhrases = new List<(ImmutableArray<string> Words, ReportingStance Stance)>();
        foreach (var entry in lexicon.EntriesOf(LexiconKinds.AttributionWord))
        {
            var classes = AttributionWordClasses.Parse(entry.Value);
            var parts = entry.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                words[entry.Term] = (classes, default);
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
                reportingPhrases.Add(([.. parts], stance));
                Add(words, parts[0], AttributionWordClass.ReportingPhraseStart, null);
                continue;
            }

            Add(words, entry.Term, AttributionWordClass.ReportingVerb, stance);
        }

        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        SkipPhrases = [.. phrases];
        ReportingPhrases = [.. reportingPhrases];
    }

    /// <summary>Phrases that may stand between a source and its verb ("so far", "for its part"), word by word.</summary>
    public ImmutableArray<ImmutableArray<string>> SkipPhrases { get; }

    /// <summary>Reporting phrases that their source follows ("according to"), word by word, with their stance.</summary>
    public ImmutableArray<(ImmutableArray<string> Words, ReportingStance Stance)> ReportingPhrases { get; }

    /// <summary>The compiled words of <paramref name="lexicon"/>, made once and cached with it.</summary>
    public static ReportingLexicon For(Lexicon lexicon) => lexicon.Compiled(static l => new ReportingLexicon(l));

    /// <summary>The classes of <paramref name="word"/> (case-insensitive); <see cref="AttributionWordClass.None"/> when it has none.</summary>
    public AttributionWordClass ClassesOf(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var found) ? found.Classes : AttributionWordClass.None;

    /// <summary>Whether <paramref name="word"/> is a single-word reporting verb, and its stance.</summary>
    public bool TryGetVerb(ReadOnlySpan<char> word, out ReportingStance stance)
    {
        stance = default;
        if (!_words.TryGetValue(word, out var found) || (found.Classes & AttributionWordClass.ReportingVerb) == 0)
        {
            return false;
        }

        stance = found.Stance;
        return true;
    }

    /// <summary>Whether <paramref name="word"/> is a single-word reporting verb ("said", "estimated").</summary>
    public bool IsVerb(ReadOnlySpan<char> word) => (ClassesOf(word) & AttributionWordClass.ReportingVerb) != 0;

    /// <summary>Whether <paramref name="word"/> may stand between a source and its reporting verb ("has", "also", "reportedly").</summary>
    public bool IsSkippableBeforeVerb(ReadOnlySpan<char> word) => (ClassesOf(word) & AttributionWordClass.Skip) != 0;

    private static void Add(Dictionary<string, (AttributionWordClass Classes, ReportingStance Stance)> words, string term, AttributionWordClass classes,
        ReportingStance? stance)
    {
        var old = words.GetValueOrDefault(term);
        words[term] = (old.Classes | classes, stance ?? old.Stance);
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
