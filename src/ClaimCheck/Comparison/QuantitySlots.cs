using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Time;

namespace ClaimCheck.Comparison;

/// <summary>Groups quantity claims into slots that can be compared: same subject, measure, unit and modality class; money by what it is and in one currency (with exchange rates); then by stated place and by period.</summary>
internal sealed class QuantitySlots
{
    /// <summary>The longest span, in days, over which differing figures are read as one quantity evolving.</summary>
    internal const int MaxEvolutionDays = 90;

    /// <summary>How many days after an event a report with no date of its own is read as about it ("police said 240,000 took part",
    /// published the day after the march).</summary>
    private const int ReportLagDays = 3;

    private readonly ComparisonOptions _options;
    private readonly QuantityGroupDetector _detector;
    private readonly ClaimWords _words;
    private readonly EntityGazetteer _gazetteer;

    public QuantitySlots(ComparisonOptions options, QuantityGroupDetector detector, ClaimWords words, EntityGazetteer gazetteer)
    {
        _options = options;
        _detector = detector;
        _words = words;
        _gazetteer = gazetteer;
    }

    internal void CompareQuantities(List<Claim> claims, Dictionary<string, string> names, List<Finding> findings, List<NotComparedClaim> notCompared)
    {
        var slots = new Dictionary<SlotKey, List<Claim>>();
        var denials = new Dictionary<SlotKey, List<Claim>>();
        foreach (var claim in claims)
        {
            if (claim.Quantity is not { } quantity)
            {
                continue;
            }

            if (SlotKey.NotComparable(claim, quantity) is { } reason)
            {
                notCompared.Add(new NotComparedClaim(claim.Id, claim.Measure, reason));
                continue;
            }

            // Money is one slot per subject (and per currency unless exchange rates are given); what the money is (loan, aid)
            // splits it further below.
            var key = SlotKey.Of(claim, _options.ExchangeRates is not null, FrozenSet<string>.Empty)!.Value with { Subject = SubjectInSlot(claim) };
            var into = claim.Polarity == Polarity.Negated ? denials : slots;
            if (!into.TryGetValue(key, out var list))
            {
                into[key] = list = [];
            }

            list.Add(claim);
        }

        foreach (var (key, denied) in denials.OrderBy(d => d.Key.Value, StringComparer.Ordinal))
        {
            DenialDetector.Compare(key with { Subject = SubjectShown(key.Subject, denied) }, [.. slots.GetValueOrDefault(key) ?? [], .. CoveredFigures(key, denied, slots)], denied, _options.ApproximateTolerance, names, findings, notCompared);
        }

        SetAsideBaseless(slots, names, findings, notCompared);
        notCompared.AddRange(AloneInSlot(slots));
        foreach (var (key, slot) in slots.OrderBy(s => s.Key.Value, StringComparer.Ordinal))
        {
            CompareSlot(key, slot, names, findings, notCompared);
        }

        AgreementAcrossSlots(slots, names, findings);
    }

    /// <summary>The figures of narrower measures a slot's counts of none deny too (zero-count-covers: "no casualties" denies "80 were
    /// killed" and "200 were hurt" of the same subject, unit and modality class); none where no denial of the slot counts none. A count
    /// of none of one group's losses ("its troops suffered no casualties": casualties · soldiers) denies only that group's figures.</summary>
    private IEnumerable<Claim> CoveredFigures(SlotKey key, List<Claim> denied, Dictionary<SlotKey, List<Claim>> slots) =>
        denied.Exists(IsCountOfNone) && _words.ZeroCountCoveredMeasures.TryGetValue(MeasureNames.Base(key.Measure), out var covered)
            ? slots.Where(s => s.Key != key && s.Key with { Measure = key.Measure } == key && covered.Contains(MeasureNames.Base(s.Key.Measure))
                    && IsOfGroupDenied(key.Measure, s.Key.Measure))
                .OrderBy(s => s.Key.Value, StringComparer.Ordinal).SelectMany(s => s.Value)
            : [];

    // Whether a figure of `measure` is of the group a count of none of `deniedMeasure` counts: any figure where the denial names no
    // group ("no casualties"), else only a figure of the same part ("casualties · soldiers" meets "deaths · soldiers").
    private static bool IsOfGroupDenied(string deniedMeasure, string measure) =>
        deniedMeasure == MeasureNames.Base(deniedMeasure)
        || measure[MeasureNames.Base(measure).Length..] == deniedMeasure[MeasureNames.Base(deniedMeasure).Length..];

    // A count of none ("no casualties"): a denial of more than zero.
    private static bool IsCountOfNone(Claim claim) => claim.Quantity is { Value: 0, Qualifier: Qualifier.MoreThan };

    // The subject a claim is compared under: a body read under its report's country (Claim.SubjectWithin) with that country ("Halvex
    // Group (Vorland)"), so that its figures stay apart from the country's own, from other bodies' and from the body's figures in a
    // report about another country or none, while its public slot (SlotKey.Of: the country's) holds them all for AgreementAcrossSlots.
    private static string SubjectInSlot(Claim claim) =>
        claim.SubjectWithin is { } within ? string.Create(CultureInfo.InvariantCulture, $"{claim.Subject} ({within})") : claim.Subject!;

    // The subject a finding names for a slot's subject: a body's own name rather than SubjectInSlot's.
    private static string SubjectShown(string subject, List<Claim> claims) =>
        claims.Find(c => c.SubjectWithin is not null && SubjectInSlot(c) == subject) is { } body ? body.Subject! : subject;

    // One slot's claims, split by what the money is, by place, by period and (for counts bound to one event) by day.
    private void CompareSlot(SlotKey key, List<Claim> slot, Dictionary<string, string> names, List<Finding> findings, List<NotComparedClaim> notCompared)
    {
        foreach (var byMeasure in key.Measure == "money" ? SplitByMoneyMeasure(slot) : [slot])
        {
            CompareMeasure(key, byMeasure, key.Measure == "money" ? byMeasure[0].Measure : key.Measure, names, findings, notCompared);
        }

        if (key.Measure == "money")
        {
            AgreementAcrossMoneyMeasures(key, slot, names, findings);
        }
    }

    // The claims of one measure (for money, of one thing the money is), split by place, by period and (for counts bound to one
    // event) by day, and compared under `measure`.
    private void CompareMeasure(SlotKey key, List<Claim> byMeasure, string measure, Dictionary<string, string> names, List<Finding> findings, List<NotComparedClaim> notCompared)
    {
        var byDay = _words.EventMeasures.Contains(MeasureNames.Base(key.Measure));
        // A count that any report gives as rising ("the toll rose to 25") is one count over time for the whole slot.
        var rising = byMeasure.Exists(c => c.IsUpdate);
        var cumulative = _words.CumulativeMeasures.Contains(MeasureNames.Base(key.Measure));
        // A count of another measure stated for a closed month or longer that ended over a month before the counts dated by a day
        // ("trapped seven miners in June", beside counts of a flood on 3 August) is of another occurrence; one that ended days
        // before may be the story's own event told later ("the December meltdown stranded 2 million", in a January report).
        var closedPeriodGapDays = cumulative ? 0 : key.Unit == nameof(UnitKind.Count) ? OtherOccurrenceGapDays : (int?)null;
        var dailyMove = _words.DailyMoveMeasures.Contains(MeasureNames.Base(key.Measure));
        var firstOfMeasure = findings.Count;
        var wholesBesideUnplaced = new List<List<Claim>>();
        // Each place's claims are kept as SplitByPlace yields them, in the order it lists the claims it leaves out, for the reading
        // across periods after every place is compared.
        var places = new List<List<Claim>>();
        foreach (var byPlace in Groups(SplitByPlace(byMeasure, notCompared, crowds: byDay, wholesBesideUnplaced).Select(place => { places.Add(place); return place; }), notCompared))
        {
            CompareGroup(byPlace, findings, notCompared);
        }

        foreach (var place in places)
        {
            AgreementAcrossPeriods(key, measure, place, names, findings, firstOfMeasure);
        }

        // A whole's figures beside the figures that name no place, read for agreement only (see AgreementOfWholeAndUnplaced).
        foreach (var joined in wholesBesideUnplaced)
        {
            var across = new List<Finding>();
            foreach (var group in Groups([joined], []))
            {
                CompareGroup(group, across, []);
            }

            AgreementOfWholeAndUnplaced(across, joined, findings);
        }

        // The chain is lazy and enumerated once, by each loop above: WithoutSentenceSiblings lists a group's siblings in `listed` just
        // before that group is compared, so the list keeps the order of the groups.
        IEnumerable<List<Claim>> Groups(IEnumerable<List<Claim>> byPlace, List<NotComparedClaim> listed) =>
            byPlace.SelectMany(SplitByTime)
                .SelectMany(g => closedPeriodGapDays is { } gap ? SplitClosedEarlierPeriods(g, gap) : [g]).SelectMany(g => byDay ? SplitByEventDay(g, listed) : [g])
                .SelectMany(g => dailyMove ? SplitByMoveDay(g) : [g]).Select(g => cumulative ? g : WithoutSentenceSiblings(g, _options.ApproximateTolerance, listed))
                .Where(g => g.Count > 0);

        void CompareGroup(List<Claim> byPlace, List<Finding> into, List<NotComparedClaim> listed)
        {
            IEnumerable<(List<Claim> Compared, List<Claim> Originals, bool AcrossUnits)> sets =
                key.Measure == "money" && _options.ExchangeRates is not null ? [InOneSet(ToOneCurrency(byPlace, listed))]
                : key.Unit == nameof(UnitKind.Physical) && _words.PhysicalMeasureNames.Contains(MeasureNames.Base(key.Measure)) ? InBaseUnits(byPlace)
                : key.Unit == nameof(UnitKind.Duration) ? InDurationUnits(byPlace)
                : [(byPlace, byPlace, false)];
            foreach (var (compared, originals, acrossUnits) in sets)
            {
                var unnamed = IsUnnamedPhysical(key, compared);
                var subject = SubjectShown(key.Subject, compared);
                if (!unnamed && !acrossUnits)
                {
                    _detector.CompareGroup(subject, measure, key.ModalityClass, compared, originals, names, into, rising);
                    continue;
                }

                var across = new List<Finding>();
                _detector.CompareGroup(subject, measure, key.ModalityClass, compared, originals, names, across, rising);
                if (unnamed)
                {
                    // "7 km", "2,000 metres" with nothing said of what they measure: a radius, a distance from a town and a
                    // height all come in one unit, so such figures are read for agreement only, never as a dispute.
                    into.AddRange(across.Where(f => f.Kind == FindingKind.Corroboration));
                }
                else
                {
                    AgreementAcrossUnits(across, compared, originals, into);
                }
            }
        }
    }

    /// <summary>One place's figures that reports give alike (the same figure, qualifier and unit, in two documents or more) but that the
    /// comparison read in different periods, corroborated across those periods: a time read from a background clause ("the Brenmoor
    /// dump, opened in 1991, covers 52 acres") or a report's own date against a stated day splits one figure that every report gives alike.
    /// Read for agreement only: a figure that differs across periods stays a timeline or nothing, as before. Not for two stated periods
    /// that tell two occasions (see <see cref="OnStatedPeriodsApart"/>). The corroboration replaces those within one period it takes
    /// in. <paramref name="firstOfMeasure"/> is where this measure's findings begin in <paramref name="findings"/>.</summary>
    private void AgreementAcrossPeriods(SlotKey key, string measure, List<Claim> place, Dictionary<string, string> names, List<Finding> findings, int firstOfMeasure)
    {
        var alike = place.Where(c => !c.IsVague && c.Quantity!.Value.Qualifier != Qualifier.Range)
            .GroupBy(c => (c.Quantity!.Value.Value, c.Quantity.Value.Qualifier, c.Quantity.Value.Unit.Name, c.Quantity.Value.IsIncrement))
            .Select(g => g.ToList())
            .Where(g => g.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Skip(1).Any()
                && g.Select(c => (c.Time?.Start, c.Time?.End)).Distinct().Skip(1).Any()
                && !(key.Unit == nameof(UnitKind.Count) && g[0].Quantity!.Value.Value < MinCountAcrossPeriods) && !OnStatedPeriodsApart(g));
        foreach (var figure in alike)
        {
            var documents = figure.Select(c => c.DocumentId).ToHashSet(StringComparer.Ordinal);
            if (findings.Skip(firstOfMeasure).Any(f => f.Kind == FindingKind.Corroboration
                && figure.Where(c => f.ClaimIds.Contains(c.Id, StringComparer.Ordinal)).Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() == documents.Count))
            {
                continue; // one corroboration already takes in every report giving the figure
            }

            var subject = SubjectShown(key.Subject, figure);
            var at = figure.Select(c => c.Place).FirstOrDefault(p => p is not null);
            ReplaceCoveredCorroborations(findings, CorroborationFindings.Corroboration(_words, subject, measure, at, key.ModalityClass,
                Explanations.Topic(subject, measure, at, key.ModalityClass), figure, [], names));
        }
    }

    /// <summary>The smallest count read alike across periods: "three deaths" in a report about years before and "three deaths" in one
    /// about this year are as likely two counts as one, while a figure of ten or more given alike is rarely a coincidence.</summary>
    private const int MinCountAcrossPeriods = 10;

    // Whether two of the claims are stated for periods that tell two occasions, not one figure: single days more than
    // MaxEvolutionDays apart ("35,000 marched on Sunday" in a report of one October and "35,000 marched the previous day" in a report two
    // years later), or two periods longer than a day of about the same length (within a tenth: two months, two years) that do not
    // overlap ("1,250 burglaries in 2024" and "1,250 in 2023", two months' rates).
    private static bool OnStatedPeriodsApart(List<Claim> figure)
    {
        var stated = figure.Select(c => c.Time).Where(t => t is { Source: TimeScopeSource.Stated, Start: not null, End: not null })
            .Select(t => (Start: t!.Value.Start!.Value.DayNumber, End: t.Value.End!.Value.DayNumber)).Distinct().ToList();
        var days = stated.Where(p => p.Start == p.End).Select(p => p.Start).ToList();
        if (days.Count > 1 && days.Max() - days.Min() > MaxEvolutionDays)
        {
            return true;
        }

        var longer = stated.Where(p => p.End > p.Start).ToList();
        return longer.Exists(a => longer.Exists(b => b.Start > a.End
            && Math.Abs((b.End - b.Start) - (a.End - a.Start)) <= Math.Max(b.End - b.Start, a.End - a.Start) / 10));
    }

    // A whole's figures ("240,000 marched across Vorland") beside the figures that name no place ("some 240,000 marched"), read for
    // agreement only, as figures in two units are (see AgreementAcrossUnits): an unplaced figure that differs may be a part's (one
    // city's march), so no dispute is raised, but one that agrees is the same count. A corroboration that takes in a whole's figure
    // and an unplaced one replaces the corroborations it takes in all the claims of; the whole's group keeps its own disputes.
    private static void AgreementOfWholeAndUnplaced(List<Finding> across, List<Claim> joined, List<Finding> findings)
    {
        var wholes = joined.Where(c => c.Part == PlacePart.Whole).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var unplaced = joined.Where(c => c.Part != PlacePart.Whole).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in across.Where(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Any(wholes.Contains) && f.ClaimIds.Any(unplaced.Contains)))
        {
            ReplaceCoveredCorroborations(findings, finding);
        }
    }

    // Adds `finding`, a corroboration read for agreement only, in place of the corroborations among `findings` whose claims it all
    // takes in (those of them `counted` admits, when given).
    private static void ReplaceCoveredCorroborations(List<Finding> findings, Finding finding, Func<string, bool>? counted = null)
    {
        var taken = finding.ClaimIds.ToHashSet(StringComparer.Ordinal);
        findings.RemoveAll(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Length > 0
            && f.ClaimIds.All(id => taken.Contains(id) && (counted is null || counted(id))));
        findings.Add(finding);
    }

    // An amount of money whose report names nothing it is ("$35 million will go to the treasury") beside the same amount another
    // report names ("a $35 million fine"), with the same change and period ("cost per week", "amount per week"): read for agreement
    // only, as figures in two units are (see AgreementAcrossUnits), since an unnamed amount that differs may be another sum of the
    // story. The unnamed amounts are compared with each named measure's claims under that measure, and a corroboration that takes
    // in claims of both in one form (a figure beside a figure, or one bound beside the same bound) replaces the corroborations of
    // one measure it takes in: a bound fits any figure past it, so beside a figure of another name ("over $4 million" raised
    // by a charity run, "$4 million for the new ward") it says nothing of their being one sum.
    private void AgreementAcrossMoneyMeasures(SlotKey key, List<Claim> slot, Dictionary<string, string> names, List<Finding> findings)
    {
        var measures = slot.Select(c => c.Measure).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var named in measures)
        {
            if (UnnamedMoneyMeasureOf(named) is not { } unnamed || !measures.Contains(unnamed, StringComparer.Ordinal))
            {
                continue;
            }

            var across = new List<Finding>();
            CompareMeasure(key, slot.FindAll(c => c.Measure == named || c.Measure == unnamed), named, names, across, []);
            var claimOf = slot.Where(c => c.Measure == named || c.Measure == unnamed).ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var finding in across.Where(f => f.Kind == FindingKind.Corroboration && AgreesInOneForm(f, claimOf, named, unnamed)))
            {
                ReplaceCoveredCorroborations(findings, finding);
            }
        }
    }

    // Whether a corroboration's agreeing claims hold a claim of each measure in one form: both figures ("$43 million", "about $43
    // million"), or both the same bound ("more than $43 million").
    private static bool AgreesInOneForm(Finding finding, Dictionary<string, Claim> claimOf, string named, string unnamed)
    {
        static Qualifier Form(Claim claim) => claim.Quantity!.Value.Qualifier is Qualifier.Approximately ? Qualifier.Exact : claim.Quantity!.Value.Qualifier;
        var agreeing = finding.Sides.SelectMany(side => side.ClaimIds).Select(id => claimOf[id]).ToList();
        return agreeing.Where(c => c.Measure == named).Select(Form).Intersect(agreeing.Where(c => c.Measure == unnamed).Select(Form)).Any();
    }

    // The measure an unnamed amount with the same change and period as `measure` takes ("amount per week" for "cost per week"), or
    // null when `measure` names nothing either (it is itself unnamed) or names a part of it.
    private static string? UnnamedMoneyMeasureOf(string measure)
    {
        var (name, suffix) = MeasureNames.SplitSuffix(measure);
        return name == MeasureNames.UnnamedMoney || name.Contains(MeasureNames.PartSeparator, StringComparison.Ordinal) ? null : MeasureNames.UnnamedMoney + suffix;
    }

    // One group of a slot without the figures one sentence gives side by side (SentenceSiblings), which are listed as not compared.
    // Not for a count that rises over time (a cumulative-measure): one sentence's two tolls are mostly that count on two days or
    // by two sources ("268 on Tuesday, 272 by Thursday").
    private static List<Claim> WithoutSentenceSiblings(List<Claim> group, double tolerance, List<NotComparedClaim> notCompared)
    {
        var siblings = SentenceSiblings.Find(group, tolerance);
        if (siblings.Count == 0)
        {
            return group;
        }

        notCompared.AddRange(group.Where(siblings.Contains).Select(c => new NotComparedClaim(c.Id, c.Measure, NotComparedReason.SharedMeasureInSentence)));
        return group.Where(c => !siblings.Contains(c)).ToList();
    }

    // Whether a slot's physical figures say nothing of what they measure: the measure is only the unit's name ("km").
    private static bool IsUnnamedPhysical(SlotKey key, List<Claim> compared) =>
        key.Unit == nameof(UnitKind.Physical) && compared.TrueForAll(c => c.Measure == c.Quantity!.Value.Unit.Name);

    // Figures kept in different slots only because one report names the quantity more narrowly or otherwise: a subject that lies in
    // another's country ("36 miners trapped in Brenmoor" beside "36 trapped in Vorland") or a measure that is another's under a
    // second name (a measure-alias: "63 patients" beside "63 hospitalised"). Such figures are read for agreement only, as figures
    // in two units are (see AgreementAcrossUnits): the slots are compared together under the wider subject and the alias's measure,
    // and a corroboration whose agreeing claims come from several slots replaces the corroborations of one slot it takes in. A
    // figure that differs on one day says nothing across slots: the narrower one may count a part, and the bodies found so far may
    // be fewer than the dead. A part larger than its whole, though, is a dispute: more bodies counted than the dead another report
    // gives (see PartExceedsWhole). Over days, one subject's count under a measure and its alias that only grows ("12 bodies
    // recovered" on Tuesday, "27 dead" on Thursday) is one toll rising: that timeline replaces the timelines of one slot it takes in.
    private void AgreementAcrossSlots(Dictionary<SlotKey, List<Claim>> slots, Dictionary<string, string> names, List<Finding> findings)
    {
        var slotOf = new Dictionary<string, SlotKey>(StringComparer.Ordinal);
        var claimOf = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var bodyCountry = new Dictionary<SlotKey, string>();
        foreach (var (key, slot) in slots)
        {
            foreach (var claim in slot)
            {
                slotOf[claim.Id] = key;
                claimOf[claim.Id] = claim;
            }

            if (slot[0].SubjectWithin is { } country)
            {
                bodyCountry[key] = country;
            }
        }

        // A finding read across slots replaces every finding of its kind, already found or read across slots before it, whose
        // claims it all takes in. Such a finding is found through its first claim (or among those with none), not by scanning
        // every finding of the check for each finding read across slots; the replaced ones are then dropped and the new ones
        // appended, in order, once.
        var byFirstClaim = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        var withoutClaims = new List<Finding>();
        var replaced = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        var readAcross = new List<Finding>();
        foreach (var finding in findings)
        {
            IndexByFirstClaim(finding, byFirstClaim, withoutClaims);
        }

        foreach (var wider in slots.Keys.GroupBy(WiderKey).Where(g => g.Skip(1).Any()).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            ReadAcross(wider.Key, wider, f => (f.Kind == FindingKind.Corroboration && JoinsANarrowerSlot(f, slotOf, wider.Key.Subject))
                || (f.Kind == FindingKind.Evolution && RisesAcrossAliases(f, slotOf, claimOf))
                || (f.Kind == FindingKind.NumericDiscrepancy && PartExceedsWhole(f, slotOf, claimOf)));
        }

        // The same figure under a measure and under a part of the people it counts ("21 died" in one report, "21 children died" or
        // "21 died in hospital" in another) is read for agreement only: a part as large as its whole is that whole, and a part that
        // differs from it is no dispute, nor a step of a timeline. Two different parts ("12 children", "12 soldiers") are two counts:
        // the corroboration must take in a figure of the whole measure itself. Only counts are read so: after a percentage's measure
        // " · " names whose share it is ("share of vote · Arvelo"), and a share no holder is named for may be anyone's. It cannot tell
        // two parts that exclude each other from two that overlap: "12 died" beside "12 children died" and "12 soldiers died" is read
        // as one corroboration of all three, as "21 died", "21 children died" and "21 died in hospital" rightly are.
        foreach (var whole in slots.Keys.Where(k => k.Unit == nameof(UnitKind.Count)).GroupBy(WholeKey).Where(g => g.Select(WiderKey).Distinct().Skip(1).Any())
                     .OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            ReadAcross(whole.Key, whole, f => f.Kind == FindingKind.Corroboration && JoinsANarrowerSlot(f, slotOf, whole.Key.Subject)
                && f.Sides.SelectMany(side => side.ClaimIds).Select(id => WiderKey(slotOf[id]).Measure).Distinct(StringComparer.Ordinal).ToList() is { Count: > 1 } measures
                && measures.Contains(whole.Key.Measure, StringComparer.Ordinal));
        }

        if (replaced.Count > 0)
        {
            findings.RemoveAll(replaced.Contains);
        }

        findings.AddRange(readAcross.Where(f => !replaced.Contains(f)));

        // Compares the slots of `keys` as one slot under `key` and keeps the findings `kept` accepts, each replacing the findings of
        // its kind whose claims it all takes in.
        void ReadAcross(SlotKey key, IEnumerable<SlotKey> keys, Func<Finding, bool> kept)
        {
            var claims = keys.SelectMany(k => slots[k]).OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Span.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
            var across = new List<Finding>();
            CompareSlot(key, claims, names, across, []);
            foreach (var finding in across.Where(kept))
            {
                // A dispute takes in only the claims on its sides: one whose claims it holds elsewhere ("at least 15" beside 26 bodies,
                // which it fits) still stands.
                var taken = (finding.Kind == FindingKind.NumericDiscrepancy ? finding.Sides.SelectMany(side => side.ClaimIds) : finding.ClaimIds)
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var candidate in taken.Where(byFirstClaim.ContainsKey).SelectMany(id => byFirstClaim[id]).Concat(withoutClaims))
                {
                    if (candidate.Kind == finding.Kind && candidate.ClaimIds.All(taken.Contains))
                    {
                        replaced.Add(candidate);
                    }
                }

                IndexByFirstClaim(finding, byFirstClaim, withoutClaims);
                readAcross.Add(finding);
            }
        }

        SlotKey WiderKey(SlotKey key) => WiderKeyOf(key, bodyCountry);

        // The wider slot without the part of the people its measure counts ("deaths" for "deaths · children", "deaths · of 29").
        SlotKey WholeKey(SlotKey key)
        {
            var wider = WiderKey(key);
            return wider with { Measure = MeasureNames.Base(wider.Measure) };
        }
    }

    private static void IndexByFirstClaim(Finding finding, Dictionary<string, List<Finding>> byFirstClaim, List<Finding> withoutClaims)
    {
        if (finding.ClaimIds.IsEmpty)
        {
            withoutClaims.Add(finding);
        }
        else if (byFirstClaim.TryGetValue(finding.ClaimIds[0], out var indexed))
        {
            indexed.Add(finding);
        }
        else
        {
            byFirstClaim[finding.ClaimIds[0]] = [finding];
        }
    }

    // Whether a timeline read across slots takes in claims of several slots of one subject (a measure and its alias), each dated by
    // a day of its own, and its figures never fall from one day to the next: a toll whose later figures are smaller than the bodies
    // found earlier is no growth, and a count of a town set beside its country's may count a part.
    private static bool RisesAcrossAliases(Finding finding, Dictionary<string, SlotKey> slotOf, Dictionary<string, Claim> claimOf)
    {
        var keys = finding.Sides.SelectMany(side => side.ClaimIds).Select(id => slotOf[id]).Distinct().ToList();
        if (keys.Count < 2 || keys.Select(k => k.Subject).Distinct(StringComparer.Ordinal).Skip(1).Any()
            || finding.Sides.Any(side => side.ClaimIds.Any(id => claimOf[id].Time is not { Start: not null })))
        {
            return false;
        }

        var days = finding.Sides.Select(side => side.ClaimIds.Select(id => claimOf[id]).ToList())
            .Select(side => (Day: side.Min(c => c.Time!.Value.Start!.Value), Low: side.Min(c => c.Quantity!.Value.Value), High: side.Max(c => c.Quantity!.Value.Value)))
            .OrderBy(d => d.Day).ToList();
        return days.Zip(days.Skip(1)).All(pair => pair.First.Day < pair.Second.Day && pair.First.High <= pair.Second.Low);
    }

    // Whether a dispute read across slots sets one subject's count under a measure-alias that counts a part of its measure's quantity
    // (a `part-alias`: the bodies recovered are some of the dead, the passengers some of those aboard) above every figure the other
    // sides give under the measure itself: "31 bodies were recovered" beside "27 died" that day says the toll is at least 31. A
    // part below its whole ("24 bodies" beside "47 dead") is no dispute, and neither is a part beside another part, nor an alias
    // that need not count a part (patients, who may include people never admitted). The sides are the slot comparison's, so a
    // lower bound is no whole the part can exceed ("at least 14 dead" beside "57 bodies"): each side under the measure must give a
    // figure that is no lower bound. A report that itself gives, under the part-alias, a figure as large as the part side's is no
    // rival to it ("seven were dead" on the first day beside its own "38 bodies" by the second, a day the time scope did not read).
    private bool PartExceedsWhole(Finding finding, Dictionary<string, SlotKey> slotOf, Dictionary<string, Claim> claimOf)
    {
        var keys = finding.Sides.SelectMany(side => side.ClaimIds).Select(id => slotOf[id]).Distinct().ToList();
        if (keys.Count < 2 || keys.Select(k => k.Subject).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            return false;
        }

        var partSides = new List<List<Claim>>();
        var wholeSides = new List<List<Claim>>();
        foreach (var side in finding.Sides)
        {
            var claims = side.ClaimIds.Select(id => claimOf[id]).ToList();
            (claims.Exists(c => IsPartAlias(slotOf[c.Id])) ? partSides : wholeSides).Add(claims);
        }

        if (partSides.Count == 0 || wholeSides.Count == 0
            || wholeSides.Exists(side => side.TrueForAll(IsLowerBound)))
        {
            return false;
        }

        var part = partSides.SelectMany(side => side).Min(c => c.Quantity!.Value.Value);
        var wholeDocuments = wholeSides.SelectMany(side => side).Select(c => c.DocumentId).ToHashSet(StringComparer.Ordinal);
        return part > wholeSides.SelectMany(side => side).Where(c => !IsLowerBound(c)).Max(c => c.Quantity!.Value.Value)
            && !claimOf.Values.Any(c => wholeDocuments.Contains(c.DocumentId) && slotOf[c.Id].Subject == keys[0].Subject
                                        && IsPartAlias(slotOf[c.Id]) && c.Quantity!.Value.Value >= part);
    }

    private bool IsPartAlias(SlotKey key) => _words.PartAliases.Contains(MeasureNames.Base(key.Measure));

    private static bool IsLowerBound(Claim claim) => claim.Quantity!.Value.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan;

    // Whether a corroboration read across slots takes in claims of several slots, and a narrower subject meets the wider one itself
    // (a town's figure and its country's) or one subject runs throughout (a measure and its alias): two towns of one country with
    // the same figure ("42 homes destroyed" in Brenmoor and in Lindenport) are two counts, not one count told twice.
    private static bool JoinsANarrowerSlot(Finding finding, Dictionary<string, SlotKey> slotOf, string widerSubject)
    {
        var keys = finding.Sides.SelectMany(side => side.ClaimIds).Select(id => slotOf[id]).Distinct().ToList();
        var subjects = keys.Select(k => k.Subject).Distinct(StringComparer.Ordinal).ToList();
        return keys.Count > 1 && (subjects.Count == 1 || subjects.Contains(widerSubject, StringComparer.Ordinal));
    }

    // The slot a slot's figures are read in for agreement across slots: its subject's country, if the subject lies in one or is a
    // body read under its report's country (`bodyCountry`, from Claim.SubjectWithin), and its measure under the name a measure-alias
    // gives it ("patients · children" as "hospitalised · children"). Money keeps its measure.
    private SlotKey WiderKeyOf(SlotKey key, Dictionary<SlotKey, string> bodyCountry)
    {
        var measure = key.Measure;
        var baseMeasure = MeasureNames.Base(measure);
        if (_words.MeasureAliases.TryGetValue(baseMeasure, out var alias))
        {
            measure = alias + measure[baseMeasure.Length..];
        }

        return key with { Subject = bodyCountry.GetValueOrDefault(key) ?? _gazetteer.CountryOf(key.Subject) ?? key.Subject, Measure = measure };
    }

    // A percentage that says neither of what it is a share nor whose it is ("the figure fell to 26%", "15% took part") meets a denial
    // of the same figure ("he does not plan to cut 75%") and the same figure other reports give (BaselessAgreement), never a
    // different figure: shares of different wholes (of voters, of the population, at another hour) look alike. Its slot is taken out
    // of the comparison and its claims that neither met are listed.
    private void SetAsideBaseless(Dictionary<SlotKey, List<Claim>> slots, Dictionary<string, string> names, List<Finding> findings, List<NotComparedClaim> notCompared)
    {
        var baseless = slots.Keys.Where(k => k.Measure == MeasureNames.Share && k.Unit == nameof(UnitKind.Percentage)).ToList();
        if (baseless.Count == 0)
        {
            return;
        }

        var met = findings.SelectMany(f => f.ClaimIds).ToHashSet(StringComparer.Ordinal);
        foreach (var key in baseless)
        {
            var agreements = BaselessAgreement(key, slots[key], names);
            findings.AddRange(agreements);
            met.UnionWith(agreements.SelectMany(f => f.ClaimIds));
            notCompared.AddRange(slots[key].Where(c => !met.Contains(c.Id)).Select(c => new NotComparedClaim(c.Id, c.Measure, NotComparedReason.NoBase)));
            slots.Remove(key);
        }
    }

    /// <summary>The corroborations among one slot's baseless percentages, read for agreement only: "61.4%" in one report and
    /// "61.4 percent" in another, of the same subject and place, in one period or in periods read together (see
    /// AgreementAcrossPeriods), are the same share told twice, though neither says of what, while a different figure may be a share
    /// of another whole, so the slot's disputes and timelines are dropped.</summary>
    private List<Finding> BaselessAgreement(SlotKey key, List<Claim> slot, Dictionary<string, string> names)
    {
        if (slot.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return [];
        }

        var read = new List<Finding>();
        CompareSlot(key, slot, names, read, []);
        return read.FindAll(f => f.Kind == FindingKind.Corroboration);
    }

    private static (List<Claim> Compared, List<Claim> Originals, bool AcrossUnits) InOneSet((List<Claim> Compared, List<Claim> Originals) set) =>
        (set.Compared, set.Originals, false);

    // What the money is: claims naming different things (a loan, an aid package) are not compared, and an unspecified amount is
    // compared only with other unspecified amounts ("$30 million comes from the Vorland fund" says nothing against a $400 million package);
    // the same amount named and unnamed is read for agreement (see AgreementAcrossMoneyMeasures).
    internal static IEnumerable<List<Claim>> SplitByMoneyMeasure(List<Claim> slot) =>
        slot.GroupBy(c => c.Measure, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList());

    // Money in several currencies, converted to the most common one; claims with no known rate are left out of the comparison.
    internal (List<Claim> Compared, List<Claim> Originals) ToOneCurrency(List<Claim> group, List<NotComparedClaim> notCompared)
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
            else
            {
                notCompared.Add(new NotComparedClaim(claim.Id, claim.Measure, NotComparedReason.NoExchangeRate));
            }
        }

        return (compared, originals);
    }

    /// <summary>The least relative width "about" allows an event's physical figure ("about 165 km/h" is 161.7 to 168.3 km/h).</summary>
    private const double PhysicalApproximateTolerance = 0.02;

    /// <summary>The most relative width "about" allows an event's physical figure, however round ("about 200 km/h" is 190 to 210
    /// km/h, not 150 to 250).</summary>
    private const double PhysicalApproximateCeiling = 0.05;

    // An event's physical figures ("winds of 126 mph", "winds of up to 203 km/h"), each dimension in its base unit: measured values,
    // compared closer than counts. A figure in another unit than the base stands for the values that round to it; "about" allows half a
    // unit of its last significant digit ("nearly 340" is 333 to 347: 2 %, more than half of 10), within PhysicalApproximateTolerance and PhysicalApproximateCeiling; "up to" states the
    // peak reached, not a bound ("winds of up to 178 km/h" and "winds of 203 km/h" disagree). Figures in units no conversion knows
    // are compared in their own unit. Figures in one unit are compared in full; across units, only agreement is read (AcrossUnits):
    // outlets round the figures they convert ("180 km (110 miles)", though 110 miles is 177 km), so a figure in another unit that
    // differs says less than one in the same unit, and where it agrees it corroborates.
    internal IEnumerable<(List<Claim> Compared, List<Claim> Originals, bool AcrossUnits)> InBaseUnits(List<Claim> group)
    {
        foreach (var byBase in group.GroupBy(c => BaseOf(c.Quantity!.Value.Unit).Base, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var originals = byBase.ToList();
            var byUnit = originals.GroupBy(c => c.Quantity!.Value.Unit.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            foreach (var unit in byUnit)
            {
                var inUnit = unit.ToList();
                yield return (inUnit.ConvertAll(c => c with { Quantity = InBase(c.Quantity!.Value) }), inUnit, false);
            }

            if (byUnit.Count > 1)
            {
                yield return (originals.ConvertAll(c => c with { Quantity = InBase(c.Quantity!.Value) }), originals, true);
            }
        }
    }

    // Lengths of an event or a declared period ("a 48-hour strike", "seven days of mourning"): figures in one unit are compared as
    // given (whole days are counted, not rounded: seven days and six days dispute); across units, in days, where only agreement is
    // read as for physical figures ("a 48-hour strike" and "a two-day strike" agree).
    private static IEnumerable<(List<Claim> Compared, List<Claim> Originals, bool AcrossUnits)> InDurationUnits(List<Claim> group)
    {
        var byUnit = group.GroupBy(c => c.Quantity!.Value.Unit.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var unit in byUnit)
        {
            yield return (unit.ToList(), unit.ToList(), false);
        }

        var inDays = group.Where(c => Measures.PeriodDays(c.Quantity!.Value.Unit.Name) is not null).ToList();
        if (inDays.Select(c => c.Quantity!.Value.Unit.Name).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            yield return (inDays.ConvertAll(c => c with { Quantity = Scale(c.Quantity!.Value, Measures.PeriodDays(c.Quantity!.Value.Unit.Name)!.Value, Unit.Physical(DayUnit)) }),
                inDays, true);
        }
    }

    /// <summary>The unit lengths of time in different units are compared in.</summary>
    private const string DayUnit = "day";

    // Of the findings on an event's physical figures compared across units, the corroborations whose figures are in several units
    // ("126 mph" and "203 km/h"), each replacing the corroborations in one unit it takes in; and the discrepancies across units
    // ("12,000 hectares" against "45,000 acres") where no unit shows one of its own, since a discrepancy is clearest in the units its
    // sources used, and where the sides differ by more than an outlet's rounding of a converted figure ("110 mph" against "180 km/h");
    // such a discrepancy is added beside the corroborations in one unit, never in their place.
    private static void AgreementAcrossUnits(List<Finding> across, List<Claim> compared, List<Claim> originals, List<Finding> findings)
    {
        var units = originals.ToDictionary(c => c.Id, c => c.Quantity!.Value.Unit.Name, StringComparer.Ordinal);
        var inBase = compared.ToDictionary(c => c.Id, c => c.Quantity!.Value, StringComparer.Ordinal);
        var discrepancyInAUnit = findings.Exists(f => f.Kind == FindingKind.NumericDiscrepancy && f.ClaimIds.Any(units.ContainsKey));
        foreach (var finding in across.Where(f => (f.Kind == FindingKind.Corroboration
                || (f.Kind == FindingKind.NumericDiscrepancy && !discrepancyInAUnit && IsBeyondConversionRounding(f, inBase)))
            && f.ClaimIds.Where(units.ContainsKey).Select(id => units[id]).Distinct(StringComparer.Ordinal).Skip(1).Any()))
        {
            if (finding.Kind == FindingKind.Corroboration)
            {
                ReplaceCoveredCorroborations(findings, finding, units.ContainsKey);
            }
            else
            {
                // A dispute across units leaves standing the corroboration of the reports that agree in one unit ("about 300 km" in
                // four reports against "120 miles" in a fifth), as a dispute within one unit does.
                findings.Add(finding);
            }
        }
    }

    /// <summary>How far apart, as a fraction, the sides of a discrepancy across units must be: outlets round the figures they convert
    /// (110 mph is 177 km/h, reported as 180).</summary>
    private const double ConversionRounding = 0.05;

    private static bool IsBeyondConversionRounding(Finding discrepancy, Dictionary<string, Quantity> inBase)
    {
        var centres = discrepancy.Sides
            .Select(side => side.ClaimIds.Where(inBase.ContainsKey).Select(id => inBase[id]).Select(q => ((q.Low ?? q.Value) + (q.High ?? q.Value)) / 2).ToList())
            .Where(values => values.Count > 0)
            .Select(values => values.Average())
            .ToList();
        return centres.Count >= 2 && centres.Min() > 0 && centres.Max() > centres.Min() * (1 + ConversionRounding);
    }

    private (double Factor, string Base) BaseOf(Unit unit) =>
        _words.UnitConversions.TryGetValue(unit.Name, out var conversion) ? conversion : (1, unit.Name);

    private Quantity InBase(Quantity quantity)
    {
        var (factor, name) = BaseOf(quantity.Unit);
        var unit = Unit.Physical(name);
        var value = quantity.Value;
        var converted = quantity.Qualifier switch
        {
            Qualifier.Exact or Qualifier.UpTo when factor == 1 => Quantity.Create(value, Qualifier.Exact, unit),
            Qualifier.Exact or Qualifier.UpTo => Quantity.Between((value - (LastDigit(value) / 2)) * factor, (value + (LastDigit(value) / 2)) * factor, unit),
            Qualifier.Approximately => Quantity.Between((value - AboutWidth(value)) * factor, (value + AboutWidth(value)) * factor, unit),
            _ => Scale(quantity, factor, unit),
        };
        return quantity.IsIncrement && !converted.IsIncrement ? converted.AsIncrement() : converted;
    }

    // How far "about" reaches either side of a physical figure: half a unit of its last significant digit ("nearly 270" is 265 to
    // 275), at least PhysicalApproximateTolerance and at most PhysicalApproximateCeiling of it.
    private static double AboutWidth(double value) =>
        Math.Min(Math.Max(LastSignificantDigit(value) / 2, value * PhysicalApproximateTolerance), value * PhysicalApproximateCeiling);

    // One unit of a figure's last written decimal place (1 for 130, 0.1 for 6.5).
    private static double LastDigit(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 1 : Math.Pow(10, -(text.Length - point - 1));
    }

    // One unit of a figure's last non-zero digit (10 for 340, 1 for 165, 0.1 for 6.5).
    private static double LastSignificantDigit(double value)
    {
        var digit = LastDigit(value);
        while (digit < 1e15 && value >= digit * 10 && Math.Abs((value / (digit * 10)) - Math.Round(value / (digit * 10))) < 1e-9)
        {
            digit *= 10;
        }

        return digit;
    }

    internal static Quantity Scale(Quantity quantity, double factor, Unit unit)
    {
        var scaled = quantity.Qualifier == Qualifier.Range && quantity.Low is { } low && quantity.High is { } high
            ? Quantity.Between(low * factor, high * factor, unit)
            : Quantity.Create(quantity.Value * factor, quantity.Qualifier, unit);
        return quantity.IsIncrement ? scaled.AsIncrement() : scaled;
    }

    // Figures for times far apart ("In the 2019 election, turnout was 74.4%") are about different periods: a period holds the
    // times within MaxEvolutionDays of its first; claims with no time at all join the latest period.
    internal static IEnumerable<List<Claim>> SplitByTime(List<Claim> group)
    {
        // The publication date stands for a claim's time here: a figure with no stated time holds as of publication.
        var dated = group.Where(c => c.Time is { Start: not null, End: not null }).OrderBy(c => c.Time!.Value.Start!.Value).ToList();
        if (dated.Count == 0)
        {
            yield return group;
            yield break;
        }

        // Each dated claim's period, by reference (a record's Equals compares every member); an undated claim joins the last
        // period. Each period keeps the group's order.
        var periodOf = new Dictionary<Claim, int>(dated.Count, ReferenceEqualityComparer.Instance) { [dated[0]] = 0 };
        var last = 0;
        var periodStart = dated[0].Time!.Value.Start!.Value;
        foreach (var claim in dated.Skip(1))
        {
            if (claim.Time!.Value.Start!.Value.DayNumber - periodStart.DayNumber > MaxEvolutionDays)
            {
                last++;
                periodStart = claim.Time.Value.Start.Value;
            }

            periodOf[claim] = last;
        }

        var periods = new List<Claim>[last + 1];
        for (var p = 0; p <= last; p++)
        {
            periods[p] = [];
        }

        foreach (var claim in group)
        {
            periods[periodOf.TryGetValue(claim, out var period) ? period : last].Add(claim);
        }

        foreach (var period in periods)
        {
            yield return period;
        }
    }

    /// <summary>How many days before the first day-dated count a closed period must have ended for a count of a measure that is no
    /// running total to be another occurrence's ("in June … trapped seven miners", beside counts of a flood on 3 August).</summary>
    private const int OtherOccurrenceGapDays = 30;

    /// <summary>The shortest stated period, in days, read as a closed period of its own (a month: "last month", "in April").</summary>
    private const int ClosedPeriodDays = 28;

    /// <summary>Splits off the figures of a count given for a closed period of a month or longer that ended before the first day any
    /// other figure of the group is dated by ("riots killed at least 15 people last month" in a report on this week's ambush): a
    /// count over an earlier period is another quantity than the count so far on a later day, neither its rival nor a step of its
    /// timeline, unless a figure dated by a day gives the same number. Such figures are compared only with each other. A period
    /// counts as earlier when it ended more than <paramref name="gapDays"/> days before that first day.</summary>
    internal static IEnumerable<List<Claim>> SplitClosedEarlierPeriods(List<Claim> group, int gapDays)
    {
        var days = group.Where(c => c.Time is { Start: { } start, End: { } end } && start == end).Select(c => c.Time!.Value.Start!.Value).ToList();
        if (days.Count == 0)
        {
            yield return group;
            yield break;
        }

        var firstDay = days.Min();
        var earlier = group.FindAll(c => QuantityGroupDetector.HasStatedTime(c) && c.Time!.Value.End!.Value.DayNumber < firstDay.DayNumber - gapDays
            && c.Time.Value.End.Value.DayNumber - c.Time.Value.Start!.Value.DayNumber + 1 >= ClosedPeriodDays);
        // A figure another claim gives dated otherwise ("148 killed in March" beside a later report's "148 villagers killed") is
        // the event's own count, dated by when the event happened: it stays.
        earlier.RemoveAll(c => group.Exists(other => other.Time is { Start: { } start, End: { } end } && start == end
            && other.Quantity!.Value.Value == c.Quantity!.Value.Value));
        if (earlier.Count == 0)
        {
            yield return group;
            yield break;
        }

        var apart = new HashSet<Claim>(earlier, ReferenceEqualityComparer.Instance);
        yield return group.FindAll(c => !apart.Contains(c));
        yield return earlier;
    }

    // Counts bound to one event (a march's participants) on different stated days are different events ("the 9 June march" and "the
    // 16 June march"); a figure with only its publication date joins the latest stated day at most a few days before it. A figure
    // with no date at all, or published too long after every stated day to be read as any one day's, is listed in `notCompared`
    // (NoEventDay).
    internal static IEnumerable<List<Claim>> SplitByEventDay(List<Claim> group, List<NotComparedClaim> notCompared)
    {
        var days = group.Where(QuantityGroupDetector.HasStatedTime).Select(c => c.Time!.Value.Start!.Value).Distinct().Order().ToList();
        if (days.Count <= 1)
        {
            yield return group;
            yield break;
        }

        var byDay = days.ToDictionary(d => d, _ => new List<Claim>());
        foreach (var claim in group)
        {
            if (claim.Time is { Start: { } start }
                && byDay.TryGetValue(QuantityGroupDetector.HasStatedTime(claim) ? start : ReportedDay(group, days, claim, start), out var list))
            {
                list.Add(claim);
            }
            else
            {
                notCompared.Add(new NotComparedClaim(claim.Id, claim.Measure, NotComparedReason.NoEventDay));
            }
        }

        foreach (var day in days)
        {
            yield return byDay[day];
        }
    }

    /// <summary>The stated day a count dated only by its report's publication is of: among the stated days at most a few days before
    /// the report, the latest on which some report states the same figure ("430 people marched" published on Friday, beside a
    /// Wednesday's 430 and a Thursday's 200, is Wednesday's), else the latest of them; <see cref="DateOnly.MinValue"/> when none is
    /// near enough.</summary>
    private static DateOnly ReportedDay(List<Claim> group, List<DateOnly> days, Claim claim, DateOnly published)
    {
        var near = days.FindAll(d => d <= published && published.DayNumber - d.DayNumber <= ReportLagDays);
        var sameFigure = near.FindLast(d => group.Exists(other => other.DocumentId != claim.DocumentId && QuantityGroupDetector.HasStatedTime(other)
            && other.Time!.Value.Start == d && other.Quantity!.Value.Value == claim.Quantity!.Value.Value));
        return sameFigure != default ? sameFigure : near.LastOrDefault();
    }

    /// <summary>Splits a market's daily moves into runs of days: "shares fell 6.3%" on one day and "fell 8%" a month later are two
    /// sessions' figures, not rivals. A run starts at the earliest day not yet taken and holds the moves dated at most a few days
    /// after it, since a report dated only by its publication often gives the previous session's move. A move over a longer period
    /// is left to the split by period; a move with no date stays with the dated ones only when they all fall in one run.</summary>
    internal static IEnumerable<List<Claim>> SplitByMoveDay(List<Claim> group)
    {
        var dated = group.Where(c => c.Time is { Start: { } start, End: { } end } && start == end).OrderBy(c => c.Time!.Value.Start!.Value).ToList();
        var runs = new List<List<Claim>>();
        foreach (var claim in dated)
        {
            if (runs.Count == 0 || claim.Time!.Value.Start!.Value.DayNumber - runs[^1][0].Time!.Value.Start!.Value.DayNumber > ReportLagDays)
            {
                runs.Add([]);
            }

            runs[^1].Add(claim);
        }

        if (runs.Count <= 1)
        {
            yield return group;
            yield break;
        }

        foreach (var run in runs)
        {
            yield return run;
        }

        var inRun = new HashSet<Claim>(dated, ReferenceEqualityComparer.Instance);
        if (group.FindAll(c => !inRun.Contains(c)) is { Count: > 0 } undated)
        {
            yield return undated;
        }
    }

    // A part of the subject (a city or region inside the country: "12,000 of them in Lyon") is compared only with figures for the
    // same part, never with the country's. A part the text only names ("in Paris") counts as one only when the slot also speaks of
    // the whole (a part the text calls one, or the country itself named as the place); otherwise the named place is the story's
    // own and its figures stand with the rest — except for `crowds` (the people at a gathering), where a document
    // that gives figures for two named places shows them to be two crowds ("70,000 in Cologne", "50,000 took part in Bremen"). A
    // figure repeated in the document of a part ("about 6,500 ... the crowd looked to be about 6,500") is that part's.
    // A whole's figures that the slot also has figures naming no place beside are added, with those figures, as one group to
    // `wholesBesideUnplaced`, to be read for agreement only.
    internal static IEnumerable<List<Claim>> SplitByPlace(List<Claim> slot, List<NotComparedClaim> notCompared, bool crowds, List<List<Claim>>? wholesBesideUnplaced = null)
    {
        var components = PartsOfTotals(slot);
        components.UnionWith(SentencePartsOfWholes(slot));
        if (components.Count > 0)
        {
            notCompared.AddRange(slot.Where(components.Contains).Select(c => new NotComparedClaim(c.Id, c.Measure, NotComparedReason.PartOfTotal)));
            slot = slot.Where(c => !components.Contains(c)).ToList();
        }

        slot = PlaceEvents(slot);
        var wholeSpoken = slot.Any(c => c.Part is PlacePart.Stated or PlacePart.Whole) || (crowds && NamesTwoPlaces(slot, PlacePart.Named));
        var parts = slot.Where(c => c.Part == PlacePart.Stated || (c.Part == PlacePart.Named && wholeSpoken)).ToHashSet(ReferenceEqualityComparer.Instance);
        if (parts.Count == 0)
        {
            return SplitByStatedPlace(slot.Select(c => c.Part == PlacePart.Named ? c with { Place = c.PlaceWithin, PlaceWithin = null } : c).ToList(), notCompared);
        }

        var partOf = parts.Cast<Claim>().GroupBy(c => (c.DocumentId, c.Quantity!.Value.Value)).ToDictionary(g => g.Key, g => g.First().Place!);
        string? PartOf(Claim claim) => parts.Contains(claim) ? claim.Place
            : partOf.TryGetValue((claim.DocumentId, claim.Quantity!.Value.Value), out var same) ? same : null;

        // An increment goes with the total its sentence brings it to ("15 more deaths, bringing the total to 109").
        var totalOf = slot.Where(c => !c.Quantity!.Value.IsIncrement && PartOf(c) is not null).GroupBy(c => (c.DocumentId, c.Span))
            .ToDictionary(g => g.Key, g => PartOf(g.First())!);
        var byPart = new SortedDictionary<string, List<Claim>>(StringComparer.Ordinal);
        var rest = new List<Claim>();
        foreach (var claim in slot)
        {
            var place = PartOf(claim)
                ?? (claim.Quantity!.Value.IsIncrement && totalOf.TryGetValue((claim.DocumentId, claim.Span), out var total) ? total : null);
            if (place is null)
            {
                rest.Add(claim.Part == PlacePart.Named ? claim with { Place = claim.PlaceWithin, PlaceWithin = null } : claim);
            }
            else if (byPart.TryGetValue(place, out var list))
            {
                list.Add(claim);
            }
            else
            {
                byPart[place] = [claim];
            }
        }

        // Where the slot speaks of parts and of the whole, a figure that names no place may be either: it is compared with the other
        // such figures, not with the whole's ("860,000 nationwide" is not disputed by "190,000 marched", which may be one city's).
        var wholes = rest.Where(c => c.Part == PlacePart.Whole).ToList();
        if (wholes.Count == 0 || wholes.Count == rest.Count)
        {
            return byPart.Values.Concat(SplitByStatedPlace(rest, notCompared));
        }

        var wholePlaces = wholes.Select(c => c.Place).ToHashSet(StringComparer.Ordinal);
        wholesBesideUnplaced?.Add(rest.FindAll(c => c.Part == PlacePart.Whole || c.Place is null || wholePlaces.Contains(c.Place)));
        return byPart.Values.Append(wholes).Concat(SplitByStatedPlace(rest.Where(c => c.Part != PlacePart.Whole).ToList(), notCompared));
    }

    // A toll placed where its event happened (PlacePart.Event: "in Brenmoor", "in the Ostra region", or only the document's country)
    // is the country's toll, whatever level the outlet named, unless a document of the slot gives figures for it and another such
    // place ("94 in the county, 109 across the state"), or a figure of the slot given for the whole country ("230 across Vorland") is
    // larger than every figure of the place: then the text shows them to be different counts and the place is a part. A place no
    // document names beside another stays the country's toll ("43 in Brenmoor and 5 in nearby Tarvo" makes parts of those two, not
    // of the region another outlet names alone). A larger figure for the whole country given on a later day than every figure of
    // the place shows no part, the toll rose ("23 dead in Brenmoor" on Monday, "96 killed in Vorland" on Thursday), unless a
    // document giving the place's figure gives a larger one of the slot itself ("13 killed nationwide ... three in Brenmoor"). What
    // cannot be told: a later national figure that does take in other places as well reads as the place's toll rising. A named venue
    // (PlacePart.Venue) is read so too, and is a part also beside a larger figure of its own report that names no place.
    internal static List<Claim> PlaceEvents(List<Claim> slot)
    {
        if (!slot.Exists(IsAtEventPlace))
        {
            return slot;
        }

        // A place whose largest figure reaches the largest the slot gives for the whole country by its last day ("45 dead in Brenmoor"
        // beside "38 killed in Vorland") holds as many as the whole: it is where the whole's toll happened, not a part of it. A count
        // across several countries ("210 dead across four countries") is wider than the whole and stays apart.
        var wholes = slot.FindAll(c => c.Part == PlacePart.Whole);
        var atPlace = slot.Where(IsAtEventPlace).GroupBy(c => c.Place ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Largest: g.Max(c => c.Quantity!.Value.Value), LastDay: g.All(c => c.Time?.Start is not null) ? g.Max(c => c.Time!.Value.Start) : null,
                Documents: g.Select(c => c.DocumentId).ToHashSet(StringComparer.Ordinal)), StringComparer.Ordinal);
        bool WholeExceeds(string place)
        {
            var (largest, lastDay, documents) = atPlace[place];
            return wholes.Exists(w => w.Quantity!.Value.Value > largest && !(w.Time?.Start > lastDay))
                || (wholes.Exists(w => w.Quantity!.Value.Value > largest)
                    && slot.Exists(c => documents.Contains(c.DocumentId) && c.Quantity!.Value.Value > largest));
        }

        // "6 fans were detained at Kestrel Plaza" beside "25 fans were detained during the night" in one report: the report's own larger
        // count, not dated after the venue's and not given as the count risen, shows the venue's to be a part.
        bool LargerBesideVenue(string place)
        {
            var (largest, lastDay, documents) = atPlace[place];
            return slot.Exists(c => c.Part == PlacePart.None && !c.IsUpdate && documents.Contains(c.DocumentId) && c.Quantity!.Value.Value > largest
                && !(c.Time?.Start > lastDay));
        }

        var besideAnother = PlacesNamedBesideAnother(slot, PlacePart.Event);
        besideAnother.UnionWith(PlacesNamedBesideAnother(slot, PlacePart.Venue));
        return slot.Select(c => !IsAtEventPlace(c) ? c
            : besideAnother.Contains(c.Place ?? "") || c.Place == Places.World || WholeExceeds(c.Place ?? "")
                || (c.Part == PlacePart.Venue && LargerBesideVenue(c.Place ?? "")) ? c with { Part = PlacePart.Stated }
            : c with { Place = c.PlaceWithin, PlaceWithin = null, Part = PlacePart.None }).ToList();
    }

    private static bool IsAtEventPlace(Claim claim) => claim.Part is PlacePart.Event or PlacePart.Venue;

    // Whether a document of the slot gives figures for two different places named as `part`: the text itself shows
    // them to be different counts ("70,000 in Cologne", "50,000 took part in Bremen").
    private static bool NamesTwoPlaces(List<Claim> slot, PlacePart part) => PlacesPerDocument(slot, part).Any(places => places.Count > 1);

    // The places named as `part` that a document of the slot gives figures for beside another such place.
    private static HashSet<string> PlacesNamedBesideAnother(List<Claim> slot, PlacePart part) =>
        PlacesPerDocument(slot, part).Where(places => places.Count > 1).SelectMany(places => places).ToHashSet(StringComparer.Ordinal);

    // The places named as `part`, one list per document of the slot, read lazily document by document.
    private static IEnumerable<List<string>> PlacesPerDocument(List<Claim> slot, PlacePart part) =>
        slot.Where(c => c.Part == part).GroupBy(c => c.DocumentId, StringComparer.Ordinal)
            .Select(d => d.Select(c => c.Place ?? "").Distinct(StringComparer.Ordinal).ToList());

    /// <summary>The most two parts may fall short of or exceed an approximate total ("about 4,000: 2,000 here and 1,800 there").</summary>
    private const double PartSumTolerance = 0.05;

    // Two figures of one document that add up to a third figure of the same document are its parts ("13,500 before the clashes",
    // "27,000 after", "40,500 in total"): exactly, or within a few per cent of a total given as approximate.
    internal static HashSet<Claim> PartsOfTotals(List<Claim> slot)
    {
        var parts = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var document in slot.GroupBy(c => c.DocumentId, StringComparer.Ordinal))
        {
            var figures = document.Where(c => c.Quantity is { Qualifier: Qualifier.Exact or Qualifier.Approximately, IsIncrement: false } q && q.Value > 0)
                .GroupBy(c => c.Quantity!.Value.Value).Select(g => g.First()).ToList();
            if (figures.Count < 3 || figures.Count > 40)
            {
                continue;
            }

            foreach (var total in figures)
            {
                var whole = total.Quantity!.Value;
                var tolerance = whole.Qualifier == Qualifier.Approximately ? whole.Value * PartSumTolerance : 0;
                for (var i = 0; i < figures.Count; i++)
                {
                    for (var j = i + 1; j < figures.Count; j++)
                    {
                        var (a, b) = (figures[i], figures[j]);
                        if (a == total || b == total || a.Quantity!.Value.Qualifier != Qualifier.Exact || b.Quantity!.Value.Qualifier != Qualifier.Exact
                            || (IsPlacedApart(a, total) && IsPlacedApart(b, total) && a.Place != b.Place))
                        {
                            continue;
                        }

                        if (Math.Abs(a.Quantity!.Value.Value + b.Quantity!.Value.Value - whole.Value) <= tolerance)
                        {
                            parts.Add(a);
                            parts.Add(b);
                        }
                    }
                }
            }
        }

        return parts;
    }

    // Whether a figure names a place inside the subject that its total does not ("the toll rose to 55, Kestrel accounting for 33 and
    // Tallis for 22"): such a part is that place's own count, compared with the same place's figures only (SplitByPlace), never
    // dropped as a mere part of the total.
    private static bool IsPlacedApart(Claim part, Claim total) =>
        part.Place is not null && part.Part != PlacePart.None && part.Place != part.Subject && part.Place != total.Place;

    // The counts one sentence lists side by side for one slot, from one source and for one time, that add up to a figure of the slot
    // given elsewhere ("410 departures and 395 arrivals were cancelled" beside another report's "over 800 flights"; "33 aboard one
    // bus and 18 on the other" beside "51 aboard"; see SumFits). They are that figure's parts, not rival counts of it. The whole
    // must be larger than each part and outside the sentence; a sentence that holds its own total is left to PartsOfTotals.
    // Figures given by different sources or for different times in one sentence ("police said 9,000, the organisers 40,000"),
    // changes, earlier or vague figures and shares are not parts. Equal figures in one sentence count once ("30 from one ferry and
    // 30 from the other" adds up to 30, not 60). Cannot see a part listed alone, without its sibling ("28 died at the depot" when
    // "three more in hospital" took another measure).
    internal static List<Claim> SentencePartsOfWholes(List<Claim> slot)
    {
        var parts = new List<Claim>();
        var wholes = slot.Where(c => c.Quantity is { IsIncrement: false } q && q.Value > 0 && !c.IsVague && !c.IsEarlier).ToList();
        var figuresOf = wholes.GroupBy(c => (c.DocumentId, c.Span)).ToDictionary(g => g.Key, g => g.Select(c => c.Quantity!.Value.Value).Distinct().ToList());
        foreach (var sentence in slot.Where(IsListedPart).GroupBy(c => (c.DocumentId, c.Span)))
        {
            var listed = sentence.GroupBy(c => c.Quantity!.Value.Value).Select(g => g.First()).ToList();
            if (listed.Count < 2 || listed.Count > MaxListedParts
                || listed.Exists(c => Origins.SourceKey(c) != Origins.SourceKey(listed[0]) || c.Time != listed[0].Time))
            {
                continue;
            }

            if (HoldsItsOwnTotal(figuresOf[sentence.Key]))
            {
                continue;
            }

            var sum = listed.Sum(c => c.Quantity!.Value.Value);
            var largest = listed.Max(c => c.Quantity!.Value.Value);

            if (wholes.Exists(w => (w.DocumentId, w.Span) != sentence.Key && w.Quantity!.Value.Value > largest && SumFits(sum, w.Quantity!.Value)))
            {
                parts.AddRange(sentence);
            }
        }

        return parts;
    }

    // Whether a sentence's figures of the slot (any place) hold their own total or a change beside it rather than a list of parts:
    // one figure as large as all the others together ("of the 140 dead, Velmar had 72 and Ostra 41"), or of two figures one under a
    // tenth of the other ("nine deaths took the toll to 287").
    private static bool HoldsItsOwnTotal(List<double> figures)
    {
        var (sum, largest) = (figures.Sum(), figures.Max());
        return figures.Count == 2 ? sum - largest < largest * MinListedPartShare : largest >= (sum - largest) * (1 - SentencePartSumTolerance);
    }

    // Whether listed parts adding up to `sum` make the whole: within a couple of per cent of its figure (listed parts are mostly
    // rounded), or, for a lower bound ("more than 800"), at or a little past it.
    private static bool SumFits(double sum, Quantity whole) =>
        Math.Abs(sum - whole.Value) <= SentencePartSumTolerance * whole.Value
        || (whole.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan && sum >= whole.Value && sum <= whole.Value * (1 + PartSumTolerance));

    /// <summary>How far, relative to the whole, listed parts may add up short of or past it.</summary>
    private const double SentencePartSumTolerance = 0.02;

    /// <summary>The least share of the larger of two listed figures the smaller must be to be read as a part beside it.</summary>
    private const double MinListedPartShare = 0.1;

    /// <summary>The most figures one sentence may list as parts of a whole; a longer run is a table, not a list of parts.</summary>
    private const int MaxListedParts = 6;

    // A count as it stands, exact or "about", naming no place: what a sentence lists as one part of a whole. A part with a place is
    // left to the place split, which compares it with that place's other figures; sums of money are left alone, since a sentence
    // of amounts (a budget, a results table) often adds up to another amount of the story by chance.
    private static bool IsListedPart(Claim claim) =>
        claim.Quantity is { IsIncrement: false, Qualifier: Qualifier.Exact or Qualifier.Approximately } q && q.Value > 0
        && q.Unit.Kind == UnitKind.Count && claim.Place is null && !claim.IsEarlier && !claim.IsUpdate && !claim.IsVague;

    // Claims at different stated places are not compared; claims with no place join the only stated place, if there is one.
    private static IEnumerable<List<Claim>> SplitByStatedPlace(List<Claim> slot, List<NotComparedClaim> notCompared)
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
        else if (unplaced.Count == 1)
        {
            notCompared.Add(new NotComparedClaim(unplaced[0].Id, unplaced[0].Measure, NotComparedReason.NoPlace));
        }
    }

    // Claims alone in their slot because of how they are counted, where a slot on the same subject holds what they would have
    // met: a flow ("300 a day") beside totals or a total beside flows, or money in another currency when no exchange rates are
    // given. Slots are looked up by subject and modality class, so the cost stays linear in the number of slots.
    private IEnumerable<NotComparedClaim> AloneInSlot(Dictionary<SlotKey, List<Claim>> slots)
    {
        static string Stock(string measure) => measure.Split(MeasureNames.PerSeparator)[0];
        var neighbours = slots.Keys.ToLookup(k => (k.Subject, k.ModalityClass));
        foreach (var (key, slot) in slots)
        {
            if (slot.Count != 1)
            {
                continue;
            }

            var others = neighbours[(key.Subject, key.ModalityClass)].Where(k => k != key);
            var reason = key.Measure == "money"
                ? (_options.ExchangeRates is null && others.Any(k => k.Measure == "money") ? NotComparedReason.DifferentCurrency : (NotComparedReason?)null)
                : others.Any(k => k.Unit == key.Unit && Stock(k.Measure) == Stock(key.Measure) && k.Measure.Contains(MeasureNames.PerSeparator, StringComparison.Ordinal) != key.Measure.Contains(MeasureNames.PerSeparator, StringComparison.Ordinal))
                    ? NotComparedReason.FlowVsStock
                    : null;
            if (reason is { } found)
            {
                yield return new NotComparedClaim(slot[0].Id, slot[0].Measure, found);
            }
        }
    }
}
