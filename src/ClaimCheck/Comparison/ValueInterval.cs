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
    /// that digit each way, as a report rounds or cuts a precise count (450,620) to it, and one of exactly two significant digits
    /// ("4.7 million", "$38 million") allows from half a unit of its second digit below it to one unit above it (that end excluded),
    /// as a report rounds (4.66 million) or cuts ($38.7 million) a precise figure to it; a whole percentage between 0 and 100 ("65 per
    /// cent") allows from half a point below it to one point above it (that end excluded), as a report rounds a precise share (48.37%)
    /// or cuts off its decimals (52.6% given as 52%), and a percentage with one to three decimals ("41.7%") likewise from half a unit
    /// of its last decimal below to one unit above (41.65% to 41.8%).</summary>
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

        var magnitude = Math.Floor(Math.Log10(value));
        var unit = Math.Pow(10, magnitude + 1 - RoundedDigits);
        if (!IsMultipleOf(value, unit))
        {
            return new(value, value);
        }

        var second = Math.Pow(10, magnitude - 1);
        return IsMultipleOf(value, second) && !IsMultipleOf(value, second * 10)
            ? RoundedOrCut(value, second)
            : new(value - unit, value + unit);
    }

    // A figure that keeps only two significant digits ("4.7 million", "$38 million", "21,000") is a precise one rounded to them
    // (4.66 million): it allows from half a unit of its second digit below to half a unit above, that end excluded. Where the unit is
    // at most a twentieth of the figure it may also be one cut ($38.7 million, as headlines give a sum), so it allows up to one unit
    // above; "14,000" against 14,700 is a gap of a fourteenth, a dispute. The ends are rounded to the decimals given, so that 41.65%
    // fits "41.7%". The unit is at most a tenth of the figure, so "4.7 million" and "4.8 million" still dispute; a single significant
    // digit ("70,000", "3 million") keeps the narrow reading: "3 million" and "3.4 million" differ.
    private static ValueInterval RoundedOrCut(double value, double unit, int decimals = 0) =>
        new(Math.Round(value - (unit / 2), decimals + 1),
            Math.Round(value + (unit * MostCutShare <= value ? unit : unit / 2), decimals + 1),
            HighOpen: true);

    /// <summary>How many units of its last digit a figure must be for a precise one cut to it to be read as agreeing (a gap of at most
    /// a twentieth).</summary>
    private const double MostCutShare = 20;

    /// <summary>Whether <paramref name="value"/> is a whole number of <paramref name="unit"/>s, allowing for binary fractions.</summary>
    private static bool IsMultipleOf(double value, double unit)
    {
        var units = value / unit;
        return Math.Abs(units - Math.Round(units)) < 1e-9;
    }

    /// <summary>The most decimals a percentage is read as rounded at ("41.7%", "41.66%", "41.657%").</summary>
    private const int MostPercentageDecimals = 3;

    /// <summary>The smallest whole percentage read as possibly a precise share with its decimals cut off; below it a point is too
    /// large a part of the figure ("3%" against "3.8%" inflation is a dispute).</summary>
    private const double SmallestCutPercentage = 10;

    // A whole percentage ("48 per cent") may be a precise share rounded (48.37%): it allows half a point either way. From 10% up it
    // may also be one with its decimals cut off (52.6% as "52 per cent", as headlines and wire summaries often give a result), so it
    // allows up to one point above.
    // A share with decimals ("41.7%", "3.25%") is likewise a more precise one rounded or cut to its last decimal, where that decimal
    // is at most a tenth of the share (not "0.4%", where 0.45% is another figure).
    private static ValueInterval RoundedPercentage(double value)
    {
        if (!(double.IsFinite(value) && value > 0 && value < 100))
        {
            return new(value, value);
        }

        if (value == Math.Floor(value))
        {
            return value >= SmallestCutPercentage ? new(value - 0.5, value + 1, HighOpen: true) : new(value - 0.5, value + 0.5);
        }

        var unit = 1.0;
        for (var decimals = 1; decimals <= MostPercentageDecimals; decimals++)
        {
            unit /= 10;
            if (IsMultipleOf(value, unit))
            {
                return unit * 10 <= value ? RoundedOrCut(value, unit, decimals) : new(value, value);
            }
        }

        return new(value, value);
    }

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
