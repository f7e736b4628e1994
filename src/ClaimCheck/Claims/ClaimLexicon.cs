using System.Collections.Frozen;

namespace ClaimCheck.Claims;

/// <summary>Normalises counted nouns into measures and recognises predicates and cues (general English).</summary>
internal static class ClaimLexicon
{
    /// <summary>Counted nouns (singular) that name the same measure.</summary>
    public static readonly FrozenDictionary<string, string> MeasureSynonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["troop"] = "troops", ["soldier"] = "troops", ["force"] = "troops", ["personnel"] = "troops", ["serviceman"] = "troops",
        ["servicemen"] = "troops", ["servicemember"] = "troops", ["fighter"] = "troops", ["mercenary"] = "troops", ["unit"] = "troops",
        ["death"] = "deaths", ["fatality"] = "deaths", ["body"] = "deaths", ["dead"] = "deaths", ["killed"] = "deaths",
        ["casualty"] = "casualties", ["injury"] = "injuries", ["wounded"] = "injuries", ["injured"] = "injuries",
        ["person"] = "people", ["individual"] = "people", ["protester"] = "protesters", ["demonstrator"] = "protesters",
        ["refugee"] = "refugees", ["migrant"] = "migrants", ["asylum-seeker"] = "refugees",
        ["weapon"] = "weapons", ["weaponry"] = "weapons", ["arm"] = "weapons", ["munition"] = "weapons", ["ammunition"] = "weapons",
        ["vote"] = "votes", ["ballot"] = "votes", ["job"] = "jobs", ["employee"] = "employees", ["worker"] = "workers",
        ["staff"] = "employees", ["home"] = "homes", ["house"] = "homes", ["case"] = "cases", ["infection"] = "cases",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> IrregularPlurals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["person"] = "people", ["man"] = "men", ["woman"] = "women", ["child"] = "children", ["foot"] = "feet", ["tooth"] = "teeth",
        ["mouse"] = "mice", ["goose"] = "geese", ["crisis"] = "crises", ["analysis"] = "analyses", ["life"] = "lives",
        ["wife"] = "wives", ["knife"] = "knives", ["half"] = "halves", ["thief"] = "thieves",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Uncountable = FrozenSet.Create(StringComparer.Ordinal,
        "aircraft", "police", "staff", "personnel", "cattle", "sheep", "fish", "series", "species", "news", "data", "media",
        "equipment", "livestock", "offspring", "deer");

    /// <summary>The plural of a singular lower-case English noun ("family" → "families", "branch" → "branches").</summary>
    public static string Plural(string noun)
    {
        if (IrregularPlurals.TryGetValue(noun, out var irregular))
        {
            return irregular;
        }

        if (Uncountable.Contains(noun) || noun.Length == 0)
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

    /// <summary>Counted nouns for people, whose outcome verb can name the measure ("32 miners died").</summary>
    public static readonly FrozenSet<string> PersonNouns = FrozenSet.Create(StringComparer.Ordinal,
        "person", "people", "miner", "worker", "passenger", "civilian", "child", "student", "resident", "villager", "pilgrim",
        "migrant", "refugee", "fan", "spectator", "tourist", "patient", "prisoner", "inmate", "crew", "crewmember", "sailor",
        "fisherman", "fishermen", "man", "woman", "adult", "teenager", "infant", "baby", "victim", "protester", "demonstrator",
        "firefighter", "rescuer", "employee", "staff", "officer", "police", "journalist", "driver", "climber", "hiker", "swimmer");

    /// <summary>Verbs and adjectives that say what happened to people counted, with the measure they make.</summary>
    public static readonly FrozenDictionary<string, string> Outcomes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = "deaths", ["died"] = "deaths", ["dead"] = "deaths", ["perished"] = "deaths", ["drowned"] = "deaths",
        ["die"] = "deaths", ["dying"] = "deaths",
        ["injured"] = "injuries", ["wounded"] = "injuries", ["hurt"] = "injuries", ["hospitalised"] = "injuries", ["hospitalized"] = "injuries",
        ["missing"] = "missing", ["unaccounted"] = "missing",
        ["rescued"] = "rescued", ["saved"] = "rescued",
        ["arrested"] = "arrests", ["detained"] = "arrests",
        ["evacuated"] = "evacuees", ["displaced"] = "displaced",
        ["marched"] = "participants", ["rallied"] = "participants", ["protested"] = "participants", ["attended"] = "participants",
        ["gathered"] = "participants", ["demonstrated"] = "participants", ["joined"] = "participants", ["took"] = "participants",
        ["turned"] = "participants",
        ["vaccinated"] = "vaccinated", ["immunised"] = "vaccinated", ["immunized"] = "vaccinated", ["treated"] = "treated",
        ["infected"] = "infections", ["sickened"] = "infections",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a percentage is often a share of, named before it ("turnout was 78.5%", "inflation rose to 3%").</summary>
    public static readonly FrozenSet<string> PercentageMeasures = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "turnout", "inflation", "unemployment", "growth", "approval", "support", "poverty", "literacy", "vaccination",
        "occupancy", "participation", "attendance", "tariff", "tariffs", "vat", "rate", "share", "margin", "majority");

    /// <summary>Measures about what happened to people: their subject may come from the place or the document's country.</summary>
    public static readonly FrozenSet<string> OutcomeMeasures = FrozenSet.Create(StringComparer.Ordinal,
        "deaths", "injuries", "missing", "rescued", "arrests", "evacuees", "displaced", "casualties", "participants", "vaccinated",
        "treated", "infections",
        "turnout", "inflation", "unemployment", "growth", "approval", "support", "poverty", "literacy", "vaccination",
        "occupancy", "participation", "attendance");

    /// <summary>Nouns after an amount of money that say what the money is.</summary>
    public static readonly FrozenDictionary<string, string> MoneyMeasures = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["loan"] = "loan", ["loans"] = "loan", ["lending"] = "loan", ["credit"] = "loan", ["credits"] = "loan",
        ["aid"] = "aid", ["assistance"] = "aid", ["package"] = "aid", ["support"] = "aid", ["grant"] = "aid", ["grants"] = "aid",
        ["investment"] = "investment", ["investments"] = "investment", ["asset"] = "assets", ["assets"] = "assets",
        ["income"] = "income", ["revenue"] = "income", ["revenues"] = "income", ["interest"] = "income", ["profit"] = "profit",
        ["profits"] = "profit", ["budget"] = "budget", ["funding"] = "funding", ["funds"] = "funding", ["fund"] = "funding",
        ["debt"] = "debt", ["deficit"] = "deficit", ["spending"] = "spending", ["cost"] = "cost", ["costs"] = "cost",
        ["damage"] = "damage", ["damages"] = "damage", ["deal"] = "deal", ["contract"] = "contract", ["sales"] = "sales",
        ["salary"] = "salary", ["fine"] = "fine", ["bonus"] = "bonus", ["commitment"] = "commitment", ["pledge"] = "commitment",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Predicates (verbs and their nouns) with the proposition class they express.</summary>
    public static readonly FrozenDictionary<string, string> Predicates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["send"] = "deploy", ["sends"] = "deploy", ["sent"] = "deploy", ["sending"] = "deploy", ["deploy"] = "deploy",
        ["deploys"] = "deploy", ["deployed"] = "deploy", ["deploying"] = "deploy", ["deployment"] = "deploy", ["dispatch"] = "deploy",
        ["dispatched"] = "deploy", ["dispatching"] = "deploy", ["transfer"] = "deploy", ["transferred"] = "deploy",
        ["transferring"] = "deploy", ["station"] = "deploy", ["stationed"] = "deploy", ["arrive"] = "deploy", ["arrived"] = "deploy",
        ["arriving"] = "deploy", ["presence"] = "deploy", ["present"] = "deploy",
        ["supply"] = "supply", ["supplies"] = "supply", ["supplied"] = "supply", ["supplying"] = "supply", ["provide"] = "supply",
        ["provided"] = "supply", ["providing"] = "supply", ["deliver"] = "supply", ["delivered"] = "supply", ["delivering"] = "supply",
        ["arming"] = "supply", ["armed"] = "supply",
        ["fight"] = "combat", ["fighting"] = "combat", ["fought"] = "combat", ["engaged"] = "combat",
        ["participate"] = "combat", ["participating"] = "combat",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Theme nouns for propositions, with their measure.</summary>
    public static readonly FrozenDictionary<string, string> Themes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["troops"] = "troops", ["troop"] = "troops", ["soldiers"] = "troops", ["soldier"] = "troops", ["forces"] = "troops",
        ["personnel"] = "troops", ["units"] = "troops", ["servicemen"] = "troops", ["fighters"] = "troops", ["mercenaries"] = "troops",
        ["weapons"] = "weapons", ["weaponry"] = "weapons", ["arms"] = "weapons", ["ammunition"] = "weapons", ["missiles"] = "weapons",
        ["shells"] = "weapons", ["drones"] = "weapons",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that name an event happening, with the event's class (verbs and nominalisations).</summary>
    public static readonly FrozenDictionary<string, string> EventPredicates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["sank"] = "sink", ["sunk"] = "sink", ["sinking"] = "sink", ["capsized"] = "capsize", ["capsizing"] = "capsize",
        ["began"] = "begin", ["begun"] = "begin", ["started"] = "begin", ["met"] = "meet", ["talks"] = "meet", ["summit"] = "meet",
        ["collapsed"] = "collapse", ["crashed"] = "crash", ["crash"] = "crash", ["exploded"] = "explode", ["explosion"] = "explode",
        ["struck"] = "strike", ["signed"] = "sign", ["erupted"] = "erupt", ["derailed"] = "derail", ["derailment"] = "derail",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for the thing an event happens to, normalised ("ferry", "ship", "boat" → "vessel").</summary>
    public static readonly FrozenDictionary<string, string> EventAnchors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["ceasefire"] = "ceasefire", ["truce"] = "ceasefire", ["armistice"] = "ceasefire", ["talks"] = "talks", ["meeting"] = "talks",
        ["summit"] = "talks", ["negotiations"] = "talks", ["ferry"] = "vessel", ["ship"] = "vessel", ["boat"] = "vessel",
        ["vessel"] = "vessel", ["tanker"] = "vessel", ["plane"] = "aircraft", ["aircraft"] = "aircraft", ["jet"] = "aircraft",
        ["helicopter"] = "aircraft", ["train"] = "train", ["bridge"] = "bridge", ["building"] = "building", ["mine"] = "mine",
        ["dam"] = "dam", ["earthquake"] = "earthquake", ["quake"] = "earthquake", ["volcano"] = "volcano", ["strike"] = "strike",
        ["deal"] = "deal", ["agreement"] = "deal", ["treaty"] = "deal", ["accord"] = "deal",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns by which a sentence refers back to an earlier proposition ("declined to confirm or deny <b>the reports</b>").</summary>
    public static readonly FrozenSet<string> ReferringNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "reports", "report", "allegations", "allegation", "claims", "claim", "rumors", "rumours", "rumor", "rumour",
        "information", "accusations", "accusation", "suggestions", "speculation");

    public static readonly FrozenSet<string> PlanCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "intends", "intend", "intended", "plans", "plan", "planned", "planning", "aims", "aim", "aimed", "wants", "want", "wanted",
        "agreed", "decided", "pledged", "promised", "committed", "seeks", "sought", "hopes", "proposed", "proposes", "vowed",
        "vows", "prepared", "preparing", "set", "supposed", "schedule", "scheduled", "intention", "intentions", "ready");

    public static readonly FrozenSet<string> ForecastCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "expect", "expects", "expected", "likely", "could", "may", "might", "forecast", "forecasts", "predicted", "predicts",
        "projected", "will", "would", "shall", "soon", "tomorrow", "anticipated", "anticipates", "probably", "possible", "possibly");

    public static readonly FrozenSet<string> EstimateCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "estimated", "estimate", "estimates", "believed", "believe", "believes", "thought", "assessed", "assesses", "reportedly");

    public static readonly FrozenSet<string> NegationCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "never", "no", "none", "neither", "nor", "without");

    public static readonly FrozenSet<string> DenialMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "groundless", "baseless", "unfounded", "fabricated", "fabrication", "false", "fake", "untrue", "lies", "lie", "rumor",
        "rumors", "rumour", "rumours", "denial", "denials", "hoax");

    /// <summary>Words that end a clause for the purpose of cue scope.</summary>
    public static readonly FrozenSet<string> ClauseBreaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ";", ":", "—", "–", "while", "whereas", "although", "though", "but", "however", "meanwhile", "which", "who");
}
