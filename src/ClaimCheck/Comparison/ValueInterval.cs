using ClaimCheck.Quantities;

namespace ClaimCheck.Comparison;

/// <summary>The closed interval of values a stated quantity allows, with "about" widened by a tolerance.</summary>
/// <param name="Low">The smallest allowed value (may be negative infinity).</param>
/// <param name="High">The largest allowed value (may be positive infinity).</param>
/// <param name="LowOpen">Whether <see cref="Low"/> itself is excluded ("more than").</param>
/// <param name="HighOpen">Whether <see cref="High"/> itself is excluded ("fewer than").</param>
public readonly record struct ValueInterval(double Low, double High, bool LowOpen = false, bool HighOpen = false)
{
    /// <summary>Whether both ends are finite and the statement pins the value from both sides (not an "at least"/"up to" bound).</summary>
    public bool IsBounded => double.IsFinite(Low) && double.IsFinite(High);

    /// <summary>The midpoint, or the finite end of a half-open interval.</summary>
    public double Center => IsBounded ? (Low + High) / 2 : double.IsFinite(Low) ? Low : High;

    /// <summary>The interval a quantity allows; <see cref="Qualifier.Approximately"/> widens by <paramref name="tolerance"/> each way
    /// (a count of 20 to 90 rounded to its tens, "about 30 people", by up to half a ten and at most a fifth, ends excluded: more than
    /// 25 and less than 35, where that is wider),
    /// and an exact figure of 10,000 or more with nothing after its third significant digit ("451,000", "70,000") allows one unit of
    /// that digit each way, as a report rounds or cuts a precise count (450,620) to it; a whole percentage between 0 and 100 ("65 per
    /// cent") allows from half a point below it to one point above it (that end excluded), as a report rounds a precise share (48.37%)
    /// or cuts off its decimals (52.6% given as 52%).</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="tolerance">The relative half-width for "about", e.g. 0.1 for ±10%.</param>
    public static ValueInterval Of(Quantity quantity, double tolerance) => quantity.Qualifier switch
    {
        Qualifier.Exact => quantity.Unit.Kind == UnitKind.Percentage ? RoundedPercentage(quantity.Value) : RoundedFigure(quantity.Value),
        Qualifier.Approximately => Approximate(quantity, tolerance),
        Qualifier.AtLeast => new(quantity.Value, double.PositiveInfinity),
        Qualifier.MoreThan => new(quantity.Value, double.PositiveInfinity, LowOpen: true),
        Qualifier.AtMost or Qualifier.UpTo => new(double.NegativeInfinity, quantity.Value),
        Qualifier.LessThan => new(double.NegativeInfinity, quantity.Value, HighOpen: true),
        _ => new(quantity.Low ?? quantity.Value, quantity.High ?? quantity.Value),
    };

    /// <summary>The smallest and the first too large "about" count read as rounded to its tens.</summary>
    private const double SmallestRoundedTens = 20, RoundedTensEnd = 100;

    /// <summary>Half the unit "about 30" is rounded to.</summary>
    private const double HalfTen = 5;

    /// <summary>The most a count rounded to its tens may be off, relative to it ("about 20": 16 to 24).</summary>
    private const double MostRoundedShare = 0.2;

    // "About 20 people", "around thirty soldiers": a count of 20 to 90 rounded to its tens allows up to half a ten each way, at most a
    // fifth of it, with the ends excluded (the half rounds as readily to the next ten), where that is wider than the tolerance (at the
    // default 10%, for 20 to 40). Not for percentages, money or measures, nor "about 10", nor when the tolerance is 0 ("about"
    // read as exact).
    private static ValueInterval Approximate(Quantity quantity, double tolerance)
    {
        var value = quantity.Value;
        var half = value * tolerance;
        var tens = Math.Min(HalfTen, value * MostRoundedShare);
        return quantity.Unit.Kind == UnitKind.Count && tolerance > 0 && value >= SmallestRoundedTens && value < RoundedTensEnd && value % 10 == 0 && half < tens
            ? new(value - tens, value + tens, LowOpen: true, HighOpen: true)
            : new(value - half, value + half);
    }

    /// <summary>The smallest exact figure read as possibly rounded.</summary>
    private const double SmallestRounded = 10_000;

    /// <summary>How many significant digits a rounded figure keeps.</summary>
    private const int RoundedDigits = 3;

    private static ValueInterval RoundedFigure(double value)
    {
        if (!(value >= SmallestRounded) || !double.IsFinite(value))
        {
            return new(value, value);
        }

        var unit = Math.Pow(10, Math.Floor(Math.Log10(value)) + 1 - RoundedDigits);
        var units = value / unit;
        return Math.Abs(units - Math.Round(units)) < 1e-9 ? new(value - unit, value + unit) : new(value, value);
    }

    /// <summary>The smallest whole percentage read as possibly a precise share with its decimals cut off; below it a point is too
    /// large a part of the figure ("3%" against "3.8%" inflation is a dispute).</summary>
    private const double SmallestCutPercentage = 10;

    // A whole percentage ("48 per cent") may be a precise share rounded (48.37%): it allows half a point either way. From 10% up it
    // may also be one with its decimals cut off (52.6% as "52 per cent", as headlines and wire summaries often give a result), so it
    // allows up to one point above.
    private static ValueInterval RoundedPercentage(double value) =>
        !(double.IsFinite(value) && value == Math.Floor(value) && value > 0 && value < 100) ? new(value, value)
        : value >= SmallestCutPercentage ? new(value - 0.5, value + 1, HighOpen: true)
        : new(value - 0.5, value + 0.5);

    /// <summary>Whether some value satisfies both intervals.</summary>
    public bool Overlaps(ValueInterval other)
    {
        if (Low > other.High || other.Low > High)
        {
            return false;
        }

        // Touching ends overlap unless either touching end is open.
        if (Low == other.High && (LowOpen || other.HighOpen))
        {
            return false;
        }

        return !(other.Low == High && (other.LowOpen || HighOpen));
    }

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(double value) =>
        (value > Low || (value == Low && !LowOpen)) && (value < High || (value == High && !HighOpen));
}
