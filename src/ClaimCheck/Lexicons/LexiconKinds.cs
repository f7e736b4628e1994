using System.Collections.Frozen;

namespace ClaimCheck.Lexicons;

/// <summary>How a kind of lexicon entry is read: whether it needs a value, whether it may name a containing place, and what a valid
/// value looks like.</summary>
/// <param name="Name">The kind as written in the first column ("place").</param>
/// <param name="Description">What an entry of this kind means, for documentation and error messages.</param>
/// <param name="Value">Whether the value column is required, optional (defaulting to the term) or not used.</param>
/// <param name="AllowsWithin">Whether the fourth column (a containing place or body) means anything for this kind.</param>
/// <param name="ValueFormat">A description of a valid value when values are restricted (ISO 4217 codes); null when any text is valid.</param>
public sealed record LexiconKindInfo(string Name, string Description, LexiconValueRule Value, bool AllowsWithin, string? ValueFormat = null);

/// <summary>Whether a kind of lexicon entry needs the value column.</summary>
public enum LexiconValueRule
{
    /// <summary>The value column must be filled.</summary>
    Required,

    /// <summary>The value may be left empty; it then defaults to the term.</summary>
    DefaultsToTerm,

    /// <summary>The value may be left empty; it then stays empty.</summary>
    Optional,
}

/// <summary>The kinds of entry a lexicon file may hold (the first column of each line).</summary>
/// <remarks>User files and the built-in data use the same kinds. Each recogniser reads the kinds it owns; a kind not listed here is an
/// error when a file is loaded, so a misspelt kind never goes unnoticed.</remarks>
public static class LexiconKinds
{
    /// <summary>A place: the term as written, the canonical name (default: the term) and the place it lies in ("Jeddah → Saudi Arabia").
    /// A place with nothing in the fourth column is a country or a top-level territory.</summary>
    public const string Place = "place";

    /// <summary>Another name for a known place or organisation ("Vorlandia → Vorland", "DPRK → North Korea", "Pyongyang → North Korea").</summary>
    public const string Alias = "alias";

    /// <summary>A demonym or adjective of a place ("North Korean → North Korea").</summary>
    public const string Demonym = "demonym";

    /// <summary>An organisation or body ("Red Cross"), its canonical name (default: the term) and, optionally, the country it belongs to.</summary>
    public const string Organisation = "organisation";

    /// <summary>A counted noun or unit word and its canonical measure ("soldiers → troops", "marchers → participants").</summary>
    public const string Unit = "unit";

    /// <summary>A currency name, symbol or code and its ISO 4217 code ("shekels → ILS", "ringgit → MYR").</summary>
    public const string Currency = "currency";

    /// <summary>A verb or phrase that reports speech ("said", "told", "according to"); the value is its stance: asserted, estimated,
    /// expected, denied or non-committal (default: asserted). A single word is a verb whose subject is the source ("the union
    /// said", "said the mayor"); a phrase is followed by its source ("according to the ministry").</summary>
    public const string ReportingVerb = "reporting-verb";

    /// <summary>A verb that denies what follows ("denied", "rejected", "dismissed").</summary>
    public const string DenialVerb = "denial-verb";

    /// <summary>A word that tells attribution how a source is named, and the value its classes, separated by spaces: <c>title</c>
    /// ("spokesperson"), <c>title-modifier</c> ("deputy"), <c>body</c> ("ministry", "front"), <c>document</c> ("report", "toll"),
    /// <c>group</c> ("people"), and the grammar classes listed in <c>Lexicons/en/attribution.tsv</c>. A term of several words can
    /// only be a <c>skip</c> phrase ("for its part"); it is ignored under any other class.</summary>
    public const string AttributionWord = "attribution-word";

    private static readonly LexiconKindInfo[] Table =
    [
        new(Place, "a place, its canonical name and the place it lies in", LexiconValueRule.DefaultsToTerm, AllowsWithin: true),
        new(Alias, "another name for a place or organisation", LexiconValueRule.Required, AllowsWithin: false),
        new(Demonym, "a demonym or adjective of a place", LexiconValueRule.Required, AllowsWithin: false),
        new(Organisation, "an organisation, its canonical name and the country it belongs to", LexiconValueRule.DefaultsToTerm, AllowsWithin: true),
        new(Unit, "a counted noun or unit word and its canonical measure", LexiconValueRule.Required, AllowsWithin: false),
        new(Currency, "a currency word or symbol and its ISO 4217 code", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "three capital letters (ISO 4217)"),
        new(ReportingVerb, "a verb that reports speech, and its stance", LexiconValueRule.Optional, AllowsWithin: false, ValueFormat: "asserted, estimated, expected, denied or non-committal"),
        new(DenialVerb, "a verb that denies what follows", LexiconValueRule.Optional, AllowsWithin: false),
        new(AttributionWord, "a word that tells attribution how a source is named, and its classes", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "one or more attribution word classes separated by spaces (title, title-modifier, body, document, group…)"),

        // The claims stage.
        new("plural", "the plural of a noun that does not add -s or -es (or the noun itself when it has none)", LexiconValueRule.Required, AllowsWithin: false),
        new("person-noun", "a noun for people, whose outcome verb names what is counted (\"32 miners died\")", LexiconValueRule.Optional, AllowsWithin: false),
        new("outcome", "a verb or adjective saying what happened to the people counted, and the measure it makes (killed → deaths)", LexiconValueRule.Required, AllowsWithin: false),
        new("share-measure", "what a percentage named after it is a share of (turnout, inflation)", LexiconValueRule.DefaultsToTerm, AllowsWithin: false),
        new("money-measure", "a noun after an amount of money that says what the money is (loan, aid)", LexiconValueRule.Required, AllowsWithin: false),
        new("predicate", "a verb or noun of a proposition and the class it expresses (sent → deploy)", LexiconValueRule.Required, AllowsWithin: false),
        new("theme", "a theme noun of a proposition and its measure (soldiers → troops)", LexiconValueRule.Required, AllowsWithin: false),
        new("event-predicate", "a word that names an event happening and the event's class (sank → sink)", LexiconValueRule.Required, AllowsWithin: false),
        new("event-noun", "a noun for the thing an event happens to, normalised (ferry → vessel)", LexiconValueRule.Required, AllowsWithin: false),
        new("referring-noun", "a noun by which a sentence refers back to an earlier claim (reports, allegations)", LexiconValueRule.Optional, AllowsWithin: false),
        new("plan-cue", "a word that makes what follows a plan (intends, pledged)", LexiconValueRule.Optional, AllowsWithin: false),
        new("forecast-cue", "a word that makes what follows a forecast (expected, likely)", LexiconValueRule.Optional, AllowsWithin: false),
        new("estimate-cue", "a word that makes what follows an estimate (estimated, believed)", LexiconValueRule.Optional, AllowsWithin: false),
        new("negation-cue", "a word that negates its clause (not, never)", LexiconValueRule.Optional, AllowsWithin: false),
        new("denial-marker", "a word that calls a claim false (groundless, fabricated)", LexiconValueRule.Optional, AllowsWithin: false),
        new("toll-noun", "a noun whose figure counts one outcome (toll → deaths, turnout → participants)", LexiconValueRule.Required, AllowsWithin: false),
        new("outcome-skip", "a word that may stand between a count and what happened to it (were, believed, to)", LexiconValueRule.Optional, AllowsWithin: false),
        new("subgroup", "a noun for part of the people counted (children, women) and its label: such a count is part of the whole", LexiconValueRule.Required, AllowsWithin: false),
        new("cumulative-measure", "a measure of people counted over time (deaths): a later count is dated by when it was given", LexiconValueRule.Optional, AllowsWithin: false),
        new("update-cue", "a word that gives a figure as an update of an earlier count (rose, now, revised)", LexiconValueRule.Optional, AllowsWithin: false),
        new("event-measure", "a measure bound to one event (participants of a march): counts on different stated days are different events", LexiconValueRule.Optional, AllowsWithin: false),
        new("topic-event", "a kind of event a headline or lead names, and what the people counted in such a report are (march → participants)", LexiconValueRule.Required, AllowsWithin: false),
        new("statistic", "a word for a statistic that names what an amount measures (median, average)", LexiconValueRule.Optional, AllowsWithin: false),
        new("clause-break", "a word or mark that ends a clause for the scope of a cue (while, but, ;)", LexiconValueRule.Optional, AllowsWithin: false),
    ];

    /// <summary>The classes an <see cref="AttributionWord"/> entry may name (its value lists one or more, separated by spaces).</summary>
    internal static FrozenSet<string> AttributionWordClasses { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "title", "title-modifier", "body", "document", "group", "skip", "stop", "phrase-end", "determiner", "partitive", "pronoun-person",
        "pronoun-first", "pronoun-other", "auxiliary", "preposition", "joiner", "relative", "predicative", "pre-adjective", "figure-verb",
        "by-participle", "cite", "briefing", "conjunction", "alternative", "affiliation", "author");

    /// <summary>Every kind, by name.</summary>
    public static FrozenDictionary<string, LexiconKindInfo> All { get; } = Table.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="value"/> is valid for <paramref name="kind"/> (only restricted kinds reject anything).</summary>
    internal static bool IsValidValue(LexiconKindInfo kind, string value) => kind.Name switch
    {
        Currency => value.Length == 3 && value.All(char.IsAsciiLetterUpper),
        ReportingVerb => value is "" or "asserted" or "estimated" or "expected" or "denied" or "non-committal",
        AttributionWord => value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(AttributionWordClasses.Contains),
        _ => true,
    };
}
