namespace ClaimCheck.Quantities.Rules;

/// <summary>An exchange rate written as a bare figure "per" another currency, in a sentence that names the currency quoted: "the
/// shilling slipped to 135.05 per dollar" (so many shillings per dollar). Only one currency other than those the sentence's rates are
/// per may be named, and not one that markets quote as the base (`base-currency`: "the euro at 1.08 per dollar" is dollars per
/// euro). "to the dollar" and "against the dollar" after a bare figure are left bare, as the sets annotate them ("the rupee closed
/// at 82.97 against the US dollar").</summary>
internal sealed class QuotedRateRule : UnitRule
{
    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) => ["per"];

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        if (draft.Currency is not null || !s.Is(draft.End, "per") || !PerCurrencyPhrase.TryRead(s, draft.End, out var per, out var end)
            || !TryQuotedCurrency(s, per, out var quoted))
        {
            return false;
        }

        draft.Currency = quoted;
        draft.Unit = Unit.Currency(quoted);
        draft.Per = Unit.Currency(per);
        draft.End = end;
        return true;
    }

    // The one currency the sentence names other than the one the rate is per and those after "per" ("to 105.02 per dollar … and to
    // 151.38 per euro" quotes the yen named before them).
    private static bool TryQuotedCurrency(in QuantityScan s, string per, out string quoted)
    {
        quoted = string.Empty;
        for (var i = 0; i < s.Count; i++)
        {
            if (!s.IsWord(i) || !s.TryPhrase(i, s.Words.Currencies, out var code, out var end, dropPluralS: true))
            {
                continue;
            }

            var isDenominator = s.Is(i - 1, "per") || (s.Is(i - 1, "the") && s.Is(i - 2, "per"));
            i = end - 1;
            if (code == per || isDenominator)
            {
                continue;
            }

            if (quoted.Length > 0 && quoted != code)
            {
                return false; // "the rand and the naira both slid": which one is quoted is not said
            }

            quoted = code;
        }

        return quoted.Length > 0 && !s.Words.BaseCurrencies.Contains(quoted);
    }
}
