namespace ClaimCheck.Quantities.Rules;

/// <summary>The thing a number counts: the head of the noun phrase after it, for any noun ("40,000 fans", "126 fighter jets",
/// "thousands of students"), or a counted noun the lexicon lists as a <c>unit</c> ("5,000 marchers" with
/// <c>unit	marchers	participant</c>).</summary>
internal sealed class CountedNounRule : UnitRule
{
    /// <inheritdoc/>
    public override bool StartsAtAnyWord => true;

    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) => ["-"]; // "a 600-ship navy"

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var start = draft.End;
        if ((draft.First.IsVague && s.Is(start, "of")) || s.Is(start, "being"))
        {
            start++; // "thousands of students", "500 being officers"
        }

        if (s.TryPhrase(start, s.Words.UnitNames, out var listed, out var listedEnd) && listed.Kind == UnitKind.Count)
        {
            (draft.Unit, draft.NounFirst, draft.NounEnd, draft.End) = (listed, start, listedEnd, listedEnd);
            return true;
        }

        if (!NounPhrase.Read(s, start, money: false, out draft.NounFirst, out draft.NounEnd)
            || !NounPhrase.TryHead(s, draft.NounFirst, draft.NounEnd, out var head, out var headIndex))
        {
            return false;
        }

        draft.Unit = s.Words.UnitNames.TryGet(head, out var synonym) && synonym.Kind == UnitKind.Count
            ? synonym
            : Unit.CountNamed(s.Words.Singular(head));
        draft.NounEnd = headIndex + 1;
        draft.End = draft.NounEnd;
        return true;
    }
}

/// <summary>The noun phrase after a number and its head noun.</summary>
internal static class NounPhrase
{
    /// <summary>The longest word a plural test reads, in characters.</summary>
    private const int MaxWordLength = 64;

    /// <summary>The most words a counted noun phrase has.</summary>
    private const int MaxWords = 5;

    /// <summary>Reads the noun phrase from token <paramref name="start"/>: up to five words, stopping at function words and
    /// punctuation (a hyphen inside a compound is kept); after money, "in" may open it ("$50 billion in loans").</summary>
    public static bool Read(in QuantityScan s, int start, bool money, out int first, out int end)
    {
        first = start;
        var index = start;
        if (money && index + 1 < s.Count && s.Is(index, "in"))
        {
            index++;
            first = index;
        }

        while (index < s.Count && index - first < MaxWords)
        {
            if (!s.IsWord(index))
            {
                if (s.IsChar(index, "-") && s.IsJoined(index) && s.IsJoined(index + 1))
                {
                    index++;
                    continue;
                }

                break;
            }

            if (s.Words.NounPhraseStops.Contains(s.Word(index)))
            {
                break;
            }

            index++;
        }

        end = index;
        return end > first;
    }

    /// <summary>The head noun: the first plural-looking word, where a modifier noun gives way to a plural right after it ("police
    /// officers" → officers). The phrase ends at the head ("40,000 fans packed" → fans). The head is lower-case.</summary>
    public static bool TryHead(in QuantityScan s, int first, int end, out string head, out int headIndex)
    {
        for (var index = first; index < end; index++)
        {
            if (!s.IsWord(index) || !LooksPluralNoun(s, s.Word(index)))
            {
                continue;
            }

            while (index + 1 < end && s.IsWord(index + 1) && LooksPluralNoun(s, s.Word(index + 1)) && s.Words.ModifierNouns.Contains(s.Word(index)))
            {
                index++;
            }

            head = s.Word(index).ToString().ToLowerInvariant();
            headIndex = index;
            return true;
        }

        head = string.Empty;
        headIndex = -1;
        return false;
    }

    private static bool LooksPluralNoun(in QuantityScan s, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return s.Words.LooksPlural(lower) && !lower.EndsWith("ed") && !lower.EndsWith("'s") && !lower.EndsWith("’s");
    }
}
