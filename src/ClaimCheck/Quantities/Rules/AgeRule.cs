namespace ClaimCheck.Quantities.Rules;

/// <summary>Ages: a time unit with an age word after it ("45 years old", "a 45-year-old", "28 - year - old", "3 years of age", "90 day
/// old"), an age word standing for the unit ("87 yo"), or an age word before the number ("aged 34", "age 87"). The unit is the time
/// unit "of age" ("year of age").</summary>
internal sealed class AgeRule : UnitRule
{
    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) =>
        words.DurationUnits.FirstTokensWhere(_ => true)
            .Concat(words.AgeWords.FirstTokensWhere(position => position == AgeWordPosition.Unit))
            .Append("-");

    /// <inheritdoc/>
    public override IEnumerable<string> PrecedingWords(QuantityVocabulary words) =>
        words.AgeWords.FirstTokensWhere(position => position == AgeWordPosition.Before);

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        if (TryAfter(s, ref draft))
        {
            return true;
        }

        // "aged 87", "age 87"
        if (s.IsWord(draft.Before - 1) && s.Words.AgeWords.TryGet(s.Word(draft.Before - 1), out var position) && position == AgeWordPosition.Before)
        {
            draft.Unit = Unit.Duration("year of age");
            return true;
        }

        return false;
    }

    private static bool TryAfter(in QuantityScan s, ref QuantityDraft draft)
    {
        var index = s.IsChar(draft.End, "-") ? draft.End + 1 : draft.End;
        if (!s.IsWord(index))
        {
            return false;
        }

        if (s.TryPhrase(index, s.Words.AgeWords, out var position, out var unitEnd) && position == AgeWordPosition.Unit)
        {
            draft.Unit = Unit.Duration("year of age"); // "87 yo"
            draft.End = unitEnd;
            return true;
        }

        var word = s.Word(index);
        var hyphen = word.IndexOf('-');
        if (!s.Words.DurationUnits.TryGet(hyphen > 0 ? word[..hyphen] : word, out var name))
        {
            return false;
        }

        var after = index + 1;
        var rest = hyphen > 0 ? word[(hyphen + 1)..] : [];
        if (!rest.IsEmpty)
        {
            // "45-year-old", "45-year-old-man"
            var restEnd = rest.IndexOf('-');
            if (!IsAgeWordAfter(s, restEnd > 0 ? rest[..restEnd] : rest))
            {
                return false;
            }
        }
        else if (s.IsChar(after, "-") && IsAgeWordAfter(s, s.Word(after + 1)))
        {
            after += 2; // "28 - year - old"
        }
        else if (s.TryPhrase(after, s.Words.AgeWords, out position, out var ageEnd) && position == AgeWordPosition.After)
        {
            after = ageEnd; // "29 years old", "3 years of age"
        }
        else
        {
            return false;
        }

        draft.Unit = Unit.Duration($"{name} of age");
        draft.End = after;
        return true;
    }

    private static bool IsAgeWordAfter(in QuantityScan s, ReadOnlySpan<char> word) =>
        s.Words.AgeWords.TryGet(word, out var position) && position == AgeWordPosition.After;
}
