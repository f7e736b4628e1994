using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Increments: an amount added to an earlier total, marked before the number ("an additional 1,500", "another 200") or by
/// "more" or an increment word after it ("1,500 more troops", "1,500 additional troops"; not "more than").</summary>
internal static class IncrementRule
{
    /// <summary>Reads an increment word (with its article) just before the mention.</summary>
    public static void ReadBefore(in QuantityScan s, ref QuantityDraft draft)
    {
        if (s.Words.IncrementWords.Contains(s.Word(draft.Before - 1)))
        {
            draft.IsIncrement = true;
            draft.Before--;
            if (s.Is(draft.Before - 1, "a") || s.Is(draft.Before - 1, "an"))
            {
                draft.Before--;
            }
        }
    }

    /// <summary>Reads "more" after the number, or an increment word between the number and its noun ("1,500 further troops").</summary>
    public static void ReadMoreAfter(in QuantityScan s, ref QuantityDraft draft)
    {
        if ((s.Is(draft.Next, "more") && !s.Is(draft.Next + 1, "than"))
            || (s.Words.IncrementWordsAfter.Contains(s.Word(draft.Next)) && s.IsWord(draft.Next + 1)))
        {
            draft.IsIncrement = true;
            draft.Next++;
        }
    }

    /// <summary>How many tokens after "to" may come before the total word it names ("to the register's total").</summary>
    private const int LevelTotalReach = 6;

    /// <summary>Reads a rise followed by the level it reaches: in "grew by 1,200 to 8,400" and "adds 300 residents to its total"
    /// the first figure is the amount added, not a level of its own. Only counts and bare figures: a sum or a share that rose
    /// keeps the change the direction word gives it.</summary>
    public static void ReadRiseToLevel(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.IsIncrement || draft.Change != QuantityChange.Increase || draft.Unit.Kind is not (UnitKind.Count or UnitKind.None))
        {
            return;
        }

        var to = draft.Last;
        if (s.Is(to, "to") && (s.IsKind(to + 1, TokenKind.Number) || NamesTotal(s, to + 1)))
        {
            draft.IsIncrement = true;
        }
    }

    // "to the register's total", "to its tally": a total word before the clause ends.
    private static bool NamesTotal(in QuantityScan s, int first)
    {
        for (var index = first; index < Math.Min(s.Count, first + LevelTotalReach); index++)
        {
            if (s.IsChar(index, ",;:.()"))
            {
                return false;
            }

            if (s.Words.TotalWords.Contains(s.Word(index)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Totals: a bare number that names a total takes its unit from the clause. "raising the total to 3,000" and "bringing the
/// overall deployment to 3,000" take the unit of the last count in the sentence (a total word among the three words before "to");
/// "the death toll rose to 112" counts deaths (a total word with a value names what it counts); "the number of soldiers … is around
/// 12,000" counts soldiers.</summary>
internal static class TotalRule
{
    /// <summary>How far back a total word may stand before "to".</summary>
    private const int TotalWordReach = 3;

    /// <summary>How far back (in tokens) a total participle ("bringing") may stand before "to".</summary>
    private const int ParticipleReach = 8;

    /// <summary>How far back (in tokens) a counting total ("toll") may stand in the clause.</summary>
    private const int CountingTotalReach = 12;

    /// <summary>Gives a bare number the unit of the total it names, if any.</summary>
    public static bool TryRead(in QuantityScan s, ref QuantityDraft draft) =>
        TryTotalTo(s, ref draft) || TryCountingTotal(s, ref draft) || TryNumberOf(s, ref draft) || TryParticipleObject(s, ref draft);

    private static bool TryTotalTo(in QuantityScan s, ref QuantityDraft draft)
    {
        var to = draft.Before - 1;
        if (!s.Is(to, "to") || !HasTotalWordBefore(s, to))
        {
            return false;
        }

        for (var e = s.Earlier.Count - 1; e >= 0; e--)
        {
            if (s.Earlier[e].Mention.Quantity.Unit.Kind == UnitKind.Count)
            {
                draft.Unit = s.Earlier[e].Mention.Quantity.Unit;
                (draft.NounFirst, draft.NounEnd) = (s.Earlier[e].NounFirstToken, s.Earlier[e].NounEndToken);
                return true;
            }
        }

        return false;
    }

    private static bool HasTotalWordBefore(in QuantityScan s, int to)
    {
        for (var index = to - 1; index >= Math.Max(0, to - TotalWordReach); index--)
        {
            if (!s.IsWord(index))
            {
                return false;
            }

            if (s.Words.TotalWords.Contains(s.Word(index)))
            {
                // "the toll rose to 12" counts deaths, not the last count; "… and the number of injured to 126" names what it counts
                // after "of" (TryNumberOf reads it).
                return !s.Words.CountingTotals.Contains(s.Word(index)) && !s.Is(index + 1, "of");
            }
        }

        return false;
    }

    // "the death toll from Sunday's earthquake rose to 112", "the injury toll at 640": a total word with a value counts that noun,
    // wherever the clause names it.
    private static bool TryCountingTotal(in QuantityScan s, ref QuantityDraft draft)
    {
        for (var index = draft.Before - 1; index >= Math.Max(0, draft.Before - CountingTotalReach); index--)
        {
            if (s.IsChar(index, ",;:") || OpensCoordinatedFigure(s, index))
            {
                return false;
            }

            if (!s.Words.CountingTotals.CanEndWith(s.Word(index)))
            {
                continue;
            }

            for (var first = Math.Max(0, index - s.Words.CountingTotals.MaxTokens + 1); first <= index; first++)
            {
                if (s.TryPhrase(first, s.Words.CountingTotals, out var counted, out var end) && end == index + 1)
                {
                    if (first > 0 && s.Words.OtherKindTotalModifiers.Contains(s.Word(first - 1)))
                    {
                        return false; // "the strike's financial toll in the billions": money, not deaths
                    }

                    draft.Unit = Unit.CountNamed(counted);
                    (draft.NounFirst, draft.NounEnd) = (first, end);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many tokens may stand between the toll's own figure and the coordinator that opens the next figure's phrase (its
    /// day or place: "had grown to 37 in all and the number of injured to 126").</summary>
    private const int FigureToCoordinatorReach = 4;

    // "lists the dead as 310 and the wounded as 1,200", "had grown to 37 in all and the number of injured to 126", "lifted the
    // toll to 12 while the number of missing dropped to 30": "and", "or" or "while" after the toll's own figure (a few words after it,
    // no comma between), then an article, opens a coordinated phrase that names what the next figure counts; "rose to 40 and then
    // to 45" still counts the toll.
    private static bool OpensCoordinatedFigure(in QuantityScan s, int index) =>
        (s.Is(index, "and") || s.Is(index, "or") || s.Is(index, "while")) && (s.Is(index + 1, "the") || s.Is(index + 1, "a"))
        && HasFigureJustBefore(s, index);

    // Whether a number stands among the few tokens before the coordinator at `index`, with no punctuation between.
    private static bool HasFigureJustBefore(in QuantityScan s, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - FigureToCoordinatorReach); k--)
        {
            if (s.IsKind(k, TokenKind.Number))
            {
                return true;
            }

            if (!s.IsWord(k))
            {
                return false;
            }
        }

        return false;
    }

    // "lifting recorded infections in the province to 318": the object of a total participle, before "to", counts the total; a
    // phrase that ends elsewhere than before "to" or a place or time after it ("across the country", "since May") may stand between.
    private static bool TryParticipleObject(in QuantityScan s, ref QuantityDraft draft)
    {
        var to = draft.Before - 1;
        if (!s.Is(to, "to"))
        {
            return false;
        }

        for (var index = to - 1; index >= Math.Max(0, to - ParticipleReach); index--)
        {
            if (!s.IsWord(index))
            {
                return false;
            }

            if (s.Words.TotalParticiples.Contains(s.Word(index)))
            {
                if (NounPhrase.Read(s, index + 1, money: false, out var first, out var end) && end <= to
                    && NounPhrase.TryHead(s, first, end, out var head, out var headIndex))
                {
                    draft.Unit = Unit.CountNamed(s.Words.Singular(head));
                    (draft.NounFirst, draft.NounEnd) = (first, headIndex + 1);
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    // "the number of X … is N"
    private static bool TryNumberOf(in QuantityScan s, ref QuantityDraft draft)
    {
        for (var index = draft.Before - 2; index >= 0; index--)
        {
            if (s.Is(index, "number") && s.Is(index + 1, "of") && NounPhrase.Read(s, index + 2, money: false, out var first, out var end)
                && NounPhrase.TryHead(s, first, end, out var head, out var headIndex))
            {
                draft.Unit = Unit.CountNamed(s.Words.Singular(head));
                (draft.NounFirst, draft.NounEnd) = (first, headIndex + 1);
                return true;
            }
        }

        return false;
    }
}
