using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Reporting;

/// <summary>Lookups shared by the report writers: claims and documents by id, and the claims each finding involves.</summary>
internal sealed class ReportIndex
{
    private static readonly ConditionalWeakTable<CheckReport, ReportIndex> Cache = new();

    public ReportIndex(CheckReport report)
    {
        Report = report;
        Claims = report.Claims.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        Documents = report.Documents.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        ClaimsInFindings = report.Findings.SelectMany(f => f.ClaimIds).ToFrozenSet(StringComparer.Ordinal);
    }

    public CheckReport Report { get; }

    /// <summary>The index of <paramref name="report"/>, built on first use and kept as long as the report lives.</summary>
    public static ReportIndex For(CheckReport report) => Cache.GetValue(report, static r => new ReportIndex(r));

    public FrozenDictionary<string, Claim> Claims { get; }

    public FrozenDictionary<string, Document> Documents { get; }

    public FrozenSet<string> ClaimsInFindings { get; }

    /// <summary>The claims behind <paramref name="ids"/>, skipping ids the report does not hold.</summary>
    public IEnumerable<Claim> Resolve(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            if (Claims.TryGetValue(id, out var claim))
            {
                yield return claim;
            }
        }
    }

    /// <summary>Who says a claim, for display: the attribution's name, else the outlet, else "no named source".</summary>
    public static string SourceOf(Claim claim) => claim.Attribution?.DisplayName ?? "no named source";

    /// <summary>The name a document is shown under.</summary>
    public string DocumentName(string documentId) =>
        Documents.TryGetValue(documentId, out var document) ? document.DisplayName : documentId;

    /// <summary>An HTML/Markdown anchor for a document: "doc-" and the id with anything but letters, digits, '-' and '_' replaced.</summary>
    public static string DocumentAnchor(string documentId) => "doc-" + Slug(documentId);

    /// <summary>An HTML anchor for a claim's evidence: "claim-" and its id, "#" and other punctuation replaced by '-'.</summary>
    public static string ClaimAnchor(string claimId) => "claim-" + Slug(claimId);

    private static string Slug(string value) =>
        string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-';
            }
        });
}
