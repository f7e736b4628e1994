namespace ClaimCheck.Entities.Rules;

/// <summary>A place named after a locative: "in Lyon", "near Chooralmala", "in northern Kolandé", "in the Sahel", "north of Velmar", and the places
/// listed with it ("in Lyon, Marseille and Nice").</summary>
internal sealed class LocativeRule : EntityRule
{
    public override string Name => "locative";

    public override EntityCue Before => EntityCue.Locative;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;
        if (!FollowsLocative(scan, run.First))
        {
            return false;
        }

        if (!PlaceList.TryItem(scan, run, Name, out end))
        {
            return false;
        }

        // The places listed with it: ", Marseille and Nice".
        end = PlaceList.Continue(scan, end, Name);
        return true;
    }

    // "in Lyon", "in the Sahel", "in northern Kolandé", "in the remote north-western"; not "In The Guardian".
    internal static bool FollowsLocative(SentenceScan scan, int first)
    {
        var t = first - 1;
        for (var guard = 0; guard < 3 && t >= 0; guard++)
        {
            if (scan.IsWord(t, "the") || (scan.Has(t, EntityCue.PlaceModifier) && char.IsLower(scan.Word(t)[0])))
            {
                t--;
                continue;
            }

            break;
        }

        // "north of Lindenport", "30 km south-west of Velmar": a direction before "of" places what follows.
        return (scan.Has(t, EntityCue.Locative) && !scan.IsNameWord(t)) || (scan.IsWord(t, "of") && t > 0 && scan.Has(t - 1, EntityCue.Direction));
    }
}
