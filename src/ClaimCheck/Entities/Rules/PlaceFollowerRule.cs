namespace ClaimCheck.Entities.Rules;

/// <summary>A place named before a lower-case noun that only places have: "Hong Kong police", "Lindenport residents", "the Dorrville
/// mayor". The noun is not part of the name.</summary>
internal sealed class PlaceFollowerRule : EntityRule
{
    public override string Name => "place-follower";

    public override EntityCue After => EntityCue.PlaceFollower;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;
        if (!char.IsLower(scan.Word(run.End)[0]) || scan.AnyLexicon(run.First, run.End) || scan.FirstWith(run.First, run.End, EntityCue.Title) >= 0
            || !CanNamePlace(scan, run.First, run.End) || run.Count > 4)
        {
            return false;
        }

        scan.Add(run.First, run.End, run.First, run.End, EntityKind.Place, Name, PossessorBefore(scan, run.First));
        end = run.End;
        return true;
    }
}
