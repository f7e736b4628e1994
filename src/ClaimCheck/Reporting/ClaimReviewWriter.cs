using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as schema.org <c>ClaimReview</c> JSON-LD: one review per finding.</summary>
/// <remarks>
/// <para>The document is <c>{"@context": ["https://schema.org", {"claimcheck": <see cref="ExtensionNamespace"/>}], "@graph": [...]}</c>.
/// Each <c>ClaimReview</c> has <c>claimReviewed</c> (the topic and the sides), <c>reviewBody</c> (the explanation),
/// <c>itemReviewed</c> (a <c>Claim</c> with one <c>appearance</c> per document involved: a <c>CreativeWork</c> with
/// <c>name</c>, and <c>url</c>, <c>publisher</c> and <c>datePublished</c> when known) and <c>reviewRating</c>.</para>
/// <para>The rating rates agreement between sources, not truth, on a scale from 1 (worst) to 5 (best):
/// 1 "Contradicted" (a high-severity polarity conflict: some sources deny what others affirm),
/// 2 "Strongly disputed" (other high-severity findings: figures a factor of two or more apart),
/// 3 "Disputed" (medium severity), 4 "Slightly disputed" (low severity),
/// 5 "Consistent" (an evolution or any other informational finding: the figures grow over time, no dispute).</para>
/// <para>ClaimCheck's own data is under the <c>claimcheck:</c> prefix: <c>claimcheck:findingId</c>, <c>claimcheck:kind</c>,
/// <c>claimcheck:severity</c>, <c>claimcheck:topic</c>, <c>claimcheck:sides</c> (each with <c>claimcheck:label</c> and
/// <c>claimcheck:claims</c>, schema.org <c>Claim</c>s with their evidence <c>text</c>, <c>author</c> and
/// <c>appearance</c>) and <c>claimcheck:neutral</c> (claims that fit every side or take none).</para>
/// <para>The output has no dates of its own (no clock is read); it is deterministic and the writer is thread-safe.</para>
/// </remarks>
public static class ClaimReviewWriter
{
    /// <summary>The IRI the <c>claimcheck:</c> prefix expands to in the JSON-LD context.</summary>
    public const string ExtensionNamespace = "urn:claimcheck:";

    /// <summary>The JSON-LD context URL of schema.org.</summary>
    public const string SchemaOrgContext = "https://schema.org";

    /// <summary>The rating given to a finding, with its name, on the 1–5 scale described in the remarks.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The rating value (1 worst to 5 best) and its <c>alternateName</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static (int Value, string Name) Rate(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return (finding.Kind, finding.Severity) switch
        {
            (FindingKind.Evolution, _) or (_, FindingSeverity.Info) => (5, "Consistent"),
            (FindingKind.PolarityConflict, FindingSeverity.High) => (1, "Contradicted"),
            (_, FindingSeverity.High) => (2, "Strongly disputed"),
            (_, FindingSeverity.Medium) => (3, "Disputed"),
            _ => (4, "Slightly disputed"),
        };
    }

    /// <summary>Renders <paramref name="report"/> as indented JSON-LD.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON-LD.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CheckReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        var index = new ReportIndex(report);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("@context");
        json.WriteStringValue(SchemaOrgContext);
        json.WriteStartObject();
        json.WriteString("claimcheck", ExtensionNamespace);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("@graph");
        foreach (var finding in report.Findings)
        {
            WriteReview(json, finding, index);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReview(Utf8JsonWriter json, Finding finding, ReportIndex index)
    {
        json.WriteStartObject();
        json.WriteString("@type", "ClaimReview");
        json.WriteString("@id", "#" + finding.Id);
        json.WriteString("name", $"{finding.Id}: {finding.Kind} — {finding.Topic}");
        json.WriteString("claimReviewed", finding.Sides.IsEmpty ? finding.Topic : $"{finding.Topic}: {string.Join(" vs ", finding.Sides.Select(s => s.Label))}");
        json.WriteString("reviewBody", finding.Explanation);
        json.WriteStartObject("author");
        json.WriteString("@type", "Organization");
        json.WriteString("name", "ClaimCheck (automated cross-source comparison)");
        json.WriteEndObject();

        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        json.WriteString("name", finding.Topic);
        json.WriteStartArray("appearance");
        foreach (var document in index.DocumentsOf(finding))
        {
            WriteAppearance(json, document);
        }

        json.WriteEndArray();
        json.WriteEndObject();

        var (value, name) = Rate(finding);
        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        json.WriteNumber("ratingValue", value);
        json.WriteNumber("bestRating", 5);
        json.WriteNumber("worstRating", 1);
        json.WriteString("alternateName", name);
        json.WriteString("ratingExplanation", "Agreement between sources, 1 (contradicted) to 5 (consistent); not a verdict on truth.");
        json.WriteEndObject();

        json.WriteString("claimcheck:findingId", finding.Id);
        json.WriteString("claimcheck:kind", finding.Kind.ToString());
        json.WriteString("claimcheck:severity", finding.Severity.ToString());
        json.WriteString("claimcheck:topic", finding.Topic);
        json.WriteStartArray("claimcheck:sides");
        foreach (var side in finding.Sides)
        {
            json.WriteStartObject();
            json.WriteString("claimcheck:label", side.Label);
            json.WritePropertyName("claimcheck:claims");
            WriteClaims(json, index.Resolve(side.ClaimIds), index);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("claimcheck:neutral");
        WriteClaims(json, index.Resolve(finding.Neutral), index);
        json.WriteEndObject();
    }

    private static void WriteClaims(Utf8JsonWriter json, IEnumerable<Claim> claims, ReportIndex index)
    {
        json.WriteStartArray();
        foreach (var claim in claims)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Claim");
            json.WriteString("identifier", claim.Id);
            json.WriteString("text", claim.Text);
            if (claim.Attribution is { } attribution)
            {
                json.WriteStartObject("author");
                json.WriteString("@type", attribution.Speaker is null ? "Organization" : "Person");
                json.WriteString("name", attribution.Speaker ?? attribution.Organization ?? attribution.Affiliation ?? attribution.DisplayName);
                if (attribution.Speaker is not null && attribution.Organization is not null)
                {
                    json.WriteStartObject("affiliation");
                    json.WriteString("@type", "Organization");
                    json.WriteString("name", attribution.Organization);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            if (index.Documents.TryGetValue(claim.DocumentId, out var document))
            {
                json.WritePropertyName("appearance");
                WriteAppearance(json, document);
            }

            if (claim.Quantity is { } quantity)
            {
                json.WriteString("claimcheck:quantity", quantity.ToString());
                json.WriteNumber("claimcheck:value", quantity.Value);
            }

            json.WriteString("claimcheck:polarity", claim.Polarity.ToString());
            json.WriteString("claimcheck:modality", claim.Modality.ToString());
            json.WriteNumber("claimcheck:spanStart", claim.Span.Start);
            json.WriteNumber("claimcheck:spanLength", claim.Span.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAppearance(Utf8JsonWriter json, Document document)
    {
        json.WriteStartObject();
        json.WriteString("@type", "CreativeWork");
        json.WriteString("name", document.Id);
        if (document.Url is not null)
        {
            json.WriteString("url", document.Url.AbsoluteUri);
        }

        if (document.Outlet is not null)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", document.Outlet);
            json.WriteEndObject();
        }

        if (document.Published is { } published)
        {
            json.WriteString("datePublished", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }
}
