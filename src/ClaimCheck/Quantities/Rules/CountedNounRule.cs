using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>The thing a number counts: a counted noun the lexicon lists as a <c>unit</c> ("5,000 marchers" with
/// <c>unit	marchers	participant</c>, "50p", "32 sen"), the noun after a hyphen ("an 82-game season", "a 600-ship navy"), the
/// singular noun after "one" ("one tornado warning"), or the head of the noun phrase after the number, for any noun ("40,000 fans",
/// "126 fighter jets", "thousands of students"). A lexicon unit as the head keeps its own name ("212 passing yards" is yards).</summary>
internal sealed class CountedNounRule : UnitRule
{
    /// <inheritdoc/>
    public override bool StartsAtAnyWord => true;

    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) =>
        words.UnitSymbols.FirstTokensWhere(unit => unit.Kind == UnitKind.Count).Append("-").Concat(QuotationMarks.Any.Select(static mark => mark.ToString()));

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var start = draft.End;
        if (IsLengthOfTimeInWords(s, draft, start))
        {
            return false; // "up from 2,226 four years before": the words after the figure are an amount of time of their own
        }

        if ((draft.First.IsVague && s.Is(start, "of")) || s.Is(start, "being"))
        {
            start++; // "thousands of students", "500 being officers"
        }

        return TryListed(s, ref draft, start) || TryAfterHyphen(s, ref draft, start) || (draft.Value is > 0 and <= 1 && draft.High is null && TrySingular(s, ref draft, start))
            || TryPluralHead(s, ref draft, start) || TryQuotedNoun(s, ref draft, start);
    }

    // A figure in digits followed by a number in words and a unit of time ("2,226 four years before", "from 310 two weeks earlier"):
    // the number in words counts the time, not the figure's noun.
    private static bool IsLengthOfTimeInWords(in QuantityScan s, in QuantityDraft draft, int start) =>
        draft.IsDigits && s.IsWord(start) && s.Words.NumberWords.Contains(s.Word(start)) && s.IsWord(start + 1)
        && s.Words.DurationUnits.Contains(s.Word(start + 1));

    /// <summary>The most words a noun in quotation marks right after a number may have ("40 'peaceful protesters'").</summary>
    private const int QuotedNounWords = 3;

    /// <summary>What a number counts when the noun after it, in quotation marks, is a noun for people: people.</summary>
    private static readonly Unit QuotedLabel = Unit.CountNamed("person");

    // "1,450 'protesters' were detained", "killed 40 “militants”": a noun for people (`person-noun`) that the writer puts in quotation
    // marks right after the number is a label someone else gives them, and the number counts those people, so the verb says what
    // is counted, as for "1,450 people were detained". Any other quoted noun is what is counted, as without the marks ("300 'ghost
    // guns'" counts guns). The quotation holds a noun phrase that closes at its head, and what follows the closing mark is no word, a
    // `noun-phrase-stop` or a past participle ("12 'ghost' flights" counts flights, and is left alone); the quantity runs past the mark.
    private static bool TryQuotedNoun(in QuantityScan s, ref QuantityDraft draft, int start)
    {
        if (!s.IsChar(start, QuotationMarks.Any))
        {
            return false;
        }

        var close = start + 1;
        while (close <= start + QuotedNounWords && s.IsWord(close))
        {
            close++;
        }

        var probe = draft;
        if (close == start + 1 || !s.IsChar(close, QuotationMarks.Any) || !TryPluralHead(s, ref probe, start + 1) || probe.NounEnd != close
            || (s.IsWord(close + 1) && s.Word(close + 1) is var next && !s.Words.NounPhraseStops.Contains(next) && !ChangeRule.IsPastParticiple(next)))
        {
            return false;
        }

        var unit = s.Words.PersonNouns.Contains(probe.Unit.Name) ? QuotedLabel : probe.Unit;
        (draft.Unit, draft.NounFirst, draft.NounEnd, draft.End) = (unit, start + 1, close, close + 1);
        return true;
    }

    private static bool TryListed(in QuantityScan s, ref QuantityDraft draft, int start)
    {
        if ((s.TryPhrase(start, s.Words.UnitNames, out var listed, out var end) || s.TryPhrase(start, s.Words.UnitSymbols, out listed, out end))
            && listed.Kind == UnitKind.Count && !ModifiesPluralNoun(s, start, end))
        {
            (draft.Unit, draft.NounFirst, draft.NounEnd, draft.End) = (listed, start, end, end);
            if (end == start + 1 && s.Words.CurrencySubunits.Contains(listed.Name) && s.Words.RateAbbreviations.TryGet(s.Word(start), out var perTerm)
                && RateRule.TryAbbreviatedPer(s.Words, perTerm, out var per))
            {
                draft.Per = per; // "142.50ppl": a money symbol that carries its rate, pence per litre
            }

            return true;
        }

        return false;
    }

    // "five head coaches": a singular listed noun before a plural one is its modifier, and the plural noun is what is counted
    // ("2.4m head of sheep" and "36,000 head this year" keep the listed noun).
    private static bool ModifiesPluralNoun(in QuantityScan s, int start, int end) =>
        end == start + 1 && s.IsWord(end) && s.Word(end) is { Length: > 0 } next && char.IsLower(next[0]) && !s.Words.NounPhraseStops.Contains(next)
        && !s.Words.LooksPluralAnyCase(s.Word(start)) && NounPhrase.LooksPluralNoun(s, next);

    // "an 82-game season", "a 17-point deficit", "a 600-ship navy": the noun joined to the number by a hyphen is what is counted.
    private static bool TryAfterHyphen(in QuantityScan s, ref QuantityDraft draft, int start)
    {
        if (!s.IsChar(start, "-") || !s.IsJoined(start) || !s.IsJoined(start + 1) || !s.IsWord(start + 1))
        {
            return false;
        }

        var word = s.Word(start + 1);
        if (s.Words.SizeWords.Contains(word))
        {
            return TrySizedNoun(s, ref draft, start + 2);
        }

        if (CountedWords.TryCompoundUnit(s, word, out var compound, out var length))
        {
            (draft.Unit, draft.NounFirst, draft.NounEnd, draft.End) = (compound, start + 1, start + 2, start + 2); // "a 25-basis-point cut"
            draft.Per = CountedWords.RateIn(s, length < word.Length ? word[(length + 1)..] : []);
            return true;
        }

        var hyphen = word.IndexOf('-');
        var head = hyphen > 0 ? word[..hyphen] : word;
        if (!CountedWords.TryUnit(s, head, out var unit))
        {
            return false;
        }

        (draft.Unit, draft.NounFirst, draft.NounEnd, draft.End) = (unit, start + 1, start + 2, start + 2);
        draft.Per = CountedWords.RateIn(s, hyphen > 0 ? word[(hyphen + 1)..] : []);
        return true;
    }

    // "a 5,000-strong crowd gathered", "a 300-strong police force": the noun phrase after the size word is what is counted.
    private static bool TrySizedNoun(in QuantityScan s, ref QuantityDraft draft, int start) => TrySingularHead(s, ref draft, start, maxWords: 3);

    // "one tornado warning was issued", "One boy died", "1 person": after one, the noun phrase is singular.
    private static bool TrySingular(in QuantityScan s, ref QuantityDraft draft, int start)
    {
        if (draft.Value < 1 && s.IsCapitalised(start))
        {
            return false; // "the 9/11 Commission"
        }

        return TrySingularHead(s, ref draft, start, maxWords: 4);
    }

    // A singular noun phrase of up to `maxWords` words from `start`: its head is the last word before a word that ends it (a function
    // word, a verb-like "-ed", "-ly" or "-s" word, or any word but the first right before "than": the comparative of "one point
    // higher than a year before", the "rather" of "one engineer rather than two").
    private static bool TrySingularHead(in QuantityScan s, ref QuantityDraft draft, int start, int maxWords)
    {
        var index = start;
        while (index < start + maxWords && s.IsWord(index) && !s.Words.NounPhraseStops.Contains(s.Word(index)) && !CountedWords.EndsPhrase(s, s.Word(index))
               && !(index > start && s.Is(index + 1, "than")))
        {
            index++;
        }

        if (index == start || !CountedWords.TryUnit(s, s.Word(index - 1), out var unit))
        {
            return false;
        }

        (draft.Unit, draft.NounFirst, draft.NounEnd, draft.End) = (unit, start, index, index);
        return true;
    }

    private static bool TryPluralHead(in QuantityScan s, ref QuantityDraft draft, int start)
    {
        if (!NounPhrase.Read(s, start, money: false, out var first, out var end)
            || !(NounPhrase.TryHead(s, first, end, out var head, out var headIndex) || TryCoordinatedHead(s, first, end, out head, out headIndex)))
        {
            return false; // leaves no noun phrase behind: "1080 x 2400 pixels" pairs the bare 1080 with the pixels
        }

        if (IsForecastClause(s, draft, head, headIndex))
        {
            return false; // "topping the 1,900 strategists had predicted": the figure is the forecast, not a count of strategists
        }

        // "4 500 smart meters", "120 parking meters": a unit name that also names a device, after a modifier of its own, is a thing
        // counted, not a measure ("2.1 million metric tonnes" keeps its unit; the physical unit rule reads "300 meters")
        draft.NounFirst = first;
        draft.Unit = s.Words.UnitNames.TryGet(head, out var named) && named.Kind is UnitKind.Count or UnitKind.Physical
            && !(headIndex > first && s.Words.DeviceUnitNames.Contains(head))
            ? named
            : Unit.CountNamed(s.Words.Singular(head));
        draft.NounEnd = headIndex + 1;
        draft.End = draft.NounEnd;
        return true;
    }

    // Whether the head noun names people who forecast (`forecast-word` "noun") and a forecast verb follows it that ends the clause (at
    // the end of the sentence, before punctuation, "and" or "but"), with either an auxiliary before the verb ("the 1,900 strategists had
    // predicted") or a word of comparison before the figure ("topping the 1,900 strategists predicted"). "The 300 traders expected for
    // the fair" and "welcomed the 400 experts expected" are counts of people awaited, not forecasts.
    private static bool IsForecastClause(in QuantityScan s, in QuantityDraft draft, string head, int headIndex)
    {
        if (!s.Words.ForecasterNouns.Contains(head))
        {
            return false;
        }

        var verb = headIndex + 1;
        var afterAuxiliary = s.Words.ForecastAuxiliaries.Contains(s.Word(verb));
        if (afterAuxiliary)
        {
            verb++;
        }

        return s.Words.ForecastVerbs.Contains(s.Word(verb)) && EndsClause(s, verb + 1) && (afterAuxiliary || FollowsComparison(s, draft.Start));
    }

    // Whether the token at `index` ends a clause: the end of the sentence, punctuation, or a joining word (`forecast-word` "clause-end").
    private static bool EndsClause(in QuantityScan s, int index) => !s.IsWord(index) || s.Words.ForecastClauseEnds.Contains(s.Word(index));

    // Whether a word of comparison (`forecast-word` "comparison") stands right before the figure at `start`, or before a determiner
    // there ("above 1,900", "than the 1,900").
    private static bool FollowsComparison(in QuantityScan s, int start)
    {
        var before = start - 1;
        if (s.IsWord(before) && s.Words.QuantifierWords.Contains(s.Word(before)))
        {
            before--;
        }

        return s.IsWord(before) && s.Words.ForecastComparisons.Contains(s.Word(before));
    }

    // "300 part-time and seasonal staff", "45 wooden or stone bridges": modifiers joined by "and" or "or" share the plural head of the
    // phrase after the joining word, which is what is counted. Both sides are lower-case modifiers, and the phrase after the joining
    // word holds a modifier before its head, so "40 dead and dozens injured" stays apart. The side after the joining word neither opens
    // with a quantifier or determiner nor holds a number word: "30 homeless and many families" counts no families, "12 missing and
    // two injured climbers" no climbers (`quantifier-word`, `number-word`).
    private static bool TryCoordinatedHead(in QuantityScan s, int first, int end, out string head, out int headIndex)
    {
        (head, headIndex) = (string.Empty, -1);
        return end < s.Count && (s.Is(end, "and") || s.Is(end, "or")) && AreLowerCaseWords(s, first, end)
            && NounPhrase.Read(s, end + 1, money: false, out var after, out var afterEnd) && after == end + 1 && AreLowerCaseWords(s, after, afterEnd)
            && !s.Words.QuantifierWords.Contains(s.Word(after)) && !HoldsNumberWord(s, after, afterEnd)
            && NounPhrase.TryHead(s, after, afterEnd, out head, out headIndex) && headIndex > after;
    }

    // Whether the words from `first` to `end` (a hyphen may stand between them) are all written in lower case, and there is at least
    // one: modifiers and nouns, not a name ("Vorland and Lindenport workers").
    private static bool AreLowerCaseWords(in QuantityScan s, int first, int end)
    {
        for (var index = first; index < end; index++)
        {
            if (s.IsWord(index) && s.Word(index) is var word && (word.IsEmpty || !char.IsLower(word[0])))
            {
                return false;
            }
        }

        return end > first;
    }

    // Whether a word from `first` to `end` is a number or a vague amount written out ("two", "forty", "dozens").
    private static bool HoldsNumberWord(in QuantityScan s, int first, int end)
    {
        for (var index = first; index < end; index++)
        {
            if (s.Words.NumberWords.Contains(s.Word(index)) || s.Words.VagueNumbers.Contains(s.Word(index)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>How a single noun after a number becomes a unit.</summary>
internal static class CountedWords
{
    /// <summary>The unit a noun names: a lexicon unit (physical or counted), else a count of the noun; false for words that make an
    /// adjective rather than a count ("one-time", "two-way") and for proper nouns standing alone.</summary>
    public static bool TryUnit(in QuantityScan s, ReadOnlySpan<char> word, out Unit unit)
    {
        unit = Unit.None;
        if (word.IsEmpty || !char.IsLetter(word[0]) || s.Words.NonUnitWords.Contains(word) || s.Words.NounPhraseStops.Contains(word)
            || s.Words.ComparativeAdjectives.Contains(word))
        {
            return false; // "0.3 faster than his rival": a comparative is no counted noun
        }

        if (s.Words.UnitNames.TryGet(word, out var named) && named.Kind is UnitKind.Count or UnitKind.Physical)
        {
            unit = named;
            return true;
        }

        if (s.Words.Currencies.TryGet(word, out var code))
        {
            unit = Unit.Currency(code); // "a one-yen bid"
            return true;
        }

        unit = Unit.CountNamed(s.Words.Singular(word.ToString().ToLowerInvariant()));
        return true;
    }

    // The longest hyphenated compound whose spaced copy is built on the stack; a longer one is copied to the heap.
    private const int MaxStackCompound = 128;

    /// <summary>The lexicon unit a hyphenated compound of two or more words names as a whole ("basis-point" in "a 25-basis-point cut",
    /// "percentage-point", "square-metre"), read as its words with spaces, the longest first; <paramref name="length"/> is how many
    /// characters of <paramref name="rest"/> the unit takes ("basis-point" of "basis-point-a-year").</summary>
    public static bool TryCompoundUnit(in QuantityScan s, ReadOnlySpan<char> rest, out Unit unit, out int length)
    {
        Span<char> spaced = rest.Length <= MaxStackCompound ? stackalloc char[rest.Length] : new char[rest.Length];
        rest.Replace(spaced, '-', ' ');
        for (var end = rest.Length; end > 0; end = rest[..end].LastIndexOf('-'))
        {
            if (rest[..end].IndexOf('-') > 0 && s.Words.UnitNames.TryGet(spaced[..end], out var named) && named.Kind != UnitKind.None)
            {
                (unit, length) = (named, end);
                return true;
            }
        }

        (unit, length) = (Unit.None, 0);
        return false;
    }

    /// <summary>The rate a hyphenated compound names after its unit: "a-share" in "a 12-cent-a-share dividend", "per-day".</summary>
    public static Unit RateIn(in QuantityScan s, ReadOnlySpan<char> rest)
    {
        var hyphen = rest.IndexOf('-');
        if (hyphen <= 0 || !(rest[..hyphen] is "a" or "an" or "per") || rest[(hyphen + 1)..].Contains('-'))
        {
            return Unit.None;
        }

        var noun = rest[(hyphen + 1)..];
        return s.Words.DurationUnits.TryGet(noun, out var duration) ? Unit.Duration(duration) : Unit.CountNamed(s.Words.Singular(noun.ToString().ToLowerInvariant()));
    }

    /// <summary>Whether a word ends a singular noun phrase, as <see cref="EndsPhrase(ReadOnlySpan{char})"/> says, unless it is a noun
    /// that ends in "s" without being a plural ("one measles case", "one news crew").</summary>
    public static bool EndsPhrase(in QuantityScan s, ReadOnlySpan<char> word) => EndsPhrase(word) && !s.Words.UncountableNouns.Contains(word);

    /// <summary>Whether a word ends a singular noun phrase: a past form, an adverb, or a verb-like "-s" ("one boy died", "one man says").</summary>
    public static bool EndsPhrase(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
        || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase));
}

/// <summary>The noun phrase after a number and its head noun.</summary>
internal static class NounPhrase
{
    /// <summary>The most words a counted noun phrase has.</summary>
    private const int MaxWords = 5;

    /// <summary>Reads the noun phrase from token <paramref name="start"/>: up to five words, stopping at function words and
    /// punctuation (a hyphen inside a compound is kept, and a compound counts as one word: "COVID-19-related deaths" is two; a possessive before a lower-case word is kept: "40 men's relay records");
    /// after money, "in" may open it ("$50 billion in loans").</summary>
    public static bool Read(in QuantityScan s, int start, bool money, out int first, out int end)
    {
        first = start;
        var index = start;
        if (money && index + 1 < s.Count && s.Is(index, "in"))
        {
            index++;
            first = index;
        }

        var words = 0;
        while (index < s.Count)
        {
            var opensWord = index == first || !s.IsJoined(index);
            if (opensWord && words == MaxWords)
            {
                break;
            }

            if (!s.IsWord(index))
            {
                if ((s.IsChar(index, "-") && s.IsJoined(index) && s.IsJoined(index + 1)) || IsNameDigits(s, first, index) || IsPossessiveBeforeNoun(s, first, index))
                {
                    index++;
                    continue;
                }

                break;
            }

            if ((s.Words.NounPhraseStops.Contains(s.Word(index)) && !(index == first && QualifiesPluralNoun(s, index)) && !IsNounBeforeComplement(s, first, index))
                || (index == first && (OpensWithNumberWord(s.Words, s.Word(index)) || JoinedCurrencyRule.IsCodeJoinedToDigits(s, s.Word(index)))))
            {
                break;
            }

            words += opensWord ? 1 : 0;
            index++;
        }

        end = index;
        return end > first;
    }

    // "120 eight-car trains", "40 three-bedroom houses": a number word joined by a hyphen to a noun is an amount of its own (8 cars), read
    // after the count as "120 8-car trains" is, not the start of the counted noun phrase. Not when the word after the hyphen makes
    // a fixed adjective that counts nothing (a non-unit word: "300 one-off grants", "90 two-way radios").
    private static bool OpensWithNumberWord(QuantityVocabulary words, ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && words.NumberWords.Contains(word[..hyphen]) && !words.NonUnitWords.Contains(word[(hyphen + 1)..]);
    }

    // "40 men's relay records", "12 children's hospitals": a possessive inside the phrase, before a lower-case word, makes the words
    // before it the owner of the noun that follows.
    private static bool IsPossessiveBeforeNoun(in QuantityScan s, int first, int index) =>
        index > first && s.IsKind(index, TokenKind.Possessive) && s.IsJoined(index) && s.IsWord(index + 1) && char.IsLower(s.Word(index + 1)[0])
        && !s.Words.NounPhraseStops.Contains(s.Word(index + 1));

    // "48 Mark-4 drones", "12 F-35 jets": digits joined by a hyphen to a capitalised word inside the phrase end a name, which
    // modifies the counted noun like any other word.
    private static bool IsNameDigits(in QuantityScan s, int first, int index) =>
        index - 2 >= first && s.IsKind(index, TokenKind.Number) && s.IsJoined(index) && s.IsChar(index - 1, "-") && s.IsJoined(index - 1)
        && s.IsCapitalised(index - 2);

    // "20 reported cases": an attributive stop right after the number, before a lower-case plural that is no stop itself, when the
    // number stands inside a clause ("inspectors logged 14 reported thefts"). A number that opens its clause, at the start of the
    // sentence or after a comma, semicolon or colon, is the subject the stop is the verb of ("Of the 90 ferry crews questioned in
    // Kestrel Bay, 14 reported delays").
    private static bool QualifiesPluralNoun(in QuantityScan s, int index) =>
        s.Words.AttributiveStops.Contains(s.Word(index)) && s.IsWord(index + 1) && s.Word(index + 1) is [var initial, .., 's'] && char.IsLower(initial)
        && !s.Words.NounPhraseStops.Contains(s.Word(index + 1)) && !OpensClause(s, index - 1);

    // "214 reports of damp", "2.4 million customer reports about billing errors": a stop that is also a plural noun is the counted
    // noun when a complement preposition follows it and no plural noun before it in the phrase could be the subject it is the verb
    // of ("12 lawyers reports on" is no count of reports; "a panel of 12 reports to the council" keeps the verb), nor the group
    // whose members the number counts ("a crew of 40 reports from the pier").
    private static bool IsNounBeforeComplement(in QuantityScan s, int first, int index)
    {
        if (!s.Words.NounStops.Contains(s.Word(index)) || !s.IsWord(index + 1) || !s.Words.ComplementPrepositions.Contains(s.Word(index + 1))
            || CountsGroupMembers(s, first))
        {
            return false;
        }

        for (var before = first; before < index; before++)
        {
            if (!s.IsWord(before) || !char.IsLower(s.Word(before)[0]) || LooksPluralNoun(s, s.Word(before)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the number whose noun phrase starts at `first` follows a group noun and "of" ("a crew of 40", "a team of 1.2
    // thousand"): it counts the group's members, who are the subject of what follows.
    private static bool CountsGroupMembers(in QuantityScan s, int first)
    {
        var k = first - 1;
        while (k >= 0 && (s.IsKind(k, TokenKind.Number) || s.Words.DigitScales.ContainsKey(s.Word(k))))
        {
            k--;
        }

        return k < first - 1 && s.Is(k, "of") && s.Words.GroupNouns.Contains(s.Word(k - 1));
    }

    // Whether the number ending at token <paramref name="last"/> opens its clause: nothing before it in the sentence, or a comma,
    // semicolon or colon (tokens written joined, as in "1,200", are one number).
    private static bool OpensClause(in QuantityScan s, int last)
    {
        var number = last;
        while (number > 0 && s.IsJoined(number))
        {
            number--;
        }

        return number <= 0 || s.IsChar(number - 1, ",;:");
    }

    /// <summary>The head noun: the first plural-looking word, where a modifier noun or a capitalised name gives way to a plural right
    /// after it ("police officers" → officers, "Texas counties" → counties). The phrase ends at the head ("40,000 fans packed" → fans). The head is lower-case.</summary>
    public static bool TryHead(in QuantityScan s, int first, int end, out string head, out int headIndex)
    {
        for (var index = first; index < end; index++)
        {
            if (!s.IsWord(index) || !LooksPluralNoun(s, s.Word(index)) || (index + 1 < end && s.IsKind(index + 1, TokenKind.Possessive)))
            {
                continue; // "men's" in "40 men's relay records" owns the head, it is not the head
            }

            while (index + 1 < end && s.IsWord(index + 1) && LooksPluralNoun(s, s.Word(index + 1))
                && (s.Words.ModifierNouns.Contains(s.Word(index)) || IsNameBeforeNoun(s, index)))
            {
                index++;
            }

            head = s.Word(index).ToString().ToLowerInvariant();
            headIndex = index;
            return true;
        }

        head = string.Empty;
        headIndex = -1;
        return false;
    }

    // "five Texas counties", "three West Midlands towns": a capitalised name that only looks plural, right before a lower-case
    // plural, names where the counted things are; the lower-case plural is the head.
    private static bool IsNameBeforeNoun(in QuantityScan s, int index) => s.IsCapitalised(index) && s.IsWord(index + 1) && char.IsLower(s.Word(index + 1)[0]);

    /// <summary>Whether a word looks like a plural noun: plural in form, and neither a past form ("-ed") nor a possessive.</summary>
    internal static bool LooksPluralNoun(in QuantityScan s, ReadOnlySpan<char> word) =>
        s.Words.LooksPluralAnyCase(word) && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal);
}
