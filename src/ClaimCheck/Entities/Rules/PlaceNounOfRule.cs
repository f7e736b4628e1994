namespace ClaimCheck.Entities.Rules;

/// <summary>A place named after a place noun and "of": "the town of Velmar", "the port of Port Sarif", "the province of Tarvo", and
/// with the country it lies in when a demonym says it: "the Saudi city of Jeddah", "the northern Indian state of Kerala".</summary>
internal sealed class PlaceNounOfRule : EntityRule
{
    public override string Name => "place-noun-of";

    public override EntityCue Before => EntityCue.Of;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;
        var of = run.First - 1;
        var noun = of - 1;
        if (!scan.IsWord(of, "of") || !scan.Has(noun, EntityCue.PlaceNoun | EntityCue.PlaceNameNoun) || scan.IsNameWord(noun))
        {
            return false;
        }

        var stop = BeforeTitle(scan, run.First, run.End);
        if (scan.AnyLexicon(run.First, stop) || !CanNamePlace(scan, run.First, stop))
        {
            return false;
        }

        // A demonym among the words before the noun: "the Saudi city of", "the northern Indian state of".
        string? within = null;
        for (var t = noun - 1; t >= Math.Max(0, noun - 4) && within is null; t--)
        {
            if (scan.IsWord(t, "the") || scan.IsWord(t, "The") || scan.IsPhraseEnd(t))
            {
                break;
            }

            if (scan.TryGetLexicon(t, out var mention) && mention.Form == EntityMentionForm.Demonym)
            {
                within = mention.Entity.Name;
            }
        }

        scan.Add(run.First, stop, run.First, stop, EntityKind.Place, Name, within);

        // "the villages of Mundakkai, Chooralmala and Attamala"
        end = PlaceList.Continue(scan, stop, Name);
        return true;
    }
}
