using ClaimCheck.Text;

namespace ClaimCheck.Attribution;

/// <summary>Who says a claim: the speaker, the organisation they speak for, and the country or body behind it.</summary>
/// <param name="Speaker">A named person ("John Kirby") or a description ("one of Pyongyang's UN representatives"), or null when an organisation speaks.</param>
/// <param name="Organization">The organisation as written ("US National Security Council", "South Korea's spy agency"), or null.</param>
/// <param name="Role">The speaker's title or role ("spokesperson", "lawmaker"), or null.</param>
/// <param name="Affiliation">The canonical country or body the source belongs to ("United States", "North Korea"), or null when unknown.</param>
/// <param name="Cue">The reporting word that introduced the claim ("said", "according to", "estimated"), or null when inherited.</param>
/// <param name="Span">Where the source is named in the document, or null when inherited from an earlier sentence.</param>
public sealed record Attribution(string? Speaker, string? Organization, string? Role, string? Affiliation, string? Cue, TextSpan? Span)
{
    /// <summary>A short name for explanations: "John Kirby (US National Security Council)", "Russia", "one of Pyongyang's UN representatives".</summary>
    public string DisplayName => (Speaker, Organization) switch
    {
        ({ } s, { } o) => $"{s} ({o})",
        ({ } s, null) => s,
        (null, { } o) => o,
        _ => Affiliation ?? "unattributed",
    };

    /// <summary>Whether the source is a body apart from any state — a word of the attribution class <c>independent</c> names it
    /// ("rights groups", "the opposition", "unions") and no <c>state</c> word does ("ministry"): its figures are its own estimate,
    /// never a state's count updated.</summary>
    public bool IsIndependent { get; init; }
}
