using System.Collections.Frozen;

namespace ClaimCheck.Attribution;

/// <summary>Reporting verbs, titles and organisation words (general English).</summary>
internal static class ReportingLexicon
{
    public static readonly FrozenDictionary<string, ReportingStance> Verbs = new Dictionary<string, ReportingStance>(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = ReportingStance.Asserts, ["says"] = ReportingStance.Asserts, ["say"] = ReportingStance.Asserts,
        ["told"] = ReportingStance.Asserts, ["tells"] = ReportingStance.Asserts, ["stated"] = ReportingStance.Asserts,
        ["states"] = ReportingStance.Asserts, ["added"] = ReportingStance.Asserts, ["adds"] = ReportingStance.Asserts,
        ["noted"] = ReportingStance.Asserts, ["notes"] = ReportingStance.Asserts, ["revealed"] = ReportingStance.Asserts,
        ["reveals"] = ReportingStance.Asserts, ["reported"] = ReportingStance.Asserts, ["reports"] = ReportingStance.Asserts,
        ["announced"] = ReportingStance.Asserts, ["announces"] = ReportingStance.Asserts, ["confirmed"] = ReportingStance.Asserts,
        ["confirms"] = ReportingStance.Asserts, ["claimed"] = ReportingStance.Asserts, ["claims"] = ReportingStance.Asserts,
        ["asserted"] = ReportingStance.Asserts, ["asserts"] = ReportingStance.Asserts, ["insisted"] = ReportingStance.Asserts,
        ["insists"] = ReportingStance.Asserts, ["stressed"] = ReportingStance.Asserts, ["emphasized"] = ReportingStance.Asserts,
        ["emphasised"] = ReportingStance.Asserts, ["remarked"] = ReportingStance.Asserts, ["wrote"] = ReportingStance.Asserts,
        ["writes"] = ReportingStance.Asserts, ["declared"] = ReportingStance.Asserts, ["explained"] = ReportingStance.Asserts,
        ["indicated"] = ReportingStance.Asserts, ["informed"] = ReportingStance.Asserts, ["warned"] = ReportingStance.Asserts,
        ["warns"] = ReportingStance.Asserts, ["acknowledged"] = ReportingStance.Asserts, ["acknowledges"] = ReportingStance.Asserts,
        ["continued"] = ReportingStance.Asserts, ["argued"] = ReportingStance.Asserts, ["alleged"] = ReportingStance.Asserts,
        ["alleges"] = ReportingStance.Asserts, ["testified"] = ReportingStance.Asserts, ["admitted"] = ReportingStance.Asserts,
        ["disclosed"] = ReportingStance.Asserts, ["replied"] = ReportingStance.Asserts, ["responded"] = ReportingStance.Asserts,
        ["posted"] = ReportingStance.Asserts, ["expressed"] = ReportingStance.Asserts, ["accused"] = ReportingStance.Asserts, ["tweeted"] = ReportingStance.Asserts, ["suggested"] = ReportingStance.Asserts,
        ["estimated"] = ReportingStance.Estimates, ["estimates"] = ReportingStance.Estimates, ["estimate"] = ReportingStance.Estimates,
        ["believes"] = ReportingStance.Estimates, ["believed"] = ReportingStance.Estimates, ["believe"] = ReportingStance.Estimates,
        ["assessed"] = ReportingStance.Estimates, ["assesses"] = ReportingStance.Estimates, ["thinks"] = ReportingStance.Estimates,
        ["expects"] = ReportingStance.Expects, ["expected"] = ReportingStance.Expects, ["expect"] = ReportingStance.Expects,
        ["predicted"] = ReportingStance.Expects, ["predicts"] = ReportingStance.Expects, ["forecast"] = ReportingStance.Expects,
        ["forecasts"] = ReportingStance.Expects, ["projected"] = ReportingStance.Expects,
        ["denied"] = ReportingStance.Denies, ["denies"] = ReportingStance.Denies, ["deny"] = ReportingStance.Denies,
        ["rejected"] = ReportingStance.Denies, ["rejects"] = ReportingStance.Denies, ["dismissed"] = ReportingStance.Denies,
        ["dismisses"] = ReportingStance.Denies, ["refuted"] = ReportingStance.Denies, ["refutes"] = ReportingStance.Denies,
        ["disputed"] = ReportingStance.Denies, ["disputes"] = ReportingStance.Denies, ["rebuffed"] = ReportingStance.Denies,
        ["declined"] = ReportingStance.NonCommittal, ["refused"] = ReportingStance.NonCommittal,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "secretary", "president", "minister", "spokesperson", "spokesman", "spokeswoman", "director", "chief", "head", "general",
        "ambassador", "chancellor", "lawmaker", "congressman", "congresswoman", "representative", "representatives", "commander",
        "official", "officials", "senator", "governor", "mayor", "leader", "premier", "deputy", "communications", "press",
        "secretary-general", "analyst", "analysts", "expert", "experts", "boss", "envoy", "diplomat", "diplomats", "adviser",
        "advisor", "prosecutor", "judge", "chairman", "chairwoman", "chair", "ceo", "founder", "economist", "researcher",
        "professor", "dr", "colonel", "lieutenant", "major", "captain", "admiral", "sergeant", "mp", "deputy", "vice",
        "prime", "foreign", "defense", "defence", "treasury", "finance", "interior", "health", "state", "national", "security",
        "intelligence", "military", "retired", "former", "acting", "senior", "top", "spy", "army", "navy", "lt", "gen",
        "king", "queen", "prince", "pope", "sheikh", "emir", "councillor", "councilor", "commissioner", "inspector", "officer",
        "manager", "executive", "coach", "fire", "captain", "member", "activist", "witness", "resident", "residents", "doctor", "nurse");

    public static readonly FrozenSet<string> OrganizationWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "council", "ministry", "service", "agency", "office", "department", "government", "intelligence", "army", "forces",
        "party", "bank", "union", "commission", "committee", "institute", "university", "court", "parliament", "congress",
        "senate", "assembly", "administration", "directorate", "federation", "organization", "organisation", "fund", "alliance",
        "command", "police", "guard", "media", "news", "times", "post", "press", "kremlin", "pentagon", "cabinet", "authority",
        "authorities", "board", "bureau", "centre", "center", "corporation", "company", "group", "association", "foundation",
        "network", "channel", "newspaper", "treasury", "hospital", "airline", "firm", "daily", "tribune", "herald", "journal", "reuters", "agence", "tass", "efe", "afp",
        "ap", "bbc", "cnn", "staff", "headquarters", "embassy", "mission", "delegation", "secretariat", "summit", "state");

    /// <summary>Words skipped when walking left from a reporting verb to its subject ("Moscow <b>on Wednesday</b> declined").</summary>
    public static readonly FrozenSet<string> SkippableBeforeVerb = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "is", "was", "were", "are", "also", "previously", "earlier", "again", "further", "repeatedly",
        "reportedly", "separately", "publicly", "officially", "later", "then", "today", "yesterday", "on", "last", "this",
        "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "already",
        "once", "first", "initially", "subsequently", "finally", "now", "himself", "herself", "itself", "themselves", "late",
        "early", "all", "both", "too", "not", "never", "flatly", "strongly", "quickly", "immediately", "still");

    /// <summary>Words that end a subject noun phrase when walking left ("<b>while</b> the NIS estimated").</summary>
    public static readonly FrozenSet<string> SubjectStops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "while", "and", "but", "when", "which", "who", "because", "as", "if", "after", "before", "since", "although",
        "though", "where", "so", "then", "than", "whereas", "meanwhile", "however", "also", "to", "with", "by", "in", "at",
        "from", "into", "about", "said", "says", "told", "it", "this", "these", "those");

    public static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "they", "it", "we", "i");
}
