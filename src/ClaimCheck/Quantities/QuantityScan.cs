using ClaimCheck.Text;

namespace ClaimCheck.Quantities;

/// <summary>One sentence as the quantity rules read it: its tokens, the lexicon's words and the quantities found so far.</summary>
/// <param name="Text">The document text the tokens point into.</param>
/// <param name="Tokens">The sentence's tokens.</param>
/// <param name="Words">The vocabulary compiled from the document's lexicon.</param>
/// <param name="Earlier">The quantities already found in this sentence, in order.</param>
internal readonly record struct QuantityScan(string Text, ArraySegment<Token> Tokens, QuantityVocabulary Words, List<QuantityMatch> Earlier)
{
    /// <summary>The longest phrase <see cref="TryPhrase{T}"/> builds, in characters.</summary>
    private const int MaxPhraseLength = 64;

    /// <summary>The first of the years four bare digits are read as (news seldom names an earlier year without a time word before it:
    /// "in 1769"); the same bounds as the years <see cref="Rules.NotAnAmountRules"/> sets apart.</summary>
    public const int FirstYear = 1800;

    /// <summary>The last of the years four bare digits are read as.</summary>
    public const int LastYear = 2100;

    /// <summary>How many tokens the sentence has.</summary>
    public int Count => Tokens.Count;

    /// <summary>The text of token <paramref name="index"/>; empty outside the sentence.</summary>
    public ReadOnlySpan<char> Word(int index) => (uint)index < (uint)Tokens.Count ? Tokens[index].Span.Slice(Text) : [];

    /// <summary>Whether token <paramref name="index"/> is a word token.</summary>
    public bool IsWord(int index) => (uint)index < (uint)Tokens.Count && Tokens[index].Kind == TokenKind.Word;

    /// <summary>Whether any word of the sentence is one of <paramref name="words"/>.</summary>
    public bool HasWord(WordSet words)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (IsWord(i) && words.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="index"/> has that kind.</summary>
    public bool IsKind(int index, TokenKind kind) => (uint)index < (uint)Tokens.Count && Tokens[index].Kind == kind;

    /// <summary>Whether token <paramref name="index"/> follows the previous one with no space.</summary>
    public bool IsJoined(int index) => (uint)index < (uint)Tokens.Count && Tokens[index].IsJoined;

    /// <summary>Whether token <paramref name="index"/> is a hyphen that joins the figure before it to the word after it, as in a
    /// compound modifier: "30-year", or in tokenised text, where every hyphen stands between spaces, "30 - year" after digits. A spaced
    /// hyphen before a plural is a dash, not a compound ("killed 30 - years of war"): compounds take the singular.</summary>
    public bool IsCompoundHyphen(int index) =>
        IsChar(index, "-") && IsWord(index + 1)
        && ((IsJoined(index) && IsJoined(index + 1))
            || (!IsJoined(index) && !IsJoined(index + 1) && IsKind(index - 1, TokenKind.Number) && !Words.LooksPluralAnyCase(Word(index + 1))));

    /// <summary>Whether token <paramref name="index"/> is <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int index, string word) => Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="index"/> is one character that <paramref name="characters"/> holds.</summary>
    public bool IsChar(int index, string characters)
    {
        var word = Word(index);
        return word.Length == 1 && characters.Contains(word[0], StringComparison.Ordinal);
    }

    /// <summary>Whether token <paramref name="index"/> is a word that makes the period before it a time, not a rate, and ends the clause:
    /// the sentence ends, punctuation or a new clause follows ("$50 a month earlier.", "a year earlier on strong demand", "a week
    /// before and"; not "a day earlier this year", "an hour before it crashed"), or "to" and the level reached follow it ("from
    /// 3.9t/ha a year before to 4.4t/ha"). A word valued "anywhere" ("ago") is a time wherever it stands: no rate is followed by it
    /// ("$2.5 billion a year ago in the same quarter").</summary>
    public bool IsClauseFinalTime(int index) =>
        Words.ClauseFinalTimeWords.Contains(Word(index))
        && (Words.TimeWordsAnywhere.Contains(Word(index)) || index + 1 >= Count || IsKind(index + 1, TokenKind.Punctuation) || Words.ClauseJoiners.Contains(Word(index + 1))
            || (Is(index + 1, "to") && (IsKind(index + 2, TokenKind.Number) || IsKind(index + 2, TokenKind.Currency))));

    /// <summary>Whether token <paramref name="index"/> is four bare digits from <see cref="FirstYear"/> to <see cref="LastYear"/>: a year
    /// ("than in 2016", "2% in 2025 and 2.7% in 2026").</summary>
    public bool IsYearNumber(int index) => IsKind(index, TokenKind.Number) && IsYearDigits(Word(index));

    /// <summary>Whether <paramref name="word"/> is four bare digits from <see cref="FirstYear"/> to <see cref="LastYear"/>.</summary>
    public static bool IsYearDigits(ReadOnlySpan<char> word) =>
        word.Length == 4
        && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && year is >= FirstYear and <= LastYear;

    /// <summary>Whether token <paramref name="index"/> starts with a capital letter.</summary>
    public bool IsCapitalised(int index) => Word(index) is { Length: > 0 } word && char.IsUpper(word[0]);

    /// <summary>Whether token <paramref name="index"/> is written as a name: capitalised, or a lower-case letter before a capital
    /// ("iPhone", "eBay").</summary>
    public bool IsNameWord(int index) =>
        IsCapitalised(index) || (Word(index) is { Length: > 2 } word && char.IsLower(word[0]) && char.IsUpper(word[1]) && IsWord(index));

    /// <summary>
    /// Finds the longest term of <paramref name="map"/> written from token <paramref name="start"/>: tokens joined as written (a space
    /// between tokens that have one, none between joined tokens: "metric tons", "C$"). With <paramref name="dropPluralS"/> a phrase
    /// ending in "s" is also tried without it ("Canadian dollars" finds "Canadian dollar").
    /// </summary>
    public bool TryPhrase<T>(int start, WordMap<T> map, out T value, out int end, bool dropPluralS = false)
    {
        var first = Word(start);
        if (!(map.CanStartWith(first) || (dropPluralS && first.Length > 1 && first[^1] is 's' or 'S' && map.CanStartWith(first[..^1]))))
        {
            value = default!;
            end = start;
            return false;
        }

        if (map.MaxTokens == 1)
        {
            end = start + 1;
            return map.TryGet(first, out value!) || (dropPluralS && first.Length > 1 && first[^1] is 's' or 'S' && map.TryGet(first[..^1], out value!));
        }

        Span<char> buffer = stackalloc char[MaxPhraseLength];
        var lengths = (Span<int>)stackalloc int[Math.Min(map.MaxTokens, 8)];
        var length = 0;
        var count = 0;
        for (var index = start; index < Tokens.Count && count < lengths.Length; index++)
        {
            var word = Word(index);
            var space = count > 0 && !Tokens[index].IsJoined ? 1 : 0;
            if (length + space + word.Length > buffer.Length)
            {
                break;
            }

            if (space == 1)
            {
                buffer[length] = ' ';
            }

            word.CopyTo(buffer[(length + space)..]);
            length += space + word.Length;
            lengths[count++] = length;
        }

        for (var n = count; n >= 1; n--)
        {
            var phrase = buffer[..lengths[n - 1]];
            if (map.TryGet(phrase, out value!) || (dropPluralS && phrase.Length > 1 && phrase[^1] is 's' or 'S' && map.TryGet(phrase[..^1], out value!)))
            {
                end = start + n;
                return true;
            }
        }

        value = default!;
        end = start;
        return false;
    }

    /// <summary>
    /// Finds the longest term of <paramref name="map"/> whose last token is just before token <paramref name="before"/> (tokens joined
    /// as written, as in <see cref="TryPhrase{T}"/>, each without a final dot when <paramref name="trimDots"/>, which also passes over a
    /// dot written as its own token right after the last word: "approx. 3,000"), and where it starts.
    /// </summary>
    public bool TryPhraseBefore<T>(int before, WordMap<T> map, out T value, out int start, bool trimDots = false)
    {
        value = default!;
        start = before;
        if (trimDots && before >= 2 && IsChar(before - 1, ".") && Tokens[before - 1].IsJoined)
        {
            before--; // "approx. 3,000": the abbreviation's dot is its own token
        }

        var last = trimDots ? Word(before - 1).TrimEnd('.') : Word(before - 1);
        if (!map.CanEndWith(last))
        {
            return false;
        }

        if (map.MaxTokens == 1)
        {
            start = before - 1;
            return map.TryGet(last, out value!);
        }

        Span<char> buffer = stackalloc char[MaxPhraseLength];
        for (var count = Math.Min(map.MaxTokens, before); count >= 1; count--)
        {
            var length = 0;
            var fits = true;
            for (var index = before - count; index < before && fits; index++)
            {
                var word = trimDots ? Word(index).TrimEnd('.') : Word(index);
                fits = length + word.Length + 1 <= buffer.Length;
                if (fits)
                {
                    if (length > 0 && !Tokens[index].IsJoined)
                    {
                        buffer[length++] = ' ';
                    }

                    word.CopyTo(buffer[length..]);
                    length += word.Length;
                }
            }

            if (fits && map.TryGet(buffer[..length], out value!))
            {
                start = before - count;
                return true;
            }
        }

        return false;
    }
}
