using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Ranges after the number: "2.5 to 3 billion", "10-12", "$2bn-$3bn", "between 400 and 750" ("and" closes a range only after
/// "between"). A smaller second number after a dash is a score ("3-1"), not a range, and the whole match is dropped.</summary>
internal static class RangeRule
{
    private const string Dashes = "-–—";

    /// <summary>Reads a range after the number; false when the number turns out to be a score.</summary>
    public static bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var next = draft.Next;
        var isDash = s.IsChar(next, Dashes);
        if (draft.First.IsVague || next + 1 >= s.Count || !(isDash || s.Is(next, "to") || s.Is(next, "and")))
        {
            return true;
        }

        var secondIndex = s.IsKind(next + 1, TokenKind.Currency) ? next + 2 : next + 1;
        var allowed = !s.Is(next, "and") || draft.BetweenRange;
        if (!allowed || secondIndex >= s.Count || !(s.Tokens[secondIndex].Kind == s.Tokens[draft.NumberIndex].Kind || !draft.IsDigits)
            || !NumberParser.TryParseAt(s.Text, s.Tokens, secondIndex, s.Words, out var second) || second.IsVague)
        {
            return true;
        }

        var low = draft.First.Scale == 1 && second.Scale > 1 ? draft.First.Value * second.Scale : draft.First.Value;
        if (second.Value > low)
        {
            draft.Value = low;
            draft.High = second.Value;
            draft.Qualifier = draft.Qualifier is Qualifier.UpTo or Qualifier.AtMost or Qualifier.Exact or Qualifier.Approximately ? Qualifier.Range : draft.Qualifier;
            draft.Next = secondIndex + second.TokenCount;
            return true;
        }

        return !(draft.IsDigits && isDash && s.Word(next) is "-" or "–" && second.Value < draft.First.Value && draft.First.Scale == 1);
    }

    /// <summary>"between" that opened no range gives its token back to the text before the mention.</summary>
    public static void CloseBetween(ref QuantityDraft draft)
    {
        if (draft.BetweenRange && draft.High is null)
        {
            draft.Before++;
        }
    }
}

/// <summary>A minus sign before digits: "-5 degrees" (joined: any amount) or "- 20 degrees fahrenheit" (spaced: only a temperature).</summary>
internal static class MinusSignRule
{
    private const string Minus = "-−";

    /// <summary>Notes a minus sign before the number (applied by <see cref="Apply"/> once the unit is known).</summary>
    public static void Read(in QuantityScan s, ref QuantityDraft draft)
    {
        var sign = draft.Start - 1;
        if (draft.IsDigits && draft.Currency is null && s.IsChar(sign, Minus)
            && (sign == 0 || !s.IsJoined(sign) || s.IsKind(sign - 1, TokenKind.Punctuation)))
        {
            draft.Negative = s.IsJoined(draft.Start) ? 1 : 2;
        }
    }

    /// <summary>Makes the value negative when the sign counts for the unit read.</summary>
    public static void Apply(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Negative > 0 && (draft.Negative == 1 || (draft.Unit.Kind == UnitKind.Physical && s.Words.IsTemperature(draft.Unit.Name))))
        {
            draft.Value = -draft.Value;
            draft.High = -draft.High;
            draft.Before = Math.Min(draft.Before, draft.Start - 1);
        }
    }
}
