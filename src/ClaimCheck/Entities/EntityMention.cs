namespace ClaimCheck.Entities;

/// <summary>How an entity was named.</summary>
public enum EntityMentionForm
{
    /// <summary>By name, alias, capital or seat of government ("North Korea", "DPRK", "Pyongyang").</summary>
    Name,

    /// <summary>By its demonym or adjective ("North Korean", "Russian").</summary>
    Demonym,
}

/// <summary>An entity found in a sentence: which tokens name it and how.</summary>
/// <param name="Entity">The entity: for a capital, the country it stands for ("Nairobi" → Kenya).</param>
/// <param name="FirstToken">The index of the first token of the mention, within its sentence.</param>
/// <param name="TokenCount">How many tokens the mention spans.</param>
/// <param name="Form">Whether the entity was named or used as an adjective.</param>
/// <remarks>Mentions of a layer never overlap. <see cref="Entity"/> is what the words stand for when the named thing acts ("Moscow
/// denied" is Russia); <see cref="Place"/> is where things happen when the words name a place inside it ("17 people died in
/// Nairobi" is a count for the city, which lies in Kenya).</remarks>
public readonly record struct EntityMention(Entity Entity, int FirstToken, int TokenCount, EntityMentionForm Form)
{
    /// <summary>The index of the token after the mention.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The place the words name when it is not <see cref="Entity"/> itself: for a capital, the city (an entity of kind
    /// <see cref="EntityKind.Place"/> lying in the country, "Nairobi" in Kenya); otherwise null, and the place is <see cref="Entity"/>.</summary>
    public Entity? Place { get; init; }

    /// <summary>The rule that recognised the name from the text ("locative", "place-noun", "apposition", "organisation", "acronym",
    /// "dateline", "document" for a name the document defined elsewhere), or null when the lexicon knows it.</summary>
    public string? Rule { get; init; }

    /// <summary>Whether the lexicon knows the name (rather than a rule having recognised it from the text).</summary>
    public bool IsFromLexicon => Rule is null;
}
