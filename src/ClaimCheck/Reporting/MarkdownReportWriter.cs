using System.Globalization;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as Markdown (CommonMark with GitHub tables): findings first, each with its
/// sides and the evidence quoted, then the documents, which the evidence links back to.</summary>
/// <remarks>
/// Evidence links go to the document's <see cref="Document.Url"/> when it has one, else to the document's entry in the
/// "Documents" section (an HTML anchor <c>doc-ID</c>). Text from the documents is escaped so it cannot add Markdown
/// structure or HTML. Deterministic and thread-safe.
/// </remarks>
public static class MarkdownReportWriter
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var index = ReportIndex.For(report);
        var md = new StringBuilder();
        md.AppendLine("# ClaimCheck report").AppendLine();
        md.Append(TextReportWriter.Totals(report)).AppendLine(".");
        foreach (var warning in report.Warnings)
        {
            md.AppendLine().Append("> **Warning:** ").AppendLine(Escape(warning));
        }

        md.AppendLine().AppendLine("## Findings").AppendLine();
        if (report.Findings.IsEmpty)
        {
            md.AppendLine(Escape(TextReportWriter.NoFindings(report)));
        }

        foreach (var finding in report.Findings)
        {
            AppendFinding(md, finding, index);
        }

        if (!report.NotCompared.IsEmpty)
        {
            md.AppendLine().Append("## ").AppendLine(TextReportWriter.NotComparedHeading).AppendLine();
            foreach (var group in report.NotComparedSummary)
            {
                md.Append("- ").Append(Escape(group.Text)).Append(" (").Append(Escape(string.Join(", ", group.ClaimIds))).AppendLine(")");
            }

            if (report.NotCompared.Any(n => n.Reason == NotComparedReason.NoSubject))
            {
                md.AppendLine().AppendLine(Escape(NotComparedGroup.NoSubjectHint));
            }
        }

        md.AppendLine().AppendLine("## Documents").AppendLine();
        md.AppendLine("| document | outlet | published | claims | source |");
        md.AppendLine("| --- | --- | --- | ---: | --- |");
        var claimCounts = report.Claims.CountBy(c => c.DocumentId).ToDictionary(StringComparer.Ordinal);
        foreach (var document in report.Documents)
        {
            md.Append(CultureInfo.InvariantCulture, $"| <a id=\"{ReportIndex.DocumentAnchor(document.Id)}\"></a>{Escape(document.Id)} | {Escape(document.Outlet ?? "")} | ");
            md.Append(document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append(" | ");
            md.Append(claimCounts.GetValueOrDefault(document.Id)).Append(" | ");
            md.Append(document.Url is null ? "" : $"<{document.Url.AbsoluteUri}>").AppendLine(" |");
        }

        return md.ToString();
    }

    private static void AppendFinding(StringBuilder md, Finding finding, ReportIndex index)
    {
        md.AppendLine();
        md.Append(CultureInfo.InvariantCulture, $"### {finding.Id} · {finding.Kind} · {finding.Severity} — {Escape(finding.Topic)}").AppendLine().AppendLine();
        md.AppendLine(Escape(finding.Explanation));
        foreach (var side in finding.Sides)
        {
            md.AppendLine().Append("**").Append(Escape(side.Label)).AppendLine("**").AppendLine();
            AppendEvidence(md, index.Resolve(side.ClaimIds), index);
        }

        if (!finding.Neutral.IsEmpty)
        {
            md.AppendLine().AppendLine("**Consistent with every side, or taking no side**").AppendLine();
            AppendEvidence(md, index.Resolve(finding.Neutral), index);
        }
    }

    private static void AppendEvidence(StringBuilder md, IEnumerable<Claim> claims, ReportIndex index)
    {
        foreach (var claim in claims)
        {
            var link = index.Documents.TryGetValue(claim.DocumentId, out var document) && document.Url is not null
                ? document.Url.AbsoluteUri
                : "#" + ReportIndex.DocumentAnchor(claim.DocumentId);
            md.Append("- ").Append(Escape(ReportIndex.SourceOf(claim))).Append(", in [").Append(Escape(index.DocumentName(claim.DocumentId)))
                .Append("](").Append(link.Replace(" ", "%20", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)).Append(')')
                .Append(CultureInfo.InvariantCulture, $" ({claim.Modality}, characters {claim.Span.Start}–{claim.Span.End}):").AppendLine();
            md.Append("  > ").AppendLine(Escape(claim.Text));
        }
    }

    /// <summary>Text on one line (<see cref="TextReportWriter.Printable"/>: a line break in an id cannot end a table row or a
    /// quote) with the characters that could start Markdown structure or inline HTML escaped (<c>|</c> too, so it cannot
    /// end a table cell).</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in TextReportWriter.Printable(text))
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '!' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
