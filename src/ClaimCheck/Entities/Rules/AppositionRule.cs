namespace ClaimCheck.Entities.Rules;

/// <summary>A place named before what it lies in: "Jeddah, Saudi Arabia, …", "Kočani, North Macedonia —", "Ustrevo, in northern
/// Brenmoor". A country must be named by its own name (not a capital) and close the phrase; the name must not open the sentence as a
/// common word.</summary>
internal sealed class AppositionRule : EntityRule
{
    public override string Name => "apposition";

    public override EntityCue After => EntityCue.Comma;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;
        var comma = run.End;
        if (scan.AnyLexicon(run.First, run.End) || scan.IsFound(run.First) || scan.Has(run.First - 1, EntityCue.Title)
            || !CanNamePlace(scan, run.First, run.End) || run.Count > 4)
        {
            return false;
        }

        // "Ustrevo, in northern Brenmoor, …": what it lies in follows (the containment rule reads it once the sentence is done).
        if (scan.IsWord(comma + 1, "in") && !IsSpeechBefore(scan, run.First))
        {
            var t = comma + 2;
            while (t < scan.Count && t < comma + 5 && (scan.IsWord(t, "the") || (scan.Has(t, EntityCue.PlaceModifier) && !scan.IsNameWord(t))))
            {
                t++;
            }

            if (scan.TryGetPlaceAt(t, out _, out _, out _) || (scan.TryGetRunAt(t, out var container) && !scan.IsLexicon(container.First)))
            {
                scan.Add(run.First, run.End, run.First, run.End, EntityKind.Place, Name);
                end = run.End;
                return true;
            }

            return false;
        }

        if (!scan.TryGetLexicon(comma + 1, out var country) || country.FirstToken != comma + 1 || country.Form != EntityMentionForm.Name
            || country.Entity.Kind != EntityKind.Country || country.Place is not null)
        {
            return false;
        }

        var after = country.EndToken;
        if (!(scan.IsPhraseEnd(after) || scan.IsWord(after, "on") || scan.IsWord(after, "in") || scan.IsWord(after, "at")))
        {
            return false; // "Ruto, Kenya's president"
        }

        scan.Add(run.First, run.End, run.First, run.End, EntityKind.Place, Name, country.Entity.Name);
        end = run.End;
        return true;
    }

    // "said Ruto, in Nairobi, …": a person speaking somewhere.
    private static bool IsSpeechBefore(SentenceScan scan, int first) =>
        scan.Word(first - 1) is "said" or "says" or "told" or "added" or "according" or "by" or "from" or "with";
}
