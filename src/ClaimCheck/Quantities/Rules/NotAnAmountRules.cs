using System.Globalization;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Numbers that are not amounts: ordinals and decades ("16th", "1960s"), times of day ("10:30", "9 a.m."), years, dates
/// ("Oct. 17", "17 October"), identifiers ("Section 427", "#5", "COVID-19", "L-202"), codes and phone numbers ("1111-2222-3333",
/// "555-1234"), forms ("an 8-K filing"), names ("Apollo 11", "the 737 MAX", "the men's 10,000m"), list markers ("1 )"), and "one" used as a pronoun ("one of them").</summary>
internal static class NotAnAmountRules
{
    private const double FirstYear = QuantityScan.FirstYear;
    private const double LastYear = QuantityScan.LastYear;
    private const double EarliestYearAfterTimeWord = 1000;

    /// <summary>Whether the digits at the draft's number are not an amount (checked before anything else is read).</summary>
    public static bool IsNotAnAmount(in QuantityScan s, in QuantityDraft draft)
    {
        var index = draft.NumberIndex;
        var next = index + draft.First.TokenCount;
        return IsOrdinalOrTime(s, next) || IsYear(s, draft) || IsDate(s, index, next, draft.First) || IsDenominator(s, index)
            || IsIdentifier(s, index) || IsCode(s, index, next) || IsAddress(s, next) || IsEventName(s, index) || IsDottedClockTime(s, index);
    }

    // "at 04.15", "between 00.30 and 03.00": two digits opening with a nought, a dot and two digits of minutes are a clock time written
    // the British way; no amount is written with a nought before its units. "10.30" is left alone: it may as well be a price.
    private static bool IsDottedClockTime(in QuantityScan s, int index)
    {
        var word = s.Word(index);
        return s.IsKind(index, TokenKind.Number) && word.Length == 5 && word[0] == '0' && char.IsAsciiDigit(word[1]) && word[2] == '.'
            && word[3] is >= '0' and <= '5' && char.IsAsciiDigit(word[4]);
    }

    // "the men's 10,000m", "the women's 400m hurdles": digits right after a word the lexicon lists as naming who an event is for name the
    // event, not a length.
    private static bool IsEventName(in QuantityScan s, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var sentenceStart = s.Tokens[0].Span.Start;
        var before = s.Text.AsSpan(sentenceStart, s.Tokens[index].Span.Start - sentenceStart).TrimEnd();
        return s.Words.EventClassWords.Contains(before[(before.LastIndexOfAny(' ', '\n') + 1)..]);
    }

    // "deaths per 100,000 residents rose to 3", "8 cases per 1m people": the count after "per" is what a rate is per, not an
    // amount; but the length in "per 20-foot crate" measures the noun the rate is per.
    private static bool IsDenominator(in QuantityScan s, int index) =>
        s.Is(index - 1, "per") && s.IsKind(index, TokenKind.Number) && !RateRule.IsMeasureBeforeNoun(s, index, out _);

    // "4 Boulevard Magenta", "10 Downing Street", "1600 Pennsylvania Avenue", "312 Harbour St.": a house number before a street's
    // capitalised name (a two-letter abbreviation only after the name and before no capitalised word: "4 St Orlen pupils" and "300
    // Brenmoor St Vessa homes" are counts); "the 1400 block of North Vessa Avenue": a block number before "block of" and a capitalised name.
    private static bool IsAddress(in QuantityScan s, int next) =>
        (s.IsWord(next) && s.IsCapitalised(next)
            && ((s.Words.StreetWords.Contains(s.Word(next)) && s.Word(next).Length > 2)
                || (s.IsWord(next + 1) && s.IsCapitalised(next + 1) && s.Words.StreetWords.Contains(s.Word(next + 1))
                    && (s.Word(next + 1).Length > 2 || !(s.IsWord(next + 2) && s.IsCapitalised(next + 2))))))
        || (s.Is(next, "block") && s.Is(next + 1, "of") && s.IsCapitalised(next + 2));

    /// <summary>Whether a lone "one" in words is a pronoun, not a count: after a word that makes it one ("no one", "every one", "this
    /// one"), or when no noun, unit (of one word or more: "one per cent") or currency follows ("one of them", "one was"); not when "to" and a larger number follow ("one to two percent").</summary>
    public static bool IsPronounOne(in QuantityScan s, in QuantityDraft draft)
    {
        if (draft.IsDigits || draft.First.Value != 1 || draft.First.TokenCount != 1)
        {
            return false;
        }

        var next = draft.NumberIndex + 1;
        var word = s.Word(next);
        if (IsOddsPart(s, next) || OpensRange(s, next))
        {
            return false;
        }

        return s.Words.PronounWords.Contains(s.Word(draft.NumberIndex - 1))
            || !(s.Words.UnitNames.Contains(word) || s.TryPhrase(next, s.Words.UnitNames, out _, out _) || s.Words.Currencies.Contains(word)
                 || s.Words.CurrencySubunits.Contains(word)
                 || (s.IsWord(next) && !s.Words.NounPhraseStops.Contains(word) && !CountedWords.EndsPhrase(s, word)));
    }

    /// <summary>Whether a lone "one" in words opens an idiom that says when or how, not how many: "at one" before a noun the lexicon
    /// lists as a moment ("at one point", "at one stage"), "in one" before a noun the lexicon lists as a manner that ends the phrase ("in
    /// one go"; not "in one hit single"), or "one day" as some day to come (<see cref="SomedayPhrase"/>: "could one day"). Not "in one
    /// year" or "up to one day".</summary>
    public static bool IsIdiomOne(in QuantityScan s, in QuantityDraft draft)
    {
        if (draft.IsDigits || draft.First.Value != 1 || draft.First.TokenCount != 1)
        {
            return false;
        }

        var (before, next) = (draft.NumberIndex - 1, draft.NumberIndex + 1);
        return (s.Is(before, "at") && s.Words.MomentNouns.Contains(s.Word(next)))
            || (s.Is(before, "in") && s.Words.MannerNouns.Contains(s.Word(next)) && EndsNounPhraseBefore(s, next + 1))
            || SomedayPhrase.StartsAt(s.Text, s.Tokens, draft.NumberIndex, s.Words.Time);
    }

    // "in one go, or", "in one go and", "paid in one hit yesterday": the noun before index ends its phrase when no word follows, or a
    // word that cannot go on a noun phrase; not "in one hit single", where the noun is an adjective to the next.
    private static bool EndsNounPhraseBefore(in QuantityScan s, int index) =>
        !s.IsWord(index) || s.Words.NounPhraseStops.Contains(s.Word(index)) || CountedWords.EndsPhrase(s, s.Word(index));

    // "one to two percent", "one to three inches": "to" and a larger number after "one" make it the low end of a range.
    private static bool OpensRange(in QuantityScan s, int next) =>
        s.Is(next, "to") && NumberParser.TryParseAt(s.Text, s.Tokens, next + 1, s.Words, out var high) && !high.IsVague && high.Value > 1;

    // "one in 41.6 million", "odds of one in 2500": "in" and a whole too large for a percentage (ProportionRule reads those up to
    // 1,000 first, "one in five", "one in 1,000") make "one" the part of the odds, a count as "1 in 41.6 million" is; four bare digits
    // that could be a year after "in" (1000 to 2100) are one, as IsYear reads them ("one in 2019 was", "one in 1500": a pronoun).
    private static bool IsOddsPart(in QuantityScan s, int next) =>
        s.Is(next, "in") && s.IsKind(next + 1, TokenKind.Number) && NumberParser.TryParseAt(s.Text, s.Tokens, next + 1, s.Words, out var whole)
        && !whole.IsVague && whole.Value > ProportionRule.MaxWhole && !IsBareYearDigits(s, next + 1, whole);

    // Four digits with no separator or scale whose value a year after a time word may have: "2019", "1500"; not "1,500" or "2500".
    private static bool IsBareYearDigits(in QuantityScan s, int index, in ParsedNumber number) =>
        number.TokenCount == 1 && IsBareFourDigits(s, index, number) && number.Value is >= EarliestYearAfterTimeWord and <= LastYear;

    // Four digits with no separator or scale word ("2019", "1500"; not "1,500", "2.019" or "2019 million"): the only shape a year has.
    private static bool IsBareFourDigits(in QuantityScan s, int index, in ParsedNumber number) =>
        number.Scale == 1 && s.Word(index).Length == 4 && !s.Word(index).ContainsAny(",.");

    /// <summary>A bare number naming a thing, not an amount: "Apollo 11", "the 737 MAX", "Windows 10", "iPhone 7", list markers "1 )".</summary>
    public static bool IsName(in QuantityScan s, int index, int next)
    {
        if (s.IsChar(next, ")") && !s.IsChar(index - 1, "("))
        {
            return true;
        }

        if (s.Word(index).Contains(','))
        {
            return false; // digits in groups are an amount, not a model: "BMW 627,615"
        }

        var previous = index - 1;
        if (s.IsWord(previous) && s.IsNameWord(previous) && !s.Words.Months.Contains(s.Word(previous))
            && !s.Words.Weekdays.Contains(s.Word(previous))
            && (previous > 0
                ? !s.IsChar(previous - 1, ".:\"“")
                : !s.Words.NounPhraseStops.Contains(s.Word(previous)) && !s.Words.QuantifierWords.Contains(s.Word(previous))
                    && s.Word(previous) is not ("Only" or "Exactly"))
            && !IsPlaceCountInList(s, index))
        {
            return true; // a proper noun before: "Apollo 11"; not a month or a weekday ("On Friday 40 pupils were sent home"), nor a quantifier opening the sentence ("All 40 of them")
        }

        return s.Is(previous, "the") && ((s.IsWord(next) && s.IsCapitalised(next)) || IsClauseEnd(s, next));
    }

    // "Canada confirmed 40 cases, Mexico 12 and Spain 3", "England 191, Scotland 62": digits after a country's or a place's name that
    // a joiner opens, with a figure earlier in the sentence and the digits ending their clause, are that place's count in a gapped
    // list, its noun and verb left out; not a year ("…, and Paris 2024"), not a name the gazetteer does not hold ("Apollo 11", "Route
    // 66"), and not digits a unit follows ("and Delhi 153.5 MU", which the coordination of the list already reads).
    private static bool IsPlaceCountInList(in QuantityScan s, int index)
    {
        if (s.IsYearNumber(index) || !(IsClauseEnd(s, index + 1) || IsListJoiner(s.Word(index + 1)))
            || !s.TryPhraseBefore(index, s.Words.Places, out _, out var start))
        {
            return false;
        }

        var joiner = s.Is(start - 1, "the") ? start - 2 : start - 1;
        if (joiner < 1 || !IsListJoiner(s.Word(joiner)) || s.Is(joiner, "to"))
        {
            return false;
        }

        for (var earlier = joiner - 1; earlier >= 0; earlier--)
        {
            if (s.IsKind(earlier, TokenKind.Number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most capitalised words a name in a list of figures may have before its amount ("…, Mostafa Ruiz Lind 9.5 million").</summary>
    private const int MaxListedNameWords = 4;

    /// <summary>The shortest scale word taken after a listed name: "million", "thousand", "bn", not a single letter ("LHS 3844b", a
    /// catalogue name).</summary>
    private const int MinScaleWordLength = 2;

    /// <summary>Whether digits with a scale word of their own after them, of two letters or more ("9.5 million", "3 bn", not "5T" or "3844b") follow a capitalised name that a
    /// comma or "and" opens and end their item: a figure of that name in a list ("Ana Ruiz won 10.4 million, Bo Lind 9.5 million and
    /// Cy Moro 3.4 million"), not a model's number, which no scale word follows.</summary>
    public static bool IsScaledAmountAfterJoinedName(in QuantityScan s, int index, in ParsedNumber number)
    {
        var next = index + number.TokenCount;
        if (number.Scale == 1 || number.TokenCount < 2 || s.Word(next - 1).Length < MinScaleWordLength
            || !(IsClauseEnd(s, next) || IsListJoiner(s.Word(next))))
        {
            return false;
        }

        var start = index;
        while (start > 0 && index - start < MaxListedNameWords && s.IsWord(start - 1) && s.IsCapitalised(start - 1))
        {
            start--;
        }

        return start < index && start > 0 && (s.IsChar(start - 1, ",") || s.Is(start - 1, "and"));
    }

    // "for the 787, 32 for the 737": after "the", digits that end the clause name a model; an amount would be followed by what it counts.
    private static bool IsClauseEnd(in QuantityScan s, int next) => next >= s.Count || s.IsChar(next, ",.;:");

    /// <summary>Whether digits right after a count are the model of what is counted: "two 747 freighters", "22 737 MAXs" (not the "1"
    /// of "3 1/2", nor "10" in "5 10-minute breaks", nor a count after a year that opens the sentence or follows a word: "In 2020 23
    /// people died", "2019 40 pupils left"; a year before a capitalised word still leaves a model: "In 2019 737 MAX jets").</summary>
    public static bool IsModelAfterCount(in QuantityScan s, int index, int next) =>
        index > 0 && !s.IsJoined(index) && !s.IsChar(next, "/-") && !IsCountAfterYear(s, index, next)
        && ((s.IsKind(index - 1, TokenKind.Number) && !s.Word(index - 1).Contains('.')) || (s.IsWord(index - 1) && s.Words.NumberWords.Contains(s.Word(index - 1))));

    // "In 2020 23 people died", "By 2019 41 schools had closed", "2022 18 officers were suspended": four bare digits read as a year, at the
    // sentence start or after a word, are no count, so the digits after them count what follows in lower case.
    private static bool IsCountAfterYear(in QuantityScan s, int index, int next) =>
        s.IsYearNumber(index - 1) && (index == 1 || s.IsWord(index - 2)) && !(s.IsWord(next) && s.IsCapitalised(next));

    /// <summary>A number in words that begins a name: capitalised inside a sentence, after a word in lower case or a possessive, and
    /// before a capitalised word ("the Three Gorges Dam", "China's Three Gorges"); not in a title-case headline ("Storm Leaves Three
    /// Dead").</summary>
    public static bool IsNameInWords(in QuantityScan s, int index, int next) =>
        index > 0 && s.IsCapitalised(index) && s.IsWord(next) && s.IsCapitalised(next)
        && ((s.IsWord(index - 1) && !s.IsCapitalised(index - 1)) || IsPossessive(s.Word(index - 1)));

    /// <summary>A number in words that ends a name: capitalised after a capitalised word inside the sentence and before a word in lower
    /// case or the end of the clause ("a League One side", "flooding in Region Six"); not in a title-case headline ("Crash Kills Two
    /// on Highway").</summary>
    public static bool IsNameEndInWords(in QuantityScan s, int index, int next) =>
        index > 1 && s.IsCapitalised(index) && s.IsWord(index - 1) && s.IsCapitalised(index - 1) && !s.IsChar(index - 2, ".!?:")
        && (next >= s.Count || !s.IsWord(next) || !s.IsCapitalised(next)) && !IsTitleCase(s);

    // A headline in title case: most of its words of four letters or more are capitalised.
    private static bool IsTitleCase(in QuantityScan s)
    {
        int words = 0, capitalised = 0;
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsWord(i) && s.Word(i).Length >= 4)
            {
                words++;
                capitalised += s.IsCapitalised(i) ? 1 : 0;
            }
        }

        return capitalised * 2 > words;
    }

    /// <summary>A number in words that names a part of a series after a word the lexicon lists as opening identifiers, with nothing
    /// counted after it: "in round two", "Game seven was sold out", "part three of the series" (not "a bill two years in the making").</summary>
    public static bool IsIdentifierInWords(in QuantityScan s, in QuantityDraft draft)
    {
        var index = draft.NumberIndex;
        var next = index + draft.First.TokenCount;
        return index > 0 && draft.First.TokenCount == 1 && s.IsWord(index - 1) && s.Words.IdentifierWords.Contains(s.Word(index - 1))
            && s.Words.NumberWords.Contains(s.Word(index)) && (next >= s.Count || !s.IsWord(next) || s.Words.NounPhraseStops.Contains(s.Word(next)));
    }

    /// <summary>Whether a word is a possessive ("Vorland's", or the "s" after an apostrophe).</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word is "s";

    /// <summary>Whether the digits end a name of two or more words, so that the noun after them does not make them a count: "the FTSE
    /// 100 risers", "the Galaxy Note 5 uses" (a capitalised word before the digits, after "the" or another capitalised word); not "call
    /// Bob 3 times".</summary>
    public static bool IsInsideName(in QuantityScan s, int index) =>
        index > 1 && s.IsWord(index - 1) && s.IsNameWord(index - 1)
        && (s.Is(index - 2, "the") || (s.IsWord(index - 2) && s.IsCapitalised(index - 2)));

    /// <summary>Whether the capitalised words before the digits are a place phrase that opens the sentence, so that the digits and the
    /// noun after them start the clause: "At Kestrel Bay Hospital 67 patients were treated", "In Lindenport 40 people died" (not "the
    /// FTSE 100 risers").</summary>
    public static bool FollowsOpeningPlacePhrase(in QuantityScan s, int index)
    {
        var first = index - 1;
        while (first > 0 && s.IsWord(first) && s.IsCapitalised(first))
        {
            first--;
        }

        return first == 0 && first < index - 1 && s.Word(0) is "In" or "At" or "Across" or "Near" or "Outside";
    }

    /// <summary>Whether a bare number after "top" is a tier of a ranking, not an amount: "finished in the top four", "stayed in the
    /// world's top 20 for a year" (with a noun after it, "the top 50 clubs", it counts; "top" as a verb, "may top 900", is no tier).</summary>
    public static bool IsRankTier(in QuantityScan s, in QuantityDraft draft) =>
        draft.Unit.Kind == UnitKind.None && draft.High is null && s.Is(draft.Before - 1, "top")
        && draft.Before >= 2 && (s.Is(draft.Before - 2, "the") || IsPossessive(s.Word(draft.Before - 2)));

    /// <summary>A month name: capitalised, written in a lower case the lexicon lists ("sept"), or abbreviated with a dot.</summary>
    public static bool IsMonthAt(in QuantityScan s, int index) =>
        s.IsWord(index) && s.Words.Months.Contains(s.Word(index)) && (s.IsCapitalised(index) || s.Words.LowerCaseMonths.Contains(s.Word(index)));

    /// <summary>Whether the number, in digits or words, opens an ordinal of a scale word: "the three billionth download", "its 10
    /// millionth visitor" (a scale word with the ordinal ending "th").</summary>
    public static bool IsBeforeScaleOrdinal(in QuantityScan s, in QuantityDraft draft)
    {
        var next = draft.NumberIndex + draft.First.TokenCount;
        return s.IsWord(next) && s.Word(next) is { Length: > 4 } ordinal && ordinal.EndsWith("th", StringComparison.OrdinalIgnoreCase)
            && s.Words.ScaleWords.Contains(ordinal[..^2]);
    }

    // "16th", "1960s"; "10:30"; "9 a.m.", "10 GMT".
    private static bool IsOrdinalOrTime(in QuantityScan s, int next) =>
        (s.IsJoined(next) && s.IsWord(next) && s.Words.OrdinalSuffixes.Contains(s.Word(next)) && !IsDecimalSeconds(s, next))
        || (s.IsChar(next, ":") && s.IsJoined(next) && s.IsKind(next + 1, TokenKind.Number))
        || (next < s.Count && s.Words.ClockWords.Contains(s.Word(next)));

    // "0.714s", "9.58s": decimals are neither ordinals nor decades, so an "s" joined to them is seconds.
    private static bool IsDecimalSeconds(in QuantityScan s, int next) =>
        s.Is(next, "s") && s.IsKind(next - 1, TokenKind.Number) && s.Word(next - 1).Contains('.');

    // "April 10 to 14", "June 3 and 4,", "May 2 through 6": the day that closes a span of days after a month; after "and" only when
    // no word follows ("on May 2 and 3 more people died" counts people).
    private static bool IsLastDay(in QuantityScan s, int index) =>
        index > 2 && (s.Is(index - 1, "to") || s.Is(index - 1, "through") || s.IsChar(index - 1, RangeRule.Dashes)
            || (s.Is(index - 1, "and") && !s.IsWord(index + 1)))
        && s.IsKind(index - 2, TokenKind.Number) && IsMonthAt(s, index - 3)
        && NumberParser.TryParseAt(s.Text, s.Tokens, index - 2, s.Words, out var first) && first.Value is >= 1 and <= 31 && first.Scale == 1;

    // Four digits with no separator or scale: from 1800 to 2100 unless a physical unit follows, or is joined by a hyphen ("a depth of
    // 2000 metres", "a 2000-calorie diet"), or from 1000 after a word that opens a time ("in 1769", "since 1776") when no word that
    // could be counted follows.
    private static bool IsYear(in QuantityScan s, in QuantityDraft draft)
    {
        if (!IsBareFourDigits(s, draft.NumberIndex, draft.First))
        {
            return false;
        }

        var next = draft.NumberIndex + 1;
        if (draft.First.Value is >= FirstYear and <= LastYear)
        {
            return !IsPhysicalUnitWord(s, next) && !(s.IsChar(next, "-") && s.Is(next + 1, "plus")) // "its 1900-plus council homes" is a count
                && !(s.IsCompoundHyphen(next) && IsPhysicalUnitWord(s, next + 1)) // "a 2000-calorie diet", "a 1900-metre climb"
                && !IsLowEndOfAmountRange(s, draft.NumberIndex, draft.First.Value)
                && !IsBoundedCount(s, draft.NumberIndex);
        }

        // "in 1712", "on March 3, 1761.": an earlier year after a time word, or after a month and day when punctuation or the sentence
        // end follows ("As of May 4, 1300 were hurt" counts people)
        var previous = draft.NumberIndex - 1;
        return draft.First.Value >= EarliestYearAfterTimeWord
            && ((s.Words.YearOpeners.Contains(s.Word(previous)) && (!s.IsWord(next) || s.Words.NounPhraseStops.Contains(s.Word(next))))
                || (s.IsChar(previous, ",") && IsMonthAt(s, previous - 2) && !s.IsWord(next) && !s.IsKind(next, TokenKind.Number)));
    }

    // "more than 2000 routes", "fewer than 1900 pupils", "more than 2000 bus stops": a year-looking number after a bound that says more
    // or less, with a lower-case plural right after it or one word on, counts that plural ("more than 2000 years" counts years too).
    // Only bounds of two words or more: "about" and "around" also come before a year ("built around 1900"), and "under" and "over"
    // before a year's rules ("under 2019 rules"). A plural that a year qualifies, one a comparison with an earlier time passes on
    // its way (`past-comparison-word` valued "path": "still below 2019 levels", "more than 2018 volumes"), keeps the year.
    private static bool IsBoundedCount(in QuantityScan s, int index) =>
        s.TryPhraseBefore(index, s.Words.Qualifiers, out var bound, out var start) && start < index - 1
        && bound is Qualifier.MoreThan or Qualifier.LessThan or Qualifier.AtLeast or Qualifier.AtMost
        && (IsCountedPlural(s, index + 1) || (IsLowerCaseWord(s, index + 1) && IsCountedPlural(s, index + 2)));

    private static bool IsLowerCaseWord(in QuantityScan s, int index) => s.IsWord(index) && char.IsLower(s.Word(index)[0]);

    private static bool IsCountedPlural(in QuantityScan s, int index) =>
        IsLowerCaseWord(s, index) && NounPhrase.LooksPluralNoun(s, s.Word(index)) && !s.Words.ComparisonPathWords.Contains(s.Word(index));

    // "2000 to 5000 rupees", "between 1800 and 2,400 metres": a year-looking number joined by "to" or a dash (or by "and" after
    // "between") to a larger number that no year could be, before a unit or a currency word, is the low end of an amount; not after a
    // word that opens a year ("in 1990 to 2,500 tonnes") nor when the other end is a year too ("from 2010 to 2020 prices").
    private static bool IsLowEndOfAmountRange(in QuantityScan s, int index, double low)
    {
        var next = index + 1;
        var unitIndex = next + 2;
        return (s.Is(next, "to") || s.IsChar(next, RangeRule.Dashes) || (s.Is(next, "and") && s.Is(index - 1, "between")))
            && !s.Words.YearOpeners.Contains(s.Word(index - 1)) && s.IsKind(next + 1, TokenKind.Number) && !s.IsYearNumber(next + 1)
            && NumberParser.TryParseAt(s.Text, s.Tokens, next + 1, s.Words, out var high) && high.Scale == 1 && high.Value > low
            && (IsPhysicalUnitWord(s, unitIndex) || (s.IsWord(unitIndex) && s.TryPhrase(unitIndex, s.Words.Currencies, out _, out _, dropPluralS: true)));
    }

    // "2000 metres", "1850 km": a unit name or a symbol of two letters or more that is not also a common word. A scaled unit written
    // in capitals only ("MHA", "KMT") reads as an organisation's acronym after a year ("In 2018 KMT lawmakers …"), so not here.
    private static bool IsPhysicalUnitWord(in QuantityScan s, int index)
    {
        var word = s.Word(index);
        return s.IsWord(index) && ((s.Words.UnitNames.TryGet(word, out var unit) && unit.Kind == UnitKind.Physical)
            || (word.Length > 1 && !s.Words.NounPhraseStops.Contains(word) && s.Words.UnitSymbols.TryGet(word, out unit) && unit.Kind == UnitKind.Physical
                && !(s.Words.ScaledUnits.Contains(word) && !word.ContainsAnyExceptInRange('A', 'Z'))));
    }

    // "Oct. 17", "October 21", "17 October", "April 10 to 14", "the walkouts on 9 and 10 July"; "on may 19," (a month that is also a verb, in
    // lower case, when no word follows the day: not "march 5 miles").
    // A day is a whole number: "In August 7.8% of rents were late" holds no date; nor is a day a percentage ("March was 29% short and
    // April 6%").
    private static bool IsDate(in QuantityScan s, int index, int next, ParsedNumber number) =>
        number.Value is >= 1 and <= 31 && number.Value == Math.Floor(number.Value) && !IsPercentageAfter(s, index)
        && ((number.Scale == 1 && (IsMonthAt(s, index - 1) || (s.IsChar(index - 1, ".") && IsMonthAt(s, index - 2)) || IsLastDay(s, index)
                || (s.IsWord(index - 1) && s.Words.Months.Contains(s.Word(index - 1)) && !s.IsWord(next)) || IsFirstDay(s, next)))
            || IsMonthAt(s, next));

    // "the walkouts on 9 and 10 July", "from 3 to 5 May", "on 7 or 8 June": the day that opens a span or pair of days written before their
    // month (the second day is read as a date by the month after it); both numbers are whole days from 1 to 31.
    private static bool IsFirstDay(in QuantityScan s, int next) =>
        (s.Is(next, "and") || s.Is(next, "or") || s.Is(next, "to") || s.Is(next, "through") || s.IsChar(next, RangeRule.Dashes))
        && s.IsKind(next + 1, TokenKind.Number) && IsMonthAt(s, next + 2)
        && NumberParser.TryParseAt(s.Text, s.Tokens, next + 1, s.Words, out var second) && second.Value is >= 1 and <= 31 && second.Scale == 1;

    // "Section 427", "#5", "@user123", "/5"; digits joined to a word ("COVID-19", "G7"); the minutes of "10:30".
    private static bool IsIdentifier(in QuantityScan s, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var previous = s.Word(index - 1);
        if ((s.Words.IdentifierWords.Contains(previous.TrimEnd('.')) && !IsMeasureAfterCommonNoun(s, index) && !IsCountAfterPluralLabel(s, index)
                && !IsIdentifierWordAsVerb(s, index - 1) && !IsPercentageAfter(s, index) && !IsScaledFigure(s, index))
            || previous is "#" or "@" || (previous is "/" && !IsSecondMeasureAfterSlash(s, index)) || (s.IsWord(index - 1) && s.IsJoined(index)))
        {
            return true;
        }

        if (IsAfterAbbreviatedIdentifier(s, index) || IsPhoneNumber(s, index))
        {
            return true;
        }

        if (IsTally(s, index + 1) || (index > 3 && IsTally(s, index - 3) && s.IsKind(index - 4, TokenKind.Number)))
        {
            return true;
        }

        if (IsListedAfterPluralIdentifier(s, index) || IsSlashedDate(s, index) || IsBracketedDayAfterWeekday(s, index))
        {
            return true;
        }

        if (s.IsJoined(index) && previous is "-" or "–" or "." && index > 1 && (s.IsWord(index - 2) || s.IsKind(index - 2, TokenKind.Number)) && s.IsJoined(index - 1)
            && !UnitBeforeRule.IsJoinedByHyphen(s, index))
        {
            return true; // "COVID-19", "BA.2", "B.1.351", the end of a season after a year ("2023-24", "1931–32"); not "a magnitude-5.4 quake"
        }

        return index > 1 && s.IsJoined(index) && previous is ":" && s.IsKind(index - 2, TokenKind.Number);
    }

    // "ranks No. 2", "the No. 1 seed", "Art. 5": a capitalised identifier word whose dot the tokenizer set apart, then a space and the
    // digits. In lower case ("at no. 1, he hit ...") the abbreviation is left to read as before: text written all in lower case loses
    // the mark that sets it apart from the word "no".
    private static bool IsAfterAbbreviatedIdentifier(in QuantityScan s, int index) =>
        index > 1 && s.IsChar(index - 1, ".") && s.IsJoined(index - 1) && !s.IsJoined(index) && s.IsWord(index - 2) && s.IsCapitalised(index - 2)
        && s.Words.IdentifierWords.Contains(s.Word(index - 2)) && !IsMeasureAfterCommonNoun(s, index);

    // "call 101 quoting the reference", "dial 112 in an emergency", "text 61500 to donate": three digits or more after a phone verb,
    // with nothing after them that they could count (the sentence or clause ends, or a noun-phrase stop or a verb in "-ing"
    // follows), are a number to ring; "call 20 witnesses", "call 150 reservists" and "call 200 more staff" count.
    private static bool IsPhoneNumber(in QuantityScan s, int index)
    {
        if (!s.IsWord(index - 1) || !s.Words.PhoneVerbs.Contains(s.Word(index - 1)) || !s.IsKind(index, TokenKind.Number)
            || s.Word(index) is not { Length: >= 3 } digits || digits.ContainsAny(",."))
        {
            return false;
        }

        var next = index + 1;
        while (s.IsKind(next, TokenKind.Number) && !s.IsJoined(next))
        {
            next++; // "0800 555 111": the groups of one number
        }

        if (s.Words.ChangesAfterPercent.TryGet(s.Word(next), out _) || s.Words.IncrementWordsAfter.Contains(s.Word(next)))
        {
            return false; // "call 200 more staff", "call 300 additional reservists": a count of those called
        }

        return !s.IsWord(next) || s.Words.NounPhraseStops.Contains(s.Word(next)) || s.Word(next).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    // "60 MW/240 MWh", "a 20MW / 20MWh battery": a figure with its unit after a slash that follows another figure and its unit is a
    // second measure of the same thing (power and energy), not an identifier as in "/5"; a figure in a slash-denominator-unit there
    // is what a rate is per ("19 kWh/100 mi", "5.8 L/100 km", "120 mg/5 mL") unless the unit before the slash has its dimension
    // ("160 km/100 miles").
    private static bool IsSecondMeasureAfterSlash(in QuantityScan s, int index) =>
        index > 2 && s.IsKind(index - 3, TokenKind.Number) && s.IsWord(index - 2) && s.Words.IsUnitWord(s.Word(index - 2))
        && s.IsWord(index + 1) && s.Words.IsUnitWord(s.Word(index + 1)) && !s.Words.IsSlashDenominator(s.Word(index - 2), s.Word(index + 1));

    // "21/07/24", "3/14/2023": the day (or month) that opens a date written with slashes; the parts after a slash are identifiers
    // already. The first two parts must be a day and a month (both at most 31, one at most 12): "the 50/30/20 rule" is a split.
    private static bool IsSlashedDate(in QuantityScan s, int index) =>
        s.IsChar(index + 1, "/") && s.IsJoined(index + 1) && s.IsKind(index + 2, TokenKind.Number) && s.IsJoined(index + 2)
        && s.IsChar(index + 3, "/") && s.IsJoined(index + 3) && s.IsKind(index + 4, TokenKind.Number) && s.IsJoined(index + 4)
        && IsDayAndMonth(s.Word(index), s.Word(index + 2));

    // "on Sunday (14/9)", "Tuesday (2/28)": a day and a month joined by a slash in brackets right after a weekday name are the
    // weekday's date, not a fraction or a count (the second part is an identifier after the slash already). So is a day alone
    // ("on Tuesday (23)"), where a bracketed number after a name would be an age.
    private static bool IsBracketedDayAfterWeekday(in QuantityScan s, int index) =>
        index > 1 && s.IsChar(index - 1, "(") && s.IsWord(index - 2) && s.Words.Weekdays.Contains(s.Word(index - 2))
        && ((s.IsChar(index + 1, "/") && s.IsJoined(index + 1) && s.IsKind(index + 2, TokenKind.Number) && s.IsJoined(index + 2)
             && s.IsChar(index + 3, ")") && IsDayAndMonth(s.Word(index), s.Word(index + 2)))
            || (s.IsChar(index + 1, ")") && IsDayOfMonth(s.Word(index))));

    private static bool IsDayOfMonth(ReadOnlySpan<char> word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;

    private static bool IsDayAndMonth(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
        && int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var b)
        && a is >= 1 and <= 31 && b is >= 1 and <= 31 && (a <= 12 || b <= 12);

    // "between junctions 6 and 7", "sections 3, 4 and 9": a number in a list that a plural identifier word opens.
    private static bool IsListedAfterPluralIdentifier(in QuantityScan s, int index)
    {
        var at = index;
        while (at >= 2 && IsListJoiner(s.Word(at - 1)) && s.IsKind(at - 2, TokenKind.Number))
        {
            at -= 2;
            if (s.IsWord(at - 1) && s.Word(at - 1).EndsWith('s') && s.Words.IdentifierWords.Contains(s.Word(at - 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "In the affected regions 12,000 homes were destroyed": a plural label ("regions", "junctions": an identifier word whose singular
    // is one too) names the number right after it only when a list of numbers goes on from it ("regions 4 and 5", "junctions 6 to
    // 8"); alone, the number counts what follows it.
    private static bool IsCountAfterPluralLabel(in QuantityScan s, int index)
    {
        var label = s.Word(index - 1);
        return label.Length > 2 && label[^1] == 's' && s.Words.IdentifierWords.Contains(label[..^1])
            && !(IsListJoiner(s.Word(index + 1)) && s.IsKind(index + 2, TokenKind.Number));
    }

    // "the wounded now number 86", "arrests could number 500": a lower-case identifier word after a word that makes it a verb counts
    // what its subject names.
    private static bool IsIdentifierWordAsVerb(in QuantityScan s, int word) =>
        word >= 1 && !s.IsCapitalised(word) && s.IsWord(word - 1) && s.Words.IdentifierVerbCues.Contains(s.Word(word - 1));

    // "aims at building 20 million cars", "tower 3 billion": a figure with a scale word after it is an amount, never the number an
    // identifier word opens ("Building 20", "Tower 3").
    private static bool IsScaledFigure(in QuantityScan s, int index) =>
        NumberParser.TryParseAt(s.Text, s.Tokens, index, s.Words, out var figure) && figure.Scale > 1;

    // A word that joins the numbers of a list: ",", "and", "or", "to".
    private static bool IsListJoiner(ReadOnlySpan<char> word) => word is "," or "and" or "or" or "to";

    // "a road 200 kilometres long", "the floor 3 metres below": a lower-case identifier word before a number that a physical unit
    // follows is a thing measured, not the name of one ("Highway 61 miles away" keeps its capital and stays a name).
    private static bool IsMeasureAfterCommonNoun(in QuantityScan s, int index) =>
        !s.IsCapitalised(index - 1) && !s.IsJoined(index) && s.IsWord(index + 1) && !s.IsJoined(index + 1)
        && ((s.Words.UnitNames.TryGet(s.Word(index + 1), out var unit) && unit.Kind == UnitKind.Physical)
            || (s.Words.UnitSymbols.TryGet(s.Word(index + 1), out unit) && unit.Kind == UnitKind.Physical));

    // "gave Yes 51.4 percent and No 48.6 percent", "No 48.6%": a number with a percentage after it is a share, never the number an
    // identifier word opens ("No. 5", "Section 12"); before it, "No" is a referendum's answer.
    private static bool IsPercentageAfter(in QuantityScan s, int index) =>
        (s.TryPhrase(index + 1, s.Words.UnitNames, out var unit, out _) && unit.Kind == UnitKind.Percentage)
        || (s.TryPhrase(index + 1, s.Words.UnitSymbols, out unit, out _) && unit.Kind == UnitKind.Percentage);

    // "10-for-13 shooting", "went 8-of-8 from deep": made attempts out of attempts, a tally and not an amount (both numbers).
    private static bool IsTally(in QuantityScan s, int dash) =>
        s.IsChar(dash, "-") && s.IsJoined(dash) && (s.Is(dash + 1, "for") || s.Is(dash + 1, "of")) && s.IsJoined(dash + 1)
        && s.IsChar(dash + 2, "-") && s.IsJoined(dash + 2) && s.IsKind(dash + 3, TokenKind.Number) && s.IsJoined(dash + 3);

    // "1111-2222-3333", "555-1234" (plain digits: "5.0-10.0 mg" is a range), digits joined to a word that is neither a multiplier, a
    // unit, a power nor a unit before an adjective of size ("24703L"; not "2.5km-wide", nor "-3c" in a sentence about the weather).
    private static bool IsCode(in QuantityScan s, int index, int next)
    {
        if (s.IsChar(next, "-") && s.IsJoined(next) && s.IsJoined(next + 1) && s.IsKind(next + 1, TokenKind.Number)
            && s.IsJoined(next + 2) && s.IsChar(next + 2, "-"))
        {
            return true;
        }

        // "an 8-K filing", "its 10-Q report", "3-D glasses": digits joined by a hyphen to one capital letter name a form or a format.
        if (s.IsChar(next, "-") && s.IsJoined(next) && s.IsWord(next + 1) && s.IsJoined(next + 1) && s.Word(next + 1) is [var letter]
            && char.IsAsciiLetterUpper(letter) && !(s.IsWord(next + 2) && s.IsJoined(next + 2)))
        {
            return true;
        }

        if (s.IsChar(next, "-") && s.IsJoined(next) && s.IsKind(next + 1, TokenKind.Number) && s.Word(index).Length == 3
            && s.Word(next + 1).Length == 4 && !s.Word(index).ContainsAnyExceptInRange('0', '9') && !s.Word(next + 1).ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        return s.IsWord(next) && s.IsJoined(next) && !s.Words.TryJoinedScaleWord(s.Word(next), out _) && !s.Words.IsUnitWord(s.Word(next))
            && !s.Words.UnitPowers.Contains(s.Word(next)) && !PhysicalUnitRule.IsCentBeforeRate(s, next) && !PhysicalUnitRule.IsCentBesideMoney(s, next)
            && !PhysicalUnitRule.IsCelsiusLetter(s, next)
            && !PhysicalUnitRule.TryUnitBeforeDimension(s, s.Word(next), out _);
    }
}
