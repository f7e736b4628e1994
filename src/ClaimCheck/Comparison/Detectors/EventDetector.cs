using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Entities;

namespace ClaimCheck.Comparison;

/// <summary>Date and place mismatches: the same event (same kind, same thing, dates within two weeks) placed on different days or in different places.</summary>
internal sealed class EventDetector
{
    private readonly EntityGazetteer _gazetteer;
    private readonly FrozenSet<string> _eventClasses;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _placeKindNouns;

    public EventDetector(EntityGazetteer gazetteer, ClaimWords words)
    {
        _gazetteer = gazetteer;
        _eventClasses = words.EventClasses;
        _placeKindNouns = words.PlaceKindNouns;
    }

    /// <summary>The longest gap, in days, between dates given for what is read as one event.</summary>
    internal const int MaxEventDateGapDays = 14;

    internal void CompareEvents(List<Claim> claims, Dictionary<string, string> names, List<Finding> findings)
    {
        var events = claims.Where(c => c.Predicate is not null && c.Subject is null && _eventClasses.Contains(c.Predicate)
            && c.Quantity is null && c.Polarity == Polarity.Affirmed && c.Modality is Modality.Asserted or Modality.Estimated).ToList();
        foreach (var byClass in events.GroupBy(c => c.Predicate!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Different things (a bridge collapsing, talks collapsing) are different events; an unnamed thing joins each named one.
            var anchors = byClass.Select(c => c.Measure).Where(m => m != "event").Distinct(StringComparer.Ordinal).ToList();
            var groups = anchors.Count <= 1
                ? [byClass.ToList()]
                : anchors.Select(a => byClass.Where(c => c.Measure == a || c.Measure == "event").ToList()).ToList();
            foreach (var group in groups)
            {
                foreach (var window in DateWindows(group))
                {
                    var anchor = window.Select(c => c.Measure).FirstOrDefault(m => m != "event") ?? "event";
                    var topic = $"{anchor} · {byClass.Key}";
                    DateMismatch(topic, anchor, byClass.Key, window, names, findings);
                    PlaceMismatch(topic, anchor, byClass.Key, window, names, findings);
                }
            }
        }
    }

    // Dated claims split where two dates are more than two weeks apart (another event); undated claims join when there is one window.
    internal static List<List<Claim>> DateWindows(List<Claim> group)
    {
        var dated = group.Where(c => c.Time is { Start: not null }).OrderBy(c => c.Time!.Value.Start!.Value).ToList();
        var windows = new List<List<Claim>>();
        foreach (var claim in dated)
        {
            if (windows.Count == 0 || claim.Time!.Value.Start!.Value.DayNumber - windows[^1][^1].Time!.Value.Start!.Value.DayNumber > MaxEventDateGapDays)
            {
                windows.Add([]);
            }

            windows[^1].Add(claim);
        }

        var undated = group.Where(c => c.Time is not { Start: not null }).ToList();
        if (windows.Count <= 1)
        {
            return [[.. windows.SelectMany(w => w), .. undated]];
        }

        return windows;
    }

    internal static void DateMismatch(string topic, string anchor, string eventClass, List<Claim> window, Dictionary<string, string> names, List<Finding> findings)
    {
        var days = window.Where(c => c.Time is { Start: not null, End: not null } t && t.Start == t.End).ToList();
        var dates = days.Select(c => c.Time!.Value.Start!.Value).Distinct().Order().ToList();
        if (dates.Count < 2 || days.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        var sides = dates.Select(d => days.Where(c => c.Time!.Value.Start == d).ToList()).ToList();
        var neutral = new List<Claim>();
        foreach (var claim in window.Except(days).Where(c => c.Time is { Start: not null, End: not null }))
        {
            var covered = dates.Where(d => d >= claim.Time!.Value.Start && d <= claim.Time.Value.End).ToList();
            if (covered.Count == 1)
            {
                sides[dates.IndexOf(covered[0])].Add(claim);
            }
            else if (covered.Count > 1)
            {
                neutral.Add(claim);
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Sources give different dates for the {Explanations.EventPhrase(anchor, eventClass)}: ");
        text.AppendJoin(" vs ", sides.Select((side, i) => string.Create(CultureInfo.InvariantCulture, $"{dates[i]:yyyy-MM-dd} ({Explanations.Sources(side, names)})")));
        text.Append('.');
        if (neutral.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Consistent with every date: {Explanations.Sources(neutral, names)}.");
        }

        findings.Add(EventMismatch(FindingKind.DateMismatch, topic, [.. dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))], sides, neutral, text));
    }

    internal void PlaceMismatch(string topic, string anchor, string eventClass, List<Claim> window, Dictionary<string, string> names, List<Finding> findings)
    {
        var placed = window.Where(c => c.Place is not null).ToList();

        // What the texts say contains what: "Jeddah, Saudi Arabia" puts Jeddah in Saudi Arabia.
        var within = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in placed.Where(c => c.PlaceWithin is not null))
        {
            within.TryAdd(claim.Place!, claim.PlaceWithin!);
        }

        // A country, or a sea that borders several ("in the Gulf of Mexico" against "off Louisiana"), is not specific enough to take a side.
        var countries = placed.Where(c => c.PlaceWithin is null && _gazetteer.ByName.TryGetValue(c.Place!, out var e)
            && (e.Kind == EntityKind.Country || e is { Kind: EntityKind.Place, Within: null })).ToList();
        var specific = placed.Except(countries).ToList();

        // A region or capital the gazetteer knows ("Tarvo province", the capital "Lindenport") may contain a place the gazetteer does not know that a text
        // puts in the same country ("Velmar, Vorland", "Dunmore Division, Vorland"): beside one, it is not specific enough to take a side.
        var broad = specific.Where(c => _gazetteer.CountryOf(c.Place!) is { } country && specific.Any(d => d.PlaceWithin is { } where
            && !_gazetteer.ByName.ContainsKey(d.Place!) && (where == country || _gazetteer.CountryOf(where) == country))).ToList();
        countries.AddRange(broad);
        specific = specific.Except(broad).ToList();

        // Two names the gazetteer does not know that the texts put in one country ("Velmar, Kenya", "Dunmore, Kenya") may be a town
        // and the district or valley around it: neither takes a side against the other. Two such names no text places may still differ.
        var nested = specific.Where(c => c.PlaceWithin is not null && !_gazetteer.ByName.ContainsKey(c.Place!))
            .GroupBy(c => _gazetteer.CountryOf(c.PlaceWithin!) ?? c.PlaceWithin!, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Place!).Distinct(StringComparer.Ordinal).Count() > 1)
            .SelectMany(g => g).ToList();
        countries.AddRange(nested);
        specific = specific.Except(nested).ToList();

        // A name the gazetteer does not know and the text places in nothing ("at Lindenport Grammar School") may lie inside any place
        // that is known ("in the Harbour district"): beside one, it takes no side. Two such names may still differ.
        var unknown = specific.Where(c => c.PlaceWithin is null && !_gazetteer.ByName.ContainsKey(c.Place!)).ToList();
        if (unknown.Count < specific.Count)
        {
            specific = specific.Except(unknown).ToList();
        }
        else
        {
            unknown.Clear();
        }

        var places = specific.Select(c => c.Place!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var sides = places.Select(p => specific.Where(c => c.Place == p).ToList()).ToList();
        var neutral = new List<Claim>(unknown);
        FoldCovering(places, sides, neutral, within);
        if (places.Count < 2 || sides.SelectMany(side => side).Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        foreach (var claim in countries)
        {
            var inside = places.Where(p => within.TryGetValue(p, out var country) && country == claim.Place).ToList();
            if (inside.Count == 1)
            {
                sides[places.IndexOf(inside[0])].Add(claim);
            }
            else
            {
                neutral.Add(claim);
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Sources place the {Explanations.EventPhrase(anchor, eventClass)} differently: ");
        text.AppendJoin(" vs ", sides.Select((side, i) => $"{places[i]}{(within.TryGetValue(places[i], out var c) ? $", {c}" : string.Empty)} ({Explanations.Sources(side, names)})"));
        text.Append('.');
        if (neutral.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Not specific enough to take a side: {Explanations.Sources(neutral, names)}.");
        }

        findings.Add(EventMismatch(FindingKind.PlaceMismatch, topic, places, sides, neutral, text));
    }

    // A place that names another of the list with a kind-of-place word ("Tarvo state" beside "Tarvo", "Dunmore Division" beside
    // "Dunmore"), whose name opens another's ("Velmar" beside "Velmar Airport"), or that another of the list lies in as the texts or the gazetteer say ("Dunmore, in Lindenport" beside "Lindenport"), takes
    // no side of its own: its claims join the one place it covers, or are neutral when it covers several.
    private void FoldCovering(List<string> places, List<List<Claim>> sides, List<Claim> neutral, Dictionary<string, string> within)
    {
        var covering = places.Where(p => places.Any(q => Covers(p, q, within))).ToList();
        foreach (var place in covering)
        {
            var index = places.IndexOf(place);
            var targets = places.Where(q => !covering.Contains(q) && Covers(place, q, within)).ToList();
            if (targets.Count == 1)
            {
                sides[places.IndexOf(targets[0])].AddRange(sides[index]);
            }
            else
            {
                neutral.AddRange(sides[index]);
            }

            places.RemoveAt(index);
            sides.RemoveAt(index);
        }
    }

    // Whether `outer` covers `inner`, another place: the same name with a kind-of-place word after it (the longer one covers the
    // shorter), a name `inner` opens with (a site named after its town), or a place that `inner` lies in through the texts'
    // containment and the gazetteer's. It cannot tell a "Tarvo district" that is not the town Tarvo from the town.
    private bool Covers(string outer, string inner, Dictionary<string, string> within)
    {
        if (outer == inner)
        {
            return false;
        }

        var bareOuter = BareName(outer);
        if (bareOuter.Equals(BareName(inner), StringComparison.Ordinal))
        {
            return outer.Length > inner.Length || (outer.Length == inner.Length && string.CompareOrdinal(outer, inner) > 0);
        }

        // "Velmar International Airport" and "Velmar Mine" are sites named after the town they stand at.
        if (inner.Length > bareOuter.Length + 1 && inner.AsSpan().StartsWith(bareOuter, StringComparison.Ordinal) && inner[bareOuter.Length] == ' ')
        {
            return true;
        }

        var current = inner;
        for (var depth = 0; depth < MaxContainmentDepth; depth++)
        {
            var parent = within.TryGetValue(current, out var stated) ? stated
                : _gazetteer.ByName.TryGetValue(current, out var entity) ? entity.Within : null;
            if (parent is null)
            {
                return false;
            }

            if (parent == outer || BareName(parent).Equals(bareOuter, StringComparison.Ordinal))
            {
                return true;
            }

            current = parent;
        }

        return false;
    }

    /// <summary>How many steps up the containment a place is followed when looking for another it lies in.</summary>
    private const int MaxContainmentDepth = 16;

    // "Tarvo district" and "Tarvo Division" name Tarvo: trailing kind-of-place words are not the name.
    private ReadOnlySpan<char> BareName(string place)
    {
        var name = place.AsSpan();
        while (name.LastIndexOf(' ') is var space and > 0 && _placeKindNouns.Contains(name[(space + 1)..]))
        {
            name = name[..space];
        }

        return name;
    }

    internal static Finding EventMismatch(FindingKind kind, string topic, List<string> labels, List<List<Claim>> sides, List<Claim> neutral, StringBuilder text) => new()
    {
        Id = string.Empty,
        Kind = kind,
        Severity = FindingSeverity.Medium,
        Topic = topic,
        Sides = [.. sides.Select((side, i) => new FindingSide(labels[i], [.. side.Select(c => c.Id)]))],
        Neutral = [.. neutral.Select(c => c.Id)],
        ClaimIds = [.. sides.SelectMany(side => side).Concat(neutral).Select(c => c.Id)],
        Explanation = text.ToString(),
    };
}
