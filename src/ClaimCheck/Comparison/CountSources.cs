using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Comparison;

/// <summary>What a count's source and sentence tell about whether a later, larger count from another report can be the same count
/// grown: whether the source speaks for a state, or the two sides are one body.</summary>
internal static class CountSources
{
    /// <summary>Whether <paramref name="claim"/>'s source is an organ of a state: its speaker, role or organisation holds a word of the
    /// attribution class <c>state</c> ("the interior minister", "the Ministry of Health", "the government"), or the source is a country
    /// named alone (<see cref="IsCountryItself"/>: "Vorland puts the toll at 23"), and it is no independent body's. A police force, an
    /// agency or a governor without such a word is not read as one (the class does not name them).</summary>
    internal static bool SpeaksForState(Claim claim, ClaimWords words, EntityGazetteer gazetteer) =>
        claim.Attribution is { IsIndependent: false } source
        && (HasStateWord(source.Role, words) || HasStateWord(source.Organization, words) || HasStateWord(source.Speaker, words)
            || IsCountryItself(source, gazetteer));

    /// <summary>Whether a source is a country named by itself, with no speaker or role ("Vorland reports 13 deaths", "Vorland puts the
    /// toll at 23" in a headline): its organisation, as written, resolves in the gazetteer to a country ("US", "the US" and "United
    /// States" alike), and the affiliation the attribution resolved is that country's canonical name. Such a line relays the state's
    /// own count. A country named with a speaker or a role ("Vorland's envoy") is left to the <c>state</c> words, and a name the
    /// gazetteer does not know as a country (a region, a city, a body) is not read so.</summary>
    private static bool IsCountryItself(Attribution.Attribution source, EntityGazetteer gazetteer) =>
        source is { Speaker: null, Role: null, Organization: { } name, Affiliation: { } affiliation }
        && (gazetteer.TryResolve(name, out var entity, out _) || gazetteer.TryResolve(WithoutArticle(name), out entity, out _))
        && entity.Kind == EntityKind.Country && string.Equals(entity.Name, affiliation, StringComparison.Ordinal);

    // A name without a leading "the" ("the US" -> "US"); the gazetteer lists country names without it.
    private static ReadOnlySpan<char> WithoutArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name.AsSpan(4) : name;

    /// <summary>Whether the sources of <paramref name="earlier"/> and <paramref name="later"/> are one body, or organs of one state.
    /// One body: every claim a source is given for on each side shares an origin, or a word of its source's name, with one on the
    /// other ("the harbour safety board" and "the Kestrel Bay Harbour Safety Board"; <see cref="Origins.SharesNamedOrigin"/>).
    /// Organs of one state: every such claim speaks for a state (<see cref="SpeaksForState"/>) and they name at most one affiliation
    /// between them ("Vorland's interior minister" and "Vorland's justice minister"). A claim in the outlet's own voice passes. Any
    /// other source gives its own count: a relief network after a governor, "police said" or "officials said" after a ministry, or a
    /// mayor after officials (a body the <c>state</c> words do not name is not known to be the same state's).</summary>
    internal static bool OneBodyOrOneState(List<Claim> earlier, List<Claim> later, ClaimWords words, EntityGazetteer gazetteer)
    {
        var sourcedEarlier = earlier.FindAll(c => c.Attribution is not null);
        var sourcedLater = later.FindAll(c => c.Attribution is not null);
        if (sourcedEarlier.Count > 0 && sourcedLater.Count > 0
            && sourcedEarlier.TrueForAll(c => Origins.SharesNamedOrigin(c, sourcedLater)) && sourcedLater.TrueForAll(c => Origins.SharesNamedOrigin(c, sourcedEarlier)))
        {
            return true;
        }

        var sourced = sourcedEarlier.Concat(sourcedLater).ToList();
        return sourced.TrueForAll(c => SpeaksForState(c, words, gazetteer))
            && sourced.Select(c => c.Attribution!.Affiliation).OfType<string>().Distinct(StringComparer.Ordinal).Count() <= 1;
    }

    private static bool HasStateWord(string? name, ClaimWords words)
    {
        if (name is null)
        {
            return false;
        }

        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range].Trim("\"“”,.");
            if (word.EndsWith("'s") || word.EndsWith("’s"))
            {
                word = word[..^2];
            }

            if (words.StateWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
