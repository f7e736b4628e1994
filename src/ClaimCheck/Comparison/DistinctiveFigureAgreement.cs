using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;

namespace ClaimCheck.Comparison;

/// <summary>Agreement on a distinctive figure that reports file under different subjects: "4,317 evacuated" under Vorland in one report,
/// under the relief agency its sentence names in another and under no subject in a third.</summary>
/// <remarks>
/// Which subject a report's figure is read under follows how each outlet frames the story (the country where it happens, the
/// company or the authority that speaks), and often comes from outside the figure's sentence (the report's country, a demonym, the
/// subject of an earlier sentence), so several reports of one figure land in different slots and never meet. A figure that is
/// distinctive (see <see cref="IsDistinctive"/>) given alike (same value and bounds, same form, same unit, same measure under its
/// measure-alias name, same modality class, one period) by two documents under two subjects is one figure told twice, not a
/// coincidence: it is read as a corroboration across those slots, and so is such a figure beside the same figure in a report that
/// names no subject for it and no other place. The claims stay in their slots, so no dispute or timeline comes of it; a
/// corroboration whose claims it all takes in is replaced by it.
/// <para>Two subjects that each sentence names in its own words ("Vorland pledged $120 million", "Ostmark pledged $120 million")
/// are two figures, and so are two places the gazetteer knows of which neither lies in the other (1,200 homes in each of two towns):
/// the figures are read together only when a subject may have been inherited. A small or round count (5 dead, 200 injured,
/// 1.5 million) is often given for different things alike and is never read so, nor is a physical figure that says nothing of
/// what it measures ("130 km").</para>
/// </remarks>
internal static class DistinctiveFigureAgreement
{
    /// <summary>The smallest figure read as distinctive: below it, two counts alike are too often two different things.</summary>
    private const double MinimumSize = 100;

    /// <summary>Adds to <paramref name="findings"/> the corroborations of distinctive figures across the subjects of
    /// <paramref name="slots"/> and the figures of <paramref name="subjectless"/> (affirmed figures that no slot took because their
    /// report names no subject: one of them beside a slot's figure reads as that figure). Returns the subjectless figures that
    /// joined a corroboration, which were compared after all.</summary>
    internal static HashSet<string> Add(ClaimWords words, EntityGazetteer gazetteer, ComparisonOptions options, IReadOnlyDictionary<SlotKey, List<Claim>> slots,
        List<Claim> subjectless, Dictionary<string, string> names, List<Finding> findings)
    {
        var groups = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        var subjectOf = new Dictionary<Claim, (string? Subject, int ModalityClass)>(ReferenceEqualityComparer.Instance);
        foreach (var (key, slot) in slots)
        {
            foreach (var claim in slot)
            {
                Admit(key.Subject, key.ModalityClass, claim);
            }
        }

        foreach (var claim in subjectless)
        {
            Admit(null, Explanations.ModalityClass(claim.Modality), claim);
        }

        var joined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var period in groups.OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(g => QuantitySlots.SplitByTime(g.Value)))
        {
            var subjects = period.Where(c => subjectOf[c].Subject is not null).Select(c => subjectOf[c].Subject!).Distinct(StringComparer.Ordinal).ToList();
            var agreeing = period.Where(c => subjectOf[c].Subject is not null || IsNoOtherPlace(gazetteer, c, subjects))
                .OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Span.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
            if (!TwoDocumentsUnderTwoSubjects(agreeing, subjectOf) || AreSeparatePlaces(gazetteer, subjects) || NameTwoSubjectsOwnSentences(agreeing, subjectOf))
            {
                continue;
            }

            var ids = agreeing.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            if (findings.Exists(f => f.Kind == FindingKind.Corroboration && ids.All(f.ClaimIds.Contains)))
            {
                continue;
            }

            var measure = words.AliasedMeasure(agreeing[0].Measure);
            var subject = string.Join(" / ", subjects.Order(StringComparer.Ordinal).Select(s => QuantitySlots.SubjectShown(s, agreeing)));
            var modalityClass = subjectOf[agreeing[0]].ModalityClass;
            findings.RemoveAll(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Length > 0 && f.ClaimIds.All(ids.Contains));
            findings.Add(CorroborationFindings.Corroboration(words, subject, measure, null, modalityClass, Explanations.Topic(subject, measure, null, modalityClass), agreeing, [], names));
            joined.UnionWith(agreeing.Where(c => subjectOf[c].Subject is null).Select(c => c.Id));
        }

        return joined;

        void Admit(string? subject, int modalityClass, Claim claim)
        {
            if (claim.Quantity is { IsIncrement: false } quantity && IsDistinctive(quantity, options.DistinctiveFigureDigits) && !IsUnnamedPhysical(claim, quantity))
            {
                var figure = FigureKey(words, modalityClass, claim, quantity);
                if (!groups.TryGetValue(figure, out var group))
                {
                    groups[figure] = group = [];
                }

                group.Add(claim);
                subjectOf[claim] = (subject, modalityClass);
            }
        }
    }

    /// <summary>Whether a figure is unlikely to be given alike for two different things: at least <see cref="MinimumSize"/>, with at
    /// least <paramref name="minimumDigits"/> significant digits, and not a half step of two digits ("150", "2.5 million"), which is
    /// as round as a single digit.</summary>
    internal static bool IsDistinctive(Quantity quantity, int minimumDigits)
    {
        if (Math.Abs(quantity.Value) < MinimumSize)
        {
            return false;
        }

        var digits = SignificantDigits(quantity.Value);
        return digits.Length >= minimumDigits && !(digits.Length == 2 && digits[^1] == '5');
    }

    // The significant digits of a figure, without leading or trailing zeros ("837" for 8.37 billion, "34176" for 3,417.6).
    private static string SignificantDigits(double value)
    {
        var text = Math.Abs(value).ToString("0.##########", CultureInfo.InvariantCulture);
        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        return text.Contains('.', StringComparison.Ordinal) ? digits : digits.TrimEnd('0');
    }

    // A physical figure whose measure is only its unit's name ("130 km"): a radius, a distance from a town and a height all come in
    // one unit, so two such figures alike say nothing of one thing.
    private static bool IsUnnamedPhysical(Claim claim, Quantity quantity) =>
        quantity.Unit.Kind == UnitKind.Physical && claim.Measure == quantity.Unit.Name;

    // Whether a figure with no subject states no place, or the place of one of the subjects (the place itself, a place in it or the
    // place it lies in): "Lindenport recorded 104F" is not Brenmoor's 104F.
    private static bool IsNoOtherPlace(EntityGazetteer gazetteer, Claim claim, List<string> subjects) =>
        claim.Place is not { } place
        || subjects.Exists(s => s == place || gazetteer.LiesWithin(place, s) || gazetteer.LiesWithin(s, place));

    // Whether two documents give the figure under different subjects: each under a subject (no subject counting as one of its own)
    // the other does not give it under. One document's two subjects beside a second document under one of them are not.
    private static bool TwoDocumentsUnderTwoSubjects(List<Claim> agreeing, Dictionary<Claim, (string? Subject, int ModalityClass)> subjectOf)
    {
        var subjectsOf = agreeing.GroupBy(c => c.DocumentId, StringComparer.Ordinal).Select(d => d.Select(c => subjectOf[c].Subject).ToHashSet()).ToList();
        return subjectsOf.Exists(a => subjectsOf.Exists(b => !a.IsSubsetOf(b) && !b.IsSubsetOf(a)));
    }

    // Whether every subject is a place the gazetteer knows and none lies in another: two towns with the same figure are two counts
    // (as the slot path reads them), while a town's figure beside its own country's is one.
    private static bool AreSeparatePlaces(EntityGazetteer gazetteer, List<string> subjects) =>
        subjects.Count > 1
        && subjects.TrueForAll(s => gazetteer.ByName.TryGetValue(s, out var entity) && entity.Kind == EntityKind.Place)
        && !subjects.Exists(inner => subjects.Exists(outer => gazetteer.LiesWithin(inner, outer)));

    // Whether two different subjects are each named in the sentence of a claim read under it: both reports said whom the figure is
    // about in their own words, and said two different things. A subject the claims stage inherited from elsewhere in the report,
    // or none, may be a framing of the other.
    private static bool NameTwoSubjectsOwnSentences(List<Claim> agreeing, Dictionary<Claim, (string? Subject, int ModalityClass)> subjectOf) =>
        agreeing.Where(c => subjectOf[c].Subject is not null && NamesItsSubject(c)).Select(c => subjectOf[c].Subject).Distinct(StringComparer.Ordinal).Skip(1).Any();

    // Whether a claim's sentence names its subject as a whole word ("Vorland's", not "Vorlander").
    private static bool NamesItsSubject(Claim claim)
    {
        var subject = claim.Subject!;
        for (var at = claim.Text.IndexOf(subject, StringComparison.OrdinalIgnoreCase); at >= 0; at = claim.Text.IndexOf(subject, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + subject.Length;
            if ((at == 0 || !char.IsLetterOrDigit(claim.Text[at - 1])) && (end == claim.Text.Length || !char.IsLetterOrDigit(claim.Text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // What makes two figures one told alike: value and bounds, form (an approximate figure is the figure), the unit (any count noun
    // is a count; money by currency; other units by name), the measure under its alias name and the modality class.
    private static string FigureKey(ClaimWords words, int modalityClass, Claim claim, Quantity quantity)
    {
        var form = quantity.Qualifier == Qualifier.Approximately ? Qualifier.Exact : quantity.Qualifier;
        var unit = quantity.Unit.Kind == UnitKind.Count ? nameof(UnitKind.Count) : quantity.Unit.Name;
        return string.Create(CultureInfo.InvariantCulture, $"{words.AliasedMeasure(claim.Measure)}|{unit}|{modalityClass}|{form}|{quantity.Value:R}|{quantity.Low:R}|{quantity.High:R}");
    }
}
