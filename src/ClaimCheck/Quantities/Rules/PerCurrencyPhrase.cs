namespace ClaimCheck.Quantities.Rules;

/// <summary>The other currency of an exchange rate after a figure: "per dollar", "per US dollar", "to the dollar", "against the
/// greenback". The phrase ends there: "to the dollar fund" names a fund, not a rate.</summary>
internal static class PerCurrencyPhrase
{
    /// <summary>Whether an exchange rate's other currency is written from <paramref name="index"/>: its ISO 4217 code and the token
    /// after the phrase.</summary>
    public static bool TryRead(in QuantityScan s, int index, out string code, out int end)
    {
        code = string.Empty;
        end = index;
        int currency;
        if (s.Is(index, "per"))
        {
            currency = s.Is(index + 1, "the") ? index + 2 : index + 1;
        }
        else if ((s.Is(index, "to") || s.Is(index, "against")) && s.Is(index + 1, "the"))
        {
            currency = index + 2;
        }
        else
        {
            return false;
        }

        if (!s.IsWord(currency) || !s.TryPhrase(currency, s.Words.Currencies, out var named, out var after)
            || (s.IsWord(after) && !s.Words.NounPhraseStops.Contains(s.Word(after))))
        {
            return false;
        }

        (code, end) = (named, after);
        return true;
    }
}
