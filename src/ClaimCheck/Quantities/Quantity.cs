using System.Globalization;

namespace ClaimCheck.Quantities;

/// <summary>A stated amount: its value, the bounds its qualifier implies, its unit, and whether it is an increment.</summary>
/// <remarks>
/// <see cref="Low"/> and <see cref="High"/> are what the words say, with no tolerance added: "about 3,000" has both
/// at 3,000 and <see cref="Qualifier.Approximately"/>; "at least 3,000" has <see cref="Low"/> 3,000 and no
/// <see cref="High"/>; "up to 10,000" has <see cref="High"/> 10,000 and <see cref="Low"/> 0. Comparison decides how wide
/// "about" is. Values are finite doubles.
/// </remarks>
public readonly record struct Quantity
{
    private Quantity(double value, double? low, double? high, Qualifier qualifier, Unit unit, bool isIncrement)
    {
        Value = value;
        Low = low;
        High = high;
        Qualifier = qualifier;
        Unit = unit;
        IsIncrement = isIncrement;
    }

    /// <summary>The stated value (for a range, its low end).</summary>
    public double Value { get; }

    /// <summary>The smallest value the statement allows, or null when unbounded below.</summary>
    public double? Low { get; }

    /// <summary>The largest value the statement allows, or null when unbounded above.</summary>
    public double? High { get; }

    /// <summary>How the stated value bounds the true one.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>What is counted or measured.</summary>
    public Unit Unit { get; }

    /// <summary>True for an amount added to an earlier total ("an additional 1,500", "1,500 more").</summary>
    public bool IsIncrement { get; }

    /// <summary>Creates a quantity with a single-value qualifier.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite, or <paramref name="qualifier"/> is <see cref="Qualifier.Range"/> (use <see cref="Between"/>).</exception>
    public static Quantity Create(double value, Qualifier qualifier, Unit unit, bool isIncrement = false)
    {
        EnsureFinite(value, nameof(value));
        (double? low, double? high) = qualifier switch
        {
            Qualifier.Exact or Qualifier.Approximately => ((double?)value, (double?)value),
            Qualifier.AtLeast or Qualifier.MoreThan => ((double?)value, (double?)null),
            Qualifier.AtMost or Qualifier.LessThan or Qualifier.UpTo => ((double?)Math.Min(0, value), (double?)value),
            _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "A range needs two values: use Quantity.Between."),
        };
        return new Quantity(value, low, high, qualifier, unit, isIncrement);
    }

    /// <summary>An exact amount.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public static Quantity Exactly(double value, Unit unit) => Create(value, Qualifier.Exact, unit);

    /// <summary>An amount of at least <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public static Quantity AtLeast(double value, Unit unit) => Create(value, Qualifier.AtLeast, unit);

    /// <summary>An amount close to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public static Quantity About(double value, Unit unit) => Create(value, Qualifier.Approximately, unit);

    /// <summary>A range from <paramref name="low"/> to <paramref name="high"/> inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or <paramref name="high"/> is below <paramref name="low"/>.</exception>
    public static Quantity Between(double low, double high, Unit unit)
    {
        EnsureFinite(low, nameof(low));
        EnsureFinite(high, nameof(high));
        ArgumentOutOfRangeException.ThrowIfLessThan(high, low);
        return new Quantity(low, low, high, Qualifier.Range, unit, isIncrement: false);
    }

    /// <summary>This quantity, marked as an increment to an earlier total.</summary>
    public Quantity AsIncrement() => new(Value, Low, High, Qualifier, Unit, isIncrement: true);

    /// <summary>This quantity as a whole count rather than an addition ("25 more are missing" after another outcome's figure).</summary>
    internal Quantity AsWhole() => new(Value, Low, High, Qualifier, Unit, isIncrement: false);

    /// <summary>This quantity with another unit.</summary>
    public Quantity WithUnit(Unit unit) => new(Value, Low, High, Qualifier, unit, IsIncrement);

    /// <summary>This quantity with its value and bounds multiplied by <paramref name="factor"/> ("0.8" read as "0.8 million").</summary>
    internal Quantity Times(double factor) => new(Value * factor, Low * factor, High * factor, Qualifier, Unit, IsIncrement);

    /// <summary>A short rendering such as "at least 3,000 soldier" or "about 46,000,000,000 EUR".</summary>
    public override string ToString()
    {
        var number = Qualifier == Qualifier.Range
            ? $"{Format(Low ?? Value)}–{Format(High ?? Value)}"
            : Format(Value);
        var prefix = Qualifier switch
        {
            Qualifier.Approximately => "about ",
            Qualifier.AtLeast => "at least ",
            Qualifier.MoreThan => "more than ",
            Qualifier.AtMost => "at most ",
            Qualifier.LessThan => "less than ",
            Qualifier.UpTo => "up to ",
            _ => string.Empty,
        };
        var increment = IsIncrement ? "+" : string.Empty;
        return Unit.Kind switch
        {
            UnitKind.None => $"{increment}{prefix}{number}",
            UnitKind.Percentage => $"{increment}{prefix}{number}%",
            _ => $"{increment}{prefix}{number} {Unit.Name}",
        };
    }

    /// <summary>Formats a number the way reports show it: grouped digits, at most three decimals, invariant culture.</summary>
    public static string Format(double value) => value.ToString(Math.Abs(value) >= 1e15 ? "G6" : "#,0.###", CultureInfo.InvariantCulture);

    private static void EnsureFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "A quantity's value must be a finite number.");
        }
    }
}
