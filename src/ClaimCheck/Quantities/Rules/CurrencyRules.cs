using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>A currency code or prefix with the digits joined to it: "USD115", "RM59.48", "RM1.03 billion", "$US32.30"; or a currency letter
/// ("N4.2 trillion", "R1,500", "N1,344.13", "P31.75", "N482.9", "R41,75", "N740 per litre") when a multiplier, thousands separators, two
/// decimals after a point or a comma (or one after two digits) or a rate follow the digits, so that "N95 masks", "R2" or "R2.5" stay names. A scale abbreviation may be joined to the digits in the same word ("RM12bn", "R10bn", "N5trn"). The
/// amount starts inside the word; what follows is read as after any number.</summary>
internal sealed class JoinedCurrencyRule : LeadRule
{
    // The longest word, a currency letter and up to three digits ("R12"), that a group of thousands set off by a space may follow
    // ("R12 500"); NumberParser reads the same groups only after one to three digits.
    private const int MaxLetterAndDigitsBeforeSpacedGroup = 4;

    /// <inheritdoc/>
    public override bool HasShape => true;

    /// <inheritdoc/>
    public override bool StartsAtShape(ReadOnlySpan<char> word) => DigitsStart(word) > 0;

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var word = s.Word(draft.Start);
        var digits = DigitsStart(word);
        var joinedScale = digits > 0 ? JoinedScale(s.Words, word[digits..]) : 1;
        if (joinedScale == 0)
        {
            return false; // letters after the digits that are no scale: "A320neo"
        }

        if (digits > 0 && TrySignBefore(s, draft.Start, word[..digits], out var signed))
        {
            draft.Currency = signed;
            draft.EmbeddedDigits = digits;
            draft.Start--;
            return true;
        }

        if (digits <= 0 || !(s.Words.CurrencyPrefixes.TryGet(word[..digits], out var code) || CurrencyWords.TryCode(s.Words, word[..digits], out code)
            || (digits == 1 && s.Words.CurrencyLetters.TryGet(word[..1], out code)
                && ((IsPowerOfThousand(joinedScale) && !IsLetterDigitKName(word)) || IsWrittenAsMoney(s, draft.Start) || IsInMoneyWording(s, draft.Start)))))
        {
            return false;
        }

        draft.Currency = code;
        draft.EmbeddedDigits = digits;
        return true;
    }

    // "Y2K": the letter Y, one digit and a capital K make a name, not an amount of yen; other letters stay money ("paid R5K",
    // "a N5K fine", "R6m", "R5k").
    private static bool IsLetterDigitKName(ReadOnlySpan<char> word) => word.Length == 3 && word[0] == 'Y' && char.IsAsciiDigit(word[1]) && word[2] == 'K';

    // Whether the amount joined to a letter is written as money: priced to the hundredth ("P31.75") or to the tenth after two digits
    // ("N482.9"), followed by a rate ("N740 per litre") or another currency it is exchanged for ("N587 per dollar"), or going on with a multiplier ("N4.2 trillion", "R4bn", "a P3.4-trillion budget") or a group of thousands ("R1,500",
    // or set off by a space: "R7 000"):
    // the token after the word, or after a joined hyphen, is a power of a thousand in words or abbreviated, not followed by a plural
    // noun when the figure is whole ("N95 million masks" counts masks; "R12.5 billion funds" is money), or a joined comma and a
    // joined group of three digits. Other scale words ("hundred", "dozen", "crore") are no money a letter names.
    private static bool IsWrittenAsMoney(in QuantityScan s, int wordIndex)
    {
        var next = wordIndex + 1;
        var hasDecimals = false;
        if (s.Is(next, ",") && s.IsJoined(next) && s.IsKind(next + 1, TokenKind.Number) && s.IsJoined(next + 1) && s.Word(next + 1).Length == 2
            && !(s.IsChar(next + 2, ",") && s.IsJoined(next + 2)))
        {
            return true; // cents after a decimal comma: "R41,75 a week", "R17,60 to the pound" (not "R1,20,000" in the Indian grouping)
        }

        if (s.Is(next, ".") && s.IsJoined(next) && s.IsKind(next + 1, TokenKind.Number) && s.IsJoined(next + 1))
        {
            if (s.Word(next + 1).Length == 2 || (s.Word(next + 1).Length == 1 && s.Word(wordIndex).Length > 2))
            {
                return true; // a price to the hundredth, or to the tenth of two digits or more: "P31.75 per kilo", "R2.75 a litre", "N482.9"
            }

            next += 2; // the decimals: "N10" "." "8"
            hasDecimals = true;
        }

        var hyphenated = s.IsChar(next, "-") && s.IsJoined(next) && s.IsJoined(next + 1);
        var scaleIndex = hyphenated ? next + 1 : next;
        return PhysicalUnitRule.IsRateAt(s, next) // a price per unit or rate noun: "N740 per litre", "R21 a litre"
            || PerCurrencyPhrase.TryRead(s, next, out _, out _) // an exchange rate: "N587 per dollar", "N756 to the dollar"
            || (s.IsWord(scaleIndex) && (s.Words.ScaleWords.TryGet(s.Word(scaleIndex), out var scale) || s.Words.ScaleAbbreviations.TryGet(s.Word(scaleIndex), out scale)
                    || (s.IsJoined(scaleIndex) && s.Words.JoinedScaleAbbreviations.TryGet(s.Word(scaleIndex), out scale)))
                && IsPowerOfThousand(scale) && (hasDecimals || hyphenated || !(s.IsWord(scaleIndex + 1) && NounPhrase.LooksPluralNoun(s, s.Word(scaleIndex + 1)))))
            || (s.Is(next, ",") && s.IsJoined(next) && IsThousandsGroup(s.Word(next + 1)) && s.IsKind(next + 1, TokenKind.Number) && s.IsJoined(next + 1))
            || (!hasDecimals && s.Word(wordIndex).Length <= MaxLetterAndDigitsBeforeSpacedGroup && NumberParser.IsSpacedThousandsGroup(s.Text, s.Tokens, next, s.Words, out _, afterCurrencyLetter: true));
    }

    // Whether a letter and three or more whole digits ("N400") stand where money is named: right after a money cue, or after one and
    // "at" or "for" ("a loaf that cost N400", "paid N250", "priced at N300"; not "spent hours on the R102") when no plural noun follows ("paid for N95 masks" counts masks), or as one end of "from … to …" or "between … and …"
    // whose other end is the same letter and three or more digits ("went from N597 to N855", "from N270 in 2017 to N384").
    private static bool IsInMoneyWording(in QuantityScan s, int wordIndex)
    {
        if (!IsLetterAndWholeDigits(s, wordIndex, s.Word(wordIndex)[0]))
        {
            return false;
        }

        var cue = s.Is(wordIndex - 1, "at") || s.Is(wordIndex - 1, "for") ? wordIndex - 2 : wordIndex - 1;
        return (s.IsWord(cue) && s.Words.MoneyCues.TryGet(s.Word(cue), out var position) && position != MoneyCuePosition.After
                && !(s.IsWord(wordIndex + 1) && NounPhrase.LooksPluralNoun(s, s.Word(wordIndex + 1))))
            || IsEndOfLetterPair(s, wordIndex, opener: true) || IsEndOfLetterPair(s, wordIndex, opener: false)
            || IsBesideSameMoney(s, wordIndex);
    }

    // "₦820 for a sack of rice in May against N910 now", "climbed from ₦400 to N500": a letter and three or more whole digits with no
    // plural noun after them are money when an earlier amount of the sentence is in the letter's currency. A word naming the currency
    // is not enough ("the naira slipped as Orvik bought an N737 jet").
    private static bool IsBesideSameMoney(in QuantityScan s, int wordIndex)
    {
        if (!s.Words.CurrencyLetters.TryGet(s.Word(wordIndex)[..1], out var code)
            || (s.IsWord(wordIndex + 1) && NounPhrase.LooksPluralNoun(s, s.Word(wordIndex + 1))))
        {
            return false;
        }

        var currency = Unit.Currency(code);
        foreach (var match in s.Earlier)
        {
            if (match.Mention.Quantity.Unit == currency)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the word at wordIndex opens a "from"/"between" pair closed by "to"/"and" and the same letter with digits within the clause
    // (opener), or closes a pair that such a word opens (not opener).
    private static bool IsEndOfLetterPair(in QuantityScan s, int wordIndex, bool opener)
    {
        const int Reach = 8;
        var letter = s.Word(wordIndex)[0];
        if (!(opener ? s.Is(wordIndex - 1, "from") || s.Is(wordIndex - 1, "between") : s.Is(wordIndex - 1, "to") || s.Is(wordIndex - 1, "and")))
        {
            return false;
        }

        var step = opener ? 1 : -1;
        var firstLink = opener ? wordIndex + 1 : wordIndex - 2;
        for (var link = firstLink; link >= 0 && link < s.Count - 1 && Math.Abs(link - wordIndex) <= Reach && !s.IsKind(link, TokenKind.Punctuation); link += step)
        {
            var linked = opener ? s.Is(link, "to") || s.Is(link, "and") : s.Is(link, "from") || s.Is(link, "between");
            if (linked && IsLetterAmount(s, link + 1, letter))
            {
                return true;
            }
        }

        return false;
    }

    // "N400": the given capital letter joined to three or more digits and nothing else ("N95", "R2" and "M25" are too short to count).
    private static bool IsLetterAndWholeDigits(in QuantityScan s, int index, char letter)
    {
        var word = s.Word(index);
        return word.Length >= 4 && word[0] == letter && char.IsUpper(letter) && !word[1..].ContainsAnyExceptInRange('0', '9');
    }

    // The other end of a pair: the letter and three or more digits, or the letter and digits going on with a joined group of thousands ("N1,050").
    private static bool IsLetterAmount(in QuantityScan s, int index, char letter) =>
        IsLetterAndWholeDigits(s, index, letter)
        || (s.Word(index) is [var first, _, ..] word && first == letter && !word[1..].ContainsAnyExceptInRange('0', '9')
            && s.Is(index + 1, ",") && s.IsJoined(index + 1) && s.IsJoined(index + 2) && IsThousandsGroup(s.Word(index + 2)));

    // Three digits after a thousands separator, alone or with the decimals: "036" of "R1,036", "344.13" of "N1,344.13".
    private static bool IsThousandsGroup(ReadOnlySpan<char> word) => word.Length == 3 || (word.Length > 4 && word[3] == '.');

    // "$US32.30", "$A1.2 billion": a sign joined before the letters, which together make a prefix.
    private static bool TrySignBefore(in QuantityScan s, int wordIndex, ReadOnlySpan<char> letters, out string code)
    {
        code = "";
        return s.IsJoined(wordIndex) && CurrencyWords.IsSign(s, wordIndex - 1, out _)
            && s.Words.CurrencyPrefixes.TryGet(string.Concat(s.Word(wordIndex - 1), letters), out code!);
    }

    // A thousand, million, billion or trillion.
    private static bool IsPowerOfThousand(double scale) => scale is 1e3 or 1e6 or 1e9 or 1e12;

    // The scale of the letters joined after the digits ("bn" of "R10bn"): 1 when there are none, 0 when they are no scale.
    private static double JoinedScale(QuantityVocabulary words, ReadOnlySpan<char> fromDigits)
    {
        var suffix = NumberParser.JoinedSuffix(fromDigits);
        return suffix.IsEmpty ? 1 : NumberParser.TryJoinedScale(suffix, words, out var scale) ? scale : 0;
    }

    /// <summary>Whether a word is an amount of money with a currency code or prefix joined before its digits ("USD20", "RM59.48"), so
    /// that a count before it does not read it as a modifier of the noun it counts ("3 USD20 vouchers" is 3 vouchers and USD 20).</summary>
    public static bool IsCodeJoinedToDigits(in QuantityScan s, ReadOnlySpan<char> word)
    {
        var digits = DigitsStart(word);
        return digits > 0 && (s.Words.CurrencyPrefixes.TryGet(word[..digits], out _) || CurrencyWords.TryCode(s.Words, word[..digits], out _));
    }

    // Where the digits start in a word of letters then digits, with letters after them, joined or after one hyphen, or not ("RM59": 2,
    // "R10bn": 1, "P39-billion": 1); -1 when the word is not shaped so.
    private static int DigitsStart(ReadOnlySpan<char> word)
    {
        var first = word.IndexOfAnyInRange('0', '9');
        if (first <= 0 || !char.IsLetter(word[0]))
        {
            return -1;
        }

        var after = word[first..].IndexOfAnyExceptInRange('0', '9');
        if (after < 0)
        {
            return first;
        }

        var letters = word[(first + after)..];
        letters = letters is ['-', _, ..] ? letters[1..] : letters;
        return !letters.ContainsAnyExcept(AsciiLetters) ? first : -1;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}

/// <summary>A currency written before the number: a sign ("$50", "€46"), a sign with a code joined before it ("aud$ 15"), a prefix
/// ("US$3m", "C$750 million", "c $ 16.4 million"), a code ("USD 50", "MUSD 20") or a currency word ("dollar 22.5 million").</summary>
internal sealed class CurrencyBeforeRule : LeadRule
{
    /// <inheritdoc/>
    public override IEnumerable<TokenKind> StartKinds => [TokenKind.Currency];

    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) =>
        words.CurrencyPrefixes.FirstTokensWhere(_ => true).Where(first => !words.CurrencyPrefixes.EndsWithSign(first))
            .Concat(words.CurrencyPrefixes.AnyCase.Keys.Where(term => !term.Any(char.IsLetter)))
            .Concat(CurrencyWords.CodeForms(words)).Concat(CurrencyWords.Signs(words));

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var start = draft.Start;

        // "$AU 4.5 billion", "$US 5 million": a sign before letters opens a prefix, read below
        if (CurrencyWords.IsSign(s, start, out var signed) && s.IsKind(start + 1, TokenKind.Number))
        {
            // "US$3m", "C$750 million", "c $ 16.4 million": a prefix that ends with the sign names the dollar; so does a code joined
            // before it ("aud$ 15", "mxn$ 15").
            if (s.TryPhraseBefore(start + 1, s.Words.CurrencyPrefixes, out var signPrefixed, out var prefixStart) && prefixStart < start)
            {
                signed = signPrefixed;
                draft.Start = prefixStart;
            }
            else if (s.IsJoined(start) && s.IsWord(start - 1) && CurrencyWords.TryCodeInAnyCase(s.Words, s.Word(start - 1), out var code))
            {
                signed = code;
                draft.Start = start - 1;
            }

            draft.Currency = signed;
            draft.NumberIndex = start + 1;
            return true;
        }

        if (s.TryPhrase(start, s.Words.CurrencyPrefixes, out var prefixed, out var end) && s.IsKind(end, TokenKind.Number)
            && !IsWordBeforePercentage(s, start, end))
        {
            draft.Currency = prefixed;
            draft.NumberIndex = end;
            return true;
        }

        if (s.IsKind(start + 1, TokenKind.Number) && CurrencyWords.TryCodeWord(s.Words, s.Word(start), out var iso, out var scale))
        {
            draft.Currency = iso;
            draft.CurrencyScale = scale;
            draft.NumberIndex = start + 1;
            return true;
        }

        return false;
    }

    // Whether a currency prefix in words is followed by a percentage: "sterling rose against the dollar 1%" and "the euro 0.4 percent
    // firmer" name the currency that moved, not an amount of it.
    private static bool IsWordBeforePercentage(in QuantityScan s, int prefix, int number) =>
        s.IsWord(prefix) && NumberParser.TryParseAt(s.Text, s.Tokens, number, s.Words, out var parsed)
        && PercentRule.TryReadPercentUnit(s, number + parsed.TokenCount, out _, out _);
}

/// <summary>A currency written after the number: a name ("46 billion euros", "50 billion US dollars", "420 million finnish markka"),
/// a code ("75 USD", "30 MUSD"), then a multiplier after it ("75 USD million"), hundredths ("3 dollars 50 cents") and what the money
/// is for ("$50 billion in loans"). A word that is also a unit ("pounds") is money with a multiplier, a following currency word with
/// the same code ("2,000 pounds sterling"), a price per share or in a money context (<see cref="CurrencyWords.IsMoneyContext"/>).</summary>
internal sealed class CurrencyAfterRule : UnitRule
{
    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) =>
        words.Currencies.FirstTokensWhere(_ => true).Concat(CurrencyWords.CodeForms(words)).Append("-");

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var at = draft.End;
        if (s.IsChar(at, "-"))
        {
            return TryJoinedScaleAndCurrency(s, ref draft, at);
        }

        if (!s.IsWord(at))
        {
            return false;
        }

        if (s.TryPhrase(at, s.Words.Currencies, out var iso, out var end, dropPluralS: true))
        {
            if (end == at + 1 && s.Words.UnitNames.TryGet(s.Word(at), out var alsoUnit) && alsoUnit.Kind == UnitKind.Physical
                && draft.First.Scale == 1 && !IsCurrencyAt(s, end, iso) && !IsPerShare(s, end)
                && !CurrencyWords.IsMoneyContext(s, draft.NumberIndex, end, iso))
            {
                return false; // "25 pounds": a weight; but "46.50 pounds a share" and "fined 100 pounds" are money
            }

            draft.End = IsCurrencyAt(s, end, iso) ? end + 1 : end; // "pounds sterling"
        }
        else if (CurrencyWords.TryCodeWord(s.Words, s.Word(at), out iso, out var scale) && scale != 1)
        {
            draft.CurrencyScale = scale;
            draft.End = at + 1;
        }
        else
        {
            return false;
        }

        draft.Currency = iso;
        ReadAfterAmount(s, ref draft);
        return true;
    }

    // "a 48.7-trillion-yen budget", "a 1.5-billion-euro deal": the multiplier and the currency joined to the number by hyphens, in one
    // word after the hyphen. A multiplier alone after the hyphen ("a $20-million deal") is read with the number.
    private static bool TryJoinedScaleAndCurrency(in QuantityScan s, ref QuantityDraft draft, int hyphen)
    {
        var word = s.Word(hyphen + 1);
        var split = word.IndexOf('-');
        if (draft.First.Scale != 1 || draft.High is not null || !s.IsJoined(hyphen) || !s.IsJoined(hyphen + 1) || split <= 0
            || !s.Words.DigitScales.TryGetValue(word[..split], out var scale)
            || !s.Words.Currencies.TryGet(word[(split + 1)..], out var iso))
        {
            return false;
        }

        draft.ScaleAfter = scale;
        draft.Currency = iso;
        draft.End = hyphen + 2;
        draft.Unit = Unit.Currency(iso);
        NounPhrase.Read(s, draft.End, money: true, out draft.NounFirst, out draft.NounEnd);
        return true;
    }

    /// <summary>A currency sign after the number: "10 $", "15 €" (not "10 $ 30", where the sign opens the next amount).</summary>
    public static void ReadSignAfter(in QuantityScan s, ref QuantityDraft draft)
    {
        var next = draft.Next;
        if (draft.Currency is null && CurrencyWords.IsSign(s, next, out var iso) && !(s.IsKind(next + 1, TokenKind.Number) && !IsSubunitAt(s, next + 1)))
        {
            draft.Currency = iso;
            draft.Next = next + 1;
        }
    }

    // "SEK 22.7 m", "£45 M": a multiplier letter set off from an amount of money ("m", "M", "k", "B") is the
    // multiplier, as it is joined ("$22.7m"); money is no length. Not a letter that goes on in a joined word or sign ("$5 M&A", "€3 T-shirts").
    private static bool IsSpacedScaleLetter(in QuantityScan s, int index, out double scale) =>
        s.Words.ScaleLetters.TryGet(s.Word(index), out scale)
        && !(s.IsJoined(index + 1) && (s.IsWord(index + 1) || s.IsKind(index + 1, TokenKind.Number) || s.IsChar(index + 1, "-&/")));

    /// <summary>What follows an amount of money: "75 USD million", "SEK 22.7 m", hundredths, and the noun phrase it pays for.</summary>
    public static void ReadAfterAmount(in QuantityScan s, ref QuantityDraft draft)
    {
        if (s.IsWord(draft.End) && draft.First.Scale == 1
            && (s.Words.DigitScales.TryGetValue(s.Word(draft.End), out var lateScale) || IsSpacedScaleLetter(s, draft.End, out lateScale)))
        {
            draft.ScaleAfter = lateScale;
            draft.End++;
        }

        // "$45,000 Cdn", "$2 million AUD": a currency code or abbreviation, as the lexicon writes it, after an amount written with the
        // bare "$", which many dollars share, says which dollar it is; a capitalised name is a proper noun's ("$5 Won Pharma staff").
        if (s.IsChar(draft.Start, "$") && s.IsWord(draft.End)
            && s.Words.CurrencyAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.Word(draft.End))
            && s.TryPhrase(draft.End, s.Words.Currencies, out var named, out var namedEnd, dropPluralS: false) && namedEnd == draft.End + 1
            && named != draft.Currency)
        {
            draft.Currency = named;
            draft.End = namedEnd;
        }

        draft.Unit = Unit.Currency(draft.Currency!);
        if (draft.High is null && TrySubunits(s, ref draft.End, out var minor))
        {
            draft.Value += minor;
        }

        NounPhrase.Read(s, draft.End, money: true, out draft.NounFirst, out draft.NounEnd);
    }

    // "46.50 pounds a share", "3 pounds per share": a rate per share is a price.
    private static bool IsPerShare(in QuantityScan s, int index) =>
        (s.Is(index, "a") || s.Is(index, "per")) && (s.Is(index + 1, "share") || s.Is(index + 1, "shares"));

    private static bool IsCurrencyAt(in QuantityScan s, int index, string iso) =>
        s.IsWord(index) && s.Words.Currencies.TryGet(s.Word(index), out var following) && following == iso;

    // "and 50 cents", "45 cents", "50" after "15 dollars": the hundredths of the amount just read.
    private static bool IsSubunitAt(in QuantityScan s, int index) =>
        NumberParser.TryParseAt(s.Text, s.Tokens, index, s.Words, out var number) && number.Value < 100
        && s.Words.CurrencySubunits.Contains(s.Word(index + number.TokenCount));

    // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50", "100 and fifty".
    private static bool TrySubunits(in QuantityScan s, ref int end, out double minor)
    {
        minor = 0;
        var index = s.Is(end, "and") ? end + 1 : end;
        if (!NumberParser.TryParseAt(s.Text, s.Tokens, index, s.Words, out var number) || number.IsVague
            || number.Value >= 100 || number.Value != Math.Floor(number.Value) || number.Scale != 1)
        {
            return false;
        }

        var after = index + number.TokenCount;
        if (after < s.Count && s.Words.CurrencySubunits.Contains(s.Word(after)))
        {
            after++;
        }
        else if (after < s.Count && !(s.IsKind(after, TokenKind.Punctuation) && s.IsChar(after, ".,!?;)")))
        {
            return false;
        }

        minor = number.Value / 100;
        end = after;
        return true;
    }
}

/// <summary>Currency codes as the currency rules read them.</summary>
internal static class CurrencyWords
{
    /// <summary>A three-letter code: in capitals, or in any case when the lexicon lists it in lower case ("usd"; not "try").</summary>
    public static bool TryCode(QuantityVocabulary words, ReadOnlySpan<char> word, out string code)
    {
        code = string.Empty;
        if (word.Length != 3 || !words.Currencies.TryGet(word, out var iso))
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        word.ToUpperInvariant(upper);
        if (!words.CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(upper))
        {
            return false; // a three-letter name such as "won"
        }

        code = iso;
        return true;
    }

    /// <summary>A three-letter code in any case, as written joined before a sign ("cad$", "mxn$").</summary>
    public static bool TryCodeInAnyCase(QuantityVocabulary words, ReadOnlySpan<char> word, out string code)
    {
        code = string.Empty;
        Span<char> upper = stackalloc char[3];
        return word.Length == 3 && word.ToUpperInvariant(upper) == 3 && words.CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(upper)
            && words.Currencies.TryGet(upper, out code!);
    }

    /// <summary>
    /// A code, or a code with a multiplier letter before it in capitals ("MUSD" → USD and 10^6, "kEUR" → EUR and 10^3). Only the
    /// thousand and million letters make such a prefix: "T" is a thousand in German-style "TEUR" and a trillion elsewhere, and with
    /// "B" the four letters are far more often a name that ends in a code (a ticker "TRUB" is no trillion roubles, nor "BEUR" a billion euros).
    /// </summary>
    public static bool TryCodeWord(QuantityVocabulary words, ReadOnlySpan<char> word, out string code, out double scale)
    {
        scale = 1;
        if (TryCode(words, word, out code))
        {
            return true;
        }

        if (word.Length == 4 && char.IsUpper(word[1]) && words.ScaleLetters.TryGet(word[..1], out var letter) && letter is 1e3 or 1e6
            && TryCode(words, word[1..], out code))
        {
            scale = letter;
            return true;
        }

        code = string.Empty;
        return false;
    }

    /// <summary>A currency sign: a currency token ("$", "€") or another one-character symbol the lexicon lists ("₵", "₮").</summary>
    public static bool IsSign(in QuantityScan s, int index, out string code)
    {
        code = string.Empty;
        var word = s.Word(index);
        return (s.IsKind(index, TokenKind.Currency) || (word.Length == 1 && !char.IsLetterOrDigit(word[0])))
            && s.Words.Currencies.TryGet(word, out code!);
    }

    /// <summary>The words that may stand between a currency word and a money cue after it ("400 pounds in fines").</summary>
    private static readonly string[] CueLinks = ["in", "of"];

    /// <summary>Words that do not count towards the window before the number ("fined a total of 500 pounds", "paid the sum of").</summary>
    private static readonly string[] WindowFillers = ["a", "an", "the", "total", "sum", "of"];

    /// <summary>The words that join the two halves of a range or change ("from £900 to 1,000 pounds").</summary>
    private static readonly string[] RangeLinks = ["to", "and", "or", "-", "–"];

    /// <summary>
    /// Whether a word that is both a currency (<paramref name="code"/>) and a weight ("pounds") is money here. In order: "pounds of" and
    /// a noun that is not a money cue is a weight ("the price of 2 pounds of apples"); the nearest cue within three words before the
    /// number, not counting "a total of"/"the sum of" and stopping at punctuation, decides: a weight cue ("weighed", "lost") makes a
    /// weight, a money cue placed before ("fined", "worth") money; another currency amount later in the clause makes a weight ("30
    /// pounds costs 12 dollars"); the first half of a range in that currency makes money ("from £900 to 1,000 pounds"); a money cue
    /// placed after, right after the word or after "in"/"of" ("400 pounds in fines", "500 pounds bail"), makes money.
    /// </summary>
    public static bool IsMoneyContext(in QuantityScan s, int numberIndex, int afterWord, string code)
    {
        if (s.Is(afterWord, "of") && s.IsWord(afterWord + 1) && !s.Words.MoneyCues.TryGet(s.Word(afterWord + 1), out _))
        {
            return false;
        }

        if (CueBefore(s, numberIndex) is { } isMoney)
        {
            return isMoney;
        }

        if (CurrencyLaterInClause(s, afterWord, code))
        {
            return false;
        }

        if (IsSecondHalfOfRange(s, numberIndex, code))
        {
            return true;
        }

        var after = IsAny(s, afterWord, CueLinks) ? afterWord + 1 : afterWord;
        return s.Words.MoneyCues.TryGet(s.Word(after), out var position) && position != MoneyCuePosition.Before;
    }

    // The nearest weight or money cue within three words before the number: true for money, false for a weight, null for none.
    private static bool? CueBefore(in QuantityScan s, int numberIndex)
    {
        const int WordsBefore = 3;
        var counted = 0;
        for (var index = numberIndex - 1; index >= 0 && counted < WordsBefore && s.IsWord(index); index--)
        {
            if (s.Words.WeightCues.Contains(s.Word(index)))
            {
                return false;
            }

            if (s.Words.MoneyCues.TryGet(s.Word(index), out var position) && position != MoneyCuePosition.After)
            {
                return true;
            }

            counted += IsAny(s, index, WindowFillers) ? 0 : 1;
        }

        return null;
    }

    // A currency sign or another currency's word after the amount, before the clause ends ("Shipping 50 pounds costs about $40").
    private static bool CurrencyLaterInClause(in QuantityScan s, int from, string code)
    {
        const int Reach = 8;
        for (var index = from; index < Math.Min(s.Count, from + Reach) && !s.IsKind(index, TokenKind.Punctuation); index++)
        {
            if (s.IsKind(index, TokenKind.Currency)
                || (s.IsWord(index) && s.TryPhrase(index, s.Words.Currencies, out var other, out _, dropPluralS: true) && other != code))
            {
                return true;
            }
        }

        return false;
    }

    // "from £900 to 1,000 pounds": the amount just before the link is money in the same currency.
    private static bool IsSecondHalfOfRange(in QuantityScan s, int numberIndex, string code) =>
        s.Earlier.Count > 0 && s.Earlier[^1].EndToken == numberIndex - 1 && IsAny(s, numberIndex - 1, RangeLinks)
        && s.Earlier[^1].Mention.Quantity.Unit is { Kind: UnitKind.Currency } unit && unit.Name == code;

    private static bool IsAny(in QuantityScan s, int index, string[] words)
    {
        foreach (var word in words)
        {
            if (s.Is(index, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one-character currency symbols of the lexicon (for rule triggers).</summary>
    public static IEnumerable<string> Signs(QuantityVocabulary words) => words.Currencies.AnyCase.Keys.Where(term => term.Length == 1);

    /// <summary>Every spelling of a code the rules accept, with and without a multiplier letter (for rule triggers).</summary>
    public static IEnumerable<string> CodeForms(QuantityVocabulary words)
    {
        foreach (var code in words.CurrencyCodes)
        {
            yield return code;
            foreach (var letter in words.ScaleLetters.Exact.Keys.Concat(words.ScaleLetters.AnyCase.Keys))
            {
                yield return letter + code;
            }
        }
    }
}

/// <summary>A currency form that several countries share ("Rs", "rupees", "Sh", "shillings") is the currency of the country the sentence
/// names: "Rs. 150 a loaf in Sri Lanka" is the Sri Lankan rupee, "Rs 250 a litre in Pakistan" the Pakistani one, "Sh5,000 in Kampala"
/// the Ugandan shilling. With no such country named, with countries of different currencies named, or with a country whose currency
/// is of another family ("Rs 500 crore in Kenya"), the form keeps the currency the lexicon gives it.</summary>
internal static class SharedCurrencyRule
{
    /// <summary>Gives the draft's money the currency of the place the sentence names, when the money is written in a shared form.</summary>
    public static void Apply(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Currency is null || !IsWrittenShared(s, draft))
        {
            return;
        }

        string? named = null;
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsWord(i) && s.TryPhrase(i, s.Words.CurrencyPlaces, out var code, out var end))
            {
                if (!IsSameFamily(s.Words, draft.Currency, code))
                {
                    i = end - 1;
                    continue; // "Rs 500 crore in Kenya": a place of shillings says nothing of rupees
                }

                if (named is not null && named != code)
                {
                    return; // "India and Pakistan": no one country
                }

                named = code;
                i = end - 1;
            }
        }

        if (named is not null && draft.Unit.Kind == UnitKind.Currency)
        {
            draft.Currency = named;
            draft.Unit = Unit.Currency(named);
        }
    }

    // Whether two currencies are one family of names ("indian rupee" and "sri lankan rupee"): "Rs 500 crore in Kenya" stays rupees.
    private static bool IsSameFamily(QuantityVocabulary words, string code, string other) =>
        words.CurrencyFamilies.TryGetValue(code, out var family) && words.CurrencyFamilies.TryGetValue(other, out var otherFamily)
        && family == otherFamily;

    // Whether the money's own words hold a shared form of the currency it was read as ("Rs", "Rs.", "rupees", the "Sh" of "Sh5,000";
    // not "₹", "INR" or "KSh").
    private static bool IsWrittenShared(in QuantityScan s, in QuantityDraft draft)
    {
        for (var i = draft.Start; i < Math.Max(draft.End, draft.Next); i++)
        {
            if (s.TryPhrase(i, s.Words.SharedCurrencies, out var code, out _) && code == draft.Currency)
            {
                return true;
            }

            var word = s.Word(i);
            if (draft.EmbeddedDigits > 0 && word.Length > draft.EmbeddedDigits && char.IsAsciiDigit(word[draft.EmbeddedDigits])
                && s.Words.SharedCurrencies.TryGet(word[..draft.EmbeddedDigits], out var joined) && joined == draft.Currency)
            {
                return true;
            }
        }

        return false;
    }
}
