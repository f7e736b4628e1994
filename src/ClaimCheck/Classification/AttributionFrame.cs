using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Classification;

/// <summary>
/// Removes the attribution frame from a sentence before the claim-type model reads its n-grams (<see cref="TextFolding"/>, so
/// in training and in prediction alike), so the model types what is said rather than the saying: a trailing
/// ", the ministry said." / ", said the mayor." / ", according to police." (also after a closing quote: <c>," she said.</c>),
/// then a leading "According to the survey, " or "The union said (that) ". A frame is dropped only when what is left is a
/// clause: at least three words, one of them a form of "be", "have" or "do", a modal (kind <see cref="LexiconKinds.ClauseVerb"/>)
/// or a word in "-ed"; otherwise the text stays whole ("The mayor said so."). Reporting verbs and phrases are the
/// attribution lexicon's (<see cref="LexiconKinds.ReportingVerb"/>, lower-case in the text).
/// </summary>
/// <remarks>
/// A plain word match, not the attribution layer (the model sees only text): a leading verb must stand among the first eight
/// words with no comma, colon or quotation mark before it and, except "says", must not end in "s" (the plurals "reports",
/// "claims", "notes" open many sentences as nouns); "told" is dropped only with a "that" within four words after it. It
/// cannot tell a clause in the present with no auxiliary ("prices rise in May"), which keeps its frame, nor a transitive
/// "announced a plan that was…", whose object is then read as the content; clause verbs are matched in any case, so the month
/// "May" counts as the modal.
/// </remarks>
internal static class AttributionFrame
{
    private const int MaxLeadingVerbWord = 7;
    private const int MaxLeadingPhraseWords = 12;
    private const int MaxTrailingWords = 10;
    private const int MaxTrailingVerbWord = 6;
    private const int MaxTellingObjectWords = 4;
    private const int MinClauseWords = 3;

    private static readonly Lazy<Words> BuiltIn = new(() => new Words(PolicyCues.Lexicon), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The sentence without its attribution frame, or the sentence itself when it has none or what is left is no clause.</summary>
    /// <param name="text">The sentence.</param>
    /// <returns>The reported content.</returns>
    public static string ReportedContent(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        var words = BuiltIn.Value;
        var content = WithoutTrailingFrame(text, words) ?? text;
        return WithoutLeadingFrame(content, words) ?? content;
    }

    private static string? WithoutTrailingFrame(string text, Words lexicon)
    {
        var span = text.AsSpan().TrimEnd();
        if (span.Length == 0 || span[^1] is not ('.' or '!' or '?'))
        {
            return null;
        }

        var comma = span.LastIndexOf(',');
        if (comma <= 0)
        {
            return null;
        }

        var after = comma + 1;
        var closingQuote = after < span.Length && IsQuote(span[after]) ? span[after] : '\0';
        var tail = span[(closingQuote == '\0' ? after : after + 1)..^1];
        var tailWords = Tokenise(tail);
        if (tailWords.Length is < 2 or > MaxTrailingWords || !HasFrameVerb(tail, tailWords, lexicon, MaxTrailingVerbWord))
        {
            return null;
        }

        var head = span[..comma].TrimEnd();
        if (!IsClause(Tokenise(head), lexicon, head))
        {
            return null;
        }

        return closingQuote == '\0' ? string.Concat(head, ".") : string.Concat(head, ".", closingQuote.ToString());
    }

    private static string? WithoutLeadingFrame(string text, Words lexicon)
    {
        var span = text.AsSpan();
        var words = Tokenise(span);
        if (words.Length < 2)
        {
            return null;
        }

        var phrase = lexicon.PhraseAt(span, words, 0);
        if (phrase > 0)
        {
            var limit = words[Math.Min(words.Length, MaxLeadingPhraseWords) - 1].End;
            var comma = span[..limit].IndexOf(',');
            return comma < 0 ? null : Clause(span[(comma + 1)..].TrimStart(), lexicon);
        }

        for (var i = 1; i < words.Length && i <= MaxLeadingVerbWord; i++)
        {
            var word = span[words[i].Start..words[i].End];
            if (span[..words[i].Start].IndexOfAny(",:;\"“”«»") >= 0)
            {
                return null;
            }

            if (!lexicon.IsVerb(word) || (word.EndsWith('s') && !word.SequenceEqual("says")))
            {
                continue;
            }

            var next = i + 1;
            var that = ThatWithin(span, words, next, word.SequenceEqual("told") ? MaxTellingObjectWords : 1);
            if (that < 0 && word.SequenceEqual("told"))
            {
                return null;
            }

            var start = that >= 0 ? words[that].End : words[i].End;
            return Clause(span[start..].TrimStart(" ,:"), lexicon);
        }

        return null;
    }

    // The index of "that" among the next `count` words from `from`, with no punctuation before it; else -1.
    private static int ThatWithin(ReadOnlySpan<char> text, ImmutableArray<(int Start, int End)> words, int from, int count)
    {
        for (var j = from; j < words.Length && j < from + count; j++)
        {
            if (text[words[from - 1].End..words[j].Start].IndexOfAny(",:;\"") >= 0)
            {
                return -1;
            }

            if (text[words[j].Start..words[j].End].Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return j;
            }
        }

        return -1;
    }

    private static string? Clause(ReadOnlySpan<char> rest, Words lexicon) =>
        IsClause(Tokenise(rest), lexicon, rest) ? rest.ToString() : null;

    private static bool IsClause(ImmutableArray<(int Start, int End)> words, Words lexicon, ReadOnlySpan<char> text)
    {
        if (words.Length < MinClauseWords)
        {
            return false;
        }

        foreach (var (start, end) in words)
        {
            var word = text[start..end];
            if (word.EndsWith("ed", StringComparison.Ordinal) || lexicon.IsClauseVerb(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFrameVerb(ReadOnlySpan<char> tail, ImmutableArray<(int Start, int End)> words, Words lexicon, int within)
    {
        if (lexicon.PhraseAt(tail, words, 0) > 0)
        {
            return true;
        }

        for (var i = 0; i < words.Length && i < within; i++)
        {
            if (lexicon.IsVerb(tail[words[i].Start..words[i].End]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '”' or '’' or '»';

    // Words: runs of letters, digits, apostrophes and hyphens, as start and end offsets.
    private static ImmutableArray<(int Start, int End)> Tokenise(ReadOnlySpan<char> text)
    {
        var words = ImmutableArray.CreateBuilder<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            words.Add((start, i));
        }

        return words.DrainToImmutable();
    }

    /// <summary>The reporting verbs (single words, exact lower case), reporting phrases and clause verbs of a lexicon.</summary>
    private sealed class Words(Lexicon lexicon)
    {
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbs = lexicon.EntriesOf(LexiconKinds.ReportingVerb)
            .Where(e => !e.Term.Contains(' ', StringComparison.Ordinal)).Select(e => e.Term.ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly ImmutableArray<string[]> _phrases = [.. lexicon.EntriesOf(LexiconKinds.ReportingVerb)
            .Where(e => e.Term.Contains(' ', StringComparison.Ordinal)).Select(e => e.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseVerbs = lexicon.EntriesOf(LexiconKinds.ClauseVerb)
            .Select(e => e.Term).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        public bool IsVerb(ReadOnlySpan<char> word) => _verbs.Contains(word);

        public bool IsClauseVerb(ReadOnlySpan<char> word) => _clauseVerbs.Contains(word);

        // The number of words of a reporting phrase starting at word `at` ("according to"), else 0.
        public int PhraseAt(ReadOnlySpan<char> text, ImmutableArray<(int Start, int End)> words, int at)
        {
            foreach (var phrase in _phrases)
            {
                if (at + phrase.Length > words.Length)
                {
                    continue;
                }

                var matches = true;
                for (var k = 0; k < phrase.Length && matches; k++)
                {
                    matches = text[words[at + k].Start..words[at + k].End].Equals(phrase[k], StringComparison.OrdinalIgnoreCase);
                }

                if (matches)
                {
                    return phrase.Length;
                }
            }

            return 0;
        }
    }
}
