using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>A test-only quantity extractor: every run of digits is a bare count with change "=".</summary>
internal sealed partial class DigitsQuantityExtractor : IQuantityExtractor
{
    public IReadOnlyList<PredictedQuantity> Extract(string text) =>
        [.. Digits().Matches(text).Select(m => new PredictedQuantity(
            double.Parse(m.Value, CultureInfo.InvariantCulture), null, null, null, "-", "="))];

    [GeneratedRegex(@"\d+(\.\d+)?", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Digits();
}

/// <summary>A test-only timex extractor: every four-digit number is a DATE whose value is the number.</summary>
internal sealed partial class YearTimexExtractor : ITimexExtractor
{
    public IReadOnlyList<PredictedTimex> Extract(string text, DateOnly documentCreationDate) =>
        [.. Year().Matches(text).Select(m => new PredictedTimex(m.Index, m.Length, "DATE", m.Value))];

    [GeneratedRegex(@"\b\d{4}\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Year();
}
