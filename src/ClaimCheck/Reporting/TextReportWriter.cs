using System.Globalization;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;

namespace ClaimCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as plain text for a terminal: findings first, each with its evidence quotes.</summary>
/// <remarks>Every string taken from the documents goes through <see cref="Printable"/>: a terminal escape sequence in an
/// article, outlet or id is printed as harmless text, never obeyed, and each item stays on its own line.</remarks>
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
        text.Append("ClaimCheck: ").AppendLine(Totals(report));
        foreach (var warning in report.Warnings)
        {
            text.Append("warning: ").AppendLine(Printable(warning));
        }

        foreach (var finding in report.Findings)
        {
            text.AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"{Printable(finding.Id)}  {finding.Kind}  [{finding.Severity}]  {Printable(finding.Topic)}").AppendLine();
            text.Append("  ").AppendLine(Printable(finding.Explanation));
            foreach (var side in finding.Sides)
            {
                text.Append(CultureInfo.InvariantCulture, $"  ▸ {Printable(side.Label)}").AppendLine();
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
            text.AppendLine().AppendLine(NoFindings(report));
        }

        if (!report.NotCompared.IsEmpty)
        {
            text.AppendLine().Append(NotComparedHeading).AppendLine(":");
            foreach (var group in report.NotComparedSummary)
            {
                text.Append("  ").AppendLine(Printable(group.Text));
            }

            if (report.NotCompared.Any(n => n.Reason == NotComparedReason.NoSubject))
            {
                text.Append("  ").AppendLine(NotComparedGroup.NoSubjectHint);
            }
        }

        return text.ToString();
    }

    /// <summary>The totals line every format starts with: "3 documents, 92 claims, 1 finding".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Totals(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"{English.Count(report.Documents.Length, "document")}, {English.Count(report.Claims.Length, "claim")}, {English.Count(report.Findings.Length, "finding")}";
    }

    /// <summary>What an empty findings list means, in every format: nothing compared disagrees, and whether claims were left
    /// out of the comparison (<see cref="CheckReport.NotCompared"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string NoFindings(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.NotCompared.IsEmpty
            ? "No findings: no claims about the same quantity or proposition disagree."
            : $"No findings among the claims compared; {English.Count(report.NotCompared.Length, "claim")} could not be compared (see \"{NotComparedHeading}\").";
    }

    /// <summary>An evidence sentence as every report quotes it: in curly double quotes, the quotation marks inside it made
    /// single and one left unbalanced at either end (a quote running on into the next sentence) dropped, so marks are never
    /// doubled or stray.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public static string Quote(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return English.Quote(evidence);
    }

    /// <summary>Text from the documents as the text formats print it, on one line and harmless on a terminal: line breaks,
    /// tabs and Unicode line and paragraph separators become spaces, and every other control character (C0, DEL, C1: the
    /// escape that starts a terminal sequence, the bell that ends one) is removed. The same instance when there is none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(NotPrintable);
        if (first < 0)
        {
            return text;
        }

        var printable = new StringBuilder(text.Length);
        printable.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\t' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                printable.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                printable.Append(c);
            }
        }

        return printable.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> NotPrintable = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)) + "\u2028\u2029");

    /// <summary>The heading above the lines of <see cref="CheckReport.NotComparedSummary"/>.</summary>
    public const string NotComparedHeading = "Not compared";

    private static void AppendEvidence(StringBuilder text, IEnumerable<string> ids, Dictionary<string, Claim> claims, Dictionary<string, string> names)
    {
        foreach (var id in ids)
        {
            if (!claims.TryGetValue(id, out var claim))
            {
                continue;
            }

            var source = claim.Attribution?.DisplayName ?? "no named source";
            text.Append(CultureInfo.InvariantCulture, $"    {Printable(names.GetValueOrDefault(claim.DocumentId, claim.DocumentId))} · {Printable(source)} · {claim.Modality}");
            text.AppendLine();
            text.Append("      ").AppendLine(Printable(English.Quote(claim.Text)));
        }
    }
}
