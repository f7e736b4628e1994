using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>A decimal written without its leading zero: "batting .211" (0.211), "a .25-point rate increase". The point must stand apart
/// from the word before it ("BA.2" is an identifier).</summary>
internal static class DecimalPointRule
{
    /// <summary>Reads a point joined before the draft's digits into the value.</summary>
    public static void Read(in QuantityScan s, ref QuantityDraft draft)
    {
        var point = draft.NumberIndex - 1;
        var digits = s.Word(draft.NumberIndex);
        if (!draft.IsDigits || draft.EmbeddedDigits > 0 || draft.Currency is not null || !s.IsChar(point, ".") || !s.IsJoined(draft.NumberIndex)
            || (s.IsJoined(point) && !s.IsKind(point - 1, TokenKind.Punctuation)) || digits.IndexOfAnyExceptInRange('0', '9') >= 0
            || draft.First.Scale != 1 || draft.First.TokenCount != 1)
        {
            return;
        }

        draft.Value /= Math.Pow(10, digits.Length);
        draft.Start = point;
        draft.Before = point;
    }
}

/// <summary>A unit written before the number: "a magnitude 6.8 earthquake", "a quake measuring 6.1"; a qualifier before the unit bounds
/// the number ("above magnitude 7.6").</summary>
internal static class UnitBeforeRule
{
    /// <summary>Takes the unit the word before the mention names, if the lexicon lists it as written before numbers; a phrase that
    /// names it ("quake measuring") gives the unit but stays out of the mention.</summary>
    public static bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        if (IsJoinedByHyphen(s, draft.Before) && s.Words.UnitsBefore.TryGet(s.Word(draft.Before - 2), out var unit))
        {
            draft.Unit = unit; // "a magnitude-5.4 earthquake"
            draft.Before -= 2;
            return true;
        }

        if (s.Words.UnitsBefore.TryGet(s.Word(draft.Before - 1), out unit))
        {
            draft.Unit = unit;
            draft.Before--;
            if (draft.Qualifier == Qualifier.Exact)
            {
                QualifierRule.ReadBefore(s, ref draft); // "above magnitude 7.6"
            }

            return true;
        }

        if (s.TryPhraseBefore(draft.Before, s.Words.UnitsBefore, out unit, out _))
        {
            draft.Unit = unit;
            return true;
        }

        return false;
    }

    /// <summary>Whether the number at <paramref name="index"/> is joined by a hyphen to a one-word unit written before numbers
    /// ("magnitude-5.4"), which names its scale and makes no identifier of it.</summary>
    public static bool IsJoinedByHyphen(in QuantityScan s, int index) =>
        index > 1 && s.IsKind(index, TokenKind.Number) && s.IsJoined(index) && s.IsChar(index - 1, "-") && s.IsJoined(index - 1)
        && s.IsWord(index - 2) && s.Words.UnitsBefore.Contains(s.Word(index - 2));
}

/// <summary>A decimal reading before a noun that names the scale it is read on: "a 7.4 quake", "the 5.8 temblor" are magnitudes. The
/// noun is what is measured and stays out of the mention.</summary>
internal static class MagnitudeNounRule
{
    /// <summary>The smallest and largest readings taken as a magnitude.</summary>
    private const double MinReading = 1, MaxReading = 10;

    /// <summary>Takes the scale of the noun after a decimal between 1 and 10, when the lexicon lists the noun.</summary>
    public static bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        if (!draft.IsDigits || draft.High is not null || draft.Value < MinReading || draft.Value >= MaxReading
            || !s.Word(draft.NumberIndex).Contains('.') || draft.End >= s.Count || !s.IsWord(draft.End)
            || !s.Words.MagnitudeNouns.TryGet(s.Word(draft.End), out var unit))
        {
            return false;
        }

        draft.Unit = unit;
        return true;
    }

    /// <summary>How many tokens before a bare reading a quake it measures may be named ("one of the aftershocks that followed
    /// measured 5.6").</summary>
    private const int QuakeBeforeWindow = 8;

    /// <summary>Takes the magnitude for a bare reading with one decimal between 1 and 10 that no unit followed, when a quake is named
    /// before it in its clause with no other number between: "the Vessa quake measured 7.2", "aftershocks of 4.5 or greater". A
    /// reading with more decimals ("rose 2.35") or none ("killed 7") is no magnitude, and neither is one in a list after a colon or
    /// after another number ("aftershocks: 4.7, then 4.3"), which may not measure the quake named.</summary>
    public static void ReadInQuakeSentence(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Unit.Kind != UnitKind.None || draft.End != draft.Next || !draft.IsDigits || draft.High is not null || draft.Currency is not null
            || draft.Value < MinReading || draft.Value >= MaxReading || !HasOneDecimal(s.Word(draft.NumberIndex)))
        {
            return;
        }

        for (var i = draft.Before - 1; i >= 0 && i >= draft.Before - QuakeBeforeWindow; i--)
        {
            if (s.IsKind(i, TokenKind.Number) || s.IsChar(i, ":") || s.IsChar(i, ";"))
            {
                return;
            }

            if (s.IsWord(i) && s.Words.MagnitudeNouns.TryGet(s.Word(i), out var unit))
            {
                draft.Unit = unit;
                return;
            }
        }
    }

    private static bool HasOneDecimal(ReadOnlySpan<char> digits) => digits.IndexOf('.') is var point and > 0 && point == digits.Length - 2;
}
