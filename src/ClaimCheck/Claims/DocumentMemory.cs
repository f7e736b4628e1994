using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Entities.Rules;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>What the claims stage remembers while it reads one document: the claims so far, the country the document is about, whose
/// forces it last named, and its last proposition (for sentences that refer back). One per document; not thread-safe.</summary>
internal sealed class DocumentMemory(AnnotatedDocument document)
{
    public AnnotatedDocument Annotated { get; } = document;

    public Document Document { get; } = document.Document;

    /// <summary>The place the document's metadata gives (<see cref="Document.Place"/>: front matter, sidecar, JSON Lines), named
    /// as the lexicon names it when it knows it ("UK" → "United Kingdom"), else as given: the default place of the document's
    /// figures that name none, and the subject of a toll whose sentence names no place or country.</summary>
    public string? MetadataPlace { get; } = document.Document.Place is { } given
        && EntityGazetteer.For(document.Lexicon).TryResolve(given, out var entity, out _) ? entity.Name : document.Document.Place;

    public ImmutableArray<Claim>.Builder Claims { get; } = ImmutableArray.CreateBuilder<Claim>();

    /// <summary>The subject of a proposition whose agent is <paramref name="agent"/>: a body named only by a common noun ("the army
    /// said it had sent soldiers", "police denied firing") is the body of the place the document's metadata gives, else of its topic
    /// ("army (Lindenport)", the body as the lexicon names it), so that unrelated articles' armies are not one agent; any other agent,
    /// or a document whose metadata gives neither, as it is.</summary>
    public string? AgentOfStory(string? agent, ClaimWords words) =>
        agent is not null && words.AgentBodies.TryGetValue(agent, out var body) && (MetadataPlace ?? Document.Topic) is { } story ? $"{body} ({story})" : agent;

    /// <summary>The last proposition claim and the index of its sentence, for sentences that refer back to it.</summary>
    public (Claim? Claim, int Sentence) LastProposition { get; set; }

    public void Add(Claim claim) => Claims.Add(claim with { Id = $"{Document.Id}#{Claims.Count + 1}" });

    /// <summary><paramref name="claims"/> with <see cref="Claim.SubjectWithin"/> set on each figure whose subject is a body no list
    /// knows that the text names as one (an organisation of the entity layer: "Halvex Group", never a person, a place or a common
    /// word): the country the document is about (<see cref="TopicCountry"/>), when it has one and the body is not that country. It
    /// reads this document alone, so the claim's slot depends on the claim only; it cannot tell a foreign company's figures in a
    /// report about the country it trades in from the country's own company.</summary>
    public ImmutableArray<Claim> WithBodiesCountry(ImmutableArray<Claim> claims)
    {
        if (TopicCountry is not { } country)
        {
            return claims;
        }

        var gazetteer = EntityGazetteer.For(Annotated.Lexicon);
        var bodies = Annotated.GetLayer<EntityLayer>().All
            .Where(m => m.Entity.Kind == EntityKind.Organization && !gazetteer.ByName.ContainsKey(m.Entity.Name))
            .Select(m => m.Entity.Name).ToFrozenSet(StringComparer.Ordinal);
        return bodies.Count == 0 ? claims
            : [.. claims.Select(c => c is { Quantity: not null, Subject: { } subject } && subject != country && bodies.Contains(subject) ? c with { SubjectWithin = country } : c)];
    }

    /// <summary>Whether the document's claims so far count one of <paramref name="outcomeMeasures"/> ("died", "were injured"): a toll
    /// of the report's own incident. Claims are only added (a claim replaced keeps its measure and figure), so each is read once
    /// however often this is asked.</summary>
    public bool HasCountedAnOutcome(FrozenSet<string> outcomeMeasures)
    {
        for (; !_countsAnOutcome && _outcomeClaimsRead < Claims.Count; _outcomeClaimsRead++)
        {
            var claim = Claims[_outcomeClaimsRead];
            _countsAnOutcome = claim.Quantity is not null && outcomeMeasures.Contains(MeasureNames.Base(claim.Measure));
        }

        return _countsAnOutcome;
    }

    private bool _countsAnOutcome;
    private int _outcomeClaimsRead;

    /// <summary>The day the headline and lead report: the first single day they state, on or up to three days before the publication
    /// date and outside a clause opened by "after", "before" or "since", that may
    /// date an event (<see cref="TimeAnchors.MayDateTheEvent"/>: "Thousands marched across Vorland on Thursday"; not "Sunday's
    /// front pages"), a day of a report only when its sentence dates nothing else; or null. The day of the event counts the text
    /// does not date.</summary>
    public TimeScope? LeadDay
    {
        get
        {
            if (!_leadDayRead)
            {
                _leadDay = LeadDayOf(Annotated);
                _leadDayRead = true;
            }

            return _leadDay;
        }
    }

    private TimeScope? _leadDay;
    private bool _leadDayRead;

    /// <summary>How many days before publication the lead's day may lie: a gathering is reported within a few days; an older date
    /// in the lead dates what led to it ("protests erupted after the election on 22 February").</summary>
    private const int LeadDayMaxDays = 3;

    private static TimeScope? LeadDayOf(AnnotatedDocument document)
    {
        for (var i = 0; i < Math.Min(LeadSentences, document.Sentences.Length); i++)
        {
            var sentence = new SentenceView(document, i);
            TimeScope? reported = null;
            foreach (var time in sentence.Times)
            {
                if (time is { Kind: TimeExpressionKind.Date, Scope: { Start: { } start, End: { } end } scope } && start == end
                    && document.Document.Published is { } published && start <= published && start.DayNumber >= published.DayNumber - LeadDayMaxDays
                    && TimeAnchors.MayDateTheEvent(sentence, time) && !TimeAnchors.InTimeClause(sentence, time))
                {
                    // "the government said this Thursday that the strike held this Wednesday …": the day of a report is the event's
                    // only when the sentence dates nothing else ("2 million rallied on Friday, the union said").
                    if (!TimeAnchors.IsReportDate(sentence, time))
                    {
                        return scope;
                    }

                    reported ??= scope;
                }
            }

            if (reported is not null)
            {
                return reported;
            }
        }

        return null;
    }

    /// <summary>The last figure of <paramref name="measure"/> that the sentence before <paramref name="sentence"/> gave for a named
    /// place, if any: what a bare figure after it ("the organisers put the number at 300,000") gives another count of.</summary>
    public Claim? PlacedFigureOfSentenceBefore(int sentence, string measure)
    {
        if (sentence == 0)
        {
            return null;
        }

        var before = Annotated.Sentences[sentence - 1].Span;
        var current = Annotated.Sentences[sentence].Span;
        for (var i = Claims.Count - 1; i >= 0 && (Claims[i].Span == before || Claims[i].Span == current); i--)
        {
            if (Claims[i].Span == before && Claims[i] is { Quantity: not null, Place: not null } claim && claim.Measure == measure && claim.Place != MetadataPlace)
            {
                return claim;
            }
        }

        return null;
    }

    // Counted once per document: TopicCountry, LeadCountries and TopicSubject's fallback read the same count of the countries named.
    private readonly (string? Topic, FrozenSet<string> Lead) countries = CountriesOf(document);

    /// <summary>The companies only the text's cues make ones (<see cref="Entities.Rules.CompanyRule"/>: "the lender Halvex"): another
    /// report of the same story may give no such cue and read the same figures under the country, so such a company is never what
    /// the report is about (<see cref="TopicSubject"/>) and is a figure's subject only where nothing else is.</summary>
    public FrozenSet<string> CuedCompanies => cuedCompaniesLeadSubjectAndPublicBody.CuedCompanies;

    // The companies cued anywhere in the document, and the subject its headline and lead name and whether it is a public body (read
    // together: the lead's subject leaves the cued companies out).
    private readonly (FrozenSet<string> CuedCompanies, string? Subject, bool IsPublicBody) cuedCompaniesLeadSubjectAndPublicBody = CuedCompaniesLeadSubjectAndPublicBodyOf(document);

    /// <summary>The country the document is about: the one it names most often, counting the headline and lead (its first
    /// <see cref="LeadSentences"/> sentences) thrice and leaving out the side that attacked ("a Russian airstrike"); ties go to the
    /// first named. The default subject of counts of people whose
    /// sentence names no place ("32 miners died" in a report about Zambia).</summary>
    public string? TopicCountry => countries.Topic;

    /// <summary>The countries the headline and lead name outside the words of a source, counted as <see cref="TopicCountry"/> is:
    /// the sides of the event ("clashes between Vorland and Lindenport"), not a body abroad that only speaks ("the US Geological
    /// Survey said"). A state body of one of them that gives a toll its sentence places nowhere speaks of its own side's dead
    /// ("Lindenport's foreign ministry said 35 people died").</summary>
    public FrozenSet<string> LeadCountries => countries.Lead;

    /// <summary>The place the document names most, counted as <see cref="TopicCountry"/> is, among the places that stand for no country
    /// (a district or town no list knows and the text does not place in a country): the default subject of counts of people when
    /// the document names no country ("the toll rose to 222" in a report about a district the lists do not know).</summary>
    public string? TopicPlace { get; } = TopicOf(document, EntityKind.Place);

    /// <summary>Who or what the document is about: the place or body its headline and lead name most (ties: the first named), else
    /// the country it names most. The default subject of a figure whose sentence names none ("the fee was €80 million" in a report
    /// about one club). A public body of a country that the lead names most ("the Disaster Management Department said …") speaks
    /// for its country: the country the document names most is then the subject, as another outlet that names no body gives it.</summary>
    public string? TopicSubject => cuedCompaniesLeadSubjectAndPublicBody.IsPublicBody
        ? countries.Topic ?? cuedCompaniesLeadSubjectAndPublicBody.Subject
        : cuedCompaniesLeadSubjectAndPublicBody.Subject ?? countries.Topic;

    /// <summary>In a document that names no place at all, the organisation it is about: a capitalised word of its headline that recurs,
    /// capitalised and never lowercase, in its text. The subject of a sum of money whose sentence and document name no other, so that
    /// two outlets' reports about one company compare its sums ("a fine of $40 million" in a report about one bank).</summary>
    public string? TopicOrganisation => topicOrganisation.Value;

    // Computed on first use: most documents name a place, and their figures never reach it.
    private readonly Lazy<string?> topicOrganisation = new(() => TopicOrganisationOf(document, namesPlaces: false), LazyThreadSafetyMode.None);

    /// <summary>The organisation the document's headline names, found as <see cref="TopicOrganisation"/> is but also in a document that
    /// names places (a call centre's country, a dateline, the country of the company's customers), leaving out the words of the places
    /// it names: the subject only of a figure whose sentence names it and that would otherwise have none ("Halvex to cut 4,000 staff"
    /// in a report that also names Vorland), so that it meets the same figure another outlet gives under the company's name. It cannot
    /// tell a company from a person's surname that recurs as one ("Tarrant loses $6 billion").</summary>
    public string? HeadlineOrganisation => headlineOrganisation.Value;

    private readonly Lazy<string?> headlineOrganisation = new(() => TopicOrganisationOf(document, namesPlaces: true), LazyThreadSafetyMode.None);

    /// <summary>The person the document names in full with <paramref name="surname"/> ("Dara Kessel" for "Kessel"), or null when it
    /// names no one or several people with it (<see cref="PersonAges"/>).</summary>
    public string? FullNameOf(string surname) =>
        firstNamesBySurname.Value.TryGetValue(surname, out var firsts) && firsts.Count == 1 ? $"{firsts.First()} {surname}" : null;

    // Computed on first use: only a document with an age given after a name reads it.
    private readonly Lazy<Dictionary<string, HashSet<string>>> firstNamesBySurname = new(() => PersonAges.FirstNamesBySurname(document), LazyThreadSafetyMode.None);

    /// <summary>What the people counted in the document are, when its headline or lead names the kind of event ("march", "protest"):
    /// the measure of a count of people whose clause does not say ("organisers said 1.03 million").</summary>
    public string? TopicMeasure { get; } = TopicMeasureOf(document);

    /// <summary><see cref="TopicMeasure"/> when the headline and lead speak of a gathering only, with no toll, outcome or attack word
    /// but those naming the gathering itself ("protested", a labour "strike"; "Crowd crush kills 56", "Drone strike in Velmar" are
    /// not about how many gathered): the measure of a bare figure the text states ("police put the figure at 18,000").</summary>
    public string? GatheringMeasure
    {
        get
        {
            if (!_gatheringMeasureRead)
            {
                _gatheringMeasure = TopicMeasure is { } measure && !LeadNamesHarm(Annotated, measure) ? measure : null;
                _gatheringMeasureRead = true;
            }

            return _gatheringMeasure;
        }
    }

    private string? _gatheringMeasure;
    private bool _gatheringMeasureRead;

    /// <summary>The events the document names by their proper names ("Cyclone Orlen"), and the one it reports (<see cref="NamedEvents.Of"/>).</summary>
    public (FrozenSet<string> Names, string? Topic) Events { get; } = ClaimCheck.Claims.NamedEvents.Of(document);

    /// <summary>How many sentences from the start are the headline and lead, which say what a document is about.</summary>
    internal const int LeadSentences = 3;

    /// <summary>The country whose people or things of a measure the document last named ("North Korean soldiers" → troops from North
    /// Korea), for later bare mentions of that measure ("the troops").</summary>
    private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);

    /// <summary>The country the document last named as the origin of <paramref name="measure"/>, if any.</summary>
    public string? OriginOf(string measure) => _origins.GetValueOrDefault(measure);

    /// <summary>Remembers <paramref name="origin"/> as the country of <paramref name="measure"/> for later sentences.</summary>
    public void RememberOrigin(string measure, string origin) => _origins[measure] = origin;

    /// <summary>The body the document last named by an agent noun ("police", "the army"): whom a later bare member noun ("officers
    /// fired tear gas") acts for.</summary>
    public string? LastAgentBody { get; private set; }

    /// <summary>Remembers the last body the sentence names by an agent noun, for the sentences after it.</summary>
    public void RememberAgentBody(SentenceView s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Words.AgentNouns.TryGetValue(s.Word(i), out var agent))
            {
                LastAgentBody = agent;
            }
        }
    }

    public void RememberOrigins(SentenceView s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Words.Themes.TryGetValue(s.Word(i), out var measure) && Subjects.ThemeOrigin(s, i) is { } origin)
            {
                _origins[measure] = origin;
            }
        }
    }

    /// <summary>The country the sentence before <paramref name="sentence"/> opens with ("In Vorland, the last patient left hospital
    /// weeks ago."), which a sentence referring back with "That" or "This" ("That outbreak recorded 80 cases.") speaks of; null when
    /// the sentence before opens with no country.</summary>
    public string? OpeningCountryBefore(int sentence)
    {
        if (sentence == 0)
        {
            return null;
        }

        var tokens = Annotated.TokensOf(sentence - 1);
        if (tokens.Length < 4 || !tokens[0].Span.Slice(Annotated.Text).Equals("In", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var mention in Annotated.GetLayer<EntityLayer>().In(sentence - 1))
        {
            if (mention.FirstToken == 1 && mention.Entity.Kind == EntityKind.Country && mention.EndToken < tokens.Length
                && tokens[mention.EndToken].Span.Slice(Annotated.Text) is ",")
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    // A town the entity rules found and placed in a country ("Jeddavo, Saudi Arabia") stands for that country in its sentence, but
    // does not make the document about the country: what it is about is counted from the names the document writes.
    private static bool IsPlaceStandingForItsCountry(EntityMention mention) => !mention.IsFromLexicon && mention.Place is not null;

    // "HONOLULU (Agency) -": where the report was filed, not what it is about; "(Harbour Business Wire) -": who filed it.
    private static bool IsDateline(ReadOnlySpan<Token> tokens, string text, EntityMention mention) =>
        mention.Rule == DatelineRule.RuleName || Subjects.IsBracketedCredit(tokens, text, mention);

    // A body the entity rules found whose name holds a country ("the Armed Forces of Ukraine") counts as the country it names, as
    // the country's own mention would.
    private static string? CountryOfBody(AnnotatedDocument document, EntityMention mention) =>
        !mention.IsFromLexicon && mention.Entity.Kind == EntityKind.Organization && mention.Entity.Within is { } within
        && EntityGazetteer.For(document.Lexicon).ByName.TryGetValue(within, out var container) && container.Kind == EntityKind.Country
            ? within
            : null;

    // "Lindenport" in a report: a town the lexicon places in a country counts as a mention of that country.
    private static string? CountryOfPlace(EntityGazetteer gazetteer, EntityMention mention) =>
        mention.IsFromLexicon && mention.Entity.Kind == EntityKind.Place ? gazetteer.CountryOf(mention.Entity.Name) : null;

    // The country the document names most, counting the towns and regions the lexicon places in a country as that country's
    // mentions ("two Thai passengers" in a report whose places are all Korean); null when it names no country (its towns then give
    // the tolls their country and keep their names as the tolls' places). And the countries its lead names, from the same count of
    // the countries named.
    private static (string? Topic, FrozenSet<string> Lead) CountriesOf(AnnotatedDocument document)
    {
        var named = Mentions(document, EntityKind.Country);
        var lead = named.Where(m => m.Value.InLead).Select(m => m.Key).ToFrozenSet(StringComparer.Ordinal);
        return (named.Count == 0 ? null : TopicOf(Mentions(document, EntityKind.Country, placesAsCountries: true)), lead);
    }

    private static string? TopicOf(AnnotatedDocument document, EntityKind kind) => TopicOf(Mentions(document, kind));

    private static string? TopicOf(Dictionary<string, (int Weight, int First, bool InLead)> counts) =>
        counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value.Weight).ThenBy(c => c.Value.First).First().Key;

    // Each name of `kind` the document mentions, weighted (thrice in the lead outside a source's words), with the order of its first
    // mention and whether the lead names it outside a source's words; with `placesAsCountries`, a town or region the lexicon places in
    // a country counts as that country.
    private static Dictionary<string, (int Weight, int First, bool InLead)> Mentions(AnnotatedDocument document, EntityKind kind, bool placesAsCountries = false)
    {
        var entities = document.GetLayer<EntityLayer>();
        document.TryGetLayer<AttributionLayer>(out var attribution);
        var words = ClaimWords.For(document.Lexicon);
        var gazetteer = EntityGazetteer.For(document.Lexicon);
        var cues = EntityCues.For(document.Lexicon);
        var reporting = ReportingLexicon.For(document.Lexicon);
        var counts = new Dictionary<string, (int Weight, int First, bool InLead)>(StringComparer.Ordinal);
        var datelines = new List<string>();
        var order = 0;
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            var tokens = document.TokensOf(i);
            var quantities = document.GetLayer<QuantityLayer>().In(i);
            foreach (var mention in entities.In(i))
            {
                var name = kind != EntityKind.Country ? mention.Entity.Name
                    : CountryOfBody(document, mention) ?? (placesAsCountries ? CountryOfPlace(gazetteer, mention) : null) ?? mention.Entity.Name;
                if ((mention.Entity.Kind != kind && name == mention.Entity.Name) || IsPlaceStandingForItsCountry(mention)
                    || PartyDemonyms.NamesAnotherParty(tokens, document.Text, mention, words)
                    || Subjects.IsHearer(tokens, document.Text, mention, words))
                {
                    continue; // "in a Russian airstrike": the side that attacked is not what the report is about
                }

                if (IsDateline(tokens, document.Text, mention))
                {
                    datelines.Add(name);
                    continue;
                }

                // "45 Indians among the dead", "three Vorlander nationals", "17 were Vorlanders", "most of them Ostran", "52 were Ostrans,
                // 14 from Vorland": the victims' nationality is not where the report's event happened, nor is a firm's ("the Vorlandian
                // company Halvex") or a neighbour's ("near the Vorland border")
                if (IsCountedNationality(tokens, document.Text, quantities, reporting, mention)
                    || IsBreakdownOrigin(tokens, document.Text, quantities, reporting, mention, entities.In(i))
                    || Subjects.IsNationalityAside(tokens, document.Text, mention, words)
                    || PassingCountries.IsSetAside(tokens, document.Text, mention, cues, entities.In(i)))
                {
                    continue;
                }

                // "…, the US Geological Survey said": a country in the name of the body that speaks is not what the lead is about,
                // so there it counts as a mention in the body of the text does.
                var inLead = i < LeadSentences && !IsInSource(attribution?.In(i), tokens, mention);
                var (weight, first, wasInLead) = counts.GetValueOrDefault(name, (0, order++, false));
                counts[name] = (weight + (inLead ? 3 : 1), first, wasInLead || inLead);
            }
        }

        // "LINDENPORT (Agency) -" names where the report was filed: what the report is about only when it names no other place.
        if (counts.Count == 0)
        {
            foreach (var dateline in datelines)
            {
                counts.TryAdd(dateline, (1, order++, false));
            }
        }

        // A site ("Ostrov Stadium", "Camp Velmar") is where the event happened, not the town or area its tolls are counted in: it is
        // the topic place only when the document names no other.
        if (kind == EntityKind.Place && counts.Keys.Any(name => !IsFacility(name, words)))
        {
            foreach (var facility in counts.Keys.Where(name => IsFacility(name, words)).ToList())
            {
                counts.Remove(facility);
            }
        }

        return counts;
    }

    // "45 Indians", "17 were Vorlanders": a demonym right after a count, or after a count's "be", says who the people counted were.
    private static bool IsCountedNationality(ReadOnlySpan<Token> tokens, string text, ReadOnlySpan<QuantityMatch> quantities, ReportingLexicon reporting, EntityMention mention) =>
        mention.Form == EntityMentionForm.Demonym && mention.FirstToken > 0
        && (tokens[mention.FirstToken - 1].Kind == TokenKind.Number || CountEndsAt(quantities, mention.FirstToken)
            || IsCountsCopulaAt(tokens, text, quantities, reporting, mention.FirstToken - 1));

    /// <summary>Whether <paramref name="mention"/> is a country's name after "from" right after a count, its counted noun or its "be"
    /// ("14 from Vorland", "three women from Vorland", "52 were from Vorland") in a sentence that counts people of another country as
    /// well ("52 were Ostrans, 14 from Vorland"): a breakdown of the people counted by where they came from, which says nothing of
    /// where the report's event happened. A single counted origin ("3,100 migrants from Vorland reached Lindenport") is left to
    /// count: there the origin is often the side the report is about.</summary>
    private static bool IsBreakdownOrigin(ReadOnlySpan<Token> tokens, string text, ReadOnlySpan<QuantityMatch> quantities, ReportingLexicon reporting,
        EntityMention mention, ReadOnlySpan<EntityMention> sentence)
    {
        if (!IsCountedOrigin(tokens, text, quantities, reporting, mention))
        {
            return false;
        }

        foreach (var other in sentence)
        {
            if (other.Entity.Kind == EntityKind.Country && other.Entity.Name != mention.Entity.Name
                && (IsCountedNationality(tokens, text, quantities, reporting, other) || IsCountedOrigin(tokens, text, quantities, reporting, other)))
            {
                return true;
            }
        }

        return false;
    }

    // "14 from Vorland", "three women from Vorland", "52 were from Vorland": a country's name after "from" that ends a count's phrase.
    private static bool IsCountedOrigin(ReadOnlySpan<Token> tokens, string text, ReadOnlySpan<QuantityMatch> quantities, ReportingLexicon reporting, EntityMention mention)
    {
        var from = mention.FirstToken - 1;
        if (mention.Form != EntityMentionForm.Name || from < 1 || !tokens[from].Span.Slice(text).Equals("from", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var match in quantities)
        {
            if (match.PhraseEndToken == from)
            {
                return true;
            }
        }

        return IsCountsCopulaAt(tokens, text, quantities, reporting, from - 1);
    }

    // Whether token `index` is a form of "be" right after a count ("Of the 52 aboard, 17 were Vorlanders"), which makes the word
    // after it say who was counted.
    private static bool IsCountsCopulaAt(ReadOnlySpan<Token> tokens, string text, ReadOnlySpan<QuantityMatch> quantities, ReportingLexicon reporting, int index) =>
        index > 0 && tokens[index].Kind == TokenKind.Word && (reporting.ClassesOf(tokens[index].Span.Slice(text)) & AttributionWordClass.Auxiliary) != 0
        && CountEndsAt(quantities, index);

    // Whether a count's number ends right before token `index` ("45 Indians", "two Thai nationals").
    private static bool CountEndsAt(ReadOnlySpan<QuantityMatch> quantities, int index)
    {
        foreach (var match in quantities)
        {
            if (match.EndToken == index)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInSource(SentenceAttribution? attribution, ReadOnlySpan<Token> tokens, EntityMention mention)
    {
        if (attribution is null)
        {
            return false;
        }

        // Only a country named inside a body's proper name ("the US Geological Survey"): "Chilean officials" and "Chile's
        // government" speak for the report's own country.
        if (mention.Form != EntityMentionForm.Name || mention.EndToken < tokens.Length && tokens[mention.EndToken].Kind == TokenKind.Possessive)
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[mention.FirstToken].Span.Start, tokens[mention.EndToken - 1].Span.End);
        foreach (var cue in attribution.Cues)
        {
            if (cue.Source is { Span: { } source, Organization: { Length: > 0 } body } && char.IsUpper(body[0]) && source.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFacility(string name, ClaimWords words)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && (words.FacilityNouns.Contains(name[..space]) || words.FacilityNouns.Contains(name[(name.LastIndexOf(' ') + 1)..]));
    }

    // The document's cued companies, and the place or body the headline and lead name most (ties: the first named; a stock-market
    // index or a cued company is never what a report is about; null when they name none), with whether it is a public body of a
    // country (an organisation whose name begins or ends with a public-body head noun: "Disaster Management Department").
    private static (FrozenSet<string> CuedCompanies, string? Subject, bool IsPublicBody) CuedCompaniesLeadSubjectAndPublicBodyOf(AnnotatedDocument document)
    {
        var cuedCompanies = CuedCompaniesOf(document);
        var (subject, isPublicBody) = LeadSubjectOf(document, cuedCompanies);
        return (cuedCompanies, subject, isPublicBody);
    }

    private static FrozenSet<string> CuedCompaniesOf(AnnotatedDocument document)
    {
        var entities = document.GetLayer<EntityLayer>();
        HashSet<string>? names = null;
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            foreach (var mention in entities.In(i))
            {
                if (mention.Rule == Entities.Rules.CompanyRule.RuleName)
                {
                    (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Entity.Name);
                }
            }
        }

        return names is null ? FrozenSet<string>.Empty : names.ToFrozenSet(StringComparer.Ordinal);
    }

    private static (string? Subject, bool IsPublicBody) LeadSubjectOf(AnnotatedDocument document, FrozenSet<string> cuedCompanies)
    {
        var entities = document.GetLayer<EntityLayer>();
        var words = ClaimWords.For(document.Lexicon);
        var marketIndexes = EntityGazetteer.For(document.Lexicon).MarketIndexes;
        var counts = new Dictionary<string, (int Weight, int First, bool IsPublicBody)>(StringComparer.Ordinal);
        var order = 0;
        for (var i = 0; i < Math.Min(LeadSentences, document.Sentences.Length); i++)
        {
            var tokens = document.TokensOf(i);
            foreach (var mention in entities.In(i))
            {
                if (IsPlaceStandingForItsCountry(mention) || IsDateline(tokens, document.Text, mention) || Subjects.IsHearer(tokens, document.Text, mention, words)
                    || marketIndexes.Contains(mention.Entity.Name) || cuedCompanies.Contains(mention.Entity.Name))
                {
                    continue;
                }

                var country = CountryOfBody(document, mention);
                var name = country ?? mention.Entity.Name;
                var (weight, first, _) = counts.GetValueOrDefault(name, (0, order++, false));
                counts[name] = (weight + 1, first, country is null && mention.Entity.Kind == EntityKind.Organization && Subjects.HasPublicBodyHead(words, name));
            }
        }

        if (counts.Count == 0)
        {
            return (null, false);
        }

        var lead = counts.OrderByDescending(c => c.Value.Weight).ThenBy(c => c.Value.First).First();
        return (lead.Key, lead.Value.IsPublicBody);
    }

    // The organisation a report that names no place is about: a capitalised word of its headline that recurs, capitalised, in at
    // least MinTopicNameSentences of its sentences and never lowercase ("Brightwell fined $40 million; … Brightwell said …"), so
    // that two outlets' reports about one company compare its sums; a sentence-initial common word ("More", "Over") also occurs
    // lowercase, a title-case headline's words ("Cyber Attack Hits") too. Null when the document names a country or place, whose
    // counts are that place's, when its metadata gives a place, or when no headline word recurs so; ties go to the first in the
    // headline. With namesPlaces, a document that names places is read too, and the words of its place names are never the
    // organisation.
    private static string? TopicOrganisationOf(AnnotatedDocument document, bool namesPlaces)
    {
        if (document.Document.Place is not null || document.Sentences.Length == 0)
        {
            return null;
        }

        var entities = document.GetLayer<EntityLayer>();
        var sentences = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowercase = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            var tokens = document.TokensOf(i);
            foreach (var mention in entities.In(i))
            {
                if (mention.Entity.Kind is EntityKind.Country or EntityKind.Place)
                {
                    if (!namesPlaces)
                    {
                        return null;
                    }

                    // A place's words are never the organisation: left out as a lowercase word is.
                    for (var t = mention.FirstToken; t < mention.EndToken; t++)
                    {
                        lowercase.Add(tokens[t].Span.Slice(document.Text).ToString());
                    }
                }
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in tokens)
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                var word = token.Span.Slice(document.Text).ToString();
                if (!char.IsUpper(word[0]))
                {
                    lowercase.Add(word);
                }
                else if (seen.Add(word))
                {
                    sentences[word] = sentences.GetValueOrDefault(word) + 1;
                }
            }
        }

        string? topic = null;
        foreach (var token in document.TokensOf(0))
        {
            var word = token.Span.Slice(document.Text).ToString();
            if (token.Kind == TokenKind.Word && word.Length > 1 && char.IsUpper(word[0]) && IsCompanyNameWord(word) && !lowercase.Contains(word)
                && sentences[word] >= MinTopicNameSentences && (topic is null || sentences[word] > sentences[topic]))
            {
                topic = word;
            }
        }

        return topic;
    }

    private const int MinTopicNameSentences = 3;

    // Whether a capitalised word can be a company's one-word name: letters, joined by an ampersand or a hyphen as the tokenizer keeps
    // them in one word ("Halvex", "B&Q", "Co-op"); a word with digits ("G7", "5G", "Covid-19") is no such name.
    private static bool IsCompanyNameWord(string word) => word.All(c => char.IsLetter(c) || c is '&' or '-');

    // A word that names the gathering itself is no harm: "protested" (what befell the participants is that they protested) or a
    // labour "strike" ("General strike paralyses Lindenport"); a word that also names an attack stays harm after a name or demonym
    // ("Israeli strike on school", "Vorland strike kills 5").
    private static bool LeadNamesHarm(AnnotatedDocument document, string gathering)
    {
        var words = ClaimWords.For(document.Lexicon);
        for (var i = 0; i < Math.Min(LeadSentences, document.Sentences.Length); i++)
        {
            var sentence = new SentenceView(document, i);
            for (var t = 0; t < sentence.Tokens.Count; t++)
            {
                var word = sentence.Word(t);
                if ((words.Outcomes.TryGetValue(word, out var befell) && befell == gathering)
                    || (words.TopicEvents.TryGetValue(word, out var names) && names == gathering
                        && !(words.AttackNouns.Contains(word) && sentence.EntityEndingAt(t) is not null)))
                {
                    continue;
                }

                if (words.Outcomes.ContainsKey(word) || words.TollNouns.ContainsKey(word) || words.AttackNouns.Contains(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? TopicMeasureOf(AnnotatedDocument document)
    {
        var words = ClaimWords.For(document.Lexicon);
        for (var i = 0; i < Math.Min(LeadSentences, document.Sentences.Length); i++)
        {
            var tokens = document.TokensOf(i);
            for (var t = 0; t < tokens.Length; t++)
            {
                // "the UN refugee agency said" names a body, not what the report is about.
                if (words.TopicEvents.TryGetValue(tokens[t].Span.Slice(document.Text), out var measure)
                    && (t + 1 == tokens.Length || !words.TopicEventBodies.Contains(tokens[t + 1].Span.Slice(document.Text))))
                {
                    return measure;
                }
            }
        }

        return null;
    }
}
