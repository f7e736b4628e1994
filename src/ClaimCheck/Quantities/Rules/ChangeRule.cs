using System.Buffers;
using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Changes: whether an amount is the size of an increase or a decrease. A direction word just before the mention ("rose 23
/// cents", "up 12 per cent", "gave up $7.40"), with "by" between ("fell by 3%", or further back: "lowered its rate by one point"), or
/// just after it, possibly after a noun or two ("6.93 per cent higher", "a 19.1 percent rise", "a .25-point rate increase"). The search
/// back from "by" ends at "to" or "from" before an amount, so the level reached or left is not a change ("rose 23 cents to $4.10"), at
/// "to" before a verb ("a plan to raise fees was approved by"), and does not start after a passive ("was backed by 60%", a margin or an
/// agent, not a change); an amount after ", or" restates the
/// change before it ("fell 430.97 points, or 1.3%") or states it past its closing comma ("0.6%, or 39.56 points, higher"). A
/// percentage is also a relative change when "more", "above", "below" and the like follow it ("12% more likely"). Money right after
/// a verb of fund-raising is money taken in, not a change ("raised $750 million").</summary>
internal static class ChangeRule
{
    /// <summary>How many words may stand between a direction verb and "by" ("lowered its benchmark rate by").</summary>
    private const int VerbBeforeByReach = 8;

    /// <summary>How many words may name the second thing changed in "by 4 cents and diesel by 6 cents" (a possessive's marks not
    /// counted).</summary>
    private const int CoordinatedNounReach = 3;

    /// <summary>How many nouns may stand between an amount and a direction noun after it ("a 4% price rise").</summary>
    private const int NounsBeforeChangeWord = 2;

    /// <summary>How many words after a comparative may name the earlier time it compares with ("above the figure of a month before":
    /// five words, and one more for a possessive's mark).</summary>
    private const int EarlierTimeReach = 6;

    /// <summary>How many words after "than" may reach a baseline word ("than the 1961 – 1990 mean": five words).</summary>
    private const int BaselineReach = 6;

    /// <summary>The characters that make a word a modifier of a baseline word ("20th-century", "1900s", "long-term").</summary>
    private static readonly SearchValues<char> DigitOrHyphen = SearchValues.Create("0123456789-");

    /// <summary>Forms of "be" that make the participle after them passive ("was approved by", "were driven by").</summary>
    private static readonly WordSet PassiveAuxiliaries = new(["be", "been", "being", "is", "are", "was", "were"]);

    /// <summary>Reads the change the words around the draft's mention state.</summary>
    public static void Read(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Unit.Kind == UnitKind.Currency && s.Words.FundingVerbs.Contains(s.Word(draft.Before - 1)))
        {
            return; // "raised $750 million", "plans to raise Rs 300 crore": money taken in, not a rise
        }

        if (draft.Unit.Kind == UnitKind.Physical && IsBesideHeightNoun(s, draft))
        {
            return; // "a surge of 9 to 12 feet", "the 14-foot surge": how high the sea stood, not a rise
        }

        // "0.6%, or 39.56 points, higher": the direction after an amount set off by ", or ... ," is read past the closing comma; "0.97°C
        // (1.75°F) warmer than": a comparative and "than" after an amount in brackets, past the closing bracket (the amount before the
        // brackets takes it back in CoordinationRule). Other words there are not read ("680 km (423 miles) down", "a 12km (7.45-mile)
        // climb": a depth and a length, not changes).
        var after = (IsSetOff(s, draft.Before) && s.IsChar(draft.Last, ",")) || IsBracketedBeforeComparative(s, draft) ? draft.Last + 1 : draft.Last;
        if (TryBefore(s, draft.Before, out var change) || TryRemovedOff(s, draft, out change) || TryRestated(s, draft.Before, out change)
            || TryVerbAndObjectBeforeLevel(s, draft.Before, draft.Last, out change)
            || (!s.Is(draft.Before - 1, "from") && !IsDurationModifier(s, draft) && TryAfter(s, after, draft.Unit.Kind == UnitKind.Currency, IsCountLike(draft.Unit.Kind), out change))
            || (draft.Unit.Kind == UnitKind.Percentage && s.TryPhrase(after, s.Words.ChangesAfterPercent, out change, out _))
            || (draft.Unit.Kind != UnitKind.Percentage && !s.Is(draft.Before - 1, "from") && TryComparedWithEarlier(s, after, out change)))
        {
            draft.Change = change;
        }
        else if (IsPlusSigned(s, draft.Before) && IsRiseUnit(draft.Unit.Kind) && !IsPhoneLike(s, draft.Before))
        {
            draft.Change = QuantityChange.Increase;
        }
    }

    private static bool IsBracketedBeforeComparative(in QuantityScan s, in QuantityDraft draft) =>
        s.IsChar(draft.Last, ")") && s.IsChar(draft.Before - 1, "(") && s.Is(draft.Last + 2, "than");

    // Whether a height noun stands right after the mention ("the 20-foot surge") or before it with "of" between ("a surge of 6 feet").
    private static bool IsBesideHeightNoun(in QuantityScan s, in QuantityDraft draft) =>
        (s.IsWord(draft.Last) && s.Words.HeightNouns.Contains(s.Word(draft.Last)))
        || (s.Is(draft.Before - 1, "of") && s.IsWord(draft.Before - 2) && s.Words.HeightNouns.Contains(s.Word(draft.Before - 2)));

    // "the sharpest one-day fall", "a three-month decline": a length of time joined by a hyphen to the figure says how long the change
    // lasted, not how large it was.
    private static bool IsDurationModifier(in QuantityScan s, in QuantityDraft draft) =>
        draft.Unit.Kind == UnitKind.Duration
        && (s.Word(draft.NumberIndex).Contains('-') || (s.IsChar(draft.NumberIndex + 1, "-") && s.IsJoined(draft.NumberIndex + 1)));

    // "up 2.70 (+1.49%)", "robusta +52": a plus sign joined to the figure, with no figure or word joined before it ("2+2" is a sum,
    // "UTC+8" a time zone), marks a gain.
    private static bool IsPlusSigned(in QuantityScan s, int before) =>
        s.IsChar(before - 1, "+") && s.IsJoined(before)
        && !(s.IsJoined(before - 1) && (s.IsKind(before - 2, TokenKind.Number) || s.IsKind(before - 2, TokenKind.Word)));

    // A signed percentage, sum of money or bare figure (points, a price) is a gain; a signed temperature or length is a reading
    // ("lows of +2C").
    private static bool IsRiseUnit(UnitKind kind) => kind is UnitKind.Percentage or UnitKind.Currency or UnitKind.None;

    // "+44 20 7946 0000": a figure followed by another group of digits is a telephone number, not a gain.
    private static bool IsPhoneLike(in QuantityScan s, int before) => s.IsKind(before + 1, TokenKind.Number);

    /// <summary>Whether a direction word stands just before the mention starting at <paramref name="before"/> ("rose 23 cents").</summary>
    public static bool IsChangeBefore(in QuantityScan s, int before) =>
        TryBefore(s, before, out var change) && change != QuantityChange.None;

    private static bool TryBefore(in QuantityScan s, int before, out QuantityChange change)
    {
        before = BeforeEmphasis(s, before);
        if (s.Is(before - 1, "between"))
        {
            before--; // "rose by between 3% and 5%", "fell between 10 and 12 percent": the range is the size of the change
        }

        if (s.TryPhraseBefore(before, s.Words.ChangesBefore, out change, out _))
        {
            return true;
        }

        if (!s.Is(before - 1, "by"))
        {
            return false;
        }

        if (s.TryPhraseBefore(before - 1, s.Words.ChangesBefore, out change, out _))
        {
            return true;
        }

        if (IsPassiveAuxiliary(s, before - 3))
        {
            return false; // "was approved by 300 votes", "was backed by 60% of MPs": a margin or an agent, not a change
        }

        for (var end = before - 2; end > Math.Max(0, before - 2 - VerbBeforeByReach); end--)
        {
            if (!s.IsWord(end - 1) || ((s.Is(end - 1, "to") || s.Is(end - 1, "from")) && StartsAmount(s, end))
                || (s.Is(end - 1, "to") && IsLowerCaseWord(s, end)))
            {
                break;
            }

            if (s.TryPhraseBefore(end, s.Words.ChangesBefore, out change, out _))
            {
                return true;
            }
        }

        return TryCoordinatedBy(s, before, out change);
    }

    // "lifted its main rate 75 basis points to 12.25 percent", "cut the growth forecast 0.3 points to 2.1%": a direction verb, then
    // the thing changed in a few lower-case words, then the amount and "to" before the level reached. The level after "to" is what
    // marks the amount as the size of the change; without it ("raised its stake 20%") the amount is left as it is.
    private static bool TryVerbAndObjectBeforeLevel(in QuantityScan s, int before, int after, out QuantityChange change)
    {
        change = QuantityChange.None;
        if (!s.Is(after, "to") || !StartsAmount(s, after + 1))
        {
            return false;
        }

        for (var end = before - 1; end > Math.Max(0, before - 1 - VerbBeforeByReach); end--)
        {
            if (!IsPossessiveMark(s, end) && (!IsLowerCaseWord(s, end) || s.Words.ChangedObjectStops.Contains(s.Word(end))))
            {
                return false;
            }

            if (s.TryPhraseBefore(end, s.Words.ChangesBefore, out change, out _))
            {
                return change != QuantityChange.None;
            }
        }

        return false;
    }

    // "took 37 seconds off the record", "had taken a cumulative 50 basis points off its rate", "wiped 3% off the index": a verb of
    // removal before the amount and "off" right after it make the amount the size of a decrease. Not a count of things moved ("move
    // 3,000 lorries a week off the roads"); a count of a unit the lexicon names is a measure ("took 25 basis points off its rate").
    // Not money: "taking $40 billion off its market value" states a loss that other reports of the same event give as a level ("$40
    // billion of market value vanished"), and the stories compare them as one.
    private static bool TryRemovedOff(in QuantityScan s, in QuantityDraft draft, out QuantityChange change)
    {
        var before = BeforeEmphasis(s, draft.Before);
        var removed = draft.Unit.Kind != UnitKind.Currency && (draft.Unit.Kind != UnitKind.Count || s.Words.UnitNames.Contains(draft.Unit.Name))
            && s.Is(draft.Last, "off")
            && s.IsWord(before - 1) && s.Words.RemovalVerbs.Contains(s.Word(before - 1));
        change = removed ? QuantityChange.Decrease : QuantityChange.None;
        return removed;
    }

    // "soared a staggering 240 percent", "was cut by just 15 minutes": a word that stresses the size of the change may stand between the
    // direction word (or "by") and the amount.
    private static int BeforeEmphasis(in QuantityScan s, int before) =>
        s.TryPhraseBefore(before, s.Words.ChangeEmphases, out _, out var start) ? start : before;

    // "raising petrol by 4 cents and diesel by 6 cents": a second "by" amount joined by "and" to a first one shares its change.
    private static bool TryCoordinatedBy(in QuantityScan s, int before, out QuantityChange change)
    {
        change = QuantityChange.None;
        if (s.Earlier.Count == 0)
        {
            return false;
        }

        var previous = s.Earlier[^1];
        var reach = CoordinatedNounReach;
        for (var index = before - 2; index >= previous.EndToken && index >= before - 2 - reach; index--)
        {
            if (IsPossessiveMark(s, index))
            {
                reach++; // "by 3% and Brenmoor's by 5%": the possessive belongs to the noun and does not count
                continue;
            }

            if (!s.IsWord(index) || IsPassiveAuxiliary(s, index) || IsPastParticiple(s.Word(index)))
            {
                return false; // "and was joined by 3 other banks", "and were driven by 3 new stores": an agent, not a second change
            }

            if (s.Is(index, "and") && index == previous.EndToken)
            {
                change = previous.Mention.Change;
                return change != QuantityChange.None && s.Is(previous.FirstToken - 1, "by");
            }
        }

        return false;
    }

    // A possessive ending ("'s").
    private static bool IsPossessiveMark(in QuantityScan s, int index) =>
        s.IsKind(index, TokenKind.Possessive);

    private static bool IsPassiveAuxiliary(in QuantityScan s, int index) => s.IsWord(index) && PassiveAuxiliaries.Contains(s.Word(index));

    // A verb form ending in "-ed" ("joined", "driven" is caught by the auxiliary before it); not "speed", "need", "seed".
    internal static bool IsPastParticiple(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase);

    private static bool IsLowerCaseWord(in QuantityScan s, int index) =>
        s.IsWord(index) && !StartsAmount(s, index) && char.IsLower(s.Word(index)[0]);

    private static bool StartsAmount(in QuantityScan s, int index) =>
        s.IsKind(index, TokenKind.Number) || s.IsKind(index, TokenKind.Currency) || (s.IsWord(index) && s.Words.NumberWords.Contains(s.Word(index)));

    private static bool IsSetOff(in QuantityScan s, int before) => s.Is(before - 1, "or") && s.IsChar(before - 2, ",");

    // "fell 430.97 points, or 1.3%": the amount after ", or" restates the change of the amount just before.
    private static bool TryRestated(in QuantityScan s, int before, out QuantityChange change)
    {
        change = QuantityChange.None;
        if (!s.Is(before - 1, "or") || !s.IsChar(before - 2, ",") || s.Earlier.Count == 0 || s.Earlier[^1].EndToken != before - 2)
        {
            return false;
        }

        change = s.Earlier[^1].Mention.Change;
        return change != QuantityChange.None;
    }

    // "8 cents dearer than in March", "nine pence below a fortnight before", "£3 dearer than a week ago", "$2.10 above Friday's close":
    // after money, a measure or a count, a comparative states a change when what it compares with is an earlier time: within a few
    // words and before any punctuation, a past-comparison word, a capitalised month or a year comes first, with only the words the
    // lexicon lets stand on the way ("than", "in", "the", "level", "of": "above the figure of a week before"). Any other word names
    // what the amount is compared with, and the comparative states a difference: "$5 million more than the council planned", "4
    // degrees above normal for early spring", "30 tonnes above its record 2011 crop", "$50 cheaper than trains on Monday", "£3,000
    // less than nurses each year". A comparative adjective that ends the clause compares with the level the text has just given
    // ("15 cents dearer.", "20 square metres smaller.").
    private static bool TryComparedWithEarlier(in QuantityScan s, int after, out QuantityChange change)
    {
        if (!s.TryPhrase(after, s.Words.ChangesAfterPercent, out change, out var end))
        {
            return false;
        }

        if (s.Words.ComparativeAdjectives.Contains(s.Word(after)) && (end >= s.Count || s.IsKind(end, TokenKind.Punctuation)))
        {
            return true;
        }

        if (IsDepartureFromBaseline(s, end))
        {
            return true;
        }

        for (var index = end; index < Math.Min(s.Count, end + EarlierTimeReach) && !s.IsKind(index, TokenKind.Punctuation); index++)
        {
            if (s.Words.PastComparisonWords.Contains(s.Word(index)) || IsMonthName(s, index) || s.IsYearNumber(index))
            {
                return true;
            }

            if (!s.Words.ComparisonPathWords.Contains(s.Word(index)))
            {
                break; // "than trains", "above normal", "than its record": what the amount is compared with is no earlier time
            }
        }

        change = QuantityChange.None;
        return false;
    }

    // "0.97°C warmer than the mean", "5 to 15 °C warmer than average", "1.65°C warmer than the 1961–1990 mean", "$40 dearer than the
    // national average": "than" right after the comparative, then a long-run level (a baseline word) within a few words, with only
    // path words ("the"), figures, a dash between them, or words that hold a digit or a hyphen ("20th-century", "long-term") on the
    // way. The amount is how far the reading departs from that level, a change as "8.5% higher than a year before" is. Without "than"
    // ("411 mm above normal", "1.06C above the 20th-century average") the sets read a level's difference and this does not apply.
    private static bool IsDepartureFromBaseline(in QuantityScan s, int end)
    {
        if (!s.Is(end, "than"))
        {
            return false;
        }

        for (var index = end + 1; index < Math.Min(s.Count, end + 1 + BaselineReach); index++)
        {
            if (s.IsWord(index) && s.Words.BaselineWords.Contains(s.Word(index)))
            {
                return true;
            }

            if (!IsBaselineModifier(s, index))
            {
                return false;
            }
        }

        return false;
    }

    // "the", "1961", "–" between two figures, "20th-century", "1900s", "long-term": a word that may stand between "than" and a
    // baseline word.
    private static bool IsBaselineModifier(in QuantityScan s, int index) =>
        s.IsKind(index, TokenKind.Number)
        || (s.IsChar(index, "-–") && s.IsKind(index - 1, TokenKind.Number) && s.IsKind(index + 1, TokenKind.Number))
        || (s.IsWord(index) && (s.Words.ComparisonPathWords.Contains(s.Word(index)) || s.Word(index).IndexOfAny(DigitOrHyphen) >= 0));

    // "than in June", "than in March": a capitalised month name (not "may" or "march" as verbs).
    private static bool IsMonthName(in QuantityScan s, int index) =>
        s.IsWord(index) && s.IsCapitalised(index) && s.Words.Months.TryGet(s.Word(index), out _);

    // "14 boroughs cut over 6 per cent", "three firms cut 200 jobs", "the past 9 months down 13.4%": after a count or a length of
    // time, a direction word with an amount (or a bound and an amount) right after it is the verb of that later amount, which takes
    // the change. After a percentage or money the word is a noun or an adverb of this amount ("a 17 per cent rise over four years",
    // "a 2.8 percent gain two years earlier").
    private static bool IsVerbBeforeItsAmount(in QuantityScan s, int end) =>
        StartsAmount(s, end) || (s.TryPhrase(end, s.Words.Qualifiers, out _, out var boundEnd) && StartsAmount(s, boundEnd));

    // A bare figure, a counted noun or a length of time: what may be the subject of a direction verb.
    private static bool IsCountLike(UnitKind kind) => kind is UnitKind.Count or UnitKind.Duration or UnitKind.None;

    // "a 4% price rise", "6.9% higher"; not after "from", which names where something started ("rallied from 20 points down"), and not
    // "loss" after money, which is a result ("a £30 million loss"), not a fall.
    private static bool TryAfter(in QuantityScan s, int last, bool money, bool countLike, out QuantityChange change)
    {
        change = QuantityChange.None;
        for (var index = last; index <= last + NounsBeforeChangeWord && s.IsWord(index); index++)
        {
            if (s.TryPhrase(index, s.Words.Qualifiers, out _, out var boundEnd) && StartsAmount(s, boundEnd))
            {
                return false; // "two brackets earning up to $87,000": the bound of the next amount, not a change
            }

            if (s.TryPhrase(index, s.Words.ChangesAfter, out change, out var changeEnd))
            {
                return !(money && s.Is(index, "loss")) && !(countLike && IsVerbBeforeItsAmount(s, changeEnd));
            }

            if (s.TryPhrase(index, s.Words.ChangesBefore, out var phrasal, out _) && phrasal == QuantityChange.None)
            {
                return false; // "about 600 volunteers showed up", "20 homes broke down": a phrasal verb that holds a direction word, no change
            }

            if (s.Words.NounPhraseStops.Contains(s.Word(index)) || s.IsCapitalised(index) || !s.IsKind(index + 1, TokenKind.Word))
            {
                return false;
            }
        }

        return false;
    }
}
