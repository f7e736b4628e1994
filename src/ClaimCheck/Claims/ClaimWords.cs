using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;

namespace ClaimCheck.Claims;

/// <summary>The words the claims stage reads, compiled once per lexicon from its claim kinds (<c>Lexicons/en/claims.tsv</c> and any
/// user entries): what counted nouns measure, what happened to people counted, what money is, predicates, events and cues.</summary>
/// <remarks>Look-ups ignore case and take spans (<see cref="FrozenDictionary{TKey, TValue}.GetAlternateLookup{TAlternateKey}"/>), so no
/// token is turned into a string to be looked up. Immutable and thread-safe.</remarks>
internal sealed class ClaimWords
{
    private readonly FrozenDictionary<string, string> _plurals;

    private ClaimWords(Lexicon lexicon)
    {
        MeasureSynonyms = Map(lexicon, "measure-noun");
        // "plural" entries name an irregular plural and its singular ("people → person"); the first plural listed for a singular wins.
        _plurals = lexicon.EntriesOf(LexiconKinds.Plural)
            .DistinctBy(e => e.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(e => e.Value, e => e.Term, StringComparer.Ordinal);
        PersonNouns = Set(lexicon, "person-noun");
        Outcomes = Map(lexicon, "outcome");
        OutcomePhraseLengths = OutcomePhraseLengthsByFirstWord(lexicon);
        OutcomeEndings = Map(lexicon, "outcome-ending");
        OutcomeEndingWords = lexicon.EntriesOf("outcome-ending").Select(e => e.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).DefaultIfEmpty().Max();
        IdentifiedMeasure = Outcomes.TryGetValue("identified", out var identified) ? identified : null;
        OutcomeNouns = Map(lexicon, "outcome-noun");
        SearchWords = Map(lexicon, "search-word");
        SearchAgents = Set(lexicon, "search-agent");
        SoughtCues = Set(lexicon, "sought-cue");
        RemainsNouns = Map(lexicon, "remains-noun");
        RemainsHandling = Map(lexicon, "remains-handling");
        RemainsPlaceCues = Set(lexicon, "remains-place-cue");
        PercentageMeasureNames = Map(lexicon, "share-measure");
        VoterNouns = Map(lexicon, "voter-noun");
        VoteChoices = Map(lexicon, "vote-choice");
        CountProgress = Map(lexicon, "count-progress");
        MoneyMeasures = Map(lexicon, "money-measure");
        CompensatedHarms = Map(lexicon, "compensated-harm");
        HarmPaymentLinks = TermsWithValueIgnoringCase(lexicon, "harm-payment-word", "link");
        HarmPaymentSources = TermsWithValueIgnoringCase(lexicon, "harm-payment-word", "source");
        HarmPaymentProForms = TermsWithValueIgnoringCase(lexicon, "harm-payment-word", "pro-form");
        HarmPaymentRelatives = TermsWithValueIgnoringCase(lexicon, "harm-payment-word", "relative");
        PenaltyMoney = Map(lexicon, "penalty-money");
        MoneyMeasureValues = MoneyMeasures.Dictionary.Values
            .Concat(PaymentMeasures(lexicon))
            .Concat(PenaltyMoney.Dictionary.Values)
            .ToFrozenSet(StringComparer.Ordinal);
        WorkplaceOutcomes = Map(lexicon, "workplace-outcome");
        Workplaces = Set(lexicon, "workplace");
        OutcomeMeasures = Outcomes.Dictionary.Values
            .Except(PeoplelessWorkforceMeasures(lexicon))
            .Concat(WorkplaceOutcomes.Dictionary.Values)
            .Concat(lexicon.EntriesOf("share-measure").Select(e => e.Value.ToLowerInvariant()))
            .Append("casualties")
            .ToFrozenSet(StringComparer.Ordinal);
        Predicates = Map(lexicon, "predicate", static value => value.Split(' ')[0]);
        PredicateThemes = PredicateThemeSets(lexicon);
        Themes = Map(lexicon, "theme");
        ThemePhrases = lexicon.EntriesOf("theme")
            .Select(e => (Words: e.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries), e.Value))
            .Where(e => e.Words.Length == 2)
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => (e.Words[1], e.Value)).ToImmutableArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        AgentNouns = Map(lexicon, "agent-noun");
        AgentBodies = AgentNouns.Dictionary.Values.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        BlameVerbs = Set(lexicon, "blame-verb");
        EventThemes = lexicon.EntriesOf("event-theme").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        EventPredicates = Map(lexicon, "event-predicate");
        EventClasses = EventPredicates.Dictionary.Values.Append(EventClaims.BeginClass).Append("sink").ToFrozenSet(StringComparer.Ordinal);
        EventAnchors = Map(lexicon, "event-noun");
        NamedEventNouns = Set(lexicon, "named-event-noun");
        GapComparatives = Set(lexicon, "gap-comparative");
        ShortfallWords = Set(lexicon, "shortfall-word");
        RemainderWords = Set(lexicon, "remainder-word");
        CampaignNouns = Set(lexicon, "campaign-noun");
        CampaignClauseWords = Set(lexicon, "campaign-clause-word");
        ReferringNouns = Set(lexicon, "referring-noun");
        FigureReportNouns = Set(lexicon, "figure-report-noun");
        StatedFigureCues = Set(lexicon, "stated-figure-cue");
        PlanCues = Set(lexicon, "plan-cue");
        RequestVerbs = Set(lexicon, "request-verb");
        ForecastCues = Set(lexicon, "forecast-cue");
        ForecastNouns = Set(lexicon, "forecast-noun");
        ProjectionVerbs = Set(lexicon, "projection-verb");
        ActorNouns = Set(lexicon, "actor-noun");
        CommitmentVerbs = Set(lexicon, "commitment-verb");
        VouchVerbs = Set(lexicon, "vouch-verb");
        NameModals = Set(lexicon, "name-modal");
        WarningCues = Set(lexicon, "warning-cue");
        ReportParticiples = Set(lexicon, "report-participle");
        EstimateCues = Set(lexicon, "estimate-cue");
        NegationCues = Set(lexicon, "negation-cue");
        DenialMarkers = Set(lexicon, "denial-marker");
        ZeroCountWords = Map(lexicon, LexiconKinds.ZeroCount);
        ZeroCountInitials = SearchValues.Create([.. lexicon.EntriesOf(LexiconKinds.ZeroCount).Where(e => e.Term.Length > 0)
            .Select(e => char.ToUpperInvariant(e.Term[0])).Distinct()]);
        ZeroCountMeasures = lexicon.EntriesOf(LexiconKinds.ZeroCountMeasure).Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        ZeroCountCoveredMeasures = lexicon.EntriesOf(LexiconKinds.ZeroCountCovers).GroupBy(e => e.Term, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Value).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        ClauseBreaks = Set(lexicon, "clause-break");
        WholePlaceModifiers = TermsWithValueIgnoringCase(lexicon, "place-modifier", "whole");
        ClauseJoiners = Set(lexicon, LexiconKinds.ClauseJoiner);
        SubordinateClauseWords = Set(lexicon, "subordinate-clause");
        PastVerbs = lexicon.EntriesOf("time-cue").Where(e => e.Value.Split(',').Any(v => v.Trim() == "past")).Select(e => e.Term)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        LengthVerbs = lexicon.EntriesOf("time-cue").Where(e => e.Value.Split(',').Any(v => v.Trim() == "length")).Select(e => e.Term)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        PlaceNouns = Set(lexicon, "claim-place-noun");
        PlaceKindNouns = Set(lexicon, "place-noun");
        QuantifierWords = Set(lexicon, LexiconKinds.QuantifierWord);
        Directions = Set(lexicon, "direction-word");
        RelativeTimeWords = Set(lexicon, LexiconKinds.RelativeTimeWord);
        var partCuesBefore = TermsWithValue(lexicon, "part-cue", "before");
        PartCuesBefore = partCuesBefore.GetAlternateLookup<ReadOnlySpan<char>>();
        PartCueBeforeLongest = Longest(partCuesBefore);
        PartCuesAfter = TermsWithValue(lexicon, "part-cue", "after");
        var restCues = TermsWithValue(lexicon, "part-cue", "rest");
        RestCues = restCues.GetAlternateLookup<ReadOnlySpan<char>>();
        RestCueLongest = Longest(restCues);
        var exampleCues = TermsWithValue(lexicon, "part-cue", "examples");
        ExampleCues = exampleCues.GetAlternateLookup<ReadOnlySpan<char>>();
        ExampleCueLongest = Longest(exampleCues);
        PartScopes = TermsWithValue(lexicon, "part-cue", "scope");
        FigureNouns = TermsWithValue(lexicon, "part-cue", "figures");
        WholeCues = TermsWithValue(lexicon, "part-cue", "whole");
        PartitiveOpenings = TermsWithValue(lexicon, "part-cue", "opening");
        OpeningsOfSentenceBefore = TermsWithValue(lexicon, "part-cue", "sentence-before");
        OpeningOfSentenceBeforeWords = Longest(OpeningsOfSentenceBefore).Words;
        UnnumberedPartCues = TermsWithValueIgnoringCase(lexicon, "part-cue", "unnumbered");
        var numberedPartCues = TermsWithValue(lexicon, "part-cue", "numbered");
        NumberedPartCues = numberedPartCues.GetAlternateLookup<ReadOnlySpan<char>>();
        NumberedPartCueLongest = Longest(numberedPartCues);
        TollNouns = Map(lexicon, "toll-noun");
        Quantities = QuantityVocabulary.For(lexicon);
        OutcomeSkips = Set(lexicon, "outcome-skip");
        CareOutcomes = Map(lexicon, "care-outcome");
        NegatedOutcomes = Map(lexicon, "negated-outcome");
        CarePlaces = Set(lexicon, "care-place");
        VenueNouns = lexicon.EntriesOf("venue-noun").Where(e => e.Value != SiteOnly).Select(e => e.Term).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        PlaceBodies = PlaceBodiesOf(lexicon);
        CustodyNouns = Map(lexicon, "custody-noun");
        CustodyWords = Set(lexicon, "custody-word");
        BloodlessHarmNouns = Map(lexicon, "bloodless-harm-noun");
        BloodlessHarms = Set(lexicon, "bloodless-harm");
        ArrestingBodies = Map(lexicon, "arresting-body");
        CapturedMeasure = Outcomes.TryGetValue("captured", out var captured) ? captured : null;
        PeopleAsideOpeners = Set(lexicon, "people-aside-opener");
        OpenCountAsideWords = Set(lexicon, "open-count-aside-word");
        Subgroups = Map(lexicon, "subgroup");
        SubgroupBands = Map(lexicon, "subgroup-band");
        WorkforceParts = Map(lexicon, "workforce-part");
        WorkforceMeasures = Set(lexicon, "workforce-measure");
        IdentifierMeasures = Set(lexicon, "identifier-measure");
        ClienteleParts = Map(lexicon, "clientele-part");
        IrregularOutcomeVerbs = Set(lexicon, "irregular-outcome-verb");
        CountedChangeNouns = Set(lexicon, "counted-change-noun");
        ObjectParticipationVerbs = Set(lexicon, "object-participation-verb");
        ClienteleMeasures = Set(lexicon, "clientele-measure");
        CounterGatherings = Map(lexicon, "counter-gathering");
        SecondaryShocks = Map(lexicon, "secondary-shock");
        CounterGatheringAdjectives = Map(lexicon, "counter-gathering-adjective");
        WholeFigureCues = Set(lexicon, "whole-figure-cue");
        SettingSubjectVerbs = Set(lexicon, "setting-subject-verb");
        PlaceRecordVerbs = Set(lexicon, "place-record-verb");
        ListedSettingSubjectVerbs = TermsWithValueIgnoringCase(lexicon, "setting-subject-verb", "in-list");
        CountSettings = lexicon.EntriesOf("count-setting").ToFrozenDictionary(e => (e.Within ?? CountSettingPreposition) + " " + e.Term, e => e.Value, StringComparer.Ordinal);
        CountSettingNouns = lexicon.EntriesOf("count-setting").Where(e => !e.Term.Contains(' '))
            .ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        CareUnitNouns = lexicon.EntriesOf("care-unit-noun")
            .ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        CareUnitModifiers = Set(lexicon, "care-unit-modifier");
        UpdateCues = Set(lexicon, "update-cue");
        UpdateVerbs = Set(lexicon, "update-verb");
        FigureVerbLeads = Set(lexicon, "figure-verb-lead");
        UpdatingParticiples = Set(lexicon, "updating-participle");
        PastStayWords = Set(lexicon, "past-stay");
        PlaceAnaphors = TermsWithValueIgnoringCase(lexicon, "part-cue", "anaphor");
        ExistentialVerbs = Set(lexicon, "existential-verb");
        ImpliedSettings = lexicon.EntriesOf("implied-setting").ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.Ordinal);
        RunningCues = lexicon.EntriesOf("running-cue").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        ToDateCues = Set(lexicon, "to-date-cue");
        OnsetVerbs = Set(lexicon, "onset-verb");
        FacilityNouns = SiteNounsOf(lexicon);
        ReferenceTimeCues = Set(lexicon, "reference-time-cue");
        TimeClauseOpeners = lexicon.EntriesOf("time-clause-opener").Where(e => e.Value != "outcome").Select(e => e.Term)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        OutcomeClauseOpeners = TermsWithValue(lexicon, "time-clause-opener", "outcome").ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        NominalEvents = TermsWithValueIgnoringCase(lexicon, "nominal-event", "noun");
        NominalEventGovernors = TermsWithValueIgnoringCase(lexicon, "nominal-event", "governor");
        NominalEventOutcomeGovernors = TermsWithValueIgnoringCase(lexicon, "nominal-event", "outcome-governor");
        NominalEventDeterminers = TermsWithValueIgnoringCase(lexicon, "nominal-event", "determiner");
        DatedReportNouns = TermsWithValueIgnoringCase(lexicon, "dated-report", "noun");
        DatedReportBounds = TermsWithValueIgnoringCase(lexicon, "dated-report", "bound");
        ComparedEventCues = Set(lexicon, "compared-event-cue");
        FigureLinks = Set(lexicon, "figure-link");
        RelativeClauseOpeners = Set(lexicon, "relative-clause-opener");
        NameDescriptionOpeners = Set(lexicon, "name-description-opener");
        AbroadWords = Set(lexicon, "abroad-word");
        ElsewhereWords = Set(lexicon, "elsewhere-word");
        WorldwideWords = Set(lexicon, "worldwide-word");
        CountriesNouns = Set(lexicon, "countries-noun");
        SpanPrepositions = Set(lexicon, "span-preposition");
        TypicalPeriodWords = Set(lexicon, "typical-period-word");
        StateWords = lexicon.EntriesOf(LexiconKinds.AttributionWord)
            .Where(e => (AttributionWordClasses.Parse(e.Value) & AttributionWordClass.State) != 0)
            .Select(e => e.Term).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        InstitutionWords = lexicon.EntriesOf("institution-source").Select(e => e.Term).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PeriodRanks = Set(lexicon, "period-rank");
        ElsewhereMeasures = lexicon.EntriesOf("elsewhere-measure").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        AreaNouns = Set(lexicon, "area-noun");
        SideNouns = Set(lexicon, "side-noun");
        ComparisonWords = Set(lexicon, "comparison-word");
        AgeSubjects = Set(lexicon, "age-subject");
        AttackNouns = Set(lexicon, "attack-noun");
        TradingPartyNouns = Set(lexicon, "trading-party-noun");
        MediaNouns = Set(lexicon, "media-noun");
        Severities = Map(lexicon, "severity");
        SeverityConditions = Map(lexicon, "severity-condition");
        SeverityLinks = Set(lexicon, "severity-link");
        NounPhraseStops = Set(lexicon, LexiconKinds.NounPhraseStop);
        ChangeDirections = Map(lexicon, LexiconKinds.ChangeBefore);
        SeverityMeasures = Set(lexicon, "severity-measure");
        LivingConditionExcluded = Set(lexicon, "living-condition-excluded");
        SeverityHarm = CompensatedHarms.Dictionary.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).FirstOrDefault(h => SeverityMeasures.Contains(h));
        var ellipsisJoiners = TermsWithValue(lexicon, "ellipsis-cue", "joiner");
        EllipsisJoiners = ellipsisJoiners.GetAlternateLookup<ReadOnlySpan<char>>();
        EllipsisJoinerLongest = Longest(ellipsisJoiners);
        EllipsisSourceLeads = TermsWithValue(lexicon, "ellipsis-cue", "source").GetAlternateLookup<ReadOnlySpan<char>>();
        EllipsisPlaceLeads = TermsWithValue(lexicon, "ellipsis-cue", "place").GetAlternateLookup<ReadOnlySpan<char>>();
        EllipsisListOpeners = TermsWithValue(lexicon, "ellipsis-cue", "list").GetAlternateLookup<ReadOnlySpan<char>>();
        var ellipsisHolders = TermsWithValue(lexicon, "ellipsis-cue", "holder");
        EllipsisHolders = ellipsisHolders.GetAlternateLookup<ReadOnlySpan<char>>();
        EllipsisHolderLongest = Longest(ellipsisHolders);
        PopulationNouns = Set(lexicon, "population-noun");
        EarlierCues = Set(lexicon, "earlier-cue");
        EarlierOpenings = Set(lexicon, "earlier-opening");
        StampOpeners = Set(lexicon, "stamp-opener");
        NewIncidentDeterminers = TermsWithValueIgnoringCase(lexicon, LexiconKinds.NewIncident, "determiner");
        NewIncidentNouns = TermsWithValueIgnoringCase(lexicon, LexiconKinds.NewIncident, "noun");
        NewIncidentSequenceWords = TermsWithValueIgnoringCase(lexicon, LexiconKinds.NewIncident, "sequence");
        ProvisionalCues = Set(lexicon, "provisional-cue");
        ProvisionalResultAdjectives = TermsWithValueIgnoringCase(lexicon, "provisional-result", "adjective");
        ProvisionalResultNouns = TermsWithValueIgnoringCase(lexicon, "provisional-result", "noun");
        HourReadingPrepositions = TermsWithValueIgnoringCase(lexicon, LexiconKinds.HourReadingCue, "before");
        HourReadingAt = TermsWithValueIgnoringCase(lexicon, LexiconKinds.HourReadingCue, "reading");
        HourReadingVerbs = TermsWithValueIgnoringCase(lexicon, LexiconKinds.HourReadingCue, "verb");
        HourReadingJoiners = TermsWithValueIgnoringCase(lexicon, LexiconKinds.HourReadingCue, "joiner");
        OfficialFigures = Map(lexicon, "official-figure");
        OfficialAdverbs = Map(lexicon, "official-adverb");
        TollVerbs = Set(lexicon, "toll-verb");
        Statistics = Set(lexicon, "statistic");
        TopicEvents = Map(lexicon, "topic-event");
        TopicEventBodies = Set(lexicon, "topic-event-body");
        PublicBodies = Set(lexicon, "public-body");
        HearerVerbs = Set(lexicon, "hearer-verb");
        HearerDeterminers = Set(lexicon, "hearer-determiner");
        DamageStates = Map(lexicon, "damage-state");
        CapacityWords = Map(lexicon, "capacity-word");
        AgentMemberNouns = Set(lexicon, "agent-member-noun");
        BareMemberCues = Set(lexicon, "bare-member-cue");
        DamagedMeasures = lexicon.EntriesOf("damaged-measure").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        EventMeasures = lexicon.EntriesOf("event-measure").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        DailyMoveMeasures = lexicon.EntriesOf("daily-move-measure").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        CumulativeMeasures = lexicon.EntriesOf("cumulative-measure").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        OutbreakMeasures = lexicon.EntriesOf("outbreak-measure").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        ProgressMeasures = lexicon.EntriesOf("progress-measure").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        DrainingMeasures = lexicon.EntriesOf("draining-measure").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        OrganisationWords = lexicon.EntriesOf("organisation-word").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        MeasureAliases = lexicon.EntriesOf("measure-alias").ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.Ordinal);
        PartAliases = lexicon.EntriesOf("part-alias").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        PriorStateMeasures = lexicon.EntriesOf("prior-state-measure").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        NotClaimNouns = lexicon.EntriesOf("not-claim-noun").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        FixedSetNouns = lexicon.EntriesOf("fixed-set-noun").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        SizedWholeNouns = Set(lexicon, "sized-whole-noun");
        KindlessModifiers = Set(lexicon, "kindless-modifier");
        FlowMeasures = lexicon.EntriesOf("flow-measure").ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.Ordinal);
        DeclaredPeriodHeads = Set(lexicon, "declared-period-head");
        PeriodPhraseEnds = Set(lexicon, "period-phrase-end");
        LastingVerbs = Set(lexicon, "lasting-verb");
        DeclaredPeriods = lexicon.EntriesOf("declared-period").ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        PhysicalMeasures = Map(lexicon, "physical-measure");
        PhysicalMeasuresAfter = Map(lexicon, "physical-measure-after");
        SizedThings = lexicon.EntriesOf("sized-thing").ToFrozenDictionary(
            e => e.Term,
            e => (Label: e.Value[..e.Value.LastIndexOf(' ')], Dimension: e.Value[(e.Value.LastIndexOf(' ') + 1)..]),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        SizeAdjectives = Map(lexicon, "size-adjective");
        // "km" → "km/h": a length's symbol and the symbol of its rate per hour, from the measures' names ("kilometre" and "kilometre per hour").
        var symbols = lexicon.EntriesOf(LexiconKinds.Measure).DistinctBy(e => e.Value, StringComparer.Ordinal).ToDictionary(e => e.Value, e => e.Term, StringComparer.Ordinal);
        RateUnits = lexicon.EntriesOf(LexiconKinds.Measure)
            .Where(e => symbols.ContainsKey(e.Value + " per hour"))
            .DistinctBy(e => e.Term, StringComparer.Ordinal)
            .ToFrozenDictionary(e => e.Term, e => symbols[e.Value + " per hour"], StringComparer.Ordinal);
        PhysicalMeasureNames = PhysicalMeasures.Dictionary.Values.Concat(PhysicalMeasuresAfter.Dictionary.Values).Append(Measures.Distance)
            .Concat(SizedThings.Dictionary.Values.Select(t => t.Dimension)).Concat(SizeAdjectives.Dictionary.Values).ToFrozenSet(StringComparer.Ordinal);
        PhysicalMeasureUnits = lexicon.EntriesOf("physical-measure-unit").Select(e => (e.Term, e.Value)).ToFrozenSet();
        _measuresWithUnits = PhysicalMeasureUnits.Select(u => u.Measure).ToFrozenSet(StringComparer.Ordinal);
        UnitConversions = lexicon.EntriesOf(LexiconKinds.UnitConversion).ToFrozenDictionary(
            e => e.Term,
            e => (double.Parse(e.Value[..e.Value.IndexOf(' ', StringComparison.Ordinal)], NumberStyles.Float, CultureInfo.InvariantCulture), e.Value[(e.Value.IndexOf(' ', StringComparison.Ordinal) + 1)..]),
            StringComparer.Ordinal);
        HeldMeasures = lexicon.EntriesOf("held-measure").ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.Ordinal);
        HolderVerbs = TermsWithValue(lexicon, "holder-cue", "verb").GetAlternateLookup<ReadOnlySpan<char>>();
        HolderGivers = TermsWithValue(lexicon, "holder-cue", "giver").GetAlternateLookup<ReadOnlySpan<char>>();
        HolderAfter = TermsWithValue(lexicon, "holder-cue", "after").GetAlternateLookup<ReadOnlySpan<char>>();
        HolderNouns = TermsWithValue(lexicon, "holder-cue", "noun").GetAlternateLookup<ReadOnlySpan<char>>();
        HolderSame = TermsWithValue(lexicon, "holder-cue", "same").GetAlternateLookup<ReadOnlySpan<char>>();
        HolderRestates = TermsWithValue(lexicon, "holder-cue", "restate").GetAlternateLookup<ReadOnlySpan<char>>();
        HolderSkips = TermsWithValue(lexicon, "holder-cue", "skip").GetAlternateLookup<ReadOnlySpan<char>>();
        HolderRivals = TermsWithValue(lexicon, "holder-cue", "rival").GetAlternateLookup<ReadOnlySpan<char>>();
        HolderProxies = lexicon.EntriesOf("holder-cue").Where(e => e.Value == "proxy").Select(e => e.Term)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(); // "Spokeswoman Varga said"
    }

    /// <summary>Words, or two, that name the event's quantity a physical figure measures ("sustained winds" → "sustained wind").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PhysicalMeasures { get; }

    /// <summary>Words later in a physical figure's clause that name the event's quantity it measures when no word before it does
    /// ("1,350 tonnes of diesel escaped" → "amount spilled").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PhysicalMeasuresAfter { get; }

    /// <summary>Nouns for things of a fixed size that a length written before them measures, each with the label its size is
    /// compared under and the dimension such a length gives ("volcano" → mountain, height).</summary>
    public FrozenDictionary<string, (string Label, string Dimension)>.AlternateLookup<ReadOnlySpan<char>> SizedThings { get; }

    /// <summary>Adjectives of a dimension that may stand between a length and the thing it measures, and the dimension they name
    /// ("a 3 metre high wall": high → height).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SizeAdjectives { get; }

    /// <summary>A length's symbol and the symbol of its rate per hour ("km" → "km/h", "mi" → "mph").</summary>
    public FrozenDictionary<string, string> RateUnits { get; }

    /// <summary>The measures physical figures of an event can have ("wind", "gust", "depth"), and how far it lies from a place
    /// (<see cref="Measures.DistanceFrom"/>).</summary>
    public FrozenSet<string> PhysicalMeasureNames { get; }

    // The physical measures PhysicalMeasureUnits names any base unit for.
    private readonly FrozenSet<string> _measuresWithUnits;

    /// <summary>Each physical measure with a base unit its figures may be in ("wind", "km/h"); a measure listed with none takes any.</summary>
    public FrozenSet<(string Measure, string BaseUnit)> PhysicalMeasureUnits { get; }

    /// <summary>Whether a figure in <paramref name="unit"/> can measure <paramref name="measure"/>: its unit's base (by
    /// <see cref="UnitConversions"/>, else the unit itself) is one the measure takes, or the measure names no base unit.</summary>
    public bool FitsPhysicalMeasure(string measure, string unit) =>
        PhysicalMeasureUnits.Contains((measure, BaseUnitOf(unit))) || !_measuresWithUnits.Contains(measure);

    /// <summary>The base unit a physical unit's figures are compared in (<see cref="UnitConversions"/>: "mph" → "km/h"), else the unit itself.</summary>
    public string BaseUnitOf(string unit) => UnitConversions.TryGetValue(unit, out var conversion) ? conversion.Base : unit;

    /// <summary>Physical units and what one of each is in the base unit of its dimension ("mph" → 1.609344 "km/h").</summary>
    public FrozenDictionary<string, (double Factor, string Base)> UnitConversions { get; }

    /// <summary>The words of <paramref name="lexicon"/>, compiled once and cached with it.</summary>
    public static ClaimWords For(Lexicon lexicon) => lexicon.Compiled(static l => new ClaimWords(l));

    /// <summary>Counted nouns (singular) and the measure they name ("soldier" → "troops").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> MeasureSynonyms { get; }

    /// <summary>Nouns for people, whose outcome verb names the measure ("32 miners died").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns { get; }

    /// <summary>What happened to people counted, and the measure it makes ("killed" → "deaths").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Outcomes { get; }

    /// <summary>For each first word of an outcome of several words ("fled their homes", "broke out"), the word counts of those outcomes,
    /// longest first.</summary>
    public FrozenDictionary<string, ImmutableArray<int>>.AlternateLookup<ReadOnlySpan<char>> OutcomePhraseLengths { get; }

    /// <summary>Predicates of place or state that end the outcome a clause before named ("underground", "at large", "taken away"),
    /// and the measure they make ("got away" → escapes), or an empty value when they make none: a count whose own predicate is
    /// one borrows no outcome from an earlier clause ("two died and 9 are still underground" counts no deaths).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OutcomeEndings { get; }

    /// <summary>The most words of any of <see cref="OutcomeEndings"/>.</summary>
    public int OutcomeEndingWords { get; }

    /// <summary>The measure the outcome "identified" makes ("the coroner identified 17 victims"): naming people, not what befell
    /// them; null when the lexicon has no such outcome.</summary>
    public string? IdentifiedMeasure { get; }

    /// <summary>Nouns of what happened to people, before "of" and their count ("the evacuation of 5,000 residents"), and the measure.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OutcomeNouns { get; }

    /// <summary>Words of a search a few words before "for" and the count of people sought ("divers kept searching for 6 sailors"), and
    /// the measure the count takes in a rescue.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SearchWords { get; }

    /// <summary>Those who search in a rescue ("divers", "rescuers"): anywhere in the sentence, they make a search's count the missing.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SearchAgents { get; }

    /// <summary>Words after a search's "for" that make those sought people lost ("for three more fishermen", "for one missing hiker").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SoughtCues { get; }

    /// <summary>Nouns before "of" and a count of people that make it a count of them when nothing after says what happened ("the remains
    /// of 11 climbers were reached" → "bodies"), and the measure.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RemainsNouns { get; }

    /// <summary>Verbs that say what was done with bodies counted ("14 bodies have since been buried", "the morgue released 17 bodies"), and the
    /// measure they make: those dealt with, not the dead.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RemainsHandling { get; }

    /// <summary>Words right after a remains-handling verb that make it tell where the bodies lie, not what was done with them ("were
    /// buried under the rubble").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RemainsPlaceCues { get; }

    /// <summary>What a percentage is often a share of ("turnout"), and the measure each such word names ("jobless" → "unemployment",
    /// "rates" → "rate").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PercentageMeasureNames { get; }

    /// <summary>Nouns (singular) for those entitled to vote, and the measure a share of them that voted or took part gives ("voter" →
    /// "turnout").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> VoterNouns { get; }

    /// <summary>Words after "voted" that say what a share of voters voted on, and the measure that share gives ("for" → "share of
    /// vote", held by the name after it); an empty measure keeps the share of the voters ("against").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> VoteChoices { get; }

    /// <summary>Words that make a share of votes or ballots the progress of a count ("with 88% of ballots tallied"), with their
    /// role: "after" (a participle after the share), "before" (a gerund right before the figure), "lead" (a word opening the phrase)
    /// or "counted" (a noun the share must be of).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountProgress { get; }

    /// <summary>Whether a measure is a share a percentage gives: a <c>share-measure</c> word, or a compound ending in one ("market
    /// share", "interest rate").</summary>
    public bool IsPercentageMeasure(string measure) =>
        PercentageMeasureNames.ContainsKey(measure)
        || (measure.LastIndexOf(' ') is var space and > 0 && PercentageMeasureNames.ContainsKey(measure.AsSpan(space + 1)));

    /// <summary>Measures about what happened to people or a share of them: their subject may come from the place or the document.</summary>
    public FrozenSet<string> OutcomeMeasures { get; }

    /// <summary>Nouns after an amount of money that say what it is ("loans" → "loan").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> MoneyMeasures { get; }

    /// <summary>Words after an amount's "for" or "to" that name the harm it pays for ("death" → "deaths", "injured" → "injuries").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CompensatedHarms { get; }

    /// <summary>Words right after an amount, or after its source phrase, that lead to the harm it pays for ("for", "to").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmPaymentLinks { get; }

    /// <summary>Words right after an amount that open where the money comes from ("from the county's disaster reserve").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmPaymentSources { get; }

    /// <summary>Words after a severity that stand for the injuries named before ("€250 for light ones").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmPaymentProForms { get; }

    /// <summary>Clause-break words that stay in the phrase of the people a payment goes to ("to the widow of each guard who died").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmPaymentRelatives { get; }

    /// <summary>Words before an amount of money that make it a sum someone is made to pay or put up, and its measure ("fined" →
    /// "fine", "bail" → "bail"): a harm named after such an amount is not one it pays for.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PenaltyMoney { get; }

    /// <summary>The compensated harm a severity alone names ("Rs 35,000 for minor ones" → "injuries"): the one that is also a
    /// severity measure, or null when none is.</summary>
    public string? SeverityHarm { get; }

    // Every payment measure CompensatedHarms can give, so reports word them as amounts of money ("payment for deaths amounts").
    private static IEnumerable<string> PaymentMeasures(Lexicon lexicon)
    {
        var harms = lexicon.EntriesOf("compensated-harm").Select(e => e.Value).Distinct(StringComparer.Ordinal).ToList();
        var severities = lexicon.EntriesOf("severity").Concat(lexicon.EntriesOf("severity-condition")).Select(e => e.Value).Distinct(StringComparer.Ordinal).ToList();
        return harms.Select(h => HarmPayments.MeasureName(h, null))
            .Concat(from h in harms from v in severities select HarmPayments.MeasureName(h, v));
    }

    /// <summary>The measures money can have ("loan", "aid").</summary>
    public FrozenSet<string> MoneyMeasureValues { get; }

    /// <summary>Theme measures that are events their agent causes ("attack").</summary>
    public FrozenSet<string> EventThemes { get; }

    /// <summary>Predicates whose object, not their subject, is the agent ("blamed").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlameVerbs { get; }

    /// <summary>Bodies that act as the agent of a proposition when no named agent precedes it, and the subject each gives
    /// ("policemen" → "police").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AgentNouns { get; }

    /// <summary>The bodies <see cref="AgentNouns"/> give ("police", "army"): named by a common noun, they say nothing of whose they
    /// are.</summary>
    public FrozenSet<string> AgentBodies { get; }

    /// <summary>Predicates of propositions and their class ("sent" → "deploy").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Predicates { get; }

    /// <summary>The only theme measures a predicate's class takes ("targeting" → civilians; "fired" → tear gas, water cannon, …), or an
    /// empty set when it takes any.</summary>
    public FrozenDictionary<string, FrozenSet<string>>.AlternateLookup<ReadOnlySpan<char>> PredicateThemes { get; }

    /// <summary>Theme nouns of propositions and their measure ("soldiers" → "troops").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Themes { get; }

    /// <summary>Two-word theme phrases by their first word: each second word and the phrase's measure ("tear" → ("gas", "tear
    /// gas")).</summary>
    public FrozenDictionary<string, ImmutableArray<(string Second, string Measure)>>.AlternateLookup<ReadOnlySpan<char>> ThemePhrases { get; }

    /// <summary>Words that name an event happening and its class ("sank" → "sink").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> EventPredicates { get; }

    /// <summary>Every event class.</summary>
    public FrozenSet<string> EventClasses { get; }

    /// <summary>Nouns for the thing an event happens to ("ferry" → "vessel").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> EventAnchors { get; }

    /// <summary>Nouns written before the proper name of an event ("Cyclone Orlen", "Hurricane Vessa").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedEventNouns { get; }

    /// <summary>Comparatives that, between a figure and "than", make it the gap between two amounts ("5% less than announced").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GapComparatives { get; }

    /// <summary>Comparatives right after a number, before its noun, that make the figure a gap ("85 fewer shifts": <c>shortfall-word</c>).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShortfallWords { get; }

    /// <summary>Nouns of a long campaign ("war": <c>campaign-noun</c>) whose count, named in the count's own clause, is background.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CampaignNouns { get; }

    /// <summary>Words that may follow a campaign noun inside a count's clause ("the war has killed": <c>campaign-clause-word</c>);
    /// any other word makes the noun a compound's first word ("the war memorial").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CampaignClauseWords { get; }

    /// <summary>Words right before or after a count's number that make it those left of a group ("two remaining climbers": <c>remainder-word</c>).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RemainderWords { get; }

    /// <summary>Figure nouns and counting verbs that give a bare number after them as a count of the document's people ("put the
    /// figure at 18,000", "police counted 35,000").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StatedFigureCues { get; }

    /// <summary>Nouns for a reported figure that a denial marker after the figure can call false ("tolls").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FigureReportNouns { get; }

    /// <summary>Nouns by which a sentence refers back to an earlier claim ("the reports").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferringNouns { get; }

    /// <summary>Words that make what follows a plan.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanCues { get; }

    /// <summary>Verbs by which someone asks another to do something ("asked", "urged"): a figure in the infinitive after the verb's
    /// object is what is asked for ("urged the council to raise the grant to 5,000").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RequestVerbs { get; }

    /// <summary>Words that make what follows a forecast.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForecastCues { get; }

    /// <summary>Nouns that make what follows a forecast only where they name a prediction ("the ministry's projection is 500");
    /// the words around them decide, so a noun used in another sense in one of those frames ("projection of films") still counts.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForecastNouns { get; }

    /// <summary>Verbs of a count moving that, right after "can", make the figure a projection ("it can reach 20,000 deaths").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProjectionVerbs { get; }

    /// <summary>Common nouns for bodies that act ("company", "government", "union"): what they "will" do to a figure is a plan.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ActorNouns { get; }

    /// <summary>Verbs of an act a body commits to ("cut", "hire", "send"): after "will" and an actor they state a plan.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommitmentVerbs { get; }

    /// <summary>Verbs after "could" or "can" by which a speaker vouches for a figure, not forecasts it ("could confirm").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VouchVerbs { get; }

    /// <summary>Modal forecast cues that can also be a name or a month when capitalised ("May", "Will", "Might").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameModals { get; }

    /// <summary>Words that make what follows their "of" a forecast ("warned of up to 200 mm of rain").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WarningCues { get; }

    /// <summary>Participles by which a source goes on to give its own account ("rejected the count, saying 60 had died").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportParticiples { get; }

    /// <summary>Words that make what follows an estimate.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EstimateCues { get; }

    /// <summary>Words that negate their clause.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationCues { get; }

    /// <summary>Words that call a claim false.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DenialMarkers { get; }

    /// <summary>Words that say how many is none ("no deaths", "nobody was hurt") or any, under a denial ("denied that anyone died"),
    /// with how they stand (lexicon kind zero-count).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ZeroCountWords { get; }

    /// <summary>The first letters of <see cref="ZeroCountWords"/>' entries, upper-cased (<see cref="char.ToUpperInvariant"/>, as the
    /// look-up ignores case): a token whose upper-cased first letter is not among them starts no entry, so most tokens are passed
    /// over without a look-up per phrase length.</summary>
    public SearchValues<char> ZeroCountInitials { get; }

    /// <summary>The measures a count of none is read for (lexicon kind zero-count-measure: deaths, injuries).</summary>
    public FrozenSet<string> ZeroCountMeasures { get; }

    /// <summary>For a measure a count of none is read for, the narrower measures it denies too (lexicon kind zero-count-covers:
    /// "no casualties" denies deaths and injuries).</summary>
    public FrozenDictionary<string, FrozenSet<string>> ZeroCountCoveredMeasures { get; }

    /// <summary>Words and marks that end a clause for the scope of a cue.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreaks { get; }

    /// <summary><c>place-modifier</c> entries valued <c>whole</c>: words before a country's name that describe the whole country
    /// (neighbouring, landlocked), not a region of it as "southern" or "coastal" does.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WholePlaceModifiers { get; }

    /// <summary>Words that start a new clause ("and", "but", "when"): a verb after one is not that of the words before it.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseJoiners { get; }

    /// <summary>Words that, after a comma, open a subordinate clause the main clause's modal verb and negation do not reach ("…, when
    /// 320 people died").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinateClauseWords { get; }

    /// <summary>Past verb forms the time recogniser's <c>time-cue</c> entries mark past ("was", "had", "fell"): what makes a
    /// subordinate clause one about the past.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastVerbs { get; }

    /// <summary>Verbs the time recogniser's <c>time-cue</c> entries mark as taking a length ("spending", "lasted", "taking"): "a week"
    /// right after one is a span of time, not a rate's period.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LengthVerbs { get; }

    /// <summary>Nouns for a kind of place ("city", "province", "capital") that a claim's place is reached past ("the port city of
    /// Kestrel Bay", "120 km from the capital, Lindenport") or that a name before them qualifies ("a Vorland town").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns { get; }

    /// <summary>Nouns the entity recogniser's <c>place-noun</c> entries list as saying what kind of place a name is and not part of
    /// it ("province", "district", "division"): "Tarvo province" and "Tarvo Division" name the place Tarvo.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceKindNouns { get; }

    /// <summary>Quantifiers and determiners that open a noun phrase ("several", "many", "some"; <c>quantifier-word</c>): one may stand
    /// between a locative and a place's name that qualifies the places counted ("in several Brenmoor towns").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuantifierWords { get; }

    /// <summary>Compass directions (<c>direction-word</c>: north, south-west…) that place one thing from another ("100 km west of Lindenport").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Directions { get; }

    /// <summary>Words after "a day" or "a week" that make it a point in time, not a rate ("a week ago", "a day later").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeTimeWords { get; }

    /// <summary>Words between a figure and its place that make it a part of a figure before it ("12,000 of them in Lyon"), looked up
    /// by their words joined with single spaces.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartCuesBefore { get; }

    /// <summary>The most words and characters of any <see cref="PartCuesBefore"/> entry: how far a look-up reads and the buffer it joins
    /// words in.</summary>
    public (int Words, int Length) PartCueBeforeLongest { get; }

    /// <summary>Words after a place and "and" that join it to the rest of its country ("in Lindenport and across the regions", "in
    /// Lindenport and beyond"): the figure is the whole's, not the place's part. Looked up by their words joined with single spaces.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RestCues { get; }

    /// <summary>The most words and characters of any <see cref="RestCues"/> entry.</summary>
    public (int Words, int Length) RestCueLongest { get; }

    /// <summary>Words after a plural place noun that name some of its places ("in regions such as Velmar and Ostra"): the figure is
    /// those places' part. Looked up by their words joined with single spaces.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExampleCues { get; }

    /// <summary>The most words and characters of any <see cref="ExampleCues"/> entry.</summary>
    public (int Words, int Length) ExampleCueLongest { get; }

    /// <summary>Words just after a place that make the figure there a part of a larger one ("in the Velmar region alone").</summary>
    public FrozenSet<string> PartCuesAfter { get; }

    /// <summary>Words that open an aside on a part of a figure that the text gives no number ("930 treated, most of them in Lindenport",
    /// "18,000 homes without power, mostly in Brenmoor"): the place in such an aside is that part's, not the figure's.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnnumberedPartCues { get; }

    /// <summary>Words just before a later figure that make it a part of an earlier one ("40 died in Vorland, including 12 in Brenmoor",
    /// "of whom 9 in Lindenport"): a place after the later figure is the part's, not the earlier figure's. Looked up by their words
    /// joined with single spaces.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberedPartCues { get; }

    /// <summary>The most words and characters of any <see cref="NumberedPartCues"/> entry.</summary>
    public (int Words, int Length) NumberedPartCueLongest { get; }

    /// <summary>Words that restrict the figures of the sentence before to a place ("These figures cover only the Velmar region").</summary>
    public FrozenSet<string> PartScopes { get; }

    /// <summary>What a sentence calls the figures of the sentence before ("these figures", "the numbers").</summary>
    public FrozenSet<string> FigureNouns { get; }

    /// <summary>Words that make a figure the whole country's, the total its parts belong to ("nationwide", "across the country").</summary>
    public FrozenSet<string> WholeCues { get; }

    /// <summary>Words, in lower case, that open a sentence naming a set its first figure is a part of ("of" in "Of the dead, 12 were
    /// children").</summary>
    public FrozenSet<string> PartitiveOpenings { get; }

    /// <summary>Phrases, in lower case, that open a sentence and point back to the figure of the sentence before as the set the
    /// sentence's figures are parts of ("of these", "within that figure", "that figure includes").</summary>
    public FrozenSet<string> OpeningsOfSentenceBefore { get; }

    /// <summary>The most words of any <see cref="OpeningsOfSentenceBefore"/> phrase.</summary>
    public int OpeningOfSentenceBeforeWords { get; }

    /// <summary>Nouns whose figure counts one outcome ("the toll rose to 146" → deaths).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TollNouns { get; }

    /// <summary>The quantities stage's words of the same lexicon, for the kinds both stages read (a toll of another kind,
    /// <see cref="QuantityVocabulary.OtherKindTotalModifiers"/>).</summary>
    public QuantityVocabulary Quantities { get; }

    /// <summary>Phrases before "of" and a figure that make it the authorities' own count ("the official figure of 70"), and who gives it.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OfficialFigures { get; }

    /// <summary>Adverbs a few words before a figure that make it the authorities' own count ("officially left 16 dead"), and who gives it.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OfficialAdverbs { get; }

    /// <summary>Verbs that give a toll between an <c>official-adverb</c> and its figure ("officially left 16 dead", "officially put at 16").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TollVerbs { get; }

    /// <summary>Words that may stand between a count and what happened to it ("410 people are believed to have died").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutcomeSkips { get; }

    /// <summary>Words that name what happened only when a <see cref="CarePlaces"/> word follows them ("admitted" → "hospitalised").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CareOutcomes { get; }

    /// <summary>Words that name what happened only when a <see cref="NegationCues"/> word stands before them ("have not been
    /// accounted for" → "missing").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NegatedOutcomes { get; }

    /// <summary>Words that name a place of care ("hospital", "clinic", "emergency").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CarePlaces { get; }

    /// <summary>The head nouns of a named venue after "at", "on" or "in" ("Kestrel Square", "the Arlow mine"): lexicon kind
    /// <c>venue-noun</c>, but rows valued <c>site</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VenueNouns { get; }

    /// <summary>The words after a place's name that make a source a body of that place ("police", "district administration",
    /// "officials", "police prefecture"): lexicon kind <c>place-body</c>, each with its class and whether it places a crowd count.</summary>
    public FrozenDictionary<string, PlaceBody>.AlternateLookup<ReadOnlySpan<char>> PlaceBodies { get; }

    /// <summary>Words that count the people as a workforce only when a <see cref="Workplaces"/> word follows them ("work at the
    /// mill" → "employees"): lexicon kind <c>workplace-outcome</c>.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WorkplaceOutcomes { get; }

    /// <summary>Words that name a place of work ("plant", "factory", "mine"): lexicon kind <c>workplace</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Workplaces { get; }

    /// <summary>Counted nouns read as a measure only when a <see cref="CustodyWords"/> word stands next to their count ("40 suspects
    /// held" → "arrests"): lexicon kind <c>custody-noun</c>.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CustodyNouns { get; }

    /// <summary>Words that say the people a custody noun counts are held ("held", "detained", "custody"): lexicon kind
    /// <c>custody-word</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CustodyWords { get; }

    /// <summary>Counted nouns of people harmed that take another measure than their <see cref="MeasureSynonyms"/> one when a
    /// <see cref="BloodlessHarms"/> word stands in their sentence ("140 victims of the hack" → "victims", not "deaths"): lexicon kind
    /// <c>bloodless-harm-noun</c>.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BloodlessHarmNouns { get; }

    /// <summary>Words naming a harm that kills no one ("hack", "ransomware", "scam"): lexicon kind <c>bloodless-harm</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BloodlessHarms { get; }

    /// <summary>Words for a police body, with the measure of the people it captures ("police" → "arrests"): lexicon kind
    /// <c>arresting-body</c>.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ArrestingBodies { get; }

    /// <summary>The measure of people taken in fighting (the outcome "captured" names), or null when the lexicon has none.</summary>
    public string? CapturedMeasure { get; }

    /// <summary>Words that open an aside on the people counted, set off by commas between the count and what happened to them
    /// ("17 civilians, including two toddlers, were killed", "40 people, most of them women, died").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleAsideOpeners { get; }

    /// <summary>Words of an aside, ending in "more", that says the count before it may be higher ("26 villagers, and perhaps many more,
    /// died in the slide"; "30 people, or possibly more, drowned").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenCountAsideWords { get; }

    /// <summary>Nouns for part of the people counted and their label ("children"): such a count is part of the whole.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Subgroups { get; }

    /// <summary>School levels and age bands right before a subgroup noun ("primary pupils", "teenage girls") and their labels: such a
    /// count is a part of that subgroup; <c>subgroup-band</c>.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SubgroupBands { get; }

    /// <summary>Modifiers naming part of a workforce before its noun ("the 380 seasonal jobs", "a further 45 salaried employees") and
    /// the label of that part; <c>workforce-part</c>.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WorkforceParts { get; }

    /// <summary>Measures of a workforce (workers, employees, jobs) that a <c>workforce-part</c> modifier makes a part of;
    /// <c>workforce-measure</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkforceMeasures { get; }

    /// <summary>Measures counting identifiers ("numbers") whose kind the words right before the counted noun name ("Social Security
    /// numbers", "bank account numbers"); <c>identifier-measure</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IdentifierMeasures { get; }

    /// <summary>Outcome verbs whose past form does not end in -ed ("hurt"), read before a count as an -ed verb is when an incident noun
    /// stands before them ("the blast hurt 35 workers" counts the injured; "the downturn hurt 9,000 farmers" does not);
    /// <c>irregular-outcome-verb</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularOutcomeVerbs { get; }

    /// <summary>Counted nouns that name a change in what the noun before them counts ("15,000 job cuts" counts jobs);
    /// <c>counted-change-noun</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountedChangeNouns { get; }

    /// <summary>Outcome verbs of taking part whose object right after them is those who took part ("the march involved 4,000 people");
    /// any other such verb right before a count ("gunmen gathered 300 villagers") says nothing of what befell those counted.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectParticipationVerbs { get; }

    /// <summary>Modifiers naming part of a company's clientele before its noun ("7.8 million current customers", "850,000 prepaid
    /// subscribers") and the label of that part; <c>clientele-part</c>.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ClienteleParts { get; }

    /// <summary>Measures of a company's clientele (customers, subscribers, users, accounts) that a <c>clientele-part</c> modifier
    /// makes a part of; <c>clientele-measure</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClienteleMeasures { get; }

    /// <summary>Words for a gathering held against another ("counter-protest") and the label its crowd is counted under.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CounterGatherings { get; }

    /// <summary>Words for a shock other than the main one ("aftershock") and the label its figures are measured under.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SecondaryShocks { get; }

    /// <summary>Adjectives that make a topic-event word after them a gathering held against another ("the rival march"), with the
    /// label its crowd is counted under.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CounterGatheringAdjectives { get; }

    /// <summary>Where people were counted, with the preposition before it ("in health centres", "at the scene"), and its label: such a
    /// count is a part.</summary>
    public FrozenDictionary<string, string> CountSettings { get; }

    /// <summary>The one-word settings of <see cref="CountSettings"/> without their preposition ("hospital"), and their labels: the noun a
    /// named place ends with ("at Brenmoor General Hospital"), looked up in any case.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountSettingNouns { get; }

    /// <summary>Nouns for a part of a place of care ("unit", "ward") and their count-setting labels: the end of a named place only right
    /// after one of <see cref="CareUnitModifiers"/> ("the Ostvik burns unit", not "the Harnby police unit").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CareUnitNouns { get; }

    /// <summary>Words right before one of <see cref="CareUnitNouns"/> that make it part of a place of care ("burns", "maternity").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CareUnitModifiers { get; }

    /// <summary>Words right before a figure that give it as the whole of what it counts ("all 61"): a setting after it makes no part.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeFigureCues { get; }

    /// <summary>Verbs by which a named place of care, the subject of their clause, takes in or records the people counted right after
    /// them ("Ostrava Teaching Hospital had admitted 26 people injured"): the count is that setting's part.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SettingSubjectVerbs { get; }

    /// <summary>The place-record-verbs: a verb by which a place inside a country that is its clause's subject records the figure right
    /// after it ("Brenmoor has recorded 412 cases").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceRecordVerbs { get; }

    /// <summary>The setting-subject-verbs (valued <c>in-list</c>) that count a setting's part only when the place's name follows a
    /// semicolon, one place of care after another in a list of them: "confirmed" is also how a hospital gives the whole toll.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListedSettingSubjectVerbs { get; }

    /// <summary>The preposition before a count setting whose entry names none.</summary>
    private const string CountSettingPreposition = "in";

    /// <summary>Words that give a figure as an update of an earlier count ("rose", "now", "revised").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UpdateCues { get; }

    /// <summary>Participles that, right after a comma, open a clause a count completes as an update of the clause before it
    /// ("…, raising the toll to 58"); <c>updating-participle</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UpdatingParticiples { get; }

    /// <summary>Verbs that give a figure as an update of an earlier count only when the figure completes them after "to" or "at"
    /// ("doubled to 40", "had swollen to 50,000"), not a figure elsewhere in their clause ("doubled patrols after 15 were killed").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UpdateVerbs { get; }

    /// <summary>Adverbs that, right before a figure noun that is right before a figure, make the noun a verb that gives the running count
    /// ("cases now number 67", "infections currently total 2,400"); <c>figure-verb-lead</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FigureVerbLeads { get; }

    /// <summary>Words, or two words, in the few words after a figure that give it as the count so far ("40 had already been returned",
    /// "120 arrests so far").</summary>
    public FrozenSet<string> RunningCues { get; }

    /// <summary>Words, or two words, right before a period that runs to the report ("so far this year", "to date this year"): a count
    /// given for it is the total up to the report.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ToDateCues { get; }

    /// <summary>Verbs that tell when something began ("began", "beginning", "started"): a date a few words after one, in a phrase set
    /// apart from a figure by "with", a colon or a semicolon, dates that beginning, not the figure.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OnsetVerbs { get; }

    /// <summary>Outcome measures and the count setting each already names (hospitalised → health facilities): a count of the
    /// measure in that setting is the whole, not a part, unless the clause gives it as the count still there.</summary>
    public FrozenDictionary<string, string> ImpliedSettings { get; }

    /// <summary>Auxiliaries after a figure that give the stay in a setting as past ("were", "been"): see <see cref="ImpliedSettings"/>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastStayWords { get; }

    /// <summary>Words after a figure that point back to the place the sentence named before it ("140 homes were flooded there"),
    /// unless one of <see cref="ExistentialVerbs"/> follows ("there is little hope").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceAnaphors { get; }

    /// <summary>Words right after "there" that make it existential ("there is", "there had been"): it points back to no place.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExistentialVerbs { get; }

    /// <summary>Nouns that end the name of a site rather than a town or area ("Ostrov Stadium", "Camp Velmar", "Kestrel Bridge"): a
    /// document's tolls are not counted in such a place when it names another. Lexicon kind <c>venue-noun</c> (but rows valued
    /// <c>venue</c>), capitalised; matched as written.</summary>
    public FrozenSet<string> FacilityNouns { get; }

    /// <summary>Words that make the date after them a point of comparison, not when a claim holds ("the largest since 1997").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferenceTimeCues { get; }

    /// <summary>Conjunctions that open a clause whose event takes only a date inside it ("rescued on Monday after the dam burst").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeClauseOpeners { get; }

    /// <summary>Conjunctions that open such a clause for an event only right after an outcome word ("those killed when the plane
    /// crashed"): lexicon kind <c>time-clause-opener</c> valued "outcome".</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutcomeClauseOpeners { get; }

    /// <summary>Event predicates that are nouns ("crash", "explosion"): lexicon kind <c>nominal-event</c> valued "noun". Inside a
    /// phrase another word governs, such a noun takes only a date of its own phrase.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NominalEvents { get; }

    /// <summary>Words that govern a nominal event's phrase ("of", "over"): lexicon kind <c>nominal-event</c> valued "governor".</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NominalEventGovernors { get; }

    /// <summary>Words that govern a nominal event's phrase only right after a noun of an outcome or a toll ("a fourth death in the
    /// crash", "injuries from the explosion"), not after a verb ("12 died in a crash on Monday" dates the crash): lexicon kind
    /// <c>nominal-event</c> valued "outcome-governor".</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NominalEventOutcomeGovernors { get; }

    /// <summary>Words that open a nominal event's phrase ("the", "a"): lexicon kind <c>nominal-event</c> valued "determiner".</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NominalEventDeterminers { get; }

    /// <summary>Nouns for a report that gives figures, whose possessed day dates the figure it gives ("Monday's update counted 58"):
    /// lexicon kind <c>dated-report</c> valued "noun".</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DatedReportNouns { get; }

    /// <summary>Words before a dated report that put its figure before or after the report ("until", "since"): lexicon kind
    /// <c>dated-report</c> valued "bound".</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DatedReportBounds { get; }

    /// <summary>Words or phrases (up to three words) between a figure and a date after it that make the date that of what the figure
    /// is compared with ("as many as", "than", "compared with"): lexicon kind <c>compared-event-cue</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComparedEventCues { get; }

    /// <summary>Words that part a compared event's date from a figure after it ("with", "at"): lexicon kind <c>figure-link</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FigureLinks { get; }

    /// <summary>Words that open a clause about a compared event right after its date's comma ("which", "who"): lexicon kind
    /// <c>relative-clause-opener</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeClauseOpeners { get; }

    /// <summary>Words that, right after the comma after a name, open a phrase describing what is named ("the", "who"): lexicon kind
    /// <c>name-description-opener</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameDescriptionOpeners { get; }

    /// <summary>Words after a figure that give it for a country's people or polling stations abroad ("abroad", "overseas"):
    /// lexicon kind <c>abroad-word</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbroadWords { get; }

    /// <summary>Words after a count that give it for the places outside the one the report is about ("elsewhere"): lexicon kind
    /// <c>elsewhere-word</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ElsewhereWords { get; }

    /// <summary>Words in or after a count that give it for the whole world ("worldwide", "globally", "the world"); lexicon kind
    /// <c>worldwide-word</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WorldwideWords { get; }

    /// <summary>Plural nouns for countries ("countries", "nations") that, after "in" and a number following a count, give it for
    /// several countries.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountriesNouns { get; }

    /// <summary>Prepositions before "a" and a period that make the period a span the clause passes, not a rate's ("drifted for a
    /// week", "within a day"); lexicon kind <c>span-preposition</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanPrepositions { get; }

    /// <summary>Adjectives between "on a" or "in a" and a period that make it the period of a rate, the count a usual period's ("arrive at the ward on an
    /// average day", "On a typical day"); lexicon kind <c>typical-period-word</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TypicalPeriodWords { get; }

    /// <summary>Words that mark a source as an organ of a state ("minister", "ministry", "government"): the <c>attribution-word</c>
    /// entries of class <c>state</c>, read by comparison to tell two organs of one state from two different bodies.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StateWords { get; }

    /// <summary>Words that name a public institution when a source is given by one of them alone ("police said", "the army said", "the
    /// government said"), read by comparison as a body apart from a body of another name; lexicon kind <c>institution-source</c>.</summary>
    public FrozenSet<string> InstitutionWords { get; }

    /// <summary>Words between "the" and a period in a sentence's opening phrase that name one period of a series ("In the fourth week,
    /// …": <c>period-rank</c>); the counts after it are that period's.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodRanks { get; }

    /// <summary>Measures of what befell people that an <c>elsewhere-word</c> makes a part for other places (deaths, injuries,
    /// missing); <c>elsewhere-measure</c>.</summary>
    public FrozenSet<string> ElsewhereMeasures { get; }

    /// <summary>Nouns for an area of a place before "of" and the place's name ("the streets of", "the centre of"): lexicon kind
    /// <c>area-noun</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AreaNouns { get; }

    /// <summary>Nouns for one side of a conflict after a demonym ("the Vorlandian side"): lexicon kind <c>side-noun</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SideNouns { get; }

    /// <summary>Words that may stand right before an elliptical figure ("…, 80,000 according to the police"; "against 0.8"; "…, as
    /// well as 2,500 in Tallis").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipsisJoiners { get; }

    /// <summary>The most words and characters of any <see cref="EllipsisJoiners"/> entry.</summary>
    public (int Words, int Length) EllipsisJoinerLongest { get; }

    /// <summary>Words that, right after a bare number, give it another source ("according", "by", "for").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipsisSourceLeads { get; }

    /// <summary>Words that, right after a bare number and before a place's name, make it the count before's figure for that place
    /// ("33 dead in Georgia, 20 in Florida"): lexicon kind <c>ellipsis-cue</c> with value <c>place</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipsisPlaceLeads { get; }

    /// <summary>Words and marks that open a breakdown by place of the count before them, its noun left out ("33 dead: 20 in
    /// Georgia, …", "55 cases (Georgia 20, …", "…, with 20 in Georgia"): lexicon kind <c>ellipsis-cue</c> with value <c>list</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipsisListOpeners { get; }

    /// <summary>Words and phrases that, between a place's name and a bare number, give that place's figure of the count before them,
    /// its noun left out ("62 cases across the region; Brenmoor had 30, …", "…, Tallis with 19", "…, Kessel accounting for 33"):
    /// lexicon kind <c>ellipsis-cue</c> with value <c>holder</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipsisHolders { get; }

    /// <summary>The most words and characters of any <see cref="EllipsisHolders"/> entry.</summary>
    public (int Words, int Length) EllipsisHolderLongest { get; }

    /// <summary>Words that make a bare number in their clause an age ("the youngest of the dead was 14").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgeSubjects { get; }

    /// <summary>Adverbs right after a count that make it the part of the injured hurt that badly ("22 of them critically"), and the
    /// part's label.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Severities { get; }

    /// <summary>Adjectives before "condition" after a count that make it the part of the injured in that state ("13 of them in
    /// critical condition"), and the part's label.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SeverityConditions { get; }

    /// <summary>Verbs that change a figure, before it ("cut", "raised": the quantity lexicon's <c>change-before</c>), each with the
    /// direction it gives ("cut" → down, "raised" → up, or none).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ChangeDirections { get; }

    /// <summary>Words that cannot continue a noun phrase ("in", "when", "said": the quantity lexicon's <c>noun-phrase-stop</c>).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounPhraseStops { get; }

    /// <summary>Words between a count and how badly its people were hurt ("were", "remain", "also").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SeverityLinks { get; }

    /// <summary>Measures whose people can be hurt more or less badly ("injuries"), so a severity makes a part of them.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SeverityMeasures { get; }

    /// <summary>Measures of people who died ("deaths"), which a count of people "in critical condition" cannot be: that count is
    /// the part of the injured (<see cref="SeverityHarm"/>) in that state.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LivingConditionExcluded { get; }

    /// <summary>Nouns for an attack, after which a demonym names the side that attacked ("a Russian airstrike").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttackNouns { get; }

    /// <summary>Nouns for a party that trades, after which a demonym names where that party is from ("American brands").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TradingPartyNouns { get; }

    /// <summary>Nouns for a news outlet, after which a demonym names where the outlet is from ("a British newspaper").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MediaNouns { get; }

    /// <summary>Superlatives and "first", which make a reference cue after them a comparison ("the deadliest since 2004").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComparisonWords { get; }

    /// <summary>Nouns for a place whose "of N" figure is its population ("a city of 900,000").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PopulationNouns { get; }

    /// <summary>Words that give a figure as provisional ("preliminary", "provisional").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProvisionalCues { get; }

    /// <summary>Words that with a provisional-cue word make a results phrase provisional ("partial", "early").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProvisionalResultAdjectives { get; }

    /// <summary>What a count gives, made provisional by an adjective before it ("results", "returns", "tally").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProvisionalResultNouns { get; }

    /// <summary>Prepositions, or two words, before a clock time that make a figure near it a count read at that hour ("by", "as of").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HourReadingPrepositions { get; }

    /// <summary>Prepositions before a clock time ("at") that make a figure a count read at that hour only with a reading verb between.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HourReadingAt { get; }

    /// <summary>Verbs that read a count at an hour ("showed", "stood"), besides the reporting verbs.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HourReadingVerbs { get; }

    /// <summary>Words that after a comma open a clause of their own between a clock time and a figure ("and"), so that the figure is not read at that hour.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HourReadingJoiners { get; }

    /// <summary>Words, or two words, that give a figure as an earlier count a later one replaced ("initially", "up from").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EarlierCues { get; }

    /// <summary>Opening words, closed by a comma, that give every figure of their sentence as an earlier count ("Earlier,", "Before that,").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EarlierOpenings { get; }

    /// <summary>Words that may open a live report's update stamp before its date ("Update, 21 March, 09:40:").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StampOpeners { get; }

    /// <summary>Words that, a word or two before a <see cref="NewIncidentNouns"/> noun, bring in an incident not named before ("a",
    /// "another"; lexicon kind new-incident, value determiner).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NewIncidentDeterminers { get; }

    /// <summary>Nouns of an incident with a toll of its own ("landslide", "crash"; lexicon kind new-incident, value noun); also the
    /// incidents an <see cref="IrregularOutcomeVerbs"/> verb needs before it to say what befell people ("the blast hurt 35").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NewIncidentNouns { get; }

    /// <summary>Words that, a few words before a <see cref="NewIncidentDeterminers"/> determiner or between it and its noun, place the
    /// incident before the story's own ("after", "earlier"; lexicon kind new-incident, value sequence).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NewIncidentSequenceWords { get; }

    /// <summary>Kinds of event a headline or lead names, with what the people counted in such a report are ("march" → participants).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TopicEvents { get; }

    /// <summary>Nouns after which a topic-event word names a body, not the event ("the UN refugee agency").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicEventBodies { get; }

    /// <summary>Head nouns of a country's public bodies ("ministry", "agency"): a name that begins or ends with one is such a body, whose
    /// counts are about its country.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PublicBodies { get; }

    /// <summary>Reporting verbs whose object is who hears the report, not what it is about ("told Reuters", "informed the council").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HearerVerbs { get; }

    /// <summary>Determiners that, right before a lower-case "-ed" word between a telling verb and a date, make it an adjective of the
    /// hearer ("told a crowded briefing on Monday"), not the verb of the event reported. Demonstratives are left out: "this", "that"
    /// are as often the reported event's subject ("told reporters this happened on Monday").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HearerDeterminers { get; }

    /// <summary>Words for what befell buildings and other things counted, with the state they name ("razed" → destroyed).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DamageStates { get; }

    /// <summary>Verbs of holding ("carry" → verb) and the words before them that make the holding a capacity ("licensed" → cue).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CapacityWords { get; }

    /// <summary>Members of a body ("officers"), who act for it only when the body is named right before them ("police officers").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgentMemberNouns { get; }

    /// <summary>Words before a member noun that leave it bare ("the officers", "said officers"): it acts for the body named before.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BareMemberCues { get; }

    /// <summary>Measures of things whose count is told apart by what befell them (homes destroyed, homes damaged).</summary>
    public FrozenSet<string> DamagedMeasures { get; }

    /// <summary>Words for a statistic that names what an amount measures ("median", "average").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Statistics { get; }

    /// <summary>Measures bound to one event ("participants" of a march): counts on different stated days are different events.</summary>
    public FrozenSet<string> EventMeasures { get; }

    /// <summary>Measures of a market's move over one trading day ("share fall"): moves on different days are different quantities.</summary>
    public FrozenSet<string> DailyMoveMeasures { get; }

    /// <summary>Measures of people counted over time ("deaths"): a later count is a new count, dated by when it was given.</summary>
    public FrozenSet<string> CumulativeMeasures { get; }

    /// <summary>Cumulative measures of an epidemic ("cases"): counted from the outbreak's start, however long ago, so a "since" year
    /// start keeps them in the story's own slot.</summary>
    public FrozenSet<string> OutbreakMeasures { get; }

    /// <summary>Cumulative measures of what responders have done so far ("identified", "vaccinated"): the count only grows, so a larger
    /// figure given on a later day continues a smaller one whoever gives it.</summary>
    public FrozenSet<string> ProgressMeasures { get; }

    /// <summary>Cumulative measures of people whose fate is not yet known ("missing"): the count falls as they are found, so a smaller
    /// figure given on a later day than a larger one continues it whoever gives it.</summary>
    public FrozenSet<string> DrainingMeasures { get; }

    /// <summary>The capitalised words that make an organisation of a name ("Network", "Observatory", "Ministry"; lexicon kind
    /// <c>organisation-word</c>): what kind of body a source's name names.</summary>
    public FrozenSet<string> OrganisationWords { get; }

    /// <summary>Measures that name another measure's quantity a second way ("patients" for "hospitalised"), by the measure they name:
    /// figures under the two are read for agreement only.</summary>
    public FrozenDictionary<string, string> MeasureAliases { get; }

    /// <summary>Measure-aliases that count a part of the quantity their measure names ("bodies" recovered are some of the "deaths"; lexicon
    /// kind <c>part-alias</c>): a figure under one that is larger than the figures under its measure disputes them.</summary>
    public FrozenSet<string> PartAliases { get; }

    /// <summary>Measures of people in a state before what befell them ("trapped", "missing"): a relative clause that names one says
    /// who the people were, and the main clause's verb names what is counted ("13 miners who had been trapped were killed").</summary>
    public FrozenSet<string> PriorStateMeasures { get; }

    /// <summary>Counted nouns (singular) whose amounts make no claim ("time" in "three times the estimate").</summary>
    public FrozenSet<string> NotClaimNouns { get; }

    /// <summary>Counted nouns (singular) for the fixed units a whole is divided into ("county", "seat"): such a whole named after a part
    /// of it ("20 of the 47 counties") is the size of the whole, not another count of what the part counts.</summary>
    public FrozenSet<string> FixedSetNouns { get; }

    /// <summary>Nouns for a whole that has a size in fixed units ("chamber", "assembly", "republic"): a hyphened count before one ("the
    /// 90-seat chamber") is that whole's size, while before any other noun ("a 14-seat majority") it counts units of its own.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SizedWholeNouns { get; }

    /// <summary>Words before a counted noun that tell no kind of it apart ("other", "more", "new", "total"): "four other trucks" beside
    /// "9 army trucks" is no kind of its own; <c>kindless-modifier</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KindlessModifiers { get; }

    /// <summary>Measures of people whose count per period is a count of movements, and the measure that makes ("refugees" counted per
    /// week → "arrivals").</summary>
    public FrozenDictionary<string, string> FlowMeasures { get; }

    /// <summary>Periods a government declares or imposes and disruptions that last ("days of national mourning", "a 24-hour curfew",
    /// "the outage lasted 20 hours"), each to the measure its length is compared under.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DeclaredPeriods { get; }

    /// <summary>Nouns a declared period may modify and still name it, after a hyphened length ("a three-day mourning period").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeclaredPeriodHeads { get; }

    /// <summary>Words beside prepositions and clause breaks that end the phrase of a declared period's noun rather than a noun it
    /// modifies ("the curfew and", "the outage will").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodPhraseEnds { get; }

    /// <summary>Verbs by which a declared period named before them says how long it lasted ("the outage lasted 15 hours").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LastingVerbs { get; }

    /// <summary>Measures a candidate or a party holds ("share", "seats"), and the measure a held figure takes ("share of vote").</summary>
    public FrozenDictionary<string, string> HeldMeasures { get; }

    /// <summary>Verbs between a holder and its figure ("won", "took").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderVerbs { get; }

    /// <summary>Verbs before a holder and its figure ("gave", "credited").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderGivers { get; }

    /// <summary>Words right before a rival's name whose figure follows alone in a parenthesis ("beating", "ahead of").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderRivals { get; }

    /// <summary>Words between a figure and its holder ("for").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderAfter { get; }

    /// <summary>Nouns between a possessive holder and its figure ("victory", "share").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderNouns { get; }

    /// <summary>Words that make a figure after a held one the same holder's ("than", "compared").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderSame { get; }

    /// <summary>Words after a held figure and a comma that give the same holder's figure in another unit ("or", "that is").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderRestates { get; }

    /// <summary>Words that may stand between a holder's verb and its figure ("just").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderSkips { get; }

    /// <summary>Titles of people who speak for someone else ("spokeswoman"): "he" or "she" after their reporting verb is not them.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderProxies { get; }

    /// <summary>The plural the lexicon lists for a singular noun ("life" → "lives", "bus" → "buses"), or null.</summary>
    public string? IrregularPlural(string noun) => _plurals.TryGetValue(noun, out var irregular) ? irregular : null;

    /// <summary>The plural of a singular lower-case English noun ("family" → "families", "branch" → "branches").</summary>
    public string Plural(string noun)
    {
        if (IrregularPlural(noun) is { } irregular)
        {
            return irregular;
        }

        if (noun.Length == 0)
        {
            return noun;
        }

        if (noun.Length > 1 && noun[^1] == 'y' && !"aeiou".Contains(noun[^2], StringComparison.Ordinal))
        {
            return string.Concat(noun.AsSpan(0, noun.Length - 1), "ies");
        }

        if (noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal))
        {
            return noun + "es";
        }

        return noun + "s";
    }

    // "targeting → attack civilians", "fired → use tear gas, cannon": the measures after the class, separated by commas; a later
    // entry for the same word (a user's) replaces an earlier one, as in Map.
    private static FrozenDictionary<string, FrozenSet<string>>.AlternateLookup<ReadOnlySpan<char>> PredicateThemeSets(Lexicon lexicon)
    {
        var map = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lexicon.EntriesOf("predicate"))
        {
            var space = entry.Value.IndexOf(' ', StringComparison.Ordinal);
            map[entry.Term] = space < 0
                ? FrozenSet<string>.Empty
                : entry.Value[(space + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The <c>venue-noun</c> value of a noun read only in a site's name, never as a venue's head after "at".</summary>
    private const string SiteOnly = "site";

    /// <summary>The <c>venue-noun</c> value of a noun read only as a venue's head after "at", never in a site's name.</summary>
    private const string VenueOnly = "venue";

    // The venue-noun rows read in a site's name (all but those valued "venue"), capitalised as a name writes them ("Stadium"), and the
    // rows of facility-noun, their older name.
    private static FrozenSet<string> SiteNounsOf(Lexicon lexicon) =>
        lexicon.EntriesOf("venue-noun").Where(e => e.Value != VenueOnly).Select(e => e.Term)
            .Select(term => string.Concat(term[..1].ToUpperInvariant(), term[1..]))
            .Concat(lexicon.EntriesOf("facility-noun").Select(e => e.Term))
            .ToFrozenSet(StringComparer.Ordinal);

    // The place-body phrases with their value read ("town crowd"), and the rows of local-body, its older name for a crowd's body.
    private static FrozenDictionary<string, PlaceBody>.AlternateLookup<ReadOnlySpan<char>> PlaceBodiesOf(Lexicon lexicon)
    {
        var map = new Dictionary<string, PlaceBody>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lexicon.EntriesOf("place-body"))
        {
            map[entry.Term] = PlaceBody.Parse(entry.Value);
        }

        foreach (var entry in lexicon.EntriesOf("local-body"))
        {
            map[entry.Term] = map.TryGetValue(entry.Term, out var body) ? body with { CountsCrowd = true } : new PlaceBody(null, CountsCrowd: true);
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The workforce-measures no person-noun's measure-noun entry names (jobs, not workers or employees): a count of them is of posts,
    // not of people something befell, even where an outcome names it ("4,000 staff were laid off" counts jobs), so it is no outcome
    // measure and keeps the place and parts a count of things has ("3,300 jobs in Lindenport").
    private static IEnumerable<string> PeoplelessWorkforceMeasures(Lexicon lexicon)
    {
        var people = lexicon.EntriesOf("person-noun").Select(e => e.Term).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ofPeople = lexicon.EntriesOf("measure-noun").Where(e => people.Contains(e.Term)).Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        return lexicon.EntriesOf("workforce-measure").Select(e => e.Term).Where(m => !ofPeople.Contains(m));
    }

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Map(Lexicon lexicon, string kind, Func<string, string>? read = null)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lexicon.EntriesOf(kind))
        {
            map[entry.Term] = read is null ? entry.Value : read(entry.Value);
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The terms of one kind whose value is `value` ("part-cue" entries valued "before").
    // The most words and characters of any of the phrases (words joined with single spaces).
    private static (int Words, int Length) Longest(FrozenSet<string> phrases) =>
        phrases.Select(c => (Words: c.Split(' ').Length, c.Length)).DefaultIfEmpty().Aggregate((a, b) => (Math.Max(a.Words, b.Words), Math.Max(a.Length, b.Length)));

    private static FrozenSet<string> TermsWithValue(Lexicon lexicon, string kind, string value) =>
        lexicon.EntriesOf(kind).Where(e => e.Value == value).Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TermsWithValueIgnoringCase(Lexicon lexicon, string kind, string value) =>
        lexicon.EntriesOf(kind).Where(e => e.Value == value).Select(e => e.Term).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // The word counts of the outcomes of several words, by their first word, longest first.
    private static FrozenDictionary<string, ImmutableArray<int>>.AlternateLookup<ReadOnlySpan<char>> OutcomePhraseLengthsByFirstWord(Lexicon lexicon) =>
        lexicon.EntriesOf("outcome")
            .Select(e => e.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 1)
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(words => words.Length).Distinct().OrderDescending().ToImmutableArray(),
                StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(Lexicon lexicon, string kind) =>
        lexicon.EntriesOf(kind).Select(e => e.Term).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
