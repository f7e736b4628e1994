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
/// of the check's tolls when they name only one. A name placed in two countries is left alone. The comparison still sets apart two
/// places that one document gives different figures for.</remarks>
internal static class EventCountries
{
    /// <summary>The claims of a check with every local toll subject replaced by its country where the check shows which it is.</summary>
    public static ImmutableArray<Claim> Resolve(ImmutableArray<Claim> claims, Lexicon lexicon)
    {
        var words = ClaimWords.For(lexicon);
        var gazetteer = EntityGazetteer.For(lexicon);
        bool IsCountry(string name) => gazetteer.ByName.TryGetValue(name, out var entity) && entity.Kind == EntityKind.Country;
        bool IsToll(Claim c) => c is { Quantity: not null, Subject: not null } && words.CumulativeMeasures.Contains(MeasureNames.Base(c.Measure));

        var tolls = claims.Where(IsToll).ToList();
        var locals = new Components();
        foreach (var claim in tolls.Where(c => c.Part == PlacePart.None && !IsCountry(c.Subject!)))
        {
            locals.Add(claim.Subject!);
        }

        if (locals.Count == 0)
        {
            return claims;
        }

        foreach (var name in locals.Names)
        {
            if (gazetteer.CountryOf(name) is { } country)
            {
                locals.Place(name, country);
            }
        }

        foreach (var claim in claims)
        {
            if (claim is { Place: { } place, PlaceWithin: { } within } && IsCountry(within) && locals.Contains(BareName(place)))
            {
                locals.Place(BareName(place), within);
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
                locals.Place(named[0], countries[0]);
            }
        }

        var checkCountries = tolls.Select(c => c.Subject!).Where(IsCountry).Distinct(StringComparer.Ordinal).Take(2).ToList();
        var only = checkCountries.Count == 1 ? checkCountries[0] : null;
        var builder = ImmutableArray.CreateBuilder<Claim>(claims.Length);
        foreach (var claim in claims)
        {
            var country = IsToll(claim) && claim.Part == PlacePart.None && locals.Contains(claim.Subject!) ? locals.CountryOf(claim.Subject!, only) : null;
            builder.Add(country is null ? claim : claim with
            {
                Subject = country,
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

    /// <summary>Local names joined into events (union-find), each event with the countries the check places it in.</summary>
    private sealed class Components
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _countries = new(StringComparer.Ordinal);

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
                Countries(rootA).UnionWith(moved);
            }
        }

        public void Place(string name, string country) => Countries(Root(name)).Add(country);

        /// <summary>The one country the event of <paramref name="name"/> is placed in, else <paramref name="fallback"/> when nothing
        /// places it; null when it is placed in two.</summary>
        public string? CountryOf(string name, string? fallback) =>
            _countries.TryGetValue(Root(name), out var countries) && countries.Count > 0
                ? (countries.Count == 1 ? countries.First() : null)
                : fallback;

        private HashSet<string> Countries(string root)
        {
            if (!_countries.TryGetValue(root, out var set))
            {
                _countries[root] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            return set;
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
