using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Quantities;

namespace ClaimCheck.Comparison;

/// <summary>Agreement on a distinctive figure that reports file under different subjects: "$8.37 billion held up" under the country
/// of the canal in one report, under the ship owner's country in another and under the canal itself in a third.</summary>
/// <remarks>
/// Which subject a report's figure is read under follows how each outlet frames the story (the country where it happens, the
/// company or the authority that speaks), so several reports of one figure often land in different slots and never meet. A figure
/// that is distinctive (see <see cref="IsDistinctive"/>) given alike (same value and bounds, same form, same unit, same measure
/// under its measure-alias name, same modality class) by two or more documents under two or more subjects is one figure told
/// several times, not a coincidence: it is read as a corroboration across those slots, and so is such a figure beside the same
/// figure in a report that names no subject for it. The claims stay in their slots, so no
/// dispute or timeline comes of it; a corroboration whose claims it all takes in is replaced by it. A small or round count (5
/// dead, 200 injured, 1.5 million) is often given for different places alike and is never read so.
/// </remarks>
internal static class DistinctiveFigureAgreement
{
    /// <summary>The smallest figure read as distinctive: below it, two counts alike are too often two different things.</summary>
    private const double MinimumSize = 100;

    /// <summary>The fewest significant digits of a distinctive figure ("4,317", "9.6 billion"; not "200" or "3 million").</summary>
    private const int MinimumSignificantDigits = 2;

    /// <summary>Adds to <paramref name="findings"/> the corroborations of distinctive figures across the subjects of
    /// <paramref name="slots"/> and the figures of <paramref name="subjectless"/> (affirmed figures that no slot took because their
    /// report names no subject: one of them beside a slot's figure reads as that figure). Returns the subjectless figures that
    /// joined a corroboration, which were compared after all.</summary>
    internal static HashSet<string> Add(ClaimWords words, IReadOnlyDictionary<SlotKey, List<Claim>> slots, List<Claim> subjectless, Dictionary<string, string> names, List<Finding> findings)
    {
        var groups = new Dictionary<string, List<(string? Subject, int ModalityClass, Claim Claim)>>(StringComparer.Ordinal);
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
        foreach (var (_, group) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (group.Select(g => g.Subject).Distinct(StringComparer.Ordinal).Count() < 2 || group.Select(g => g.Claim.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var agreeing = group.Select(g => g.Claim).OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Span.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
            var ids = agreeing.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            if (findings.Exists(f => f.Kind == FindingKind.Corroboration && ids.All(f.ClaimIds.Contains)))
            {
                continue;
            }

            var measure = MeasureOf(words, agreeing[0].Measure);
            var subject = string.Join(" / ", group.Select(g => g.Subject).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(s => QuantitySlots.SubjectShown(s, agreeing)));
            var modalityClass = group[0].ModalityClass;
            findings.RemoveAll(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Length > 0 && f.ClaimIds.All(ids.Contains));
            findings.Add(CorroborationFindings.Corroboration(words, subject, measure, null, modalityClass, Explanations.Topic(subject, measure, null, modalityClass), agreeing, [], names));
            joined.UnionWith(group.Where(g => g.Subject is null).Select(g => g.Claim.Id));
        }

        return joined;

        void Admit(string? subject, int modalityClass, Claim claim)
        {
            if (claim.Quantity is { IsIncrement: false } quantity && IsDistinctive(quantity))
            {
                var figure = FigureKey(words, modalityClass, claim, quantity);
                if (!groups.TryGetValue(figure, out var group))
                {
                    groups[figure] = group = [];
                }

                group.Add((subject, modalityClass, claim));
            }
        }
    }

    /// <summary>Whether a figure is unlikely to be given alike for two different things: at least <see cref="MinimumSize"/>, with at
    /// least <see cref="MinimumSignificantDigits"/> significant digits, and not a half step of two digits ("150", "2.5 million"),
    /// which is as round as a single digit.</summary>
    internal static bool IsDistinctive(Quantity quantity)
    {
        if (Math.Abs(quantity.Value) < MinimumSize)
        {
            return false;
        }

        var digits = SignificantDigits(quantity.Value);
        return digits.Length > MinimumSignificantDigits || (digits.Length == MinimumSignificantDigits && digits[^1] != '5');
    }

    // The significant digits of a figure, without leading or trailing zeros ("96" for 9.6 billion, "21287" for 2,128.7).
    private static string SignificantDigits(double value)
    {
        var text = Math.Abs(value).ToString("0.##########", CultureInfo.InvariantCulture);
        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        return text.Contains('.', StringComparison.Ordinal) ? digits : digits.TrimEnd('0');
    }

    // What makes two figures one told alike: value and bounds, form (an approximate figure is the figure), the unit (any count noun
    // is a count; money by currency; other units by name), the measure under its alias name and the modality class.
    private static string FigureKey(ClaimWords words, int modalityClass, Claim claim, Quantity quantity)
    {
        var form = quantity.Qualifier == Qualifier.Approximately ? Qualifier.Exact : quantity.Qualifier;
        var unit = quantity.Unit.Kind == UnitKind.Count ? nameof(UnitKind.Count) : quantity.Unit.Name;
        return string.Create(CultureInfo.InvariantCulture, $"{MeasureOf(words, claim.Measure)}|{unit}|{modalityClass}|{form}|{quantity.Value:R}|{quantity.Low:R}|{quantity.High:R}");
    }

    // A measure under the name its measure-alias gives it ("patients · children" as "hospitalised · children").
    private static string MeasureOf(ClaimWords words, string measure)
    {
        var baseMeasure = MeasureNames.Base(measure);
        return words.MeasureAliases.TryGetValue(baseMeasure, out var alias) ? alias + measure[baseMeasure.Length..] : measure;
    }
}
