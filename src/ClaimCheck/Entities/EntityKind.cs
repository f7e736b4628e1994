namespace ClaimCheck.Entities;

/// <summary>What an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A country or territory, also named by its capital or seat of government ("Pyongyang", "the Kremlin").</summary>
    Country,

    /// <summary>A bloc or international organisation ("NATO", "the EU", "G7").</summary>
    Organization,
}

/// <summary>A named entity that claims can be about or attributed to.</summary>
/// <param name="Name">The canonical name ("North Korea").</param>
/// <param name="Kind">What the entity is.</param>
public sealed record Entity(string Name, EntityKind Kind);
