namespace ClaimCheck.Lexicons;

/// <summary>One line of a lexicon: a term of some kind and what it stands for.</summary>
/// <param name="Kind">What the entry is (<see cref="LexiconKinds"/>): "place", "alias", "unit", "reporting-verb"…</param>
/// <param name="Term">The word or phrase as it is written in text ("Vorlandia", "per cent", "claimed").</param>
/// <param name="Value">What the term stands for: a canonical name, a unit, an ISO code, a stance; empty when the kind needs none.</param>
/// <param name="Within">For a place, the place it lies in ("Saudi Arabia" for "Jeddah"); for an organisation, the country or body it
/// belongs to; otherwise null.</param>
/// <remarks>Entries are compared by value. <see cref="Value"/> defaults to the term where a kind needs a canonical name and the line
/// leaves it empty (a place named by itself).</remarks>
public readonly record struct LexiconEntry(string Kind, string Term, string Value, string? Within);
