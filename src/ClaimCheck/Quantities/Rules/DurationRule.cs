namespace ClaimCheck.Quantities.Rules;

/// <summary>Lengths of time: "six months", "for 12 days", "a 1,000-day-long strike". "over" before a length of time means "during"
/// ("the talks ran over four days", and a range "paid over 15 to 20 years"), not "more than", unless a preposition comes before it
/// ("delayed for over 11 hours", "a wait of over two days"). "a 45-year-old" is an age (<see cref="AgeRule"/>), never a duration.</summary>
internal sealed class DurationRule : UnitRule
{
    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) => words.DurationUnits.FirstTokensWhere(_ => true).Append("-");

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var index = draft.End;
        if (s.IsCompoundHyphen(index))
        {
            index++; // "1,000-day-long", "a 30 - year plan": the unit is the first part of a hyphenated word joined to the number
        }

        if (!s.IsWord(index))
        {
            return false;
        }

        var word = s.Word(index);
        var hyphen = word.IndexOf('-');
        if (!s.Words.DurationUnits.TryGet(hyphen > 0 ? word[..hyphen] : word, out var name) || IsAge(s, word))
        {
            return false;
        }

        if (index > draft.End && word.Length == (hyphen > 0 ? hyphen : word.Length) && InstrumentLabel.Follows(s, index + 1))
        {
            draft.IsLabel = true; // "the 10-year Treasury yield", "a 30-year fixed mortgage"
        }

        if (index == draft.End && hyphen > 0 && draft.Value != 1 && name.Equals(word[..hyphen], StringComparison.OrdinalIgnoreCase))
        {
            return false; // "two second-half touchdowns": a singular unit in a compound after a plural number is an adjective
        }

        if (index == draft.End && hyphen < 0 && draft.Value != 1 && s.Words.OrdinalWords.Contains(word) && s.IsWord(index + 1)
            && s.Word(index + 1) is [var initial, ..] && char.IsLower(initial) && !s.Words.NounPhraseStops.Contains(s.Word(index + 1))
            && NounPhrase.LooksPluralNoun(s, s.Word(index + 1)) && !IsLengthBeforeItsNoun(s, draft))
        {
            return false; // "8.6 million second shots", "70 second marriages": an ordinal before a plural noun counts the noun
        }

        draft.Unit = Unit.Duration(name);
        draft.End = index + 1;
        if (draft.Qualifier == Qualifier.MoreThan && s.Is(draft.Before, "over") && !s.Words.ApproximationPrepositions.Contains(s.Word(draft.Before - 1)))
        {
            draft.Qualifier = draft.High is null ? Qualifier.Exact : Qualifier.Range; // "ran over four days", "spread over 15 to 20 years"
            draft.Before++;
        }

        return true;
    }

    // "the 45 second trailers", "Ostrava's 20 second spots": a small plain number after "the" or a possessive sizes the noun after
    // "second" by its length, as "the 45-second trailers" would. A scale word or a figure of a thousand or more counts the noun
    // ("the 3.1 million second shots", "the 4,200 second marriages").
    private static bool IsLengthBeforeItsNoun(in QuantityScan s, in QuantityDraft draft) =>
        draft.First.Scale == 1 && draft.Value < 1000 && draft.Before > 0
        && (s.Is(draft.Before - 1, "the") || NotAnAmountRules.IsPossessive(s.Word(draft.Before - 1)));

    // "a 45-year-old": an age the age rule did not take is left as a bare number, not a duration.
    private static bool IsAge(in QuantityScan s, ReadOnlySpan<char> word)
    {
        var lastHyphen = word.LastIndexOf('-');
        return lastHyphen > 0 && s.Words.AgeWords.TryGet(word[(lastHyphen + 1)..], out var position) && position == AgeWordPosition.After;
    }
}
