using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Comparison;

/// <summary>Who a claim relies on: claims share an origin when they share a named speaker or the country or body their source belongs to.</summary>
internal static class Origins
{
    /// <summary>How many independent origins stand behind <paramref name="claims"/>: claims share an origin when they share a
    /// named speaker, or the country or body their source belongs to; unattributed claims count once per outlet (or document).</summary>
    internal static int IndependentOrigins(IReadOnlyList<Claim> claims)
    {
        var parent = Enumerable.Range(0, claims.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            foreach (var key in OriginKeys(claims[i]))
            {
                if (firstByKey.TryGetValue(key, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    firstByKey[key] = i;
                }
            }
        }

        // A body named by one common word ("organisers", "officials") could be any of the named origins beside it: it adds an
        // origin only when no claim of the group names one.
        var named = Enumerable.Range(0, claims.Count).Where(i => !IsUnnamedGroup(claims[i])).Select(Find).Distinct().Count();
        return named > 0 ? named : Enumerable.Range(0, claims.Count).Select(Find).Distinct().Count();
    }

    /// <summary>Whether every claim of <paramref name="claims"/> names its source (not a body named by one common word) and none
    /// shares an origin, or a word of its source's name, with <paramref name="others"/>: a count of its own, which another origin's
    /// update does not replace. "The army's press office" and "the army" share a word: one origin.</summary>
    internal static bool NamedApart(IReadOnlyList<Claim> claims, IReadOnlyList<Claim> others)
    {
        var sharing = SharingWith(others);
        return claims.All(c => IsNamed(c) && !sharing(c));
    }

    /// <summary>Whether each document behind <paramref name="claims"/> names a source for the figure (not a body named by one common
    /// word), every other claim is the outlet's own voice, and no named source shares an origin, or a word of its name, with
    /// <paramref name="others"/>: a body's own count, which a report's headline or lead may repeat without naming the body ("34 dead"
    /// above "the health ministry said 34 had died"). Looser than <see cref="NamedApart"/>, which wants every claim named.</summary>
    internal static bool NamedApartInEachDocument(IReadOnlyList<Claim> claims, IReadOnlyList<Claim> others)
    {
        var sharing = SharingWith(others);
        return claims.All(c => c.Attribution is null || (IsNamed(c) && !sharing(c)))
            && claims.GroupBy(c => c.DocumentId, StringComparer.Ordinal).All(document => document.Any(IsNamed));
    }

    /// <summary>Whether every cluster has a claim that gives its source and no two clusters' sources share an origin or a word of
    /// their names: one report setting the police's count against the organisers' ("57,000 according to police, 230,000
    /// according to the organisers").</summary>
    internal static bool AttributedApart(IReadOnlyList<List<Claim>> clusters)
    {
        var attributed = clusters.Select(c => c.Where(x => x.Attribution is not null && !CountsItsSource(x)).ToList()).ToList();
        if (attributed.Exists(c => c.Count == 0))
        {
            return false;
        }

        for (var i = 0; i < attributed.Count; i++)
        {
            var sharing = SharingWith(attributed[i]);
            for (var j = i + 1; j < attributed.Count; j++)
            {
                if (attributed[j].Exists(c => sharing(c)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // "three witnesses told the paper": the figure lies inside the words that name its source, so it counts the source, and says
    // nothing the source disputes.
    private static bool CountsItsSource(Claim claim) =>
        claim is { Attribution.Span: { } named, QuantitySpan: { } figure } && named.Start <= figure.Start && figure.Start < named.End;

    /// <summary>Whether every attributed claim of one list gives its source by one common word that ends the name of a source of the
    /// other, whose other words name a place ("police" and "Lindenport police"): the same body, named short. A place is one the
    /// gazetteer knows as a country or place, or one the claims compared are placed in; a word for a function ("Traffic police",
    /// "the Interior Ministry") names another body.</summary>
    internal static bool NamedShortAcross(IReadOnlyList<Claim> claims, IReadOnlyList<Claim> others, EntityGazetteer gazetteer)
    {
        bool IsPlace(string name) =>
            (gazetteer.TryResolve(name, out var entity, out _) && entity.Kind is EntityKind.Country or EntityKind.Place)
            || claims.Concat(others).Any(c => c.Place is { } place && string.Equals(name, place, StringComparison.OrdinalIgnoreCase));

        bool AllNamedShortFor(IReadOnlyList<Claim> shortNamed, IReadOnlyList<Claim> named) =>
            shortNamed.Any(c => c.Attribution is not null)
            && shortNamed.Where(c => c.Attribution is not null).All(c => named.Any(o => EndsNameOf(c, o, IsPlace)));

        return AllNamedShortFor(claims, others) || AllNamedShortFor(others, claims);
    }

    // Whether a claim's one-word body is the last word of another claim's longer organisation name whose words before it name a place
    // ("Lindenport police"; not "10 countries", "rights collective" or "Traffic police", which describe rather than place a body).
    private static bool EndsNameOf(Claim shortNamed, Claim named, Func<string, bool> isPlace)
    {
        if (!IsUnnamedGroup(shortNamed) || named.Attribution?.Organization is not { } name || name.LastIndexOf(' ') is var last && last < 0)
        {
            return false;
        }

        return name.AsSpan(last + 1).Equals(shortNamed.Attribution!.Organization, StringComparison.OrdinalIgnoreCase) && isPlace(name[..last]);
    }

    /// <summary>Whether <paramref name="claim"/> names its source (not a body named by one common word) and shares an origin, or a
    /// word of its source's name, with a claim of <paramref name="others"/>: the same body giving another figure.</summary>
    internal static bool SharesNamedOrigin(Claim claim, IReadOnlyList<Claim> others) => IsNamed(claim) && SharingWith(others)(claim);

    /// <summary>Whether the claim names its source, not a body named by one common word ("officials said").</summary>
    internal static bool IsNamed(Claim claim) => claim.Attribution is not null && !IsUnnamedGroup(claim);

    // Whether a claim shares an origin key, or a word of its source's name, with any of `others`.
    private static Func<Claim, bool> SharingWith(IReadOnlyList<Claim> others)
    {
        var otherKeys = others.SelectMany(OriginKeys).ToHashSet(StringComparer.Ordinal);
        var otherWords = others.SelectMany(NameWords).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return claim => OriginKeys(claim).Any(otherKeys.Contains) || NameWords(claim).Any(otherWords.Contains);
    }

    /// <summary>How short a word of a source's name may be and still name it ("UN" and "of" do not).</summary>
    private const int MinNameWordLength = 4;

    // The words of a claim's speaker and organisation, without a possessive ending ("army's" → "army"). The words of the country it
    // speaks for are left out: that country is an origin key of its own, and it must not join the state's bodies to a body that
    // only has the country in its name ("Vorland's police" and "Vorland's rights commission" are two origins).
    private static IEnumerable<string> NameWords(Claim claim)
    {
        // A body the text names alone is its own affiliation: its name stays.
        var affiliation = claim.Attribution is { Affiliation: { } country } source
            && !string.Equals(country, source.Organization, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(country, source.Speaker, StringComparison.OrdinalIgnoreCase) ? country : null;
        var countryWords = affiliation?.Split(' ') ?? [];
        return new[] { claim.Attribution?.Speaker, claim.Attribution?.Organization }
            .OfType<string>()
            .SelectMany(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(word => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word)
            .Where(word => word.Length >= MinNameWordLength && !countryWords.Contains(word, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether the claim names no particular source and no body apart from the state: the outlet's own voice, a body named
    /// by one common word ("officials said", "police said") or a speaker described only by a role ("a rescue official said"), but
    /// not an independent one ("activists said", "a witness said").</summary>
    internal static bool IsUnnamedSource(Claim claim) =>
        claim.Attribution is null
        || (!claim.Attribution.IsIndependent
            && (IsUnnamedGroup(claim)
                || claim.Attribution is { Organization: null, Affiliation: null, Speaker: { } speaker, Role: { } role } && string.Equals(speaker, role, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether <paramref name="claim"/> shares an origin key, or a word of its source's name, with a claim of
    /// <paramref name="others"/>, whether or not its source is named by one common word ("police" and "police" share one).</summary>
    internal static bool SharesOrigin(Claim claim, IReadOnlyList<Claim> others) => SharingWith(others)(claim);

    /// <summary>Whether the claim's source is one word that names a public institution (<paramref name="isInstitutionWord"/>:
    /// "police", "the army", "the government") and not an independent group's: a body of its own, though its name alone does not tell
    /// which. An acronym is not read so: most one-word acronyms a count is credited to are news agencies relaying it.</summary>
    internal static bool IsInstitutionNamedShort(Claim claim, Func<string, bool> isInstitutionWord) =>
        IsUnnamedGroup(claim) && claim.Attribution is { IsIndependent: false, Organization: { } body } && isInstitutionWord(body);

    /// <summary>Whether the claim's only source is a body named by one common word ("Organisers said", "officials said").</summary>
    private static bool IsUnnamedGroup(Claim claim) =>
        claim.Attribution is { Speaker: null, Affiliation: null, Organization: { } body } && IsOneCommonWord(body);

    /// <summary>Whether a body is named by one word ("officials", "police", "Organisers"), which could be anyone.</summary>
    private static bool IsOneCommonWord(string body) => !body.Contains(' ', StringComparison.Ordinal);

    internal static IEnumerable<string> OriginKeys(Claim claim)
    {
        if (claim.Attribution is not { } source)
        {
            yield return "DOC:" + claim.DocumentId;
            yield break;
        }

        var any = false;
        if (source.Speaker is { } speaker && !speaker.StartsWith("one of", StringComparison.OrdinalIgnoreCase))
        {
            any = true;
            yield return "SPEAKER:" + speaker.ToUpperInvariant();
            if (source.Organization is { } ministry && source.Role is { } speakerRole && speakerRole.EndsWith("minister", StringComparison.OrdinalIgnoreCase))
            {
                yield return "BODY:" + MinistryKey(MinistryArea(ministry) ?? ministry); // a minister speaks for the ministry
            }
        }

        if (source.Affiliation is { } affiliation)
        {
            any = true;
            yield return "BODY:" + affiliation;
            if (source.Role is { } role && role.EndsWith("minister", StringComparison.OrdinalIgnoreCase))
            {
                yield return "BODY:" + MinistryKey(affiliation); // "Mines Minister Peter Chanda" speaks for the Ministry of Mines
            }
            else if (MinistryArea(affiliation) is { } area)
            {
                yield return "BODY:" + MinistryKey(area); // a source of the "Ministry of Mines" (a body the text names) is that ministry
            }
        }

        if (!any)
        {
            var organisation = source.Organization ?? source.Speaker ?? claim.DocumentId;
            yield return "ORG:" + organisation.ToUpperInvariant();
            if (MinistryArea(organisation) is { } area)
            {
                yield return "BODY:" + MinistryKey(area);
            }
        }
    }

    internal static string OriginKey(Claim claim) => string.Join("|", OriginKeys(claim));

    private static string MinistryKey(string area) => "MINISTRY OF " + area.ToUpperInvariant();

    // "Ministry of Mines" and "Mines Ministry" name the ministry of one area.
    private static string? MinistryArea(string organisation)
    {
        const string Prefix = "Ministry of ";
        const string Suffix = " Ministry";
        var name = organisation.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? organisation[4..] : organisation;
        return name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? name[Prefix.Length..]
            : name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? name[..^Suffix.Length]
            : null;
    }

    /// <summary>Whether the claim's source names two bodies at once ("according to the ministry and the union", said of "between
    /// 57,000 and 230,000"): it tells which body gave which figure no more than the text does.</summary>
    internal static bool IsJointSource(Claim claim) =>
        claim.Attribution is { } source && (source.Organization ?? source.Speaker ?? string.Empty).Contains(" and ", StringComparison.Ordinal);

    /// <summary>Who gives the figure, narrowly: the named speaker, else the organisation, else the document for an unattributed
    /// claim. Two bodies of one country are two sources here (a ministry and a union), though they share an origin above.</summary>
    /// <remarks>A body named by one common word ("officials", "police", "authorities") could be anyone: it is scoped to its
    /// document.</remarks>
    internal static string SourceKey(Claim claim)
    {
        if (claim.Attribution is not { } source)
        {
            return "DOC:" + claim.DocumentId;
        }

        if (source.Speaker is { } speaker && !speaker.StartsWith("one of", StringComparison.OrdinalIgnoreCase))
        {
            return ("SPEAKER:" + speaker).ToUpperInvariant();
        }

        var body = WithoutPossessor(source.Organization ?? source.Speaker ?? string.Empty);
        return IsOneCommonWord(body) ? $"DOC:{claim.DocumentId}:{body.ToUpperInvariant()}" : ("ORG:" + body).ToUpperInvariant();
    }

    // "Peru's National Civil Defence Institute" is the "National Civil Defence Institute".
    private static string WithoutPossessor(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 2 && (name.AsSpan(0, space).EndsWith("'s") || name.AsSpan(0, space).EndsWith("’s")) ? name[(space + 1)..] : name;
    }
}
