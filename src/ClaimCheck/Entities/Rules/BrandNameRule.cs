namespace ClaimCheck.Entities.Rules;

/// <summary>A brand named after a place: a run of capitalised words that opens with a place or demonym the lexicon knows and ends in a
/// <c>brand-head</c> word ("Scotland Yard", "Texas Instruments", "Kenya Airways", "Georgia Power"). The whole
/// name is one organisation that lies in nothing, so the place inside it is no mention and sets no claim's place: "Scotland Yard said 12
/// people were arrested in Lindenport" is about Lindenport. A body of the place's own ends in another word ("Kenya Defence Forces", "the
/// Bank of England") and is <see cref="OrganisationRule"/>'s, which keeps the place. The brand's own word or two may come before the
/// place ("Velmar Mexican Grill", "Halvex Kenya Airways"): the demonym in it is no more a place of the figures.</summary>
internal sealed class BrandNameRule : EntityRule
{
    /// <summary>The rule's name, as the mentions it finds report it.</summary>
    public const string RuleName = "brand";

    public override string Name => RuleName;

    public override EntityCue Inside => EntityCue.BrandHead;

    /// <summary>The most words of the brand's own before the place in its name ("Velmar Mexican Grill").</summary>
    private const int MaxOwnWords = 2;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;

        // The brand's own words before the place, if any: capitalised words no list knows that are not a title or a common word
        // opening the sentence.
        var placeStart = run.First;
        while (placeStart < run.End && placeStart - run.First < MaxOwnWords && !scan.IsLexicon(placeStart)
               && !scan.Has(placeStart, EntityCue.NotName | EntityCue.Title) && !scan.IsCommonOpening(placeStart, placeStart + 1))
        {
            placeStart++;
        }

        if (!scan.IsLexicon(placeStart))
        {
            placeStart = run.First;
        }

        // The place (or places, "New York", "Hong Kong") the name opens with: lexicon names, not an organisation the lexicon knows.
        var t = placeStart;
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

        if (t == placeStart || nameEnd <= t || !scan.Has(nameEnd - 1, EntityCue.BrandHead) || scan.IsLexicon(nameEnd - 1))
        {
            return false;
        }

        scan.Add(run.First, last, run.First, nameEnd, EntityKind.Organization, Name);
        end = last;
        return true;
    }
}
