using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Time;

namespace ClaimCheck.Comparison;

/// <summary>Groups claims about the same quantity or proposition and reports discrepancies, polarity conflicts and evolutions.</summary>
/// <remarks>
/// Claims are grouped by a slot key (subject, measure, currency, modality class) and, within a slot, by compatible place, so the
/// cost grows with the number of claims, not their pairs. Asserted and estimated claims are compared with each other; plans and
/// forecasts only among themselves; non-committal claims are listed, never counted. Claims whose subject could not be resolved are
/// never compared. Results do not depend on the order of documents or claims. Thread-safe.
/// </remarks>
public sealed class ClaimComparer
{
    /// <summary>The longest span, in days, over which differing figures are read as one quantity evolving.</summary>
    private const int MaxEvolutionDays = 90;

    private readonly ComparisonOptions _options;
    private readonly EntityGazetteer _gazetteer;

    /// <summary>Creates a comparer that knows the places of the built-in lexicon.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ClaimComparer(ComparisonOptions? options = null)
        : this(options, Lexicon.BuiltIn)
    {
    }

    /// <summary>Creates a comparer that knows the places of <paramref name="lexicon"/>.</summary>
    internal ClaimComparer(ComparisonOptions? options, Lexicon lexicon)
    {
        _options = options ?? new ComparisonOptions();
        _options.Validate();
        _gazetteer = EntityGazetteer.For(lexicon);
    }

    /// <summary>Compares <paramref name="claims"/> from <paramref name="documents"/> and returns the findings, most severe first.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<Finding> Compare(IEnumerable<Claim> claims, IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(documents);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            names[document.Id] = document.DisplayName;
        }

        var ordered = claims.DistinctBy(c => c.Id, StringComparer.Ordinal).OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Span.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var findings = new List<Finding>();
        CompareQuantities(ordered, names, findings);
        ComparePropositions(ordered, names, findings);
        CompareEvents(ordered, names, findings);

        return
        [
            .. findings
                .OrderBy(f => f.Kind is FindingKind.Evolution or FindingKind.Corroboration ? 1 : 0)
                .ThenByDescending(f => f.Severity)
                .ThenBy(f => f.Kind)
                .ThenBy(f => f.Topic, StringComparer.Ordinal)
                .Select((f, i) => f with { Id = string.Create(CultureInfo.InvariantCulture, $"F{i + 1}") }),
        ];
    }

    private void CompareQuantities(List<Claim> claims, Dictionary<string, string> names, List<Finding> findings)
    {
        var slots = new Dictionary<(string Subject, string Measure, string Unit, int ModalityClass), List<Claim>>();
        foreach (var claim in claims)
        {
            if (claim.Quantity is not { } quantity || claim.Subject is null || claim.Polarity != Polarity.Affirmed
                || claim.Modality == Modality.NonCommittal || quantity.Unit.Kind == UnitKind.None)
            {
                continue;
            }

            // Money is one slot per subject (and per currency unless exchange rates are given); what the money is (loan, aid)
            // splits it further below.
            var isMoney = quantity.Unit.Kind == UnitKind.Currency;
            var unit = isMoney ? (_options.ExchangeRates is null ? quantity.Unit.Name : "money") : quantity.Unit.Kind.ToString();
            var key = (claim.Subject, isMoney ? "money" : claim.Measure, unit, ModalityClass(claim.Modality));
            if (!slots.TryGetValue(key, out var list))
            {
                slots[key] = list = [];
            }

            list.Add(claim);
        }

        foreach (var (key, slot) in slots.OrderBy(s => s.Key.ToString(), StringComparer.Ordinal))
        {
            foreach (var byMeasure in key.Measure == "money" ? SplitByMoneyMeasure(slot) : [slot])
            {
                foreach (var byPlace in SplitByPlace(byMeasure).SelectMany(SplitByTime))
                {
                    var (compared, originals) = key.Measure == "money" && _options.ExchangeRates is not null ? ToOneCurrency(byPlace) : (byPlace, byPlace);
                    var measure = key.Measure == "money" ? compared[0].Measure : key.Measure;
                    CompareGroup(key.Subject, measure, key.ModalityClass, compared, originals, names, findings);
                }
            }
        }
    }

    // What the money is: claims naming different things (a loan, an aid package) are not compared, and an unspecified amount is
    // compared only with other unspecified amounts ("$20 billion comes from the USA" says nothing against a $400 million package).
    private static IEnumerable<List<Claim>> SplitByMoneyMeasure(List<Claim> slot) =>
        slot.GroupBy(c => c.Measure, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList());

    // Money in several currencies, converted to the most common one; claims with no known rate are left out of the comparison.
    private (List<Claim> Compared, List<Claim> Originals) ToOneCurrency(List<Claim> group)
    {
        var target = group.GroupBy(c => c.Quantity!.Value.Unit.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var compared = new List<Claim>();
        var originals = new List<Claim>();
        foreach (var claim in group)
        {
            var quantity = claim.Quantity!.Value;
            if (quantity.Unit.Name == target)
            {
                compared.Add(claim);
                originals.Add(claim);
                continue;
            }

            if (_options.ExchangeRates!.TryConvert(1, quantity.Unit.Name, target, claim.Time?.Start, out var rate) && double.IsFinite(rate) && rate > 0)
            {
                compared.Add(claim with { Quantity = Scale(quantity, rate, Unit.Currency(target)) });
                originals.Add(claim);
            }
        }

        return (compared, originals);
    }

    private static Quantity Scale(Quantity quantity, double factor, Unit unit)
    {
        var scaled = quantity.Qualifier == Qualifier.Range && quantity.Low is { } low && quantity.High is { } high
            ? Quantity.Between(low * factor, high * factor, unit)
            : Quantity.Create(quantity.Value * factor, quantity.Qualifier, unit);
        return quantity.IsIncrement ? scaled.AsIncrement() : scaled;
    }

    // Figures for times far apart ("In the 2019 election, turnout was 74.4%") are about different periods: a period holds the
    // times within MaxEvolutionDays of its first; claims with no time at all join the latest period.
    private static IEnumerable<List<Claim>> SplitByTime(List<Claim> group)
    {
        // The publication date stands for a claim's time here: a figure with no stated time holds as of publication.
        var dated = group.Where(c => c.Time is { Start: not null, End: not null }).OrderBy(c => c.Time!.Value.Start!.Value).ToList();
        if (dated.Count == 0)
        {
            yield return group;
            yield break;
        }

        var periods = new List<List<Claim>> { new() { dated[0] } };
        var periodStart = dated[0].Time!.Value.Start!.Value;
        foreach (var claim in dated.Skip(1))
        {
            if (claim.Time!.Value.Start!.Value.DayNumber - periodStart.DayNumber > MaxEvolutionDays)
            {
                periods.Add([]);
                periodStart = claim.Time.Value.Start.Value;
            }

            periods[^1].Add(claim);
        }

        periods[^1].AddRange(group.Except(dated));
        foreach (var period in periods)
        {
            yield return group.Where(period.Contains).ToList();
        }
    }

    // Claims at different stated places are not compared; claims with no place join the only stated place, if there is one.
    private static IEnumerable<List<Claim>> SplitByPlace(List<Claim> slot)
    {
        var places = slot.Where(c => c.Place is not null).Select(c => c.Place!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (places.Count <= 1)
        {
            yield return slot;
            yield break;
        }

        foreach (var place in places)
        {
            yield return slot.Where(c => c.Place == place).ToList();
        }

        var unplaced = slot.Where(c => c.Place is null).ToList();
        if (unplaced.Count > 1)
        {
            yield return unplaced;
        }
    }

    private void CompareGroup(string subject, string measure, int modalityClass, List<Claim> group, List<Claim> originals, Dictionary<string, string> names, List<Finding> findings)
    {
        var shown = originals.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var place = group.Select(c => c.Place).FirstOrDefault(p => p is not null);
        var topic = Topic(subject, measure, place, modalityClass);

        // Increments build totals: "an additional 1,500 … raising the total to 3,000" implies an earlier total of 1,500.
        var increments = group.Where(c => c.Quantity!.Value.IsIncrement).ToList();
        var totals = group.Where(c => !c.Quantity!.Value.IsIncrement).ToList();
        var steps = new List<(double Earlier, Claim Increment, Claim Total)>();
        foreach (var increment in increments)
        {
            var total = totals.FirstOrDefault(t => t.DocumentId == increment.DocumentId && t.Span == increment.Span
                && t.Quantity!.Value.Qualifier == Qualifier.Exact && t.Quantity.Value.Value > increment.Quantity!.Value.Value);
            if (total is not null)
            {
                steps.Add((total.Quantity!.Value.Value - increment.Quantity!.Value.Value, increment, total));
            }
        }

        // Increments with totals, and figures given for different known dates within a few months: one timeline, each increment
        // beside the total it builds.
        var pointTotals = totals.Where(c => ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance).IsBounded).ToList();
        if (steps.Count > 0 && Cluster(pointTotals) is { Count: >= 2 } totalClusters && TryTimeline(totalClusters) is { } dated
            && dated[^1].Max(c => c.Time!.Value.Start!.Value).DayNumber - dated[0].Min(c => c.Time!.Value.Start!.Value).DayNumber <= MaxEvolutionDays)
        {
            foreach (var step in steps)
            {
                dated.First(d => d.Contains(step.Total)).Add(step.Increment);
            }

            findings.Add(Timeline(topic, dated.Select(c => c.Select(x => shown[x.Id]).ToList()).ToList(), names));
            return;
        }

        var earlier = new List<Claim>();
        Finding? evolution = null;
        if (steps.Count > 0)
        {
            foreach (var claim in totals)
            {
                var interval = ValueInterval.Of(claim.Quantity!.Value, _options.ApproximateTolerance);
                if (interval.IsBounded && steps.Exists(s => interval.Contains(s.Earlier) && !interval.Contains(s.Total.Quantity!.Value.Value)))
                {
                    earlier.Add(claim);
                }
            }

            evolution = Evolution(topic, steps, earlier, names);
            findings.Add(evolution);
        }

        var current = totals.Except(earlier).ToList();
        var pointClaims = current.Where(c => ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance).IsBounded).ToList();
        var clusters = Cluster(pointClaims);
        var bounds = current.Except(pointClaims).ToList();
        var neutral = new List<Claim>();
        var leftover = new List<Claim>();

        // Each bound ("at least", "up to") is tested against the point clusters alone, so the result does not depend on the order
        // of the bounds. Clusters are disjoint and sorted, so the ones a bound overlaps form a run found by binary search.
        var hulls = clusters.Select(c => Hull(c)).ToArray();
        var joins = new List<(int Cluster, Claim Bound)>();
        foreach (var bound in bounds)
        {
            var interval = ValueInterval.Of(bound.Quantity!.Value, _options.ApproximateTolerance);
            var (first, last) = OverlappingClusters(clusters, hulls, interval);
            if (first > last)
            {
                leftover.Add(bound);
            }
            else if (first == 0 && last == clusters.Count - 1)
            {
                neutral.Add(bound);
            }
            else
            {
                joins.Add((first, bound));
            }
        }

        foreach (var (cluster, bound) in joins)
        {
            clusters[cluster].Add(bound);
        }

        clusters.AddRange(GroupByCommonValue(leftover)); // bounds that fit no point cluster

        if (clusters.Count == 1)
        {
            var agreeing = clusters[0].Select(c => shown[c.Id]).ToList();
            if (agreeing.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() >= 2)
            {
                findings.Add(Corroboration(subject, measure, place, modalityClass, topic, agreeing, neutral.Select(c => shown[c.Id]).ToList(), names));
            }

            return;
        }

        if (clusters.Count < 2)
        {
            return;
        }

        // Figures given for different, known times are a timeline, not a contradiction.
        if (TryTimeline(clusters) is { } timeline)
        {
            // Updates within a few months are one quantity evolving; figures further apart are about different periods or events
            // ("46 died in a sinking last July" against this week's toll) and are not compared at all.
            var first = timeline[0].Min(c => c.Time!.Value.Start!.Value);
            var last = timeline[^1].Max(c => c.Time!.Value.Start!.Value);
            if (last.DayNumber - first.DayNumber <= MaxEvolutionDays)
            {
                findings.Add(Timeline(topic, timeline.Select(c => c.Select(x => shown[x.Id]).ToList()).ToList(), names));
            }

            return;
        }

        clusters.Sort((a, b) => Center(b).CompareTo(Center(a)));

        // A larger figure with no date that places it ends the timeline of a growing total as "later or disputed": the growth
        // reading cannot date it, and the discrepancy below says it conflicts.
        if (evolution is not null)
        {
            var latestTotal = steps.Max(step => step.Total.Quantity!.Value.Value);
            var larger = clusters.Where(c => Center(c) > latestTotal * (1 + _options.ApproximateTolerance) && c.TrueForAll(x => x.Time is not { Start: not null } || x.Time.Value.Source == TimeScopeSource.PublicationDate)).ToList();
            if (larger.Count > 0)
            {
                var index = findings.IndexOf(evolution);
                var laterSides = larger.OrderBy(Center).Select(c => new FindingSide($"later or disputed: {Label(c.Select(x => shown[x.Id]))}", [.. c.Select(x => x.Id)]));
                findings[index] = evolution with
                {
                    Sides = [.. evolution.Sides, .. laterSides],
                    ClaimIds = [.. evolution.ClaimIds, .. larger.SelectMany(c => c).Select(x => x.Id)],
                    Explanation = evolution.Explanation + $" A larger figure with no date to place it follows as later or disputed: {string.Join("; ", larger.Select(c => $"{Label(c.Select(x => shown[x.Id]))} ({Sources(c.Select(x => shown[x.Id]), names)})"))} (see the numeric discrepancy).",
                };
            }
        }
        var high = Center(clusters[0]);
        var low = Center(clusters[^1]);
        var ratio = low > 0 ? high / low : double.PositiveInfinity;
        var severity = ratio >= 2 ? FindingSeverity.High : ratio >= 1.25 ? FindingSeverity.Medium : FindingSeverity.Low;
        var shownClusters = clusters.Select(c => c.Select(x => shown[x.Id]).ToList()).ToList();
        var shownNeutral = neutral.Select(c => shown[c.Id]).ToList();
        var sides = shownClusters.Select(c => new FindingSide(Label(c), [.. c.Select(x => x.Id)])).ToImmutableArray();
        var origins = shownClusters.Select(c => IndependentOrigins(c)).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Sources disagree on {Describe(subject, measure, place, modalityClass)}: ");
        text.AppendJoin(" vs ", shownClusters.Select(c => $"{Label(c)} ({Sources(c, names)})"));
        if (double.IsFinite(ratio) && ratio >= 1.05)
        {
            text.Append(CultureInfo.InvariantCulture, $"; the figures differ by a factor of about {ratio:0.#}");
        }

        text.Append('.');
        if (shownNeutral.Count > 0)
        {
            var neutralOrigins = IndependentOrigins(shownNeutral);
            text.Append(CultureInfo.InvariantCulture, $" Consistent with every side: {Label(shownNeutral)} ({Sources(shownNeutral, names)}; {neutralOrigins} independent {(neutralOrigins == 1 ? "origin" : "origins")}).");
        }

        text.Append(CultureInfo.InvariantCulture, $" Independent origins per side: {string.Join(" vs ", origins)}.");
        findings.Add(new Finding
        {
            Id = string.Empty,
            Kind = FindingKind.NumericDiscrepancy,
            Severity = severity,
            Topic = topic,
            Sides = sides,
            Neutral = [.. neutral.Select(c => c.Id)],
            ClaimIds = [.. clusters.SelectMany(c => c).Concat(neutral).Select(c => c.Id)],
            Explanation = text.ToString(),
        });
    }

    private List<List<Claim>> Cluster(List<Claim> claims)
    {
        // Connected components of overlapping intervals, found by a sweep over intervals sorted by their low end.
        var sorted = claims.Select(c => (Claim: c, Interval: ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance)))
            .OrderBy(x => x.Interval.Low).ThenBy(x => x.Interval.High).ThenBy(x => x.Claim.Id, StringComparer.Ordinal).ToList();
        var clusters = new List<List<Claim>>();
        var reach = double.NegativeInfinity;
        foreach (var (claim, interval) in sorted)
        {
            if (clusters.Count == 0 || interval.Low > reach)
            {
                clusters.Add([]);
                reach = interval.High;
            }

            clusters[^1].Add(claim);
            reach = Math.Max(reach, interval.High);
        }

        return clusters;
    }

    // Bounds grouped so that every group has a value all its members allow: "at most 2,000" and "at least 1,000" agree, and
    // "at least 5,000" stands apart from both (a chain of overlaps is not agreement).
    private List<List<Claim>> GroupByCommonValue(List<Claim> bounds)
    {
        var groups = new List<List<Claim>>();
        var low = double.NegativeInfinity;
        var high = double.PositiveInfinity;
        foreach (var (claim, interval) in bounds
                     .Select(c => (Claim: c, Interval: ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance)))
                     .OrderBy(x => x.Interval.Low).ThenBy(x => x.Interval.High).ThenBy(x => x.Claim.Id, StringComparer.Ordinal))
        {
            if (groups.Count == 0 || interval.Low > high || interval.High < low)
            {
                groups.Add([]);
                (low, high) = (interval.Low, interval.High);
            }
            else
            {
                (low, high) = (Math.Max(low, interval.Low), Math.Min(high, interval.High));
            }

            groups[^1].Add(claim);
        }

        return groups;
    }

    private (double Low, double High) Hull(List<Claim> cluster)
    {
        var low = double.PositiveInfinity;
        var high = double.NegativeInfinity;
        foreach (var claim in cluster)
        {
            var interval = ValueInterval.Of(claim.Quantity!.Value, _options.ApproximateTolerance);
            low = Math.Min(low, interval.Low);
            high = Math.Max(high, interval.High);
        }

        return (low, high);
    }

    // The run of clusters whose hull meets the interval, narrowed at both ends by an exact test against the members.
    private (int First, int Last) OverlappingClusters(List<List<Claim>> clusters, (double Low, double High)[] hulls, ValueInterval interval)
    {
        int first = 0, last = hulls.Length - 1;
        int lo = 0, hi = hulls.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (hulls[mid].High < interval.Low)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        first = lo;
        lo = -1;
        hi = hulls.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (hulls[mid].Low > interval.High)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid;
            }
        }

        last = lo;
        while (first <= last && !clusters[first].Exists(p => ValueInterval.Of(p.Quantity!.Value, _options.ApproximateTolerance).Overlaps(interval)))
        {
            first++;
        }

        while (last >= first && !clusters[last].Exists(p => ValueInterval.Of(p.Quantity!.Value, _options.ApproximateTolerance).Overlaps(interval)))
        {
            last--;
        }

        return (first, last);
    }

    private double Center(List<Claim> cluster)
    {
        var values = cluster.Select(c => ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance).Center).Where(double.IsFinite).ToList();
        return values.Count == 0 ? 0 : values.Average();
    }

    private Finding Evolution(string topic, List<(double Earlier, Claim Increment, Claim Total)> steps, List<Claim> earlier, Dictionary<string, string> names)
    {
        var text = new StringBuilder("Reported as growth over time, not a contradiction: ");
        var sides = ImmutableArray.CreateBuilder<FindingSide>();
        if (earlier.Count > 0)
        {
            sides.Add(new FindingSide($"earlier {Label(earlier)}", [.. earlier.Select(c => c.Id)]));
            text.Append(CultureInfo.InvariantCulture, $"earlier {Label(earlier)} ({Sources(earlier, names)}), then ");
        }

        var incrementClaims = steps.Select(s => s.Increment).ToList();
        var totalClaims = steps.Select(s => s.Total).Distinct().ToList();
        sides.Add(new FindingSide($"{Label(incrementClaims)} more", [.. incrementClaims.Select(c => c.Id)]));
        sides.Add(new FindingSide($"total {Label(totalClaims)}", [.. totalClaims.Select(c => c.Id)]));
        text.Append(CultureInfo.InvariantCulture, $"{Label(incrementClaims)} more ({Sources(incrementClaims, names)}), bringing the total to {Label(totalClaims)}.");
        return new Finding
        {
            Id = string.Empty,
            Kind = FindingKind.Evolution,
            Severity = FindingSeverity.Info,
            Topic = topic,
            Sides = sides.ToImmutable(),
            ClaimIds = [.. earlier.Concat(incrementClaims).Concat(totalClaims).Select(c => c.Id).Distinct()],
            Explanation = text.ToString(),
        };
    }

    private static void ComparePropositions(List<Claim> claims, Dictionary<string, string> names, List<Finding> findings)
    {
        var groups = claims.Where(c => c.Predicate is not null && c.Subject is not null)
            .GroupBy(c => (c.Subject!, c.Measure, c.Predicate!))
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var key = group.Key;
            var factual = group.Where(c => c.Modality is Modality.Asserted or Modality.Estimated).ToList();

            // Affirmed and denied claims conflict only where their places agree (the same place, or one of them names none):
            // "sent troops to Russia" and "has not sent troops to Ukraine" are not a dispute.
            static bool SamePlace(Claim a, Claim b) => a.Place is null || b.Place is null || a.Place == b.Place;
            var negated = factual.Where(n => n.Polarity == Polarity.Negated && factual.Exists(a => a.Polarity == Polarity.Affirmed && SamePlace(a, n))).ToList();
            var affirmed = factual.Where(a => a.Polarity == Polarity.Affirmed && negated.Exists(n => SamePlace(a, n))).ToList();
            if (affirmed.Count == 0 || negated.Count == 0)
            {
                continue;
            }

            // A single source that both affirms and denies is not a dispute between sources.
            var affirmOrigins = affirmed.Select(OriginKey).ToHashSet(StringComparer.Ordinal);
            var denyOrigins = negated.Select(OriginKey).ToHashSet(StringComparer.Ordinal);
            if (affirmOrigins.SetEquals(denyOrigins) && affirmOrigins.Count == 1)
            {
                continue;
            }

            var nonCommittal = group.Where(c => c.Modality == Modality.NonCommittal).ToList();
            var (subject, measure, predicate) = key;
            var proposition = $"{subject} {PredicatePhrase(predicate)} {measure}";
            var place = affirmed.Concat(negated).Where(c => c.Place is not null).GroupBy(c => c.Place!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            if (place is not null && place != subject)
            {
                proposition += $" to {place}";
            }

            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Sources dispute whether {proposition}. Affirmed by {Sources(affirmed, names)}; denied by {Sources(negated, names)}.");
            if (nonCommittal.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" Neither confirmed nor denied by {Sources(nonCommittal, names)} (not counted on either side).");
            }

            var attributedBothSides = affirmed.Exists(c => c.Attribution is not null) && negated.Exists(c => c.Attribution is not null);
            findings.Add(new Finding
            {
                Id = string.Empty,
                Kind = FindingKind.PolarityConflict,
                Severity = attributedBothSides ? FindingSeverity.High : FindingSeverity.Medium,
                Topic = $"{subject} · {PredicatePhrase(predicate)} {measure}" + (place is not null && place != subject ? $" · {place}" : string.Empty),
                Sides = [new FindingSide("affirmed", [.. affirmed.Select(c => c.Id)]), new FindingSide("denied", [.. negated.Select(c => c.Id)])],
                Neutral = [.. nonCommittal.Select(c => c.Id)],
                ClaimIds = [.. affirmed.Concat(negated).Concat(nonCommittal).Select(c => c.Id)],
                Explanation = text.ToString(),
            });
        }
    }

    private static readonly FrozenSet<string> MoneyMeasures = ClaimLexicon.MoneyMeasures.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest gap, in days, between dates given for what is read as one event.</summary>
    private const int MaxEventDateGapDays = 14;

    private static readonly FrozenSet<string> EventClasses = ClaimLexicon.EventPredicates.Values.Append("begin").Append("sink").ToFrozenSet(StringComparer.Ordinal);

    private void CompareEvents(List<Claim> claims, Dictionary<string, string> names, List<Finding> findings)
    {
        var events = claims.Where(c => c.Predicate is not null && c.Subject is null && EventClasses.Contains(c.Predicate)
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
    private static List<List<Claim>> DateWindows(List<Claim> group)
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

    private static void DateMismatch(string topic, string anchor, string eventClass, List<Claim> window, Dictionary<string, string> names, List<Finding> findings)
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
        text.Append(CultureInfo.InvariantCulture, $"Sources give different dates for the {EventPhrase(anchor, eventClass)}: ");
        text.AppendJoin(" vs ", sides.Select((side, i) => string.Create(CultureInfo.InvariantCulture, $"{dates[i]:yyyy-MM-dd} ({Sources(side, names)})")));
        text.Append('.');
        if (neutral.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Consistent with every date: {Sources(neutral, names)}.");
        }

        findings.Add(EventMismatch(FindingKind.DateMismatch, topic, [.. dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))], sides, neutral, text));
    }

    private void PlaceMismatch(string topic, string anchor, string eventClass, List<Claim> window, Dictionary<string, string> names, List<Finding> findings)
    {
        var placed = window.Where(c => c.Place is not null).ToList();

        // What the texts say contains what: "Jeddah, Saudi Arabia" puts Jeddah in Saudi Arabia.
        var within = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in placed.Where(c => c.PlaceWithin is not null))
        {
            within.TryAdd(claim.Place!, claim.PlaceWithin!);
        }

        var countries = placed.Where(c => c.PlaceWithin is null && _gazetteer.ByName.TryGetValue(c.Place!, out var e) && e.Kind == EntityKind.Country).ToList();
        var specific = placed.Except(countries).ToList();
        var places = specific.Select(c => c.Place!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (places.Count < 2 || specific.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        var sides = places.Select(p => specific.Where(c => c.Place == p).ToList()).ToList();
        var neutral = new List<Claim>();
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
        text.Append(CultureInfo.InvariantCulture, $"Sources place the {EventPhrase(anchor, eventClass)} differently: ");
        text.AppendJoin(" vs ", sides.Select((side, i) => $"{places[i]}{(within.TryGetValue(places[i], out var c) ? $", {c}" : string.Empty)} ({Sources(side, names)})"));
        text.Append('.');
        if (neutral.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Not specific enough to take a side: {Sources(neutral, names)}.");
        }

        findings.Add(EventMismatch(FindingKind.PlaceMismatch, topic, places, sides, neutral, text));
    }

    private static Finding EventMismatch(FindingKind kind, string topic, List<string> labels, List<List<Claim>> sides, List<Claim> neutral, StringBuilder text) => new()
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

    private static string EventPhrase(string anchor, string eventClass) => anchor == "event" ? eventClass : $"{anchor} ({eventClass})";

    private static string PredicatePhrase(string predicate) => predicate switch
    {
        "deploy" => "sent",
        "supply" => "supplied",
        "combat" => "fought with",
        _ => predicate,
    };

    private static int ModalityClass(Modality modality) => modality switch
    {
        Modality.Planned => 1,
        Modality.Forecast => 2,
        _ => 0,
    };

    private static string Topic(string subject, string measure, string? place, int modalityClass)
    {
        var topic = place is null || place == subject ? $"{subject} · {measure}" : $"{subject} · {measure} · {place}";
        return modalityClass switch
        {
            1 => topic + " · planned",
            2 => topic + " · forecast",
            _ => topic,
        };
    }

    private static string Describe(string subject, string measure, string? place, int modalityClass)
    {
        var kind = modalityClass switch { 1 => "planned ", 2 => "forecast ", _ => string.Empty };
        var where = place is null || place == subject ? string.Empty : $" in {place}";
        // The phrase follows what the measure is, as the claim lexicon classes it.
        return measure switch
        {
            "amount" => $"the {kind}amount of money involving {subject}{where}",
            "share" => $"the {kind}share for {subject}{where}",
            "duration" => $"the {kind}duration for {subject}{where}",
            "vaccinated" or "treated" => $"the {kind}number of people {measure} in {subject}{where}",
            _ when MoneyMeasures.Contains(measure) => $"the {kind}{measure} amount involving {subject}{where}",
            _ when ClaimLexicon.PercentageMeasures.Contains(measure) => $"the {kind}{measure} in {subject}{where}",
            _ when ClaimLexicon.OutcomeMeasures.Contains(measure) => $"the {kind}number of {measure} in {subject}{where}",
            _ => $"the {kind}number of {measure} from {subject}{where}",
        };
    }

    private static string Label(IEnumerable<Claim> claims)
    {
        var labels = claims.Select(c => c.Quantity is { } q ? Describe(q, c.Measure) : c.Measure).Distinct(StringComparer.Ordinal).ToList();
        return labels.Count <= 3 ? string.Join(" / ", labels) : $"{string.Join(" / ", labels.Take(3))} / …";
    }

    /// <summary>"about 3,000 troops", "at least 3,000 troops", "+1,500 troops", "$50 billion" style labels, using the claim's measure for counts.</summary>
    private static string Describe(Quantity quantity, string measure)
    {
        if (quantity.Unit.Kind != UnitKind.Count)
        {
            return quantity.ToString();
        }

        var text = quantity.WithUnit(Unit.None).ToString();
        return $"{text} {measure}";
    }

    /// <summary>"Kiev (001); Park Sun-won (002, 004)" — named sources with their documents, then documents with no named source.</summary>
    private static string Sources(IEnumerable<Claim> claims, Dictionary<string, string> names)
    {
        var list = claims.ToList();
        var named = list.Where(c => c.Attribution is not null)
            .GroupBy(c => c.Attribution!.DisplayName, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(c => names.GetValueOrDefault(c.DocumentId, c.DocumentId)).Distinct(StringComparer.Ordinal))})")
            .ToList();
        var unnamed = list.Where(c => c.Attribution is null).Select(c => names.GetValueOrDefault(c.DocumentId, c.DocumentId)).Distinct(StringComparer.Ordinal).ToList();
        if (unnamed.Count > 0)
        {
            named.Add($"the outlet itself in {string.Join(", ", unnamed)}");
        }

        return string.Join("; ", named);
    }

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

        return Enumerable.Range(0, claims.Count).Select(Find).Distinct().Count();
    }

    private static IEnumerable<string> OriginKeys(Claim claim)
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
        }

        if (source.Affiliation is { } affiliation)
        {
            any = true;
            yield return "BODY:" + affiliation;
        }

        if (!any)
        {
            yield return "ORG:" + (source.Organization ?? source.Speaker ?? claim.DocumentId).ToUpperInvariant();
        }
    }

    private Finding Corroboration(string subject, string measure, string? place, int modalityClass, string topic, List<Claim> agreeing, List<Claim> neutral, Dictionary<string, string> names)
    {
        var origins = IndependentOrigins(agreeing);
        var documents = agreeing.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Sources agree on {Describe(subject, measure, place, modalityClass)}: {Label(agreeing)} ({Sources(agreeing, names)}); ");
        text.Append(CultureInfo.InvariantCulture, $"{documents} documents, {origins} independent {(origins == 1 ? "origin" : "origins")}.");
        if (neutral.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Also consistent: {Label(neutral)} ({Sources(neutral, names)}).");
        }

        return new Finding
        {
            Id = string.Empty,
            Kind = FindingKind.Corroboration,
            Severity = FindingSeverity.Info,
            Topic = topic,
            Sides = [new FindingSide(Label(agreeing), [.. agreeing.Select(c => c.Id)])],
            Neutral = [.. neutral.Select(c => c.Id)],
            ClaimIds = [.. agreeing.Concat(neutral).Select(c => c.Id)],
            Explanation = text.ToString(),
            IndependentOrigins = origins,
        };
    }

    // Clusters whose claims all have known, non-overlapping times, ordered by time; null when any time is unknown or overlaps.
    // A time the text states for the claim (not the publication date standing in for one).
    private static bool HasStatedTime(Claim claim) => claim.Time is { Start: not null, End: not null } time && time.Source == TimeScopeSource.Stated;

    private static List<List<Claim>>? TryTimeline(List<List<Claim>> clusters)
    {
        var spans = new List<(DateOnly Start, DateOnly End, List<Claim> Cluster)>();
        foreach (var cluster in clusters)
        {
            if (!cluster.TrueForAll(HasStatedTime))
            {
                return null;
            }

            spans.Add((cluster.Min(c => c.Time!.Value.Start!.Value), cluster.Max(c => c.Time!.Value.End!.Value), cluster));
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start <= spans[i - 1].End)
            {
                return null;
            }
        }

        return [.. spans.Select(s => s.Cluster)];
    }

    private static Finding Timeline(string topic, List<List<Claim>> steps, Dictionary<string, string> names)
    {
        var text = new StringBuilder("Reported at different times, not a contradiction: ");
        text.AppendJoin(", then ", steps.Select(step =>
            string.Create(CultureInfo.InvariantCulture, $"{Label(step)} on {step.Min(c => c.Time!.Value.Start!.Value):yyyy-MM-dd} ({Sources(step, names)})")));
        text.Append('.');
        return new Finding
        {
            Id = string.Empty,
            Kind = FindingKind.Evolution,
            Severity = FindingSeverity.Info,
            Topic = topic,
            Sides = [.. steps.Select(step => new FindingSide(string.Create(CultureInfo.InvariantCulture, $"{Label(step)} ({step.Min(c => c.Time!.Value.Start!.Value):yyyy-MM-dd})"), [.. step.Select(c => c.Id)]))],
            ClaimIds = [.. steps.SelectMany(step => step).Select(c => c.Id)],
            Explanation = text.ToString(),
        };
    }

    private static string OriginKey(Claim claim) => string.Join("|", OriginKeys(claim));
}
