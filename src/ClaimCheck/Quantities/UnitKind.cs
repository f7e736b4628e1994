namespace ClaimCheck.Quantities;

/// <summary>The dimension a <see cref="Unit"/> measures.</summary>
public enum UnitKind
{
    /// <summary>A bare number with nothing counted.</summary>
    None,

    /// <summary>A count of things named by a noun ("troops", "followers"); the unit name is the noun.</summary>
    Count,

    /// <summary>Money; the unit name is the ISO 4217 code ("USD", "EUR").</summary>
    Currency,

    /// <summary>A percentage ("5%", "5 per cent").</summary>
    Percentage,

    /// <summary>A span of time ("1,000 days", "six months").</summary>
    Duration,

    /// <summary>A physical measure such as length, mass or temperature.</summary>
    Physical,
}
