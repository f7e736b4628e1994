using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Ages: a time unit with an age word after it ("45 years old", "a 45-year-old", "28 - year - old", "3 years of age", "90 day
/// old"), an age word standing for the unit ("87 yo"), an age phrase before the number ("aged 34", "at the age of 50", "died at 79",
/// "the average age was 74 years"), a number between commas or in brackets right after a name or a noun naming one person ("Lou
/// DeFazio, 65, lives…", "John Smith (40)", "the driver, 52, was"), a bare number before "or older" ("aged 105 or older"), or a
/// number after "is"/"was" that ends a clause about a person ("she is 108.", "who was 81 at the election", "Varga was only 19 when"),
/// or after "at" at the end of a clause with a verb of dying or of another milestone of a life ("died of a stroke on June 9 at 73",
/// "emigrated to Orvik at 31"), or after "then" between a comma and the number after a name ("Tamsin Kade, then 23, joined…").
/// The unit is the time unit "of age" ("year of age").</summary>
internal sealed class AgeRule : UnitRule
{
    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) =>
        words.DurationUnits.FirstTokensWhere(_ => true)
            .Concat(words.AgeWords.FirstTokensWhere(position => position == AgeWordPosition.Unit))
            .Append("-").Append("or").Append("and");

    /// <summary>The oldest age an appositive number is read as.</summary>
    private const double MaxAge = 120;

    /// <inheritdoc/>
    public override IEnumerable<string> PrecedingWords(QuantityVocabulary words) =>
        words.AgeWords.AnyCase.Where(pair => pair.Value is AgeWordPosition.Before or AgeWordPosition.Bounded or AgeWordPosition.Appositive)
            .Select(pair => pair.Key.Split(' ')[^1])
            .Append(",").Append("(").Append("is").Append("was").Append("just").Append("only").Append("from");

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        if (TryAfter(s, ref draft))
        {
            return true;
        }

        if ((IsAgeWordBefore(s, draft.Before) || IsAgeOfGroupBeforeBe(s, draft.Before)
                || (draft.High is not null && s.Is(draft.Before - 1, "from") && IsAgeWordBefore(s, draft.Before - 1)))
            && !draft.First.IsVague && (!IsNounAfter(s, draft.End) || IsCauseOfDeathAfter(s, draft)) && IsPlausibleAge(s, draft))
        {
            ReadUnitAfterAgeWord(s, ref draft); // "aged 87", "at the age of 50", "the average age was 74 years", "aged from 19 to 64"
            ReadQualifierBeforeAgeOf(s, ref draft);
            return true;
        }

        if (IsBoundedAge(s, draft))
        {
            ReadUnitAfterAgeWord(s, ref draft); // "people over 80", "children under 5", "babies younger than nine weeks"
            return true;
        }

        if (IsAppositiveAge(s, draft) || IsAgeAtTime(s, draft) || IsAgeBeforeOlder(s, draft) || IsAgeAfterBe(s, draft)
            || IsAgeEndingLifeEventClause(s, draft))
        {
            draft.Unit = Unit.Duration("year of age");
            return true;
        }

        return false;
    }

    // Whether an age phrase that goes before its number ("aged", "at the age of") ends right before token `at`.
    private static bool IsAgeWordBefore(in QuantityScan s, int at) =>
        (s.TryPhraseBefore(at, s.Words.AgeWords, out var position, out _) && position == AgeWordPosition.Before)
        || (s.Words.AgeWords.TryGet(s.Word(at - 1), out position) && position == AgeWordPosition.Before);

    // "over the age of 65", "children under the age of 12": a bound before "(the) age of" bounds the age as it bounds a bare number;
    // "at the age of 50" has none, and "an average age of 37" names the statistic, whose figure is exact.
    private static void ReadQualifierBeforeAgeOf(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Qualifier != Qualifier.Exact || !s.Is(draft.Before - 1, "of") || !s.Is(draft.Before - 2, "age"))
        {
            return;
        }

        var phraseEnd = s.Is(draft.Before - 3, "the") ? draft.Before - 3 : draft.Before - 2;
        if (s.TryPhraseBefore(phraseEnd, s.Words.Qualifiers, out var qualifier, out var phraseStart)
            && qualifier is Qualifier.MoreThan or Qualifier.LessThan or Qualifier.AtLeast or Qualifier.AtMost or Qualifier.UpTo)
        {
            draft.Qualifier = qualifier;
            draft.Before = phraseStart;
        }
    }

    /// <summary>The most words looked back over, before the "was" or "is" ahead of a number, for the "age of" that names a group
    /// ("the average age of those detained was 47").</summary>
    private const int AgeOfGroupWords = 6;

    // "the average age of those detained was 47", "the median age of the victims is 71": "age of" and the group it describes, then
    // "was" or "is" right before the number, all in one clause (no punctuation or other number between them).
    private static bool IsAgeOfGroupBeforeBe(in QuantityScan s, int at)
    {
        if (!s.Is(at - 1, "was") && !s.Is(at - 1, "is"))
        {
            return false;
        }

        for (var k = at - 2; k >= Math.Max(0, at - 2 - AgeOfGroupWords); k--)
        {
            if (!s.IsWord(k))
            {
                return false;
            }

            if (s.Is(k, "age") && s.Is(k + 1, "of"))
            {
                return true;
            }
        }

        return false;
    }

    // "the average age was 74 years": a time unit after the number is the age's unit.
    private static void ReadUnitAfterAgeWord(in QuantityScan s, ref QuantityDraft draft)
    {
        if (s.Words.DurationUnits.TryGet(s.Word(draft.End), out var name))
        {
            draft.Unit = Unit.Duration(name + Unit.AgeEnding);
            draft.End++;
        }
        else
        {
            draft.Unit = Unit.Duration("year of age");
        }
    }

    // "people over 80", "adults under 50", "People over 65 account for…", "volunteers 65 and older", "babies younger than nine weeks":
    // a noun naming people (or animals), then a bound and a whole number up to 120 with no noun or unit after it but a unit of time
    // (a verb may follow), or the number then a lower bound ("and older").
    private static bool IsBoundedAge(in QuantityScan s, in QuantityDraft draft)
    {
        if (draft.Currency is not null || draft.High is not null || draft.Value is < 1 or > MaxAge || draft.Value != Math.Floor(draft.Value)
            || !s.Words.AgeWords.TryGet(s.Word(draft.Before - 1), out var position) || position != AgeWordPosition.Bounded)
        {
            return false;
        }

        if (draft.Before == draft.NumberIndex)
        {
            return s.TryPhrase(draft.End, s.Words.QualifiersAfter, out var bound, out var afterBound) && bound is Qualifier.AtLeast or Qualifier.MoreThan
                && (!s.IsWord(afterBound) || s.Words.NounPhraseStops.Contains(s.Word(afterBound)) || IsVerbAfter(s, afterBound)); // not "12 or more hours"
        }

        return draft.Qualifier is Qualifier.MoreThan or Qualifier.LessThan
            && (!s.IsWord(draft.End) || s.Words.NounPhraseStops.Contains(s.Word(draft.End)) || IsVerbAfter(s, draft.End)
                || (s.Words.DurationUnits.Contains(s.Word(draft.End)) && IsAgeSpan(s, draft)));
    }

    // "cattle older than 24 months", "treated 7 babies younger than 10 weeks": a length of time after the bound is an age when the bound
    // compares ("than"). After "under" it is one when the people are not themselves counted just before it ("fever spread to 120
    // residents over six weeks" is a period); after "over" only when the people also open the clause ("In Lindenport, toddlers over 2
    // years were offered…"), for after a verb the length of time says how long it went on ("will mentor pupils over five years").
    private static bool IsAgeSpan(in QuantityScan s, in QuantityDraft draft) =>
        s.Is(draft.NumberIndex - 1, "than")
        || (!(s.IsKind(draft.Before - 2, TokenKind.Number) || s.Words.NumberWords.Contains(s.Word(draft.Before - 2)))
            && (!s.Is(draft.NumberIndex - 1, "over") || draft.Before - 2 <= 0 || !s.IsWord(draft.Before - 2)));

    // "People over 65 account for…": a lower-case word that is neither a plural noun nor a unit.
    private static bool IsVerbAfter(in QuantityScan s, int index) =>
        !s.IsCapitalised(index) && !s.Words.LooksPluralAnyCase(s.Word(index)) && !s.Words.IsUnitWord(s.Word(index))
        && !s.Words.Currencies.Contains(s.Word(index));

    // "Lou DeFazio, 65, lives…", "John Smith (40)", "…after the death of Maria Branyas, 117.": a whole number up to 120 between commas,
    // in brackets, or between a comma and the full stop that ends the sentence, right after a name.
    private static bool IsAppositiveAge(in QuantityScan s, in QuantityDraft draft)
    {
        var open = IsAppositiveAdverb(s, draft.Before - 1) && s.IsChar(draft.Before - 2, ",") ? draft.Before - 2 : draft.Before - 1;
        var close = s.IsChar(open, ",") ? "," : s.IsChar(open, "(") ? ")" : null;
        var closes = s.IsChar(draft.End, close ?? string.Empty) || (close == "," && s.IsChar(draft.End, ".") && draft.End == s.Count - 1);
        return close is not null && closes && draft.IsDigits && draft.Currency is null && draft.High is null && draft.First.TokenCount == 1
            && draft.Value is >= 1 and <= MaxAge && draft.Value == Math.Floor(draft.Value) && draft.Qualifier == Qualifier.Exact
            && s.IsWord(open - 1) && ((s.IsCapitalised(open - 1) && !s.Words.Months.Contains(s.Word(open - 1)) && !IsAcronym(s, open - 1))
                || (close == "," && s.Words.AgeWords.TryGet(s.Word(open - 1), out var position) && position == AgeWordPosition.Person));
    }

    // "then": an adverb of time between the comma and the age ("Tamsin Kade, then 23, joined…").
    private static bool IsAppositiveAdverb(in QuantityScan s, int index) =>
        s.IsWord(index) && s.Words.AgeWords.TryGet(s.Word(index), out var position) && position == AgeWordPosition.Appositive;

    // "the RSI (14)", "its EMA (200)": a figure in brackets after a word in capitals is a setting of what the acronym names, not the
    // age of a person. A name in capitals ("JOHN ARVELO (45)") is longer or follows another word in capitals.
    private static bool IsAcronym(in QuantityScan s, int index) =>
        IsInCapitals(s.Word(index)) && s.Word(index).Length <= 5 && !IsInCapitals(s.Word(index - 1));

    private static bool IsInCapitals(ReadOnlySpan<char> word) => word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z');

    // A whole number up to MaxAge, read from digits or one number word, with no currency, range or unit.
    private static bool IsBareWholeAge(in QuantityDraft draft) =>
        draft.Currency is null && draft.High is null && draft.Unit.Kind == UnitKind.None && draft.Value is >= 1 and <= MaxAge
        && draft.Value == Math.Floor(draft.Value) && (draft.IsDigits || draft.First.TokenCount == 1);

    // "residents said to be 105 or older", "riders of 16 or younger": a bare number before "or"/"and" and "older"/"younger",
    // which say nothing but age.
    private static bool IsAgeBeforeOlder(in QuantityScan s, in QuantityDraft draft) =>
        IsBareWholeAge(draft) && (s.Is(draft.End, "or") || s.Is(draft.End, "and"))
        && (s.Is(draft.End + 1, "older") || s.Is(draft.End + 1, "younger"));

    // "she is 108.", "who was 81 at the election", "Varga was only 19 when she won", "the man who drowned was 31, from…": a bare number
    // after "is"/"was" (and "just" or "only") that ends the clause or comes before "at"/"and", with a pronoun, or a noun naming one
    // person and a short "who" clause, before the verb; before "when" the subject may also be a capitalised name ("The death toll was
    // 12 when…" counts deaths). Not before "and" and another number ("is 6 and 0"). "The number who drowned was 31" stays a count: its
    // subject names no person.
    private static bool IsAgeAfterBe(in QuantityScan s, in QuantityDraft draft)
    {
        var verb = draft.Before - 1;
        if (s.Is(verb, "just") || s.Is(verb, "only"))
        {
            verb--;
        }

        if (!IsBareWholeAge(draft) || !(s.Is(verb, "is") || s.Is(verb, "was")))
        {
            return false;
        }

        var personSubject = (s.Words.AgeWords.TryGet(s.Word(verb - 1), out var position) && position == AgeWordPosition.Subject)
            || IsPersonWhoClauseBefore(s, verb);
        if (s.Is(draft.End, "when"))
        {
            return personSubject || (s.IsWord(verb - 1) && s.IsCapitalised(verb - 1));
        }

        return personSubject
            && (!s.IsWord(draft.End) || s.Is(draft.End, "at") || (s.Is(draft.End, "and") && !s.IsKind(draft.End + 1, TokenKind.Number)));
    }

    /// <summary>The most words a "who" clause before "was"/"is" may have after "who" ("who died", "who was killed").</summary>
    private const int WhoClauseWords = 2;

    // "the man who died was…", "the woman who was killed was…": a noun naming one person, "who" and one or two lower-case words (no
    // number, no punctuation), ending right before the verb at `verb`.
    private static bool IsPersonWhoClauseBefore(in QuantityScan s, int verb)
    {
        for (var who = verb - 2; who >= Math.Max(1, verb - 1 - WhoClauseWords); who--)
        {
            if (!s.IsWord(who + 1) || s.IsCapitalised(who + 1) || s.Words.NumberWords.Contains(s.Word(who + 1)))
            {
                return false;
            }

            if (s.Is(who, "who"))
            {
                return s.Words.AgeWords.TryGet(s.Word(who - 1), out var position) && position == AgeWordPosition.Person;
            }
        }

        return false;
    }

    /// <summary>The oldest age an age word may introduce: claimed ages run past <see cref="MaxAge"/> ("died at the age of 123").</summary>
    internal const double MostClaimedAge = 150;

    // An age after an age word is more than 0 (or 0 at the low end of a range written with a dash: "infants aged 0-2") and at most
    // MostClaimedAge, and a fraction only with a time unit after it ("aged 2.5 years"): "the shares turned 2.5 higher", "the car turns 0
    // to 60" name no age.
    private static bool IsPlausibleAge(in QuantityScan s, in QuantityDraft draft) =>
        (draft.Value is > 0 and <= MostClaimedAge || (draft.Value == 0 && draft.High is not null && s.IsChar(draft.NumberIndex + 1, RangeRule.Dashes)))
        && (draft.High is not double high || high <= MostClaimedAge)
        && (draft.Value == Math.Floor(draft.Value) || s.Words.DurationUnits.Contains(s.Word(draft.End)));

    // "of", a unit or a plural noun after the number (not a time unit or an age word): what the number counts ("turned 100 tons of
    // waste into fuel", "turning dozens of homes into rubble"); a verb after it leaves an age ("aged 18 to 24 backed the measure").
    private static bool IsNounAfter(in QuantityScan s, int index)
    {
        if (s.Is(index, "of"))
        {
            return true;
        }

        var word = s.Word(index);
        if (!s.IsWord(index) || word.Length > 64 || s.Words.NounPhraseStops.Contains(word) || s.Words.DurationUnits.Contains(word)
            || s.Words.AgeWords.Contains(word))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return s.Words.IsUnitWord(word) || (s.Words.LooksPlural(lower) && !lower.EndsWith("ed"));
    }

    /// <summary>The most words looked back over, from the "at" before a number, for a verb of dying or of another milestone of a life
    /// in the same clause.</summary>
    private const int LifeEventClauseWords = 8;

    /// <summary>The youngest age read from "at" and a number that ends a clause about a death or another milestone ("died at home at
    /// 11" may be a clock hour).</summary>
    private const int LeastLifeEventAge = 13;

    // "died of a stroke on June 9 at 73.", "died in Brenmoor at 77, his family said", "died in hospital at 64 after a fall": a whole number
    // from LeastLifeEventAge to MaxAge after "at" that ends the clause (or comes before "of" or "after" and the cause, or "in" and a
    // year), with a verb of dying or of another milestone of a life (age-word positions death and milestone: "quit the Vessa orchestra
    // and emigrated at 31.", "enlisted in the Orvik navy at 17 in 1940") earlier in the clause, numbers of a date allowed in between. "died in the crash at 70 mph"
    // has a unit after the number, and "died on the ridge; the search ended at 40" has a clause break.
    private static bool IsAgeEndingLifeEventClause(in QuantityScan s, in QuantityDraft draft) =>
        s.Is(draft.Before - 1, "at") && IsBareWholeAge(draft) && draft.Qualifier == Qualifier.Exact && draft.Value >= LeastLifeEventAge
        && (!s.IsWord(draft.End) || s.Is(draft.End, "of") || s.Is(draft.End, "after") || (s.Is(draft.End, "in") && s.IsYearNumber(draft.End + 1)))
        && !s.IsKind(draft.End, TokenKind.Number) && HasAgeVerbBefore(s, draft.Before - 1, LifeEventClauseWords, milestones: true);

    // "died aged 52 of a heart attack", "died at 79 of cancer": "of" after an age that follows a verb of dying gives the cause of
    // death, not what the number counts ("turned 100 tons of waste").
    private static bool IsCauseOfDeathAfter(in QuantityScan s, in QuantityDraft draft) =>
        s.Is(draft.End, "of") && HasAgeVerbBefore(s, draft.Before, LifeEventClauseWords, milestones: false);

    // Whether a verb of dying, or with `milestones` also of another milestone of a life ("retired", "debut"), stands among the `words`
    // tokens before token `at`, all of them words or numbers (no punctuation).
    private static bool HasAgeVerbBefore(in QuantityScan s, int at, int words, bool milestones)
    {
        for (var k = at - 1; k >= Math.Max(0, at - words); k--)
        {
            if (!s.IsWord(k) && !s.IsKind(k, TokenKind.Number))
            {
                return false;
            }

            if (s.Words.AgeWords.TryGet(s.Word(k), out var position) && (position == AgeWordPosition.Death || (milestones && position == AgeWordPosition.Milestone)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The youngest age read from a sentence opening "At N," ("At 9, the market opened" is a clock hour).</summary>
    private const int LeastOpeningAge = 13;

    // "At 41, Arvelo became…", "At 38, the goalkeeper signed…": a whole number from LeastOpeningAge to MaxAge after "at" that opens
    // the sentence, before a comma. A level put "at" a figure in a year ("the index stood at 95 in 2010") is no age.
    private static bool IsAgeAtTime(in QuantityScan s, in QuantityDraft draft)
    {
        if (!s.Is(draft.Before - 1, "at") || draft.Currency is not null || draft.High is not null || draft.Qualifier != Qualifier.Exact
            || draft.Value is < LeastOpeningAge or > MaxAge || draft.Value != Math.Floor(draft.Value) || !draft.IsDigits && draft.First.TokenCount != 1)
        {
            return false;
        }

        return draft.Before == 1 && s.IsChar(draft.End, ",");
    }

    private static bool TryAfter(in QuantityScan s, ref QuantityDraft draft)
    {
        var index = s.IsChar(draft.End, "-") ? draft.End + 1 : draft.End;
        if (!s.IsWord(index))
        {
            return false;
        }

        if (s.TryPhrase(index, s.Words.AgeWords, out var position, out var unitEnd) && position == AgeWordPosition.Unit)
        {
            draft.Unit = Unit.Duration("year of age"); // "87 yo"
            draft.End = unitEnd;
            return true;
        }

        var word = s.Word(index);
        var hyphen = word.IndexOf('-');
        if (!s.Words.DurationUnits.TryGet(hyphen > 0 ? word[..hyphen] : word, out var name))
        {
            return false;
        }

        var after = index + 1;
        var rest = hyphen > 0 ? word[(hyphen + 1)..] : [];
        if (!rest.IsEmpty)
        {
            // "45-year-old", "45-year-old-man"
            var restEnd = rest.IndexOf('-');
            if (!IsAgeWordAfter(s, restEnd > 0 ? rest[..restEnd] : rest))
            {
                return false;
            }
        }
        else if (s.IsChar(after, "-") && IsAgeWordAfter(s, s.Word(after + 1)))
        {
            after += 2; // "28 - year - old"
        }
        else if (s.TryPhrase(after, s.Words.AgeWords, out position, out var ageEnd) && position == AgeWordPosition.After)
        {
            after = ageEnd; // "29 years old", "3 years of age"
        }
        else
        {
            return false;
        }

        draft.Unit = Unit.Duration(name + Unit.AgeEnding);
        draft.End = after;
        return true;
    }

    private static bool IsAgeWordAfter(in QuantityScan s, ReadOnlySpan<char> word) =>
        s.Words.AgeWords.TryGet(word, out var position) && position == AgeWordPosition.After;
}
