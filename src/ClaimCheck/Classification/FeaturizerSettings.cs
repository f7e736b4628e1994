namespace ClaimCheck.Classification;

/// <summary>How text becomes a hashed sparse vector; fixed when a model is trained and stored with it.</summary>
/// <param name="WordNgramMinLength">Shortest word n-gram (0 with <paramref name="WordNgramMaxLength"/> 0 disables word n-grams).</param>
/// <param name="WordNgramMaxLength">Longest word n-gram.</param>
/// <param name="CharNgramMinLength">Shortest character n-gram (0 with <paramref name="CharNgramMaxLength"/> 0 disables them).</param>
/// <param name="CharNgramMaxLength">Longest character n-gram.</param>
/// <param name="HashBits">The feature space has 2^HashBits slots.</param>
/// <param name="SublinearTf">Use 1 + ln(tf) instead of the raw count.</param>
/// <param name="NormalizeDigits">Map every digit to 0 so numbers of the same shape share features.</param>
internal readonly record struct FeaturizerSettings(
    int WordNgramMinLength,
    int WordNgramMaxLength,
    int CharNgramMinLength,
    int CharNgramMaxLength,
    int HashBits,
    bool SublinearTf,
    bool NormalizeDigits)
{
    /// <summary>The number of feature slots, 2^<see cref="HashBits"/>.</summary>
    public int Dimension => 1 << HashBits;
}
