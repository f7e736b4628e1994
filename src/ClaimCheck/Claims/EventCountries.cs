using System.Collections.Immutable;
using ClaimCheck.Entities;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Claims;

/// <summary>Puts the tolls of one event under one country across the documents of a check: an outlet that names only the town,
/// district or river ("the toll in Brenmoor rose to 40") gives the same toll as one that names the country, so its figure takes the
/// country as subject and keeps the local name as its place (<see cref="PlacePart.Event"/>), as a toll does whose own text names the
/// country.</summary>
/// <remarks>A local name's country is taken, in this order of trust, from the lexicon's containment, from any claim of the check that
/// places the name in a country ("in Brenmoor, Vorland"), and from the documents that give tolls for it: each document's local toll
/// names are one event's, and the one country its tolls name, if only one, is theirs. A name none of these places joins the country
/// of the check's tolls when they name only one, as does a toll whose document names no place at all ("the final toll is 71" in a
/// report that names only the building). A name the check's documents place in two countries takes the one that at least
/// twice as many documents give (one report misreading a village called Jerusalem does not move a Kenyan flood), else it is left
/// alone; an event one of whose names the lexicon places takes that country unless a document places one of its names elsewhere. The comparison still sets apart two places that one document gives
/// different figures for.</remarks>
internal static class EventCountries
{
    /// <summary>The claims of a check with every local toll subject replaced by its country where the check shows which it is.</summary>
    public static ImmutableArray<Claim> Resolve(ImmutableArray<Claim> claims, Lexicon lexicon)
    {
        var words = ClaimWords.For(lexicon);
        var gazetteer = EntityGazetteer.For(lexicon);
        bool IsCountry(string name) => gazetteer.ByName.TryGetValue(name, out var entity) && entity.Kind == EntityKind.Country;
        bool IsToll(Claim c) => c is { Quantity: not null, Subject: not null } && words.CumulativeMeasures.Contains(MeasureNames.Base(c.Measure));

        bool IsSubjectlessToll(Claim c) => c is { Quantity: not null, Subject: null } && words.CumulativeMeasures.Contains(MeasureNames.Base(c.Measure));

        var tolls = claims.Where(IsToll).ToList();
        var locals = new Components();
        foreach (var claim in tolls.Where(c => c.Part == PlacePart.None && !IsCountry(c.Subject!)))
        {
            locals.Add(claim.Subject!);
        }

        if (locals.Count == 0 && !claims.Any(IsSubjectlessToll))
        {
            return claims;
        }

        foreach (var name in locals.Names)
        {
            if (gazetteer.CountryOf(name) is { } country)
            {
                locals.Fix(name, country);
            }
        }

        foreach (var claim in claims)
        {
            if (claim is { Place: { } place, PlaceWithin: { } within } && IsCountry(within) && locals.Contains(BareName(place)))
            {
                locals.Place(BareName(place), within, claim.DocumentId);
            }
        }

        foreach (var document in tolls.GroupBy(c => c.DocumentId, StringComparer.Ordinal))
        {
            var named = document.Where(c => c.Part == PlacePart.None && locals.Contains(c.Subject!)).Select(c => c.Subject!).Distinct(StringComparer.Ordinal).ToList();
            for (var i = 1; i < named.Count; i++)
            {
                locals.Join(named[0], named[i]);
            }

            var countries = document.Select(c => c.Subject!).Where(IsCountry).Distinct(StringComparer.Ordinal).Take(2).ToList();
            if (named.Count > 0 && countries.Count == 1)
            {
                locals.Place(named[0], countries[0], document.Key);
            }
        }

        var checkCountries = tolls.Select(c => c.Subject!).Where(IsCountry).Distinct(StringComparer.Ordinal).Take(2).ToList();
        var only = checkCountries.Count == 1 ? checkCountries[0] : null;
        var builder = ImmutableArray.CreateBuilder<Claim>(claims.Length);
        foreach (var claim in claims)
        {
            if (only is not null && IsSubjectlessToll(claim))
            {
                builder.Add(claim with { Subject = only, SubjectWithin = null });
                continue;
            }

            var country = IsToll(claim) && claim.Part == PlacePart.None && locals.Contains(claim.Subject!) ? locals.CountryOf(claim.Subject!, only) : null;
            builder.Add(country is null ? claim : claim with
            {
                Subject = country,
                SubjectWithin = null,
                Place = claim.Place is null || claim.Place == country ? claim.Subject : claim.Place,
                PlaceWithin = country,
                Part = PlacePart.Event,
            });
        }

        return builder.MoveToImmutable();
    }

    // "Davao province" names the place "Davao": a trailing word in lower case is the kind of place, not its name.
    private static string BareName(string place)
    {
        var end = place.Length;
        while (place.LastIndexOf(' ', end - 1) is var space and > 0 && char.IsLower(place[space + 1]))
        {
            end = space;
        }

        return place[..end];
    }

    /// <summary>Local names joined into events (union-find), each event with the countries the check places it in and the documents
    /// that place it in each.</summary>
    private sealed class Components
    {
        /// <summary>How many times as many documents the leading country needs as the next one.</summary>
        private const int LeadFactor = 2;

        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _countries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _fixed = new(StringComparer.Ordinal);

        public int Count => _parent.Count;

        public IEnumerable<string> Names => _parent.Keys.ToList();

        public bool Contains(string name) => _parent.ContainsKey(name);

        public void Add(string name) => _parent.TryAdd(name, name);

        public void Join(string a, string b)
        {
            var (rootA, rootB) = (Root(a), Root(b));
            if (rootA == rootB)
            {
                return;
            }

            _parent[rootB] = rootA;
            if (_countries.Remove(rootB, out var moved))
            {
                foreach (var (country, documents) in moved)
                {
                    DocumentsPlacing(rootA, country).UnionWith(documents);
                }
            }

            if (_fixed.Remove(rootB, out var fixedCountry) && !_fixed.TryAdd(rootA, fixedCountry) && _fixed[rootA] != fixedCountry)
            {
                _fixed[rootA] = string.Empty; // the lexicon places the event's names in two countries
            }
        }

        /// <summary>Records that a document places the name in a country.</summary>
        public void Place(string name, string country, string documentId) => DocumentsPlacing(Root(name), country).Add(documentId);

        /// <summary>Records the country the lexicon places the name in.</summary>
        public void Fix(string name, string country)
        {
            var root = Root(name);
            _fixed[root] = _fixed.TryGetValue(root, out var known) && known != country ? string.Empty : country;
        }

        /// <summary>The country the event of <paramref name="name"/> is placed in, else <paramref name="fallback"/> when nothing
        /// places it; null when the lexicon places it in two or in one that a document contradicts, or documents place it in two
        /// with no country given by twice as many as any other.</summary>
        public string? CountryOf(string name, string? fallback)
        {
            var root = Root(name);
            _countries.TryGetValue(root, out var countries);
            if (_fixed.TryGetValue(root, out var fixedCountry))
            {
                // The lexicon knows one of the event's names; documents that place any of them elsewhere leave it alone.
                return fixedCountry.Length == 0 || (countries is not null && countries.Keys.Any(c => c != fixedCountry)) ? null : fixedCountry;
            }

            if (countries is null || countries.Count == 0)
            {
                return fallback;
            }

            var ranked = countries.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
            return ranked.Count == 1 || ranked[0].Value.Count >= LeadFactor * ranked[1].Value.Count ? ranked[0].Key : null;
        }

        private HashSet<string> DocumentsPlacing(string root, string country)
        {
            if (!_countries.TryGetValue(root, out var byCountry))
            {
                _countries[root] = byCountry = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            }

            if (!byCountry.TryGetValue(country, out var documents))
            {
                byCountry[country] = documents = new HashSet<string>(StringComparer.Ordinal);
            }

            return documents;
        }

        private string Root(string name)
        {
            while (_parent[name] is var parent && parent != name)
            {
                name = parent;
            }

            return name;
        }
    }
}
