namespace ClaimCheck.Comparison;

/// <summary>Converts amounts between currencies so that money in different currencies can be compared.</summary>
/// <remarks>ClaimCheck ships no rates: without a provider, amounts in different currencies are never compared.
/// Implementations must be thread-safe.</remarks>
public interface IExchangeRateProvider
{
    /// <summary>Converts <paramref name="amount"/> from <paramref name="fromCurrency"/> to <paramref name="toCurrency"/> (ISO 4217
    /// codes) at the rate of <paramref name="date"/> (or a recent rate when null).</summary>
    /// <returns>False when no rate is known; the amounts are then not compared.</returns>
    bool TryConvert(double amount, string fromCurrency, string toCurrency, DateOnly? date, out double converted);
}
