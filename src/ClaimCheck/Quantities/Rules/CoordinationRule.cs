using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Numbers that share what the number next to them says, read once a sentence's quantities are found: a bare number takes the
/// unit of the number it is paired with ("5 or 6 percent", "from 12 to 27 percent", "20 of 29 passes", "41 of the last 44 months", "2,560 by 1,440 pixels";
/// every side of "19 by 12 by 11 km"), and, joined to it by "and" or "or", the change read on either of the two ("cut by 3.6 and 1.8 mm Hg"),
/// a list of bare numbers ending in such a pair takes the unit of its last number ("four, six, eight or 12 months"),
/// an amount takes the rate of the amount in the same unit it runs to ("from €8.10 to €8.55 an hour", "£9 or £10 an hour"), prices
/// listed before a rate written once take it ("$2,100, $466 and $774 per FEU"),
/// an age or a unit written before the number lends its unit to the number joined to it ("aged 16 and 17", "magnitude 6.3 and 6.4"),
/// a count of "ones" counts what the nearest count before it counts ("40 new vans, plus 12 used ones"),
/// and a conversion in brackets, after a slash (money: "300 million euros/$400 million") or after ", or" (of the same kind of unit) takes the qualifier and change of the amount it converts
/// ("up to 3 inches (7.6 centimeters)", "about 525 feet, or 160 metres"), lending back
/// a change read after it ("ended 0.6%, or 39.56 points, higher"); an amount in the same unit after "and" or "or" that leaves out the
/// verb is the size of the same change ("bus fares rose 4% and rail fares 6%", "rose 6%, 3% and 1%", "rose by 16% in towns and 38% in villages",
/// "rose 12 cents on petrol and 9 cents on diesel"), as is one after a comma and a capitalised name ("Vorland rose 2.4%, Lindenport 1.9%"), and a bare number with the same rate counts what
/// the amount before it counts ("273,100 jobs a month ... and 81,000 a month"); a length of time in two units shares its bound ("within
/// 8 hours and 49 minutes"); and an age given in several time units is an age in each ("aged 104 years and 96 days", "28 years, two
/// months and 9 days", "107 years and 12 days old").</summary>
internal static class CoordinationRule
{
    /// <summary>How many determiners or adjectives may stand after "of" ("41 of the last 44 months").</summary>
    private const int WordsAfterOf = 2;

    /// <summary>How many words may stand between a change and the "and" that leaves its verb out of the next amount ("this year").</summary>
    private const int MaxTimeWords = 2;

    /// <summary>How many words a phrase of time may take between a change and the "and" before the next amount ("year over year,").</summary>
    private const int MaxTimePhraseWords = 4;

    /// <summary>How many words may name the place after a change's preposition ("in the Lindenport area and 9.1% in Brenmoor").</summary>
    private const int MaxPlaceWords = 4;

    /// <summary>How many words may name what the next amount of the same change is about ("and the WTI contract 11%").</summary>
    private const int MaxNounWords = 4;

    /// <summary>How many words may name what an amount after "and" is about when its change verb is left out, prepositions and
    /// determiners included ("and by those from the eastern Vorland 16%").</summary>
    private const int MaxSubjectWords = 6;

    /// <summary>How many phrases joined by a preposition may name what an amount after "and" is about ("those by cruise ship").</summary>
    private const int MaxSubjectPhrases = 2;

    /// <summary>How many tokens may stand between a change and a later amount after "by" that shares it ("in the euro area and by").</summary>
    private const int MaxByGap = 10;

    /// <summary>How many words may stand between two amounts of the same rate ("a month in the third quarter and 81,000 a month").</summary>
    private const int MaxRateGap = 6;

    /// <summary>Applies the rule to the quantities found in the sentence (<see cref="QuantityScan.Earlier"/>).</summary>
    public static void Apply(in QuantityScan s)
    {
        var matches = s.Earlier;
        ShareDimensionsBackward(s);
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var (first, second) = (matches[i], matches[i + 1]);
            if (IsBare(first) && !IsBare(second) && (PairsBackward(s, first.EndToken, second.FirstToken) || IsFromTo(s, first, second))
                && !IsCountOfDescribed(s, first, second) && !IsGapBy(s, first, second))
            {
                matches[i] = WithUnit(first, second.Mention.Quantity.Unit, second.Mention.Per);
                if (Joins(s, first.EndToken, second.FirstToken) && !s.IsChar(first.EndToken, ","))
                {
                    ShareChangeOfPair(matches, i); // "cut by 3.6 and 1.8 mm Hg", "rose 5 or 6 percent"
                }
            }
            else if (TakesRateBack(s, first, second))
            {
                matches[i] = first with { Mention = first.Mention with { Per = second.Mention.Per } };
            }
            else if (IsBare(second) && (first.Mention.Quantity.Unit.IsAge || IsUnitBefore(s, first)) && Joins(s, first.EndToken, second.FirstToken))
            {
                matches[i + 1] = WithUnit(second, first.Mention.Quantity.Unit, Unit.None);
            }
            else if ((s.IsChar(first.EndToken, "(") || IsMoneyAfterSlash(s, first, second)) && second.FirstToken == first.EndToken + 1)
            {
                matches[i + 1] = WithBound(second, first.Mention);
                matches[i] = IsBoundAfterBracket(s, second) ? WithBound(first, second.Mention) : first; // "35 mph (56 km/h) or above"
                if (matches[i].Mention.Change == QuantityChange.None && s.IsChar(second.EndToken, ")"))
                {
                    // "0.97°C (1.75°F) warmer than the mean": the change read past the closing bracket is the amount's before it too
                    matches[i] = matches[i] with { Mention = matches[i].Mention with { Change = second.Mention.Change } };
                }
            }
            else if (IsSpanOfTime(s, first, second))
            {
                matches[i + 1] = WithBound(second, first.Mention); // "within 8 hours and 49 minutes"
            }
            else if (IsBare(second) && SharesRate(s, first, second))
            {
                matches[i + 1] = WithUnit(second, first.Mention.Quantity.Unit, first.Mention.Per);
            }
            else if (SharesLeftOutVerb(s, first, second))
            {
                matches[i + 1] = second with { Mention = second.Mention with { Change = first.Mention.Change } };
            }
            else if (Restates(s, first.EndToken, second.FirstToken) || RestatesInOtherUnit(s, first, second)
                || (first.Mention.Quantity.Unit.Kind == UnitKind.Percentage && Restates(s, AfterWhole(s, first.EndToken), second.FirstToken)))
            {
                if (first.Mention.Quantity.Unit.Kind == second.Mention.Quantity.Unit.Kind)
                {
                    matches[i + 1] = WithBound(second, first.Mention); // the same measure in other units, not "$1.4 trillion, or 9.8% of GDP"
                }

                if (first.Mention.Change == QuantityChange.None)
                {
                    matches[i] = first with { Mention = first.Mention with { Change = second.Mention.Change } };
                }
                else if (matches[i + 1].Mention.Change == QuantityChange.None)
                {
                    // "cutting 9% of its staff, or 640 employees", "down 0.6p a litre or 1.8%": the same change restated
                    matches[i + 1] = matches[i + 1] with { Mention = matches[i + 1].Mention with { Change = first.Mention.Change } };
                }
            }
        }

        ShareVerbPastLevel(s);
        CountPronounOnes(s);
        CountBeforeMeasure(s);
        ShareAlongList(s);
        ShareRateOfMoney(s);
        ReadAgeInParts(s);
    }

    // "cut both readings by 3.6 and 1.8 mm Hg", "rose 5 or 6 percent": a bare number joined by "and" or "or" to the
    // amount whose unit it takes is a side of the same change, whichever of the two the change was read on.
    private static void ShareChangeOfPair(List<QuantityMatch> matches, int i)
    {
        var (first, second) = (matches[i], matches[i + 1]);
        if (first.Mention.Change == QuantityChange.None && second.Mention.Change != QuantityChange.None)
        {
            matches[i] = first with { Mention = first.Mention with { Change = second.Mention.Change } };
        }
        else if (second.Mention.Change == QuantityChange.None && first.Mention.Change != QuantityChange.None)
        {
            matches[i + 1] = second with { Mention = second.Mention with { Change = first.Mention.Change } };
        }
    }

    // "four 400-metre races", "six 12-hour shifts", "twelve $5 million top prizes", "120 eight-car trains", "two 500 mg tablets": a bare
    // whole number right before an amount with a unit, itself followed by a noun phrase, counts that noun phrase; the amount between
    // measures each of the things counted. A head that names a unit of measure or money restates the amount's unit ("1 $10 dollars
    // bill") and is not counted.
    private static void CountBeforeMeasure(in QuantityScan s)
    {
        var matches = s.Earlier;
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var (count, measure) = (matches[i], matches[i + 1]);
            if (IsBare(count) && count.Mention.Quantity.Value >= 1 && count.Mention.Quantity.Value % 1 == 0 && count.Mention.Quantity.Qualifier != Qualifier.Range
                && measure.FirstToken == count.EndToken && measure.Mention.Quantity.Unit.Kind != UnitKind.None
                && NounPhrase.Read(s, NounAfter(measure), money: false, out var first, out var end) && NounPhrase.TryHead(s, first, end, out var head, out _))
            {
                var isUnitName = s.Words.UnitNames.TryGet(head, out var named);
                if ((!isUnitName || named.Kind == UnitKind.Count) && !s.Words.Currencies.Contains(head) && !s.Words.CurrencySubunits.Contains(head))
                {
                    matches[i] = WithUnit(count, isUnitName ? named : Unit.CountNamed(s.Words.Singular(head)), Unit.None); // not "1 $10 dollars bill"
                }
            }
        }
    }

    // Where the noun phrase after an amount starts: the noun the amount was read with when it follows the amount ("$1 million prizes"),
    // else the token after the amount and any noun joined inside it ("8-car trains").
    private static int NounAfter(QuantityMatch match) =>
        match.HasNounPhrase && match.NounFirstToken >= match.EndToken ? match.NounFirstToken : match.PhraseEndToken;

    /// <summary>The count the pronoun "ones" stands for.</summary>
    private static readonly Unit Ones = Unit.Count("ones");

    // "40 new vans, plus 12 used ones", "four new clinics and two older ones": "ones" counts what the nearest count before
    // it in its sentence counts.
    private static void CountPronounOnes(in QuantityScan s)
    {
        var matches = s.Earlier;
        for (var i = 1; i < matches.Count; i++)
        {
            if (matches[i].Mention.Quantity.Unit != Ones)
            {
                continue;
            }

            for (var j = i - 1; j >= 0; j--)
            {
                var unit = matches[j].Mention.Quantity.Unit;
                if (unit.Kind == UnitKind.Count && unit != Ones)
                {
                    matches[i] = WithUnit(matches[i], unit, matches[j].Mention.Per);
                    break;
                }
            }
        }
    }

    // "the Brask-Orvik rate fell 6% to $1,210 a box and the Brask-Kestrel rate 4% to $1,530", "grew by 37,000 to 6.4 million, and
    // night shifts by 22,000": the level a change reached, written right after it with "to", does not keep the next amount of the
    // change's unit from sharing its left-out verb; the gap is read from the end of that level, as for two amounts side by side.
    private static void ShareVerbPastLevel(in QuantityScan s)
    {
        var matches = s.Earlier;
        for (var i = 2; i < matches.Count; i++)
        {
            var (change, level, second) = (matches[i - 2], matches[i - 1], matches[i]);
            if (level.FirstToken - 1 == change.EndToken && s.Is(change.EndToken, "to") && level.Mention.Change == QuantityChange.None
                && SharesLeftOutVerb(s, change with { EndToken = level.EndToken }, second))
            {
                matches[i] = second with { Mention = second.Mention with { Change = change.Mention.Change } };
            }
        }
    }

    /// <summary>How many words may name each item of a list of prices between its separator and the next price ("diesel at").</summary>
    private const int MaxListItemWords = 2;

    /// <summary>How many times the larger of two prices of one rate may be the smaller.</summary>
    private const double PriceListRatio = 10;

    // Prices in one currency listed before a rate written once take it: "$2,100, $466 and $774 per FEU", "petrol at KSh 211.64,
    // diesel at KSh 200.99 and kerosene at KSh 202.61 per litre". Read from the end, so each item passes it on to the one before. A
    // price the rate came from or went to keeps none ("$9.75 an hour, up from $9"), and neither does a change before the level it
    // reached ("fell $412, to $3,333 per container").
    private static void ShareRateOfMoney(in QuantityScan s)
    {
        var matches = s.Earlier;
        for (var i = matches.Count - 2; i >= 0; i--)
        {
            var (first, second) = (matches[i], matches[i + 1]);
            if (first.Mention.Per == Unit.None && second.Mention.Per != Unit.None && ArePricesOfOneRate(first, second)
                && IsListGap(s, first.EndToken, second.FirstToken))
            {
                matches[i] = first with { Mention = first.Mention with { Per = second.Mention.Per } };
            }
        }
    }

    private static bool ArePricesOfOneRate(QuantityMatch first, QuantityMatch second) =>
        first.Mention.Quantity.Unit.Kind == UnitKind.Currency && first.Mention.Quantity.Unit == second.Mention.Quantity.Unit
        && first.Mention.Quantity.Value > 0 && second.Mention.Quantity.Value > 0
        && Math.Max(first.Mention.Quantity.Value, second.Mention.Quantity.Value)
            <= PriceListRatio * Math.Min(first.Mention.Quantity.Value, second.Mention.Quantity.Value);

    // ", ", "and", ", and" or "or", then at most two words naming the next item: ", diesel at", "and kerosene by"; not a word that
    // makes the two a span or a sequence ("to", "then": "a $4.10 flag fall and then $2.05 per km").
    private static bool IsListGap(in QuantityScan s, int end, int next)
    {
        var index = end;
        if (s.IsChar(index, ","))
        {
            index++;
        }

        if (s.Is(index, "and") || s.Is(index, "or"))
        {
            index++;
        }

        if (index == end || next - index > MaxListItemWords)
        {
            return false;
        }

        for (; index < next; index++)
        {
            if (!s.IsWord(index) || s.Is(index, "and") || s.Is(index, "or") || s.Words.PriceListStops.Contains(s.Word(index)))
            {
                return false;
            }
        }

        return true;
    }

    // "two, five, nine, 11 or 14 weeks", "3, 6, and 9 percent": bare numbers listed with commas before a pair joined by
    // "and" or "or" take the unit the last number of the list has. Read from the end, so each number passes the unit on to the one
    // before it; a comma alone shares nothing unless the list ends in such a pair ("won 3, 2 percent said").
    private static void ShareAlongList(in QuantityScan s)
    {
        var matches = s.Earlier;
        var inList = false;
        for (var i = matches.Count - 2; i >= 0; i--)
        {
            var (first, second) = (matches[i], matches[i + 1]);
            var byConjunction = second.FirstToken == first.EndToken + 1 && (s.Is(first.EndToken, "and") || s.Is(first.EndToken, "or"));
            byConjunction |= i > 0 && IsSerialComma(s, first.EndToken, second.FirstToken) && IsBare(matches[i - 1])
                && first.FirstToken == matches[i - 1].EndToken + 1 && s.IsChar(matches[i - 1].EndToken, ",");
            if (!IsBare(first))
            {
                inList = byConjunction && first.Mention.Quantity.Unit == second.Mention.Quantity.Unit && first.Mention.Per == second.Mention.Per
                    && first.Mention.Quantity.Unit.Kind != UnitKind.None;
                continue;
            }

            var byComma = second.FirstToken == first.EndToken + 1 && s.IsChar(first.EndToken, ",");
            if (!IsBare(second) && second.Mention.Quantity.Unit.Kind != UnitKind.None && (byConjunction || (byComma && inList)))
            {
                matches[i] = WithUnit(first, second.Mention.Quantity.Unit, second.Mention.Per);
                inList = true;
            }
            else
            {
                inList = false;
            }
        }
    }

    // ", and" or ", or" before the last number of a list ("3, 6, and 9 percent"); after only one number it restates ("578,600, or
    // 14%"), so the number before must itself be listed with a comma.
    private static bool IsSerialComma(in QuantityScan s, int end, int next) =>
        next == end + 2 && s.IsChar(end, ",") && (s.Is(end + 1, "and") || s.Is(end + 1, "or"));

    // "aged 104 years and 96 days", "107 years and 12 days old": time units that follow one another from the largest down, joined by
    // a comma or "and", make one length of time; when one part is an age, every part is. "aged 70, 12 years after" is not one (years
    // do not follow years).
    private static void ReadAgeInParts(in QuantityScan s)
    {
        var matches = s.Earlier;
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var last = i;
            var isAge = matches[i].Mention.Quantity.Unit.IsAge;
            while (last + 1 < matches.Count && TimeRank(matches[last + 1].Mention.Quantity.Unit) > 0
                && TimeRank(matches[last + 1].Mention.Quantity.Unit) < TimeRank(matches[last].Mention.Quantity.Unit)
                && IsPartJoin(s, matches[last].EndToken, matches[last + 1].FirstToken))
            {
                last++;
                isAge |= matches[last].Mention.Quantity.Unit.IsAge;
            }

            if (last > i && isAge)
            {
                for (var k = i; k <= last; k++)
                {
                    var unit = matches[k].Mention.Quantity.Unit;
                    matches[k] = unit.IsAge ? matches[k] : WithUnit(matches[k], Unit.Duration(unit.Name + Unit.AgeEnding), matches[k].Mention.Per);
                }
            }

            i = last;
        }
    }

    // Years, months, weeks and days, as ages or lengths of time, largest first; 0 for any other unit.
    private static int TimeRank(Unit unit)
    {
        if (unit.Kind != UnitKind.Duration)
        {
            return 0;
        }

        var name = unit.IsAge ? unit.Name[..^Unit.AgeEnding.Length] : unit.Name;
        return name switch { "year" => 4, "month" => 3, "week" => 2, "day" => 1, _ => 0 };
    }

    // Nothing, a comma, "and" or ", and" between two parts of one length of time.
    private static bool IsPartJoin(in QuantityScan s, int end, int next) =>
        next == end || (next == end + 1 && (s.Is(end, "and") || s.IsChar(end, ","))) || (next == end + 2 && s.IsChar(end, ",") && s.Is(end + 1, "and"));

    // "19 by 12 by 11 km": the sides of a size, each joined to the next by "by", "x" or "×", all take the unit written
    // after the last, read from the last pair back so that the first side gets it through the second.
    private static void ShareDimensionsBackward(in QuantityScan s)
    {
        var matches = s.Earlier;
        for (var i = matches.Count - 2; i >= 0; i--)
        {
            var (first, second) = (matches[i], matches[i + 1]);
            if (IsBare(first) && !IsBare(second) && !IsGapBy(s, first, second) && second.FirstToken == first.EndToken + 1
                && IsDimensionJoiner(s, first.EndToken))
            {
                matches[i] = WithUnit(first, second.Mention.Quantity.Unit, second.Mention.Per);
            }
        }
    }

    // "missed the target of 1,500 by 5%": a percentage after "by" is the gap to the figure before it, no side of a size.
    private static bool IsGapBy(in QuantityScan s, QuantityMatch first, QuantityMatch second) =>
        s.Is(first.EndToken, "by") && second.Mention.Quantity.Unit.Kind == UnitKind.Percentage;

    /// <summary>Whether the token joins two sides of a size: "by", "x" or "×" ("a 40m by 40m plaza", "300m x 45m").</summary>
    internal static bool IsDimensionJoiner(in QuantityScan s, int index) => s.Is(index, "by") || s.Is(index, "x") || s.IsChar(index, "×");

    private static bool IsBare(QuantityMatch match) =>
        match.Mention.Quantity.Unit.Kind == UnitKind.None && !match.HasNounPhrase && !match.IsVague && !match.IsTotal;

    // "magnitude 6.3 and 6.4": a unit written before the number lends itself to the number joined after it.
    private static bool IsUnitBefore(in QuantityScan s, QuantityMatch match) =>
        s.Words.UnitsBefore.TryGet(s.Word(match.FirstToken), out var unit) && unit == match.Mention.Quantity.Unit;

    // "5 or 6 percent", "16- and 17-year-olds", "2,560 by 1,440 pixels", "20 of 29 passes", "12 out of 40 wards", "41 of the last 44 months", "17 of Kenya's
    // 47 counties".
    private static bool PairsBackward(in QuantityScan s, int end, int next)
    {
        if (next == end + 1 && (s.Is(end, "or") || s.Is(end, "and") || IsDimensionJoiner(s, end)))
        {
            return true;
        }

        if (next == end + 2 && RangeRule.IsSuspendedHyphen(s, end) && (s.Is(end + 1, "or") || s.Is(end + 1, "and")))
        {
            return true; // "16- and 17-year-olds", "2- or 3-bedroom flats"
        }

        if (next == end + 2 && s.Is(end, "out") && s.Is(end + 1, "of"))
        {
            return true; // "12 out of 40 wards", as "20 of 29 passes"
        }

        if (!s.Is(end, "of"))
        {
            return false;
        }

        // "12 of Vorland's 30 districts", "40 of the country's 66 provinces": a possessive stands where "the" would after a figure in
        // digits ("half of the country's 38 million people" is a share of the people, not a count of them).
        var words = s.IsKind(end - 1, TokenKind.Number) ? PossessiveDeterminer.After(s.Tokens.AsSpan(), end + 1) : end + 1;
        if (next - words > WordsAfterOf)
        {
            return false;
        }

        for (var i = words; i < next; i++)
        {
            if (!s.IsWord(i) || s.IsCapitalised(i) || (i > end + 1 && s.Words.NounPhraseStops.Contains(s.Word(i))))
            {
                return false; // a verb after the determiner starts a new clause: "six of them won 12 or more medals"
            }
        }

        return true;
    }

    // "five of them boys under 10", "three of the 12-year-olds", "14 of the 20-tonne trucks": a number before "of" counts people among
    // those of an age, or things a hyphenated measure describes; it takes no age or unit from the figure after it, as "20 of 29 passes"
    // takes the unit.
    private static bool IsCountOfDescribed(in QuantityScan s, QuantityMatch first, QuantityMatch second) =>
        (second.Mention.Quantity.Unit.IsAge || s.Word(second.FirstToken).Contains('-') || s.IsCompoundHyphen(second.FirstToken + 1))
        && (s.Is(first.EndToken, "of") || s.Is(first.EndToken, "out"));

    // "about 300 million euros/$400 million": money after a slash restates the money before it in another currency.
    private static bool IsMoneyAfterSlash(in QuantityScan s, QuantityMatch first, QuantityMatch second) =>
        s.IsChar(first.EndToken, "/") && first.Mention.Quantity.Unit.Kind == UnitKind.Currency && second.Mention.Quantity.Unit.Kind == UnitKind.Currency;

    // "went from 12 to 27 percent": the level left takes the unit of the level reached.
    private static bool IsFromTo(in QuantityScan s, QuantityMatch first, QuantityMatch second) =>
        second.FirstToken == first.EndToken + 1 && s.Is(first.EndToken, "to") && s.Is(first.FirstToken - 1, "from");

    /// <summary>How many times the larger of two amounts joined by "or" may be the smaller for both to be alternatives of one rate.</summary>
    private const double AlternativeRatio = 2;

    // "from €8.10 to €8.55 an hour", "£9 or £10 an hour": an amount in the same unit as the next one, joined to it by "from … to" or
    // "or", is a rate of the same kind when only the next one writes the rate. After "or", only when the rate is per a time or the
    // two are of like size: "will cost $3 million or $55 per resident" gives a total and what it comes to per head.
    private static bool TakesRateBack(in QuantityScan s, QuantityMatch first, QuantityMatch second) =>
        first.Mention.Per == Unit.None && second.Mention.Per != Unit.None && first.Mention.Quantity.Unit.Kind != UnitKind.None
        && first.Mention.Quantity.Unit == second.Mention.Quantity.Unit
        && (IsFromTo(s, first, second)
            || (second.FirstToken == first.EndToken + 1 && s.Is(first.EndToken, "or")
                && (second.Mention.Per.Kind == UnitKind.Duration || AreOfLikeSize(first.Mention.Quantity.Value, second.Mention.Quantity.Value))));

    private static bool AreOfLikeSize(double a, double b) =>
        a > 0 && b > 0 && Math.Max(a, b) <= AlternativeRatio * Math.Min(a, b);

    // "up to 570 km, or 353 miles", "ended 0.6%, or 39.56 points, higher": the amount after ", or" restates the one before; its
    // bound is shared only when it is the same measure in other units.
    private static bool Restates(in QuantityScan s, int end, int next) =>
        next == end + 2 && s.IsChar(end, ",") && s.Is(end + 1, "or");

    // "9% of its staff, or 640 employees": the whole a share is of, up to four words after "of"; `end` itself when "of" does not
    // follow.
    private static int AfterWhole(in QuantityScan s, int end)
    {
        if (!s.Is(end, "of"))
        {
            return end;
        }

        var index = end + 1;
        while (index < end + 5 && s.IsWord(index) && !s.Is(index, "or"))
        {
            index++;
        }

        return index;
    }

    // "down 0.6p a litre or 1.8%": "or" with no comma restates an amount when the second is in another kind of unit ("5 or 6
    // percent" and "6.5% or 7.5%" are alternatives).
    private static bool RestatesInOtherUnit(in QuantityScan s, QuantityMatch first, QuantityMatch second) =>
        second.FirstToken == first.EndToken + 1 && s.Is(first.EndToken, "or") && first.Mention.Quantity.Unit.Kind != UnitKind.None
        && second.Mention.Quantity.Unit.Kind != UnitKind.None && first.Mention.Quantity.Unit.Kind != second.Mention.Quantity.Unit.Kind;

    // Whether `second` is the size of the change `first` states, its verb left out, either way SharesVerb or SharesChangeAfterBy reads.
    private static bool SharesLeftOutVerb(in QuantityScan s, QuantityMatch first, QuantityMatch second) =>
        SharesVerb(s, first, second) || SharesChangeAfterBy(s, first, second);

    // "bus fares rose 4% and rail fares 6%", "and rail fares just 0.8%", "up by 90,000 bpd in May and by 150,000 bpd in June",
    // "cut by 2.5% or 3.5%":
    // an amount in the same unit after "and" or "or", with only a noun phrase (or "by") before it and at most a time after the first
    // ("this year", "in May"), is the size of the same change; not "rose 5% and 40% of analysts".
    private static bool SharesVerb(in QuantityScan s, QuantityMatch first, QuantityMatch second)
    {
        var (a, b) = (first.Mention, second.Mention);
        if (a.Change == QuantityChange.None || b.Change != QuantityChange.None || a.Quantity.Unit != b.Quantity.Unit
            || a.Quantity.Unit.Kind == UnitKind.None || a.Quantity.IsIncrement || first.IsTotal || second.IsTotal || s.Is(second.EndToken, "of"))
        {
            return false;
        }

        var join = first.EndToken;
        while (join < second.FirstToken && !s.Is(join, "and") && !s.Is(join, "or"))
        {
            join++;
        }

        var lastJoin = second.FirstToken - 1;
        while (lastJoin > join && !s.Is(lastJoin, "and") && !s.Is(lastJoin, "or"))
        {
            lastJoin--;
        }

        if (lastJoin > join && IsTimePhrase(s, first.EndToken, lastJoin))
        {
            join = lastJoin; // "fell 4% in April and May and 2.5% in June": the "and" inside the time phrase joins times, not amounts
        }

        if (join == second.FirstToken && s.IsChar(join - 1, ",") && IsParallelPlace(s, first.EndToken, join - 1, second.EndToken))
        {
            return true; // "fell 4% in Vorland, 1% in Brenmoor and 6% in Ostrava": a list of places, the comma before the "and"
        }

        var listed = AfterOwnChangeWord(s, first);
        if (IsNamedAfterComma(s, listed, second.FirstToken)
            || (a.Quantity.Unit.Kind == UnitKind.Percentage && IsNounAfterComma(s, listed, second.FirstToken)))
        {
            return true; // "Vorland gained 2%, Kestrel Bay 1.2% and Ostrava 0.5%", "food rose 7.7%, housing and energy 21.6%": the verb left out
        }

        if (join == second.FirstToken && second.FirstToken == first.EndToken + 1 && s.IsChar(first.EndToken, ",")
            && a.Quantity.Unit.Kind == UnitKind.Percentage && ListGoesOn(s, second.EndToken))
        {
            return true; // "rose 6%, 3% and 1%": percentages listed with commas before the last pair, the verb written once
        }

        // "rose 31% and 23%, and Brazil's by 15%": a comma right before the "and" stands between no words
        var afterComma = s.IsChar(first.EndToken, ",") && join == first.EndToken + 1 ? join : first.EndToken;
        if (join == second.FirstToken
            || (join > afterComma && !(join - first.EndToken <= MaxTimeWords && IsTime(s, join - 1))
                && !IsTimePhrase(s, first.EndToken, join) && !IsParallelPlace(s, first.EndToken, join, second.EndToken)
                && !IsAgainstPhrase(s, first.EndToken, join)))
        {
            return false;
        }

        return IsLeftOutVerbSubject(s, join + 1, second.FirstToken);
    }

    /// <summary>How many words a phrase naming what a change is measured against may hold ("against the US dollar").</summary>
    private const int MaxAgainstPhraseWords = 4;

    // "the won firmed 3.95% against the dollar and the baht 2.19%": a short phrase naming what the first change is measured against
    // stands between it and the "and", as a time may.
    private static bool IsAgainstPhrase(in QuantityScan s, int start, int join) =>
        s.Is(start, "against") && join - start <= MaxAgainstPhraseWords;

    // "Plums were 7.5 percent dearer, figs 3.1 percent", "exports were 8 percent higher, imports 5 percent": the comparative after a
    // percentage that gave it its change (a change-after-percent or change-after phrase, as ChangeRule reads them) is part of the first
    // item of the list, so the item after the comma starts after it. Returns the token after that comparative, or the token after the
    // amount when none follows.
    private static int AfterOwnChangeWord(in QuantityScan s, QuantityMatch first) =>
        first.Mention.Quantity.Unit.Kind == UnitKind.Percentage
        && (IsOwnChange(s, first, s.Words.ChangesAfterPercent, out var end) || IsOwnChange(s, first, s.Words.ChangesAfter, out end))
            ? end
            : first.EndToken;

    // Whether a phrase of changes right after the amount gives the change the amount has; end is the token after it.
    private static bool IsOwnChange(in QuantityScan s, QuantityMatch first, WordMap<QuantityChange> changes, out int end) =>
        s.TryPhrase(first.EndToken, changes, out var change, out end) && change == first.Mention.Change;

    // "and rail fares 6%", "and Lindenport's 9%", "and rail fares just 0.8%", "and the WTI contract 11%", "and those by cruise ship
    // 12%", "and that of the Vorland index 3%", "and in the north 4%": what the next amount of a change is about, its verb left out. An
    // optional preposition, then one or two phrases joined by a preposition, each an optional determiner or pronoun and a few words that
    // cannot end a noun phrase (a possessive may follow the first); a pronoun may stand alone before the preposition ("those by"); "by"
    // or an emphasis ("just") may end it. Not "and the index was 40%" ("was" ends a noun phrase) or "and those of the mills reached
    // 18%" (a past form right before the amount is a verb of its own).
    private static bool IsLeftOutVerbSubject(in QuantityScan s, int start, int end)
    {
        if (end > start && (s.Is(end - 1, "by") || s.Words.ChangeEmphases.Contains(s.Word(end - 1))))
        {
            end--;
        }

        if (end == start)
        {
            return true; // "rose 6% and 3%", "and by 3%", "and just 0.8%": no subject, the same one
        }

        if (ChangeRule.IsPastParticiple(s.Word(end - 1)))
        {
            return false; // "and those of the Brenmoor mills reached 18%": a verb of its own, not a left-out one
        }

        var i = start;
        if (i + 1 < end && IsSubjectPreposition(s, i))
        {
            i++; // "and in the north 4%", "and by those from Kestrel 9%"
        }

        var (phrases, words) = (0, 0);
        while (i < end)
        {
            if (phrases > 0)
            {
                if (!IsSubjectPreposition(s, i))
                {
                    return false;
                }

                i++;
            }

            var opened = i < end && s.IsWord(i) && s.Words.LeftOutVerbSubjectOpeners.Contains(s.Word(i));
            if (opened)
            {
                i++;
            }

            var phraseWords = 0;
            for (; i < end; i++)
            {
                if (s.IsKind(i, TokenKind.Possessive) && phraseWords > 0)
                {
                    continue; // "and Lindenport's 9%": the possessive belongs to the noun and does not count
                }

                if (!s.IsWord(i) || s.Words.NounPhraseStops.Contains(s.Word(i)))
                {
                    break;
                }

                phraseWords++;
            }

            if ((phraseWords == 0 && !(opened && phrases == 0 && i < end)) || phraseWords + (opened ? 1 : 0) > MaxNounWords)
            {
                return false; // only a pronoun may stand without a noun, and only before a preposition ("those by cruise ship")
            }

            phrases++;
            words += phraseWords;
        }

        return phrases is > 0 and <= MaxSubjectPhrases && words > 0 && end - start <= MaxSubjectWords;
    }

    private static bool IsSubjectPreposition(in QuantityScan s, int index) =>
        s.IsWord(index) && s.Words.LeftOutVerbSubjectPrepositions.Contains(s.Word(index));

    // Whether an amount after "by" (or "by a further") is the size of the change before it, its verb left out: "fell by 103,000 in the
    // EU and by 100,000 in the euro area", "lowers the risk of falls by 19%, of hip fracture by 18%", "cut events by 11% in the first
    // year and by 36% after that". The two amounts are in one unit (or both bare counts), the words between them join them with "and"
    // or a comma and hold no sentence break (a year may stand there: "rose by 8% in 2021 and by a further 5%"), and the word before
    // "by" is no participle ("led by 10% in fuel", "driven by", "hit by": agent-participle rows and forms in "-ed").
    private static bool SharesChangeAfterBy(in QuantityScan s, QuantityMatch first, QuantityMatch second)
    {
        var (a, b) = (first.Mention, second.Mention);
        if (a.Change == QuantityChange.None || b.Change != QuantityChange.None || a.Quantity.Unit != b.Quantity.Unit
            || a.Quantity.IsIncrement || first.IsTotal || second.IsTotal || second.FirstToken - first.EndToken > MaxByGap)
        {
            return false;
        }

        var by = second.FirstToken - 1;
        while (by > first.EndToken && second.FirstToken - by <= 2 && (s.Is(by, "a") || s.Words.IncrementWords.Contains(s.Word(by))))
        {
            by--; // "by a further 15%", "by another 2%"
        }

        if (by <= first.EndToken || !s.Is(by, "by")
            || (s.IsWord(by - 1) && !s.Is(by - 1, "and") && (ChangeRule.IsPastParticiple(s.Word(by - 1))
                || s.Words.AgentParticiples.Contains(s.Word(by - 1)) || s.Words.NounPhraseStops.Contains(s.Word(by - 1)))))
        {
            return false; // "helped by 4% in fuel", "driven by", "hit by": the agent of a verb, not the size of the change
        }

        var joined = false;
        for (var i = first.EndToken; i < by; i++)
        {
            if (s.IsChar(i, ";") || s.IsChar(i, ".") || s.IsChar(i, ":"))
            {
                return false;
            }

            joined |= s.Is(i, "and") || s.IsChar(i, ",");
        }

        return joined;
    }

    // Whether another amount follows the one ending at `end` in the same list: "and", "or" or a comma, then a number (or a currency
    // sign and a number): "3%" in "6%, 3% and 1%".
    private static bool ListGoesOn(in QuantityScan s, int end)
    {
        if (!(s.Is(end, "and") || s.Is(end, "or") || s.IsChar(end, ",")))
        {
            return false;
        }

        var next = s.IsKind(end + 1, TokenKind.Currency) ? end + 2 : end + 1;
        return s.IsKind(next, TokenKind.Number);
    }

    // ", Honolulu 3.5%": a comma, then a name of a few words starting with a capital, then the amount; "and" or "the" may join
    // capitalised words inside the name (", Asia and the Pacific 5.7 percent"), and "the" may open it (", the Amber Route 2.7 percent").
    private static bool IsNamedAfterComma(in QuantityScan s, int end, int next)
    {
        var name = s.Is(end + 1, "the") ? end + 2 : end + 1;
        if (!s.IsChar(end, ",") || next - name < 1 || next - end - 1 > MaxNounWords || !s.IsCapitalised(name))
        {
            return false;
        }

        for (var i = name; i < next; i++)
        {
            var joinsName = (s.Is(i, "and") || s.Is(i, "the")) && i + 1 < next && (s.IsCapitalised(i + 1) || s.Is(i + 1, "the"));
            if (!s.IsWord(i) || (s.Words.NounPhraseStops.Contains(s.Word(i)) && !joinsName))
            {
                return false;
            }
        }

        return true;
    }

    // ", gas 56.6%", ", housing and energy 21.6%": a comma, then a lower-case noun phrase of a few words that names the next item, then
    // its amount (read for percentages only: ", reaching $682" after a change in dollars is a level, not a second change). No word of
    // the phrase may end a noun phrase (a verb such as "was", a preposition, "the"), except an "and" joining two of its words; a
    // capitalised name is read by IsNamedAfterComma.
    private static bool IsNounAfterComma(in QuantityScan s, int end, int next)
    {
        if (!s.IsChar(end, ",") || next - end - 1 < 1 || next - end - 1 > MaxNounWords || s.IsCapitalised(end + 1))
        {
            return false;
        }

        for (var i = end + 1; i < next; i++)
        {
            var joinsWords = s.Is(i, "and") && i > end + 1 && i + 1 < next;
            if (!s.IsWord(i) || (s.Words.NounPhraseStops.Contains(s.Word(i)) && !joinsWords))
            {
                return false;
            }
        }

        return true;
    }

    // "rose by 16% in towns and 38% in villages", "turnout sank 6% among rural voters and 4.5% among city voters": the same preposition
    // after each amount, and a few words of a noun phrase (or a year alone) after the first, say where, among whom or when each change
    // was.
    private static bool IsParallelPlace(in QuantityScan s, int after, int join, int secondEnd)
    {
        var placeWords = join - after - 1;
        if (placeWords < 1 || placeWords > MaxPlaceWords || !s.Words.ParallelChangePrepositions.Contains(s.Word(after))
            || !s.Word(secondEnd).Equals(s.Word(after), StringComparison.Ordinal) || !(s.IsWord(secondEnd + 1) || s.IsYearNumber(secondEnd + 1)))
        {
            return false;
        }

        for (var i = after + 1; i < join; i++)
        {
            var isYear = placeWords == 1 && s.IsYearNumber(i) && s.IsYearNumber(secondEnd + 1);
            if (!(s.IsWord(i) || isYear) || (s.Words.NounPhraseStops.Contains(s.Word(i)) && !(i == after + 1 && s.Is(i, "the"))))
            {
                return false;
            }
        }

        return true;
    }

    // "freight volumes shrank 9% month on month, and by 17% for tankers", "rose 3% a year earlier and 5%", "rose 6.2% on the year and
    // 0.7% in the month", "fell 3% in 2019 and bus trips 1.8%": duration units, relative-time words, an article or a
    // preposition of time before a duration unit, a year after a preposition of time at the end, and a word joining two of them
    // ("year on year"), with a comma before the "and", say when the change was, not what changed.
    private static bool IsTimePhrase(in QuantityScan s, int start, int join)
    {
        var end = s.IsChar(join - 1, ",") ? join - 1 : join;
        if (end - start < 1 || end - start > MaxTimePhraseWords)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var joinsTimes = i > start && i + 1 < end && IsTime(s, i - 1) && IsTime(s, i + 1);
            var articleBeforeTime = IsArticle(s, i) && IsTime(s, i + 1);
            var prepositionBeforeTime = s.IsWord(i) && s.Words.TimeSpanPrepositions.Contains(s.Word(i))
                && (IsTime(s, i + 1) || (IsArticle(s, i + 1) && IsTime(s, i + 2)) || (i + 2 == end && s.IsYearNumber(i + 1)));
            var yearAfterPreposition = i == end - 1 && i > start && s.IsYearNumber(i) && s.Words.TimeSpanPrepositions.Contains(s.Word(i - 1));
            if (!(s.IsWord(i) || yearAfterPreposition)
                || !(IsTime(s, i) || joinsTimes || articleBeforeTime || prepositionBeforeTime || yearAfterPreposition
                    || s.Words.RelativeTimeWords.Contains(s.Word(i))))
            {
                return false;
            }
        }

        return true;
    }

    // "shed 273,100 jobs a month in the third quarter and 81,000 a month in the fourth": a bare number followed by the same rate as the
    // amount before it, with "and", "or" or a comma between, counts what that amount counts.
    private static bool SharesRate(in QuantityScan s, QuantityMatch first, QuantityMatch second)
    {
        var per = first.Mention.Per;
        var marker = second.EndToken;
        if (per == Unit.None || first.Mention.Quantity.Unit.Kind == UnitKind.None || second.FirstToken - first.EndToken > MaxRateGap
            || !(s.Is(marker, "a") || s.Is(marker, "an") || s.Is(marker, "per")) || !s.IsWord(marker + 1)
            || !s.Words.Singular(s.Word(marker + 1).ToString().ToLowerInvariant()).Equals(per.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = first.EndToken; i < second.FirstToken; i++)
        {
            if (s.Is(i, "and") || s.Is(i, "or") || s.IsChar(i, ","))
            {
                return true;
            }
        }

        return false;
    }

    // "within 8 hours and 49 minutes", "more than 2 years and 3 months": one length of time in two units shares its bound.
    private static bool IsSpanOfTime(in QuantityScan s, QuantityMatch first, QuantityMatch second)
    {
        var (a, b) = (first.Mention.Quantity.Unit, second.Mention.Quantity.Unit);
        return a.Kind == UnitKind.Duration && b.Kind == UnitKind.Duration && a.Name != b.Name && !a.IsAge && !b.IsAge
            && second.FirstToken == first.EndToken + 1 && s.Is(first.EndToken, "and");
    }

    private static bool IsArticle(in QuantityScan s, int index) => s.Is(index, "a") || s.Is(index, "an") || s.Is(index, "the");

    private static bool IsTime(in QuantityScan s, int index) =>
        s.IsWord(index) && (s.Words.DurationUnits.Contains(s.Word(index)) || s.Words.TimeUnits.Contains(s.Word(index))
            || NotAnAmountRules.IsMonthAt(s, index));

    // "aged 16 and 17", "aged 16, 17 and 19"
    private static bool Joins(in QuantityScan s, int end, int next) =>
        next == end + 1 && (s.Is(end, "and") || s.Is(end, "or") || s.IsChar(end, ","));

    private static QuantityMatch WithUnit(QuantityMatch match, Unit unit, Unit per) =>
        match with { Mention = match.Mention with { Quantity = match.Mention.Quantity.WithUnit(unit), Per = per } };

    // "35 mph (56 km/h) or above", "14 degrees Fahrenheit (-10 degrees Celsius) or colder": a conversion in brackets whose qualifier
    // was read after the closing bracket bounds the amount it converts too.
    private static bool IsBoundAfterBracket(in QuantityScan s, QuantityMatch conversion)
    {
        if (conversion.Mention.Quantity.Qualifier is Qualifier.Exact or Qualifier.Range)
        {
            return false;
        }

        for (var index = conversion.FirstToken; index < conversion.EndToken; index++)
        {
            if (s.IsChar(index, ")"))
            {
                return true;
            }
        }

        return false;
    }

    private static QuantityMatch WithBound(QuantityMatch match, QuantityMention source)
    {
        var quantity = match.Mention.Quantity;
        if (quantity.Qualifier == Qualifier.Exact && source.Quantity.Qualifier is not (Qualifier.Exact or Qualifier.Range))
        {
            quantity = Quantity.Create(quantity.Value, source.Quantity.Qualifier, quantity.Unit, quantity.IsIncrement);
        }

        var change = match.Mention.Change == QuantityChange.None ? source.Change : match.Mention.Change;
        return match with { Mention = match.Mention with { Quantity = quantity, Change = change } };
    }
}
