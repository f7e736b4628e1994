using System.Globalization;
using System.Text;
using ClaimCheck.Claims;

namespace ClaimCheck.Comparison;

/// <summary>Corroboration findings: figures from several documents that agree, with how many independent origins stand behind them.</summary>
internal static class CorroborationFindings
{
    internal static Finding Corroboration(ClaimWords words, string subject, string measure, string? place, int modalityClass, string topic, List<Claim> agreeing, List<Claim> neutral, Dictionary<string, string> names)
    {
        var origins = Origins.IndependentOrigins(agreeing);
        var documents = agreeing.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Sources agree on {Explanations.Describe(words, subject, measure, place, modalityClass)}: {Explanations.Label(agreeing)} ({Explanations.Sources(agreeing, names)}); ");
        text.Append(CultureInfo.InvariantCulture, $"{documents} documents, {origins} independent {(origins == 1 ? "origin" : "origins")}.");
        if (neutral.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Also consistent: {Explanations.Label(neutral)} ({Explanations.Sources(neutral, names)}).");
        }

        return new Finding
        {
            Id = string.Empty,
            Kind = FindingKind.Corroboration,
            Severity = FindingSeverity.Info,
            Topic = topic,
            Sides = [new FindingSide(Explanations.Label(agreeing), [.. agreeing.Select(c => c.Id)])],
            Neutral = [.. neutral.Select(c => c.Id)],
            ClaimIds = [.. agreeing.Concat(neutral).Select(c => c.Id)],
            Explanation = text.ToString(),
            IndependentOrigins = origins,
        };
    }
}
