namespace ClaimCheck.Quantities.Rules;

/// <summary>Rates after money, counts and percentages: "$1.40 a share", "500,000 barrels a day", "15% per annum", "64.2 cents a
/// dozen", "900 euros a month". The mention grows over the rate; the unit is unchanged. "a year earlier" is a time, not a rate.</summary>
internal static class RateRule
{
    /// <summary>Extends the draft's end over a rate after its unit.</summary>
    public static void Read(in QuantityScan s, ref QuantityDraft draft)
    {
        var index = draft.End;
        if (index + 1 >= s.Count)
        {
            return;
        }

        if (s.IsChar(index, "-") && index + 2 < s.Count)
        {
            index++;
        }

        var marker = s.Word(index);
        var isPer = marker.Equals("per", StringComparison.OrdinalIgnoreCase) || marker is "/";
        if (!isPer && !marker.Equals("a", StringComparison.OrdinalIgnoreCase) && !marker.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var denominatorIndex = s.IsChar(index + 1, "-") && index + 2 < s.Count ? index + 2 : index + 1;
        var denominator = s.Word(denominatorIndex);
        if (s.Words.RelativeTimeWords.Contains(s.Word(denominatorIndex + 1)))
        {
            return; // "$13.18 billion a year earlier"
        }

        if (s.IsWord(denominatorIndex)
            && (s.Words.RateUnits.Contains(denominator) || s.Words.RateNouns.Contains(denominator)
                || (isPer && marker is not "/" && !s.Words.NounPhraseStops.Contains(denominator))))
        {
            draft.End = denominatorIndex + 1;
        }
    }
}
