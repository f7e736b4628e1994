using System.Globalization;
using System.Text;
using ClaimCheck.Claims;

namespace ClaimCheck.Comparison;

/// <summary>Polarity conflicts: a proposition affirmed by some sources and denied by others, where their places agree; non-committal sources are listed on neither side.</summary>
internal static class PolarityDetector
{
    internal static void ComparePropositions(List<Claim> claims, Dictionary<string, string> names, List<Finding> findings)
    {
        var groups = claims.Where(c => c.Predicate is not null && c.Subject is not null)
            .GroupBy(c => (c.Subject!, c.Measure, c.Predicate!))
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var key = group.Key;
            var factual = group.Where(c => c.Modality is Modality.Asserted or Modality.Estimated).ToList();

            // Affirmed and denied claims conflict only where their places agree (the same place, or one of them names none):
            // "sent troops to Russia" and "has not sent troops to Ukraine" are not a dispute.
            static bool SamePlace(Claim a, Claim b) => a.Place is null || b.Place is null || a.Place == b.Place;
            var negated = factual.Where(n => n.Polarity == Polarity.Negated && factual.Exists(a => a.Polarity == Polarity.Affirmed && SamePlace(a, n))).ToList();
            var affirmed = factual.Where(a => a.Polarity == Polarity.Affirmed && negated.Exists(n => SamePlace(a, n))).ToList();
            if (affirmed.Count == 0 || negated.Count == 0)
            {
                continue;
            }

            // A single source that both affirms and denies is not a dispute between sources.
            var affirmOrigins = affirmed.Select(Origins.OriginKey).ToHashSet(StringComparer.Ordinal);
            var denyOrigins = negated.Select(Origins.OriginKey).ToHashSet(StringComparer.Ordinal);
            if (affirmOrigins.SetEquals(denyOrigins) && affirmOrigins.Count == 1)
            {
                continue;
            }

            var nonCommittal = group.Where(c => c.Modality == Modality.NonCommittal).ToList();
            var (subject, measure, predicate) = key;
            var proposition = $"{subject} {Explanations.PredicatePhrase(predicate)} {measure}";
            var place = affirmed.Concat(negated).Where(c => c.Place is not null).GroupBy(c => c.Place!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            if (place is not null && place != subject)
            {
                proposition += $" {Explanations.PlacePreposition(predicate)} {place}";
            }

            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Sources dispute whether {proposition}. Affirmed by {Explanations.Sources(affirmed, names)}; denied by {Explanations.Sources(negated, names)}.");
            if (nonCommittal.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" Neither confirmed nor denied by {Explanations.Sources(nonCommittal, names)} (not counted on either side).");
            }

            var attributedBothSides = affirmed.Exists(c => c.Attribution is not null) && negated.Exists(c => c.Attribution is not null);
            findings.Add(new Finding
            {
                Id = string.Empty,
                Kind = FindingKind.PolarityConflict,
                Severity = attributedBothSides ? FindingSeverity.High : FindingSeverity.Medium,
                Topic = $"{subject} · {Explanations.PredicatePhrase(predicate)} {measure}" + (place is not null && place != subject ? $" · {place}" : string.Empty),
                Sides = [new FindingSide("affirmed", [.. affirmed.Select(c => c.Id)]), new FindingSide("denied", [.. negated.Select(c => c.Id)])],
                Neutral = [.. nonCommittal.Select(c => c.Id)],
                ClaimIds = [.. affirmed.Concat(negated).Concat(nonCommittal).Select(c => c.Id)],
                Explanation = text.ToString(),
            });
        }
    }
}
