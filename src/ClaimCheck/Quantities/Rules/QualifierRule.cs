namespace ClaimCheck.Quantities.Rules;

/// <summary>Qualifiers before the number, the longest phrase the lexicon lists ("at least 1,200", "no fewer than 30", "nearly 500",
/// "up to 10,000"), and "between", which may open a range closed by "and" (<see cref="RangeRule"/>).</summary>
internal static class QualifierRule
{
    /// <summary>The most characters a qualifier phrase is looked up with.</summary>
    private const int MaxPhraseLength = 64;

    /// <summary>Reads a qualifier or "between" ending just before <see cref="QuantityDraft.Before"/>.</summary>
    public static void ReadBefore(in QuantityScan s, ref QuantityDraft draft)
    {
        if (!draft.First.IsVague && TryPhraseBefore(s, draft.Before, out var qualifier, out var phraseStart))
        {
            draft.Qualifier = qualifier;
            draft.Before = phraseStart;
        }
        else if (s.Is(draft.Before - 1, "between"))
        {
            draft.BetweenRange = true;
            draft.Before--;
        }
    }

    // The longest qualifier phrase whose last token is just before `before`; each token is compared without a final dot ("approx.").
    private static bool TryPhraseBefore(in QuantityScan s, int before, out Qualifier qualifier, out int phraseStart)
    {
        qualifier = Qualifier.Exact;
        phraseStart = before;
        if (!s.Words.Qualifiers.CanEndWith(s.Word(before - 1).TrimEnd('.')))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxPhraseLength];
        for (var count = Math.Min(s.Words.Qualifiers.MaxTokens, before); count >= 1; count--)
        {
            var length = 0;
            var fits = true;
            for (var index = before - count; index < before && fits; index++)
            {
                var word = s.Word(index).TrimEnd('.');
                fits = length + word.Length + 1 <= buffer.Length;
                if (fits)
                {
                    if (length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    word.CopyTo(buffer[length..]);
                    length += word.Length;
                }
            }

            if (fits && s.Words.Qualifiers.TryGet(buffer[..length], out qualifier))
            {
                phraseStart = before - count;
                return true;
            }
        }

        return false;
    }
}
