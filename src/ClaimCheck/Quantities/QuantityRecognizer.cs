using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Quantities;

/// <summary>Finds quantities in English news text: numbers with their qualifiers, ranges, units, currencies and counted nouns.</summary>
/// <remarks>
/// A hand-written scanner over tokens, linear in the input. Years, dates, times of day, ordinals, decades, scores and
/// identifiers ("Section 427") are not quantities. Thread-safe; the default instance may be shared.
/// </remarks>
public sealed class QuantityRecognizer : IAnnotator
{
    private static readonly (string[] Words, Qualifier Qualifier)[] QualifierPhrases =
    [
        (["no", "fewer", "than"], Qualifier.AtLeast), (["no", "less", "than"], Qualifier.AtLeast), (["at", "least"], Qualifier.AtLeast),
        (["a", "minimum", "of"], Qualifier.AtLeast), (["not", "less", "than"], Qualifier.AtLeast),
        (["no", "more", "than"], Qualifier.AtMost), (["not", "more", "than"], Qualifier.AtMost), (["at", "most"], Qualifier.AtMost),
        (["a", "maximum", "of"], Qualifier.AtMost),
        (["more", "than"], Qualifier.MoreThan), (["greater", "than"], Qualifier.MoreThan), (["in", "excess", "of"], Qualifier.MoreThan),
        (["upwards", "of"], Qualifier.MoreThan), (["just", "over"], Qualifier.MoreThan), (["over"], Qualifier.MoreThan),
        (["above"], Qualifier.MoreThan), (["exceeding"], Qualifier.MoreThan),
        (["fewer", "than"], Qualifier.LessThan), (["less", "than"], Qualifier.LessThan), (["just", "under"], Qualifier.LessThan),
        (["under"], Qualifier.LessThan), (["below"], Qualifier.LessThan),
        (["up", "to"], Qualifier.UpTo), (["as", "many", "as"], Qualifier.UpTo), (["as", "much", "as"], Qualifier.UpTo),
        (["close", "to"], Qualifier.Approximately), (["an", "estimated"], Qualifier.Approximately), (["about"], Qualifier.Approximately),
        (["around"], Qualifier.Approximately), (["approximately"], Qualifier.Approximately), (["roughly"], Qualifier.Approximately),
        (["some"], Qualifier.Approximately), (["nearly"], Qualifier.Approximately), (["almost"], Qualifier.Approximately),
        (["circa"], Qualifier.Approximately), (["approx"], Qualifier.Approximately), (["estimated"], Qualifier.Approximately),
        (["an", "approximate"], Qualifier.Approximately), (["reportedly"], Qualifier.Approximately),
    ];

    private static readonly FrozenSet<string> RateNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "share", "dozen", "head", "capita", "person", "barrel", "gallon", "litre", "liter", "ton", "tonne", "pound", "kilogram", "kilo",
        "unit", "piece", "ticket", "vote", "seat", "night", "session", "game", "match", "month", "week", "year", "day", "hour");

    private static readonly FrozenSet<string> IncrementWordsBefore = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "additional", "another", "further", "extra");

    private static readonly FrozenSet<string> OrdinalSuffixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "st", "nd", "rd", "th", "s");

    private static readonly FrozenSet<string> TotalWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "total", "tally", "toll", "count", "number", "figure", "deployment", "sum", "overall");

    private static readonly FrozenSet<string> RangeConnectors = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "-", "–", "—", "and");

    /// <summary>A shared instance with the default settings.</summary>
    public static QuantityRecognizer Default { get; } = new();

    /// <summary>Finds the quantities in <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<QuantityMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = Annotate(AnnotatedDocument.Create(new Document("text", text), Lexicon.BuiltIn), CancellationToken.None);
        return [.. document.GetLayer<QuantityLayer>().All.Select(m => m.Mention)];
    }

    /// <inheritdoc/>
    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var layer = new SentenceLayerBuilder<QuantityMatch>();
        var matches = new List<QuantityMatch>();
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            layer.NextSentence();
            matches.Clear();
            Recognize(document.Text, document.TokenSegment(i), matches);
            layer.AddRange(matches);
        }

        var (all, starts) = layer.Build();
        return document.WithLayer(new QuantityLayer(all, starts));
    }

    /// <summary>Finds the quantities in one sentence's tokens.</summary>
    private static void Recognize(string text, ArraySegment<Token> tokens, List<QuantityMatch> matches)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (TryMatchAt(text, tokens, i, matches, out var match))
            {
                matches.Add(match);
                i = Math.Max(match.EndToken, i + 1);
            }
            else
            {
                i++;
            }
        }
    }

    private static bool TryMatchAt(string text, ArraySegment<Token> tokens, int start, List<QuantityMatch> earlier, out QuantityMatch match)
    {
        match = default;
        var token = tokens[start];
        string? currency = null;
        var numberIndex = start;

        var currencyScale = 1.0;
        var hasPrefix = false;

        // Currency before the number: "$50", "US$ 5", "c $ 16.4 million", "€46", "USD 50", "MUSD 20", "dollar 22.5 million".
        if (token.Kind == TokenKind.Currency)
        {
            currency = QuantityWords.CurrencySigns[Word(text, token)[0]];
            if (currency == "USD" && TryDollarPrefix(text, tokens, start, out var prefixed))
            {
                currency = prefixed;
                hasPrefix = true;
            }

            numberIndex = start + 1;
            if (numberIndex >= tokens.Count || tokens[numberIndex].Kind != TokenKind.Number)
            {
                return false;
            }
        }
        else if (token.Kind == TokenKind.Word && TryJoinedCodeAndDigits(text, token, out var code, out var joinedValue))
        {
            // "USD115", "USD50"
            var mention = new QuantityMention(token.Span, Quantity.Create(joinedValue, Qualifier.Exact, Unit.Currency(code)));
            match = new QuantityMatch(mention, start, start + 1, -1, -1, IsTotal: false, IsVague: false);
            return true;
        }
        else if (token.Kind == TokenKind.Word && start + 1 < tokens.Count && tokens[start + 1].Kind == TokenKind.Number
                 && TryCurrencyWord(Word(text, token), out var wordCurrency, out currencyScale))
        {
            currency = wordCurrency;
            numberIndex = start + 1;
        }
        else if (token.Kind is not (TokenKind.Number or TokenKind.Word))
        {
            return false;
        }

        if (!NumberParser.TryParseAt(text, tokens, numberIndex, out var first))
        {
            return false;
        }

        var numberToken = tokens[numberIndex];
        var isDigits = numberToken.Kind == TokenKind.Number;
        var next = numberIndex + first.TokenCount;

        // Proportions: "one in five adults", "2 in 10 people" → a percentage.
        if (currency is null && !first.IsVague && next + 1 < tokens.Count && Word(text, tokens[next]).Equals("in", StringComparison.OrdinalIgnoreCase)
            && NumberParser.TryParseAt(text, tokens, next + 1, out var whole)
            && !whole.IsVague && whole.Value > first.Value && whole.Value <= 1000 && first.Value >= 1 && first.Value == Math.Floor(first.Value)
            && !(next + 1 + whole.TokenCount < tokens.Count && IsUnitWordAt(text, tokens, next + 1 + whole.TokenCount)))
        {
            var proportionEnd = next + 1 + whole.TokenCount;
            if (ReadNounPhrase(text, tokens, proportionEnd, money: false, out var pFirst, out var pEnd) && TryHeadNoun(text, tokens, pFirst, pEnd, out _, out var pHead))
            {
                proportionEnd = pHead + 1;
            }

            var proportion = Quantity.Create(Math.Round(100 * first.Value / whole.Value, 4), Qualifier.Exact, Unit.Percent);
            var proportionSpan = TextSpan.FromBounds(tokens[start].Span.Start, tokens[proportionEnd - 1].Span.End);
            match = new QuantityMatch(new QuantityMention(proportionSpan, proportion), start, proportionEnd, -1, -1, IsTotal: false, IsVague: false);
            return true;
        }

        if (!isDigits && first.Value == 1 && first.TokenCount == 1
            && !(next < tokens.Count && (PhysicalUnits.Names.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, tokens[next]))
                 || QuantityWords.CurrencyNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, tokens[next]))
                 || Word(text, tokens[next]).Equals("penny", StringComparison.OrdinalIgnoreCase)
                 || (next + 1 < tokens.Count && Word(text, tokens[next + 1]).Equals("old", StringComparison.OrdinalIgnoreCase)))))
        {
            return false; // "one of them", "one day"; but "one mile", "one dollar", "one year old"
        }

        if (isDigits && currency is null && IsNotAnAmount(text, tokens, numberIndex, first, next))
        {
            return false;
        }

        var firstToken = currency is not null && numberIndex > start ? start : numberIndex;
        if (hasPrefix)
        {
            firstToken--;
        }

        // A minus sign: "-5 degrees", "- 20 degrees fahrenheit" (spaced only before a temperature).
        var negative = 0;
        if (isDigits && currency is null && firstToken > 0 && Word(text, tokens[firstToken - 1]) is "-" or "−"
            && (firstToken - 1 == 0 || !tokens[firstToken - 1].IsJoined || tokens[firstToken - 2].Kind == TokenKind.Punctuation))
        {
            negative = tokens[firstToken].IsJoined ? 1 : 2;
        }

        // Qualifier and increment words before the number.
        var qualifier = first.IsVague ? Qualifier.Range : Qualifier.Exact;
        var isIncrement = false;
        var before = firstToken;
        if (before > 0 && IncrementWordsBefore.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, tokens[before - 1])))
        {
            isIncrement = true;
            before--;
            if (before > 0 && Word(text, tokens[before - 1]) is "an" or "a" or "An" or "A")
            {
                before--;
            }
        }

        var betweenRange = false;
        if (!first.IsVague && TryQualifierBefore(text, tokens, before, out var found, out var phraseStart))
        {
            qualifier = found;
            before = phraseStart;
        }
        else if (before > 0 && Word(text, tokens[before - 1]).Equals("between", StringComparison.OrdinalIgnoreCase))
        {
            betweenRange = true;
            before--;
        }

        // Range: "2.5 to 3 billion", "between 400 and 750", "10-12".
        var value = first.Value;
        double? high = first.High;
        if (!first.IsVague && next + 1 < tokens.Count && RangeConnectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, tokens[next])))
        {
            var connector = Word(text, tokens[next]);
            var secondIndex = next + 1;
            if (secondIndex < tokens.Count && tokens[secondIndex].Kind == TokenKind.Currency)
            {
                secondIndex++;
            }

            var allowed = !connector.Equals("and", StringComparison.OrdinalIgnoreCase) || betweenRange;
            if (allowed && secondIndex < tokens.Count && (tokens[secondIndex].Kind == tokens[numberIndex].Kind || !isDigits)
                && NumberParser.TryParseAt(text, tokens, secondIndex, out var second) && !second.IsVague)
            {
                var low = first.Scale == 1 && second.Scale > 1 ? first.Value * second.Scale : first.Value;
                if (second.Value > low)
                {
                    value = low;
                    high = second.Value;
                    qualifier = qualifier is Qualifier.UpTo or Qualifier.AtMost or Qualifier.Exact or Qualifier.Approximately ? Qualifier.Range : qualifier;
                    next = secondIndex + second.TokenCount;
                }
                else if (isDigits && connector is "-" or "–" && second.Value < first.Value && first.Scale == 1)
                {
                    return false; // a score such as "3-1"
                }
            }
        }

        if (betweenRange && high is null)
        {
            before++; // "between" did not open a range after all
        }

        // "1,500 more troops"
        if (next < tokens.Count && Word(text, tokens[next]).Equals("more", StringComparison.OrdinalIgnoreCase)
            && (next + 1 >= tokens.Count || !Word(text, tokens[next + 1]).Equals("than", StringComparison.OrdinalIgnoreCase)))
        {
            isIncrement = true;
            next++;
        }

        // "1.8m tall", "48m": a joined "m" is a metre unless money, a counted noun or "of" follows ("5m people", "5m of them").
        if (isDigits && currency is null && first.Scale == 1e6 && next == numberIndex + 2 && tokens[numberIndex + 1].IsJoined
            && Word(text, tokens[numberIndex + 1]) is "m" && high is null
            && !(next < tokens.Count && tokens[next].Kind == TokenKind.Word && (IsUnitWordAt(text, tokens, next)
                 || Word(text, tokens[next]).Equals("of", StringComparison.OrdinalIgnoreCase) || QuantityWords.LooksPlural(Word(text, tokens[next]).ToString().ToLowerInvariant()))))
        {
            value /= 1e6;
            next = numberIndex + 1;
        }

        // A currency sign after the number: "10 $", "15 €" (not "10 $ 30", where the sign opens the next amount).
        if (currency is null && next < tokens.Count && tokens[next].Kind == TokenKind.Currency
            && !(next + 1 < tokens.Count && tokens[next + 1].Kind == TokenKind.Number && !IsMinorUnitAt(text, tokens, next + 1)))
        {
            currency = QuantityWords.CurrencySigns[Word(text, tokens[next])[0]];
            next++;
        }

        // Unit.
        var unit = Unit.None;
        var end = next;
        var nounFirst = -1;
        var nounEnd = -1;
        var scaleAfter = 1.0;
        if (currency is null)
        {
            currency = ReadCurrencyAfter(text, tokens, ref end, first.Scale > 1, out currencyScale);
        }

        if (currency is not null)
        {
            // "75 USD million"
            if (end < tokens.Count && tokens[end].Kind == TokenKind.Word && first.Scale == 1
                && QuantityWords.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[end]), out var lateScale))
            {
                scaleAfter = lateScale;
                end++;
            }

            unit = Unit.Currency(currency);
            if (high is null && TryMinorUnits(text, tokens, ref end, out var minor))
            {
                value += minor;
            }

            ReadNounPhrase(text, tokens, end, money: true, out nounFirst, out nounEnd);
        }
        else if (TryPercentAfter(text, tokens, ref end, out var percent))
        {
            unit = percent;
        }
        else if (TryAgeAfter(text, tokens, ref end, out var age) || TryAgeBefore(text, tokens, before, ref before, out age))
        {
            unit = age;
        }
        else if (TryPhysicalAfter(text, tokens, numberIndex, next, earlier, ref end, out var physical))
        {
            unit = physical;
        }
        else if (TryDurationAfter(text, tokens, ref end, out var duration))
        {
            unit = duration;
            if (qualifier == Qualifier.MoreThan && before < tokens.Count && Word(text, tokens[before]).Equals("over", StringComparison.OrdinalIgnoreCase))
            {
                // "over four days": "over" means "during" before a length of time.
                qualifier = Qualifier.Exact;
                before++;
            }
        }
        else
        {
            var nounStart = end;
            if (first.IsVague && nounStart < tokens.Count && Word(text, tokens[nounStart]).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                nounStart++;
            }
            else if (nounStart < tokens.Count && Word(text, tokens[nounStart]).Equals("being", StringComparison.OrdinalIgnoreCase))
            {
                nounStart++;
            }

            if (ReadNounPhrase(text, tokens, nounStart, money: false, out nounFirst, out nounEnd) && TryHeadNoun(text, tokens, nounFirst, nounEnd, out var head, out var headIndex))
            {
                unit = Unit.Count(head);
                nounEnd = headIndex + 1;
                end = nounEnd;
            }
        }

        // Rates: "$1.40 a share", "500,000 barrels a day", "15% per annum", "64.2 cents a dozen".
        if (unit.Kind is UnitKind.Currency or UnitKind.Count or UnitKind.Percentage && end == Math.Max(end, next))
        {
            TryRateAfter(text, tokens, ref end);
        }

        if (negative > 0 && (negative == 1 || (unit.Kind == UnitKind.Physical && PhysicalUnits.IsTemperature(unit.Name))))
        {
            value = -value;
            high = -high;
            before = Math.Min(before, firstToken - 1);
        }

        if (scaleAfter != 1 || currencyScale != 1)
        {
            value *= scaleAfter * currencyScale;
            high *= scaleAfter * currencyScale;
        }

        // A bare number naming a thing, not an amount: "Apollo 11", "the 737 MAX", "1 )".
        if (unit.Kind == UnitKind.None && isDigits && qualifier == Qualifier.Exact && !isIncrement && high is null
            && IsNameNumber(text, tokens, numberIndex, next))
        {
            return false;
        }

        var isTotal = false;
        if (unit.Kind == UnitKind.None && TryTotalOf(text, tokens, before, earlier, out var inherited, out var inheritedNoun))
        {
            unit = inherited;
            isTotal = true;
            (nounFirst, nounEnd) = inheritedNoun;
        }

        Quantity quantity;
        if (high is { } top && (qualifier == Qualifier.Range || first.IsVague))
        {
            quantity = Quantity.Between(value, top, unit);
        }
        else
        {
            quantity = Quantity.Create(value, qualifier == Qualifier.Range ? Qualifier.Exact : qualifier, unit);
        }

        if (isIncrement)
        {
            quantity = quantity.AsIncrement();
        }

        var spanEnd = tokens[Math.Max(end, next) - 1].Span.End;
        var span = TextSpan.FromBounds(tokens[before].Span.Start, spanEnd);
        var counted = unit.Kind == UnitKind.Count && !isTotal && nounFirst >= 0 && nounEnd > nounFirst
            ? TextSpan.FromBounds(tokens[nounFirst].Span.Start, tokens[nounEnd - 1].Span.End)
            : (TextSpan?)null;
        match = new QuantityMatch(new QuantityMention(span, quantity) { CountedNoun = counted }, before, Math.Max(end, next), nounFirst, nounEnd, isTotal, first.IsVague);
        return true;
    }

    private static bool TryDollarPrefix(string text, ArraySegment<Token> tokens, int sign, out string currency)
    {
        currency = "USD";
        if (sign == 0 || tokens[sign - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = Word(text, tokens[sign - 1]);
        Span<char> upper = stackalloc char[3];
        if (tokens[sign].IsJoined && word.Length == 3 && word.ToUpperInvariant(upper) == 3 && QuantityWords.TryIsoCode(upper, out var iso))
        {
            currency = iso == "MXN" || word.Length == 3 ? iso : currency; // "mxn$", "aud$"
            return true;
        }

        // Joined ("C$", "HK$") or, in spaced text, a prefix that is not also a common word ("c $", "hk $"; not "a $").
        return QuantityWords.DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out currency!)
            && (tokens[sign].IsJoined || !(word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("s", StringComparison.OrdinalIgnoreCase)
                || word.Equals("r", StringComparison.OrdinalIgnoreCase) || word.Equals("us", StringComparison.Ordinal) || word.Equals("j", StringComparison.OrdinalIgnoreCase)
                || word.Equals("z", StringComparison.OrdinalIgnoreCase) || word.Equals("mex", StringComparison.OrdinalIgnoreCase)));
    }

    // "USD115", "USD50": a capitalised ISO code with digits joined in one word.
    private static bool TryJoinedCodeAndDigits(string text, Token token, out string code, out double value)
    {
        code = string.Empty;
        value = 0;
        var word = Word(text, token);
        return word.Length > 3 && char.IsAsciiDigit(word[3]) && char.IsAsciiLetterUpper(word[0]) && QuantityWords.TryIsoCode(word[..3], out code)
            && NumberParser.TryParseDigits(word[3..], out value);
    }

    // A currency written before the number: an ISO code ("usd 20"), "M" + code for millions ("MUSD 20"), or a currency name ("dollar 22.5 million").
    private static bool TryCurrencyWord(ReadOnlySpan<char> word, out string currency, out double scale)
    {
        scale = 1;
        if (QuantityWords.TryIsoCode(word, out currency))
        {
            return true;
        }

        if (word.Length == 4 && word[0] is 'M' or 'k' or 'K' or 'B' && QuantityWords.TryIsoCode(word[1..], out currency) && char.IsUpper(word[1]))
        {
            scale = word[0] switch { 'M' => 1e6, 'B' => 1e9, _ => 1e3 };
            return true;
        }

        if (QuantityWords.CurrencyNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out currency!)
            && (word.StartsWith("dollar", StringComparison.OrdinalIgnoreCase) || word.StartsWith("euro", StringComparison.OrdinalIgnoreCase)
                || word.Equals("rmb", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        currency = string.Empty;
        return false;
    }

    private static bool IsUnitWordAt(string text, ArraySegment<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].Kind == TokenKind.Word && IsUnitWord(Word(text, tokens[index]));

    // "and 50 cents", "45 cents", "50" after "15 dollars": the minor unit of the amount just read.
    private static bool IsMinorUnitAt(string text, ArraySegment<Token> tokens, int index) =>
        NumberParser.TryParseAt(text, tokens, index, out var number) && number.Value < 100
        && index + number.TokenCount < tokens.Count && IsCentWord(Word(text, tokens[index + number.TokenCount]));

    private static bool IsCentWord(ReadOnlySpan<char> word) =>
        word.Equals("cents", StringComparison.OrdinalIgnoreCase) || word.Equals("cent", StringComparison.OrdinalIgnoreCase)
        || word.Equals("pence", StringComparison.OrdinalIgnoreCase) || word.Equals("p", StringComparison.Ordinal);

    // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50", "100 and fifty".
    private static bool TryMinorUnits(string text, ArraySegment<Token> tokens, ref int end, out double minor)
    {
        minor = 0;
        var index = end;
        if (index < tokens.Count && Word(text, tokens[index]).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            index++;
        }

        if (index >= tokens.Count || !NumberParser.TryParseAt(text, tokens, index, out var number) || number.IsVague
            || number.Value >= 100 || number.Value != Math.Floor(number.Value) || number.Scale != 1)
        {
            return false;
        }

        var after = index + number.TokenCount;
        if (after < tokens.Count && IsCentWord(Word(text, tokens[after])))
        {
            after++;
        }
        else if (after < tokens.Count && !(tokens[after].Kind == TokenKind.Punctuation && Word(text, tokens[after]) is "." or "," or "!" or "?" or ";" or ")"))
        {
            return false;
        }

        minor = number.Value / 100;
        end = after;
        return true;
    }

    // "45 years old", "a 45-year-old", "28 - year - old", "3 years of age", "87 yo", "90 day old".
    private static bool TryAgeAfter(string text, ArraySegment<Token> tokens, ref int end, out Unit unit)
    {
        unit = Unit.None;
        var index = end;
        if (index < tokens.Count && Word(text, tokens[index]) is "-")
        {
            index++;
        }

        if (index >= tokens.Count || tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = Word(text, tokens[index]);
        if (word.Equals("yo", StringComparison.OrdinalIgnoreCase) || word.Equals("y/o", StringComparison.OrdinalIgnoreCase))
        {
            unit = Unit.Duration("year of age");
            end = index + 1;
            return true;
        }

        var hyphen = word.IndexOf('-');
        var head = hyphen > 0 ? word[..hyphen] : word;
        if (!QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var name) || name is not ("year" or "month" or "week" or "day"))
        {
            return false;
        }

        var rest = hyphen > 0 ? word[(hyphen + 1)..] : [];
        var after = index + 1;
        var isAge = false;
        if (rest.Equals("old", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("old-", StringComparison.OrdinalIgnoreCase))
        {
            isAge = true;
        }
        else if (rest.IsEmpty)
        {
            if (after + 1 < tokens.Count && Word(text, tokens[after]) is "-" && Word(text, tokens[after + 1]).Equals("old", StringComparison.OrdinalIgnoreCase))
            {
                isAge = true;
                after += 2;
            }
            else if (after < tokens.Count && Word(text, tokens[after]).Equals("old", StringComparison.OrdinalIgnoreCase))
            {
                isAge = true;
                after++;
            }
            else if (after + 1 < tokens.Count && Word(text, tokens[after]).Equals("of", StringComparison.OrdinalIgnoreCase)
                     && Word(text, tokens[after + 1]).Equals("age", StringComparison.OrdinalIgnoreCase))
            {
                isAge = true;
                after += 2;
            }
        }

        if (!isAge)
        {
            return false;
        }

        unit = Unit.Duration($"{name} of age");
        end = after;
        return true;
    }

    // "aged 87", "age 87", "of age 87"
    private static bool TryAgeBefore(string text, ArraySegment<Token> tokens, int before, ref int first, out Unit unit)
    {
        unit = Unit.None;
        if (before > 0 && tokens[before - 1].Kind == TokenKind.Word
            && (Word(text, tokens[before - 1]).Equals("aged", StringComparison.OrdinalIgnoreCase) || Word(text, tokens[before - 1]).Equals("age", StringComparison.OrdinalIgnoreCase)))
        {
            unit = Unit.Duration("year of age");
            return true;
        }

        return false;
    }

    // Physical units: "2 metres", "50 kg", "1.2 km long", "45 degrees", "-5 °F", "10 km/h", "188 miles an hour", "660 square meters",
    // "3-inch", "20 (kg)", "10" long", "12 ft 2 in".
    private static bool TryPhysicalAfter(string text, ArraySegment<Token> tokens, int numberIndex, int next, List<QuantityMatch> earlier, ref int end, out Unit unit)
    {
        unit = Unit.None;
        var index = next;
        if (index >= tokens.Count)
        {
            return false;
        }

        var closing = '\0';
        if (index + 2 < tokens.Count && Word(text, tokens[index]) is "(" or "[" or "{" or "<" && tokens[index + 2].Span.Length == 1)
        {
            closing = text[tokens[index].Span.Start] switch { '(' => ')', '[' => ']', '{' => '}', _ => '>' };
            if (text[tokens[index + 2].Span.Start] != closing || !PhysicalUnits.Symbols.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, tokens[index + 1])))
            {
                return false;
            }

            index++;
        }

        var word = Word(text, tokens[index]);

        // Hyphenated adjectives: "3-inch", "776-foot", "10-gallon", "16-bit".
        if (word is "-" && tokens[index].IsJoined && index + 1 < tokens.Count && tokens[index + 1].IsJoined && tokens[index + 1].Kind == TokenKind.Word)
        {
            index++;
            word = Word(text, tokens[index]);
            var hyphen = word.IndexOf('-');
            if (hyphen > 0)
            {
                word = word[..hyphen];
            }

            if (PhysicalUnits.Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var adjective)
                || PhysicalUnits.Symbols.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out adjective))
            {
                unit = Unit.Physical(adjective);
                end = index + 1;
                return true;
            }

            return false;
        }

        // Quote marks for inches and feet before a size adjective: 10" long, 6' tall.
        if (word is "\"" or "”" or "'" or "′" or "″" && index + 1 < tokens.Count
            && PhysicalUnits.DimensionAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, tokens[index + 1])))
        {
            unit = Unit.Physical(word is "'" or "′" ? "ft" : "in");
            end = index + 1;
            return true;
        }

        // Degrees: "100°", "100° Celsius", "100 °C", "45 degrees", "40 deg celsius", "98.6 degrees f", "50 deg."
        if (word is "°" || word.Equals("degree", StringComparison.OrdinalIgnoreCase) || word.Equals("degrees", StringComparison.OrdinalIgnoreCase)
            || word.Equals("deg", StringComparison.OrdinalIgnoreCase))
        {
            var after = index + 1;
            if (word.Equals("deg", StringComparison.OrdinalIgnoreCase) && after < tokens.Count && Word(text, tokens[after]) is "." && tokens[after].IsJoined)
            {
                after++;
            }

            var scaleWord = Word(text, after < tokens.Count ? tokens[after] : default);
            string symbol;
            if (after < tokens.Count && (scaleWord.Equals("c", StringComparison.OrdinalIgnoreCase) || scaleWord.Equals("celsius", StringComparison.OrdinalIgnoreCase)
                || scaleWord.Equals("celcius", StringComparison.OrdinalIgnoreCase) || scaleWord.Equals("centigrade", StringComparison.OrdinalIgnoreCase)))
            {
                symbol = "°C";
                after++;
            }
            else if (after < tokens.Count && (scaleWord.Equals("f", StringComparison.OrdinalIgnoreCase) || scaleWord.Equals("fahrenheit", StringComparison.OrdinalIgnoreCase)
                     || scaleWord.Equals("farenheit", StringComparison.OrdinalIgnoreCase)))
            {
                symbol = "°F";
                after++;
            }
            else if (after < tokens.Count && word is "°" && scaleWord.Equals("K", StringComparison.Ordinal))
            {
                symbol = "K";
                after++;
            }
            else
            {
                symbol = "°";
            }

            unit = Unit.Physical(symbol);
            end = after;
            return true;
        }

        var power = '\0';
        var unitIndex = index;
        if (PhysicalUnits.PowerPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var prefixPower) && index + 1 < tokens.Count)
        {
            power = prefixPower;
            unitIndex = index + 1;
            if (Word(text, tokens[unitIndex]) is "." && unitIndex + 1 < tokens.Count)
            {
                unitIndex++;
            }
        }

        var unitWord = Word(text, tokens[unitIndex]);
        var unitEnd = unitIndex + 1;
        string? name = null;

        // Two-word names: "metric tons", "nautical miles", "fluid ounces".
        if (unitEnd < tokens.Count && tokens[unitIndex].Kind == TokenKind.Word && tokens[unitEnd].Kind == TokenKind.Word)
        {
            Span<char> pair = stackalloc char[unitWord.Length + 1 + tokens[unitEnd].Span.Length];
            if (pair.Length <= 40)
            {
                unitWord.CopyTo(pair);
                pair[unitWord.Length] = ' ';
                Word(text, tokens[unitEnd]).CopyTo(pair[(unitWord.Length + 1)..]);
                if (PhysicalUnits.Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(pair, out var twoWords))
                {
                    name = twoWords;
                    unitEnd++;
                }
            }
        }

        if (name is null && tokens[unitIndex].Kind == TokenKind.Word)
        {
            if (PhysicalUnits.Symbols.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitWord, out var symbol))
            {
                name = symbol;
            }
            else if (unitWord.Equals("in", StringComparison.OrdinalIgnoreCase) || unitWord.Equals("in.", StringComparison.OrdinalIgnoreCase))
            {
                // "12 ft 2 in": an inch only right after a figure in feet.
                if (earlier.Count > 0 && earlier[^1].EndToken == numberIndex && earlier[^1].Mention.Quantity.Unit.Name == "ft")
                {
                    name = "in";
                }
            }
            else if (PhysicalUnits.Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitWord, out var named))
            {
                name = named;

                // "pounds" is money when a scale word or "sterling" goes with it ("50 million pounds").
                if (named == "lb" && unitWord.StartsWith("pound", StringComparison.OrdinalIgnoreCase)
                    && (next > numberIndex + 1 || (unitEnd < tokens.Count && Word(text, tokens[unitEnd]).Equals("sterling", StringComparison.OrdinalIgnoreCase))))
                {
                    return false;
                }
            }

            // "75ml", "7.62mm", "0.8rad": a unit joined to the number.
            if (name is null && tokens[unitIndex].IsJoined && unitIndex == next)
            {
                return false;
            }
        }

        if (name is null || (unitEnd < tokens.Count && tokens[unitEnd].IsJoined && (Word(text, tokens[unitEnd]) is "-" || tokens[unitEnd].Kind == TokenKind.Number)
                && Word(text, tokens[unitEnd]) is not ("2" or "3")))
        {
            return false; // "L-202": a code
        }

        if (power != '\0')
        {
            name = name.TrimEnd('²', '³') + power;
        }
        else if (unitEnd < tokens.Count && tokens[unitEnd].IsJoined && Word(text, tokens[unitEnd]) is "2" or "²" or "3" or "³" && name.Length <= 3)
        {
            name += Word(text, tokens[unitEnd]) is "2" or "²" ? '²' : '³';
            unitEnd++;
        }

        // Rates: "km/h", "km/hr", "miles per hour", "miles an hour", "50 km/ms".
        if (unitEnd + 1 < tokens.Count && (Word(text, tokens[unitEnd]) is "/" || Word(text, tokens[unitEnd]).Equals("per", StringComparison.OrdinalIgnoreCase)
            || Word(text, tokens[unitEnd]).Equals("an", StringComparison.OrdinalIgnoreCase) || Word(text, tokens[unitEnd]).Equals("a", StringComparison.OrdinalIgnoreCase))
            && PhysicalUnits.RateDenominators.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[unitEnd + 1]), out var per))
        {
            name = name == "mi" && per == "h" ? "mph" : $"{name}/{per}";
            unitEnd += 2;
        }
        else if (unitEnd + 1 < tokens.Count && (Word(text, tokens[unitEnd]) is "/" || Word(text, tokens[unitEnd]).Equals("per", StringComparison.OrdinalIgnoreCase)))
        {
            var denominatorIndex = unitEnd + 1;
            var denominator = Word(text, tokens[denominatorIndex]);
            if (PhysicalUnits.Symbols.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(denominator, out var perUnit)
                || PhysicalUnits.Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(denominator, out perUnit))
            {
                name = $"{name}/{perUnit}";
                unitEnd += 2;
            }
        }

        if (closing != '\0')
        {
            unitEnd++;
        }

        unit = Unit.Physical(name);
        end = unitEnd;
        return true;
    }

    // "a share", "per share", "a day", "per annum", "a dozen": extends the span over the rate; the unit is unchanged.
    private static void TryRateAfter(string text, ArraySegment<Token> tokens, ref int end)
    {
        var index = end;
        if (index + 1 >= tokens.Count)
        {
            return;
        }

        var word = Word(text, tokens[index]);
        if (word is "-" && index + 2 < tokens.Count)
        {
            index++;
            word = Word(text, tokens[index]);
        }

        var isPer = word.Equals("per", StringComparison.OrdinalIgnoreCase) || word is "/";
        if (!isPer && !word.Equals("a", StringComparison.OrdinalIgnoreCase) && !word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var denominatorIndex = index + 1;
        if (Word(text, tokens[denominatorIndex]) is "-" && denominatorIndex + 1 < tokens.Count)
        {
            denominatorIndex++;
        }

        var denominator = Word(text, tokens[denominatorIndex]);
        if (denominatorIndex + 1 < tokens.Count && IsRelativeTimeWord(Word(text, tokens[denominatorIndex + 1])))
        {
            return; // "$13.18 billion a year earlier": a time, not a rate
        }

        if (tokens[denominatorIndex].Kind == TokenKind.Word
            && (PhysicalUnits.RateDenominators.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(denominator)
                || RateNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(denominator) || (isPer && word is not "/" && !QuantityWords.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(denominator))))
        {
            end = denominatorIndex + 1;
        }
    }

    private static bool IsRelativeTimeWord(ReadOnlySpan<char> word) =>
        word.Equals("earlier", StringComparison.OrdinalIgnoreCase) || word.Equals("ago", StringComparison.OrdinalIgnoreCase)
        || word.Equals("before", StringComparison.OrdinalIgnoreCase) || word.Equals("later", StringComparison.OrdinalIgnoreCase)
        || word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase);

    // "Apollo 11", "the 737 MAX", "Windows 10", list markers "1 )".
    private static bool IsNameNumber(string text, ArraySegment<Token> tokens, int index, int next)
    {
        if (next < tokens.Count && Word(text, tokens[next]) is ")" && (index == 0 || Word(text, tokens[index - 1]) is not "("))
        {
            return true;
        }

        if (index > 0 && tokens[index - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[index - 1].Span.Start])
            && !TimeExpressionRecognizer.TryGetMonth(Word(text, tokens[index - 1]), out _)
            && (index - 1 > 0
                ? Word(text, tokens[index - 2]) is not ("." or ":" or "\"" or "“")
                : !QuantityWords.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, tokens[index - 1]))
                  && !Word(text, tokens[index - 1]).Equals("Only", StringComparison.Ordinal) && !Word(text, tokens[index - 1]).Equals("Exactly", StringComparison.Ordinal)))
        {
            return true; // a proper noun before: "Apollo 11"
        }

        return index > 0 && Word(text, tokens[index - 1]).Equals("the", StringComparison.OrdinalIgnoreCase)
            && next < tokens.Count && tokens[next].Kind == TokenKind.Word && char.IsUpper(text[tokens[next].Span.Start]);
    }

    private static bool IsNotAnAmount(string text, ArraySegment<Token> tokens, int index, ParsedNumber number, int next)
    {
        var digits = Word(text, tokens[index]);

        // Ordinals and decades: "16th", "1960s".
        if (next < tokens.Count && tokens[next].IsJoined && tokens[next].Kind == TokenKind.Word
            && OrdinalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, tokens[next])))
        {
            return true;
        }

        // Times of day: "10:30", "9 a.m.", "9pm".
        if (next + 1 < tokens.Count && Word(text, tokens[next]) is ":" && tokens[next + 1].Kind == TokenKind.Number && tokens[next].IsJoined)
        {
            return true;
        }

        if (next < tokens.Count && Word(text, tokens[next]) is "a.m" or "p.m" or "am" or "pm" or "a.m." or "p.m." or "GMT" or "UTC" or "ET")
        {
            return true;
        }

        // Years: four digits from 1800 to 2100 with no separator or scale.
        if (number.Scale == 1 && digits.Length == 4 && !digits.ContainsAny(",.") && number.Value is >= 1800 and <= 2100)
        {
            return true;
        }

        // Dates: "Oct. 17", "October 21", "17 October".
        if (((IsMonthAt(text, tokens, index - 1) || (index >= 2 && Word(text, tokens[index - 1]) is "." && IsMonthAt(text, tokens, index - 2)))
                && number.Value is >= 1 and <= 31 && number.Scale == 1)
            || (IsMonthAt(text, tokens, next) && number.Value is >= 1 and <= 31))
        {
            return true;
        }

        // Identifiers: "Section 427", "#5", "COVID-19", "@user123", part of a word.
        if (index > 0)
        {
            var previous = tokens[index - 1];
            var previousWord = Word(text, previous);
            if (QuantityWords.IdentifierWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previousWord.TrimEnd('.'))
                || previousWord is "#" or "@" or "/" || (previous.Kind == TokenKind.Word && tokens[index].IsJoined))
            {
                return true;
            }

            if (tokens[index].IsJoined && previousWord is "-" && index > 1 && tokens[index - 2].Kind is TokenKind.Word or TokenKind.Number && previous.IsJoined)
            {
                return true;
            }
        }

        // "10:30": the minutes of a time.
        if (index > 1 && tokens[index].IsJoined && Word(text, tokens[index - 1]) is ":" && tokens[index - 2].Kind == TokenKind.Number)
        {
            return true;
        }

        // Codes of three or more groups: "1111-2222-3333".
        if (next + 2 < tokens.Count && Word(text, tokens[next]) is "-" && tokens[next].IsJoined && tokens[next + 1].IsJoined
            && tokens[next + 1].Kind == TokenKind.Number && tokens[next + 2].IsJoined && Word(text, tokens[next + 2]) is "-")
        {
            return true;
        }

        // Phone numbers and codes: "555-1234", "020 7946 0958".
        if (next + 1 < tokens.Count && Word(text, tokens[next]) is "-" && tokens[next].IsJoined && tokens[next + 1].Kind == TokenKind.Number
            && digits.Length == 3 && Word(text, tokens[next + 1]).Length == 4)
        {
            return true;
        }

        return next < tokens.Count && tokens[next].Kind == TokenKind.Word && tokens[next].IsJoined
            && !QuantityWords.ScaleLetters.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, tokens[next]))
            && !QuantityWords.ScaleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, tokens[next]))
            && !IsUnitWord(Word(text, tokens[next]));
    }

    private static bool IsUnitWord(ReadOnlySpan<char> word) =>
        QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || PhysicalUnits.Symbols.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || PhysicalUnits.Names.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || QuantityWords.TryIsoCode(word, out _) || (word.Length == 4 && word[0] == 'M' && QuantityWords.TryIsoCode(word[1..], out _))
        || QuantityWords.CurrencyNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || word.Equals("percent", StringComparison.OrdinalIgnoreCase);

    // A month name; in lower case only when it cannot be a verb ("may", "march") or is abbreviated with a dot ("sept. 30").
    private static bool IsMonthAt(string text, ArraySegment<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Word
        && TimeExpressionRecognizer.TryGetMonth(Word(text, tokens[index]), out _)
        && (char.IsUpper(text[tokens[index].Span.Start]) || !(Word(text, tokens[index]) is "may" or "march" or "mar")
            || (index > 0 && Word(text, tokens[index - 1]) is "on" or "since" or "until" or "by" or "before" or "after"));

    private static bool TryQualifierBefore(string text, ArraySegment<Token> tokens, int before, out Qualifier qualifier, out int phraseStart)
    {
        foreach (var (words, candidate) in QualifierPhrases)
        {
            var first = before - words.Length;
            if (first < 0)
            {
                continue;
            }

            var all = true;
            for (var w = 0; w < words.Length && all; w++)
            {
                all = Word(text, tokens[first + w]).TrimEnd('.').Equals(words[w], StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                qualifier = candidate;
                phraseStart = first;
                return true;
            }
        }

        qualifier = Qualifier.Exact;
        phraseStart = before;
        return false;
    }

    // "pounds" is money only with a scale word or "sterling" ("50 million pounds"); else a weight ("25 pounds").
    private static string? ReadCurrencyAfter(string text, ArraySegment<Token> tokens, ref int end, bool scaled, out double scale)
    {
        scale = 1;
        if (end >= tokens.Count || tokens[end].Kind != TokenKind.Word)
        {
            return null;
        }

        // "420 million finnish markka", "100 chinese yuan": adjective + name, any case.
        if (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word && tokens[end].Span.Length + tokens[end + 1].Span.Length < 40)
        {
            Span<char> adjectivePair = stackalloc char[tokens[end].Span.Length + 1 + tokens[end + 1].Span.Length];
            Word(text, tokens[end]).CopyTo(adjectivePair);
            adjectivePair[tokens[end].Span.Length] = ' ';
            Word(text, tokens[end + 1]).CopyTo(adjectivePair[(tokens[end].Span.Length + 1)..]);
            var trimmed = adjectivePair.Length > 1 && adjectivePair[^1] is 's' or 'S' ? adjectivePair[..^1] : adjectivePair;
            var adjectives = QuantityWords.CurrencyAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();
            var names = QuantityWords.CurrencyNames.GetAlternateLookup<ReadOnlySpan<char>>();
            if (adjectives.TryGetValue(adjectivePair, out var full) || adjectives.TryGetValue(trimmed, out full) || names.TryGetValue(adjectivePair, out full))
            {
                end += 2;
                return full;
            }
        }

        if (TryCurrencyWord(Word(text, tokens[end]), out var coded, out var codedScale) && coded.Length == 3 && !QuantityWords.CurrencyNames.ContainsKey(Word(text, tokens[end]).ToString()))
        {
            scale = codedScale;
            end++;
            return coded;
        }

        // "US dollars", "Canadian dollars"
        if (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word)
        {
            var pair = $"{Word(text, tokens[end])} {QuantityWords.Singular(Word(text, tokens[end + 1]).ToString().ToLowerInvariant())}";
            if (QuantityWords.CurrencyAdjectives.TryGetValue(pair, out var code))
            {
                end += 2;
                return code;
            }
        }

        var word = Word(text, tokens[end]);
        if (QuantityWords.CurrencyNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var named)
            && !(named == "GBP" && word.StartsWith("pound", StringComparison.OrdinalIgnoreCase) && !scaled
                 && !(end + 1 < tokens.Count && Word(text, tokens[end + 1]).Equals("sterling", StringComparison.OrdinalIgnoreCase))))
        {
            end++;
            if (end < tokens.Count && Word(text, tokens[end]).Equals("sterling", StringComparison.OrdinalIgnoreCase))
            {
                end++;
            }

            return named;
        }

        return null;
    }

    private static bool TryPercentAfter(string text, ArraySegment<Token> tokens, ref int end, out Unit unit)
    {
        unit = Unit.None;
        if (end >= tokens.Count)
        {
            return false;
        }

        var word = Word(text, tokens[end]);
        if (word is "%")
        {
            end++;
            unit = Unit.Percent;
            return true;
        }

        if (word.Equals("percent", StringComparison.OrdinalIgnoreCase) || word.Equals("pct", StringComparison.OrdinalIgnoreCase))
        {
            end++;
            unit = Unit.Percent;
        }
        else if (word.Equals("per", StringComparison.OrdinalIgnoreCase) && end + 1 < tokens.Count
                 && Word(text, tokens[end + 1]).Equals("cent", StringComparison.OrdinalIgnoreCase))
        {
            end += 2;
            unit = Unit.Percent;
        }
        else if (word.Equals("percentage", StringComparison.OrdinalIgnoreCase) && end + 1 < tokens.Count
                 && Word(text, tokens[end + 1]).StartsWith("point", StringComparison.OrdinalIgnoreCase))
        {
            end += 2;
            unit = Unit.PercentagePoint;
            return true;
        }
        else
        {
            return false;
        }

        if (end + 1 < tokens.Count && Word(text, tokens[end]).Equals("points", StringComparison.OrdinalIgnoreCase))
        {
            end++;
            unit = Unit.PercentagePoint;
        }

        return true;
    }

    private static bool TryDurationAfter(string text, ArraySegment<Token> tokens, ref int end, out Unit unit)
    {
        unit = Unit.None;
        var index = end;

        // "1,000-day-long": the unit is the first part of a hyphenated word joined to the number.
        if (index + 1 < tokens.Count && Word(text, tokens[index]) is "-" && tokens[index].IsJoined && tokens[index + 1].IsJoined)
        {
            index++;
        }

        if (index >= tokens.Count || tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = Word(text, tokens[index]);
        var hyphen = word.IndexOf('-');
        var head = hyphen > 0 ? word[..hyphen] : word;
        if (!QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var name))
        {
            return false;
        }

        // "a 45-year-old": an age, not a duration; left to later stages as a bare number.
        if (word.EndsWith("-old", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        unit = Unit.Duration(name);
        end = index + 1;
        return true;
    }

    /// <summary>Reads the noun phrase after a number: up to five words, stopping at function words and punctuation.</summary>
    private static bool ReadNounPhrase(string text, ArraySegment<Token> tokens, int start, bool money, out int first, out int end)
    {
        first = start;
        end = start;
        var index = start;
        if (money && index + 1 < tokens.Count && Word(text, tokens[index]).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            index++; // "$50 billion in loans"
            first = index;
        }

        while (index < tokens.Count && index - first < 5)
        {
            var token = tokens[index];
            if (token.Kind != TokenKind.Word)
            {
                if (token.Kind == TokenKind.Punctuation && Word(text, token) is "-" && token.IsJoined && index + 1 < tokens.Count && tokens[index + 1].IsJoined)
                {
                    index++;
                    continue;
                }

                break;
            }

            var word = Word(text, token);
            if (QuantityWords.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                break;
            }

            index++;
        }

        end = index;
        return end > first;
    }

    // The head noun is the first plural-looking word; a plural-looking modifier gives way to a plural right after it
    // ("police officers" → officers, "staff members" → members). The phrase ends at the head ("40,000 fans packed" → fans).
    private static bool TryHeadNoun(string text, ArraySegment<Token> tokens, int first, int end, out string head, out int headIndex)
    {
        for (var index = first; index < end; index++)
        {
            if (tokens[index].Kind != TokenKind.Word || !LooksPluralNoun(Word(text, tokens[index])))
            {
                continue;
            }

            while (index + 1 < end && tokens[index + 1].Kind == TokenKind.Word && LooksPluralNoun(Word(text, tokens[index + 1]))
                   && QuantityWords.IsCollective(Word(text, tokens[index])))
            {
                index++;
            }

            head = Word(text, tokens[index]).ToString().ToLowerInvariant();
            headIndex = index;
            return true;
        }

        head = string.Empty;
        headIndex = -1;
        return false;
    }

    private static bool LooksPluralNoun(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > 64)
        {
            return false;
        }

        word.ToLowerInvariant(lower);
        return QuantityWords.LooksPlural(lower) && !lower.EndsWith("ed") && !lower.EndsWith("'s") && !lower.EndsWith("’s");
    }

    // "raising the total to 3,000", "bringing the overall deployment to 3,000", "the number of soldiers ... is around 12,000"
    private static bool TryTotalOf(string text, ArraySegment<Token> tokens, int before, List<QuantityMatch> earlier, out Unit unit, out (int, int) noun)
    {
        unit = Unit.None;
        noun = (-1, -1);
        if (before >= 2 && Word(text, tokens[before - 1]).Equals("to", StringComparison.OrdinalIgnoreCase)
            && TotalWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, tokens[before - 2])))
        {
            for (var e = earlier.Count - 1; e >= 0; e--)
            {
                if (earlier[e].Mention.Quantity.Unit.Kind == UnitKind.Count)
                {
                    unit = earlier[e].Mention.Quantity.Unit;
                    noun = (earlier[e].NounFirstToken, earlier[e].NounEndToken);
                    return true;
                }
            }
        }

        // "the death toll from Sunday's earthquake rose to 112": a toll counts deaths (or injuries), wherever the clause names it.
        for (var index = before - 1; index >= Math.Max(0, before - 12); index--)
        {
            var word = Word(text, tokens[index]);
            if (word is "," or ";" or ":")
            {
                break;
            }

            if (word.Equals("toll", StringComparison.OrdinalIgnoreCase))
            {
                var injuries = index > 0 && Word(text, tokens[index - 1]).Equals("injury", StringComparison.OrdinalIgnoreCase);
                unit = Unit.Count(injuries ? "injury" : "death");
                noun = (index > 0 && (injuries || Word(text, tokens[index - 1]).Equals("death", StringComparison.OrdinalIgnoreCase)) ? index - 1 : index, index + 1);
                return true;
            }
        }

        // "the number of X ... is N"
        for (var index = before - 2; index >= 0; index--)
        {
            if (Word(text, tokens[index]).Equals("number", StringComparison.OrdinalIgnoreCase)
                && Word(text, tokens[index + 1]).Equals("of", StringComparison.OrdinalIgnoreCase)
                && ReadNounPhrase(text, tokens, index + 2, money: false, out var first, out var end)
                && TryHeadNoun(text, tokens, first, end, out var head, out var headIndex))
            {
                unit = Unit.Count(head);
                noun = (first, headIndex + 1);
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => token.Span.Slice(text);
}
