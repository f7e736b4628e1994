namespace ClaimCheck.Entities.Rules;

/// <summary>A company no list knows, named by a capitalised name of one to three words with a company cue around it (the
/// <c>company-noun</c>, <c>company-holding</c> and <c>company-stake</c> rows of the entity cues): an industry noun right before it
/// ("chipmaker Halvex", "the retailer Brightwell", "Carmaker Velmar Motors" opening a sentence), what only a company has after its
/// possessive ("Halvex's shareholders", "Halvex's CEO"), a holding before "of" or "in" and it ("shares of Halvex", "a stake in
/// Brightwell"), or an apposition that ends in an industry noun ("Halvex, the chipmaker, said", "Brightwell, a Velmar-based online
/// retailer."). Once found, the name is the company's wherever else the document writes it.</summary>
/// <remarks>A name the lexicon knows ("Georgia's shares") or another rule found first is never taken, nor a run with a title
/// ("Chief Executive Ana Ruiz") or of more than <see cref="MaxWords"/> words. Holdings a person also has ("Ruiz's shares", "Ruiz's
/// stock") are cues only before "of" or "in", and industry nouns that also name a person's trade ("miner", "developer") are not rows:
/// the rule has no list of given names to tell a person from a company. A reporting verb and "its" ("Halvex said its …") is no cue:
/// any body says it (an armed group, an agency, a university, a club).</remarks>
internal sealed class CompanyRule : EntityRule
{
    /// <summary>The most words a company's name found this way has ("Velmar Motor Works").</summary>
    private const int MaxWords = 3;

    /// <summary>The rule's name, as its mentions report it.</summary>
    public const string RuleName = "company";

    public override string Name => RuleName;

    public override EntityCue Before => EntityCue.CompanyNoun | EntityCue.Of | EntityCue.Locative;

    public override EntityCue Inside => EntityCue.OpensCompanyName;

    public override EntityCue After => EntityCue.Possessive | EntityCue.Comma;

    /// <summary>The most tokens between an apposition's article and its industry noun ("a Velmar - based online retailer").</summary>
    private const int MaxAppositionModifiers = 4;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;

        // "Chipmaker Halvex said …": the industry noun opens the sentence, capitalised, and the run.
        var first = run.First;
        var opensWithNoun = scan.Has(first, EntityCue.OpensCompanyName) && first == scan.FirstWord;
        if (opensWithNoun)
        {
            first++;
        }

        var last = BeforeTitle(scan, first, run.End);
        if (last <= first || last - first > MaxWords || last < run.End || scan.AnyLexicon(first, last) || scan.IsFound(first)
            || scan.Has(first, EntityCue.NotName | EntityCue.CompanyNoun) || (!opensWithNoun && scan.IsCommonOpening(first, last)))
        {
            return false;
        }

        if (!(opensWithNoun || scan.Has(first - 1, EntityCue.CompanyNoun) || HoldingBefore(scan, first) || HoldingAfter(scan, last)
              || IndustryApposition(scan, last)))
        {
            return false;
        }

        scan.Add(first, last, first, last, EntityKind.Organization, Name);
        end = last;
        return true;
    }

    // "shares of Halvex", "a stake in Brightwell".
    private static bool HoldingBefore(SentenceScan scan, int first) =>
        (scan.IsWord(first - 1, "of") || scan.IsWord(first - 1, "in")) && scan.Has(first - 2, EntityCue.CompanyStake);

    // "Halvex's shareholders", "Brightwell's CEO".
    private static bool HoldingAfter(SentenceScan scan, int last) =>
        scan.Has(last, EntityCue.Possessive) && scan.Has(last + 1, EntityCue.CompanyHolding);

    // "Halvex, the chipmaker, said", "Brightwell, a Velmar-based online retailer.", "Halvex, the carmaker that …": an article, up to
    // four tokens, then an industry noun that closes the apposition. A noun the sentence goes on from is no apposition: "…, the
    // company said" reports speech after the name, "Ana Ruiz, the firm's founder" is a person.
    private static bool IndustryApposition(SentenceScan scan, int comma)
    {
        if (!scan.Has(comma, EntityCue.Comma) || !(scan.IsWord(comma + 1, "the") || scan.IsWord(comma + 1, "a") || scan.IsWord(comma + 1, "an")))
        {
            return false;
        }

        for (var t = comma + 2; t <= comma + 2 + MaxAppositionModifiers && t < scan.Count; t++)
        {
            if (scan.Has(t, EntityCue.CompanyNoun))
            {
                return !scan.Has(t + 1, EntityCue.Possessive)
                    && (scan.IsPhraseEnd(t + 1) || scan.IsWord(t + 1, "that") || scan.IsWord(t + 1, "which") || scan.IsWord(t + 1, "based"));
            }
        }

        return false;
    }
}
