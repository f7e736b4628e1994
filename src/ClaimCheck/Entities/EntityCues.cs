using System.Collections.Frozen;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Entities;

/// <summary>What a word can do for the entity rules: the cue kinds of the lexicon, as flags.</summary>
[Flags]
internal enum EntityCue
{
    None = 0,

    /// <summary>"in", "near": a capitalised name after it is a place.</summary>
    Locative = 1 << 0,

    /// <summary>"province", "town": the name before it or after "of" is a place; not part of the name.</summary>
    PlaceNoun = 1 << 1,

    /// <summary>"County", "City", "Mount": capitalised, part of a place's name.</summary>
    PlaceNameNoun = 1 << 2,

    /// <summary>"northern", "remote": may stand between a locative and the place.</summary>
    PlaceModifier = 1 << 3,

    /// <summary>"Council", "Union": makes an organisation of the name it is part of.</summary>
    OrganisationWord = 1 << 4,

    /// <summary>"President", "Minister": a role before a person's name.</summary>
    Title = 1 << 5,

    /// <summary>Months, weekdays, pronouns, sentence openers: never part of a name.</summary>
    NotName = 1 << 6,

    /// <summary>"de", "al": a lowercase word inside a name.</summary>
    Particle = 1 << 7,

    /// <summary>"residents", "police": a lower-case noun after a name that makes it a place.</summary>
    PlaceFollower = 1 << 13,

    /// <summary>A capitalised word a name of the lexicon starts with.</summary>
    StartsName = 1 << 14,

    /// <summary>"north", "south-west": before "of", a place follows ("north of Lindenport").</summary>
    Direction = 1 << 15,

    /// <summary>"said", "told": after a title, the title is the clause's subject, not an apposition ("in Velmar, the governor said").</summary>
    ClauseVerb = 1 << 16,

    /// <summary>"Inc", "Ltd", "plc": a company's legal form closing its name, left out of the name so that "Acme Holdings Inc" and
    /// "Acme Holdings" are one company.</summary>
    CorporateSuffix = 1 << 17,

    /// <summary>"chipmaker", "retailer": an industry noun right before a name makes it a company's ("the retailer Halvex").</summary>
    CompanyNoun = 1 << 18,

    /// <summary>"CEO", "shareholders": what only a company has, after its possessive ("Halvex's shareholders").</summary>
    CompanyHolding = 1 << 19,

    /// <summary>A possessive "'s" ("Halvex's shares"): given by the token's kind (<see cref="SentenceScan.Cue"/>), not by the lexicon.</summary>
    Possessive = 1 << 20,

    /// <summary>"shares", "stake": a holding in a company, before "of" or "in" and its name ("shares of Halvex", "a stake in Halvex").</summary>
    CompanyStake = 1 << 21,

    /// <summary>"Chipmaker", "Carmaker": a company noun (the <c>company-noun</c> rows valued <see cref="EntityCues.OpensSentence"/>)
    /// that also makes a company of the name after it when it opens the sentence capitalised ("Carmaker Velmar Motors said"); other
    /// company nouns there are more often a proper name's first word.</summary>
    OpensCompanyName = 1 << 22,

    /// <summary>"Yard", "Instruments", "Airlines": the last word of a brand's name that opens with a place ("Scotland Yard", "Texas Instruments",
    /// "Kenya Airways"); the place names the brand, not where its claims are.</summary>
    BrandHead = 1 << 23,

    /// <summary>"border", "frontier": after a country's name or demonym, or before "with" and the name, the country is a neighbour
    /// named in passing ("near the Vorland border", "the border with Vorland"), not where something happened.</summary>
    BorderNoun = 1 << 24,

    /// <summary>A comma: an apposition may follow ("Jeddah, Saudi Arabia").</summary>
    Comma = 1 << 8,

    /// <summary>An opening parenthesis: an acronym may follow ("(NDRMC)").</summary>
    OpenParenthesis = 1 << 9,

    /// <summary>"of": "the town of Velmar", "Mineworkers Union of Zambia".</summary>
    Of = 1 << 10,

    /// <summary>"the", "The": a determiner before a name.</summary>
    Determiner = 1 << 11,

    /// <summary>"and", "&amp;", "for", "on": joins the parts of an organisation's name.</summary>
    Connector = 1 << 12,
}

/// <summary>The entity stage's cue words, compiled once per lexicon (<see cref="For"/>) into one look-up by span. Immutable and
/// thread-safe.</summary>
internal sealed class EntityCues
{
    // Each kind, and whether its words also count capitalised ("In Lyon, …") or in lower case ("…, the group's secretary general").
    private static readonly (string Kind, EntityCue Cue, bool AlsoCapitalised, bool AlsoLowerCase)[] Kinds =
    [
        ("locative-cue", EntityCue.Locative, true, false),
        ("place-noun", EntityCue.PlaceNoun, true, false),
        ("place-name-noun", EntityCue.PlaceNameNoun, false, false),
        ("place-modifier", EntityCue.PlaceModifier, false, false),
        ("direction-word", EntityCue.Direction, false, false),
        ("place-follower", EntityCue.PlaceFollower, false, false),
        ("title-verb", EntityCue.ClauseVerb, false, false),
        ("organisation-word", EntityCue.OrganisationWord, false, false),
        ("corporate-suffix", EntityCue.CorporateSuffix | EntityCue.OrganisationWord, false, false),
        ("company-noun", EntityCue.CompanyNoun, true, false),
        ("company-holding", EntityCue.CompanyHolding, false, false),
        ("company-stake", EntityCue.CompanyStake, false, false),
        ("brand-head", EntityCue.BrandHead, false, false),
        ("border-noun", EntityCue.BorderNoun, false, false),
        ("title", EntityCue.Title, false, true),
        ("not-name", EntityCue.NotName, false, false),
        ("name-particle", EntityCue.Particle, false, false),
    ];

    /// <summary>The value of a <c>company-noun</c> row whose noun, opening a sentence, makes the name after it a company's.</summary>
    public const string OpensSentence = "opens-sentence";

    private readonly FrozenDictionary<string, EntityCue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private EntityCues(Lexicon lexicon)
    {
        var cues = new Dictionary<string, EntityCue>(StringComparer.Ordinal);
        foreach (var (kind, cue, alsoCapitalised, alsoLowerCase) in Kinds)
        {
            foreach (var entry in lexicon.EntriesOf(kind))
            {
                cues[entry.Term] = cues.GetValueOrDefault(entry.Term) | cue;
                if (alsoCapitalised && char.IsLower(entry.Term[0]))
                {
                    var capitalised = string.Concat(char.ToUpperInvariant(entry.Term[0]).ToString(), entry.Term.AsSpan(1));
                    cues[capitalised] = cues.GetValueOrDefault(capitalised) | cue;
                }

                if (alsoLowerCase && char.IsUpper(entry.Term[0]) && !entry.Term.AsSpan(1).ContainsAnyInRange('A', 'Z'))
                {
                    var lower = string.Concat(char.ToLowerInvariant(entry.Term[0]).ToString(), entry.Term.AsSpan(1));
                    cues[lower] = cues.GetValueOrDefault(lower) | cue;
                }
            }
        }

        // "Carmaker Velmar Motors said": the company nouns that may open the sentence before the company's name.
        foreach (var entry in lexicon.EntriesOf("company-noun"))
        {
            if (entry.Value == OpensSentence)
            {
                var capitalised = string.Concat(char.ToUpperInvariant(entry.Term[0]).ToString(), entry.Term.AsSpan(1));
                cues[capitalised] = cues.GetValueOrDefault(capitalised) | EntityCue.OpensCompanyName;
            }
        }

        // "River", "Coast": capitalised, a place noun is part of the name when the lexicon says so ("Guadalupe River").
        foreach (var (word, cue) in cues.ToArray())
        {
            if ((cue & EntityCue.PlaceNameNoun) != 0 && (cue & EntityCue.PlaceNoun) != 0 && char.IsUpper(word[0]))
            {
                cues[word] = cue & ~EntityCue.PlaceNoun;
            }
        }

        // The first words of the lexicon's names, so that one look-up per capitalised word serves the gazetteer and the rules.
        foreach (var word in EntityGazetteer.For(lexicon).FirstWords)
        {
            cues[word] = cues.GetValueOrDefault(word) | EntityCue.StartsName;
        }

        // Built in: punctuation and function words the rules read, whatever the lexicon says.
        cues[","] = cues.GetValueOrDefault(",") | EntityCue.Comma;
        cues["("] = cues.GetValueOrDefault("(") | EntityCue.OpenParenthesis;
        cues["of"] = cues.GetValueOrDefault("of") | EntityCue.Of | EntityCue.Connector;
        cues["the"] = cues.GetValueOrDefault("the") | EntityCue.Determiner;
        cues["The"] = cues.GetValueOrDefault("The") | EntityCue.Determiner;
        foreach (var connector in (ReadOnlySpan<string>)["and", "&", "for", "on"])
        {
            cues[connector] = cues.GetValueOrDefault(connector) | EntityCue.Connector;
        }

        _lookup = cues.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cues of <paramref name="lexicon"/>, compiled once and cached with it.</summary>
    public static EntityCues For(Lexicon lexicon) => lexicon.Compiled(static l => new EntityCues(l));

    /// <summary>What <paramref name="word"/> can do, as written.</summary>
    public EntityCue Of(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var cue) ? cue : EntityCue.None;
}
