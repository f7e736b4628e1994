namespace ClaimCheck.Entities;

/// <summary>What an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A country or territory, also named by its capital or seat of government ("Pyongyang", "the Kremlin").</summary>
    Country,

    /// <summary>A bloc, international organisation or body ("NATO", "the EU", "G7", "Red Cross").</summary>
    Organization,

    /// <summary>A region, province, city or other place that lies in another place ("Jeddah" in Saudi Arabia).</summary>
    Place,
}

/// <summary>A named entity that claims can be about or attributed to.</summary>
/// <param name="Name">The canonical name ("North Korea").</param>
/// <param name="Kind">What the entity is.</param>
public sealed record Entity(string Name, EntityKind Kind)
{
    /// <summary>The place or body the entity lies in or belongs to ("Saudi Arabia" for "Jeddah"), or null for a country or a body of
    /// its own.</summary>
    public string? Within { get; init; }

    /// <summary>Whether <see cref="Within"/> is only the document's main country, assumed for a place the text names but never places
    /// ("Tarvo" in a report that names Vorland most), not a containment any sentence or the lexicon states.</summary>
    internal bool WithinAssumed { get; init; }
}
