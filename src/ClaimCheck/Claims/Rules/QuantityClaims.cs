using System.Globalization;
using ClaimCheck.Attribution;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>Quantity claims: every counted or monetary amount in a sentence, with what it counts, whose it is, where and when it holds,
/// how it is put forward and who says it. Started by each quantity mention of the sentence.</summary>
internal static class QuantityClaims
{
    /// <summary>How far after a count of people where they came from is looked for ("had crossed into Chad from Sudan").</summary>
    private const int OriginWindow = 8;

    /// <summary>The part a whole of fixed units named after a part of it ("20 of the 47 counties") is set apart as.</summary>
    private const string FixedSetWhole = "all";

    /// <summary>The measure of the most a vessel, vehicle or hall may hold (toll-noun "capacity" gives it too).</summary>
    private const string Capacity = "capacity";

    /// <summary>What a part of a figure the sentence gives starts with ("pilgrims · of 340" in "210 of the 340 pilgrims").</summary>
    private const string OfWhole = MeasureNames.OfWhole;

    /// <summary>What an item of a list after a colon that names a place of its own is set apart as ("deaths · of a listed total" for "25 in
    /// Brenmoor" in "40 died: 25 in Brenmoor, 15 in Tallis", or "Brenmoor 25"): one label whatever the total, so that one place's items in
    /// lists of different totals meet, while neither meets the totals (their own slot) nor the other places' items (the place split).</summary>
    private const string OfListedTotal = OfWhole + ListedTotal;

    /// <summary>The whole an item of a list is a part of when the list gives no total ("Confirmed cases by region: Brenmoor 191, …").</summary>
    private const string ListedTotal = "a listed total";

    /// <summary>What a running total counted over a long span is set apart as ("deaths · since 2011" for "has killed 9,000 since 2011"):
    /// its own slot, so that it never meets one event's toll, while two reports' totals from the same year meet.</summary>
    private const string SinceYear = "since ";

    /// <summary>Whether the document's claims so far count some outcome ("died", "were injured") but never
    /// <paramref name="outcome"/>: what an addition to it ("another 40 were injured") could only add to is missing.</summary>
    private static bool OnlyOtherOutcomesBefore(DocumentMemory state, SentenceView s, string outcome)
    {
        var other = false;
        foreach (var claim in state.Claims)
        {
            if (claim.Quantity is null)
            {
                continue;
            }

            var measure = MeasureNames.Base(claim.Measure);
            if (measure == outcome)
            {
                return false;
            }

            other |= s.Words.OutcomeMeasures.Contains(measure);
        }

        return other;
    }

    // "Thousands marched in Lindenport on Thursday. … Police said 10,000 joined": a count of an event's people that the text does
    // not date is the one of the day the headline and lead report, not of the day the report was published.
    private static TimeScope? OrLeadDay(DocumentMemory state, SentenceView s, string baseMeasure, TimeScope? time) =>
        time is { Source: TimeScopeSource.PublicationDate } && s.Words.EventMeasures.Contains(baseMeasure) && state.LeadDay is { } day ? day : time;

    // The country a figure given by a body belongs to: the place the sentence gives it, a country the sentence names outside its
    // source, or the document's.
    private static string? CountryOfReport(DocumentMemory state, SentenceView s, string? place, Attribution.Attribution? source) =>
        place ?? Subjects.CountryIn(s, source?.Span) ?? state.MetadataPlace ?? state.TopicCountry ?? state.TopicPlace;

    public static void Extract(DocumentMemory state, SentenceView s, SentenceAttribution attribution)
    {
        (QuantityMatch Match, Quantity Quantity, string Measure)? lastCount = null;
        (double Value, string Outcome)? lastOutcomeCount = null, outcomeCountBefore = null;
        QuantityMatch? previous = null;
        (string Measure, string Unit)? lastPhysical = null;
        (QuantityMatch Match, string Holder)? lastHeld = null;
        // The sentence's figures, then its counts of none ("no one was killed"), which are read as denials of any count; a figure
        // written inside a count of none ("one casualty" in "not one casualty") is that count, not a figure of its own.
        var zeroCounts = ZeroCount.In(s);
        var runningCount = s.Quantities.Count > 0 && Measures.GivesRunningCount(s); // a sentence with no figure needs no scan
        // "23 of its miners died": a bare number taken from a plural noun through "of" and a determiner counts that noun.
        var figures = s.Quantities.Where(m => !zeroCounts.Exists(z => z.Covers(m))).Select(m => (OwnedPartitives.AsCountOfOwnedNoun(s, m) ?? m, (ZeroCount?)null));
        foreach (var (match, zero) in figures.Concat(zeroCounts.Select(z => (z.Match, (ZeroCount?)z))))
        {
            var quantity = match.Mention.Quantity;
            var restates = Measures.IsBracketedRestatement(s, match, previous);
            previous = match;
            if (restates)
            {
                continue; // "203 kilometres (126 miles) per hour": the bracketed figure is the one before in another unit
            }

            if (Measures.RateAcrossBracket(s, match) is { } rate)
            {
                quantity = quantity.WithUnit(rate);
            }
            if (quantity.Unit.Kind == UnitKind.Count && s.Words.NotClaimNouns.Contains(quantity.Unit.Name))
            {
                continue; // "three times the estimate", "won four times": a multiplier or a frequency, not an amount sources report
            }

            if (Measures.IsCountProgress(s, match))
            {
                continue; // "with 88% of ballots tallied": how far a count has gone, not what it found
            }

            if (Measures.IsRankedSet(s, match))
            {
                continue; // "the two biggest cities": which members of a ranking the text is about, not how many of anything there are
            }

            if (Measures.IsGap(s, match))
            {
                continue; // "65.2%, 5% less than the board had announced": the gap between two figures, not an amount of its own
            }

            var isBare = quantity.Unit.Kind == UnitKind.None || (quantity.Unit.Kind == UnitKind.Count && (!match.HasNounPhrase || match.HasNounBefore));
            if ((isBare && (PeopleCounts.IsAgeBound(s, match) || PeopleCounts.IsAgeOfOne(s, match)))
                || (quantity.Unit.IsAge && PeopleCounts.IsAgeBound(s, match)))
            {
                continue; // "children under 18", "the youngest of the dead was 14": who is counted, not how many
            }

            if (isBare && IsShareOfWhole(s, match))
            {
                continue; // "40 of them in Brenmoor, about a third of the total": a share of a whole, not a count of a third of a person
            }

            if (isBare && Measures.IsBareAverage(s, match))
            {
                continue; // "the people held were 31 on average": their mean age, not how many were detained
            }

            var outcome = PeopleCounts.OutcomeOf(s, match);
            if (outcome is not null && IsWholeOfPart(s, match))
            {
                outcome = null; // "two of the 31 miners died": the verb befalls the two; the 31 are the miners, not the dead ("of the 31 dead" are)
            }
            var tollPart = PeopleCounts.TollPartitiveOf(s, match);
            outcome ??= tollPart?.Measure; // "three of the dead could be identified": a part of the dead, whatever the clause says of them
            if (zero is { } counted && outcome is null && (counted.NeedsOutcome || !s.Words.MeasureSynonyms.TryGetValue(quantity.Unit.Name, out _)))
            {
                continue; // "nobody", "no protesters" count none only of what their clause says befell them ("nobody was hurt")
            }

            string? measuredAt = null;
            string? heldCountMeasure = null;
            string? gappedSource = null;
            (string Place, string? Within, PlacePart Part)? listItemPlace = null;
            string? listItemCountry = null;
            var isHeadedListItem = false;
            double? apposedWhole = null;
            var isStatedFigure = false;
            if (quantity.Unit.Kind == UnitKind.None)
            {
                if (lastCount is { } sibling && Ellipses.IsSiblingOf(s, sibling.Match, match))
                {
                    // "250,000 people according to the unions, 80,000 according to the police": the same count from another source.
                    quantity = Ellipses.AsSibling(quantity, sibling.Quantity);
                    gappedSource = Ellipses.GappedSourceOf(s, sibling.Match, match) ?? Ellipses.RestatedSourceOf(s, sibling.Match, match);
                    listItemPlace = Ellipses.ListItemPlaceOf(s, match); // "Brenmoor reported 12 deaths, Orvik 9": Orvik's nine
                    listItemCountry = Ellipses.ListItemCountryOf(s, match); // "…, followed by Ostrava with 23": Ostrava's 23
                    isHeadedListItem = sibling.Measure.EndsWith(MeasureNames.PartSeparator + OfListedTotal, StringComparison.Ordinal);
                    // What befell things counted carries over ("80 homes destroyed, up from the 35 reported"); a part of people does not.
                    outcome = s.Words.DamagedMeasures.Contains(MeasureNames.Base(sibling.Measure)) ? sibling.Measure : MeasureNames.Base(sibling.Measure);
                }
                else if (outcome is null && Holders.HeldCountOf(s, match, state.Claims.Count > 0 ? state.Claims[^1] : null, lastHeld) is { } heldCount)
                {
                    // "Of 18.2 million votes, Ruiz won 10.4 million, Lind 9.5 million": a holder's bare number counts what the
                    // sentence's (or the document's last) count of votes or seats counts; its holder is read below.
                    quantity = Ellipses.AsSibling(quantity, heldCount.Count);
                    heldCountMeasure = heldCount.Measure;
                }
                else if (Measures.MeasuredAt(s, match) is { } noun)
                {
                    quantity = quantity.WithUnit(Unit.Count(noun)); // "put the magnitude of Friday's earthquake at 6.9"
                    measuredAt = s.Words.PhysicalMeasures[noun];
                }
                else if (lastCount is { } ofWhomSet && PeopleCounts.IsUnnamedPartAfterOfWhom(s, ofWhomSet.Match, match))
                {
                    // "treated 80 patients, of whom 45 later went home": a count after ", of whom" that names no outcome of its own
                    // is a part of the count before the comma, whatever outcome a word before it names; never a rival of that count.
                    quantity = quantity.WithUnit(ofWhomSet.Quantity.Unit);
                    outcome = MeasureNames.Base(ofWhomSet.Measure);
                    apposedWhole = ofWhomSet.Quantity.Value;
                }
                else if (outcome is null && lastCount is { } set && PeopleCounts.IsApposedPartOf(s, set.Match, match))
                {
                    // "3,400 employees, 1,250 of them in Vorland": a bare number right after a count and its comma, before "of them",
                    // counts some of that count's things; it is a part of that count, never a rival of it.
                    quantity = quantity.WithUnit(set.Quantity.Unit);
                    outcome = MeasureNames.Base(set.Measure);
                    apposedWhole = set.Quantity.Value;
                }
                else if (outcome is null && Ellipses.HeadNounBeforeColon(s, match) is { } head)
                {
                    // "Confirmed cases by region: Brenmoor 191, Tallis 62": the list's first item counts what the head before the colon
                    // names, in the item's own place; the items after it are its siblings (above).
                    quantity = quantity.WithUnit(Unit.Count(head.Noun));
                    outcome = head.Measure;
                    listItemPlace = Ellipses.FirstItemPlaceOf(s, match);
                    isHeadedListItem = true;
                }
                else if (outcome is null && PeopleCounts.PredicateSubgroupOf(s, match) is not null && OutcomeCountedBefore(state, s) is { } earlierOutcome)
                {
                    // "At least 40 people died. Of them, 14 were children.", "Twelve of them were children.": a bare number that names a
                    // kind of people as a part of those the sentence before counted counts that part of the same outcome.
                    outcome = earlierOutcome;
                    quantity = quantity.WithUnit(Unit.Count("person"));
                }
                else if (outcome is null && (!PeopleCounts.IsStatedFigure(s, match) || state.GatheringMeasure is null))
                {
                    // A bare number counts people only when its clause says what happened to them ("45,000 were present") or gives it
                    // as a figure in a report about a kind of event ("police put the figure at 18,000" about a march).
                    continue;
                }
                else
                {
                    isStatedFigure = outcome is null;
                    outcome ??= state.GatheringMeasure;
                    quantity = quantity.WithUnit(Unit.Count("person"));
                }
            }

            if (outcome is not null && quantity.Unit.Kind == UnitKind.Count && match.HasNounBefore
                && s.Words.MeasureSynonyms.TryGetValue(quantity.Unit.Name, out var named) && named != outcome)
            {
                quantity = quantity.WithUnit(Unit.Count("person")); // "… confirmed deaths: 2,140 killed and more than 300 were missing"
            }

            var physical = outcome is null && quantity.Unit.Kind == UnitKind.Physical
                ? Measures.PhysicalMeasureOf(s, match, quantity.Unit.Name) ?? Measures.DistanceFrom(s, match, quantity.Unit.Name) ?? Measures.SizeOf(s, match, quantity.Unit.Name)
                    // "900 barrels spilled, three times the early estimate of 300 barrels"; not a length from a place ("a 14 km deep tremor,
                    // some 6 miles from the nearest village")
                    ?? (lastPhysical is { } sameUnit && sameUnit.Unit == quantity.Unit.Name && !Measures.StandsFromAPlace(s, match) ? sameUnit.Measure : null)
                : null;
            if (physical is not null)
            {
                lastPhysical = (physical, quantity.Unit.Name);
            }
            var measure = outcome ?? heldCountMeasure ?? physical ?? measuredAt ?? Measures.PercentageOf(s, match) ?? Measures.MeasureOf(s, match);
            var isEventMeasure = s.Words.PhysicalMeasureNames.Contains(MeasureNames.Base(measure));
            if ((MeasureNames.Base(measure) is "aboard" or "people" || IsCountOfPersons(s, quantity, outcome)) && PeopleCounts.IsCapacity(s, match))
            {
                measure = Capacity; // "licensed to carry 35 people", "a jail built for 900 inmates": what it may hold, not what it held
            }
            else if (measure == PeopleCounts.Population && PeopleCounts.NamedGroupOf(s, match) is { } group)
            {
                measure = measure + MeasureNames.PartSeparator + group; // "600,000 Kelari have lived in Vorland": one people's number, not the place's
            }
            if (outcome is null && physical is null && quantity.Unit.Kind == UnitKind.Count && s.Words.DamagedMeasures.Contains(measure)
                && Measures.DamageStateOf(s, match) is { } damage && damage != Measures.LostState)
            {
                measure = measure + MeasureNames.PartSeparator + damage; // "1,200 homes destroyed" and "3,400 damaged" are apart
            }
            if (measure == "people" && state.TopicMeasure is { } topicMeasure)
            {
                measure = topicMeasure; // "organisers said 1.03 million people" in a report about a march
            }
            if (s.Words.LivingConditionExcluded.Contains(measure) && s.Words.SeverityHarm is { } hurt && PeopleCounts.ConditionOf(s, match) is { } condition)
            {
                measure = hurt + MeasureNames.PartSeparator + condition; // "four died and nine others were in critical condition": the nine live
            }
            else if (s.Words.SeverityMeasures.Contains(measure) && PeopleCounts.SeverityOf(s, match) is { } severity)
            {
                measure = measure + MeasureNames.PartSeparator + severity; // "155 injured, 22 of them critically"
            }
            else if ((s.Words.OutcomeMeasures.Contains(measure) || zero is not null)
                && (PeopleCounts.SubgroupOf(s, match) ?? (zero is not null ? ZeroCount.BearerGroupOf(s, match) : null)) is { } subgroup && subgroup != measure)
            {
                measure = measure + MeasureNames.PartSeparator + subgroup; // "its troops suffered no casualties": none of the troops' own
            }
            else if (s.Words.OutcomeMeasures.Contains(measure) && PeopleCounts.ListedPartOf(s, match) is { } listed && listed != measure
                && !(quantity.Unit.Kind == UnitKind.Count && !s.Words.PersonNouns.Contains(quantity.Unit.Name)
                    && s.Words.MeasureSynonyms.TryGetValue(quantity.Unit.Name, out var itself) && itself == measure))
            {
                // A kind of people listed beside another is a part; a noun for the outcome itself, not for people ("three deaths and
                // 91 hospitalizations"), counts all of it.
                measure = measure + MeasureNames.PartSeparator + listed; // "4 soldiers, 24 residents and 117 villagers were killed"
            }
            else if (s.Words.OutcomeMeasures.Contains(measure) && PeopleCounts.SettingOf(s, match) is { } setting
                && !(s.Words.ImpliedSettings.GetValueOrDefault(measure) == setting && PeopleCounts.IsPastStay(s, match) && !PeopleCounts.IsUpdate(s, match)))
            {
                // "34 people have been treated in hospital" counts the hospitalised, all of them; "40 are being treated in
                // hospital" and "159 were still in hospitals" are the part still there.
                measure = measure + MeasureNames.PartSeparator + setting;
            }
            else if (s.Words.WorkforceMeasures.Contains(measure) && PeopleCounts.ModifierPartOf(s, match, s.Words.WorkforceParts) is { } workforcePart)
            {
                measure = measure + MeasureNames.PartSeparator + workforcePart; // "the 380 seasonal jobs": a part of the jobs
            }
            else if (s.Words.ClienteleMeasures.Contains(measure) && PeopleCounts.ModifierPartOf(s, match, s.Words.ClienteleParts) is { } clientelePart)
            {
                measure = measure + MeasureNames.PartSeparator + clientelePart; // "9 million former subscribers": a part of those touched
            }
            else if (s.Words.IdentifierMeasures.Contains(measure) && Measures.IdentifierKindOf(s, match) is { } identifierKind)
            {
                measure = measure + MeasureNames.PartSeparator + identifierKind; // "52,000 Social Security numbers": not bank account numbers
            }

            if (isEventMeasure && Measures.SecondaryShockOf(s, match) is { } shock)
            {
                measure = measure + MeasureNames.PartSeparator + shock; // "Brenmoor felt a 4.8 aftershock": not the main quake's magnitude
            }

            if (PeopleCounts.NationalityOf(s, match) is { } nationals)
            {
                measure = measure + MeasureNames.PartSeparator + nationals; // "17 Vorlandian hostages": not the 31 hostages of all nations
            }

            if (s.Words.EventMeasures.Contains(measure) && PeopleCounts.CounterGatheringOf(s, match) is { } counter)
            {
                measure = measure + MeasureNames.PartSeparator + counter; // "some 400 joined a counter-protest": not the march's crowd
            }

            if (s.Words.OutcomeMeasures.Contains(MeasureNames.Base(measure)) && TimeAnchors.LaterEventOf(s, match) is { } laterEvent)
            {
                measure = measure + MeasureNames.PartSeparator + laterEvent; // "40 injured in Tuesday's quake, days after Sunday's quake"
            }

            // "16 of the 40 divers trapped had been rescued": when the verb names the part's own measure, it is no rival of the set.
            string? listedWhole = null;
            if (apposedWhole is { } apposedTo)
            {
                measure = measure + MeasureNames.PartSeparator + OfWhole + apposedTo.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (!PeopleCounts.TakesVerbOfItsSet(s, match) && PartOfFigure(s, match) is null && !measure.Contains(MeasureNames.PartSeparator, StringComparison.Ordinal)
                && WholeBeforeColon(s, match, measure) is { } listedTotal)
            {
                measure = measure + MeasureNames.PartSeparator + OfWhole + listedTotal; // "870 put off: 610 scans": a part of 870 (ListedPlaceOf)
                listedWhole = listedTotal;
            }
            else if (isHeadedListItem && !measure.Contains(MeasureNames.PartSeparator, StringComparison.Ordinal))
            {
                // "Confirmed cases by region: Brenmoor 191, Tallis 62": each item is its place's part of a total the list leaves out,
                // never the whole's count, as the items of a list with its total are (below)
                measure = measure + MeasureNames.PartSeparator + OfListedTotal;
                listedWhole = ListedTotal;
            }
            else if (!PeopleCounts.TakesVerbOfItsSet(s, match) && (PartOfFigure(s, match) ?? (measure.Contains(MeasureNames.PartSeparator, StringComparison.Ordinal) ? null : WholeBeforeColon(s, match, measure) ?? PartOfFigureBefore(s, match, measure))) is { } whole)
            {
                measure = measure + MeasureNames.PartSeparator + OfWhole + whole; // "210 of the 340 pilgrims": a part of 340, not a rival count
            }
            else if (quantity.Unit.Kind == UnitKind.Count && s.Words.FixedSetNouns.Contains(quantity.Unit.Name) && (IsWholeOfPart(s, match) || IsSizeOfNounAfter(s, match)))
            {
                // "9 of the 31 counties": the country's counties, not where it happened; "the 90-seat chamber": its size, not seats won
                measure = measure + MeasureNames.PartSeparator + FixedSetWhole;
            }
            else if (OpeningPartitive(s, match, MeasureNames.Base(measure)) is { } set)
            {
                measure = measure + MeasureNames.PartSeparator + set; // "Of the dead, 12 were children": a part of the toll
            }
            else if (s.Words.OutcomeMeasures.Contains(measure) && PeopleCounts.PredicateSubgroupOf(s, match) is { } predicated
                && predicated != measure)
            {
                measure = measure + MeasureNames.PartSeparator + predicated; // "among the 40 killed in Vorland, 9 were firefighters"
            }

            if (tollPart is { } ofToll && !measure.Contains(MeasureNames.PartSeparator, StringComparison.Ordinal))
            {
                // "two of the injured died": a part of the injured, not a toll; a part the clause names ("39 of the dead were men") says which
                measure = measure + MeasureNames.PartSeparator + ofToll.Label;
            }

            if (!measure.Contains(MeasureNames.PartSeparator + OfWhole, StringComparison.Ordinal) && ListedKinds.KindOf(s, match) is { } kind
                && !measure.EndsWith(MeasureNames.PartSeparator + kind, StringComparison.Ordinal))
            {
                // "9 army trucks and six rental trucks": each a kind of the trucks; a part of a whole the sentence gives
                // ("4 million members: 2.5 million student members, …") is that whole's, as above, and a kind a list of parts
                // already names ("700,000 overseas members") is not named twice.
                measure = measure + MeasureNames.PartSeparator + kind;
            }

            if (quantity.Unit.Kind == UnitKind.Count && s.Words.CumulativeMeasures.Contains(MeasureNames.Base(measure)) && RevisionPartOf(s, match) is { } revision)
            {
                measure = measure + MeasureNames.PartSeparator + revision; // "the toll was cut by 106": the size of a revision, not a toll
            }

            if (s.Words.CumulativeMeasures.Contains(MeasureNames.Base(measure)) && IsOnePeriodAlone(s, match))
            {
                measure = measure + MeasureNames.PartSeparator + OnePeriodPart; // "132 were killed on Tuesday alone": that day's count, not the toll
            }

            if (quantity.Unit.Kind == UnitKind.Count && IsRemainder(s, match))
            {
                measure = measure + MeasureNames.PartSeparator + RemainderPart; // "two remaining climbers", "the remaining 40": those left of a group
            }

            if (match.Mention.Change == QuantityChange.None && (quantity.Unit.Kind == UnitKind.Count || s.Words.IsPercentageMeasure(MeasureNames.Base(measure))
                    || s.Words.HeldMeasures.ContainsKey(MeasureNames.Base(measure)) || s.Words.HeldMeasures.Values.Contains(MeasureNames.Base(measure)))
                && Places.IsAbroad(s, match))
            {
                measure = measure + MeasureNames.PartSeparator + Places.Abroad; // "19.6% at polling stations abroad": not the country's own
            }

            if (match.Mention.Change == QuantityChange.None && quantity.Unit.Kind == UnitKind.Count
                && s.Words.ElsewhereMeasures.Contains(MeasureNames.Base(measure)) && Places.IsElsewhere(s, match))
            {
                measure = measure + MeasureNames.PartSeparator + Places.Elsewhere; // "35 were hurt elsewhere along the coast": not the place's own
            }

            // "its shares fell 5%", "up 3% on the year": a percentage that names nothing it is a share of
            var isUnnamedShare = quantity.Unit.Kind == UnitKind.Percentage && MeasureNames.Base(measure) == MeasureNames.Share;
            if (match.Mention.Change != QuantityChange.None && quantity.Unit.Kind is UnitKind.Percentage or UnitKind.Currency)
            {
                // "prices rose 5%", "a $2 billion drop in sales": the size of a change is not the level ("inflation is 5%"). A count
                // cut or added ("cut 1,200 jobs") is the count of what was cut, as other reports give it ("1,200 job cuts").
                measure += match.Mention.Change == QuantityChange.Increase ? MeasureNames.RiseSuffix : MeasureNames.FallSuffix;
            }

            var period = Measures.FlowPeriod(s, match);
            if (period.Length > 0 && outcome is null && s.Words.FlowMeasures.TryGetValue(measure, out var movement))
            {
                measure = movement; // "20,000 refugees from Sudan in the past week" are the week's arrivals
            }

            if (period.Length > 0 && quantity.IsIncrement)
            {
                quantity = quantity.AsWhole(); // "20,000 new refugees in the past week" are the whole week's, not an addition to a total
            }

            measure += period;
            var place = Places.PlaceAfter(s, match.EndToken);
            var target = match.FirstToken;
            var (source, cue) = attribution.For(target);
            var baseMeasure = MeasureNames.Base(measure);
            if (PeopleCounts.OfficialSourceOf(s, match) is { } official)
            {
                source = new Attribution.Attribution(null, official, null, null, null, null); // "rights groups gave twice the official figure of 70"
            }
            else if (gappedSource is not null)
            {
                source = new Attribution.Attribution(null, gappedSource, null, null, null, null); // "the crowd at 60,000, and the police at 41,000"
            }
            else if (s.Words.OutcomeMeasures.Contains(baseMeasure) && PeopleCounts.OfficialAdverbSourceOf(s, match, source?.Span) is { } officially)
            {
                // "the clashes officially left 16 dead, but the rights group reported 23": the toll is the authorities', not the
                // source a later clause names; a source named before it ("the group officially reported 23"), or in the figure's own
                // reporting clause ("officially left 16 dead, the ministry said"), keeps it.
                source = new Attribution.Attribution(null, officially, null, null, null, null);
            }
            var isDeclaredPeriod = quantity.Unit.Kind == UnitKind.Duration && baseMeasure != Measures.Duration; // "seven days of mourning"
            var isOutcome = s.Words.OutcomeMeasures.Contains(baseMeasure);
            if (isOutcome && IsPeopleOrOutcomeCount(s, quantity) && IsSumOfTwoOutcomes(outcomeCountBefore, lastOutcomeCount, quantity))
            {
                // "9 died and 51 were rescued, which makes 60 people affected": the two outcomes together, a count of neither. A
                // figure of no outcome ("42 officers were deployed") or of things counts something else, whatever it adds up to.
                continue;
            }

            if (isOutcome && quantity.IsIncrement && lastCount is { } before && s.Words.OutcomeMeasures.Contains(MeasureNames.Base(before.Measure))
                && MeasureNames.Base(before.Measure) != baseMeasure)
            {
                // "400 were injured and 25 more are missing": after another outcome's figure, "more" and "another" count other people,
                // the whole of this outcome, not an addition to its earlier count.
                quantity = quantity.AsWhole();
            }
            else if (isOutcome && quantity.IsIncrement && lastCount is null && OnlyOtherOutcomesBefore(state, s, baseMeasure))
            {
                // "Nine people died. Another 40 were injured.": a sentence's first figure after the report counted only other outcomes
                // is the whole of its own, not an addition to a count of it the report never gave.
                quantity = quantity.AsWhole();
            }
            // A workforce ("Lindenport Bank employs 52,000 people", "its 6,500 employees") is the employer's, wherever its people work; the
            // other outcomes are counted in a place, so a body named near them is a source, not where they were.
            var isPlacedOutcome = isOutcome && !s.Words.WorkforceMeasures.Contains(baseMeasure);
            var isPopulation = baseMeasure == PeopleCounts.Population;
            var (recipient, severalRecipients) = quantity.Unit.Kind == UnitKind.Currency ? Subjects.RecipientAfter(s, match) : (null, false);
            // An event's physical measure (its magnitude, its winds) is the event's, whose country is the document's as for its toll:
            // a country the sentence names is more often a place the storm passed or a source ("the US Geological Survey said"), unless
            // the figure is given as recorded in it ("in neighbouring Vorland, gusts of 90 km/h").
            // A report that names only a region the lexicon places in a country ("eastern Hokkaido") gives its event's measures to that country.
            var subject = isEventMeasure ? Subjects.LocativeCountryIn(s, source?.Span, state.TopicCountry) ?? state.MetadataPlace ?? state.TopicCountry ?? place ?? Subjects.CountryIn(s, source?.Span)
                    ?? (state.TopicPlace is { } topicPlace ? s.Gazetteer.CountryOf(topicPlace) ?? topicPlace : null)
                : isPopulation ? Subjects.PopulationPlace(s, match) ?? PopulationOfTheReportsPlace(state, s, match)
                : recipient ?? Subjects.QuantitySubject(s, match, source?.Span);
            if (isPlacedOutcome && !(match.HasNounPhrase && s.EntityIn(match.NounFirstToken, match.NounEndToken) is not null) && Subjects.SideBefore(s, match) is { } sideOf)
            {
                subject = sideOf; // "On the Vorlandian side, 58 soldiers died": that side's toll, not the toll of the country the text is about
            }

            if (subject is null && !isPopulation && (isPlacedOutcome || outcome is not null))
            {
                subject = Subjects.OriginAfter(s, match.EndToken, OriginWindow); // "20,000 people had crossed into Chad from Sudan"
            }

            if (isPlacedOutcome && subject is not null && s.IsOrganization(subject))
            {
                subject = null; // people are counted in a place; a body named near the figure is a source, not where they were
            }

            // A company only the text's cues make one ("the lender Halvex") is the subject only where the report gives no other: another
            // outlet's report that gives no such cue reads the same figure under the country, and the two must still meet.
            var cuedCompany = subject is not null && state.CuedCompanies.Contains(subject) ? subject : null;
            if (cuedCompany is not null)
            {
                subject = null;
            }

            // "Lindenport's foreign ministry said 35 people died in the clashes", "Lindenport says toll rises to 36": a side's body, or a
            // country speaking as itself, speaks of its own toll when the sentence places it in no other country.
            subject ??= isPlacedOutcome && place is null && source?.Affiliation is { } side
                && (state.LeadCountries.Contains(side) || (source.Organization == side && s.Gazetteer.ByName.TryGetValue(side, out var sideEntity) && sideEntity.Kind == EntityKind.Country))
                && s.Words.CumulativeMeasures.Contains(baseMeasure) && Subjects.LocativeCountryIn(s, source.Span, side) is null ? side : null;
            subject ??= isPopulation || severalRecipients ? null : state.OriginOf(measure)
                ?? (s.Word(0) is "That" or "This" ? state.OpeningCountryBefore(s.Index) : null) // "In Peru, … That outbreak recorded 80 cases."
                ?? (isPlacedOutcome || isDeclaredPeriod ? place ?? Subjects.CountryIn(s, source?.Span, match.FirstToken) ?? state.MetadataPlace ?? state.TopicCountry ?? state.TopicPlace : null)
                ?? state.Document.Topic
                ?? (!isPlacedOutcome && quantity.Unit.Kind is UnitKind.Count or UnitKind.Currency or UnitKind.Percentage or UnitKind.Physical ? place ?? state.TopicSubject : null)
                // a sum in a report that names no place is its company's, and so are a count or share whose sentence names the company
                // ("Halvex is shedding 4,000 jobs", "4 million Halvex customers"); counts and shares that do not name it stay uncompared,
                // being as often a part of a whole ("3 million of them in its loyalty scheme"), and so do shares of nothing named, as often
                // different moves ("shares fell 5% on the day, 15% since June")
                ?? (quantity.Unit.Kind == UnitKind.Currency
                    || (!isPlacedOutcome && (quantity.Unit.Kind == UnitKind.Count || (quantity.Unit.Kind == UnitKind.Percentage && !isUnnamedShare))
                        && state.TopicOrganisation is { } company && NamesOrRefersTo(s, company))
                    ? state.TopicOrganisation : null)
                ?? cuedCompany
                // the same in a report that names places, only where the sentence names the company and nothing else gave a subject
                // ("Halvex to cut 4,000 staff" in a report that also names its customers' countries)
                ?? (!isPlacedOutcome && (quantity.Unit.Kind is UnitKind.Count or UnitKind.Currency || (quantity.Unit.Kind == UnitKind.Percentage && !isUnnamedShare))
                    && state.HeadlineOrganisation is { } headlineCompany && NamesOrRefersTo(s, headlineCompany) ? headlineCompany : null);
            // "4,800 flights were cancelled worldwide": the world's count, not the country the report is from; a body's own count stays
            // its own ("Lindenport Bank employs 52,000 people worldwide").
            if (quantity.Unit.Kind == UnitKind.Count && match.Mention.Change == QuantityChange.None && !(subject is not null && s.IsOrganization(subject))
                && Places.IsWorldwide(s, match))
            {
                subject = Places.World;
            }

            // "The Interior Ministry counted 812 actions", "the Food Standards Agency said 57 people fell ill": a public body that gives
            // a figure is its source, and the figure is its country's, as an outlet that names no body gives it; a count of the body's
            // own workforce stays its own ("the ministry employs 3,000 workers"). Outcomes drop a body as their subject above.
            if (!isOutcome && subject is not null && Subjects.IsPublicBody(s, subject) && !s.Words.WorkforceMeasures.Contains(baseMeasure))
            {
                subject = CountryOfReport(state, s, place, source) ?? subject;
            }

            if (subject is not null && match.HasNounPhrase && s.EntityIn(match.NounFirstToken, match.NounEndToken) == subject)
            {
                state.RememberOrigin(measure, subject); // "North Korean soldiers": later "the soldiers" are North Korea's
            }

            // A place inside the subject country makes the figure a part of the country's ("12,000 of them in Lyon").
            string? partPlace = null;
            var part = PlacePart.None;
            var after = subject is null ? null : Places.PartAfter(s, match.EndToken);
            var opening = subject is not null && Places.OpeningLocativeOf(s, match.FirstToken) is >= 0 and var locative ? Places.PartAt(s, locative, cued: false) : null;
            // "cases in Brenmoor have risen to 40": the place inside the figure's own subject, before it
            var located = after is { Part: not PlacePart.Whole } ? after
                : opening ?? (subject is null ? null : Places.SubjectPlaceBefore(s, match)) ?? after; // "In the capital, … in Vorland": the capital's
            if (listItemPlace is { Within: { } itemCountry } item && isPlacedOutcome)
            {
                // "Brenmoor reported 12 deaths, Orvik 9": a gapped item is counted in the place that leads it, not in the first item's
                // place or the place that reports the list.
                (subject, located) = (itemCountry, item);
            }
            else if (listItemCountry is not null && isPlacedOutcome)
            {
                subject = listItemCountry; // "Vorland listed 58 pilgrims dead, followed by Ostrava with 23": Ostrava's own, not Vorland's
            }

            if (located is null && subject is not null && s.Words.EventMeasures.Contains(baseMeasure)
                && (Places.PlaceBeforeWith(s, match) ?? Places.LocalBodyPlaceOf(s, source)) is { Within: { } townCountry } town
                && (subject == townCountry || subject == town.Place || Subjects.CountryAbove(s, subject, state.TopicCountry, state.TopicPlace) == townCountry))
            {
                // "the largest were in Brenmoor, with 6,200 marchers", "the Brenmoor police prefecture counted 6,200 marchers": the
                // crowd in that town, a part of the country's as "6,200 marched in Brenmoor" is.
                (subject, located) = (townCountry, town);
            }

            var reportingPlace = Places.ReportingPlaceUnlessWhole(s, match, source);
            // a crowd its body counts is LocalBodyPlaceOf's to read, above: a city's police often count a march that is the whole story
            var bodyPlace = reportingPlace is null && !s.Words.EventMeasures.Contains(baseMeasure) && !Places.IsWholeCued(s, match)
                ? Places.BodyPlaceOf(s, source) : null;
            if (located is null && isOutcome && subject is not null && (reportingPlace ?? bodyPlace) is { Within: { } reporterCountry } reporter
                && (subject == reporterCountry || (bodyPlace is not null && subject == reporter.Place)
                    || Subjects.CountryAbove(s, subject, state.TopicCountry, state.TopicPlace) == reporterCountry))
            {
                // "Brenmoor Province reported 19 injured" is Brenmoor's count, and "Vorland's north was hit hardest …; Kestrel
                // reported 64 injured" is Kestrel's, not the other place's the sentence names first. So is "Brenmoor police said 40
                // were arrested", a count its own police give, unless cued as the whole ("the nationwide toll rose to 80").
                (subject, located) = (reporterCountry, reporter);
            }

            if (located is null && subject is not null && Places.RecordingPlaceBefore(s, match) is { Within: { } recordCountry } recorder
                && (subject == recordCountry || subject == recorder.Place || Subjects.CountryAbove(s, subject, state.TopicCountry, state.TopicPlace) == recordCountry))
            {
                // "Brenmoor has recorded 412 cases" is Brenmoor's part of Vorland's count, as "412 cases in Brenmoor" is.
                (subject, located) = (recordCountry, recorder);
            }

            if (located is null && subject is not null && !match.IsVague && s.Words.EventMeasures.Contains(baseMeasure)
                && s.Gazetteer.ByName.TryGetValue(subject, out var country) && country.Kind == EntityKind.Country && Places.IsWholeCued(s, match))
            {
                part = PlacePart.Whole; // "1.2 million marched nationwide"
            }
            else if (located is { } found && subject is not null)
            {
                if (found.Part == PlacePart.Whole)
                {
                    part = found.Place == subject && !match.IsVague ? PlacePart.Whole : PlacePart.None; // "thousands across Vorland" marks no whole
                }
                else if (found.Within == subject || (found.Place == Places.Capital && s.Gazetteer.CapitalOf.ContainsKey(subject)))
                {
                    partPlace = found.Place == Places.Capital ? s.Gazetteer.CapitalOf[subject] : found.Place;
                    // "31 died in the mill fire in the capital": a toll of an event the capital held is the country's toll placed there, as
                    // "4 dead in Brenmoor" is (PlaceEvents keeps it apart where the text gives a larger whole or a second place); any
                    // other count there, a crowd's too ("7,000 marched in the capital"), is the capital's part of the country's.
                    part = found.Part == PlacePart.Event && (!isOutcome || s.Words.EventMeasures.Contains(baseMeasure)) ? PlacePart.Stated : found.Part;
                }
                else if (found.Within is { } listCountry && Places.ListsFirst(found.Place, subject))
                {
                    (subject, partPlace, part) = (listCountry, found.Place, found.Part); // "in Kisumu and Nakuru": Kenya's, the two places' part
                }
            }

            // "4 dead in Brenmoor" and "4 dead in Chile": a toll's subject is the country its place lies in, so outlets that name the
            // place at different levels (the town, its region, the country, or none) give one toll; the local place stays its place.
            string? localPlace = null;
            if (isOutcome && part == PlacePart.None && subject is not null && Subjects.CountryAbove(s, subject, state.TopicCountry, state.TopicPlace) is { } above)
            {
                localPlace = subject;
                subject = above;
                part = PlacePart.Event;
            }

            if (isOutcome && !s.Words.EventMeasures.Contains(baseMeasure) && located is null && subject is not null && part is PlacePart.None or PlacePart.Event
                && s.Gazetteer.ByName.TryGetValue(subject, out var subjectEntry) && subjectEntry.Kind == EntityKind.Country && Places.VenueAfter(s, match) is { } venue)
            {
                // "five were hurt at Kestrel Square" in a report on Vorland: the country's toll placed at one site of it, read as "5 hurt in
                // Brenmoor" is; the comparison makes it a part only where the text shows it to be one (QuantitySlots.PlaceEvents). A crowd's
                // venue is left alone: a square's crowd is its town's, which the venue does not name.
                (partPlace, localPlace, part) = (venue, null, PlacePart.Venue);
            }

            // "Arvelo won 52.6%", "41.2% for Markova": a share, seats or votes are the holder's, never compared with another holder's.
            // The body that gave them is their source, and a held figure is the country's, not the body's that gave it.
            // A holder's part of a whole ("Ruiz won 10.4 million of the 18.2 million votes") is the holder's figure all the same.
            var heldFrom = measure.Contains(MeasureNames.PartSeparator + OfWhole, StringComparison.Ordinal) ? MeasureNames.Base(measure) : measure;
            if (Holders.Of(s, match, heldFrom, lastHeld) is { } held)
            {
                measure = held.Measure + MeasureNames.PartSeparator + held.Holder;
                lastHeld = (match, held.Holder);
                if (Holders.GiverSource(s, match) is { } giver)
                {
                    source = new Attribution.Attribution(null, giver, null, null, null, null);
                    cue = null; // "Orr rejected the tally of the Board, which gave Arvelo 51%": the Council asserts them
                }

                if (subject is not null && s.IsOrganization(subject))
                {
                    subject = CountryOfReport(state, s, place, source) ?? subject;
                }
            }

            var (modality, polarity) = Stances.IsWholeOfShare(s, match) ? (Modality.Asserted, Polarity.Affirmed) : Stances.Stance(s, target, cue, isProposition: false);
            if (zero is { } none)
            {
                // "no one was killed" denies any deaths by itself; "anyone" only where a denial verb denies it ("denied that anyone
                // died"; "has not confirmed any deaths" denies nothing). A count of none that is itself denied says some died, and
                // a count of none of what sources do not dispute ("no survivors", "no crowd") is no denial.
                if (!s.Words.ZeroCountMeasures.Contains(MeasureNames.Base(measure))
                    || polarity != (none.OnlyUnderDenial ? Polarity.Negated : Polarity.Affirmed)
                    || (none.OnlyUnderDenial && cue is not { Stance: ReportingStance.Denies }))
                {
                    continue;
                }

                polarity = Polarity.Negated;
            }

            if (modality is not (Modality.Planned or Modality.Forecast) && Stances.HasDeadlineAfter(s, match.EndToken, state.Document.Published) && !Stances.IsDoneBefore(s, match.FirstToken))
            {
                modality = Modality.Planned;
            }
            else if (modality is Modality.Asserted or Modality.Estimated
                && Stances.ModalityAfter(s, match.PhraseEndToken) is { } modalAfter)
            {
                modality = modalAfter; // "more than 10,000 people could die" (a forecast), "40 people may have died" (an estimate)
            }
            else if (modality is Modality.Asserted or Modality.Estimated
                && Stances.IsExpectedInClauseAfter(s, match.FirstToken, match.PhraseEndToken))
            {
                modality = Modality.Forecast; // "far more than the 50,000 the organisers had expected": the expectation, not the count
            }
            else if (modality is Modality.Asserted or Modality.Estimated && quantity.Unit.Kind == UnitKind.Count
                && s.Words.EventMeasures.Contains(baseMeasure) && Stances.CrowdSizeInAdvance(s, match.FirstToken, match.PhraseEndToken) is { } advance)
            {
                modality = advance; // "the organisers had registered 4,000 people", "4,000 had been expected": a size before the event, not a count
            }

            // "At least 80,000 marched in Lindenport, police said. The organisers put the number at 300,000.": a bare figure that names
            // no place gives another count of the figure the sentence before gave for a place, unless it is given for the whole
            // ("Nationwide, the organisers put the number at 300,000").
            var placed = isStatedFigure && place is null && part == PlacePart.None && localPlace is null && !Places.IsWholeCued(s, match)
                ? state.PlacedFigureOfSentenceBefore(s.Index, measure) : null;
            if (placed is not null)
            {
                (place, partPlace, part) = (placed.Place, placed.PlaceWithin is null ? null : placed.Place, placed.Part);
            }

            if (listedWhole is { } total && placed is null && (partPlace ?? place ?? localPlace ?? located?.Place) is not null)
            {
                // "40 died: 25 in Brenmoor, 15 in Tallis": each item is its place's part, whatever the list's total, never one toll
                measure = measure.Replace(MeasureNames.PartSeparator + OfWhole + total, MeasureNames.PartSeparator + OfListedTotal, StringComparison.Ordinal);
                part = part is PlacePart.Named or PlacePart.Event ? PlacePart.Stated : part;
            }

            if (isHeadedListItem && listedWhole == ListedTotal && subject is not null && subject == (partPlace ?? place ?? localPlace ?? located?.Place))
            {
                // "Cases by country: Vorland 12, Ostrava 9": an item whose place is its own subject is that country's whole count, not a part
                measure = measure.Replace(MeasureNames.PartSeparator + OfListedTotal, string.Empty, StringComparison.Ordinal);
            }

            // "Thirteen miners were killed in late January", in a report of Saturday's collapse: a count dated weeks before the lead's
            // day is of an earlier event the report recalls, never compared with the story's.
            // A crowd count (an event-measure) dated by its own words to a time that ended more than a week before the day the lead reports
            // ("the 2017 march drew 440,000", "in January 2017 about 250,000 came", in a report of Saturday's rally) is of
            // an earlier gathering the report recalls, likewise, and so is an event's physical measure so dated ("On 1 March a
            // magnitude 5.8 tremor shook the coast", in a report of a quake on 14 March): an earlier quake's, not the story's.
            var (time, isEarlierEvent) = s.Words.CumulativeMeasures.Contains(baseMeasure)
                ? TimeAnchors.CountTime(s, match, state.Document, cue?.CueToken ?? -1, state.LeadDay, state.HasCountedAnOutcome(s.Words.OutcomeMeasures))
                : (quantity.Unit.Kind == UnitKind.Physical && Places.IsBearingOfPlace(s, match) ? null
                    : OrLeadDay(state, s, baseMeasure, TimeAnchors.TimeFor(s, match.FirstToken, match.EndToken, state.Document)), false);
            isEarlierEvent = isEarlierEvent || ((s.Words.EventMeasures.Contains(baseMeasure) || isEventMeasure) && TimeAnchors.EndsBeforeLead(time, state.LeadDay));
            if (s.Words.CumulativeMeasures.Contains(baseMeasure) && !s.Words.OutbreakMeasures.Contains(baseMeasure) && TimeAnchors.LongSpanStartYear(s, match, state.Document.Published) is { } spanStart)
            {
                measure += MeasureNames.PartSeparator + SinceYear + spanStart.ToString(CultureInfo.InvariantCulture);
            }

            if (zero is not null && CountOfNoneEvents.EarlierEventDate(s, match, state.LeadDay, state.Document.Published, state.HasCountedAnOutcome(s.Words.OutcomeMeasures)) is { } recalled)
            {
                (time, isEarlierEvent) = (recalled, true); // "an eruption in June 2025 that caused no casualties": that eruption's none
            }

            if (quantity.Unit.IsAge && PersonAges.PersonOf(s, match, state.FullNameOf) is { } person)
            {
                (subject, measure, part, partPlace) = (person, PersonAges.Measure, PlacePart.None, null); // "Dara Kessel, 41,": her age
            }

            // An update cue before the figure ("has risen to 146") tells of a change; a running cue after it alone ("15 are still
            // missing") gives the count as it stands (Claim.IsCountSoFar).
            var updatedBefore = PeopleCounts.IsUpdatedBefore(s, match) || Stances.HasReachedDayAfter(s, match.EndToken, state.Document.Published);
            var runningAfter = !updatedBefore && PeopleCounts.HasRunningCueAfter(s, match);
            state.Add(new Claim
            {
                Id = string.Empty,
                DocumentId = state.Document.Id,
                Span = s.Sentence.Span,
                Text = s.SentenceText,
                Type = ClaimRuleTypes.Of(hasQuantity: true, modality),
                Subject = subject,
                Measure = measure,
                Place = partPlace ?? place ?? localPlace ?? state.MetadataPlace,
                PlaceWithin = placed is not null ? placed.PlaceWithin : partPlace is null && localPlace is null ? null : subject,
                Part = part,
                Quantity = quantity,
                QuantitySpan = match.Mention.Span,
                Polarity = polarity,
                Modality = modality,
                Time = time,
                Attribution = source,
                IsUpdate = updatedBefore || runningAfter,
                IsCountSoFar = runningAfter,
                IsEarlier = PeopleCounts.HasCueBefore(s, match, s.Words.EarlierCues) || PeopleCounts.OpensWithEarlierCount(s) || PeopleCounts.IsLevelLeft(s, match),
                IsVague = match.IsVague,
                IsProvisional = runningCount || PeopleCounts.HasCueBefore(s, match, s.Words.ProvisionalCues),
                IsReadAtHour = HourReadings.IsReadAtHour(s, match),
                IsOverStatedSpan = StatedSpans.IsOverStatedSpan(s, match),
                IsOneOccurrence = StatedSpans.IsOneOccurrence(s, match),
                OtherEvent = NamedEvents.OtherEventOf(s, match, state.Events.Names, state.Events.Topic) ?? PeopleCounts.BroughtInIncidentOf(s, match)
                    ?? PeopleCounts.LaterNamedIncidentOf(s, match)
                    ?? (zero is not null ? CountOfNoneEvents.OtherIncidentOf(s, match) : null)
                    ?? (quantity.Unit.Kind == UnitKind.Count ? Campaigns.CampaignOf(s, match) : null)
                    ?? (isEarlierEvent ? time!.Value.Text : null),
            });
            if (!Ellipses.IsCountOfWhere(s, match))
            {
                lastCount = quantity.Unit.Kind == UnitKind.Count ? (match, quantity, measure) : null; // "40 cases in 5 provinces": the cases
            }
            if (isOutcome && quantity.Unit.Kind == UnitKind.Count)
            {
                (outcomeCountBefore, lastOutcomeCount) = (lastOutcomeCount, (quantity.Value, baseMeasure));
            }
        }
    }

    // "The city of 350,000 people" in a sentence that names no place: the population of the place the report is about, under the
    // country as a population its sentence names is ("Vorland's population of 200,000"), so that reports naming and not naming it meet.
    private static string? PopulationOfTheReportsPlace(DocumentMemory state, SentenceView s, QuantityMatch match) =>
        Subjects.PopulationOfTheReportsPlace(s, match)
            ? state.MetadataPlace ?? state.TopicCountry ?? (state.TopicPlace is { } topicPlace ? s.Gazetteer.CountryOf(topicPlace) ?? topicPlace : null)
            : null;

    // Whether the sentence names the company the report is about (a single-word name, as DocumentMemory.TopicOrganisation is) or
    // refers back to it by a definite company noun with no name or "of" after it ("the company said", "the retailer's 9,000 staff");
    // "the firm Kestrel Networks" and "the supplier of its tills" name another company, and so does a sentence that names another
    // body ("Orvik Tools said 350 workers would leave the company"), which "the company" may as well be.
    private static bool NamesOrRefersTo(SentenceView s, string company) =>
        SentenceHasWord(s, company) || (RefersToACompany(s) && !NamesAnotherBody(s, company));

    // Whether the sentence names an organisation other than the company, or a capitalised name that is no place, country, time or
    // sentence opener and not the company's ("Orvik Tools"): another company it may speak of.
    private static bool NamesAnotherBody(SentenceView s, string company)
    {
        for (var t = 1; t < s.Tokens.Count; t++)
        {
            if (Holders.IsNameWord(s, t) && !s.Word(t).SequenceEqual(company) && !s.IsInTimeExpression(t) && !IsPlaceOrCountry(s, t))
            {
                return true;
            }
        }

        foreach (var mention in s.Entities)
        {
            if (mention.Entity.Kind == EntityKind.Organization && mention.Entity.Name != company)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a place or country mention covers token `t`.
    private static bool IsPlaceOrCountry(SentenceView s, int t) =>
        s.MentionCovering(t) is { } mention && mention.Entity.Kind != EntityKind.Organization;

    // Whether "the" and a company-noun row's word ("company", "firm", "retailer") stand in the sentence with neither a capitalised
    // word nor "of" right after the noun.
    private static bool RefersToACompany(SentenceView s)
    {
        for (var t = 1; t < s.Tokens.Count; t++)
        {
            if ((s.EntityCues.Of(s.Word(t)) & EntityCue.CompanyNoun) != 0 && (s.EntityCues.Of(s.Word(t - 1)) & EntityCue.Determiner) != 0
                && !(s.Word(t + 1) is { Length: > 0 } next && (char.IsUpper(next[0]) || (s.EntityCues.Of(next) & EntityCue.Of) != 0)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether one of the sentence's words is the word.
    private static bool SentenceHasWord(SentenceView s, string word)
    {
        for (var t = 0; t < s.Tokens.Count; t++)
        {
            if (s.Word(t).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    // Whether an exact count equals the sum of the sentence's last two counts of people, of two different outcomes ("the tram crash
    // hurt 30 people and killed 12, 42 victims in total"): the figure joins what befell two groups and is not a count of either.
    private static bool IsSumOfTwoOutcomes((double Value, string Outcome)? first, (double Value, string Outcome)? second, Quantity quantity) =>
        first is { } a && second is { } b && quantity.Unit.Kind == UnitKind.Count && quantity.Qualifier == Qualifier.Exact && !quantity.IsIncrement
        && a.Outcome != b.Outcome && a.Value + b.Value == quantity.Value;

    // Whether a count's noun counts people or an outcome itself ("42 victims", "42 deaths"), so that it can join two outcomes' counts;
    // a count of things ("5 houses collapsed in all") counts something else, whatever it adds up to.
    private static bool IsPeopleOrOutcomeCount(SentenceView s, Quantity quantity) =>
        s.Words.PersonNouns.Contains(quantity.Unit.Name)
        || (s.Words.MeasureSynonyms.TryGetValue(quantity.Unit.Name, out var noun) && s.Words.OutcomeMeasures.Contains(noun));

    // Whether a figure with no outcome of its own counts people by its own noun ("900 inmates", "40 patients"), so that a capacity
    // cue before it ("a jail built for 900 inmates") makes it what the place may hold; a count of things ("built for 40 beds") is
    // left to its own measure.
    private static bool IsCountOfPersons(SentenceView s, Quantity quantity, string? outcome) =>
        outcome is null && quantity.Unit.Kind == UnitKind.Count && s.Words.PersonNouns.Contains(quantity.Unit.Name);

    /// <summary>"These figures cover only the Velmar region": a sentence with no figure of its own that restricts the figures of the
    /// sentence before to a place inside their country makes them parts there.</summary>
    public static void ScopePreviousFigures(DocumentMemory state, SentenceView s)
    {
        if (s.Index == 0 || s.Quantities.Count > 0 || s.Tokens.Count < 4 || !(s.Word(0) is "These" or "Those" or "The")
            || !s.Words.FigureNouns.Contains(s.Word(1).ToString()))
        {
            return;
        }

        (string Place, string? Within, PlacePart Part)? found = null;
        for (var j = 2; j < s.Tokens.Count && found is null; j++)
        {
            if (s.Words.PartScopes.Contains(s.Word(j).ToString()))
            {
                found = Places.PartAt(s, s.Word(j + 1) is "in" ? j + 1 : j, cued: true);
            }
        }

        if (found is not { Part: PlacePart.Stated } part)
        {
            return;
        }

        var previous = state.Annotated.Sentences[s.Index - 1].Span;
        for (var i = 0; i < state.Claims.Count; i++)
        {
            var claim = state.Claims[i];
            if (claim.Span == previous && claim is { Quantity: not null, Part: PlacePart.None or PlacePart.Whole, Subject: { } subject }
                && (s.Words.OutcomeMeasures.Contains(MeasureNames.Base(claim.Measure)) || s.Words.EventMeasures.Contains(MeasureNames.Base(claim.Measure)))
                && (part.Within == subject || (part.Place == Places.Capital && s.Gazetteer.CapitalOf.ContainsKey(subject))))
            {
                state.Claims[i] = claim with
                {
                    Place = part.Place == Places.Capital ? s.Gazetteer.CapitalOf[subject] : part.Place,
                    PlaceWithin = subject,
                    Part = PlacePart.Stated,
                };
            }
        }
    }

    /// <summary>"Within that figure, 3,100 were children", "Of these, 600 were sent home": a sentence that opens with a
    /// <c>part-cue</c> valued "sentence-before" counts parts of the figure of the sentence before. Each of its counts that a larger
    /// count of the sentence before measures the same way, for the same subject, is named a part of that count ("refugees · of
    /// 47000"): compared with other parts of it, never set against the whole. A count of another measure ("Of these, 90 were
    /// returned" after a count of arrivals) keeps its own measure and stays comparable with other outlets' counts of it.</summary>
    public static void NamePartsOfFigureBefore(DocumentMemory state, SentenceView s)
    {
        if (s.Index == 0 || !OpensWithSentenceBeforeCue(s))
        {
            return;
        }

        var previous = state.Annotated.Sentences[s.Index - 1].Span;
        var current = state.Annotated.Sentences[s.Index].Span;
        var wholes = state.Claims.Where(c => c.Span == previous && IsCountOfItsOwn(c)).ToList();
        for (var i = 0; i < state.Claims.Count && wholes.Count > 0; i++)
        {
            var claim = state.Claims[i];
            if (claim.Span != current || !IsCountOfItsOwn(claim)
                || wholes.Find(w => w.Measure == claim.Measure && w.Subject == claim.Subject && w.Quantity!.Value.Value > claim.Quantity!.Value.Value) is not { } whole)
            {
                continue;
            }

            var label = OfWhole + whole.Quantity!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            state.Claims[i] = claim with { Measure = claim.Measure + MeasureNames.PartSeparator + label };
        }
    }

    /// <summary>The outcome the last count of the sentence before measures ("At least 40 people died." → deaths), or null when that
    /// sentence gave no count of an outcome, or when the sentence opens with no <c>part-cue</c> valued "sentence-before" and its figure
    /// does not open it with "of them" ("Twelve of them were children"): only then does a bare number point back to it.</summary>
    private static string? OutcomeCountedBefore(DocumentMemory state, SentenceView s)
    {
        if (s.Index == 0 || !(OpensWithSentenceBeforeCue(s) || (s.Quantities.Count > 0 && s.Quantities[0].FirstToken == 0)))
        {
            return null;
        }

        var previous = state.Annotated.Sentences[s.Index - 1].Span;
        for (var i = state.Claims.Count - 1; i >= 0 && state.Claims[i].Span.Start >= previous.Start; i--)
        {
            if (state.Claims[i] is { Quantity.Unit.Kind: UnitKind.Count } claim && claim.Span == previous)
            {
                var measure = MeasureNames.Base(claim.Measure);
                return s.Words.OutcomeMeasures.Contains(measure) ? measure : null;
            }
        }

        return null;
    }

    // A count that stands as it is: of things or people, not a change, with a measure no rule has made a part of another.
    private static bool IsCountOfItsOwn(Claim claim) =>
        claim.Quantity is { IsIncrement: false, Unit.Kind: UnitKind.Count } q && q.Value > 0
        && !claim.Measure.Contains(MeasureNames.PartSeparator, StringComparison.Ordinal);

    // Whether the sentence's first words are a `part-cue` valued "sentence-before" ("Of these", "That figure includes").
    private static bool OpensWithSentenceBeforeCue(SentenceView s)
    {
        var words = new List<string>();
        for (var k = 0; k < s.Tokens.Count && k < s.Words.OpeningOfSentenceBeforeWords; k++)
        {
            words.Add(s.Word(k).ToString().ToLowerInvariant());
            if (s.Words.OpeningsOfSentenceBefore.Contains(string.Join(' ', words)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a bare amount below one written in words ("half", "a third", "two-thirds") is followed by "of": a share of a
    /// whole ("nearly half of the national number"), never a count of what the whole counts.</summary>
    private static bool IsShareOfWhole(SentenceView s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Value is <= 0 or >= 1 || !s.Word(match.EndToken).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = match.FirstToken; i < match.EndToken; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words the set named by an opening partitive may have ("Of the 39 people killed,").</summary>
    private const int PartitiveWords = 5;

    // "Of the dead, 12 were children", "Most of the dead, 12, were children": a sentence that opens with a partitive word (or two)
    // and a set of what the figure measures, then a comma, counts a part of that set in its first clause; the set, in lower case,
    // names the part ("of the dead"). "Of these, 90 were returned" names no set of returns and is no such part.
    private static string? OpeningPartitive(SentenceView s, QuantityMatch match, string measure)
    {
        if (s.OpeningBeforeComma(PartitiveWords + 1, match.FirstToken) is not { } opening)
        {
            return null;
        }

        var words = opening.Split(' ');
        if (words.Length < 2
            || !(s.Words.PartitiveOpenings.Contains(words[0]) || (words.Length > 2 && s.Words.PartitiveOpenings.Contains(string.Concat(words[0], " ", words[1]))))
            || !words.Skip(1).Any(w => (s.Words.MeasureSynonyms.TryGetValue(w, out var named) && named == measure)
                || (s.Words.Outcomes.TryGetValue(w, out var befell) && befell == measure))) // "Of the 57 unaccounted for, Dunholt has 22"
        {
            return null;
        }

        var listed = IsListItemOpening(s, match) && s.Tokens[words.Length + 1].Kind == TokenKind.Number && !HasFigureAfterItsSet(s, words.Length);
        for (var k = words.Length + 1; k < match.FirstToken; k++)
        {
            if (s.Words.ClauseBreaks.Contains(s.Word(k)) || (s.Tokens[k].Kind == TokenKind.Number && !listed))
            {
                return null; // the figure is not in the clause the partitive opens, nor in a list of its parts
            }
        }

        return opening;
    }

    // "Of the 53 dead, 29 were in Brenmoor, four in Ostvik and two were never named": when the clause after the opening starts with
    // a figure, a figure that opens a later item of the list (right after a comma or "and") goes on counting parts of the set the
    // sentence opens with, as the first item does; the measure test above keeps out an item that counts something else ("…, and 40
    // officers were sent"), and an opening that holds a figure of its own ("Among the injured were 6 firefighters, …") is no set.
    private static bool IsListItemOpening(SentenceView s, QuantityMatch match) =>
        match.FirstToken >= 1 && s.Word(match.FirstToken - 1) is "," or "and";

    /// <summary>How many words an opening partitive may have before the figure of its set ("Most of the 53 dead").</summary>
    private const int PartitiveSetFigureWords = 3;

    // Whether an opening of `length` tokens holds a figure later than where its set's figure stands ("Among the
    // injured were 6 firefighters,"): such an opening is a clause of its own, not a set.
    private static bool HasFigureAfterItsSet(SentenceView s, int length)
    {
        for (var k = PartitiveSetFigureWords + 1; k < length; k++)
        {
            if (s.Tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    // "the 90-seat chamber", "a 31-county republic": a count joined by a hyphen to its noun and written before a `sized-whole-noun`
    // gives the size of that whole; before any other noun it is a count of its own ("a 14-seat majority", "a 6-seat gain").
    private static bool IsSizeOfNounAfter(SentenceView s, QuantityMatch match) =>
        match.EndToken >= 2 && match.EndToken < s.Tokens.Count && s.Word(match.EndToken - 2) is "-" && s.Tokens[match.EndToken].Kind == TokenKind.Word
        && s.Words.SizedWholeNouns.Contains(s.Word(match.EndToken));

    // "210 of the 340 pilgrims", "12 of 40 passengers": the figure right before "of (the)" and another figure is a part of it.
    // Whether the figure is the set of a part given right before it: "two of the 31 miners", "one of its 9 deckhands".
    private static bool IsWholeOfPart(SentenceView s, QuantityMatch match)
    {
        if (match.FirstToken < 2)
        {
            return false;
        }

        var k = match.FirstToken - 1;
        if (PossessiveDeterminer.OfBefore(s.Tokens.AsSpan(), s.Text, match.FirstToken) is >= 1 and var of && s.Tokens[of - 1].Kind == TokenKind.Number)
        {
            k = of; // "12 of the country's 31 provinces"
        }
        else if (Subjects.IsTheOrPossessive(s.Word(k)))
        {
            k--;
        }

        if (k < 1 || s.Word(k) is not "of")
        {
            return false;
        }

        var part = s.HasQuantityEndingAt(k);

        // "one of its 9 deckhands": a part too small to be read as a figure; "every one of the 75" is all of them
        part |= s.Word(k - 1) is "one" or "One" && !(k >= 2 && s.Word(k - 2) is "every" or "Every" or "each" or "Each");
        if (!part)
        {
            return false;
        }

        // "of the 27 injured", "of the 64 dead climbers", "of the 83 pilgrims who died", "of the 14 miners killed in Brenmoor were
        // buried": the set is itself the outcome's; "two of the 31 miners died in the shaft" gives the outcome to the part alone.
        var end = match.HasNounPhrase && match.NounEndToken > match.EndToken ? match.NounEndToken : match.EndToken;
        for (var i = match.FirstToken + 1; i < end; i++)
        {
            if (s.Words.Outcomes.TryGetValue(s.Word(i), out _))
            {
                return false;
            }
        }

        if (s.Word(end) is "who" or "that" or "which")
        {
            return false;
        }

        if (s.Words.Outcomes.TryGetValue(s.Word(end), out _))
        {
            if (!match.HasNounPhrase)
            {
                return false; // "of the 51 injured": the word is the set's noun
            }

            for (var i = end + 1; i < s.Tokens.Count && i <= end + ReducedRelativeWindow; i++)
            {
                if (Ellipses.IsCopula(s, i))
                {
                    return false; // "killed in Brenmoor were buried": the outcome word qualifies the set; the clause's verb comes later
                }
            }
        }

        return true;
    }

    /// <summary>How far after an outcome word that follows the set of a part ("of the 14 miners killed in Brenmoor were buried") a
    /// form of "be" or "have" makes that word qualify the set rather than be the clause's verb.</summary>
    private const int ReducedRelativeWindow = 6;

    // "210 of the 340 pilgrims", "98 out of 3,798", "around 100 inmates, out of the roughly 3,800 held there", "12 of Vorland's 30
    // counties": the figure after "of" or "out of" (right after the number, or after its noun and a comma) is the whole the count is
    // a part of.
    private static string? PartOfFigure(SentenceView s, QuantityMatch match)
    {
        var k = match.EndToken;
        if (s.Word(k) is not ("of" or "out"))
        {
            k = match.PhraseEndToken;
            k += s.Word(k) is "," ? 1 : 0;
            if (s.Word(k) is not "out")
            {
                return null;
            }
        }

        if (s.Word(k) is "out")
        {
            k++;
            if (s.Word(k) is not "of")
            {
                return null;
            }
        }

        k++;
        // "12 of Vorland's 30 districts"; a share keeps its slot ("60% of the firm's 4,200 staff" is the 75% other reports give alone, "half
        // of the country's 38 million people" no count).
        var afterPossessive = match.Mention.Quantity.Unit.Kind is UnitKind.Count or UnitKind.None && s.Tokens[match.EndToken - 1].Kind == TokenKind.Number
            ? PossessiveDeterminer.After(s.Tokens.AsSpan(), k) : k;
        if (afterPossessive > k)
        {
            k = afterPossessive;
        }
        else if (Subjects.IsTheOrPossessive(s.Word(k)))
        {
            k++;
        }

        return s.QuantityAt(k) is { } other ? other.Mention.Quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The part the size of a revision of a count is set apart as; the direction of the revision follows it when a word
    /// gives one ("change up", "change down"), so a toll raised by 14 and one cut by 14 do not read as the same figure.</summary>
    private const string RevisionPart = "change";

    /// <summary>How far before "by" the verb of change of a revised count may stand ("lowered the death toll from Sunday's blasts by").</summary>
    private const int RevisionVerbWindow = 16;

    /// <summary>The part a count is set apart as when it is the size of a change of a count, not the count, or null: "by" right
    /// before it (a quote mark may stand between: "revised down by 'about 100'") and a word of change or update earlier in its clause
    /// ("the toll was cut by 106" → change down, "lowered the death toll from the blasts by more than 100", "the toll was revised by
    /// 12" → change). A passive agent is no size ("the victims were killed by 12 gunmen"): a form of "be" met before any word of
    /// change ends the scan.</summary>
    private static string? RevisionPartOf(SentenceView s, QuantityMatch match)
    {
        var by = match.FirstToken - 1;
        if (by > 0 && s.Tokens[by].Kind == TokenKind.Punctuation && s.Word(by) is "'" or "‘" or "\"" or "“")
        {
            by--;
        }

        if (by < 1 || s.Word(by) is not "by")
        {
            return null;
        }

        if (match.Mention.Change != QuantityChange.None)
        {
            return RevisionPart + (match.Mention.Change == QuantityChange.Increase ? " up" : " down");
        }

        for (var i = by - 1; i >= Math.Max(0, by - RevisionVerbWindow); i--)
        {
            var word = s.Word(i);
            if (s.Tokens[i].Kind == TokenKind.Number || word is ";" or ":" || s.Words.ClauseBreaks.Contains(word)
                || word is "was" or "were" or "is" or "are" or "been" or "being")
            {
                return null;
            }

            if (s.Words.ChangeDirections.TryGetValue(word, out var direction))
            {
                return direction is "up" or "down" ? $"{RevisionPart} {direction}" : RevisionPart;
            }

            if (s.Words.UpdateCues.Contains(word))
            {
                return RevisionPart;
            }
        }

        return null;
    }

    /// <summary>The part a count given for one period "alone" is set apart as.</summary>
    private const string OnePeriodPart = "that period alone";

    /// <summary>The part a count of those left of a group is set apart as.</summary>
    private const string RemainderPart = "remaining";

    // "two remaining climbers", "the remaining 40 passengers": a remainder-word right before the figure or between it and its noun counts
    // those left of a group another figure gives, a part of it.
    private static bool IsRemainder(SentenceView s, QuantityMatch match)
    {
        if (match.FirstToken > 0 && s.Words.RemainderWords.Contains(s.Word(match.FirstToken - 1)))
        {
            return true;
        }

        for (var i = match.FirstToken + 1; i < match.PhraseEndToken; i++)
        {
            if (s.Words.RemainderWords.Contains(s.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words a time and its "alone" may stand from the figure in its clause ("were killed on Tuesday alone").</summary>
    private const int OnePeriodWindow = 8;

    /// <summary>Whether the figure's clause gives it for one period only: a time expression right before a part cue such as "alone",
    /// after the figure ("132 civilians were killed on Tuesday alone") or before it ("Yesterday alone, 40 were injured"). Such a count
    /// is that period's part of a running toll, not the toll.</summary>
    private static bool IsOnePeriodAlone(SentenceView s, QuantityMatch match)
    {
        // "on Tuesday alone", "on Tuesday (June 25) alone": the time may close with a date in brackets
        bool IsCueAfterTime(int i) => i > 0 && s.Words.PartCuesAfter.Contains(s.Word(i).ToString())
            && (s.IsInTimeExpression(i - 1) || (i > 1 && s.Word(i - 1) is ")" && s.IsInTimeExpression(i - 2)));
        for (var i = match.EndToken; i < Math.Min(s.Tokens.Count, match.EndToken + OnePeriodWindow); i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Number && !s.IsInTimeExpression(i) || s.Word(i) is "," or ";" or ":" || s.Words.ClauseBreaks.Contains(s.Word(i)))
            {
                break;
            }

            if (IsCueAfterTime(i))
            {
                return true;
            }
        }

        // Before the figure the period must head its own clause ("Yesterday alone, 23 were hurt"): a comma or an update cue ends
        // the scan otherwise ("40 were killed on Monday alone, bringing the toll to 300").
        for (var i = match.FirstToken - 1; i >= Math.Max(1, match.FirstToken - OnePeriodWindow); i--)
        {
            if (s.Tokens[i].Kind == TokenKind.Number && !s.IsInTimeExpression(i) || s.Word(i) is ";" or ":" || s.Words.ClauseBreaks.Contains(s.Word(i))
                || s.Words.UpdateCues.Contains(s.Word(i)))
            {
                break;
            }

            if (s.Word(i) is ",")
            {
                if (IsCueAfterTime(i - 1) && OpensClause(s, i - 1))
                {
                    return true;
                }

                break;
            }

            if (IsCueAfterTime(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words may stand between the start of a clause and a period that heads it ("On Monday alone, ...").</summary>
    private const int ClauseOpeningWords = 1;

    /// <summary>Whether the time expression that ends right before <paramref name="cue"/> (a date in brackets may close it) starts
    /// its sentence or clause, at most <see cref="ClauseOpeningWords"/> word after a clause start.</summary>
    private static bool OpensClause(SentenceView s, int cue)
    {
        var start = cue - 1;
        while (start >= 0 && (s.IsInTimeExpression(start) || s.Word(start) is "(" or ")"))
        {
            start--;
        }

        var words = 0;
        for (var i = start; i >= 0; i--)
        {
            if (s.Word(i) is "," or ";" or ":" || s.Words.ClauseBreaks.Contains(s.Word(i)))
            {
                return true;
            }

            if (++words > ClauseOpeningWords)
            {
                return false;
            }
        }

        return true;
    }

    // "120 died, 40 of them unregistered": a figure followed by "of them" is a part of the figure of the sentence before it. A part
    // in a place ("90,000 marched, 12,000 of them in the capital") is left to the place it names, and a part whose verb names an
    // outcome where no word before names one ("300 miners were below ground; 41 of them were hurt") to that outcome's own count.
    private static string? PartOfFigureBefore(SentenceView s, QuantityMatch match, string measure)
    {
        var ofItsAmount = IsOfItsAmount(s, match);
        if ((PeopleCounts.AfterOfThem(s, match.EndToken) is null && !ofItsAmount) || Places.PartAfter(s, match.EndToken) is not null
            || PeopleCounts.IsOwnOutcomeOfThem(s, match, measure))
        {
            return null;
        }

        var whole = LastQuantityBefore(s, match.FirstToken, ofItsAmount ? match.Mention.Quantity.Unit.Kind : null);
        return whole?.Mention.Quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // "pledges came to €80 million, €12 million of it from Ostrava", "€80 million, 12 million euros of which came from Ostrava": a sum or
    // count right followed by "of it", "of that" or "of which" is a share of the amount the sentence gave before it (the last one of the
    // same kind: a sum's whole is a sum, not the rise in per cent between them), not that amount given again. Only right after the
    // figure: "of which" after a comma follows the whole ("90 cases, of which 40 in Brenmoor"), and "died of it" names a cause. "That"
    // points back only when no word but a preposition follows it: in "€5 million of that year's budget" it belongs to "year".
    private static bool IsOfItsAmount(SentenceView s, QuantityMatch match) =>
        match.Mention.Quantity.Unit.Kind is UnitKind.Currency or UnitKind.Count
        && s.Word(match.EndToken) is "of"
        && s.Word(match.EndToken + 1) switch
        {
            "it" or "which" => true,
            "that" => !StartsANounAfterThat(s, match.EndToken + 2),
            _ => false,
        };

    // Whether the token after "that" is a word other than a lower-case preposition of the attribution lexicon ("of that year's budget"
    // against "of that from Ostrava", "of that.").
    private static bool StartsANounAfterThat(SentenceView s, int index) =>
        index < s.Tokens.Count && s.Tokens[index].Kind == TokenKind.Word
        && (s.Reporting.ClassesOf(s.Word(index)) & AttributionWordClass.Preposition) == 0;

    // The sentence's last figure that ends at or before the token, of the given unit kind when one is given, or null.
    private static QuantityMatch? LastQuantityBefore(SentenceView s, int token, UnitKind? kind = null)
    {
        for (var k = s.Quantities.Count - 1; k >= 0; k--)
        {
            if (s.Quantities[k].EndToken <= token && (kind is null || s.Quantities[k].Mention.Quantity.Unit.Kind == kind))
            {
                return s.Quantities[k];
            }
        }

        return null;
    }

    /// <summary>The whole a count listed after a colon is a part of, or null: the count before the colon in the same sentence, when
    /// it is larger and of the same measure ("19 hostages were freed in all: 11 Vorlanders, 7 Ostrans and a
    /// sailor", "870 appointments were put off: 610 scans and 260 blood tests"). A smaller or equal count, a count of another
    /// measure ("the storm swept 14 provinces: nine people died in Vorland"), a colon that a semicolon separates from the figure, or a
    /// figure that is no count ("turnout was 62%: 51% voted yes") stays a figure of its own; so does a lone figure after the colon
    /// that a time expression comes before ("400 arrests in 2023: last year, 250"), which counts another period, not a part. A part
    /// the figure's own words already name ("1.9 million overseas members") keeps that name alone, so it meets the same part said
    /// without a list.</summary>
    private static string? WholeBeforeColon(SentenceView s, QuantityMatch match, string measure)
    {
        if (match.Mention.Quantity.Unit.Kind is not (UnitKind.Count or UnitKind.None))
        {
            return null;
        }

        var colon = match.FirstToken - 1;
        while (colon >= 0 && s.Word(colon) is not (":" or ";"))
        {
            colon--;
        }

        if (colon < 0 || s.Word(colon) is not ":" || (!IsListedAfter(s, colon) && IsTimedAfter(s, colon, match.FirstToken)))
        {
            return null;
        }

        return LastQuantityBefore(s, colon) is { } whole && whole.Mention.Quantity.Unit.Kind is UnitKind.Count
                && whole.Mention.Quantity.Value > match.Mention.Quantity.Value
                && MeasureNames.Base(PeopleCounts.OutcomeOf(s, whole) ?? Measures.MeasureOf(s, whole)) == MeasureNames.Base(measure)
            ? whole.Mention.Quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    // Whether two or more figures follow the colon at the token before a semicolon ends its clause: a list of parts.
    private static bool IsListedAfter(SentenceView s, int colon)
    {
        var end = colon + 1;
        while (end < s.Tokens.Count && s.Word(end) is not ";")
        {
            end++;
        }

        return s.Quantities.Count(figure => figure.FirstToken > colon && figure.FirstToken < end) >= 2;
    }

    // Whether a time expression lies between the colon at the token and the figure that starts at another token.
    private static bool IsTimedAfter(SentenceView s, int colon, int figureStart)
    {
        var from = s.Tokens[colon].Span.End;
        var to = s.Tokens[figureStart].Span.Start;
        return s.Times.Exists(time => time.Span.Start >= from && time.Span.End <= to);
    }

    // "people over 80" read as an age by the quantity recogniser: still an age limit, not a count.
}
