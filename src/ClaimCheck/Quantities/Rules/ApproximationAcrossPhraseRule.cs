namespace ClaimCheck.Quantities.Rules;

/// <summary>An approximating qualifier written after a few words that follow the amount ("on average", "or so": the
/// <c>qualifier-after</c> rows valued <c>approximately</c>) makes the amount approximate, as it does right after the amount and its unit
/// (<see cref="QualifierRule.ReadAfter"/>): "took 38 days to sell on average", "threw out 480kg (1,058lb) of food on average"
/// (the conversion in brackets too), "£3.40 a day per child for lunches on average". The amount of the same kind joined after it by
/// "and", "but" or "or" is an average as well ("460 passengers on average in June and 510 passengers in July", "6.5 minutes late on
/// average in the north but 2.1 minutes in the south"). Written between a verb and its amount ("can on average expect 7.5 years",
/// "grew on average by 3.2 per cent"), it approximates the amount right after. Read once the sentence's quantities are found.</summary>
/// <remarks>A range keeps its own qualifier; a figure, a clause break or a joining word ("and", "while") between the amount and the
/// phrase leaves the amount exact ("rose 4% in towns, and on average 2% in villages" approximates only the 2%).</remarks>
internal static class ApproximationAcrossPhraseRule
{
    /// <summary>How many words may stand between an amount (with its counted noun) and the qualifier after it ("of mobile data").</summary>
    private const int MaxWordsToQualifierAfter = 6;

    /// <summary>How many words may stand between the qualifier and a second amount that shares it ("in November and").</summary>
    private const int MaxWordsToPair = 6;

    /// <summary>How many words may stand between a qualifier written before a figure and that figure ("by" in "grew on average by 3.2%").</summary>
    private const int MaxWordsFromQualifierToFigure = 1;

    /// <summary>Applies the rule to the quantities found in the sentence (<see cref="QuantityScan.Earlier"/>).</summary>
    public static void Apply(in QuantityScan s)
    {
        var matches = s.Earlier;
        for (var i = 0; i < matches.Count; i++)
        {
            var next = i + 1 < matches.Count ? matches[i + 1].FirstToken : s.Count;
            if (IsExact(matches[i]) && TryFindAfter(s, matches[i].PhraseEndToken, next, out var phraseEnd))
            {
                matches[i] = Approximate(matches[i]);
                if (i > 0 && IsExact(matches[i - 1]) && IsConvertedInBrackets(s, matches[i - 1], matches[i]))
                {
                    matches[i - 1] = Approximate(matches[i - 1]); // "480kg (1,058lb) of food on average": the amount it converts
                }

                if (i + 1 < matches.Count && IsExact(matches[i + 1]) && IsPair(s, matches[i], matches[i + 1], phraseEnd))
                {
                    matches[i + 1] = Approximate(matches[i + 1]);
                }
            }
            else if (!IsExact(matches[i]) && i + 1 < matches.Count && IsExact(matches[i + 1]) && TryQualifierRead(s, matches[i], out phraseEnd)
                     && IsPair(s, matches[i], matches[i + 1], phraseEnd))
            {
                matches[i + 1] = Approximate(matches[i + 1]); // "460 passengers on average in June and 510 in July"
            }
            else if (IsExact(matches[i]) && IsQualifiedBefore(s, matches[i].FirstToken, i > 0 ? matches[i - 1].PhraseEndToken : 0)
                     && (i == 0 || !TryFindAfter(s, matches[i - 1].PhraseEndToken, matches[i].FirstToken, out _)))
            {
                matches[i] = Approximate(matches[i]);
                if (i + 1 < matches.Count && IsExact(matches[i + 1]) && IsPair(s, matches[i], matches[i + 1], matches[i].PhraseEndToken))
                {
                    matches[i + 1] = Approximate(matches[i + 1]); // "hens can on average expect 7.5 years and cocks 6.1 years"
                }
            }
        }
    }

    // "480kg (1,058lb)": the amount in brackets right after the one it converts.
    private static bool IsConvertedInBrackets(in QuantityScan s, QuantityMatch converted, QuantityMatch conversion) =>
        conversion.FirstToken - converted.EndToken is 0 or 1
        && (s.IsChar(converted.EndToken, "(") || s.IsChar(conversion.FirstToken, "("));

    // "460 passengers on average": an approximating qualifier that QualifierRule read right after the amount and its noun; `end` is
    // where it ends.
    private static bool TryQualifierRead(in QuantityScan s, QuantityMatch match, out int end)
    {
        end = 0;
        if (match.Mention.Quantity.Qualifier != Qualifier.Approximately)
        {
            return false;
        }

        for (var i = match.FirstToken + 1; i < Math.Max(match.EndToken, match.PhraseEndToken); i++)
        {
            if (s.TryPhrase(i, s.Words.QualifiersAfter, out var qualifier, out end) && qualifier == Qualifier.Approximately)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsExact(QuantityMatch match) => match.Mention.Quantity.Qualifier == Qualifier.Exact;

    private static QuantityMatch Approximate(QuantityMatch match)
    {
        var quantity = match.Mention.Quantity;
        return match with
        {
            Mention = match.Mention with { Quantity = Quantity.Create(quantity.Value, Qualifier.Approximately, quantity.Unit, quantity.IsIncrement) },
        };
    }

    // Words only from the end of the amount's phrase (past a closing bracket) to an approximating qualifier, with no joining word or
    // clause break between and no figure (the next amount starts at `next`).
    private static bool TryFindAfter(in QuantityScan s, int start, int next, out int phraseEnd)
    {
        if (s.IsChar(start, ")"))
        {
            start++; // "(1,058lb) of food on average": the conversion's closing bracket
        }

        phraseEnd = start;
        for (var i = start; i < next && i - start <= MaxWordsToQualifierAfter; i++)
        {
            if (s.TryPhrase(i, s.Words.QualifiersAfter, out var qualifier, out var end) && qualifier == Qualifier.Approximately)
            {
                phraseEnd = end;
                return i > start; // right after the amount, QualifierRule has read it already
            }

            if (!s.IsWord(i) || s.Is(i, "and") || s.Is(i, "or") || s.Is(i, "but") || s.Is(i, "while"))
            {
                return false;
            }
        }

        return false;
    }

    // "can on average expect 7.5 years", "grew on average by 3.2 per cent": the qualifier after a word in lower case that is no part of
    // the amount before (`earliest` is where that amount's phrase ends: "$2 billion a year on average across 12 years" averages the $2
    // billion, not the 12 years), then at most a word before the figure. Not at the head of the sentence ("On average, a two-room
    // flat"), where it bears on the clause, not a figure; nor when it is the amount before's, a few words after it ("shed 9 percent
    // each on average in 48 hours": the caller checks).
    private static bool IsQualifiedBefore(in QuantityScan s, int first, int earliest)
    {
        for (var start = first - 1; start >= earliest && first - start <= MaxWordsFromQualifierToFigure + 2; start--)
        {
            if (start > earliest && s.IsWord(start - 1) && !s.IsCapitalised(start - 1)
                && s.TryPhrase(start, s.Words.QualifiersAfter, out var qualifier, out var end) && qualifier == Qualifier.Approximately
                && end <= first && first - end <= MaxWordsFromQualifierToFigure && AllWords(s, end, first))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllWords(in QuantityScan s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!s.IsWord(i))
            {
                return false;
            }
        }

        return true;
    }

    // The next amount, of the same kind, after "and", "but" or "or" within a few words of the qualifier, with no clause break between.
    private static bool IsPair(in QuantityScan s, QuantityMatch first, QuantityMatch second, int from)
    {
        if (first.Mention.Quantity.Unit.Kind != second.Mention.Quantity.Unit.Kind || second.FirstToken - from > MaxWordsToPair
            || second.FirstToken < from)
        {
            return false;
        }

        var joined = false;
        for (var i = from; i < second.FirstToken; i++)
        {
            if (s.IsChar(i, ";") || s.IsChar(i, ":") || s.IsChar(i, ".") || s.IsChar(i, "("))
            {
                return false;
            }

            joined |= s.Is(i, "and") || s.Is(i, "but") || s.Is(i, "or");
        }

        return joined;
    }
}
