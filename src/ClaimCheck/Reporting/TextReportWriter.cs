using System.Globalization;
using System.Text;
using ClaimCheck.Claims;

namespace ClaimCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as plain text for a terminal: findings first, each with its evidence quotes.</summary>
public static class TextReportWriter
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var names = report.Documents.ToDictionary(d => d.Id, d => d.DisplayName, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"ClaimCheck: {report.Documents.Length} documents, {report.Claims.Length} claims, {report.Findings.Length} findings");
        text.AppendLine();
        foreach (var warning in report.Warnings)
        {
            text.Append("warning: ").AppendLine(warning);
        }

        foreach (var finding in report.Findings)
        {
            text.AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"{finding.Id}  {finding.Kind}  [{finding.Severity}]  {finding.Topic}").AppendLine();
            text.Append("  ").AppendLine(finding.Explanation);
            foreach (var side in finding.Sides)
            {
                text.Append(CultureInfo.InvariantCulture, $"  ▸ {side.Label}").AppendLine();
                AppendEvidence(text, side.ClaimIds, claims, names);
            }

            if (!finding.Neutral.IsEmpty)
            {
                text.AppendLine("  ▸ consistent with every side, or taking no side");
                AppendEvidence(text, finding.Neutral, claims, names);
            }
        }

        if (report.Findings.IsEmpty)
        {
            text.AppendLine().AppendLine("No findings: no claims about the same quantity or proposition disagree.");
        }

        return text.ToString();
    }

    private static void AppendEvidence(StringBuilder text, IEnumerable<string> ids, Dictionary<string, Claim> claims, Dictionary<string, string> names)
    {
        foreach (var id in ids)
        {
            if (!claims.TryGetValue(id, out var claim))
            {
                continue;
            }

            var source = claim.Attribution?.DisplayName ?? "no named source";
            text.Append(CultureInfo.InvariantCulture, $"    {names.GetValueOrDefault(claim.DocumentId, claim.DocumentId)} · {source} · {claim.Modality}");
            text.AppendLine();
            text.Append("      “").Append(claim.Text).AppendLine("”");
        }
    }
}
