using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>A number in words joined by a hyphen to what it counts or measures, in one word: "a seven-day average" (7 days), "a
/// two-game winning streak" (2 games), "a four-mile drive", "a 2-1/2-week low", "a three-year-old" (an age), "two-thirds" (0.67).
/// Words that make an adjective rather than a count ("a one-time gain") are not amounts.</summary>
internal sealed class HyphenatedNumberRule : LeadRule
{
    private const string OldSuffix = "old";
    private const string OldPluralSuffix = "olds";

    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) => words.NumberWords.AnyCase.Keys;

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var word = s.Word(draft.Start);
        if (!s.IsWord(draft.Start) || !TrySplit(s.Words, word, out var value, out var rest) || !TryUnitOf(s, rest, ref value, out var unit))
        {
            return false;
        }

        // "one-hundredth of a second", "two-thirds of a mile": a fraction reads "of a" and the unit after it with it.
        var ofAUnit = unit.Kind == UnitKind.None && value < 1 && TryUnitAfterOfA(s, draft.Start + 1, out unit);
        draft.NumberIndex = draft.Start;
        draft.First = new ParsedNumber(value, null, ofAUnit ? TokensThroughOfAUnit : 1);
        draft.Unit = unit;
        draft.UnitRead = true;
        draft.IsLabel = unit.Kind == UnitKind.Duration && InstrumentLabel.Follows(s, draft.Start + 1);
        return true;
    }

    /// <summary>The tokens a fraction read with "of a" and its unit spans: "one-hundredth", "of", "a", "second".</summary>
    private const int TokensThroughOfAUnit = 4;

    // The unit of time or measure after "of a" (or "of an") at token index: "second" in "of a second".
    private static bool TryUnitAfterOfA(in QuantityScan s, int index, out Unit unit)
    {
        unit = Unit.None;
        if (!s.Word(index).Equals("of", StringComparison.OrdinalIgnoreCase) || s.Word(index + 1) is not ("a" or "an") || !s.IsWord(index + 2))
        {
            return false;
        }

        var word = s.Word(index + 2);
        if (s.Words.DurationUnits.TryGet(word, out var duration))
        {
            unit = Unit.Duration(duration);
        }
        else if (s.Words.UnitNames.TryGet(word, out var named))
        {
            unit = named;
        }

        return unit.Kind != UnitKind.None;
    }

    // "seven-day" → 7 and "day"; "twenty-five-year-old" → 25 and "year-old".
    private static bool TrySplit(QuantityVocabulary words, ReadOnlySpan<char> word, out double value, out ReadOnlySpan<char> rest)
    {
        value = 0;
        rest = [];
        var first = word.IndexOf('-');
        if (first <= 0 || !words.NumberWords.TryGet(word[..first], out value))
        {
            return false;
        }

        rest = word[(first + 1)..];
        var second = rest.IndexOf('-');
        if (second > 0 && value >= 20 && value % 10 == 0 && words.NumberWords.TryGet(rest[..second], out var ones) && ones is >= 1 and <= 9)
        {
            value += ones; // "twenty-five-year-old"
            rest = rest[(second + 1)..];
        }

        return !rest.IsEmpty && !words.NumberWords.Contains(rest); // "twenty-five" is a number, not a count of fives
    }

    // What the part after the number names: a fraction ("thirds"), an age ("year-old"), a duration, a unit, or a counted noun.
    private static bool TryUnitOf(in QuantityScan s, ReadOnlySpan<char> rest, ref double value, out Unit unit)
    {
        unit = Unit.None;
        var hyphen = rest.IndexOf('-');
        var head = hyphen > 0 ? rest[..hyphen] : rest;
        if (s.Words.FractionWords.TryGet(head, out var part) && hyphen < 0 && (value == 1) != head.EndsWith('s'))
        {
            value *= part; // "one-third", "two-thirds"; not "a four-quarter average"
            return true;
        }

        if (s.Words.DurationUnits.TryGet(head, out var duration))
        {
            unit = IsAgeSuffix(rest) && hyphen > 0 ? Unit.Duration($"{duration} of age") : Unit.Duration(duration);
            return true;
        }

        return CountedWords.TryCompoundUnit(s, rest, out unit, out _) || CountedWords.TryUnit(s, head, out unit); // "a one-percentage-point rise"
    }

    // "year-old" in "a three-year-old", and "year-olds" in "coverage among one-year-olds": the children of that age, as "20-year-olds" are.
    private static bool IsAgeSuffix(ReadOnlySpan<char> rest) =>
        rest.EndsWith(OldSuffix, StringComparison.OrdinalIgnoreCase) || rest.EndsWith(OldPluralSuffix, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Financial instruments named by their term: in "the 10-year Treasury yield" and "a 30-year fixed mortgage" the term is a
/// label, not an amount.</summary>
internal static class InstrumentLabel
{
    /// <summary>How many words may stand between the term and the instrument ("10-year Treasury yield").</summary>
    private const int Reach = 3;

    /// <summary>How many tokens joined to a number may make up another term of the instrument ("10", "-", "year").</summary>
    private const int MaxJoinedTermTokens = 3;

    /// <summary>Whether an instrument word follows within a few words of token <paramref name="index"/>; another term joined by
    /// "and" or "or" may stand before it ("between 2-year and 10-year yields").</summary>
    public static bool Follows(in QuantityScan s, int index)
    {
        var end = index + Reach;
        for (var i = index; i < end && (s.IsWord(i) || s.IsChar(i, ",")); i++)
        {
            if (s.Words.InstrumentWords.Contains(s.Word(i)))
            {
                return true;
            }

            if (s.Is(i, "and") || s.Is(i, "or") || s.IsChar(i, ","))
            {
                var term = TermEnd(s, i + 1);
                if (term > i + 1)
                {
                    end += term - i - 1;
                    i = term - 1;
                }
                else if (s.IsChar(i, ","))
                {
                    return false; // a comma before no other term closes the phrase
                }
            }
        }

        return false;
    }

    // Where another term that opens at token `index` ends: digits with the tokens joined to them ("10", "-", "year"), or a number word
    // joined by a hyphen in one word ("ten-year" in "its three-year, ten-year and thirty-year bonds"); `index` itself if none opens there.
    private static int TermEnd(in QuantityScan s, int index)
    {
        if (s.IsKind(index, TokenKind.Number))
        {
            var term = index + 1;
            while (term < index + MaxJoinedTermTokens && s.IsJoined(term))
            {
                term++;
            }

            return term;
        }

        var word = s.Word(index);
        var hyphen = word.IndexOf('-');
        return s.IsWord(index) && hyphen > 0 && s.Words.NumberWords.Contains(word[..hyphen]) ? index + 1 : index;
    }
}
