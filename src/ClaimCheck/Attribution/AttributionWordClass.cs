using System.Collections.Frozen;

namespace ClaimCheck.Attribution;

/// <summary>What a word tells attribution, read from the lexicon's <c>attribution-word</c> and <c>reporting-verb</c> entries
/// (<c>Lexicons/en/attribution.tsv</c> describes each class). A word may belong to several classes.</summary>
[Flags]
internal enum AttributionWordClass : ulong
{
    /// <summary>No class.</summary>
    None = 0,

    /// <summary>A reporting verb or the first word of a reporting phrase (from the <c>reporting-verb</c> entries).</summary>
    ReportingVerb = 1 << 0,

    /// <summary>A word of a person's title or role ("spokesperson", "minister", "official").</summary>
    Title = 1 << 1,

    /// <summary>A word that only modifies a title ("prime", "deputy", "foreign"); last in a phrase it names a body ("the military").</summary>
    TitleModifier = 1 << 2,

    /// <summary>A head noun of an organisation ("ministry", "council", "front").</summary>
    Body = 1 << 3,

    /// <summary>A document or figure that has an author ("report", "figures", "toll").</summary>
    Document = 1 << 4,

    /// <summary>A word for people that is plural without an -s ("people", "crew").</summary>
    Group = 1 << 5,

    /// <summary>May stand between a source and its verb ("has", "also", "reportedly"), alone or as the last word of a skip phrase.</summary>
    Skip = 1 << 6,

    /// <summary>Ends a source phrase when reading left from its verb ("that", "while", "and").</summary>
    Stop = 1 << 7,

    /// <summary>Ends a source phrase when reading right from its cue ("on", "that", "during").</summary>
    PhraseEnd = 1 << 8,

    /// <summary>A determiner ("the", "a", "their").</summary>
    Determiner = 1 << 9,

    /// <summary>A quantity word that takes "of" ("one", "some", "several").</summary>
    Partitive = 1 << 10,

    /// <summary>"he", "she": the last person named.</summary>
    PronounPerson = 1 << 11,

    /// <summary>"I", "we": the speaker of the quotation.</summary>
    PronounFirst = 1 << 12,

    /// <summary>"they", "it": the last source named.</summary>
    PronounOther = 1 << 13,

    /// <summary>A form of "be" or "get": a reporting word after one is passive.</summary>
    Auxiliary = 1 << 14,

    /// <summary>A preposition.</summary>
    Preposition = 1 << 15,

    /// <summary>A small word inside a capitalised name ("of", "for", "and").</summary>
    Joiner = 1 << 16,

    /// <summary>A relative pronoun ("who", "whose", "which").</summary>
    Relative = 1 << 17,

    /// <summary>After a reporting word, shows it is a participle ("dead", "missing", "during").</summary>
    Predicative = 1 << 18,

    /// <summary>An adjective that makes a following reporting word a noun ("previous", "earlier").</summary>
    PreAdjective = 1 << 19,

    /// <summary>A verb that gives a figure when a document noun follows it ("put", "gave").</summary>
    FigureVerb = 1 << 20,

    /// <summary>A participle whose "by" names a source ("released", "given").</summary>
    ByParticiple = 1 << 21,

    /// <summary>A word that cites a source ("citing", "quoted").</summary>
    Cite = 1 << 22,

    /// <summary>A briefing whose author informs a speaker ("briefing", "briefed").</summary>
    Briefing = 1 << 23,

    /// <summary>"and", "but": a reporting verb after one shares the sentence's subject ("He toured the area and said …").</summary>
    Conjunction = 1 << 24,

    /// <summary>"or", "nor": a reporting word after one shares the construction of the word before ("declined to confirm or deny").</summary>
    Alternative = 1 << 25,

    /// <summary>A preposition that links a person to the body they speak for ("of", "for", "from", "at").</summary>
    Affiliation = 1 << 26,

    /// <summary>A preposition before the author of a document or briefing ("by", "from").</summary>
    Author = 1 << 27,

    /// <summary>The first word of a multi-word reporting phrase ("according"); set when the lexicon is compiled, never named in a file.</summary>
    ReportingPhraseStart = 1 << 28,

    /// <summary>The last word of a multi-word skip phrase ("so far"); set when the lexicon is compiled, never named in a file.</summary>
    SkipPhraseEnd = 1 << 29,

    /// <summary>A token inside a time expression ("on <b>Monday</b>"); set from the time layer, never named in a file.</summary>
    InTimeExpression = 1 << 30,

    /// <summary>A word whose classes have not been looked up yet; never named in a file.</summary>
    Unresolved = 1u << 31,

    /// <summary>A common noun by which a text refers back to a body it named ("the organisation said", "the group added").</summary>
    AnaphoricBody = 1ul << 32,

    /// <summary>A word that makes a source a body of its own rather than a voice of its country's state ("rights", "opposition",
    /// "unions"): "Vorland rights groups" are in Vorland but do not speak for it, so the source takes no affiliation.</summary>
    Independent = 1ul << 33,

    /// <summary>A word that keeps a source the voice of its country's state beside an independent word ("the Ministry of Human Rights",
    /// "the state-run doctors' union").</summary>
    State = 1ul << 34,

    /// <summary>A conjunction that opens a clause set against the one before ("while", "whereas", "but"): a source named after one
    /// reports only its own clause ("Vorland's toll stood at 19, while Lindenport's ministry said 13 had died").</summary>
    Contrast = 1ul << 35,

    /// <summary>A word that makes a figure after it an approximation ("nearer", "around", "close to"): it may stand in place of "at"
    /// where a source gives a figure ("the organisers put the turnout nearer 4,000").</summary>
    Approximation = 1ul << 36,

    /// <summary>A denial verb that also means removing people from their posts ("dismissed"): before a figure it denies nothing
    /// ("the firm dismissed 300 workers").</summary>
    Dismissal = 1ul << 37,

    /// <summary>The classes whose words can start a cue rule (the rules' start classes lie within these).</summary>
    CueStart = ReportingVerb | ReportingPhraseStart | Cite | FigureVerb | ByParticiple | Briefing | Author,

    /// <summary>Any pronoun.</summary>
    Pronoun = PronounPerson | PronounFirst | PronounOther,
}

/// <summary>Reads the class names of <c>attribution-word</c> entries.</summary>
internal static class AttributionWordClasses
{
    /// <summary>The classes by the name lexicon files use.</summary>
    public static FrozenDictionary<string, AttributionWordClass> ByName { get; } = new Dictionary<string, AttributionWordClass>(StringComparer.Ordinal)
    {
        ["title"] = AttributionWordClass.Title,
        ["title-modifier"] = AttributionWordClass.TitleModifier,
        ["body"] = AttributionWordClass.Body,
        ["document"] = AttributionWordClass.Document,
        ["group"] = AttributionWordClass.Group,
        ["skip"] = AttributionWordClass.Skip,
        ["stop"] = AttributionWordClass.Stop,
        ["phrase-end"] = AttributionWordClass.PhraseEnd,
        ["determiner"] = AttributionWordClass.Determiner,
        ["partitive"] = AttributionWordClass.Partitive,
        ["pronoun-person"] = AttributionWordClass.PronounPerson,
        ["pronoun-first"] = AttributionWordClass.PronounFirst,
        ["pronoun-other"] = AttributionWordClass.PronounOther,
        ["auxiliary"] = AttributionWordClass.Auxiliary,
        ["preposition"] = AttributionWordClass.Preposition,
        ["joiner"] = AttributionWordClass.Joiner,
        ["relative"] = AttributionWordClass.Relative,
        ["predicative"] = AttributionWordClass.Predicative,
        ["pre-adjective"] = AttributionWordClass.PreAdjective,
        ["anaphoric-body"] = AttributionWordClass.AnaphoricBody,
        ["independent"] = AttributionWordClass.Independent,
        ["state"] = AttributionWordClass.State,
        ["figure-verb"] = AttributionWordClass.FigureVerb,
        ["by-participle"] = AttributionWordClass.ByParticiple,
        ["cite"] = AttributionWordClass.Cite,
        ["briefing"] = AttributionWordClass.Briefing,
        ["conjunction"] = AttributionWordClass.Conjunction,
        ["contrast"] = AttributionWordClass.Contrast,
        ["approximation"] = AttributionWordClass.Approximation,
        ["alternative"] = AttributionWordClass.Alternative,
        ["affiliation"] = AttributionWordClass.Affiliation,
        ["author"] = AttributionWordClass.Author,
        ["dismissal"] = AttributionWordClass.Dismissal,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The classes named in an entry's value ("title body"); names the lexicon loader did not accept are ignored.</summary>
    public static AttributionWordClass Parse(string value)
    {
        var classes = AttributionWordClass.None;
        foreach (var range in value.AsSpan().Split(' '))
        {
            if (ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value.AsSpan()[range], out var found))
            {
                classes |= found;
            }
        }

        return classes;
    }
}
