using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Quantities;

/// <summary>Finds quantities in English news text: numbers with their qualifiers, ranges, units, currencies and counted nouns.</summary>
/// <remarks>
/// A hand-written scanner over tokens, linear in the input. Years, dates, times of day, ordinals, decades, scores and
/// identifiers ("Section 427") are not quantities. Thread-safe; the default instance may be shared.
/// </remarks>
public sealed class QuantityRecognizer
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
        var result = ImmutableArray.CreateBuilder<QuantityMention>();
        var tokens = new List<Token>();
        var matches = new List<QuantityMatch>();
        foreach (var sentence in SentenceSegmenter.Split(text))
        {
            tokens.Clear();
            matches.Clear();
            Tokenizer.Tokenize(text, sentence.Span, tokens);
            Recognize(text, tokens, matches);
            foreach (var match in matches)
            {
                result.Add(match.Mention);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Finds the quantities in one sentence's tokens.</summary>
    internal void Recognize(string text, List<Token> tokens, List<QuantityMatch> matches)
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

    private static bool TryMatchAt(string text, List<Token> tokens, int start, List<QuantityMatch> earlier, out QuantityMatch match)
    {
        match = default;
        var token = tokens[start];
        string? currency = null;
        var numberIndex = start;

        // Currency before the number: "$50", "US$ 5", "€46", "USD 50".
        if (token.Kind == TokenKind.Currency)
        {
            currency = Lexicons.CurrencySigns[Word(text, token)[0]];
            if (currency == "USD" && start > 0 && tokens[start - 1].Kind == TokenKind.Word && token.IsJoined
                && Lexicons.DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[start - 1]), out var prefixed))
            {
                currency = prefixed;
            }

            numberIndex = start + 1;
            if (numberIndex >= tokens.Count || tokens[numberIndex].Kind != TokenKind.Number)
            {
                return false;
            }
        }
        else if (token.Kind == TokenKind.Word && start + 1 < tokens.Count && tokens[start + 1].Kind == TokenKind.Number
                 && Lexicons.IsoCurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, token)))
        {
            currency = Word(text, token).ToString();
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
        if (!isDigits && first.Value == 1 && first.TokenCount == 1)
        {
            return false; // "one of them", "one day"
        }

        var next = numberIndex + first.TokenCount;
        if (isDigits && currency is null && IsNotAnAmount(text, tokens, numberIndex, first, next))
        {
            return false;
        }

        var firstToken = currency is not null && numberIndex > start ? start : numberIndex;
        if (currency == "USD" && firstToken > 0 && tokens[firstToken - 1].Kind == TokenKind.Word && tokens[firstToken].IsJoined
            && Lexicons.DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, tokens[firstToken - 1])))
        {
            firstToken--;
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
            if (allowed && secondIndex < tokens.Count && tokens[secondIndex].Kind == tokens[numberIndex].Kind
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

        // Unit.
        var unit = Unit.None;
        var end = next;
        var nounFirst = -1;
        var nounEnd = -1;
        if (currency is null)
        {
            currency = ReadCurrencyAfter(text, tokens, ref end);
        }

        if (currency is not null)
        {
            unit = Unit.Currency(currency);
            ReadNounPhrase(text, tokens, end, money: true, out nounFirst, out nounEnd);
        }
        else if (TryPercentAfter(text, tokens, ref end, out var percent))
        {
            unit = percent;
        }
        else if (TryDurationAfter(text, tokens, ref end, out var duration))
        {
            unit = duration;
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

            if (ReadNounPhrase(text, tokens, nounStart, money: false, out nounFirst, out nounEnd) && TryHeadNoun(text, tokens, nounFirst, nounEnd, out var head))
            {
                unit = Unit.Count(head);
                end = nounEnd;
            }
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
        match = new QuantityMatch(new QuantityMention(span, quantity), before, Math.Max(end, next), nounFirst, nounEnd, isTotal, first.IsVague);
        return true;
    }

    private static bool IsNotAnAmount(string text, List<Token> tokens, int index, ParsedNumber number, int next)
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
        if (IsMonthAt(text, tokens, index - 1) || (index >= 2 && Word(text, tokens[index - 1]) is "." && IsMonthAt(text, tokens, index - 2))
            || IsMonthAt(text, tokens, next))
        {
            return true;
        }

        // Identifiers: "Section 427", "#5", "COVID-19", "@user123", part of a word.
        if (index > 0)
        {
            var previous = tokens[index - 1];
            var previousWord = Word(text, previous);
            if (Lexicons.IdentifierWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previousWord.TrimEnd('.'))
                || previousWord is "#" or "@" or "/" || (previous.Kind == TokenKind.Word && tokens[index].IsJoined))
            {
                return true;
            }

            if (tokens[index].IsJoined && previousWord is "-" && index > 1 && tokens[index - 2].Kind is TokenKind.Word or TokenKind.Number && previous.IsJoined)
            {
                return true;
            }
        }

        // Phone numbers and codes: "555-1234", "020 7946 0958".
        if (next + 1 < tokens.Count && Word(text, tokens[next]) is "-" && tokens[next].IsJoined && tokens[next + 1].Kind == TokenKind.Number
            && digits.Length == 3 && Word(text, tokens[next + 1]).Length == 4)
        {
            return true;
        }

        return next < tokens.Count && tokens[next].Kind == TokenKind.Word && tokens[next].IsJoined
            && !Lexicons.ScaleLetters.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, tokens[next]))
            && !Lexicons.ScaleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Word(text, tokens[next]))
            && !IsUnitWord(Word(text, tokens[next]));
    }

    private static bool IsUnitWord(ReadOnlySpan<char> word) =>
        Lexicons.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || Lexicons.CurrencyNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || word.Equals("percent", StringComparison.OrdinalIgnoreCase);

    private static bool IsMonthAt(string text, List<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Word
        && char.IsUpper(text[tokens[index].Span.Start])
        && Lexicons.MonthWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, tokens[index]));

    private static bool TryQualifierBefore(string text, List<Token> tokens, int before, out Qualifier qualifier, out int phraseStart)
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

    private static string? ReadCurrencyAfter(string text, List<Token> tokens, ref int end)
    {
        if (end >= tokens.Count || tokens[end].Kind != TokenKind.Word)
        {
            return null;
        }

        // "US dollars", "Canadian dollars"
        if (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word)
        {
            var pair = $"{Word(text, tokens[end])} {Lexicons.Singular(Word(text, tokens[end + 1]).ToString().ToLowerInvariant())}";
            if (Lexicons.CurrencyAdjectives.TryGetValue(pair, out var code))
            {
                end += 2;
                return code;
            }
        }

        var word = Word(text, tokens[end]);
        if (Lexicons.CurrencyNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var named))
        {
            end++;
            if (end < tokens.Count && Word(text, tokens[end]).Equals("sterling", StringComparison.OrdinalIgnoreCase))
            {
                end++;
            }

            return named;
        }

        if (Lexicons.IsoCurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            end++;
            return word.ToString();
        }

        return null;
    }

    private static bool TryPercentAfter(string text, List<Token> tokens, ref int end, out Unit unit)
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

    private static bool TryDurationAfter(string text, List<Token> tokens, ref int end, out Unit unit)
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
        if (!Lexicons.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var name))
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
    private static bool ReadNounPhrase(string text, List<Token> tokens, int start, bool money, out int first, out int end)
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
            if (Lexicons.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                break;
            }

            index++;
        }

        end = index;
        return end > first;
    }

    private static bool TryHeadNoun(string text, List<Token> tokens, int first, int end, out string head)
    {
        for (var index = first; index < end; index++)
        {
            if (tokens[index].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = Word(text, tokens[index]).ToString().ToLowerInvariant();
            if (Lexicons.LooksPlural(word) && !word.EndsWith("ed", StringComparison.Ordinal))
            {
                head = word;
                return true;
            }
        }

        head = string.Empty;
        return false;
    }

    // "raising the total to 3,000", "bringing the overall deployment to 3,000", "the number of soldiers ... is around 12,000"
    private static bool TryTotalOf(string text, List<Token> tokens, int before, List<QuantityMatch> earlier, out Unit unit, out (int, int) noun)
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

        // "the number of X ... is N"
        for (var index = before - 2; index >= 0; index--)
        {
            if (Word(text, tokens[index]).Equals("number", StringComparison.OrdinalIgnoreCase)
                && Word(text, tokens[index + 1]).Equals("of", StringComparison.OrdinalIgnoreCase)
                && ReadNounPhrase(text, tokens, index + 2, money: false, out var first, out var end)
                && TryHeadNoun(text, tokens, first, end, out var head))
            {
                unit = Unit.Count(head);
                noun = (first, end);
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => token.Span.Slice(text);
}
