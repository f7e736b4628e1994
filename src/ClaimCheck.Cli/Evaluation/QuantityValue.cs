using System.Globalization;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>A quantity's number: a single value, or a range whose ends are compared separately.</summary>
/// <remarks>For a single value <see cref="Low"/> and <see cref="High"/> are equal and <see cref="IsRange"/> is false.</remarks>
internal readonly record struct QuantityValue
{
    // np.isclose's defaults, as CQE's values_match passes them: |gold - predicted| <= Absolute + Relative * |predicted|.
    private const double RelativeTolerance = 1e-05;
    private const double AbsoluteTolerance = 1e-08;

    private QuantityValue(double low, double high, bool isRange)
    {
        Low = low;
        High = high;
        IsRange = isRange;
    }

    /// <summary>The value, or the lower end of a range.</summary>
    public double Low { get; }

    /// <summary>The value, or the upper end of a range.</summary>
    public double High { get; }

    /// <summary>Whether this is a range (NewsQuant's <c>"low-high"</c> string).</summary>
    public bool IsRange { get; }

    /// <summary>A single value.</summary>
    public static QuantityValue Single(double value) => new(value, value, isRange: false);

    /// <summary>A range from <paramref name="low"/> to <paramref name="high"/>, kept in the order given.</summary>
    public static QuantityValue Range(double low, double high) => new(low, high, isRange: true);

    /// <summary>
    /// Parses a NewsQuant value string: a number (<c>"75000000"</c>, <c>"-5"</c>, <c>"1E-05"</c>) or a range <c>"low-high"</c>
    /// (<c>"40-50"</c>, <c>"4-5.6"</c>), also with spaces around the dash (<c>"3.0 - 4.0"</c>, as NewsQuant writes some ranges).
    /// </summary>
    /// <remarks>
    /// CQE's decode_dictionary reads a string as a range when it contains '-', does not start with '-' and has no 'E',
    /// splitting at the '-'. This parser agrees on every value in the NewsQuant files and also reads what CQE cannot:
    /// the range separator is the first '-' whose previous non-space character is a digit or '.', so <c>"-5--2"</c> is the range
    /// -5 to -2 and <c>"1e-05"</c> a single value (the '-' of an exponent follows an 'e').
    /// </remarks>
    public static bool TryParse(string text, out QuantityValue value)
    {
        const NumberStyles Style = NumberStyles.Float;
        if (double.TryParse(text, Style, CultureInfo.InvariantCulture, out var single))
        {
            value = Single(single);
            return true;
        }

        var trimmed = text.AsSpan().Trim();
        for (var i = 1; i < trimmed.Length; i++)
        {
            var before = trimmed[..i].TrimEnd();
            if (trimmed[i] == '-' && before.Length > 0 && (char.IsAsciiDigit(before[^1]) || before[^1] == '.'))
            {
                if (double.TryParse(before, Style, CultureInfo.InvariantCulture, out var low)
                    && double.TryParse(trimmed[(i + 1)..], Style, CultureInfo.InvariantCulture, out var high))
                {
                    value = Range(low, high);
                    return true;
                }

                break;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// CQE's values_match: a range matches only a range with both ends close, a single value only a single value
    /// that is close; "close" is numpy.isclose with its default tolerances, relative to the predicted value.
    /// </summary>
    public bool Matches(QuantityValue predicted) =>
        IsRange == predicted.IsRange && IsClose(Low, predicted.Low) && IsClose(High, predicted.High);

    /// <summary>The NewsQuant form: the number, or <c>"low-high"</c> for a range.</summary>
    public override string ToString() =>
        IsRange
            ? string.Create(CultureInfo.InvariantCulture, $"{Low}-{High}")
            : Low.ToString(CultureInfo.InvariantCulture);

    private static bool IsClose(double gold, double predicted) =>
        gold == predicted || Math.Abs(gold - predicted) <= AbsoluteTolerance + (RelativeTolerance * Math.Abs(predicted));
}
