namespace ClaimCheck.Quantities;

/// <summary>What a quantity counts or measures: a normalised name and its dimension.</summary>
/// <remarks>Names are normalised: ISO 4217 codes for money ("USD"), singular lower-case nouns for counts ("soldier"),
/// "percent" for percentages, singular time units for durations ("day"). Equality is ordinal on the name.</remarks>
public readonly record struct Unit
{
    private Unit(string name, UnitKind kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>No unit: a bare number.</summary>
    public static Unit None { get; } = new(string.Empty, UnitKind.None);

    /// <summary>Percent.</summary>
    public static Unit Percent { get; } = new("percent", UnitKind.Percentage);

    /// <summary>Percentage points ("rose 3 percentage points").</summary>
    public static Unit PercentagePoint { get; } = new("percentage point", UnitKind.Percentage);

    /// <summary>The normalised name; empty for <see cref="None"/>.</summary>
    public string Name { get; }

    /// <summary>The dimension.</summary>
    public UnitKind Kind { get; }

    /// <summary>What ends the name of an age's time unit ("year of age"), which the age rule gives a duration.</summary>
    internal const string AgeEnding = " of age";

    /// <summary>Whether this is an age: a duration named with <see cref="AgeEnding"/> ("aged 65" is 65 "year of age").</summary>
    internal bool IsAge => Kind == UnitKind.Duration && Name.EndsWith(AgeEnding, StringComparison.Ordinal);

    /// <summary>A count of the things <paramref name="noun"/> names, normalised to its singular lower-case form.</summary>
    /// <exception cref="ArgumentException"><paramref name="noun"/> is empty or whitespace.</exception>
    public static Unit Count(string noun)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noun);
        return new Unit(QuantityVocabulary.BuiltIn.Singular(noun.ToLowerInvariant()), UnitKind.Count);
    }

    /// <summary>A count whose noun is already singular and lower-case (as a recogniser or its lexicon has made it).</summary>
    internal static Unit CountNamed(string singular) => new(singular, UnitKind.Count);

    /// <summary>Money in the currency with ISO 4217 code <paramref name="isoCode"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="isoCode"/> is not three ASCII letters.</exception>
    public static Unit Currency(string isoCode)
    {
        ArgumentNullException.ThrowIfNull(isoCode);
        if (isoCode.Length != 3 || !isoCode.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{isoCode}' is not an ISO 4217 currency code (three letters).", nameof(isoCode));
        }

        return new Unit(isoCode.ToUpperInvariant(), UnitKind.Currency);
    }

    /// <summary>A duration in <paramref name="timeUnit"/> ("day", "week", "month", "year", "hour", "minute", "second").</summary>
    /// <exception cref="ArgumentException"><paramref name="timeUnit"/> is empty or whitespace.</exception>
    public static Unit Duration(string timeUnit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeUnit);
        return new Unit(QuantityVocabulary.BuiltIn.Singular(timeUnit.ToLowerInvariant()), UnitKind.Duration);
    }

    /// <summary>A physical unit, by its normalised symbol or name ("km", "kg", "°C").</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or whitespace.</exception>
    public static Unit Physical(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Unit(name, UnitKind.Physical);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
