using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ClaimCheck.Text;

/// <summary>Splits text into sentences, treating every line break as a paragraph break.</summary>
/// <remarks>
/// A period ends a sentence only when whitespace follows it and the next word does not start in lower case;
/// abbreviations ("Dr.", "Oct. 17"), initials ("John F. Kennedy"), dotted acronyms ("U.S.", unless a common sentence
/// opener follows), decimals and quotations that run on into the sentence ("What now?” he said) do not end one.
/// Runs in time linear in the text length. Thread-safe.
/// </remarks>
public static class SentenceSegmenter
{
    // How far ahead a closing quotation mark is looked for; bounds the work per terminator on pathological text.
    private const int QuoteLookahead = 1_000;

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?");
    private static readonly SearchValues<char> ClosingMarks = SearchValues.Create("”\"’')]»");

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "gov", "sen", "rep", "st",
        "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "nos", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "approx",
        "est", "dept", "univ", "adm", "rev", "hon", "pres", "mt", "ft", "gens", "cmdr", "supt", "insp", "det", "messrs", "rs", "rp", "ksh", "kshs", "kes");

    // Abbreviations that stand before a number and are words or sentence ends elsewhere: "No. 5" but "... said no.", "Rs. 209",
    // "Rp. 27 thousand", "Kes. 4.6 million" (the Kenyan shilling's code as Kenyan papers write it).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "no", "rs", "rp", "kes").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "In", "This", "That", "These", "Those",
        "Its", "His", "Her", "Their", "There", "On", "At", "As", "According", "However", "Meanwhile", "If", "When",
        "After", "Before", "Officials", "Some", "Many");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The default longest sentence: 2,000 characters.</summary>
    public const int DefaultMaxSentenceLength = 2_000;

    /// <summary>Splits <paramref name="text"/> into sentences of at most <see cref="DefaultMaxSentenceLength"/> characters.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ImmutableArray<Sentence> Split(string text) => Split(text, DefaultMaxSentenceLength);

    /// <summary>Splits <paramref name="text"/> into sentences; a run longer than <paramref name="maxSentenceLength"/> without a
    /// sentence end is cut at whitespace (or, with none, at the limit) into pieces marked <see cref="Sentence.IsSplit"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSentenceLength"/> is below 1.</exception>
    public static ImmutableArray<Sentence> Split(string text, int maxSentenceLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSentenceLength, 1);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.AsSpan(lineStart).IndexOfAny('\n', '\r');
            var lineEnd = newline < 0 ? text.Length : lineStart + newline;
            if (SplitLine(text, lineStart, lineEnd, paragraph, maxSentenceLength, sentences))
            {
                paragraph++;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return sentences.ToImmutable();
    }

    private static bool SplitLine(string text, int lineStart, int lineEnd, int paragraph, int maxLength, ImmutableArray<Sentence>.Builder sentences)
    {
        var trimmed = Trim(text, lineStart, lineEnd);
        if (trimmed.Length == 0)
        {
            return false;
        }

        var isHeading = !EndsWithClosingPunctuation(text, trimmed);
        var start = trimmed.Start;
        var end = trimmed.End;
        var i = start;
        var quoteDepth = 0;
        while (i < end)
        {
            var c = text[i];
            if (c == '“')
            {
                quoteDepth++;
            }
            else if (c == '”' && quoteDepth > 0)
            {
                quoteDepth--;
            }

            if (!Terminators.Contains(c))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < end && Terminators.Contains(text[j]))
            {
                j++;
            }

            var k = j;
            while (k < end && ClosingMarks.Contains(text[k]))
            {
                if (text[k] == '”' && quoteDepth > 0)
                {
                    quoteDepth--;
                }

                k++;
            }

            if (k >= end || !char.IsWhiteSpace(text[k]))
            {
                i = k > i ? k : i + 1;
                continue;
            }

            var next = k;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (IsBoundary(text, i, j, k, next, end, quoteDepth))
            {
                AddSentence(text, start, k, paragraph, isHeading, maxLength, sentences);
                start = next;
                quoteDepth = 0;
            }

            i = next;
        }

        AddSentence(text, start, end, paragraph, isHeading, maxLength, sentences);
        return true;
    }

    private static bool IsBoundary(string text, int terminator, int afterTerminators, int afterClosing, int next, int end, int quoteDepth)
    {
        var nextChar = text[next];
        if (char.IsLower(nextChar))
        {
            return false;
        }

        if (text[terminator] == '.' && afterTerminators == terminator + 1 && IsNonFinalPeriod(text, terminator, next, end))
        {
            return false;
        }

        // Inside a quotation that closes later on this line and runs on into the sentence ("…?” he said, “…,” said X).
        if (quoteDepth > 0 && afterClosing == afterTerminators)
        {
            var close = text.AsSpan(next, Math.Min(end - next, QuoteLookahead)).IndexOf('”');
            if (close >= 0)
            {
                var after = next + close + 1;
                while (after < end && char.IsWhiteSpace(text[after]))
                {
                    after++;
                }

                if (after < end && (text[after] == ',' || char.IsLower(text[after])))
                {
                    return false;
                }

                if (close > 0 && text[next + close - 1] == ',')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsNonFinalPeriod(string text, int period, int next, int end)
    {
        var wordStart = period;
        while (wordStart > 0 && period - wordStart < 20 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Contains('.'))
        {
            // A dotted acronym such as "U.S." ends a sentence only before a common sentence opener.
            return !OpenerLookup.Contains(NextWord(text, next, end));
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }

        if (AbbreviationLookup.Contains(word))
        {
            // "No. 5", "Rs. 209" and "Oct. 17" are abbreviations; "... said no." is not.
            return !BeforeNumberLookup.Contains(word) || char.IsDigit(text[next]);
        }

        return false;
    }

    private static ReadOnlySpan<char> NextWord(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }

    private static bool EndsWithClosingPunctuation(string text, TextSpan line)
    {
        var i = line.End - 1;
        while (i >= line.Start && ClosingMarks.Contains(text[i]))
        {
            i--;
        }

        return i >= line.Start && (Terminators.Contains(text[i]) || text[i] == '…');
    }

    private static void AddSentence(string text, int start, int end, int paragraph, bool isHeading, int maxLength, ImmutableArray<Sentence>.Builder sentences)
    {
        var span = Trim(text, start, end);
        if (span.Length <= maxLength)
        {
            if (span.Length > 0)
            {
                sentences.Add(new Sentence(span, paragraph, isHeading));
            }

            return;
        }

        var pieceStart = span.Start;
        while (pieceStart < span.End)
        {
            var pieceEnd = Math.Min(span.End, pieceStart + maxLength);
            if (pieceEnd < span.End)
            {
                var cut = text.AsSpan(pieceStart, pieceEnd - pieceStart).LastIndexOfAny(' ', '\t');
                if (cut > maxLength / 2)
                {
                    pieceEnd = pieceStart + cut;
                }
                else
                {
                    // No whitespace to cut at: never cut inside a word or number ("1000…0" must not leave a bare "0").
                    while (pieceEnd < span.End && (char.IsLetterOrDigit(text[pieceEnd]) || text[pieceEnd] is ',' or '.'))
                    {
                        pieceEnd++;
                    }
                }
            }

            var piece = Trim(text, pieceStart, pieceEnd);
            if (piece.Length > 0)
            {
                sentences.Add(new Sentence(piece, paragraph, isHeading, IsSplit: true));
            }

            pieceStart = pieceEnd;
        }
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
