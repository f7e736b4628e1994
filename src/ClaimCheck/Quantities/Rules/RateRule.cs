using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Rates after money, counts and percentages: "$1.40 a share", "500,000 barrels a day", "15% per annum", "64.2 cents a
/// dozen", "$450 per square foot", "27 points per game". The mention grows over the rate and <see cref="QuantityMention.Per"/> names
/// what it is per: a length of time, a physical unit or a counted noun. "a year earlier" is a time, not a rate; "a barrel after" is a
/// rate.</summary>
internal static class RateRule
{
    /// <summary>Reads a rate after the draft's unit.</summary>
    public static void Read(in QuantityScan s, ref QuantityDraft draft)
    {
        var index = draft.End;
        if (index + 1 >= s.Count)
        {
            return;
        }

        if (s.IsChar(index, "-") && index + 2 < s.Count)
        {
            index++;
        }

        if (s.IsChar(index, ")") && draft.Start > 0 && s.IsChar(draft.Start - 1, "("))
        {
            index++; // "£2,410 (€2,790) a tonne": the converted amount in brackets takes the rate after them
        }
        else if (s.IsChar(index, "(") && BracketEnd(s, index) is var close and > 0)
        {
            // "£2,410 (€2,790) a tonne": the amount before the brackets takes the rate after them; the mention stays before the
            // brackets so that the converted amount is read too
            var end = draft.End;
            ReadAfter(s, ref draft, close + 1);
            draft.End = end;
            return;
        }

        ReadAfter(s, ref draft, index);
    }

    /// <summary>The index of the ")" that closes the brackets opened at <paramref name="open"/> within a few tokens, or -1.</summary>
    private static int BracketEnd(in QuantityScan s, int open)
    {
        const int MostInside = 6;
        for (var index = open + 1; index < s.Count && index <= open + MostInside + 1; index++)
        {
            if (s.IsChar(index, ")"))
            {
                return index > open + 1 ? index : -1;
            }

            if (s.IsChar(index, "(") || s.IsChar(index, ".;"))
            {
                return -1;
            }
        }

        return -1;
    }

    // Reads "a …"/"per …" starting at index.
    private static void ReadAfter(in QuantityScan s, ref QuantityDraft draft, int index)
    {
        if (index + 1 >= s.Count)
        {
            return;
        }

        var marker = s.Word(index);
        if (s.IsChar(draft.End, "-") && TryJoinedTime(s, marker, out var joined))
        {
            draft.Per = joined; // "£107,000-a-week", "$2bn-a-year"
            draft.End = index + 1;
            return;
        }

        if (draft.Currency is not null && s.Words.RateAbbreviations.TryGet(marker, out var perTerm) && TryAbbreviatedPer(s.Words, perTerm, out var abbreviated))
        {
            draft.Per = abbreviated; // "S$6,057 psf", "AED30,000 pa"
            draft.End = index + 1;
            return;
        }

        if (marker.Equals("for", StringComparison.OrdinalIgnoreCase) && s.Is(index + 1, "every") && IsRateBase(s, index + 2)
            && TryCount(s, index + 2, out var perEvery, out var everyEnd))
        {
            draft.Per = perEvery; // "12 arrests for every 10,000 residents": a rate per a count, as "per 100,000 people" is
            draft.End = everyEnd;
            return;
        }

        var isPer = marker.Equals("per", StringComparison.OrdinalIgnoreCase) || marker is "/";
        if (!isPer && !marker.Equals("a", StringComparison.OrdinalIgnoreCase) && !marker.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var denominatorIndex = s.IsChar(index + 1, "-") && index + 2 < s.Count ? index + 2 : index + 1;
        var denominator = s.Word(denominatorIndex);
        var isPeriod = s.Words.DurationUnits.Contains(denominator)
            || (s.Words.RateNouns.Contains(denominator) && s.Words.PastComparisonWords.Contains(denominator));
        if (isPeriod && s.IsClauseFinalTime(denominatorIndex + 1))
        {
            // "$13 billion a year earlier.", "32 per dollar a session earlier." (a rate noun that is also a period); but "$50 a month
            // earlier this year", "₹3 a unit before." and "$90 a barrel after the news" are rates
            return;
        }

        var isMoney = draft.Currency is not null || (draft.Unit.Kind == UnitKind.Count && s.Words.CurrencySubunits.Contains(draft.Unit.Name));
        if (TryDenominator(s, denominatorIndex, isPer && marker is not "/", isMoney, out var per, out var end))
        {
            draft.Per = per;
            draft.End = end;
        }
    }

    /// <summary>What a rate abbreviation is per: a length of time ("year") or a physical unit ("sq ft", "litre").</summary>
    internal static bool TryAbbreviatedPer(QuantityVocabulary words, string term, out Unit per)
    {
        if (words.DurationUnits.TryGet(term, out var duration))
        {
            per = Unit.Duration(duration);
            return true;
        }

        return words.UnitNames.TryGet(term, out per) && per.Kind == UnitKind.Physical;
    }

    // "a-week", "an-hour", "per-day": one hyphenated word after the amount's hyphen that names the time the rate is per.
    private static bool TryJoinedTime(in QuantityScan s, ReadOnlySpan<char> word, out Unit per)
    {
        per = Unit.None;
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || !(word[..hyphen] is "a" or "an" or "per" || word[..hyphen].Equals("per", StringComparison.OrdinalIgnoreCase))
            || !s.Words.DurationUnits.TryGet(word[(hyphen + 1)..], out var duration))
        {
            return false;
        }

        per = Unit.Duration(duration);
        return true;
    }

    /// <summary>Whether "per", a number and a noun follow ("0.94 per 100,000 residents"): a rate per a count of people or things.</summary>
    public static bool IsPerCount(in QuantityScan s, int index) =>
        s.Is(index, "per") && TryCount(s, index + 1, out _, out _);

    // "per 100,000 residents", "per 100k people", "per 1,000 live births", "per million people": a number (or a scale word alone) and
    // the noun phrase it counts, up to its plural head or a collective noun ("per 100,000 population"), or the number alone ("per
    // 100k"); or a number and a unit of measure ("per 3.3 square metres", "per 5kg").
    private static bool TryCount(in QuantityScan s, int index, out Unit per, out int end)
    {
        per = Unit.None;
        end = index;
        string count;
        if (s.IsWord(index) && s.Words.DigitScales.TryGetValue(s.Word(index), out var scale) && (IsCountedAfterScale(s, index + 1) || !s.IsWord(index + 1) || s.Words.NounPhraseStops.Contains(s.Word(index + 1))))
        {
            count = scale.ToString(System.Globalization.CultureInfo.InvariantCulture);
            end = index + 1; // "12 cases per million people", and with no noun after it "41 cases per million", "per million from 97"
        }
        else if (!s.IsKind(index, TokenKind.Number) || !NumberParser.TryParseAt(s.Text, s.Tokens, index, s.Words, out var number) || number.IsVague)
        {
            return false;
        }
        else
        {
            count = number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            end = index + number.TokenCount;
        }

        if (s.IsWord(end) && s.Words.CollectiveCountNouns.Contains(s.Word(end)))
        {
            per = Unit.CountNamed($"{count} {s.Word(end).ToString().ToLowerInvariant()}");
            end++;
            return true; // "8.1 per 100,000 population"
        }

        if ((s.TryPhrase(end, s.Words.UnitNames, out var measure, out var measureEnd) || s.TryPhrase(end, s.Words.UnitSymbols, out measure, out measureEnd))
            && measure.Kind == UnitKind.Physical)
        {
            (per, end) = (Unit.Physical($"{count}{measure.Name}"), measureEnd); // "per 3.3 square metres", "per 5kg": so much of a measure
            return true;
        }

        if (!NounPhrase.Read(s, end, money: false, out var first, out var phraseEnd) || !NounPhrase.TryHead(s, first, phraseEnd, out var head, out var headIndex))
        {
            per = Unit.CountNamed(count); // "749 cases per 100k in the past week"
            return true;
        }

        // "people" and "persons" both become "people", the name a count of people has ("14 people"); other plurals become singular
        var noun = head is "people" or "persons" ? "people" : s.Words.Singular(head);
        per = Unit.CountNamed($"{count} {noun}");
        end = headIndex + 1;
        return true;
    }

    /// <summary>The smallest base a rate "for every" is stated per ("for every 1,000 births").</summary>
    private const double LeastRateBase = 100;

    // "for every 100,000 people", "for every 1,000 births", "for every million residents": a power of ten from LeastRateBase up is the
    // base of a rate; "three bonus shares for every 17 held" and "a 0.2% gain for every 1-cent fall" set two amounts against each other.
    private static bool IsRateBase(in QuantityScan s, int index)
    {
        if (s.IsWord(index) && s.Words.DigitScales.TryGetValue(s.Word(index), out _))
        {
            return true;
        }

        if (!s.IsKind(index, TokenKind.Number) || !NumberParser.TryParseAt(s.Text, s.Tokens, index, s.Words, out var number) || number.IsVague
            || number.Value < LeastRateBase)
        {
            return false;
        }

        var exponent = Math.Log10(number.Value);
        return Math.Abs(exponent - Math.Round(exponent)) < 1e-9;
    }

    // "per million people", "per thousand population": a scale word standing for the number is a count with what it counts after it (or
    // with no noun after it, "41 cases per million.", "29 per million from 97"), not before another word ("per million dollars" is money).
    private static bool IsCountedAfterScale(in QuantityScan s, int index) =>
        s.IsWord(index) && (s.Words.CollectiveCountNouns.Contains(s.Word(index)) || NounPhrase.LooksPluralNoun(s, s.Word(index)));

    /// <summary>
    /// Whether the figure at <paramref name="index"/> is joined to a unit (by a hyphen or in one word) that measures the noun after
    /// it ("per 20-foot crate", "per 20ft box", "per 6-metre boat"); <paramref name="noun"/> is that noun's index. A unit joined in
    /// one word that is also a multiplier ("per 1m people", "per 10k residents") is the multiplier of a count, not a unit.
    /// </summary>
    public static bool IsMeasureBeforeNoun(in QuantityScan s, int index, out int noun)
    {
        var unit = s.IsChar(index + 1, "-") && s.IsJoined(index + 1) ? index + 2 : index + 1;
        noun = unit + 1;
        return s.IsKind(index, TokenKind.Number) && s.IsJoined(unit) && s.IsWord(unit) && s.Words.IsUnitWord(s.Word(unit))
            && !(unit == index + 1 && s.Words.TryJoinedScaleWord(s.Word(unit), out _))
            && !s.Words.Currencies.Contains(s.Word(unit)) && s.IsWord(noun) && !s.IsJoined(noun) && !s.IsCapitalised(noun)
            && !s.Words.NounPhraseStops.Contains(s.Word(noun)) && !s.Words.IsUnitWord(s.Word(noun));
    }

    // "cubic metre", "square foot": a power word, then the one-word name or symbol of the physical unit it squares or cubes.
    private static bool TryPoweredUnit(in QuantityScan s, int index, out Unit per)
    {
        per = Unit.None;
        if (!s.Words.UnitPowers.TryGet(s.Word(index), out var power) || !s.IsWord(index + 1)
            || !PhysicalUnitRule.IsPhysicalName(s, s.Word(index + 1), out var unit))
        {
            return false;
        }

        per = Unit.Physical(unit.Name.TrimEnd('²', '³') + power);
        return true;
    }

    // What the rate is per: a time unit ("a day", "per annum"), a physical unit ("per square foot", "a gallon"), a rate noun ("a share")
    // or, after "per", any noun ("per game"). After money or its hundredths, a word that is both a currency and a weight is the weight
    // ("$3.15 a pound", "112 cents per pound").
    private static bool TryDenominator(in QuantityScan s, int index, bool anyNoun, bool isMoney, out Unit per, out int end)
    {
        per = Unit.None;
        end = index + 1;
        if (CurrencyWords.IsSign(s, index, out var sign))
        {
            if (s.IsKind(index + 1, TokenKind.Number))
            {
                return false; // "300 million euros/$400 million": a second amount, the same money in dollars
            }

            per = Unit.Currency(sign);
            return true;
        }

        if (s.TryPhrase(index, s.Words.CurrencyPrefixes, out var prefixed, out var prefixEnd) && prefixEnd > index + 1
            && !s.IsWord(prefixEnd - 1) && !s.IsKind(prefixEnd, TokenKind.Number))
        {
            (per, end) = (Unit.Currency(prefixed), prefixEnd); // "SGD1.36 per US$": a currency with its sign is what the rate is per
            return true;
        }

        if (anyNoun && IsMeasureBeforeNoun(s, index, out var noun))
        {
            // "$1,480 per 20-foot crate": the rate is per crate; the amount's span stops before the length, which is read
            // as a figure of its own
            per = Unit.CountNamed(s.Words.Singular(s.Word(noun).ToString().ToLowerInvariant()));
            end = index;
            return true;
        }

        if (anyNoun && TryCount(s, index, out var perCount, out var countEnd))
        {
            (per, end) = (perCount, countEnd); // "292 deaths per 100,000 residents"
            return true;
        }

        if (!s.IsWord(index))
        {
            return false;
        }

        var word = s.Word(index);
        if (TryPoweredUnit(s, index, out per))
        {
            end = index + 2; // "$80.88 per cubic metre", "£12 a square foot": the power belongs to the unit after it
        }
        else if (s.Words.DurationUnits.TryGet(word, out var duration))
        {
            per = Unit.Duration(duration);
        }
        else if (isMoney && s.Words.UnitNames.TryGet(word, out per) && per.Kind == UnitKind.Physical && s.Words.Currencies.TryGet(word, out _)
                 && !s.HasWord(s.Words.SterlingCues))
        {
            end = index + 1; // "$3.15 a pound": a price per pound of weight; beside "sterling" the pound is money, read below
        }
        else if (s.TryPhrase(index, s.Words.Currencies, out var code, out var currencyEnd))
        {
            (per, end) = (Unit.Currency(code), currencyEnd); // "NIS 3.71 per dollar", "NIS 3.225/$", "IDR 16,210 per US dollar"
        }
        else if ((s.TryPhrase(index, s.Words.UnitNames, out per, out end) || s.TryPhrase(index, s.Words.UnitSymbols, out per, out end))
                 && per.Kind == UnitKind.Physical)
        {
            return true;
        }
        else if (s.TryPhrase(index, s.Words.UnitNames, out per, out end) && per.Kind == UnitKind.Count)
        {
            return true; // "$1,206 per TEU", "US$750/TEU": a counted lexicon unit keeps its name
        }
        else if (s.Words.RateNouns.Contains(word) || (anyNoun && !s.Words.NounPhraseStops.Contains(word)))
        {
            end = index + 1;
            per = Unit.CountNamed(s.Words.Singular(word.ToString().ToLowerInvariant()));
        }
        else
        {
            return false;
        }

        return true;
    }
}
