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

    /// <summary>How many tokens before a bare reading a quake it measures may be named ("the Orvik tremor that shook the coast at dawn
    /// measured 4.4").</summary>
    private const int QuakeBeforeWindow = 8;

    /// <summary>Takes the magnitude for a bare reading with one decimal between 1 and 10 that no unit followed, when a word that reads
    /// a scale (<see cref="QuantityVocabulary.MagnitudeReadingCues"/>) stands right before it: a verb with a quake named within
    /// <see cref="QuakeBeforeWindow"/> tokens before it, no colon or semicolon between ("the Orvik tremor, which measured 5.9"); a joiner
    /// right after the quake word ("an aftershock of 4.6"); or an article with a quake named before it and the reading ending its phrase
    /// ("was logged as a 3.7."). A reading with more decimals ("gained 2.35") or none ("killed 7") is no magnitude, and neither is one
    /// after any other word ("after the quake, Vessa bonds gained 2.5").</summary>
    public static void ReadInQuakeSentence(in QuantityScan s, ref QuantityDraft draft)
    {
        var cue = draft.Before - 1;
        if (draft.Unit.Kind != UnitKind.None || draft.End != draft.Next || !draft.IsDigits || draft.High is not null || draft.Currency is not null
            || draft.Value < MinReading || draft.Value >= MaxReading || !HasOneDecimal(s.Word(draft.NumberIndex))
            || !s.IsWord(cue) || !s.Words.MagnitudeReadingCues.TryGet(s.Word(cue), out var position))
        {
            return;
        }

        if (position == MagnitudeCuePosition.Joiner)
        {
            if (s.IsWord(cue - 1) && s.Words.MagnitudeNouns.TryGet(s.Word(cue - 1), out var joined))
            {
                draft.Unit = joined;
            }

            return;
        }

        if (position == MagnitudeCuePosition.Article && s.IsWord(draft.End))
        {
            return;
        }

        for (var i = cue - 1; i >= 0 && i >= cue - QuakeBeforeWindow; i--)
        {
            if (s.IsChar(i, ":") || s.IsChar(i, ";"))
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
