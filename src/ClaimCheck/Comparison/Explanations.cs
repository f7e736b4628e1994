using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Quantities;

namespace ClaimCheck.Comparison;

/// <summary>The words of findings: topics, descriptions of what is compared, labels of sides and the sources behind them.</summary>
internal static class Explanations
{
    internal static string EventPhrase(string anchor, string eventClass) => anchor == "event" ? eventClass : $"{anchor} ({eventClass})";

    internal static string PredicatePhrase(string predicate) => predicate switch
    {
        "deploy" => "sent",
        "supply" => "supplied",
        "combat" => "fought with",
        "attack" => "attacked",
        "use" => "used",
        "responsible" => "was responsible for the",
        _ => predicate,
    };

    /// <summary>The preposition before a proposition's place: troops are sent "to" a place, force is used "in" it.</summary>
    internal static string PlacePreposition(string predicate) => predicate is "deploy" or "supply" ? "to" : "in";

    internal static int ModalityClass(Modality modality) => modality switch
    {
        Modality.Planned => 1,
        Modality.Forecast => 2,
        _ => 0,
    };

    internal static string Topic(string subject, string measure, string? place, int modalityClass)
    {
        var topic = place is null || place == subject ? $"{subject} · {measure}" : $"{subject} · {measure} · {place}";
        return modalityClass switch
        {
            1 => topic + " · planned",
            2 => topic + " · forecast",
            _ => topic,
        };
    }

    internal static string Describe(ClaimWords words, string subject, string measure, string? place, int modalityClass)
    {
        var kind = modalityClass switch { 1 => "planned ", 2 => "forecast ", _ => string.Empty };
        var where = place is null || place == subject ? string.Empty : $" in {place}";
        // The phrase follows what the measure is, as the claim lexicon classes it.
        return measure switch
        {
            "amount" => $"the {kind}amount of money involving {subject}{where}",
            "share" => $"the {kind}share for {subject}{where}",
            "duration" => $"the {kind}duration for {subject}{where}",
            "vaccinated" or "treated" => $"the {kind}number of people {measure} in {subject}{where}",
            _ when words.MoneyMeasureValues.Contains(measure) => $"the {kind}{measure} amount involving {subject}{where}",
            _ when words.IsPercentageMeasure(measure) => $"the {kind}{measure} in {subject}{where}",
            _ when words.OutcomeMeasures.Contains(measure) => $"the {kind}number of {measure} in {subject}{where}",
            _ => $"the {kind}number of {measure} from {subject}{where}",
        };
    }

    internal static string Label(IEnumerable<Claim> claims)
    {
        var labels = claims.Select(c => c.Quantity is { } q ? Describe(q, c.Measure) : c.Measure).Distinct(StringComparer.Ordinal).ToList();
        return labels.Count <= 3 ? string.Join(" / ", labels) : $"{string.Join(" / ", labels.Take(3))} / …";
    }

    /// <summary>"about 3,000 troops", "at least 3,000 troops", "+1,500 troops", "$50 billion" style labels, using the claim's measure for counts.</summary>
    internal static string Describe(Quantity quantity, string measure)
    {
        if (quantity.Unit.Kind != UnitKind.Count)
        {
            return quantity.ToString();
        }

        var text = quantity.WithUnit(Unit.None).ToString();
        return $"{text} {measure}";
    }

    /// <summary>"Kiev (001); Park Sun-won (002, 004)" — named sources with their documents, then documents with no named source.</summary>
    internal static string Sources(IEnumerable<Claim> claims, Dictionary<string, string> names)
    {
        var list = claims.ToList();
        var named = list.Where(c => c.Attribution is not null)
            .GroupBy(c => c.Attribution!.DisplayName, StringComparer.Ordinal)
            .Select(g => $"{g.Key} in {string.Join(", ", g.Select(c => names.GetValueOrDefault(c.DocumentId, c.DocumentId)).Distinct(StringComparer.Ordinal))}")
            .ToList();
        var unnamed = list.Where(c => c.Attribution is null).Select(c => names.GetValueOrDefault(c.DocumentId, c.DocumentId)).Distinct(StringComparer.Ordinal).ToList();
        if (unnamed.Count > 0)
        {
            named.Add($"the outlet itself in {string.Join(", ", unnamed)}");
        }

        return string.Join("; ", named);
    }
}
