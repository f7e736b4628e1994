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

        // The entities stage.
        new("capital", "a capital city and its country: the country when the capital acts (\"Nairobi said\"), a place in it where things happen", LexiconValueRule.Required, AllowsWithin: false),
        new("locative-cue", "a word after which a capitalised name is a place (in, near)", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-noun", "a noun that makes the capitalised name before it or after \"of\" a place, and is not part of its name (province, district, town)", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-name-noun", "a capitalised noun that makes a place of the name it is part of (County, City, Island, Mount, Stadium)", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-follower", "a lower-case noun after a capitalised name that makes it a place (residents, police, mayor)", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-modifier", "a word that may stand between a locative and a place name (northern, remote, neighbouring)", LexiconValueRule.Optional, AllowsWithin: false),
        new("organisation-word", "a capitalised word that makes an organisation of the name it is part of (Council, Union, Ministry, Watch)", LexiconValueRule.Optional, AllowsWithin: false),
        new("title", "a title or role before a person's name, not a name itself (President, Minister)", LexiconValueRule.Optional, AllowsWithin: false),
        new("not-name", "a capitalised word that is not a name (months, weekdays, pronouns and words that open sentences)", LexiconValueRule.Optional, AllowsWithin: false),
        new("name-particle", "a lowercase word inside a name between capitalised words (de, al, van)", LexiconValueRule.Optional, AllowsWithin: false),

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
        new("time-month", "a month name or abbreviation and its number", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a month number from 1 to 12"),
        new("time-weekday", "a weekday name and its ISO day number", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "an ISO day number from 1 (Monday) to 7 (Sunday)"),
        new("time-unit", "a unit of time, singular or plural", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "second, minute, hour, day, week, month, quarter, year, decade or century"),
        new("time-amount", "a word that counts a vague number of units of time (\"several years\")", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "X (unknown) or a whole number from 1 to 99"),
        new("time-ordinal", "an ordinal that names a quarter or a half", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number from 1 to 4"),
        new("time-period-modifier", "a word before a quarter or period and what it says about it", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "fiscal, plain, current, latest, final or year-back"),
        new("time-relative", "a word that places a period before, at or after the reference date", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "-1, 0 or 1"),
        new("time-relative-day", "a day named relative to the reference date", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "an offset in days from -9 to 9, then optionally TMO, TAF, TEV or TNI"),
        new("time-part", "a part of a month or year", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "early, mid or late"),
        new("time-season", "a season and its TimeML code", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "SP, SU, FA or WI"),
        new("time-day-part", "a part of the day and its TimeML suffix", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "TMO, TAF, TEV or TNI"),
        new("time-clock", "a word for a time of day and its hour", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "an hour from 0 to 24"),
        new("time-zone", "a time zone written after a clock time", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-set", "a word for a recurring time and its TimeML period", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a TimeML period such as P1D or PT1H"),
        new("time-decade", "a decade written as a word and the tens digit of its year", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a digit from 0 to 9"),
        new("time-reference", "a word or phrase for the past, present or future without a date", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "PAST_REF, PRESENT_REF or FUTURE_REF"),
        new("time-modifier", "a word or phrase before a time expression that joins it", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "count, around, part, edge or after"),
        new("time-false-friend", "a phrase that looks like a time expression but is not one", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-holiday", "a holiday and the day it falls on", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "MM-DD, MM-Ddd-N (N from 1 to 5 or L), either with +D or -D days, or E+D for days from Easter"),
        new("time-cue", "a word that points a bare weekday or month forward or back", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "past, not-past, future, plan, forward or stop, separated by commas"),
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
        "time-month" => IsWhole(value, 1, 12),
        "time-weekday" => IsWhole(value, 1, 7),
        "time-unit" => value is "second" or "minute" or "hour" or "day" or "week" or "month" or "quarter" or "year" or "decade" or "century",
        "time-amount" => value == "X" || IsWhole(value, 1, 99),
        "time-ordinal" => IsWhole(value, 1, 4),
        "time-period-modifier" => value is "fiscal" or "plain" or "current" or "latest" or "final" or "year-back",
        "time-relative" => value is "-1" or "0" or "1",
        "time-relative-day" => value.Length > 3 && value[^3] == 'T' ? IsWhole(value[..^3], -9, 9) && value[^3..] is "TMO" or "TAF" or "TEV" or "TNI" : IsWhole(value, -9, 9),
        "time-part" => value is "early" or "mid" or "late",
        "time-season" => value is "SP" or "SU" or "FA" or "WI",
        "time-day-part" => value is "TMO" or "TAF" or "TEV" or "TNI",
        "time-clock" => IsWhole(value, 0, 24),
        "time-set" => value.Length >= 3 && value[0] == 'P' && value.AsSpan(1).ContainsAnyInRange('0', '9'),
        "time-decade" => IsWhole(value, 0, 9),
        "time-reference" => value is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF",
        "time-modifier" => value is "count" or "around" or "part" or "edge" or "after",
        "time-holiday" => IsHolidayRule(value),
        "time-cue" => value.Split(',').All(c => c.Trim() is "past" or "not-past" or "future" or "plan" or "forward" or "stop"),
        _ => true,
    };

    // MM-DD, MM-Ddd-N or MM-Ddd-L with an optional +D or -D, or E+D / E-D (days from Easter Sunday).
    private static bool IsHolidayRule(string value)
    {
        if (value.StartsWith('E'))
        {
            return value.Length > 2 && value[1] is '+' or '-' && IsWhole(value[1..], -60, 60);
        }

        var shift = value.Length > 8 ? value.IndexOfAny(['+', '-'], 8) : -1;
        var parts = (shift > 0 ? value[..shift] : value).Split('-');
        var days = shift < 0 || IsWhole(value[shift..], -31, 31);
        return parts switch
        {
            [var month, var day] => shift < 0 && IsWhole(month, 1, 12) && IsWhole(day, 1, 31),
            [var month, var weekday, var nth] => days && IsWhole(month, 1, 12) && weekday is "Mon" or "Tue" or "Wed" or "Thu" or "Fri" or "Sat" or "Sun"
                && (nth == "L" || IsWhole(nth, 1, 5)),
            _ => false,
        };
    }

    private static bool IsWhole(string value, int min, int max) =>
        int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number >= min && number <= max;
}
