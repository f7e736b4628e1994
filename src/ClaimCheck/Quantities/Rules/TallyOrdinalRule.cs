using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>A running count written as a digit ordinal before the counted noun: "police named a 14th victim", "a 9th death
/// was reported" say at least 14 victims, at least 9 deaths so far. Only nouns the lexicon lists (<c>tally-ordinal-noun</c>) make an
/// ordinal a count; every other ordinal ("the 14th floor", "the 9th time") stays no amount, and a first ("the 1st victim") counts
/// nothing worth comparing. Ordinals written in words are left alone.</summary>
internal static class TallyOrdinalRule
{
    /// <summary>Reads "14th victim" at the draft's number: digits, a joined ordinal ending and a tally noun right after it; the
    /// match covers the noun.</summary>
    public static bool TryRead(in QuantityScan s, in QuantityDraft draft, out QuantityMatch match)
    {
        match = default;
        var suffix = draft.NumberIndex + draft.First.TokenCount;
        var noun = suffix + 1;
        if (draft.Currency is not null || draft.First.IsVague || !s.IsKind(draft.NumberIndex, TokenKind.Number)
            || !s.IsJoined(suffix) || !s.IsWord(suffix) || !s.Words.OrdinalSuffixes.Contains(s.Word(suffix)) || s.Is(suffix, "s")
            || draft.First.Value < 2 || draft.First.Value != Math.Floor(draft.First.Value)
            || !s.IsWord(noun) || !s.Words.TallyOrdinalNouns.TryGet(s.Word(noun), out var unit))
        {
            return false;
        }

        var span = TextSpan.FromBounds(s.Tokens[draft.Start].Span.Start, s.Tokens[noun].Span.End);
        var tally = Quantity.Create(draft.First.Value, Qualifier.AtLeast, unit);
        match = new QuantityMatch(new QuantityMention(span, tally), draft.Start, noun + 1, noun, noun + 1, IsTotal: false, IsVague: false);
        return true;
    }
}
