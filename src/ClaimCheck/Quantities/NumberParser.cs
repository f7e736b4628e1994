using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Quantities;

/// <summary>A number read from text: its value and, for vague plurals such as "thousands", an upper bound.</summary>
/// <param name="Value">The value (for a vague plural, the smallest value it suggests: "thousands" → 2,000).</param>
/// <param name="High">For a vague plural, the largest value it suggests ("thousands" → 9,999); otherwise null.</param>
/// <param name="TokenCount">How many tokens the number took.</param>
/// <param name="Scale">The multiplier written after the digits ("billion" → 1e9), or 1.</param>
internal readonly record struct ParsedNumber(double Value, double? High, int TokenCount, double Scale = 1)
{
    public bool IsVague => High is not null;
}

/// <summary>Parses numbers written in digits, words or both: "3,000", "1.5 billion", "twenty-five", "a dozen", "half a million", "$50bn" (without the sign).</summary>
/// <remarks>
/// Digits use "," as the thousands separator (groups of three) and "." as the decimal point, whatever the current
/// culture. A number has at most <see cref="MaxDigits"/> digits; longer runs are not read as numbers. Thread-safe.
/// </remarks>
public static class NumberParser
{
    /// <summary>The most digits a number may have (before and after the decimal point together): 30.</summary>
    public const int MaxDigits = 30;

    /// <summary>Parses <paramref name="text"/>, which must hold one number and nothing else.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number; the message names the first word not understood and its offset.</exception>
    public static double Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var value, out var error))
        {
            return value;
        }

        throw new FormatException(error);
    }

    /// <summary>Tries to parse <paramref name="text"/>, which must hold one number and nothing else.</summary>
    public static bool TryParse(string? text, out double value) => TryParse(text, out value, out _);

    private static bool TryParse(string? text, out double value, out string error)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The text is empty: no number to parse.";
            return false;
        }

        var list = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), list);
        var tokens = new ArraySegment<Token>([.. list]);
        if (!TryParseAt(text, tokens, 0, out var parsed))
        {
            error = $"'{tokens[0].Span.Slice(text)}' at offset {tokens[0].Span.Start} does not start a number.";
            return false;
        }

        if (parsed.TokenCount < tokens.Count)
        {
            var extra = tokens[parsed.TokenCount];
            error = $"'{extra.Span.Slice(text)}' at offset {extra.Span.Start} is not part of a number.";
            return false;
        }

        value = parsed.Value;
        error = string.Empty;
        return true;
    }

    /// <summary>Reads the number that starts at token <paramref name="index"/>, digits or words, with any scale after it, with the
    /// built-in lexicon's number words.</summary>
    internal static bool TryParseAt(string text, ArraySegment<Token> tokens, int index, out ParsedNumber number) =>
        TryParseAt(text, tokens, index, QuantityVocabulary.BuiltIn, out number);

    /// <summary>Reads the number that starts at token <paramref name="index"/>, digits or words, with any scale after it.</summary>
    internal static bool TryParseAt(string text, ArraySegment<Token> tokens, int index, QuantityVocabulary words, out ParsedNumber number)
    {
        number = default;
        if (index >= tokens.Count)
        {
            return false;
        }

        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            var next = index + 1;
            var digits = token.Span.Slice(text);
            if (digits.Length == 1 && TryVulgarFraction(digits[0], out var vulgar))
            {
                number = new ParsedNumber(vulgar, null, 1);
                return true;
            }

            if (!TryParseDigits(digits, out var value)
                && !(next < tokens.Count && tokens[next].IsJoined && text[tokens[next].Span.Start] == '%' && TryParseDecimalComma(digits, out value)))
            {
                return false;
            }

            // "80, 000" (detokenised text): a group of three digits starting with 0, after a comma and a space.
            while (next + 1 < tokens.Count && tokens[next].IsJoined && tokens[next].Span.Length == 1 && text[tokens[next].Span.Start] == ','
                   && tokens[next + 1].Kind == TokenKind.Number && !tokens[next + 1].IsJoined && tokens[next + 1].Span.Length == 3
                   && text[tokens[next + 1].Span.Start] == '0' && value < 1000 && value == Math.Floor(value) && !digits.ContainsAny(",.")
                   && TryParseDigits(tokens[next + 1].Span.Slice(text), out var group))
            {
                value = (value * 1000) + group;
                next += 2;
            }

            // "160 000 m²", "R1 500", "2 450 000 people": groups of three digits set off by one space, the SI way of writing thousands.
            // Only a leading group of one to three plain digits that no comma group above has extended, and that no identifier word
            // names ("in round 3 200 more ballots"), starts such a number.
            var readsSpacedGroups = next == index + 1 && digits.Length <= 3 && !digits.ContainsAny(",.")
                && !(index > 0 && tokens[index - 1].Kind == TokenKind.Word && words.IdentifierWords.Contains(tokens[index - 1].Span.Slice(text)));
            while (readsSpacedGroups && value < 1e15 && IsSpacedThousandsGroup(text, tokens, next, words, out var spaced))
            {
                value = (value * 1000) + spaced;
                next++;
            }

            // Fractions: "1/4", "10 1/2", "7 3/4", "5½", and joined by a hyphen as market reports write them, "7-3/4 months", "a
            // 3-1/2-week high", the numerator one character long; not dates such as "10/30/89".
            var smallWhole = value < 1000 && value == Math.Floor(value);
            if (smallWhole && TryFractionAt(text, tokens, next, out var fraction, out var fractionEnd))
            {
                value += fraction;
                next = fractionEnd;
            }
            else if (smallWhole && next + 1 < tokens.Count && tokens[next].IsJoined && IsHyphen(text, tokens[next])
                     && tokens[next + 1].IsJoined && tokens[next + 1].Span.Length == 1
                     && TryFractionAt(text, tokens, next + 1, out var hyphened, out var hyphenedEnd))
            {
                value += hyphened;
                next = hyphenedEnd;
            }
            else if (next + 1 < tokens.Count && tokens[next].IsJoined && IsSlash(text, tokens[next]) && tokens[next + 1].IsJoined
                     && tokens[next + 1].Kind == TokenKind.Number && TryFractionAt(text, tokens, index, out var simple, out var simpleEnd))
            {
                value = simple;
                next = simpleEnd;
            }

            var scale = ReadScale(text, tokens, ref next, words);
            value *= scale;
            var smallest = scale;
            while (TryAddSmallerScale(text, tokens, ref next, words, ref smallest, out var part))
            {
                value += part; // "Rs 43 crore 57 lakh", "14 lakh 70 thousand farmers": the smaller scaled figure adds to the larger
            }

            number = new ParsedNumber(value, null, next - index, scale);
            return double.IsFinite(value);
        }

        return token.Kind == TokenKind.Word && TryParseWords(text, tokens, index, words, out number);
    }

    /// <summary>Reads a number whose digits start <paramref name="offset"/> characters into a word token ("RM59" "." "48": 59.48),
    /// through any joined decimal or thousands part, with any multiplier after it ("RM1.03 billion").</summary>
    internal static bool TryParseEmbeddedAt(string text, ArraySegment<Token> tokens, int index, int offset, QuantityVocabulary words, out ParsedNumber number)
    {
        number = default;
        var start = tokens[index].Span.Start + offset;
        var end = tokens[index].Span.End;
        var next = index + 1;
        var suffix = JoinedSuffix(text.AsSpan(start, end - start));
        if (!suffix.IsEmpty)
        {
            // A scale joined in the same word: "R10bn", "RM12bn".
            if (!TryJoinedScale(suffix, words, out var joined) || !TryParseDigits(text.AsSpan(start, end - start - suffix.Length), out var digits))
            {
                return false;
            }

            number = new ParsedNumber(digits * joined, null, 1, joined);
            return double.IsFinite(number.Value);
        }

        while (next + 1 < tokens.Count && tokens[next].IsJoined && tokens[next].Span.Length == 1 && text[tokens[next].Span.Start] is '.' or ','
               && tokens[next + 1].IsJoined && tokens[next + 1].Kind == TokenKind.Number)
        {
            end = tokens[next + 1].Span.End;
            next += 2;
        }

        if (!TryParseDigits(text.AsSpan(start, end - start), out var value) && !TryParseDecimalComma(text.AsSpan(start, end - start), out value))
        {
            return false;
        }

        // "R7 000", "R2 318.45": groups of three digits set off by one space after one to three digits joined to a currency letter,
        // the last of them perhaps with its decimals.
        if (next == index + 1 && end - start <= 3)
        {
            while (value < 1e15 && value == Math.Floor(value) && IsSpacedThousandsGroup(text, tokens, next, words, out var spaced, afterCurrencyLetter: true))
            {
                value = (value * 1000) + spaced;
                next++;
            }
        }

        var scale = ReadScale(text, tokens, ref next, words);
        number = new ParsedNumber(value * scale, null, next - index, scale);
        return double.IsFinite(number.Value);
    }

    // A figure with a scale word right after a scaled figure, its scale smaller and its value below the step between the two scales
    // ("57 lakh" after "43 crore": 57 lakh is less than a crore), is part of the same number.
    private static bool TryAddSmallerScale(string text, ArraySegment<Token> tokens, ref int next, QuantityVocabulary words, ref double scale, out double part)
    {
        part = 0;
        if (scale <= 1 || next + 1 >= tokens.Count || tokens[next].Kind != TokenKind.Number || tokens[next].IsJoined
            || !TryParseDigits(tokens[next].Span.Slice(text), out var value))
        {
            return false;
        }

        var after = next + 1;
        var smaller = ReadScale(text, tokens, ref after, words);
        if (smaller <= 1 || smaller >= scale || value * smaller >= scale)
        {
            return false;
        }

        part = value * smaller;
        scale = smaller;
        next = after;
        return true;
    }

    /// <summary>The scale of letters joined after the digits of a word that opens with letters ("bn" of "R10bn", "m" of "R5m"), or of a
    /// power of a thousand in words after a hyphen ("-billion" of "P39-billion"). A single letter counts only as "m" or "k" ("R5M"):
    /// "R1T" and "R1b" are model and group names, not trillions and billions.</summary>
    internal static bool TryJoinedScale(ReadOnlySpan<char> suffix, QuantityVocabulary words, out double scale)
    {
        scale = 0;
        return suffix is ['-', _, ..]
            ? words.ScaleWords.TryGet(suffix[1..], out scale) && scale >= 1000 // "P39-billion": a power of a thousand after a hyphen
            : (suffix.Length > 1 || suffix is ['m' or 'k' or 'M' or 'K'])
              && words.TryJoinedScaleWord(suffix, out scale);
    }

    /// <summary>The letters after the digits at the start of <paramref name="fromDigits"/> ("bn" of "10bn"); empty when none follow.</summary>
    internal static ReadOnlySpan<char> JoinedSuffix(ReadOnlySpan<char> fromDigits)
    {
        var letters = fromDigits.IndexOfAnyExceptInRange('0', '9');
        return letters < 0 ? [] : fromDigits[letters..];
    }

    // \d{1,2}(,\d\d)+,\d{3}(\.\d+)? — lakh and crore grouping ("12,34,567.89").
    private static bool IsIndianGrouping(ReadOnlySpan<char> digits)
    {
        var point = digits.IndexOf('.');
        var whole = point >= 0 ? digits[..point] : digits;
        var groups = 0;
        var last = whole.Length;
        for (var i = whole.Length - 1; i >= 0; i--)
        {
            if (whole[i] != ',')
            {
                if (!char.IsAsciiDigit(whole[i]))
                {
                    return false;
                }

                continue;
            }

            var length = last - i - 1;
            if ((groups == 0 && length != 3) || (groups > 0 && length != 2))
            {
                return false;
            }

            groups++;
            last = i;
        }

        return groups >= 2 && last is 1 or 2 && (point < 0 || digits[(point + 1)..].IndexOfAnyExceptInRange('0', '9') < 0);
    }

    private static bool IsSlash(string text, Token token) => token.Span.Length == 1 && text[token.Span.Start] is '/' or '⁄';

    private static bool IsHyphen(string text, Token token) => token.Span.Length == 1 && text[token.Span.Start] is '-' or '‐';

    // "1/4" (digits / digits, joined, no further "/") or a vulgar fraction; the whole part, if any, comes before.
    private static bool TryFractionAt(string text, ArraySegment<Token> tokens, int index, out double fraction, out int end)
    {
        fraction = 0;
        end = index;
        if (index >= tokens.Count || tokens[index].Kind != TokenKind.Number)
        {
            return false;
        }

        var first = tokens[index].Span.Slice(text);
        if (first.Length == 1 && TryVulgarFraction(first[0], out fraction))
        {
            end = index + 1;
            return true;
        }

        if (index + 2 >= tokens.Count || !tokens[index + 1].IsJoined || !IsSlash(text, tokens[index + 1]) || !tokens[index + 2].IsJoined
            || tokens[index + 2].Kind != TokenKind.Number
            || (index + 3 < tokens.Count && tokens[index + 3].IsJoined && (IsSlash(text, tokens[index + 3]) || tokens[index + 3].Kind == TokenKind.Number))
            || (index > 0 && tokens[index].IsJoined && IsSlash(text, tokens[index - 1]))
            || !int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            || !int.TryParse(tokens[index + 2].Span.Slice(text), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            || denominator is < 2 or > 64 || numerator >= denominator)
        {
            return false;
        }

        fraction = (double)numerator / denominator;
        end = index + 3;
        return true;
    }

    private static bool TryVulgarFraction(char c, out double value)
    {
        value = c switch
        {
            '½' => 0.5, '⅓' => 1.0 / 3, '⅔' => 2.0 / 3, '¼' => 0.25, '¾' => 0.75, '⅕' => 0.2, '⅖' => 0.4, '⅗' => 0.6, '⅘' => 0.8,
            '⅙' => 1.0 / 6, '⅚' => 5.0 / 6, '⅛' => 0.125, '⅜' => 0.375, '⅝' => 0.625, '⅞' => 0.875, _ => 0,
        };
        return value > 0;
    }

    // A group of exactly three plain digits one space (a no-break or thin space too) after the number token before it: "000" in "160 000
    // m²", or after the digits joined to a currency letter ("000" in "R7 000", "318.45" in "R2 318.45"). Not a group joined by a hyphen to a word after it ("3
    // 100-metre races") or naming a model, as a plural joined to it or a capitalised code after it that is no unit does ("12 767s",
    // "22 737 MAXs"), nor, after a currency letter, one before a plural or a unit the parser reads ("R102 400 times",
    // "the N4 700 metres", "the R9 300 km"), where the letter and digits name a road.
    internal static bool IsSpacedThousandsGroup(string text, ArraySegment<Token> tokens, int index, QuantityVocabulary words, out double group,
        bool afterCurrencyLetter = false)
    {
        group = 0;
        if (index >= tokens.Count || index == 0)
        {
            return false;
        }

        var token = tokens[index];
        var gap = tokens[index - 1].Span.End;
        var digits = token.Span.Slice(text);
        var whole = afterCurrencyLetter && digits.Length is 5 or 6 && digits[3] == '.' ? digits[..3] : digits; // "318.45" in "R2 318.45"
        if (token.Kind != TokenKind.Number || token.IsJoined || (tokens[index - 1].Kind != TokenKind.Number && !afterCurrencyLetter) || whole.Length != 3
            || token.Span.Start != gap + 1 || text[gap] is not (' ' or '\u00A0' or '\u2009' or '\u202F') || whole.ContainsAnyExceptInRange('0', '9')
            || (whole.Length < digits.Length && digits[4..].ContainsAnyExceptInRange('0', '9')))
        {
            return false;
        }

        if (index + 1 < tokens.Count)
        {
            var after = tokens[index + 1];
            var word = after.Span.Slice(text);
            if ((after.IsJoined && (word is "-" or "s"))
                || (!after.IsJoined && after.Kind == TokenKind.Word && word.Length > 1 && char.IsUpper(word[0]) && char.IsUpper(word[1])
                    && !words.IsUnitWord(word))
                || (afterCurrencyLetter && !after.IsJoined && after.Kind == TokenKind.Word
                    && (words.IsUnitWord(word) || (word.Length > 3 && word[^1] == 's'))))
            {
                return false; // "R102 400 times", "the N4 700 metres": a road's name and a count or a measure, not rand or naira
            }
        }

        return TryParseDigits(digits, out group);
    }

    /// <summary>Parses a run of digits with optional thousands separators and decimal point.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> digits, out double value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > MaxDigits + (MaxDigits / 3) + 1)
        {
            return false;
        }

        if (IsIndianGrouping(digits))
        {
            return TryParseWithoutCommas(digits, out value);
        }

        Span<char> buffer = stackalloc char[digits.Length];
        return TryStripGroups(digits, buffer, out var length)
            && double.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    // "6,2%", "17,35%", "R41,75": one comma followed by one or two digits and nothing else is a decimal comma, as South African and
    // European writers use it (a thousands separator is always followed by three digits). Read only where a percent sign follows or a
    // currency letter goes before, so that "rounds 1,2 and 3" lists no decimals.
    private static bool TryParseDecimalComma(ReadOnlySpan<char> digits, out double value)
    {
        value = 0;
        var comma = digits.IndexOf(',');
        var decimals = digits.Length - comma - 1;
        if (comma <= 0 || decimals is not (1 or 2) || digits[..comma].IndexOfAnyExceptInRange('0', '9') >= 0
            || digits[(comma + 1)..].IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        Span<char> point = stackalloc char[digits.Length];
        digits.CopyTo(point);
        point[comma] = '.';
        return double.TryParse(point, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    // \d{1,3}(,\d{3})*(\.\d+)? or \d+(\.\d+)?: copies the digits and the point into buffer without the thousands separators, which must
    // stand every three digits before the point; at most MaxDigits digits.
    private static bool TryStripGroups(ReadOnlySpan<char> digits, Span<char> buffer, out int length)
    {
        length = 0;
        var digitCount = 0;
        var seenPoint = false;
        var groupLength = -1; // digits since the last comma; -1 before the first comma
        var leading = 0;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
                digitCount++;
                if (!seenPoint && groupLength >= 0)
                {
                    groupLength++;
                }
                else if (!seenPoint)
                {
                    leading++;
                }
            }
            else if (c == ',' && !seenPoint && (groupLength < 0 ? leading is >= 1 and <= 3 : groupLength == 3))
            {
                groupLength = 0;
            }
            else if (c == '.' && !seenPoint && groupLength is < 0 or 3)
            {
                seenPoint = true;
                buffer[length++] = '.';
            }
            else
            {
                return false;
            }
        }

        return digitCount <= MaxDigits && (groupLength < 0 || seenPoint || groupLength == 3);
    }

    private static bool TryParseWithoutCommas(ReadOnlySpan<char> digits, out double value)
    {
        Span<char> plain = stackalloc char[digits.Length];
        var n = 0;
        foreach (var c in digits)
        {
            if (c != ',')
            {
                plain[n++] = c;
            }
        }

        return double.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static double ReadScale(string text, ArraySegment<Token> tokens, ref int next, QuantityVocabulary words)
    {
        var scale = 1.0;
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Word)
        {
            var word = tokens[next].Span.Slice(text);
            if (tokens[next].IsJoined && (words.ScaleLetters.TryGet(word, out var joined) || words.JoinedScaleAbbreviations.TryGet(word, out joined)))
            {
                next++;
                return joined;
            }

            // A capitalised abbreviation before a capitalised name is a title ("In 2019 Cr Smith was elected"), not a scale.
            if (words.ScaleAbbreviations.TryGet(word, out var abbreviation)
                && !(char.IsUpper(word[0]) && next + 1 < tokens.Count && tokens[next + 1].Kind == TokenKind.Word && char.IsUpper(tokens[next + 1].Span.Slice(text)[0])))
            {
                next++;
                return abbreviation;
            }
        }

        // "1.5 million", "two hundred thousand", and joined by a hyphen "a $20-million deal", "a ₹392.5-crore project"
        var first = next;
        while (true)
        {
            var at = next == first && IsJoinedHyphen(text, tokens, next) ? next + 1 : next;
            if (at >= tokens.Count || tokens[at].Kind != TokenKind.Word || (at > next && !tokens[at].IsJoined)
                || !(words.DigitScales.TryGetValue(tokens[at].Span.Slice(text), out var word) || (at == first && IsPluralScale(words, tokens[at].Span.Slice(text), out word))))
            {
                return scale;
            }

            scale *= word;
            next = at + 1;
        }
    }

    // "Rs. 412.37 millions", "3 billions": right after digits a vague plural of at least a million is the multiplier, as it is in
    // Indian and older English; "millions" with no figure before it stays a vague number ("millions of homes").
    private static bool IsPluralScale(QuantityVocabulary words, ReadOnlySpan<char> word, out double scale) =>
        words.VagueNumbers.TryGet(word, out scale) && scale >= LeastPluralScale;

    /// <summary>The smallest vague plural that multiplies the digits before it ("millions"; "5 thousands" is not read as 5,000).</summary>
    private const double LeastPluralScale = 1_000_000;

    private static bool IsJoinedHyphen(string text, ArraySegment<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].IsJoined && tokens[index].Span.Slice(text) is "-";

    private static bool TryParseWords(string text, ArraySegment<Token> tokens, int index, QuantityVocabulary words, out ParsedNumber number)
    {
        number = default;
        var first = tokens[index].Span.Slice(text);
        if (!words.NumberStarters.Contains(first) && first.IndexOfAny('-', '‐') < 0)
        {
            return false;
        }

        if (TryFractionAlone(text, tokens, index, words, out number))
        {
            return true;
        }

        if (TryVagueMultiple(text, tokens, index, words, out number))
        {
            return true;
        }

        // Vague plurals: "hundreds", "thousands of", "tens of thousands", "hundreds of thousands".
        if (words.VagueNumbers.TryGet(first, out var vagueLow))
        {
            var next = index + 1;
            if (next + 1 < tokens.Count && tokens[next].Span.Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase)
                && words.VagueNumbers.TryGet(tokens[next + 1].Span.Slice(text), out var outer) && outer >= 1000)
            {
                number = new ParsedNumber(vagueLow * outer * 2, (vagueLow * outer * 10) - 1, 3);
                return true;
            }

            number = new ParsedNumber(vagueLow * 2, (vagueLow * 10) - 1, 1);
            return vagueLow >= 12; // "tens" alone is not a number
        }

        double total = 0, current = 0;
        var i = index;
        var sawNumber = false;
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Word && TryWordStep(text, tokens, index, words, ref i, ref total, ref current, ref sawNumber))
        {
            i++;
        }

        if (!sawNumber)
        {
            return false;
        }

        // A number that ends in a power of a thousand keeps it as its scale, so that a range scales its first end as it does for
        // digits: "four to seven million won" is 4,000,000 to 7,000,000.
        var scale = i - 1 > index && words.ScaleWords.TryGet(tokens[i - 1].Span.Slice(text), out var last) && last >= 1000 ? last : 1;
        number = new ParsedNumber(total + current, null, i - index, scale);
        return true;
    }

    // "several hundred", "a few thousand", "several hundred thousand", "several dozen": a vague word before multipliers is a vague
    // range, from the fewest multiples the word means to three times that. A dozen multiplies only as the first ("several dozen").
    private static bool TryVagueMultiple(string text, ArraySegment<Token> tokens, int index, QuantityVocabulary words, out ParsedNumber number)
    {
        number = default;
        var at = tokens[index].Span.Slice(text) is "a" or "A" ? index + 1 : index;
        if (at + 1 >= tokens.Count || !words.VagueMultipliers.TryGet(tokens[at].Span.Slice(text), out var fewest))
        {
            return false;
        }

        var scale = 1.0;
        var end = at + 1;
        while (end < tokens.Count && words.ScaleWords.TryGet(tokens[end].Span.Slice(text), out var multiplier) && (multiplier >= 100 || end == at + 1))
        {
            scale *= multiplier;
            end++;
        }

        if (end == at + 1)
        {
            return false; // "several people", "a few days"
        }

        number = new ParsedNumber(fewest * scale, (3 * fewest * scale) - 1, end - index);
        return true;
    }

    // A fraction standing for an amount: "half of the votes" (0.5), "half the votes" (0.5), "a quarter of a million" (250,000), "half a
    // sen" (0.5, the article read with it), "half an hour", "a tenth of a percentage point" ("of a" read with it), "a half mile" (a unit
    // right after the article and fraction); not "the second half of the year".
    private static bool TryFractionAlone(string text, ArraySegment<Token> tokens, int index, QuantityVocabulary words, out ParsedNumber number)
    {
        number = default;
        var first = index;
        if (tokens[index].Span.Slice(text) is "a" or "A" or "an" or "An" && index + 1 < tokens.Count)
        {
            first++; // "a quarter of"
        }

        if (!words.FractionWords.TryGet(tokens[first].Span.Slice(text), out var part)
            || (index > 0 && words.OrdinalWords.Contains(tokens[index - 1].Span.Slice(text))))
        {
            return false;
        }

        var next = first + 1;
        var following = next < tokens.Count ? tokens[next].Span.Slice(text) : [];
        var afterThat = next + 1 < tokens.Count ? tokens[next + 1].Span.Slice(text) : [];
        if (following.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            if (QuantityScan.IsYearDigits(afterThat))
            {
                return false; // "the same quarter of 2015", "the half of 2023 before it": a part of a year, no fraction
            }

            var scaleIndex = next + 2;
            if (afterThat is "a" or "an" && scaleIndex < tokens.Count && words.ScaleWords.TryGet(tokens[scaleIndex].Span.Slice(text), out var scale) && scale >= 1000)
            {
                number = new ParsedNumber(part * scale, null, scaleIndex + 1 - index, scale); // "a quarter of a million"
                return true;
            }

            if (afterThat is "a" or "an" && scaleIndex < tokens.Count && tokens[scaleIndex].Kind == TokenKind.Word)
            {
                number = new ParsedNumber(part, null, scaleIndex - index); // "a tenth of a percentage point", "a third of a mile"
                return true;
            }

            number = new ParsedNumber(part, null, next - index); // "half of the votes"
            return true;
        }

        // "half the population", "half its value": a fraction the lexicon lets stand before a determiner, with no article of its own, is a
        // part of what follows with "of" left out.
        if (first == index && words.FractionsBeforeDeterminer.Contains(tokens[first].Span.Slice(text)) && words.FractionDeterminers.Contains(following))
        {
            number = new ParsedNumber(part, null, next - index);
            return true;
        }

        if (following is "a" or "an" && !words.ScaleWords.Contains(afterThat) && !words.FractionWords.Contains(afterThat) && next + 1 < tokens.Count
            && tokens[next + 1].Kind == TokenKind.Word)
        {
            number = new ParsedNumber(part, null, next + 1 - index); // "half a sen", "half an hour"
            return true;
        }

        // "a half mile", "a quarter inch": the article, then the fraction before a unit of measure. Not before a unit of time, where the
        // fraction word is an ordinal more often than not ("fell for a third year running").
        if (first > index && (words.UnitNames.Contains(following) || words.UnitSymbols.Contains(following)))
        {
            number = new ParsedNumber(part, null, next - index);
            return true;
        }

        // "rose by a fifth,", "cut by nearly a third in two years": after "by" (or "by" and a one-word qualifier) a fraction that ends its
        // phrase is the size of a change; "won by a third party" is not a fraction.
        if (IsAfterBy(text, tokens, index, words)
            && (next >= tokens.Count || tokens[next].Kind == TokenKind.Punctuation || words.NounPhraseStops.Contains(following)))
        {
            number = new ParsedNumber(part, null, next - index);
            return true;
        }

        // "roughly a third,", "grew by over a quarter in a decade": after a qualifier, an article and a fraction that end their phrase are
        // an amount too; "asked about a third option" goes on to the noun the ordinal ranks, and "more than a quarter earlier" is a
        // period of time.
        if (first > index && IsAfterQualifier(text, tokens, index, words) && !words.RelativeTimeWords.Contains(following)
            && (next >= tokens.Count || tokens[next].Kind == TokenKind.Punctuation || words.NounPhraseStops.Contains(following)))
        {
            number = new ParsedNumber(part, null, next - index);
            return true;
        }

        return false;
    }

    // Whether a qualifier the lexicon lists ("roughly", "more than", "just under") ends right before token `index`; not a single word
    // that may be a preposition ("talked about a third", "took over a third"), which is no qualifier of what follows.
    private static bool IsAfterQualifier(string text, ArraySegment<Token> tokens, int index, QuantityVocabulary words)
    {
        // Most words before a fraction end no qualifier: look that up on the span before joining any phrase.
        if (index == 0 || !words.Qualifiers.CanEndWith(tokens[index - 1].Span.Slice(text)))
        {
            return false;
        }

        for (var length = 1; length <= words.Qualifiers.MaxTokens && length <= index; length++)
        {
            var phrase = string.Join(' ', Enumerable.Range(index - length, length).Select(k => tokens[k].Span.Slice(text).ToString()));
            if (words.Qualifiers.Contains(phrase) && !(length == 1 && words.NounPhraseStops.Contains(phrase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAfterBy(string text, ArraySegment<Token> tokens, int index, QuantityVocabulary words) =>
        (index > 0 && tokens[index - 1].Span.Slice(text).Equals("by", StringComparison.OrdinalIgnoreCase))
        || (index > 1 && tokens[index - 2].Span.Slice(text).Equals("by", StringComparison.OrdinalIgnoreCase)
            && words.Qualifiers.Contains(tokens[index - 1].Span.Slice(text)));

    // One word of a number written in words: a cardinal ("seven", "twenty-five"), a multiplier ("hundred", "million", "dozen"), "a"/"an"
    // or a fraction before a multiplier ("a quarter million", "half a million"), or "and" between parts ("one hundred and twenty").
    private static bool TryWordStep(string text, ArraySegment<Token> tokens, int index, QuantityVocabulary words, ref int i, ref double total,
        ref double current, ref bool sawNumber)
    {
        var word = tokens[i].Span.Slice(text);
        var following = i + 1 < tokens.Count ? tokens[i + 1].Span.Slice(text) : [];
        if (TryCompound(word, words, out var small))
        {
            if (TrySpacedOnes(text, tokens, i, words, small, out var ones))
            {
                small += ones;
                i += 2; // "twenty - five" in tokenised text, where every hyphen stands between spaces
            }

            current += small;
            sawNumber = true;
        }
        else if (words.ScaleWords.TryGet(word, out var scale) && (i > index || scale < 1000))
        {
            if (scale < 1000)
            {
                current = (current == 0 ? 1 : current) * scale;
            }
            else
            {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
            }

            sawNumber = true;
        }
        else if (i == index && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
                 && (words.ScaleWords.Contains(following)
                     || (words.FractionWords.Contains(following) && i + 2 < tokens.Count && words.ScaleWords.Contains(tokens[i + 2].Span.Slice(text)))))
        {
            current = 1;
        }
        else if (words.FractionWords.TryGet(word, out var part) && words.ScaleWords.Contains(following))
        {
            // "half million", "a quarter million", "three quarters billion"
            current = (current == 0 ? 1 : current) * part;
            sawNumber = true;
        }
        else if (sawNumber && words.FractionWords.TryGet(word, out var share) && following.Equals("of", StringComparison.OrdinalIgnoreCase)
                 && i + 3 < tokens.Count && tokens[i + 2].Span.Slice(text) is "a" or "an" && words.ScaleWords.TryGet(tokens[i + 3].Span.Slice(text), out var of))
        {
            total += current * share * of; // "three quarters of a billion"
            current = 0;
            i += 3;
        }
        else if (sawNumber && total == 0 && current is >= 2 and < 10 && word.EndsWith('s') && words.FractionWords.TryGet(word, out var parts)
                 && IsFractionOfSomething(text, tokens, i, words, parts))
        {
            current *= parts; // "four fifths of the seats", "two thirds of voters", "fell by four fifths"
            i += OfAUnitLength(text, tokens, i + 1, words); // "two hundredths of a second": "of a" is read with the fraction
        }
        else if (sawNumber && total == 0 && current == 1 && i == index + 1 && !word.EndsWith('s') && following.Equals("of", StringComparison.OrdinalIgnoreCase)
                 && words.FractionWords.TryGet(word, out var single) && IsFractionOfSomething(text, tokens, i, words, single))
        {
            current = single; // "one third of the seats", "one fifth of the budget"
            i += OfAUnitLength(text, tokens, i + 1, words); // "one hundredth of a second"
        }
        else if (sawNumber && word.Equals("and", StringComparison.OrdinalIgnoreCase) && following is "a" or "an" && i + 2 < tokens.Count
                 && words.FractionWords.TryGet(tokens[i + 2].Span.Slice(text), out var added))
        {
            if (current == 0 && total > 0 && words.ScaleWords.TryGet(tokens[i - 1].Span.Slice(text), out var last))
            {
                total += added * last; // "a million and a half": the fraction is of the multiplier just read
            }
            else
            {
                current += added; // "two and a half", "ten and a half million"
            }

            i += 2;
        }
        else if (i == index && words.FractionWords.TryGet(word, out var half) && following.Equals("a", StringComparison.OrdinalIgnoreCase)
                 && i + 2 < tokens.Count && words.ScaleWords.Contains(tokens[i + 2].Span.Slice(text)))
        {
            current = half; // "half a million"
            i++; // skip "a"
        }
        else if (!(sawNumber && word.Equals("and", StringComparison.OrdinalIgnoreCase) && TryCompound(following, words, out _)
                   && i > index && words.ScaleWords.Contains(tokens[i - 1].Span.Slice(text))))
        {
            return false; // "and" joins parts only after a multiplier: "one hundred and twenty", not "one and five"
        }

        return true;
    }

    // 2 when "of a" (or "of an") and a unit start at token index, so that a fraction before them takes the unit: "of a second".
    private static int OfAUnitLength(string text, ArraySegment<Token> tokens, int index, QuantityVocabulary words) =>
        index + 2 < tokens.Count && tokens[index].Span.Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase)
        && tokens[index + 1].Span.Slice(text) is "a" or "an" && words.IsUnitWord(tokens[index + 2].Span.Slice(text)) ? 2 : 0;

    // After "two thirds", "four fifths": a part of something, unless a noun follows that "quarters" counts ("two quarters of growth",
    // "the last two quarters"); "three quarters of the homes" is a part.
    private static bool IsFractionOfSomething(string text, ArraySegment<Token> tokens, int i, QuantityVocabulary words, double part)
    {
        var following = i + 1 < tokens.Count ? tokens[i + 1].Span.Slice(text) : [];
        if (words.ScaleWords.Contains(following))
        {
            return false;
        }

        const double Quarter = 0.25;
        return part != Quarter
            || (following.Equals("of", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Count
                && words.NounPhraseStops.Contains(tokens[i + 2].Span.Slice(text)));
    }

    // The ones after a tens word across a hyphen set off by spaces ("twenty - five", "Thirty - two"), as tokenised text writes
    // "twenty-five"; the hyphen and the ones word are tokens i + 1 and i + 2.
    private static bool TrySpacedOnes(string text, ArraySegment<Token> tokens, int i, QuantityVocabulary words, double tens, out double ones)
    {
        ones = 0;
        return tens is >= 20 and < 100 && tens % 10 == 0 && i + 2 < tokens.Count
            && !tokens[i + 1].IsJoined && !tokens[i + 2].IsJoined && tokens[i + 1].Span.Slice(text) is "-"
            && words.NumberWords.TryGet(tokens[i + 2].Span.Slice(text), out ones) && ones is >= 1 and <= 9;
    }

    // "seven", "twenty", "twenty-five"
    private static bool TryCompound(ReadOnlySpan<char> word, QuantityVocabulary words, out double value)
    {
        if (words.NumberWords.TryGet(word, out value))
        {
            return true;
        }

        var hyphen = word.IndexOfAny('-', '‐');
        if (hyphen > 0 && words.NumberWords.TryGet(word[..hyphen], out var tens) && tens >= 20 && tens % 10 == 0
            && words.NumberWords.TryGet(word[(hyphen + 1)..], out var ones) && ones is >= 1 and <= 9)
        {
            value = tens + ones;
            return true;
        }

        value = 0;
        return false;
    }
}
