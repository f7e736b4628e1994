using System.Buffers;

namespace ClaimCheck.Text;

/// <summary>Splits a span of text into word, number, currency, possessive and punctuation tokens.</summary>
/// <remarks>Runs in time linear in the span length and allocates nothing beyond the output list. Thread-safe.</remarks>
public static class Tokenizer
{
    private static readonly SearchValues<char> CurrencySigns = SearchValues.Create("$€£¥₴₽₹₩₿₡₾₭₦₱฿₺₫₪元");
    private static readonly SearchValues<char> VulgarFractions = SearchValues.Create("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞");
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’");
    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-‐‑");

    /// <summary>Appends the tokens of <paramref name="span"/> in <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="tokens"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie within <paramref name="text"/>.</exception>
    public static void Tokenize(string text, TextSpan span, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, text.Length, nameof(span));

        var i = span.Start;
        var end = span.End;
        var joined = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
                joined = false;
                continue;
            }

            int tokenEnd;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                tokenEnd = ScanNumber(text, i, end);
                kind = TokenKind.Number;
            }
            else if (VulgarFractions.Contains(c))
            {
                tokenEnd = i + 1;
                kind = TokenKind.Number;
            }
            else if (CurrencySigns.Contains(c))
            {
                tokenEnd = i + 1;
                kind = TokenKind.Currency; // before letters: "元" is a letter too
            }
            else if (char.IsLetter(c))
            {
                tokenEnd = ScanWord(text, i, end);
                kind = TokenKind.Word;
            }
            else if (Apostrophes.Contains(c) && joined && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
            {
                tokenEnd = i + 2;
                kind = TokenKind.Possessive;
            }
            else if (CurrencySigns.Contains(c))
            {
                tokenEnd = i + 1;
                kind = TokenKind.Currency;
            }
            else
            {
                tokenEnd = i + 1;
                kind = TokenKind.Punctuation;
            }

            tokens.Add(new Token(TextSpan.FromBounds(i, tokenEnd), kind, joined));
            joined = true;
            i = tokenEnd;
        }
    }

    // \d+(?:[,.]\d+)*  — a separator counts only when a digit follows it.
    private static int ScanNumber(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // A word runs over letters and digits, inner hyphens, inner apostrophes not starting "'s", ampersands between capitals ("AT&T")
    // and dotted acronyms ("U.S.").
    private static int ScanWord(string text, int start, int end)
    {
        var i = start + 1;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((Hyphens.Contains(c) || Apostrophes.Contains(c)) && i + 1 < end && char.IsLetter(text[i + 1])
                && !(Apostrophes.Contains(c) && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]))))
            {
                i += 2;
            }
            else if (c == '&' && char.IsUpper(text[i - 1]) && i + 1 < end && char.IsUpper(text[i + 1]))
            {
                // "AT&T", "P&G": capitals joined by an ampersand with no space are one name.
                i += 2;
            }
            else if (c == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i + 2 <= end && (i + 2 == end || text[i + 2] == '.')
                     && (char.IsUpper(text[i - 1]) || (i - 1 == start && i + 2 < end && text[i + 2] == '.')))
            {
                // "U.S." / "U.N." : consume ".S" and the final dot; lower-case single letters only when dotted throughout ("a.m.", "p.m.", "e.g.").
                i += 2;
                if (i < end && text[i] == '.')
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
