using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Ranges after the number: "2.5 to 3 billion", "10-12", "$2bn-$3bn", "$700,000-$1.4m", "Rs 209 to Rs 220", "between 400 and 750" ("and" closes a range only after
/// "between"). A second number after a dash that is no larger is a score ("3-1", "a 2-2 draw"), not a range, and the whole match is
/// dropped.</summary>
internal static class RangeRule
{
    /// <summary>The dashes that join the two ends of a range ("10-12", "April 10–14").</summary>
    internal const string Dashes = "-–—";

    /// <summary>The largest figure a drawn score repeats ("drew 1-1", "a 2-2 draw"); "a 50-50 joint venture" is a share.</summary>
    private const double MostDrawnScore = 9;

    /// <summary>Reads a range after the number; false when the number turns out to be a score.</summary>
    public static bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var next = IsSuspendedHyphen(s, draft.Next) && s.Is(draft.Next + 1, "to") ? draft.Next + 1 : draft.Next; // "16- to 19-year-olds"
        var isDash = s.IsChar(next, Dashes);
        if (draft.First.IsVague || next + 1 >= s.Count || !(isDash || s.Is(next, "to") || s.Is(next, "and"))
            || (!isDash && IsLevelChange(s, draft) && !IsChangeRangeWithUnitAfterSecond(s, draft, next)))
        {
            return true;
        }

        var secondIndex = s.IsKind(next + 1, TokenKind.Currency) ? next + 2
            : RepeatsPrefix(s, draft, next + 1) ? next + 1 + draft.NumberIndex - draft.Start
            : next + 1;
        var allowed = !s.Is(next, "and") || draft.BetweenRange;
        if (!allowed || secondIndex >= s.Count || !TryParseSecond(s, draft, secondIndex, out var second) || second.IsVague)
        {
            return true;
        }

        var low = ScalesFirstEnd(draft.First, second, isDash || s.IsKind(next + 1, TokenKind.Currency)) ? draft.First.Value * second.Scale : draft.First.Value;
        if (second.Value > low)
        {
            draft.Value = low;
            draft.High = second.Value;
            draft.Qualifier = draft.Qualifier is Qualifier.UpTo or Qualifier.AtMost or Qualifier.Exact or Qualifier.Approximately ? Qualifier.Range : draft.Qualifier;
            draft.Next = secondIndex + second.TokenCount;
            return true;
        }

        return !(draft.IsDigits && isDash && s.Word(next) is "-" or "–" && draft.First.Scale == 1
            && (second.Value < draft.First.Value || (second.Value == draft.First.Value && second.Value <= MostDrawnScore)));
    }

    /// <summary>The smallest first end read as a whole figure rather than as a multiple of the second end's scale word.</summary>
    private const double LeastWholeFigure = 1000;

    // The scale word of the second end also scales a first end that has none ("2.5 to 3 billion", "500-600 million"), unless the ends
    // are joined by a dash or repeat the currency and the first is a whole figure of a thousand or more that the scaled second end
    // already exceeds ("$700,000-$1.4m", "$700,000 to $1.4 million"). After "to" alone such a pair is a change and its level ("bus
    // journeys rose by 42,000 to 7.3 million").
    private static bool ScalesFirstEnd(in ParsedNumber first, in ParsedNumber second, bool joinedEnds) =>
        first.Scale == 1 && second.Scale > 1 && (!joinedEnds || first.Value < LeastWholeFigure || first.Value * second.Scale <= second.Value);

    /// <summary>Whether token <paramref name="index"/> is a hyphen joined to the number before it and set off from the word after it,
    /// which leaves the unit of the number to the next figure ("16- to 19-year-olds", "2- and 3-bedroom flats", "10- or 12-metre").</summary>
    internal static bool IsSuspendedHyphen(in QuantityScan s, int index) =>
        s.IsChar(index, "-") && s.IsJoined(index) && s.IsKind(index - 1, TokenKind.Number) && s.IsWord(index + 1) && !s.IsJoined(index + 1);

    // The second end of a range: a number of the same kind as the first, or, after an amount joined to its currency ("AED30,000",
    // "Dh55,000"), digits alone ("AED30,000 - 35,000") or joined to the same letters ("between Dh55,000 and Dh75,000").
    private static bool TryParseSecond(in QuantityScan s, in QuantityDraft draft, int index, out ParsedNumber second)
    {
        if (draft.EmbeddedDigits > 0)
        {
            var prefix = s.Word(draft.NumberIndex)[..draft.EmbeddedDigits];
            if (s.IsWord(index) && s.Word(index).StartsWith(prefix, StringComparison.Ordinal))
            {
                return NumberParser.TryParseEmbeddedAt(s.Text, s.Tokens, index, draft.EmbeddedDigits, s.Words, out second);
            }

            second = default;
            return s.IsKind(index, TokenKind.Number) && NumberParser.TryParseAt(s.Text, s.Tokens, index, s.Words, out second);
        }

        second = default;
        return (s.Tokens[index].Kind == s.Tokens[draft.NumberIndex].Kind || !draft.IsDigits)
            && NumberParser.TryParseAt(s.Text, s.Tokens, index, s.Words, out second);
    }

    /// <summary>Reads a range whose second end repeats the unit of the first: "45 mph to 55 mph", "£250 million and £280 million"
    /// (after "between"), "95.3% to 100%", "0.9m to 1.5m". After a change ("rose 25%-30%") only a dash with no spaces joins the two:
    /// "rose 3% — 5% in dollar terms —" is two amounts.</summary>
    public static void ReadAfterUnit(in QuantityScan s, ref QuantityDraft draft)
    {
        var connector = draft.End;
        if (draft.High is not null || draft.Unit.Kind == UnitKind.None || draft.End <= draft.Next || draft.First.IsVague
            || !(s.IsChar(connector, Dashes) || s.Is(connector, "to") || (s.Is(connector, "and") && draft.BetweenRange))
            || (IsLevelChange(s, draft) && !(s.IsChar(connector, Dashes) && s.IsJoined(connector) && s.IsJoined(connector + 1))))
        {
            return;
        }

        var second = connector + 1;
        if (!RepeatsTokens(s, draft.Start, draft.NumberIndex, second) || !NumberParser.TryParseAt(s.Text, s.Tokens, second + draft.NumberIndex - draft.Start, s.Words, out var number)
            || number.IsVague)
        {
            return;
        }

        var numberIndex = second + draft.NumberIndex - draft.Start;
        var value = number.Value;
        var end = numberIndex + number.TokenCount;
        if (number.Scale != 1 && draft.End > draft.Next && s.Word(end - 1).Equals(s.Word(draft.Next), StringComparison.Ordinal))
        {
            value /= number.Scale; // "0.9m to 1.5m": the letter is the unit, not a million
            end--;
        }

        var unitTokens = draft.End - draft.Next;
        if (value * draft.ScaleAfter <= draft.Value * draft.ScaleAfter || !RepeatsTokens(s, draft.Next, draft.End, end))
        {
            return;
        }

        draft.High = value;
        draft.Qualifier = draft.Qualifier is Qualifier.Exact or Qualifier.Approximately or Qualifier.UpTo or Qualifier.AtMost ? Qualifier.Range : draft.Qualifier;
        draft.End = end + unitTokens;
    }

    /// <summary>Whether the draft is a bare pair of numbers joined by a dash, such as a record or a score ("went 13-16 in May", "Public
    /// Law 112-240"): no unit, no counted noun, nothing that makes it a range.</summary>
    public static bool IsRecord(in QuantityScan s, in QuantityDraft draft) =>
        draft.High is not null && !draft.First.IsVague && draft.Unit.Kind == UnitKind.None && !draft.BetweenRange && draft.IsDigits
        && draft.Qualifier == Qualifier.Range && s.IsChar(draft.NumberIndex + draft.First.TokenCount, Dashes)
        && s.IsJoined(draft.NumberIndex + draft.First.TokenCount) && !(draft.NounEnd > draft.NounFirst && draft.NounFirst >= 0)
        && !IsBareRangeOfThousands(s, draft);

    /// <summary>The smallest first end of a bare dash pair that is read as a range even without a thousands separator.</summary>
    private const double LeastUnseparatedRangeEnd = 10_000;

    // "police put the crowd at 25,000-35,000.", "an estimated 1,500-2,000 were left": a bare dash pair whose first end is written
    // with a thousands separator (or runs to five figures) and whose second end is larger is a range of a count. Records, scores and
    // law numbers ("went 13-16", "Public Law 112-240") do not run to thousands; years ("1990-1995") have no separator and are read as
    // years before. A small bare pair ("put at 300-400.") is still taken for a record: nothing in it tells the two apart.
    // The first end must be written out in full: "14-38m (46-125ft)" has a scale letter on its second end only and is left as before.
    private static bool IsBareRangeOfThousands(in QuantityScan s, in QuantityDraft draft) =>
        draft.High > draft.Value && draft.First.Scale == 1 && draft.Value == draft.First.Value
        && (draft.Value >= LeastUnseparatedRangeEnd || (draft.Value >= 1000 && s.Word(draft.NumberIndex).Contains(',')));

    // "rose 23 cents to $4.10", "fell from $5 to $3": the number after "to" is the level reached, not the end of a range; but
    // "anywhere from 4 to 7 inches", "ranging from $5 to $9" and, after a change, "between" ("climbed between 6 and 9 percent") are ranges.
    // A change named by a noun and "of" ("growth of 3 percent to 4 percent", "a rise of 2% to 3%") is sized by the range. "By" alone
    // sizes a change whose verb is left out or unknown when the second number reads as a level (see IsLevelAfterBy).
    private static bool IsLevelChange(in QuantityScan s, in QuantityDraft draft) =>
        !draft.BetweenRange
        && ((s.Is(draft.Before - 1, "from") && !IsRangeFromWord(s, draft.Before - 2))
            || (ChangeRule.IsChangeBefore(s, draft.Before) && !s.Is(draft.Before - 1, "of"))
            || (s.Is(draft.Before - 1, "by") && IsLevelAfterBy(s, draft)));

    // Whether "by X to Y" is a change of X and the level Y it reached: Y repeats X's currency sign ("slid by $4 million to $61
    // million") or X's unit (a unit already read after X, "by 3 cm to 11 cm"), or Y ends its clause: the sentence ends, punctuation
    // other than a unit symbol, a clause joiner or a preposition of time follows ("queues lengthened by 17 to 260, and", "by 8 to 95
    // over the winter"). A counted noun, a unit or a scale word written once after Y makes X to Y one range ("put back by three to
    // five days", "carried by 70 to 90 seats", "by 4 to 6 million").
    private static bool IsLevelAfterBy(in QuantityScan s, in QuantityDraft draft)
    {
        var second = draft.Next + 1;
        if (!s.Is(draft.Next, "to") || s.IsKind(second, TokenKind.Currency) || RepeatsPrefix(s, draft, second)
            || (draft.EmbeddedDigits > 0 && s.IsWord(second) && s.Word(second).StartsWith(s.Word(draft.NumberIndex)[..draft.EmbeddedDigits], StringComparison.Ordinal)))
        {
            return true;
        }

        if (!NumberParser.TryParseAt(s.Text, s.Tokens, second, s.Words, out var number))
        {
            return true;
        }

        if (number.Scale > 1 && draft.First.Scale == 1)
        {
            return false;
        }

        var after = second + number.TokenCount;
        return after >= s.Count
            || (s.IsKind(after, TokenKind.Punctuation) && !PercentRule.TryReadPercentUnit(s, after, out _, out _) && !s.TryPhrase(after, s.Words.UnitSymbols, out _, out _))
            || s.Words.ClauseJoiners.Contains(s.Word(after)) || s.Words.TimeSpanPrepositions.Contains(s.Word(after));
    }

    /// <summary>How many times the first end of a bare range of percentages after a change may go into the second ("grew 3 to 8
    /// percent"); "rose 0.2 to 5.1 percent" is a rise to a level.</summary>
    private const double MaxPercentRangeRatio = 5;

    // "grew 3 to 8 percent", "cut by 20 to 30 percent", "raised tolls by 3 to 6 per cent": after a change, a bare number, "to" and a
    // percentage not many times larger give the size of the change as a range, as the percentage's unit is written once for both ends;
    // after "by" so does a physical unit or a currency word written after the second number ("seas rose by 10 to 20cm"), and so does a
    // currency sign written before the first end only ("rose by Tk 4 to 9 per kg", "went up Rs 10 to 15"), since a level reached would
    // repeat the sign ("rose 50 cents to $3.20", "rose by $2 to $50" stay the increment and the level). A bare second number or a count
    // after "by" is the level the increment reached ("the death toll rose by 12 to 45", "arrests rose by 40 to 150 people"), and "rose
    // 2 points to 5 per cent", "from 3 to 8 percent", "rose 0.2 to 5.1 percent" and "rose 10 to 20 cm" (no "by") reach a level. Ends
    // written in words are read alike ("grew three to four percent"); digits take digits as their second end.
    private static bool IsChangeRangeWithUnitAfterSecond(in QuantityScan s, in QuantityDraft draft, int next)
    {
        if (!s.Is(next, "to") || s.Is(draft.Before - 1, "from") || !(s.IsKind(next + 1, TokenKind.Number) || (!draft.IsDigits && s.IsWord(next + 1)))
            || !NumberParser.TryParseAt(s.Text, s.Tokens, next + 1, s.Words, out var second) || second.IsVague || second.Scale != draft.First.Scale)
        {
            return false;
        }

        var unitStart = next + 1 + second.TokenCount;
        return (PercentRule.TryReadPercentUnit(s, unitStart, out _, out _) || (s.Is(draft.Before - 1, "by") && IsMeasureUnit(s, unitStart))
                || IsCurrencySignBeforeFirstEndOnly(s, draft, unitStart))
            && second.Value > draft.First.Value && second.Value <= MaxPercentRangeRatio * draft.First.Value;
    }

    // Whether the draft's currency is a sign or code written before its first end ("Tk 2", "Rs 10"; not "N400", joined) and nothing
    // after the bare second end names another amount ("Tk 4 to 9 per kg"; not "$2 to 5 million", "$2 to 5%" or "$2 to 5 cm").
    private static bool IsCurrencySignBeforeFirstEndOnly(in QuantityScan s, in QuantityDraft draft, int afterSecond) =>
        draft.Currency is not null && draft.EmbeddedDigits == 0 && draft.NumberIndex > draft.Start
        && !PercentRule.TryReadPercentUnit(s, afterSecond, out _, out _) && !IsMeasureUnit(s, afterSecond);

    // Whether the word at `index` names a physical unit ("cm", "metres") or money ("dollars", "cents"): no count noun.
    private static bool IsMeasureUnit(in QuantityScan s, int index) =>
        s.IsWord(index) && (PhysicalUnitRule.IsPhysicalName(s, s.Word(index), out _) || s.Words.Currencies.TryGet(s.Word(index), out _)
            || s.Words.CurrencySubunits.TryGet(s.Word(index), out _));

    // The most words looked back over for a change verb before a range-from word ("rose in early trading from").
    private const int ChangeVerbReach = 8;

    // Whether the word at `index` makes "from X to Y" after it a range: a range-from word that is no noun ("costs from", not "the cost
    // from", "the bridge's span from" or "in trading from") and has no change verb before it in its clause ("raised its fees, which
    // run from" stops at the comma).
    private static bool IsRangeFromWord(in QuantityScan s, int index)
    {
        if (!s.Words.RangeFromWords.Contains(s.Word(index)) || s.Words.RangeFromNounCues.Contains(s.Word(index - 1)) || NotAnAmountRules.IsPossessive(s.Word(index - 1)))
        {
            return false;
        }

        for (var i = index - 1; i >= Math.Max(0, index - ChangeVerbReach) && s.IsWord(i); i--)
        {
            if (s.TryPhrase(i, s.Words.ChangesBefore, out var change, out var changeEnd) && change != QuantityChange.None
                && !IsPluralSubjectOf(s, changeEnd, index))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a change word ending at `changeEnd` is a plural noun that the range-from verb at `index` right after it agrees with
    // ("increases range from 3 to 5 percent", "surges run from four to six feet"): the sizes of the changes, not a change from a level.
    // A range-from word ending in "s" after it is a noun the change acts on ("cut costs from $5 to $3").
    private static bool IsPluralSubjectOf(in QuantityScan s, int changeEnd, int index) =>
        changeEnd == index && s.Word(index - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)
        && !s.Word(index).EndsWith("s", StringComparison.OrdinalIgnoreCase);

    // Whether the currency prefix written before the first end is written again from `at`, before the second ("Rs 209 to Rs 220",
    // "Rs. 105 to Rs. 108").
    private static bool RepeatsPrefix(in QuantityScan s, in QuantityDraft draft, int at) =>
        draft.Currency is not null && draft.EmbeddedDigits == 0 && draft.NumberIndex > draft.Start
        && at + draft.NumberIndex - draft.Start < s.Count && RepeatsTokens(s, draft.Start, draft.NumberIndex, at);

    // Whether the tokens from `from` to `to` are written again from `at` ("£" … "£", "mph" … "mph").
    private static bool RepeatsTokens(in QuantityScan s, int from, int to, int at)
    {
        for (var i = 0; i < to - from; i++)
        {
            if (!s.Word(from + i).Equals(s.Word(at + i), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"between" that opened no range gives its token back to the text before the mention.</summary>
    public static void CloseBetween(ref QuantityDraft draft)
    {
        if (draft.BetweenRange && draft.High is null)
        {
            draft.Before++;
        }
    }
}

/// <summary>A minus sign before digits: "-5 degrees" (joined: any amount) or "- 20 degrees fahrenheit" (spaced: only a temperature),
/// the word "minus" before a number ("minus 12.4C", "minus 0.3 percent"; not "plus or minus 3 points", a margin), and "below zero"
/// after it ("2 below zero").</summary>
internal static class MinusSignRule
{
    private const string Minus = "-−";

    /// <summary>Notes a minus sign before the number or its currency sign ("-$37"), applied by <see cref="Apply"/> once the unit is
    /// known. A joined sign or the word "minus" always counts, so it joins the mention at once and a qualifier before it is read
    /// ("around -5 degrees", "about minus 10C").</summary>
    public static void Read(in QuantityScan s, ref QuantityDraft draft)
    {
        var sign = draft.Start - 1;
        if (draft.IsDigits && s.IsChar(sign, Minus) && (draft.Currency is null || s.IsJoined(draft.Start))
            && (sign == 0 || !s.IsJoined(sign) || s.IsKind(sign - 1, TokenKind.Punctuation)))
        {
            draft.Negative = s.IsJoined(draft.Start) ? 1 : 2;
        }
        else if (s.Is(sign, "minus") && !(s.Is(sign - 1, "or") && s.Is(sign - 2, "plus")))
        {
            draft.Negative = 3;
        }

        if (draft.Negative is 1 or 3)
        {
            draft.Before = Math.Min(draft.Before, sign);
        }
    }

    /// <summary>Reads "below zero" after a temperature or a bare reading ("2 below zero", "86 degrees below zero"), and "below" alone
    /// when nothing it could compare with follows ("fell to 40 below in Embarrass", "20 below."): the reading is negative, and "zero"
    /// is part of it rather than a number of its own. Not "15% below the peak" or "10 degrees below normal" (a difference).</summary>
    public static void ReadBelowZero(in QuantityScan s, ref QuantityDraft draft)
    {
        var below = draft.Last;
        if (draft.Negative > 0 || draft.High is not null || !s.Is(below, "below")
            || !(draft.Unit.Kind == UnitKind.None || (draft.Unit.Kind == UnitKind.Physical && IsDegrees(s, draft.Unit.Name))))
        {
            return;
        }

        // Without "zero", only degrees: "120 below at 34,000" on a market is a difference, not a negative value.
        var zero = s.Is(below + 1, "zero");
        if (zero || (draft.Unit.Kind == UnitKind.Physical
            && (below + 1 >= s.Count || s.IsKind(below + 1, TokenKind.Punctuation) || s.Words.BelowZeroEnds.Contains(s.Word(below + 1)))))
        {
            draft.Negative = 4;
            draft.End = below + (zero ? 2 : 1);
        }
    }

    private static bool IsDegrees(in QuantityScan s, string unit) => unit == "°" || s.Words.IsTemperature(unit);

    /// <summary>Makes the value negative when the sign counts for the unit read.</summary>
    public static void Apply(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Negative > 0 && (draft.Negative is 1 or 3 or 4 || (draft.Unit.Kind == UnitKind.Physical && s.Words.IsTemperature(draft.Unit.Name))))
        {
            draft.Value = -draft.Value;
            draft.High = -draft.High;
            if (draft.Negative != 4)
            {
                draft.Before = Math.Min(draft.Before, draft.Start - 1);
            }
        }
    }
}
