using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>A number written in words and restated in digits in parentheses, as official statements and legal texts write them:
/// "seventeen (17) people", "fifty-nine (59) injured". The parenthesis joins the mention, so the unit after it is the amount's and
/// the digits are not read as a second amount.</summary>
internal static class RestatedDigitsRule
{
    /// <summary>Moves the draft past a parenthesis that holds only the same number in digits.</summary>
    public static void Read(in QuantityScan s, ref QuantityDraft draft)
    {
        var open = draft.Next;
        if (draft.IsDigits || draft.High is not null || !s.IsChar(open, "(") || !s.IsKind(open + 1, TokenKind.Number)
            || !NumberParser.TryParseAt(s.Text, s.Tokens, open + 1, s.Words, out var digits) || digits.High is not null
            || digits.Value != draft.Value || !s.IsChar(open + 1 + digits.TokenCount, ")"))
        {
            return;
        }

        draft.Next = open + 2 + digits.TokenCount;
    }
}
