using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;

namespace ClaimCheck.Comparison;

/// <summary>The same figure of one measure kept in different slots only because reports put it under different subjects: one report
/// gives "207 soldiers killed" as Vorland's, another puts the same 207 under the country it names beside it (Brenmark), or an
/// amount under the company in one report and its home country in another. Read for agreement only, as figures in two units are:
/// two or more documents stating the one figure (not a bound, not vague) of one measure, unit, modality and change, each subject
/// in one document only, are a corroboration. A figure that differs across subjects is never a dispute.</summary>
/// <remarks>Not read: figures under 10 ("5 deaths" in two provinces recur by chance); lengths of time (two people's ages); two
/// subjects that lie in one country (two towns' counts, see the agreement across slots); a figure one report places where the
/// other report's claim is neither placed nor about; claims a slot set aside (a part of a
/// total, a figure beside another in one sentence, a crowd tied to no day, an unplaced figure among places); figures already
/// corroborated across those documents. It cannot tell a figure told twice from two subjects' equal counts of a larger size.</remarks>
internal static class AgreementAcrossSubjects
{
    /// <summary>The smallest figure read across subjects: smaller ones recur across subjects by chance.</summary>
    private const double SmallestFigure = 10;

    /// <summary>The reasons for which a slot sets a claim aside: such a claim is not read across subjects either.</summary>
    private static readonly HashSet<NotComparedReason> SetAside =
        [NotComparedReason.PartOfTotal, NotComparedReason.SharedMeasureInSentence, NotComparedReason.NoEventDay, NotComparedReason.NoPlace];

    /// <summary>Adds to <paramref name="findings"/> the corroborations of figures that several documents give under different
    /// subjects.</summary>
    internal static void Add(Dictionary<SlotKey, List<Claim>> slots, ClaimWords words, EntityGazetteer gazetteer, Dictionary<string, string> names, List<NotComparedClaim> notCompared, List<Finding> findings)
    {
        var setAside = notCompared.Where(n => SetAside.Contains(n.Reason)).Select(n => n.ClaimId).ToHashSet(StringComparer.Ordinal);
        var corroborated = findings.Where(f => f.Kind == FindingKind.Corroboration).Select(f => f.ClaimIds.ToHashSet(StringComparer.Ordinal)).ToList();
        var figures = slots.Values.SelectMany(slot => slot)
            .Where(c => IsPointFigure(c) && !setAside.Contains(c.Id))
            .GroupBy(c => (c.Measure, c.Quantity!.Value.Unit.Name, Class: Explanations.ModalityClass(c.Modality), c.Quantity.Value.IsIncrement, c.Quantity.Value.Value))
            .OrderBy(g => g.Key.Measure, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Class).ThenBy(g => g.Key.IsIncrement).ThenBy(g => g.Key.Value);
        foreach (var figure in figures)
        {
            var agreeing = figure.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Span.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
            var documents = agreeing.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).ToList();
            var bySubject = agreeing.GroupBy(c => c.Subject!, StringComparer.Ordinal).ToList();
            if (documents.Count < 2 || bySubject.Count < 2
                || bySubject.Any(s => s.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Skip(1).Any())
                || bySubject.Select(s => gazetteer.CountryOf(s.Key) ?? s.Key).Distinct(StringComparer.Ordinal).Count() < bySubject.Count
                || PlacedApart(agreeing)
                || corroborated.Exists(ids => documents.TrueForAll(d => agreeing.Exists(c => c.DocumentId == d && ids.Contains(c.Id)))))
            {
                continue;
            }

            var subject = bySubject.OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
            var place = agreeing.Select(c => c.Place).FirstOrDefault(p => p is not null);
            var topic = Explanations.Topic(subject, figure.Key.Measure, place, figure.Key.Class);
            findings.Add(CorroborationFindings.Corroboration(words, subject, figure.Key.Measure, place, figure.Key.Class, topic, agreeing, [], names));
        }
    }

    // Whether a report places the figure (South Carolina's 33, under the United States) where another report's claim, under another
    // subject (Georgia), neither is nor is placed: two places' counts that happen to agree.
    private static bool PlacedApart(List<Claim> agreeing) =>
        agreeing.Exists(placed => placed.Place is { } place && place != placed.Subject
            && agreeing.Exists(other => other.DocumentId != placed.DocumentId && other.Subject != place && other.Place != place));

    // A figure stated as a point ("207", "about $4.7 billion"), of 10 or more, that is not a length of time.
    private static bool IsPointFigure(Claim claim) =>
        claim.Quantity is { Qualifier: Qualifier.Exact or Qualifier.Approximately } quantity && !claim.IsVague && claim.Subject is not null
        && quantity.Unit.Kind != UnitKind.Duration && Math.Abs(quantity.Value) >= SmallestFigure
        && (quantity.Low is null || quantity.Low == quantity.Value) && (quantity.High is null || quantity.High == quantity.Value);
}
