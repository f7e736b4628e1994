using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Qualifiers: the longest phrase the lexicon lists before the number ("at least 1,200", "no fewer than 30", "nearly 500",
/// "up to 10,000", "an average of 250,000") or after it and its unit ("6 hours or less", "aged 20 and over", "95 yen on average"), and
/// "between", which may open a range closed by "and" (<see cref="RangeRule"/>). An adverb of approximation may stand before the article of
/// the phrase the number opens ("roughly a 17 percent premium"), but no word that may be a preposition ("asked about a $2 billion deal").</summary>
internal static class QualifierRule
{
    /// <summary>Reads a qualifier or "between" ending just before <see cref="QuantityDraft.Before"/>.</summary>
    public static void ReadBefore(in QuantityScan s, ref QuantityDraft draft)
    {
        if (!draft.First.IsVague && s.TryPhraseBefore(draft.Before, s.Words.Qualifiers, out var qualifier, out var phraseStart, trimDots: true)
            && !(s.Words.ComparativeAdjectives.Contains(s.Word(phraseStart)) && FollowsDifference(s, phraseStart)))
        {
            draft.Qualifier = qualifier;
            draft.Before = phraseStart;
        }
        else if (!draft.First.IsVague && (s.Is(draft.Before - 1, "a") || s.Is(draft.Before - 1, "an"))
                 && IsApproximationBeforeArticle(s, draft.Before - 2))
        {
            draft.Qualifier = Qualifier.Approximately; // "roughly a 17 percent premium"; but "worried about a 25 percent tariff" is exact
            draft.Before -= 2;
        }
        else if (s.Is(draft.Before - 1, "between"))
        {
            draft.BetweenRange = true;
            draft.Before--;
            // Not "rents rose for some between 10 and 15 percent": after a preposition the word names who, not how near.
            if (s.TryPhraseBefore(draft.Before, s.Words.Qualifiers, out qualifier, out phraseStart) && qualifier == Qualifier.Approximately
                && !s.Words.ApproximationPrepositions.Contains(s.Word(phraseStart - 1)))
            {
                draft.Qualifier = qualifier; // "averaging between 130 and 160 bushels", "roughly between 3 and 4 metres"
                draft.Before = phraseStart;
            }
        }
    }

    /// <summary>Drops the bound a comparative adjective set when the number after "than" is a past time: "larger than 10 years ago"
    /// compares with a time, it does not bound a length of time. Read once the unit is known.</summary>
    public static void DropBeforePastTime(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Qualifier != Qualifier.Exact && draft.Unit.Kind == UnitKind.Duration && s.Words.ComparativeAdjectives.Contains(s.Word(draft.Before))
            && s.Is(draft.Before + 1, "than") && s.Words.RelativeTimeWords.Contains(s.Word(draft.End)))
        {
            draft.Qualifier = Qualifier.Exact;
            draft.Before += 2;
        }
    }

    /// <summary>Drops the lower bound a verb of going past set when the figure is a length of time ("the judge passed 14 months": a
    /// sentence handed down), is followed, past a conversion in brackets, by "from" or "away" ("passed 9,000 miles (14,000 km) from the
    /// moon", "will pass 380,000 km away": where it went by), or opens a vote's tally ("passed 215 to 210"). It cannot tell a count of things passed ("the council passed 3
    /// motions", "passed 20 rivals") from a figure gone past. Read once the unit is known; "passed 100 km from the coast" said of a storm's track is read the same way, rightly or not.</summary>
    public static void DropPassingBound(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Qualifier != Qualifier.MoreThan || !s.Words.PassingVerbs.Contains(s.Word(draft.Before)))
        {
            return;
        }

        var after = draft.End;
        if (s.IsChar(after, "("))
        {
            while (after < s.Count && !s.IsChar(after, ")"))
            {
                after++;
            }

            after++;
        }

        // "the motion passed 215 to 210", "passed 52-48": a vote's tally, not a figure gone past.
        var tally = (s.Is(draft.End, "to") || s.IsChar(draft.End, "-")) && s.IsKind(draft.End + 1, TokenKind.Number);
        if (draft.Unit.Kind == UnitKind.Duration || s.Is(after, "from") || s.Is(after, "away") || tally)
        {
            draft.Qualifier = Qualifier.Exact;
            draft.Before++;
        }
    }

    /// <summary>Drops the bound "up to" set after a verb of summing when nothing after the figure names what is added: "the delays add up
    /// to 400 million minutes" is a sum; "adds up to 12 days to a voyage" and "can add up to 1TB of storage" stay bounds. Read once the
    /// unit is known. A modal before the verb keeps the bound ("the plant will add up to 500 jobs", kind <c>summing-modal</c>); it cannot
    /// tell a bound in the present with no "of" or "to" after it ("the upgrade adds up to 300 jobs") from a sum.</summary>
    public static void DropSummingBound(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Qualifier == Qualifier.UpTo && s.Is(draft.Before, "up") && s.Words.SummingVerbs.Contains(s.Word(draft.Before - 1))
            && !s.Words.SummingModals.Contains(s.Word(draft.Before - 2)) && !s.Is(draft.End, "of") && !s.Is(draft.End, "to"))
        {
            draft.Qualifier = Qualifier.Exact;
            draft.Before--;
        }
    }

    /// <summary>Drops the lower bound "over" set right after a verb of spreading or dividing (kind <c>spreading-verb</c>): "sites spread
    /// over 18 countries" are in 18 countries, "a festival split over two weekends" has two. It cannot tell the rare bound after such a
    /// verb ("the fire spread over 500 hectares" read as exactly 500, where "more than" may have been meant).</summary>
    public static void DropSpreadingBound(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Qualifier == Qualifier.MoreThan && s.Is(draft.Before, "over") && s.Words.SpreadingVerbs.Contains(s.Word(draft.Before - 1)))
        {
            draft.Qualifier = Qualifier.Exact;
            draft.Before++;
        }
    }

    /// <summary>Drops the lower bound "over" set right after another amount, when that amount has no unit or the same unit: "154 over
    /// 101 mm Hg" and "154 mm Hg over 101 mm Hg" are a blood pressure, one reading over the other, not "more than 101". An age keeps its
    /// bound ("1,200 residents over 65"), and so does an amount of another unit ("280 metres over 70 floors" stays read as a bound,
    /// rightly or not). Read once the unit is known.</summary>
    public static void DropRatioBound(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Qualifier != Qualifier.MoreThan || !s.Is(draft.Before, "over") || s.Earlier.Count == 0 || s.Earlier[^1].EndToken != draft.Before
            || draft.Unit.Kind == UnitKind.None || draft.Unit.IsAge)
        {
            return;
        }

        var previous = s.Earlier[^1].Mention.Quantity.Unit;
        if (previous.Kind == UnitKind.None || previous == draft.Unit)
        {
            draft.Qualifier = Qualifier.Exact;
            draft.Before++;
        }
    }

    // Whether the word at `index`, before "a"/"an", makes the number after the article approximate: an adverb that is never a
    // preposition ("roughly a 17 percent premium"), or an approximation after a preposition ("at around a 9p premium").
    private static bool IsApproximationBeforeArticle(in QuantityScan s, int index) =>
        s.Words.ArticleApproximations.Contains(s.Word(index))
        || (s.Words.ApproximationPrepositions.Contains(s.Word(index - 1)) && s.Words.Qualifiers.TryGet(s.Word(index), out var qualifier)
            && qualifier == Qualifier.Approximately);

    // Whether a difference stands just before the comparative adjective at `adjective`: a number, "times" or a percentage ("30% larger
    // than", "three times bigger than", "6 per cent heavier than"); the figure after "than" is then what it is taken from.
    private static bool FollowsDifference(in QuantityScan s, int adjective) =>
        s.IsKind(adjective - 1, TokenKind.Number) || s.Is(adjective - 1, "times")
        || (s.TryPhraseBefore(adjective, s.Words.UnitSymbols, out var unit, out _) && unit.Kind == UnitKind.Percentage)
        || (s.TryPhraseBefore(adjective, s.Words.UnitNames, out unit, out _) && unit.Kind == UnitKind.Percentage);

    /// <summary>Reads "-plus" or "+" joined to the number, when no qualifier stands before it: "its 1,400-plus homes" are more than
    /// 1,400 homes, and so are "1,400+ homes" and "laptops costing $800+" (not "2+2", where a figure is joined after the sign, nor a
    /// model name such as "Athlon X2 6400+").</summary>
    public static void ReadPlusAfter(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Qualifier != Qualifier.Exact || draft.High is not null || !s.IsJoined(draft.Next))
        {
            return;
        }

        if (s.IsChar(draft.Next, "-") && s.Is(draft.Next + 1, "plus") && s.IsJoined(draft.Next + 1))
        {
            draft.Qualifier = Qualifier.MoreThan;
            draft.Next += 2;
        }
        else if (s.IsChar(draft.Next, "+") && !(s.IsJoined(draft.Next + 1) && s.IsKind(draft.Next + 1, TokenKind.Number))
                 && !NotAnAmountRules.IsName(s, draft.NumberIndex, draft.Next + 1))
        {
            draft.Qualifier = Qualifier.MoreThan;
            draft.Next++;
        }
    }

    /// <summary>Reads a qualifier after the amount and its unit, when none stands before it. A phrase that runs into the next figure
    /// bounds that figure, not this one: in "11 wards and over 35 per cent" it is the 35 that is "over". An age keeps its bound ("aged 65
    /// and over 40% of whom …"): "and over" after an age is the usual age band, so this cannot tell such a sentence from a list. An
    /// amount in brackets takes the qualifier after the closing bracket ("35 mph (56 km/h) or above"; the amount it converts takes it
    /// back in <see cref="CoordinationRule"/>).</summary>
    public static void ReadAfter(in QuantityScan s, ref QuantityDraft draft)
    {
        var after = s.IsChar(draft.Last, ")") && s.IsChar(draft.Before - 1, "(") ? draft.Last + 1 : draft.Last;
        if (draft.Qualifier == Qualifier.Exact && draft.High is null && s.TryPhrase(after, s.Words.QualifiersAfter, out var qualifier, out var end)
            && (!StartsFigure(s, end) || draft.Unit.IsAge))
        {
            draft.Qualifier = qualifier;
            draft.End = end;
        }
    }

    // Whether a figure starts at `index`: a number, or a symbol joined to one ("$28").
    private static bool StartsFigure(in QuantityScan s, int index) =>
        s.IsKind(index, TokenKind.Number) || (s.IsJoined(index + 1) && s.IsKind(index + 1, TokenKind.Number));
}
