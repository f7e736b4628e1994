using ClaimCheck.Entities;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Quantities;
using ClaimCheck.Time;

namespace ClaimCheck.Comparison;

/// <summary>Reads one slot of comparable quantity claims: clusters the figures that agree, then reports a timeline (increments and dated totals), a corroboration (one cluster from several documents) or a numeric discrepancy (clusters that cannot all hold).</summary>
internal sealed class QuantityGroupDetector
{
    private readonly ComparisonOptions _options;
    private readonly ClaimWords _words;
    private readonly EntityGazetteer _gazetteer;

    public QuantityGroupDetector(ComparisonOptions options, ClaimWords words, EntityGazetteer gazetteer)
    {
        _options = options;
        _words = words;
        _gazetteer = gazetteer;
    }

    internal void CompareGroup(string subject, string measure, int modalityClass, List<Claim> group, List<Claim> originals, Dictionary<string, string> names, List<Finding> findings, bool rising = false)
    {
        if (!rising && ApartByMagnitude(group) is { Count: > 1 } parts)
        {
            foreach (var part in parts)
            {
                CompareGroup(subject, measure, modalityClass, part, originals, names, findings, rising);
            }

            return;
        }

        var shown = originals.ToDictionary(c => c.Id, StringComparer.Ordinal);
        // Lower bounds that bodies named apart give on one day for different figures ("at least 17", the officials said; "at least 31",
        // the rights group said) are each body's own count: each stands at its figure, and the smaller is a rival of the larger, not a
        // bound that fits it.
        var ownCounts = RivalLowerBounds(group);
        var runningBounds = new HashSet<string>(StringComparer.Ordinal);
        if (_words.CumulativeMeasures.Contains(MeasureNames.Base(measure))
            && group.Where(HasCountDate).Select(c => c.Time!.Value.Start!.Value).Distinct().Skip(1).Any())
        {
            // Where a count is given on several days, a running count given as "at least 14" is the count so far: it stands at its
            // figure on its day, not as a bound that fits every later total.
            runningBounds.UnionWith(group.Where(c => c.Quantity is { Qualifier: Qualifier.AtLeast or Qualifier.MoreThan, IsIncrement: false }).Select(c => c.Id));
        }

        group = group.ConvertAll(c => runningBounds.Contains(c.Id) || ownCounts.Contains(c.Id) ? c with { Quantity = Quantity.Create(c.Quantity!.Value.Value, Qualifier.Exact, c.Quantity.Value.Unit) } : c);

        var place = group.Select(c => c.Place).FirstOrDefault(p => p is not null);
        var topic = Explanations.Topic(subject, measure, place, modalityClass);

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
            && WithinEvolutionSpan(dated))
        {
            foreach (var step in steps)
            {
                dated.First(d => d.Contains(step.Total)).Add(step.Increment);
            }

            findings.Add(EvolutionFindings.Timeline(topic, dated.Select(c => c.Select(x => shown[x.Id]).ToList()).ToList(), names));
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

            // One report's own "10,000 more, bringing the total to 20,000" restates its sentence: growth is a finding when another
            // figure or another report stands beside it.
            if (earlier.Count > 0 || steps.Select(s => s.Increment.DocumentId).Concat(steps.Select(s => s.Total.DocumentId)).Distinct().Skip(1).Any())
            {
                evolution = EvolutionFindings.Evolution(topic, steps, earlier, names);
                findings.Add(evolution);
            }
        }

        // An increment that builds no total here ("9,000 more jobs will go") that several documents give alike is one change they
        // agree on: it is corroborated, and is never set against the totals or another increment (a later addition is no rival).
        var stepped = steps.Select(s => s.Increment).ToHashSet(ReferenceEqualityComparer.Instance);
        var pointIncrements = increments.Where(c => !stepped.Contains(c) && !c.IsVague && !IsWideRange(c)
            && ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance).IsBounded).ToList();
        foreach (var alike in Cluster(pointIncrements).Where(IsCorroborated))
        {
            findings.Add(CorroborationFindings.Corroboration(_words, subject, measure, place, modalityClass, topic, alike.ConvertAll(c => shown[c.Id]), [], names));
        }

        // The totals an increment builds on stay in the slot: reports giving that earlier total alike still corroborate it and it keeps
        // its own timeline; it only takes no side against the total the increment builds (see BuiltOn below).
        var builtOn = earlier.ToHashSet(ReferenceEqualityComparer.Instance);
        bool BuiltOn(List<Claim> cluster) => cluster.Exists(builtOn.Contains);
        var current = totals;
        // A vague plural ("hundreds of people", "dozens of homes") or a wide range ("anywhere between 100,000 and 500,000") fits every
        // figure in its span: it is read as a bound, never as a point that joins the figures it spans into one cluster; a vague
        // plural that fits no figure sides with none.
        var pointClaims = current.Where(c => ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance).IsBounded && !c.IsVague && !IsWideRange(c)).ToList();
        var bridges = BridgesExactFigures(pointClaims);
        pointClaims.RemoveAll(bridges.Contains);
        var clusters = Cluster(pointClaims);
        var bounds = current.Except(pointClaims).Except(bridges).ToList();
        var neutral = new List<Claim>();
        foreach (var bridge in bridges)
        {
            if (NearestExactCluster(clusters, bridge) is { } nearest)
            {
                nearest.Add(bridge);
            }
            else
            {
                neutral.Add(bridge);
            }
        }

        var leftover = new List<Claim>();

        // Each bound ("at least", "up to") is tested against the point clusters alone, so the result does not depend on the order
        // of the bounds.
        var joins = new List<(int Cluster, Claim Bound)>();
        foreach (var bound in bounds)
        {
            var fitted = OverlappingClusters(clusters, UpToReach(bound.Quantity!.Value, ValueInterval.Of(bound.Quantity!.Value, _options.ApproximateTolerance)));
            if (fitted.Count == 0)
            {
                leftover.Add(bound);
            }
            else if (fitted.Where(i => IsBoundAtFigure(bound, clusters[i].FindAll(p => ownCounts.Contains(p.Id)))).ToList() is [var own])
            {
                joins.Add((own, bound)); // "at least 78" beside a body's own count of at least 78 gives that count, not a bound
            }
            else if (fitted.Count > 1 && bound.Attribution is null && fitted.Where(i => IsBoundAtFigure(bound, clusters[i])).ToList() is [var at])
            {
                // A report's own "at least 9,000" beside another report's 9,000 and a rival 30,000 relays the 9,000 it names, and
                // agrees with it. A bound a source gives (one government's "at least 9,000" beside another's 9,000) is that source's
                // own estimate: it only fits both sides.
                joins.Add((at, bound));
            }
            else if (fitted.Count > 1 || (fitted.Count == clusters.Count && !IsBoundAtFigure(bound, clusters[fitted[0]])))
            {
                neutral.Add(bound); // fits every figure, or several that disagree: it takes no side
            }
            else
            {
                joins.Add((fitted[0], bound));
            }
        }

        foreach (var (cluster, bound) in joins)
        {
            clusters[cluster].Add(bound);
        }

        clusters.AddRange(GroupByCommonValue(leftover.Where(c => !c.IsVague).ToList())); // bounds that fit no point cluster

        if (clusters.Count == 0)
        {
            return;
        }

        // A figure that several documents give alike is corroborated, whatever else the slot holds.
        foreach (var cluster in clusters.Where(IsCorroborated))
        {
            var agreeing = cluster.Select(c => shown[c.Id]).ToList();
            var alsoConsistent = clusters.Count == 1 ? neutral.Select(c => shown[c.Id]).ToList() : [];
            findings.Add(CorroborationFindings.Corroboration(_words, subject, measure, place, modalityClass, topic, agreeing, alsoConsistent, names));
        }

        // A bound that fits the one figure given takes no side, but several documents giving the same bound ("at least 40" in
        // three reports) agree with each other, unless a corroboration of that figure already lists them as consistent. Beside
        // figures that disagree, the bounds that fit them all are that dispute's neutral claims, and reports giving one bound alike
        // ("more than 500 flights" in two, beside a rival 300 and 900) still agree with each other.
        foreach (var alike in clusters.Count == 1 && IsCorroborated(clusters[0]) ? [] : SameBoundInSeveralDocuments(neutral))
        {
            findings.Add(CorroborationFindings.Corroboration(_words, subject, measure, place, modalityClass, topic, alike.Select(c => shown[c.Id]).ToList(), [], names));
        }

        // Figures the text gives as earlier counts a later one replaced ("had initially put the toll at 3,100") are set only against
        // other earlier figures; beside the current figures they read as a revision. A bound that joined a cluster ("dozens") does not
        // make its figures current.
        var joined = joins.Select(j => j.Bound).ToHashSet(ReferenceEqualityComparer.Instance);
        var earlierOnly = clusters.Where(c => (c.Exists(x => !joined.Contains(x)) ? c.Where(x => !joined.Contains(x)) : c).All(x => x.IsEarlier)).ToList();
        var replaced = clusters.Except(earlierOnly).Where(c => ReplacedInOneReport(c, clusters)).ToList();
        replaced.AddRange(HourReadingRevisions.ContinuedByLarger(clusters.Except(earlierOnly).Except(replaced), clusters.Except(earlierOnly).ToList(), Center));
        earlierOnly.AddRange(replaced);

        // A provisional figure ("a preliminary figure of 410", "partial results gave Ruiz 52%") is replaced by a figure its own origin,
        // or no named one (a report of the final count), gives as final: with it, it reads as earlier. Against another named origin's
        // figure alone ("her party said she won 70%") it still disputes.
        earlierOnly.AddRange(clusters.Except(earlierOnly).Where(c => c.TrueForAll(x => x.IsProvisional)
            && clusters.Exists(other => other != c && other.Exists(x => !x.IsProvisional && !x.IsEarlier
                && (!Origins.IsNamed(x) || Origins.SharesNamedOrigin(x, c))))));
        if (earlierOnly.Count > 0 && earlierOnly.Count < clusters.Count)
        {
            clusters = clusters.Except(earlierOnly).ToList();
            findings.Add(EvolutionFindings.Revision(topic, earlierOnly.SelectMany(c => c).Select(x => shown[x.Id]).ToList(), clusters.SelectMany(c => c).Select(x => shown[x.Id]).ToList(), names));
            if (earlierOnly.Where(c => !replaced.Contains(c)).ToList() is { Count: >= 2 } stated)
            {
                AddDiscrepancy(subject, measure, modalityClass, place, topic, [.. stated.OrderByDescending(Center)], stated, [], ownCounts, shown, names, findings);
            }
        }

        if (clusters.Count == 1)
        {
            return;
        }

        // A count of people given at several times (a toll) reads as a timeline where a later figure is given as an update ("rose
        // to") or comes from the same origin, and as a dispute between different origins on the same days or a few days apart, or
        // between one origin's two figures of one day that two reports give. A count or sum of money of any other measure that two
        // reports give as rising ("the number of firms hit has now risen to 480") is such a running count too.
        var isEvent = _words.EventMeasures.Contains(MeasureNames.Base(measure));
        if (isEvent || ((_words.CumulativeMeasures.Contains(MeasureNames.Base(measure)) || IsRisingInTwoReports(group)) && clusters.All(c => c.TrueForAll(HasCountDate))
            && (rising || clusters.Exists(c => c.TrueForAll(HasStatedTime)))))
        {
            var (conflicts, sequence) = Relations(clusters, measure, oneEvent: isEvent, rising, runningBounds, ownCounts);
            sequence.RemoveAll(IsOneOccurrenceCount);
            if (sequence.Count >= 2)
            {
                var days = sequence.SelectMany(c => c).GroupBy(c => c.Time!.Value.Start!.Value).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
                if (days.Count >= 2 && days[^1][0].Time!.Value.Start!.Value.DayNumber - days[0][0].Time!.Value.Start!.Value.DayNumber <= QuantitySlots.MaxEvolutionDays)
                {
                    findings.Add(EvolutionFindings.Timeline(topic, days.Select(d => d.Select(x => shown[x.Id]).ToList()).ToList(), names));
                }
                else if (days.Count == 1 && RisesWithinDay(sequence) is { } withinDay)
                {
                    findings.Add(EvolutionFindings.Timeline(topic, withinDay.ConvertAll(c => c.ConvertAll(x => shown[x.Id])), names));
                }
            }

            foreach (var component in conflicts.Select(c => c.Where(x => !BuiltOn(x)).ToList()).Where(c => c.Count >= 2))
            {
                AddDiscrepancy(subject, measure, modalityClass, place, topic, isEvent ? component : OnSharedDays(component, shown), clusters, neutral, ownCounts, shown, names, findings);
            }

            return;
        }

        // Figures given for different, known times are a timeline, not a contradiction.
        if (TryTimeline(clusters) is { } timeline)
        {
            // Updates within a few months are one quantity evolving; figures further apart are about different periods or events
            // ("46 died in a sinking last July" against this week's toll) and are not compared at all.
            if (TimelineWithinSpan(topic, timeline, shown, names) is { } evolving)
            {
                findings.Add(evolving);
            }

            return;
        }

        // A count each report gives in its own voice on the day it came out, larger in each later report weeks apart (tags on "6 young
        // storks" on 3 March, on "41 young storks" on 19 March), is that count as it grew, not reports in dispute.
        if (RisingByReportDay(clusters) is { } reported && TimelineWithinSpan(topic, reported, shown, names) is { } grown)
        {
            findings.Add(grown);
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
                var laterSides = larger.OrderBy(Center).Select(c => new FindingSide($"later or disputed: {Explanations.Label(c.Select(x => shown[x.Id]))}", [.. c.Select(x => x.Id)]));
                findings[index] = evolution with
                {
                    Sides = [.. evolution.Sides, .. laterSides],
                    ClaimIds = [.. evolution.ClaimIds, .. larger.SelectMany(c => c).Select(x => x.Id)],
                    Explanation = evolution.Explanation + $" A larger figure with no date to place it follows as later or disputed: {string.Join("; ", larger.Select(c => $"{Explanations.Label(c.Select(x => shown[x.Id]))} ({Explanations.Sources(c.Select(x => shown[x.Id]), names)})"))} (see the numeric discrepancy).",
                };
            }
        }

        // A total an increment builds on (an earlier 1,500 beside "1,500 more, bringing the total to 3,000") is the growth finding's
        // earlier figure, not a rival of the total the increment builds.
        clusters.RemoveAll(BuiltOn);
        if (clusters.Count < 2)
        {
            return;
        }

        AddDiscrepancy(subject, measure, modalityClass, place, topic, clusters, clusters, neutral, ownCounts, shown, names, findings);
    }

    /// <summary>The side some report gives as one night's or one ranked day's count of people or things (<see cref="Claim.IsOneOccurrence"/>:
    /// "64 were detained on the third night", "40 died overnight"), and none as an update, when it is the only such side and smaller
    /// than a side no report gives so ("310 have been detained since the marches began"): one occurrence's count is a part of the
    /// count so far, not a rival of it. Two sides each given as one night's count ("three died during the night" beside another
    /// report's "two died during the night") stay rivals, and so does one night's count above a plain figure, which no part can be.
    /// One report's cue is enough to read the side: another report's same figure given plainly ("64 were detained") is most often
    /// that night's count relayed without its night, and reading every claim of the side as a part would set it against the total.
    /// A count of people whose fate is not yet known (a <c>draining-measure</c>: "21 unaccounted for on the third day of searching") is
    /// where it stands that day, not a part; a sum of money is left alone.</summary>
    private List<List<Claim>> OneOccurrenceParts(string measure, List<List<Claim>> clusters)
    {
        if (_words.DrainingMeasures.Contains(MeasureNames.Base(measure)) || clusters[0][0].Quantity!.Value.Unit.Kind != UnitKind.Count
            || clusters.FindAll(c => c.Exists(x => x.IsOneOccurrence)) is not [var occurrence] || occurrence.Exists(x => x.IsUpdate))
        {
            return [];
        }

        return clusters.Exists(c => c != occurrence && Center(c) > Center(occurrence)) ? [occurrence] : [];
    }

    /// <summary>Whether a report gives a figure of <paramref name="cluster"/> as an earlier count ("port officials first put the toll at
    /// 11; it has since risen to 13") beside a larger current figure of another cluster, and every other claim of the cluster was given
    /// on days before that report's: the figure other reports give ("at least 11 dead", the day before) is the count that report says
    /// rose from, not a rival of it. A count revised down ("had initially put the toll at 2,053") may have been disputed when it stood,
    /// and is left to the rules below.</summary>
    private static bool ReplacedInOneReport(List<Claim> cluster, List<List<Claim>> clusters)
    {
        if (!cluster.Exists(x => x.IsEarlier))
        {
            return false;
        }

        var largest = cluster.Max(x => x.Quantity!.Value.Value);
        var replacing = cluster.Where(x => x.IsEarlier)
            .SelectMany(x => clusters.Where(other => other != cluster).SelectMany(other => other.Where(y => y.DocumentId == x.DocumentId && !y.IsEarlier)))
            .Where(y => HasCountDate(y) && y.Quantity!.Value.Value > largest).ToList();
        if (replacing.Count == 0)
        {
            return false;
        }

        var replacedBy = replacing.Min(y => y.Time!.Value.Start!.Value);
        return cluster.TrueForAll(x => x.IsEarlier || (HasCountDate(x) && x.Time!.Value.Start!.Value < replacedBy));
    }

    /// <summary>The lower bounds ("at least", "more than") of <paramref name="group"/> whose source is named, and beside which a
    /// source named apart gives a lower bound with another figure on the same day, where one of the two is a body apart from the
    /// state (a rights group) or one report sets the two side by side: two bodies each giving their own count so far, which
    /// disagree. A bound from the outlet's own voice or from a body named by one common word ("officials"), or two state bodies in
    /// different reports ("at least 15", local media; "at least 28", the minister, later that day), may be one count rising within
    /// the day, and stays a bound.</summary>
    private static HashSet<string> RivalLowerBounds(List<Claim> group)
    {
        var bounds = group.Where(c => c.Quantity is { Qualifier: Qualifier.AtLeast or Qualifier.MoreThan, IsIncrement: false } && !c.IsVague
            && c.Time is { Start: not null } && Origins.NamedApart([c], [])).ToList();
        var rivals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var day in bounds.GroupBy(c => c.Time!.Value.Start!.Value))
        {
            foreach (var bound in day)
            {
                if (day.Any(other => other.Quantity!.Value.Value != bound.Quantity!.Value.Value && Origins.NamedApart([bound], [other])
                    && (bound.DocumentId == other.DocumentId || bound.Attribution!.IsIndependent || other.Attribution!.IsIndependent)))
                {
                    rivals.Add(bound.Id);
                }
            }
        }

        return rivals;
    }

    /// <summary>How many times a figure must exceed the next smaller one in its slot before the two can be read as different
    /// quantities (a war's toll beside one attack's), not as sources in dispute.</summary>
    private const double DifferentQuantityRatio = 100;

    /// <summary>The slot's claims cut where one figure is more than <see cref="DifferentQuantityRatio"/> times the next smaller
    /// one and a single document gives figures on both sides of the gap: a report that states both knows them for two
    /// quantities ("46 killed in the bombing … the war has killed more than 90,000"), while rival sources may differ by that
    /// much on one count. A slot with an increment (an addition builds a total far above it) is never cut, and CompareGroup does
    /// not cut a count any report gives as rising; a zero stays with the smallest figures.</summary>
    private static List<List<Claim>> ApartByMagnitude(List<Claim> group)
    {
        if (group.Count < 2 || group.Exists(c => c.Quantity!.Value.IsIncrement))
        {
            return [group];
        }

        var ordered = group.OrderBy(c => c.Quantity!.Value.Value).ToList();
        var parts = new List<List<Claim>> { new() { ordered[0] } };
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1].Quantity!.Value.Value;
            if (previous > 0 && ordered[i].Quantity!.Value.Value > DifferentQuantityRatio * previous
                && ordered.Take(i).Select(c => c.DocumentId).Intersect(ordered.Skip(i).Select(c => c.DocumentId), StringComparer.Ordinal).Any())
            {
                parts.Add([]);
            }

            parts[^1].Add(ordered[i]);
        }

        return parts;
    }

    // A figure that several documents state alike, or, where the cluster holds bounds alone, a bound several documents state alike
    // ("more than 200" twice; a bound beside a figure never corroborates it). The finding counts the independent origins,
    // so two outlets repeating one agency read as one origin, not as independent confirmation.
    // Corroborated: two documents give the figure (a point, or a bound at a point of the cluster: "at least 48" beside "48"),
    // or, with no point at all, several documents give the same bound. A vague plural ("hundreds") or a wide range that joined the
    // cluster fits its figure but gives none.
    private bool IsCorroborated(List<Claim> cluster)
    {
        var points = cluster.Where(x => ValueInterval.Of(x.Quantity!.Value, _options.ApproximateTolerance).IsBounded && !x.IsVague && !IsWideRange(x)).ToList();
        return points.Concat(cluster.Where(x => !points.Contains(x) && IsBoundAtFigure(x, points))).Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() >= 2
            || (points.Count == 0 && SameBoundInSeveralDocuments(cluster).Any());
    }

    /// <summary>The bounds that several documents state alike, same qualifier and figure ("more than 300" in two reports), grouped.</summary>
    private static IEnumerable<List<Claim>> SameBoundInSeveralDocuments(List<Claim> claims) =>
        claims.Where(x => x.Quantity is { Qualifier: Qualifier.AtLeast or Qualifier.MoreThan or Qualifier.AtMost or Qualifier.LessThan or Qualifier.UpTo } && !x.IsVague)
            .GroupBy(x => (x.Quantity!.Value.Qualifier, x.Quantity.Value.Value))
            .Where(g => g.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() >= 2)
            .Select(g => g.ToList());

    /// <summary>The most days apart two counts from different origins may be and still dispute each other, when neither is given as
    /// an update.</summary>
    private const int MaxDisputeDays = 7;

    /// <summary>How many times a smaller running lower bound ("at least 14") a larger one ("at least 16") may be and still be read as
    /// the same count rising, not as two bodies' rival counts ("more than 200" against "more than 500").</summary>
    private const double MaxRisingBoundRatio = 2;

    /// <summary>How many times a smaller figure of a progress measure (identified, vaccinated) a later one from another source may be
    /// and still continue it: a larger multiple is a rival count of the same work, not its progress.</summary>
    private const double MaxProgressGrowth = 4;

    // Whether each document with a claim in the cluster has one that meets the condition.
    private static bool InEachDocument(List<Claim> cluster, Func<Claim, bool> condition) =>
        cluster.GroupBy(c => c.DocumentId, StringComparer.Ordinal).All(d => d.Any(condition));

    // How the clusters of a count over time relate: groups of clusters that all dispute one another (different origins on the same
    // days, or a few days apart with neither given as an update; or, for a whole count, one origin's figures of one day that two
    // reports give without either telling of a change), and the clusters that follow one another as a timeline.
    // Counts bound to one event (a march's participants, already split by day) dispute each other whenever their sources differ.
    // A group never holds two clusters that do not dispute each other (a source's count and its own later update), even when both
    // dispute a third: each group is a set of mutual disputes, and every dispute is in some group.
    private (List<List<List<Claim>>> Conflicts, List<List<Claim>> Sequence) Relations(List<List<Claim>> clusters, string measure, bool oneEvent, bool rising, HashSet<string> runningBounds, HashSet<string> ownCounts)
    {
        // A figure given as an earlier count ("the first count was 27") stood before the day of its report: it dates its cluster only
        // when nothing else does.
        var days = clusters.Select(c => oneEvent ? [DateOnly.MinValue]
            : (c.Exists(x => !x.IsEarlier) ? c.Where(x => !x.IsEarlier) : c).Select(x => x.Time!.Value.Start!.Value).ToHashSet()).ToList();
        var first = days.Select(d => d.Min()).ToList();
        // A source naming two bodies at once is left out of its cluster's sources where other claims name them, and so is the source
        // of a bound that joined a cluster's figures ("more than 100" beside 139): it agrees with them but gives none of them.
        var origins = clusters.Select(c => c.FindAll(x => ValueInterval.Of(x.Quantity!.Value, _options.ApproximateTolerance).IsBounded) is { Count: > 0 } pinned ? pinned : c)
            .Select(c => (c.TrueForAll(Origins.IsJointSource) ? c : c.Where(x => !Origins.IsJointSource(x)))
            .Select(Origins.SourceKey).ToHashSet(StringComparer.Ordinal)).ToList();
        var progress = _words.ProgressMeasures.Contains(MeasureNames.Base(measure));
        var isWhole = MeasureNames.IsWhole(measure);
        var draining = _words.DrainingMeasures.Contains(MeasureNames.Base(measure));
        // Whether every report behind a cluster gives its figure as a running lower bound somewhere ("more than 400" in the lead).
        var boundInEachDocument = clusters.ConvertAll(c => InEachDocument(c, x => runningBounds.Contains(x.Id)));
        // Whether a cluster's current figures are all running lower bounds ("at least 14" so far) and no body's own count: two such
        // clusters close to each other ("at least 14" in one report, "at least 16" in another) both hold, whatever their days.
        var boundsAlone = clusters.ConvertAll(c => (c.Exists(x => !x.IsEarlier) ? c.Where(x => !x.IsEarlier) : c)
            .All(x => runningBounds.Contains(x.Id) && !ownCounts.Contains(x.Id)));
        var disputes = new bool[clusters.Count, clusters.Count];
        var boundBefore = new bool[clusters.Count, clusters.Count]; // disputes of an earlier lower bound with a larger later figure
        var inSequence = new bool[clusters.Count];
        for (var i = 0; i < clusters.Count; i++)
        {
            for (var j = i + 1; j < clusters.Count; j++)
            {
                var sameOrigin = origins[i].Overlaps(origins[j]) || Origins.NamedShortAcross(clusters[i], clusters[j], _gazetteer);
                var later = first[i] > first[j] ? i : j;
                // How far apart the two figures were given at their nearest: a figure also given weeks before ("410 in March") still
                // meets one given a day after it was repeated.
                var apart = days[i].Min(a => days[j].Min(b => Math.Abs(a.DayNumber - b.DayNumber)));
                // On one day, a larger figure given as an update ("rose to 4,120") follows the smaller one: a count rising within the day,
                // unless the smaller one is another named body's own count, which the update does not replace, or every update is an
                // independent body's own estimate ("the rights collective now puts it at 121"), apart from the smaller figure's source,
                // or a count of the missing as it stands beside a plain one (IsStandingCountBesidePlainOne).
                var larger = Center(clusters[i]) > Center(clusters[j]) ? i : j;
                var smaller = larger == i ? j : i;
                // Across days, a larger figure after a smaller one that was itself given as a rising count ("climbs to 25") continues it,
                // and so does a larger figure a later report gives in its own voice ("117 people were arrested"), or from officials it
                // does not name ("officials said 13 had died") when both figures are dated by reports published on different days and
                // neither side is an independent body's own estimate ("activists said 19", "Amnesty said 14"): the count so far. So does
                // a named state body's count up to twice the earlier one, given only in later reports on later days (GrewInLaterReport).
                var earlier = later == i ? j : i;
                var progressed = progress && Center(clusters[larger]) <= MaxProgressGrowth * Center(clusters[smaller]);
                var risingBefore = larger == later && (rising || progressed || clusters[earlier].Exists(c => c.IsUpdate) || clusters[later].TrueForAll(c => c.Attribution is null)
                    || RoseInOneReport(clusters[earlier], clusters[later])
                    || (clusters[later].TrueForAll(Origins.IsUnnamedSource) && !clusters[earlier].Exists(c => c.Attribution is { IsIndependent: true })
                        && PublishedBefore(clusters[earlier], clusters[later]))
                    || GrewInLaterReport(clusters[earlier], days[earlier], clusters[later], days[later], Center(clusters[later]) / Center(clusters[earlier])));
                // One source's two figures of one day in two reports that tell of no change (see SameOriginApartOnOneDay).
                var sameSourceApart = sameOrigin && !oneEvent && isWhole && SameOriginApartOnOneDay(clusters[i], clusters[j]);
                // A count of people not yet found ("missing") drains as they are found: a smaller figure given on a later day than every day
                // of the larger one continues it, whoever gives it.
                var drained = draining && larger == earlier && days[earlier].Max() < days[later].Min();
                var updatedLater = UpdatedLater(clusters[earlier], days[earlier], clusters[later], days[later], larger == earlier && !draining);
                var conflict = days[i].Overlaps(days[j])
                    ? (!sameOrigin || sameSourceApart) && !(!oneEvent && clusters[larger].Exists(c => c.IsUpdate && !IsStandingCountBesidePlainOne(c, clusters[smaller], draining) && !IsOwnEstimateApart(c, clusters[smaller]) && !RepeatsOwnEstimateApart(c, clusters[larger], clusters[smaller]))
                        && !NamedCountApart(clusters[smaller], clusters[larger], runningBounds, ownCounts) && !InstitutionCountApart(clusters[smaller], clusters[larger], runningBounds, ownCounts) && !BodiesOfOtherKinds(clusters[smaller], clusters[larger]) && !RivalRunningCounts(clusters[smaller], clusters[larger], runningBounds, ownCounts)
                        && !(!draining && StoodAfterUpdate(clusters[smaller], clusters[larger], days[larger], clusters)))
                        && !UpdatedInOneDocument(clusters[i], clusters[j]) && !UpdatedInOneDocument(clusters[j], clusters[i])
                        && !(!oneEvent && RunningThenLarger(clusters[smaller], clusters[larger], days[smaller].Max()))
                    : !sameOrigin && !updatedLater && !risingBefore && !drained && apart <= MaxDisputeDays;
                conflict &= !(boundsAlone[i] && boundsAlone[j] && Center(clusters[larger]) <= MaxRisingBoundRatio * Center(clusters[smaller]));
                if (conflict)
                {
                    disputes[i, j] = disputes[j, i] = true;
                    boundBefore[i, j] = boundBefore[j, i] = larger == later && boundInEachDocument[earlier] && days[earlier].Max() < days[later].Min();
                }
                else if (!days[i].Overlaps(days[j]) || !sameOrigin)
                {
                    inSequence[i] = inSequence[j] = true;
                }
            }
        }

        // A count given days before only as a lower bound ("at least 187 injured" on Thursday), or by reports that each give it as one
        // somewhere ("more than 400" in the lead, "about 400" from an official below), was the count so far: a larger figure
        // given after it ("498 injured" on Monday) follows it, whoever gives it, unless that figure is itself disputed; then the bound
        // fits every side and takes none.
        bool Disputed(int k) => Enumerable.Range(0, clusters.Count).Any(m => disputes[k, m] && !boundBefore[k, m]);
        for (var i = 0; i < clusters.Count; i++)
        {
            for (var j = i + 1; j < clusters.Count; j++)
            {
                if (boundBefore[i, j] && !Disputed(Center(clusters[i]) > Center(clusters[j]) ? i : j))
                {
                    disputes[i, j] = disputes[j, i] = false;
                    inSequence[i] = inSequence[j] = true;
                }
            }
        }

        var conflicts = MutualDisputes(disputes).Select(g => g.Select(i => clusters[i]).OrderByDescending(Center).ToList()).ToList();
        return (conflicts, [.. Enumerable.Range(0, clusters.Count).Where(i => inSequence[i]).Select(i => clusters[i])]);
    }

    /// <summary>Whether, across days, the later figure is given as an update that continues the earlier one: some claim of it is an
    /// update ("rose to 44"), unless <paramref name="earlierLargerNotDraining"/> (the earlier figure is the larger one and the
    /// measure does not drain), every day of the later figure follows every day of the earlier one, no source was given for the
    /// earlier figure (a report's own "57 dead") and a source gives the later one as its own update ("has risen to 52, the fire
    /// service said"): the sourced count did not rise from that figure, so the two dispute.</summary>
    private static bool UpdatedLater(List<Claim> earlier, HashSet<DateOnly> earlierDays, List<Claim> later, HashSet<DateOnly> laterDays, bool earlierLargerNotDraining) =>
        later.Exists(c => c.IsUpdate)
        && !(earlierLargerNotDraining && earlierDays.Max() < laterDays.Min()
            && earlier.TrueForAll(c => c.Attribution is null) && later.Exists(c => c.IsUpdate && c.Attribution is not null));

    /// <summary>Whether a report published after every day of <paramref name="larger"/> still gives the smaller figure as its count:
    /// an exact figure, not given as an earlier count, in a sentence with no larger figure of the slot ("the toll had stood at 17"
    /// beside 23), by a report that gives no figure of the larger. A count that rose within the day to the larger figure ("the toll
    /// has risen to 40") is not reported at its old figure the day after, so the update did not replace the smaller figure: the two
    /// dispute. A bound or an approximation given later ("at least 30", "nearly two dozen") fits either and does not count; a
    /// draining count ("missing") falls on its own and is not asked.</summary>
    private static bool StoodAfterUpdate(List<Claim> smaller, List<Claim> larger, HashSet<DateOnly> largerDays, List<List<Claim>> clusters) =>
        smaller.Exists(c => c.Quantity is { Qualifier: Qualifier.Exact } && !c.IsEarlier && HasCountDate(c) && c.Time!.Value.Start!.Value > largerDays.Max()
            && !larger.Exists(l => string.Equals(l.DocumentId, c.DocumentId, StringComparison.Ordinal))
            && !clusters.Exists(k => k.Exists(x => string.Equals(x.DocumentId, c.DocumentId, StringComparison.Ordinal) && x.Span == c.Span
                && x.Quantity!.Value.Value > c.Quantity!.Value.Value)));

    /// <summary>Whether two figures a source gives on one day come from different reports, neither of which tells of a change: no claim
    /// of either is given as an update ("rose to") or as an earlier count, and no report gives both ("the ministry counted 410
    /// arrests" in one paper, "the ministry said 530 had been arrested" in another, the same morning). Nothing orders such figures
    /// within the day, so they read as the reports disagreeing on what the source said, not as its count rising. <c>Relations</c> asks this
    /// only of a whole count: a part of it ("seriously injured", "students among the rescued") belongs to a whole that may itself
    /// differ between the reports (an earlier partial toll, another group freed), so its figures from one source are left as they were.</summary>
    private static bool SameOriginApartOnOneDay(List<Claim> first, List<Claim> second) =>
        !first.Concat(second).Any(c => c.IsUpdate || c.IsEarlier)
        && !first.Exists(a => second.Exists(b => string.Equals(a.DocumentId, b.DocumentId, StringComparison.Ordinal)));

    /// <summary>Whether the smaller figure of a day is another named body's own count, which a larger figure given as an update does
    /// not replace: every claim of it names its source apart from the larger figure's, or each report that gives it names such a
    /// source for it and otherwise relays it in its own voice (a headline's "34 dead" above "the health ministry said 34 had died").
    /// A running lower bound that is no body's own count ("more than 100 missing" so far) names no count of its report.</summary>
    private static bool NamedCountApart(List<Claim> smaller, List<Claim> larger, HashSet<string> runningBounds, HashSet<string> ownCounts)
    {
        bool IsCount(Claim claim) => !runningBounds.Contains(claim.Id) || ownCounts.Contains(claim.Id);
        return Origins.NamedApart(smaller, larger)
            || (InEachDocument(smaller, IsCount) && Origins.NamedApartInEachDocument(smaller.FindAll(IsCount), larger));
    }

    /// <summary>Whether the smaller figure of a day is an institution's own count and the larger another body's, though one of them
    /// is named by one institution word ("police said 28" beside "the Red Cross said the count had climbed to 37"; "the army said"
    /// beside "police said"): each report on either side names a source for its figure (a report's other lines may relay it in its own
    /// voice), every source given is a named body or an institution named short (<see cref="Origins.IsInstitutionNamedShort"/>), one
    /// of them is named short, no source of one side shares an origin or a word of its name with the other's ("police" and "the
    /// city police" are one body), and the two are not organs of one state the attribution ties together
    /// (<see cref="CountSources.OneBodyOrOneState"/>). Two such bodies each give their own count, which the other's update does not
    /// replace. A running lower bound is no count; a figure in the outlet's own voice, or from "officials" (lexicon kind
    /// <c>institution-source</c> leaves the word out), names no body and stays as it was. It cannot tell "police" of one city from
    /// another body of that city unless the attribution ties them together.</summary>
    private bool InstitutionCountApart(List<Claim> smaller, List<Claim> larger, HashSet<string> runningBounds, HashSet<string> ownCounts)
    {
        bool IsCount(Claim claim) => !runningBounds.Contains(claim.Id) || ownCounts.Contains(claim.Id);
        bool IsShort(Claim claim) => Origins.IsInstitutionNamedShort(claim, _words.InstitutionWords.Contains);
        bool IsBody(Claim claim) => Origins.IsNamed(claim) || IsShort(claim);
        var counts = smaller.FindAll(IsCount);
        var sourcedSmaller = counts.FindAll(c => c.Attribution is not null);
        var sourcedLarger = larger.FindAll(c => c.Attribution is not null);
        return InEachDocument(smaller, c => IsCount(c) && c.Attribution is not null) && InEachDocument(larger, c => c.Attribution is not null)
            && sourcedSmaller.TrueForAll(IsBody) && sourcedLarger.TrueForAll(IsBody)
            && (sourcedSmaller.Exists(IsShort) || sourcedLarger.Exists(IsShort))
            && !sourcedSmaller.Exists(c => Origins.SharesOrigin(c, sourcedLarger))
            && !CountSources.OneBodyOrOneState(sourcedSmaller, sourcedLarger, _words, _gazetteer);
    }

    /// <summary>Whether every claim of <paramref name="smaller"/> and every attributed claim of <paramref name="larger"/> name their
    /// source by a capitalised body's name, and no organisation word of the one side's names ("Network") is in the other's
    /// ("Observatory"): two bodies of different kinds, however many other words their names share ("the Vorland Network for Civic
    /// Rights counted 310" beside "the Vorland Observatory for Civic Rights now counts 455"), each giving its own count, which the
    /// other's update does not replace.</summary>
    private bool BodiesOfOtherKinds(List<Claim> smaller, List<Claim> larger)
    {
        HashSet<string> KindsOf(Claim claim) => claim.Attribution?.Organization is { } name
            ? name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(_words.OrganisationWords.Contains).ToHashSet(StringComparer.Ordinal)
            : [];
        var named = larger.FindAll(c => c.Attribution is not null);
        if (named.Count == 0 || !smaller.TrueForAll(Origins.IsNamed))
        {
            return false;
        }

        var smallerKinds = smaller.ConvertAll(KindsOf);
        var largerKinds = named.ConvertAll(KindsOf);
        return smallerKinds.TrueForAll(k => k.Count > 0) && largerKinds.TrueForAll(k => k.Count > 0)
            && !smallerKinds.Exists(a => largerKinds.Exists(a.Overlaps));
    }

    /// <summary>Whether, on one day, each report behind the smaller figure also gives it as the count so far ("the toll has climbed
    /// to 34"; a running lower bound, "more than 100 still missing", is no count), none of them gives the larger figure, and every
    /// report on either side names a source for its figure (not a body named by one common word): two named sources each telling
    /// the latest count, which differ, are rival counts, not one count rising, since neither report knows the other's figure. A
    /// report published after that day that still gives the larger figure makes it the next step of the count
    /// (see <see cref="RunningThenLarger"/>).</summary>
    private static bool RivalRunningCounts(List<Claim> smaller, List<Claim> larger, HashSet<string> runningBounds, HashSet<string> ownCounts) =>
        InEachDocument(smaller, c => c.IsUpdate && (!runningBounds.Contains(c.Id) || ownCounts.Contains(c.Id))) && InEachDocument(smaller, Origins.IsNamed) && InEachDocument(larger, Origins.IsNamed)
        && !ShareADocument(smaller, larger);

    /// <summary>How many times the smaller figure a later report's count may be and still be read as that count grown
    /// (<see cref="GrewInLaterReport"/>): a larger multiple is a rival estimate, not the next step of the count.</summary>
    private const double MaxLaterReportGrowth = 2;

    /// <summary>Whether <paramref name="later"/>'s figure, larger than <paramref name="earlier"/>'s by at most
    /// <see cref="MaxLaterReportGrowth"/> times, was given only on days after every day of the earlier figure, by reports that do not
    /// give the earlier one, neither side is an independent body's own estimate ("rights groups said", "Amnesty said"), the named
    /// sources are one body or organs of one state (<see cref="CountSources.OneBodyOrOneState"/>), and neither count is given only
    /// over a span its sentence states (<see cref="Claim.IsOverStatedSpan"/>): a state's count given days later ("the transport
    /// minister said eight had been arrested" on Thursday, after "the interior minister said six" on Wednesday) is the count grown, not
    /// a rival. A figure one report gives over a span ("nine killed over four days") that another report of its side gives plainly as
    /// the count ("the ministry said nine had died") is that running count. Publication days alone cannot order figures of one day;
    /// another body's count ("a relief network said 19"), a count given only over a span ("900 left in 48 hours") and a state organ
    /// the <c>state</c> words do not name ("police said") keep disputing.</summary>
    private bool GrewInLaterReport(List<Claim> earlier, HashSet<DateOnly> earlierDays, List<Claim> later, HashSet<DateOnly> laterDays, double growth) =>
        earlierDays.Max() < laterDays.Min() && growth <= MaxLaterReportGrowth
        && !earlier.Exists(c => c.Attribution is { IsIndependent: true }) && !later.Exists(c => c.Attribution is { IsIndependent: true })
        && !ShareADocument(earlier, later)
        && CountSources.OneBodyOrOneState(earlier, later, _words, _gazetteer)
        && !earlier.TrueForAll(c => c.IsOverStatedSpan) && !later.TrueForAll(c => c.IsOverStatedSpan);

    /// <summary>Whether every figure of a cluster is given for one night or one ranked day of a series ("994 arrests on the fourth
    /// night", "40 died overnight"; <see cref="Claim.IsOneOccurrence"/>), and none as an update ("the toll rose overnight to 40"): the
    /// count of one occurrence, which is no step of a running total nor of another night's count, so it takes no place in a timeline.
    /// Figures of the same night still meet as rivals.</summary>
    private static bool IsOneOccurrenceCount(List<Claim> cluster) => cluster.TrueForAll(c => c.IsOneOccurrence && !c.IsUpdate);

    // Whether one document gives a figure of each.
    private static bool ShareADocument(List<Claim> first, List<Claim> second) =>
        first.Exists(a => second.Exists(b => string.Equals(a.DocumentId, b.DocumentId, StringComparison.Ordinal)));

    /// <summary>Whether the figures are a count or a sum of money (not a share, a length or a speed) that at least two reports give as
    /// rising ("has now risen to 480 firms" in one, "the tally keeps climbing: 610 firms" in another): the figures of such a measure
    /// that no <c>cumulative-measure</c> names are then read as one running count. One report's cue is not enough, since the update
    /// cues also read fixed facts ("the protests reached 23 districts", "with 120 still trapped"); a share or a physical figure given
    /// as rising is left to the discrepancy ("rose to 52%" does not make a rival's 48% an earlier step).</summary>
    private static bool IsRisingInTwoReports(List<Claim> group) =>
        group.TrueForAll(c => c.Quantity!.Value.Unit.Kind is UnitKind.Count or UnitKind.Currency)
        && group.Where(c => c.IsUpdate).Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Skip(1).Any();

    /// <summary>Whether one report gives a figure of <paramref name="earlier"/> for a day it states and a larger figure of
    /// <paramref name="later"/> for a later day ("31 people had been declared dead on Tuesday" beside "the fire killed 33" in Thursday's
    /// report): the report tells of the count rising, not of a dispute with itself or its sources.</summary>
    private static bool RoseInOneReport(List<Claim> earlier, List<Claim> later) =>
        earlier.Exists(e => HasStatedTime(e) && later.Exists(l => l.DocumentId == e.DocumentId && HasCountDate(l)
            && l.Time!.Value.Start!.Value > e.Time!.Value.End!.Value && l.Quantity!.Value.Value > e.Quantity!.Value.Value));

    /// <summary>Whether the smaller figure of one day was given as a count still rising in each report that gives it ("the toll had
    /// climbed to 31"), no figure of the larger is an independent body's own estimate, and a report published after the smaller
    /// figure's last day still gives the larger one ("the crash killed 44" two days on): the larger figure of that day ("the agency
    /// said 44 died") was the next step of the count and became its settled figure, not a rival of it.</summary>
    private static bool RunningThenLarger(List<Claim> smaller, List<Claim> larger, DateOnly smallerLastDay) =>
        InEachDocument(smaller, c => c.IsUpdate) && !larger.Exists(c => c.Attribution is { IsIndependent: true })
        && larger.GroupBy(c => c.DocumentId, StringComparer.Ordinal).Any(d => d.All(c => c.Time!.Value.Start!.Value > smallerLastDay));

    /// <summary>The clusters of a count that follow one another on a single day, smallest first, when the largest is given as an update
    /// ("43 died in the fire", then "the toll rose to 46" the same morning): the count rose within the day. Null when the largest
    /// figure is not given as an update: figures of one day that merely differ are left to the disputes.</summary>
    private List<List<Claim>>? RisesWithinDay(List<List<Claim>> sequence)
    {
        var ordered = sequence.OrderBy(Center).ToList();
        return ordered[^1].Exists(c => c.IsUpdate) && Center(ordered[0]) < Center(ordered[^1]) ? ordered : null;
    }

    // Whether a count of a draining measure (the missing) is given only as it stands ("418 are still missing", Claim.IsCountSoFar)
    // beside a smaller figure no report gives so: every report tells the missing so, whatever its hour, so it tells of no rise from a
    // body's plain count of its day. Beside a smaller figure also given as it stands, the two may be one count read at two hours of the
    // search, and stay as they were.
    private static bool IsStandingCountBesidePlainOne(Claim claim, List<Claim> smaller, bool draining) =>
        draining && claim.IsCountSoFar && !smaller.Exists(x => x.IsCountSoFar);

    // Whether a figure is an independent body's own estimate, apart from the smaller figure's source ("the rights collective now puts it
    // at 121").
    private static bool IsOwnEstimateApart(Claim claim, List<Claim> smaller) =>
        claim.Attribution is { IsIndependent: true } && Origins.NamedApart([claim], smaller);

    // Whether an unattributed line (a headline: "toll now at 121") repeats a figure its document gives as such an estimate.
    private static bool RepeatsOwnEstimateApart(Claim update, List<Claim> cluster, List<Claim> smaller) =>
        update.Attribution is null && cluster.Exists(c => c.DocumentId == update.DocumentId && IsOwnEstimateApart(c, smaller));

    // Whether each cluster holds a figure dated by its report's publication (a scope with no words in the text) and the earlier
    // cluster's reports came out before the later one's: reports of different days, not two datings of one day's report.
    private static bool PublishedBefore(List<Claim> earlier, List<Claim> later)
    {
        var before = earlier.Where(c => c.Time is { Span: null, Start: not null }).Select(c => c.Time!.Value.Start!.Value).ToList();
        var after = later.Where(c => c.Time is { Span: null, Start: not null }).Select(c => c.Time!.Value.Start!.Value).ToList();
        return before.Count > 0 && after.Count > 0 && before.Max() < after.Min();
    }

    /// <summary>The clusters of a dispute cut to the days all of them were given on: a figure a cluster also held a day before
    /// ("more than 700" on the first day, "about 750" and "about 800" on the next) stood before the disagreement and is not a side
    /// of it. Clusters stay whole when they share no day, or when the cut would leave bounds alone on a side that held a figure.
    /// A side the cut would leave only in reports that each give its figure as a lower bound, while a report a few days off gives
    /// that figure plainly ("at least 23" in the first reports, "23 died" in the next day's), keeps the reports of those days: a
    /// count that stood at its figure after the day is a rival of the larger figure given that day, not the count so far that
    /// the larger one fits.</summary>
    private static List<List<Claim>> OnSharedDays(List<List<Claim>> clusters, Dictionary<string, Claim> shown)
    {
        var shared = clusters.Select(c => c.Select(x => x.Time!.Value.Start!.Value).ToHashSet())
            .Aggregate((a, b) => { a.IntersectWith(b); return a; });
        var cut = clusters.ConvertAll(c => c.FindAll(x => shared.Contains(x.Time!.Value.Start!.Value)));
        bool Pinned(List<Claim> cluster) => cluster.Exists(x => ValueInterval.Of(shown[x.Id].Quantity!.Value, 0).IsBounded);
        var keepsPins = clusters.Zip(cut).All(pair => !Pinned(pair.First) || Pinned(pair.Second));
        if (shared.Count == 0 || !keepsPins)
        {
            return clusters;
        }

        bool BoundInEachReport(List<Claim> cluster) => cluster.Count > 0
            && InEachDocument(cluster, x => shown[x.Id].Quantity is { Qualifier: Qualifier.AtLeast or Qualifier.MoreThan });
        bool NearShared(Claim claim) => shared.Any(day => Math.Abs(day.DayNumber - claim.Time!.Value.Start!.Value.DayNumber) <= MaxDisputeDays);
        return clusters.Zip(cut, (whole, side) => BoundInEachReport(side) && !BoundInEachReport(whole) ? whole.FindAll(NearShared) : side).ToList();
    }

    /// <summary>Whether a document gives a figure of <paramref name="updated"/> as an update ("lowered the toll to 1,800") and a figure
    /// of <paramref name="other"/> beside it ("had initially put it at 3,100"): the document itself sets one after the other, unless
    /// the other is another named body's own count, or the update is a named body's own estimate apart from the other's source ("the
    /// collective now estimates 121, far above the authorities' 48"), or a headline repeating such an estimate the document gives.</summary>
    private static bool UpdatedInOneDocument(List<Claim> updated, List<Claim> other) =>
        updated.Exists(u => u.IsUpdate && other.Exists(o => o.DocumentId == u.DocumentId) && !Origins.NamedApart([u], other) && !RepeatsOwnEstimateApart(u, updated, other))
        && !Origins.NamedApart(other, updated);

    /// <summary>How many times its low end a range's high end must be for the range to be read as a bound, not a point.</summary>
    private const double WideRangeRatio = 2;

    /// <summary>Whether a cluster of running lower bounds reads as a body's count rather than a rough bound: some report gives its
    /// figure with no qualifier ("121 dead" beside "at least 121") and the figure is not a multiple of ten. It cannot tell a count that
    /// happens to be round ("at least 40", "40 dead") from a rough bound, and leaves it a bound.</summary>
    private static bool ReadsAsCount(List<Claim> cluster, Dictionary<string, Claim> shown) =>
        cluster.Exists(x => shown[x.Id].Quantity is { Qualifier: Qualifier.Exact })
        && cluster.Max(x => shown[x.Id].Quantity!.Value.Value) is var figure && figure % RoundFigure != 0;

    /// <summary>The step a rough figure is rounded to ("more than 300", "at least 50").</summary>
    private const double RoundFigure = 10;

    private static bool IsWideRange(Claim claim) =>
        claim.Quantity is { Qualifier: Qualifier.Range, Low: > 0 and var low, High: { } high } && high >= WideRangeRatio * low;

    /// <summary>Groups of clusters that all dispute one another, covering every dispute: each dispute not yet in a group starts one,
    /// which takes every further cluster (in order) that disputes all its members.</summary>
    internal static List<List<int>> MutualDisputes(bool[,] disputes)
    {
        var count = disputes.GetLength(0);
        var covered = new bool[count, count];
        var groups = new List<List<int>>();
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                if (!disputes[i, j] || covered[i, j])
                {
                    continue;
                }

                var group = new List<int> { i, j };
                for (var k = 0; k < count; k++)
                {
                    if (k != i && k != j && group.TrueForAll(m => disputes[m, k]))
                    {
                        group.Add(k);
                    }
                }

                foreach (var a in group)
                {
                    foreach (var b in group)
                    {
                        covered[a, b] = true;
                    }
                }

                groups.Add(group);
            }
        }

        return groups;
    }

    private void AddDiscrepancy(string subject, string measure, int modalityClass, string? place, string topic, List<List<Claim>> clusters, List<List<Claim>> slot, List<Claim> neutral,
        HashSet<string> ownCounts, Dictionary<string, Claim> shown, Dictionary<string, string> names, List<Finding> findings)
    {
        // Clusters are sorted from the largest figure down: a lower side that is only running counts given as lower bounds ("at
        // least 13", as written, before CompareGroup read them as counts on their day) fits the larger figure and takes no side, and
        // so does a side each of whose documents gives its figure as a lower bound somewhere ("15 dead" in a headline, "at least 15"
        // in the text).
        // On the same day, though, a lower bound reaches only so far: "more than 670" does not fit another body's 2,000 given that
        // day (see LowerBoundReach). An earlier day's bound was the count so far, and a vague plural above it ("thousands") names
        // no figure to set against it.
        double? largest = clusters[0].TrueForAll(c => c.IsVague) ? null : Center(clusters[0]);
        var largestDays = clusters[0].Where(x => x.Time is { Start: not null }).Select(x => x.Time!.Value.Start!.Value).ToHashSet();
        // The document's lower bound may stand among the figures that fit every side: "15 killed" in a headline whose text says "at
        // least 15" leaves the bound there and only the headline's figure in the side.
        var lowerBounds = clusters.Skip(1).SelectMany(c => c).Concat(neutral).Select(x => shown[x.Id])
            .Where(x => x.Quantity is { Qualifier: Qualifier.AtLeast or Qualifier.MoreThan })
            .Select(x => (x.DocumentId, x.Quantity!.Value.Value)).ToHashSet();
        bool FitsLarger(List<Claim> c) => !c.Exists(x => ownCounts.Contains(x.Id))
            && InEachDocument(c, x => lowerBounds.Contains((x.DocumentId, shown[x.Id].Quantity!.Value.Value)))
            && !(largest >= LowerBoundReach * c.Max(x => shown[x.Id].Quantity!.Value.Value) && c.Exists(x => x.Time is { Start: { } day } && largestDays.Contains(day)));

        // Such a bound fits only the figures at or above it. One above a smaller side contradicts that side, and stays a side where it
        // reads as a body's count: some report gives its figure plainly and it is no round figure ("at least 121" with "121 dead"
        // beside another body's 64). A round bound ("more than 300") is a rough one and still takes no side.
        var firstTrailing = clusters.Count - clusters.Skip(1).Reverse().TakeWhile(FitsLarger).Count();
        var consistent = clusters.Where((c, i) => i > 0 && FitsLarger(c) && (i >= firstTrailing || !ReadsAsCount(c, shown))).ToList();
        if (consistent.Count > 0)
        {
            clusters = clusters.Except(consistent).ToList();
            neutral = [.. neutral, .. consistent.SelectMany(c => c)];
            if (clusters.Count < 2)
            {
                return;
            }
        }

        // The one side a report gives as one night's or one ranked day's count, below another side, is a part of that count so far,
        // not a rival of it (see OneOccurrenceParts).
        var occurrences = OneOccurrenceParts(measure, clusters);
        if (occurrences.Count > 0)
        {
            clusters = clusters.Except(occurrences).ToList();
            if (clusters.Count < 2)
            {
                return;
            }
        }

        // A side that only restates, in reports that give another side's figure too, is no rival of that figure: a writer or a source
        // does not contradict itself, and the report tells the two apart (a part and its whole, another date or place, another group:
        // "12 provinces had reported 40 cases on Monday; by Friday 20 provinces had 75"). See RestatingSides.
        var restating = RestatingSides(clusters, slot);
        if (restating.Count > 0)
        {
            clusters = clusters.Except(restating).ToList();
            if (clusters.Count < 2)
            {
                return;
            }
        }

        // Sides each given only in sentences that also give another side's figure from the same source are figures the text itself
        // tells apart (a part beside its whole, last year's beside this year's, one candidate's votes beside another's): only the one
        // nearest another side's figure stays a side (see SentenceSiblingSides).
        var siblings = SentenceSiblingSides(clusters);
        if (siblings.Count > 0)
        {
            clusters = clusters.Except(siblings).ToList();
            if (clusters.Count < 2)
            {
                return;
            }
        }

        // A bound that joined a side beside a figure it admits ("more than 100" beside another report's 115) fits that figure and
        // gives none of its own: it takes no side, so it is never set against the figures it fits (see BoundsFittingTheirSide).
        var fitting = BoundsFittingTheirSide(clusters);
        if (fitting.Count > 0)
        {
            clusters = [.. clusters.Select(c => c.FindAll(x => !fitting.Contains(x))).OrderByDescending(Center)];
        }

        // Figures from one document are compared with other documents' figures, not with each other: a single report's figures that
        // differ are different things (a loan and its yearly interest), not sources in dispute, unless the report gives each figure
        // to a different source ("57,000 according to police, 230,000 according to the organisers").
        if (clusters.SelectMany(c => c).Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2 && !Origins.AttributedApart(clusters))
        {
            return;
        }

        // Figures that every report gives side by side, in one sentence from one source, are different things (a payment to each
        // bereaved family and another to each injured person), not sources in dispute: a dispute needs a statement of one figure
        // that does not also give the other.
        if (clusters.TrueForAll(c => c.TrueForAll(x => clusters.TrueForAll(other => ReferenceEquals(other, c) || other.Exists(y => SameStatement(x, y))))))
        {
            return;
        }

        var high = Center(clusters[0]);
        var low = Center(clusters[^1]);
        var ratio = low > 0 ? high / low : double.PositiveInfinity;
        var severity = ratio >= 2 ? FindingSeverity.High : ratio >= 1.25 ? FindingSeverity.Medium : FindingSeverity.Low;
        var shownClusters = clusters.Select(c => c.Select(x => shown[x.Id]).ToList()).ToList();
        var shownNeutral = neutral.Select(c => shown[c.Id]).ToList();
        var shownFitting = fitting.ConvertAll(c => shown[c.Id]);
        var sides = shownClusters.Select(c => new FindingSide(Explanations.Label(c), [.. c.Select(x => x.Id)])).ToImmutableArray();
        var origins = shownClusters.Select(c => Origins.IndependentOrigins(c)).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Sources disagree on {Explanations.Describe(_words, subject, measure, place, modalityClass)}: ");
        text.AppendJoin(" vs ", shownClusters.Select(c => $"{Explanations.Label(c)} ({Explanations.Sources(c, names)})"));
        if (double.IsFinite(ratio) && ratio >= 1.05)
        {
            text.Append(CultureInfo.InvariantCulture, $"; the figures differ by a factor of about {ratio:0.#}");
        }

        text.Append('.');
        if (shownNeutral.Count > 0)
        {
            var neutralOrigins = Origins.IndependentOrigins(shownNeutral);
            text.Append(CultureInfo.InvariantCulture, $" Consistent with every side: {Explanations.Label(shownNeutral)} ({Explanations.Sources(shownNeutral, names)}; {neutralOrigins} independent {(neutralOrigins == 1 ? "origin" : "origins")}).");
        }

        if (shownFitting.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Fitting one side's figure without giving it: {Explanations.Label(shownFitting)} ({Explanations.Sources(shownFitting, names)}).");
        }

        text.Append(CultureInfo.InvariantCulture, $" Independent origins per side: {string.Join(" vs ", origins)}.");
        findings.Add(new Finding
        {
            Id = string.Empty,
            Kind = FindingKind.NumericDiscrepancy,
            Severity = severity,
            Topic = topic,
            Sides = sides,
            Neutral = [.. neutral.Concat(fitting).Select(c => c.Id)],
            ClaimIds = [.. clusters.SelectMany(c => c).Concat(neutral).Concat(fitting).Select(c => c.Id)],
            Explanation = text.ToString(),
        });
    }

    /// <summary>The bounds of the sides that fit a figure of their own side without giving it: a lower or upper bound ("at least 38",
    /// "more than 100", "fewer than 50") beside which the side holds a point figure it admits ("39", "about 115"; a lower bound reaches
    /// up to <see cref="LowerBoundReach"/> times its own figure) and no point figure of its own value. Such a bound agrees with the
    /// figure and disputes nothing it admits, so a dispute lists it as neutral, not on the side. "Up to" names an estimate's high
    /// figure and keeps its side; a bound at a point's figure ("at least 48" beside "48") gives that figure and keeps it too, as do
    /// the lower bounds CompareGroup reads as counts (running or rival counts, already exact here). What it cannot see: a bound a
    /// report gives as a rival estimate just below another's figure ("at least 14" against "15") is read as fitting it.</summary>
    private List<Claim> BoundsFittingTheirSide(List<List<Claim>> clusters)
    {
        var fitting = new List<Claim>();
        foreach (var cluster in clusters)
        {
            var points = cluster.Where(x => !x.IsVague && !IsWideRange(x) && ValueInterval.Of(x.Quantity!.Value, _options.ApproximateTolerance).IsBounded)
                .Select(x => x.Quantity!.Value.Value).ToList();
            fitting.AddRange(cluster.Where(x => x.Quantity is { Qualifier: Qualifier.AtLeast or Qualifier.MoreThan or Qualifier.AtMost or Qualifier.LessThan } q
                && !points.Contains(q.Value) && points.Exists(WithLowerBoundReach(ValueInterval.Of(q, _options.ApproximateTolerance)).Contains)));
        }

        return fitting;
    }

    internal List<List<Claim>> Cluster(List<Claim> claims)
    {
        // Connected components of figures that agree (see Agree). Agreeing figures overlap, so with the figures sorted by their low
        // end only the pairs up to the first one starting past a figure's high end need a test.
        var sorted = claims.Select(c => (Claim: c, Interval: ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance)))
            .OrderBy(x => x.Interval.Low).ThenBy(x => x.Interval.High).ThenBy(x => x.Claim.Id, StringComparer.Ordinal).ToList();
        var root = Enumerable.Range(0, sorted.Count).ToArray();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count && sorted[j].Interval.Low <= sorted[i].Interval.High; j++)
            {
                if (Agree(sorted[i].Claim, sorted[i].Interval, sorted[j].Claim, sorted[j].Interval))
                {
                    root[RootOf(root, j)] = RootOf(root, i);
                }
            }
        }

        var clusters = new List<List<Claim>>();
        var clusterOfRoot = new Dictionary<int, List<Claim>>();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (!clusterOfRoot.TryGetValue(RootOf(root, i), out var cluster))
            {
                cluster = [];
                clusterOfRoot[RootOf(root, i)] = cluster;
                clusters.Add(cluster);
            }

            cluster.Add(sorted[i].Claim);
        }

        return clusters;
    }

    /// <summary>The "about" figures of <paramref name="points"/> within which two exact figures given for its own day fall that
    /// disagree with each other ("about 100" beside 96 and 97, all on Monday): such a figure fits both and would chain them into one cluster, so it is left out of the
    /// clustering and joins the cluster of the exact figure nearest to it (or no side where two are equally near). An "about" figure
    /// beside exact figures that agree, beside one, or beside figures of different days (a count that grew) stays a point.</summary>
    private HashSet<Claim> BridgesExactFigures(List<Claim> points)
    {
        var exact = points.Where(c => c.Quantity!.Value.Qualifier == Qualifier.Exact)
            .Select(c => (Claim: c, Interval: ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance))).ToList();
        var bridging = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        if (exact.Count < 2)
        {
            return bridging;
        }

        foreach (var about in points.Where(c => c.Quantity!.Value.Qualifier == Qualifier.Approximately && c.Time is { Start: not null }))
        {
            var interval = ValueInterval.Of(about.Quantity!.Value, _options.ApproximateTolerance);
            var inside = exact.FindAll(e => e.Claim.Time?.Start == about.Time!.Value.Start && interval.Contains(e.Interval.Center));
            if (inside.Exists(a => inside.Exists(b => !Agree(a.Claim, a.Interval, b.Claim, b.Interval))))
            {
                bridging.Add(about);
            }
        }

        return bridging;
    }

    /// <summary>The cluster holding the exact figure nearest to <paramref name="about"/>'s figure ("about 100" beside 96 and 97: 97's),
    /// or null when two exact figures are equally near.</summary>
    private static List<Claim>? NearestExactCluster(List<List<Claim>> clusters, Claim about)
    {
        var value = about.Quantity!.Value.Value;
        var ranked = clusters.SelectMany(c => c.Where(x => x.Quantity!.Value.Qualifier == Qualifier.Exact).Select(x => (Cluster: c, Distance: Math.Abs(x.Quantity!.Value.Value - value))))
            .OrderBy(x => x.Distance).Take(2).ToList();
        return ranked is [var first, var second] && (first.Distance < second.Distance || first.Cluster == second.Cluster) ? first.Cluster : null;
    }

    private static int RootOf(int[] root, int i)
    {
        while (root[i] != i)
        {
            root[i] = root[root[i]];
            i = root[i];
        }

        return i;
    }

    // Two figures agree when one lies within what the other allows: "276" fits "about 300" (270 to 330), but "about 250" (225 to
    // 275) and "about 300" do not agree just because their allowances touch; a report's "some 250" and another's "around 300" are
    // two estimates. A range ("140 to 150") agrees with any figure it overlaps.
    // "At least 48 died" in one report and "killed 48" in another: a bound ("at least", "more than", "up to", "at most") whose own figure
    // is the figure of a point of the cluster from another report gives that number and joins it; "at least 40" beside 48 only fits
    // it, and "fewer than 50" gives no 50. "More than 48" meets 48 only where the exact figure's rounding lets the two intervals
    // overlap (10,000 or more).
    private static bool IsBoundAtFigure(Claim bound, List<Claim> cluster) =>
        bound.Quantity is { Qualifier: Qualifier.AtLeast or Qualifier.MoreThan or Qualifier.UpTo or Qualifier.AtMost } given
        && cluster.Exists(c => c.DocumentId != bound.DocumentId && c.Quantity!.Value.Value == given.Value);

    private static bool Agree(Claim a, ValueInterval aInterval, Claim b, ValueInterval bInterval) =>
        a.Quantity!.Value.Qualifier == Qualifier.Range || b.Quantity!.Value.Qualifier == Qualifier.Range
            ? aInterval.Overlaps(bInterval)
            : aInterval.Contains(bInterval.Center) || bInterval.Contains(aInterval.Center);

    /// <summary>How far above its figure a lower bound is read to reach when set against another body's figure: in news usage "more
    /// than 700" names an estimate near 700 and fits "about 750", but a figure twice it or more ("more than 2,000", or a union's
    /// "more than a million" beside a ministry's "more than 500,000") is a different estimate, not a refinement of the bound.</summary>
    private const double LowerBoundReach = 2;

    // Bounds grouped so that every group has a value all its members allow: "at most 2,000" and "at least 1,000" agree, and
    // "at least 5,000" stands apart from both (a chain of overlaps is not agreement). A lower bound reaches up to twice its
    // figure: "more than 670" and "more than 2,000" are two estimates that disagree; an "up to" reaches down to two thirds of its
    // figure (see UpToReach).
    internal List<List<Claim>> GroupByCommonValue(List<Claim> bounds)
    {
        var groups = new List<List<Claim>>();
        var common = new ValueInterval(double.NegativeInfinity, double.PositiveInfinity); // the values every member of the group allows
        foreach (var (claim, interval) in bounds
                     .Select(c => (Claim: c, Interval: WithLowerBoundReach(UpToReach(c.Quantity!.Value, ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance)))))
                     .OrderBy(x => x.Interval.Low).ThenBy(x => x.Interval.High).ThenBy(x => x.Claim.Id, StringComparer.Ordinal))
        {
            if (groups.Count == 0 || !interval.Overlaps(common))
            {
                groups.Add([]);
                common = interval;
            }
            else
            {
                common = Intersect(common, interval);
            }

            groups[^1].Add(claim);
        }

        return groups;
    }

    // The values two overlapping intervals both allow: "more than 100" and "at most 100" share none, so an end is open if either
    // interval's end there is.
    private static ValueInterval Intersect(ValueInterval a, ValueInterval b) => new(
        Math.Max(a.Low, b.Low), Math.Min(a.High, b.High),
        LowOpen: (a.Low >= b.Low && a.LowOpen) || (b.Low >= a.Low && b.LowOpen),
        HighOpen: (a.High <= b.High && a.HighOpen) || (b.High <= a.High && b.HighOpen));

    /// <summary>The sides of a dispute left out as restatements. A side restates when each of its claims is a count or a sum of money
    /// that its report gives from the same source beside a claim of another side of the slot (<see cref="SideGivenBeside"/>). It is
    /// left out only through an anchor: a side of the slot (<paramref name="slot"/>, every side, not only those of this dispute) that
    /// does not restate itself, is always kept, and is given by as many reports as the restating side or more. Two sides that only
    /// restate each other (one sentence's two sums, "£2m against £250m" in two reports) both stay, since neither tells which figure
    /// is the one in dispute. Shares and physical sizes are never left out, as in SentenceSiblings: one sentence's two percentages
    /// are mostly a dispute or a change it reports. What it cannot see: a source that gives two rival figures of one slot in one
    /// report (an earlier count beside its own correction) loses the one other reports do not give.</summary>
    private static List<List<Claim>> RestatingSides(List<List<Claim>> clusters, List<List<Claim>> slot)
    {
        bool Restates(List<Claim> side, Func<List<Claim>, bool> through) =>
            side.TrueForAll(x => x.Quantity is { } q && q.Unit.Kind is UnitKind.Count or UnitKind.Currency
                && slot.Exists(other => !other.Contains(x) && through(other) && other.Exists(y => SideGivenBeside(x, y))));
        static int Reports(List<Claim> side) => side.Select(x => x.DocumentId).Distinct(StringComparer.Ordinal).Count();

        var anchors = slot.Where(side => !Restates(side, _ => true)).ToList();
        return anchors.Count == 0
            ? []
            : clusters.Where(side => Restates(side, other => anchors.Contains(other) && Reports(other) >= Reports(side))).ToList();
    }

    /// <summary>The sides of a dispute to leave out as one statement's figures: sides whose every claim is a count or a sum of money
    /// that its sentence gives beside a claim of another side, from the same source ("the gang had demanded $2 million and $400,000
    /// from two smaller utilities", its security chief said). One statement that sets two figures of a slot side by side tells them
    /// apart (a part, an earlier year, another candidate), so they are no rivals of each other, and of them only the one nearest (by
    /// ratio) a figure of the other sides stays, as the one that may count what the others count, one for each statement (two reports
    /// that each give a pair keep the nearest of each pair); with no other side, none is left
    /// out. RestatingSides leaves out a side that restates a figure given elsewhere on its own; these sides only restate each other.
    /// Shares, physical sizes and durations stay, as there (one sentence's two percentages are mostly a dispute or a change it
    /// reports). What it cannot see: a figure so left out that does dispute another report's (a victim's demand that another report
    /// gives otherwise) is lost to the dispute.</summary>
    private List<List<Claim>> SentenceSiblingSides(List<List<Claim>> clusters)
    {
        var siblings = clusters.Where(side => side.TrueForAll(x => x.Quantity is { } q && q.Unit.Kind is UnitKind.Count or UnitKind.Currency
            && clusters.Exists(other => !ReferenceEquals(other, side) && other.Exists(y => SameStatement(x, y))))).ToList();
        var others = clusters.Except(siblings).ToList();
        if (siblings.Count == 0 || others.Count == 0)
        {
            return [];
        }

        var nearest = Statements(siblings).Select(statement => statement.MinBy(side => others.Min(other => RatioApart(Center(side), Center(other))))!);
        return siblings.Except(nearest).ToList();
    }

    /// <summary>Sides grouped by the statements that give them side by side (<see cref="SameStatement"/>): two sides that share a
    /// statement, directly or through a third, are one group ("$2 million and $400,000" in one report, "$5 million and $300,000" in another
    /// make two groups).</summary>
    private static List<List<List<Claim>>> Statements(List<List<Claim>> sides)
    {
        var statements = new List<List<List<Claim>>>();
        foreach (var side in sides)
        {
            var joined = statements.Where(group => group.Exists(other => other.Exists(x => side.Exists(y => SameStatement(x, y))))).ToList();
            statements.RemoveAll(joined.Contains);
            statements.Add([.. joined.SelectMany(group => group), side]);
        }

        return statements;
    }

    /// <summary>How many times the smaller of two figures the larger is; infinite when either is zero or less.</summary>
    private static double RatioApart(double a, double b) =>
        Math.Min(a, b) <= 0 ? double.PositiveInfinity : Math.Max(a, b) / Math.Min(a, b);

    /// <summary>Whether the report of x also gives y's figure from x's source, as a point (a bound such as "more than 100" that fits
    /// another figure does not give it): in x's sentence or, when that source is named, anywhere in the report (an unnamed figure in
    /// another sentence may be another source the text names without an attribution: "the Vorland poll: 41%").</summary>
    private static bool SideGivenBeside(Claim x, Claim y) =>
        SameReportAndSource(x, y) && (x.Span == y.Span || x.Attribution is not null) && y.Quantity is { Qualifier: Qualifier.Exact or Qualifier.Approximately };

    // Two figures from one sentence of one document, given by one source.
    private static bool SameStatement(Claim a, Claim b) => SameReportAndSource(a, b) && a.Span == b.Span;

    // Two figures from one document, given by one source.
    private static bool SameReportAndSource(Claim a, Claim b) =>
        a.DocumentId == b.DocumentId && string.Equals(Origins.SourceKey(a), Origins.SourceKey(b), StringComparison.Ordinal);

    // A lower bound ("at least 600") as the values it is read to allow: up to, not including, LowerBoundReach times its figure.
    private static ValueInterval WithLowerBoundReach(ValueInterval interval) =>
        double.IsFinite(interval.Low) && double.IsPositiveInfinity(interval.High) && interval.Low > 0
            ? interval with { High = interval.Low * LowerBoundReach, HighOpen = true }
            : interval;

    /// <summary>How far below its figure an "up to" is read to reach: to two thirds of it.</summary>
    private const double UpToReachShare = 2.0 / 3;

    // "Up to" names the high figure of an estimate, not a ceiling: "up to 12,000" (or "as many as") is read to reach down to two
    // thirds of its figure, so that a police count of 4,500 stands against a union's "up to 12,000", and a coroner's 14 against
    // "as many as 30", instead of fitting under them; "about 1,000" still fits "up to 1,200".
    private static ValueInterval UpToReach(Quantity quantity, ValueInterval interval) =>
        quantity.Qualifier == Qualifier.UpTo && quantity.Value > 0
            ? interval with { Low = quantity.Value * UpToReachShare, LowOpen = true }
            : interval;

    // The clusters a bound fits: those with a member whose interval meets the bound's.
    internal List<int> OverlappingClusters(List<List<Claim>> clusters, ValueInterval interval) =>
        [.. Enumerable.Range(0, clusters.Count)
            .Where(i => clusters[i].Exists(p => ValueInterval.Of(p.Quantity!.Value, _options.ApproximateTolerance).Overlaps(interval)))];

    internal double Center(List<Claim> cluster)
    {
        var values = cluster.Select(c => ValueInterval.Of(c.Quantity!.Value, _options.ApproximateTolerance).Center).Where(double.IsFinite).ToList();
        return values.Count == 0 ? 0 : values.Average();
    }

    // Clusters whose claims all have known, non-overlapping times, ordered by time; null when any time is unknown or overlaps.
    // A time the text states for the claim (not the publication date standing in for one).
    /// <summary>Whether the claim has a resolved date, stated or the publication date a count without one is given on.</summary>
    private static bool HasCountDate(Claim claim) => claim.Time is { Start: not null, End: not null };

    internal static bool HasStatedTime(Claim claim) => claim.Time is { Start: not null, End: not null } time && time.Source != TimeScopeSource.PublicationDate;

    /// <summary>The clusters ordered by the day their reports came out, when no claim of any names a source, an earlier count or a day
    /// of its own (each is dated only by its report's publication), each cluster came out more than <see cref="MaxDisputeDays"/> days
    /// after the one before, and each later cluster's figure is larger: one count that reports gave in their own voice as it grew.
    /// Null otherwise: a figure that falls from one report to the next, or that a source gives, may be a rival count, and reports a
    /// few days apart that differ on a fixed fact of the event (motorcycles on board, officers deployed, counties reached) dispute
    /// it whichever is larger, so those are left to the discrepancy.</summary>
    private List<List<Claim>>? RisingByReportDay(List<List<Claim>> clusters)
    {
        if (!clusters.TrueForAll(c => c.TrueForAll(x => x.Attribution is null && !x.IsEarlier && x.Time is { Start: not null, Source: TimeScopeSource.PublicationDate })))
        {
            return null;
        }

        var ordered = clusters.OrderBy(FirstDay).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (FirstDay(ordered[i]).DayNumber - LastDay(ordered[i - 1]).DayNumber <= MaxDisputeDays
                || Center(ordered[i]) <= Center(ordered[i - 1]))
            {
                return null;
            }
        }

        return ordered;
    }

    /// <summary>The earliest start day of the cluster's claims (each has a start).</summary>
    private static DateOnly FirstDay(List<Claim> cluster) => cluster.Min(c => c.Time!.Value.Start!.Value);

    /// <summary>The latest start day of the cluster's claims (each has a start).</summary>
    private static DateOnly LastDay(List<Claim> cluster) => cluster.Max(c => c.Time!.Value.Start!.Value);

    /// <summary>Whether the timeline's first and last days lie within <see cref="QuantitySlots.MaxEvolutionDays"/>: updates within a
    /// few months are one quantity evolving, figures further apart are of different periods or events.</summary>
    private static bool WithinEvolutionSpan(List<List<Claim>> timeline) =>
        LastDay(timeline[^1]).DayNumber - FirstDay(timeline[0]).DayNumber <= QuantitySlots.MaxEvolutionDays;

    /// <summary>The timeline finding of <paramref name="timeline"/>'s clusters, shown as their original claims; null when its days lie
    /// too far apart to be one quantity evolving (<see cref="WithinEvolutionSpan"/>).</summary>
    private static Finding? TimelineWithinSpan(string topic, List<List<Claim>> timeline, Dictionary<string, Claim> shown, Dictionary<string, string> names) =>
        WithinEvolutionSpan(timeline) ? EvolutionFindings.Timeline(topic, timeline.ConvertAll(c => c.ConvertAll(x => shown[x.Id])), names) : null;

    internal static List<List<Claim>>? TryTimeline(List<List<Claim>> clusters)
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
}
