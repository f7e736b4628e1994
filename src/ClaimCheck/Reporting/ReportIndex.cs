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
        var byDocument = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var claim in report.Claims)
        {
            if (!byDocument.TryGetValue(claim.DocumentId, out var claims))
            {
                byDocument[claim.DocumentId] = claims = [];
            }

            claims.Add(claim);
        }

        _claimsByDocument = byDocument.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<Claim>)p.Value, StringComparer.Ordinal);
        DocumentOrder = report.Documents.Select((d, i) => (d.Id, i)).DistinctBy(p => p.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    private readonly FrozenDictionary<string, IReadOnlyList<Claim>> _claimsByDocument;

    public CheckReport Report { get; }

    /// <summary>The index of <paramref name="report"/>, built on first use and kept as long as the report lives.</summary>
    public static ReportIndex For(CheckReport report) => Cache.GetValue(report, static r => new ReportIndex(r));

    public FrozenDictionary<string, Claim> Claims { get; }

    public FrozenDictionary<string, Document> Documents { get; }

    public FrozenSet<string> ClaimsInFindings { get; }

    /// <summary>Each document's position in <see cref="CheckReport.Documents"/>, by id.</summary>
    public FrozenDictionary<string, int> DocumentOrder { get; }

    /// <summary>The claims of one document, in report order (found once for all documents, so writers stay linear).</summary>
    public IReadOnlyList<Claim> ClaimsOfDocument(string documentId) =>
        _claimsByDocument.TryGetValue(documentId, out var claims) ? claims : [];

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

    /// <summary>An HTML/Markdown anchor for a document: "doc-" and the id's <see cref="Slug"/>, so two ids never share one.</summary>
    public static string DocumentAnchor(string documentId) => "doc-" + Slug(documentId);

    /// <summary>An HTML anchor for a claim's evidence: "claim-", then for an id "DOCUMENT#N" the document's <see cref="Slug"/>,
    /// '-' and N ("001#6" → "claim-001-6"); any other id's slug and a closing '-'. Distinct ids give distinct anchors: the
    /// slug is one-to-one, N is digits after the last '-', and only the other form ends in '-'.</summary>
    public static string ClaimAnchor(string claimId)
    {
        var hash = claimId.LastIndexOf('#');
        return hash > 0 && hash < claimId.Length - 1 && !claimId.AsSpan(hash + 1).ContainsAnyExceptInRange('0', '9')
            ? $"claim-{Slug(claimId[..hash])}-{claimId[(hash + 1)..]}"
            : $"claim-{Slug(claimId)}-";
    }

    /// <summary>An id as an anchor: ASCII letters, digits, '-' and '_' as they are, every other UTF-16 unit as '.' and its four
    /// hexadecimal digits ("a b" → "a.0020b", "日本" → ".65E5.672C"). One-to-one, so distinct ids never share an anchor, and
    /// safe in an HTML id, a URL fragment and Markdown.</summary>
    public static string Slug(string value)
    {
        var plain = !value.AsSpan().ContainsAnyExcept(Plain);
        if (plain)
        {
            return value;
        }

        var slug = new System.Text.StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            if (Plain.Contains(c))
            {
                slug.Append(c);
            }
            else
            {
                slug.Append('.').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return slug.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Plain =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
