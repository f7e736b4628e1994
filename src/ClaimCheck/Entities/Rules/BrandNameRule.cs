namespace ClaimCheck.Entities.Rules;

/// <summary>A brand named after a place: a run of capitalised words that opens with a place or demonym the lexicon knows and ends in a
/// <c>brand-head</c> word ("Scotland Yard", "Texas Instruments", "Kenya Airways", "Georgia Power"). The whole
/// name is one organisation that lies in nothing, so the place inside it is no mention and sets no claim's place: "Scotland Yard said 12
/// people were arrested in Lindenport" is about Lindenport. A body of the place's own ends in another word ("Kenya Defence Forces", "the
/// Bank of England") and is <see cref="OrganisationRule"/>'s, which keeps the place.</summary>
internal sealed class BrandNameRule : EntityRule
{
    /// <summary>The rule's name, as the mentions it finds report it.</summary>
    public const string RuleName = "brand";

    public override string Name => RuleName;

    public override EntityCue Inside => EntityCue.BrandHead;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;

        // The place (or places, "New York", "Hong Kong") the name opens with: lexicon names, not an organisation the lexicon knows.
        var t = run.First;
        while (t < run.End && scan.TryGetLexicon(t, out var opening) && opening.FirstToken == t && opening.Entity.Kind != EntityKind.Organization)
        {
            t = opening.EndToken;
        }

        // The name's last word before a title or a legal form ("Kenya Airways | Chief Executive …", "Texas Instruments | Inc") is the head.
        var last = BeforeTitle(scan, t, run.End);
        var nameEnd = last;
        while (nameEnd - 1 > t && scan.Has(nameEnd - 1, EntityCue.CorporateSuffix))
        {
            nameEnd--;
        }

        if (t == run.First || nameEnd <= t || !scan.Has(nameEnd - 1, EntityCue.BrandHead) || scan.IsLexicon(nameEnd - 1))
        {
            return false;
        }

        scan.Add(run.First, last, run.First, nameEnd, EntityKind.Organization, Name);
        end = last;
        return true;
    }
}
