using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as schema.org <c>ClaimReview</c> JSON-LD: one review per side of each finding.</summary>
/// <remarks>
/// <para>The document is <c>{"@context": ["https://schema.org", {"claimcheck": <see cref="ExtensionNamespace"/>}], "@graph": [...]}</c>.
/// A finding's sides make different claims ("12 deaths" against "31 deaths"), and a ClaimReview reviews one claim, so each
/// side gets its own review (docs/claimreview.md): <c>claimReviewed</c> is the evidence sentence of the side's first claim;
/// <c>itemReviewed</c> is that <c>Claim</c>, with its <c>author</c> (the speaker or organisation) and one <c>appearance</c>
/// per document in which the side's claims appear (<c>name</c>, and <c>url</c>, <c>publisher</c> and <c>datePublished</c>
/// when known); <c>reviewBody</c> is the finding's explanation; <c>author</c>, <c>url</c> and <c>datePublished</c> come from
/// <see cref="ClaimReviewOptions"/>.</para>
/// <para>The rating measures agreement between sources, not truth, on a scale from 1 (worst) to 5 (best), and its
/// <c>alternateName</c> says so (<see cref="Rate"/>).</para>
/// <para>ClaimCheck's own data is under the <c>claimcheck:</c> prefix: <c>claimcheck:findingId</c>, <c>claimcheck:side</c>
/// (the side's label), <c>claimcheck:kind</c>, <c>claimcheck:severity</c>, <c>claimcheck:topic</c>, <c>claimcheck:sides</c>
/// (every side of the finding, each with <c>claimcheck:label</c> and <c>claimcheck:claims</c>, schema.org <c>Claim</c>s with
/// their evidence <c>text</c>, <c>author</c> and <c>appearance</c>) and <c>claimcheck:neutral</c>.</para>
/// <para>No clock is read: the output is deterministic and the writer is thread-safe.</para>
/// </remarks>
public static class ClaimReviewWriter
{
    /// <summary>The IRI the <c>claimcheck:</c> prefix expands to in the JSON-LD context.</summary>
    public const string ExtensionNamespace = "urn:claimcheck:";

    /// <summary>The JSON-LD context URL of schema.org.</summary>
    public const string SchemaOrgContext = "https://schema.org";

    /// <summary>The rating's <c>ratingExplanation</c>: what the scale measures.</summary>
    public const string RatingExplanation = "Agreement between the sources compared, from 1 (they contradict each other) to 5 (they agree); not a verdict on whether the claim is true.";

    /// <summary>The rating given to a finding on the 1–5 scale of agreement between sources, with its name:
    /// 1 "Sources contradict each other" (a high-severity polarity conflict: some deny what others affirm),
    /// 2 "Sources disagree strongly" (other high-severity findings: figures a factor of two or more apart),
    /// 3 "Sources disagree" (medium severity), 4 "Sources disagree slightly" (low severity),
    /// 5 "Sources agree" (an evolution, a corroboration or any other informational finding).</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The rating value (1 worst to 5 best) and its <c>alternateName</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static (int Value, string Name) Rate(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return (finding.Kind, finding.Severity) switch
        {
            (FindingKind.Evolution, _) or (_, FindingSeverity.Info) => (5, "Sources agree"),
            (FindingKind.PolarityConflict, FindingSeverity.High) => (1, "Sources contradict each other"),
            (_, FindingSeverity.High) => (2, "Sources disagree strongly"),
            (_, FindingSeverity.Medium) => (3, "Sources disagree"),
            _ => (4, "Sources disagree slightly"),
        };
    }

    /// <summary>Renders <paramref name="report"/> as indented JSON-LD.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Publisher, review page and date; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (<see cref="ClaimReviewOptions.Validate"/>).</exception>
    public static string Write(CheckReport report, ClaimReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= new ClaimReviewOptions();
        options.Validate();
        using var stream = new MemoryStream();
        WriteJson(report, stream, options);
        return JsonReportWriter.HtmlSafe(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON-LD.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (<see cref="ClaimReviewOptions.Validate"/>).</exception>
    public static void Write(CheckReport report, Stream stream, ClaimReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Encoding.UTF8.GetBytes(Write(report, options)));
    }

    // Written with the relaxed encoder (readable text); Write then escapes <, > and & so the JSON-LD can sit in a <script>.
    private static void WriteJson(CheckReport report, Stream stream, ClaimReviewOptions options)
    {
        var index = ReportIndex.For(report);
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
            for (var side = 0; side < finding.Sides.Length; side++)
            {
                if (index.Resolve(finding.Sides[side].ClaimIds).FirstOrDefault() is { } reviewed)
                {
                    WriteReview(json, finding, side, reviewed, index, options);
                }
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReview(Utf8JsonWriter json, Finding finding, int sideIndex, Claim reviewed, ReportIndex index, ClaimReviewOptions options)
    {
        var side = finding.Sides[sideIndex];
        var id = string.Create(CultureInfo.InvariantCulture, $"{finding.Id}-{sideIndex + 1}");
        var document = index.Documents.GetValueOrDefault(reviewed.DocumentId);
        json.WriteStartObject();
        json.WriteString("@type", "ClaimReview");
        json.WriteString("@id", "#" + id);
        json.WriteString("name", $"{finding.Id}, side {sideIndex + 1}: {side.Label} — {finding.Topic}");
        if ((options.ReviewUrl is { } page ? new Uri(page, "#" + id) : document?.Url) is { } url)
        {
            json.WriteString("url", url.AbsoluteUri);
        }

        if (options.DatePublished is { } date)
        {
            json.WriteString("datePublished", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        json.WriteString("claimReviewed", English.Evidence(reviewed.Text));
        json.WriteString("reviewBody", finding.Explanation);
        json.WriteStartObject("author");
        json.WriteString("@type", "Organization");
        json.WriteString("name", options.Publisher.Trim());
        if (options.PublisherUrl is not null)
        {
            json.WriteString("url", options.PublisherUrl.AbsoluteUri);
        }

        json.WriteEndObject();

        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        json.WriteString("name", side.Label);
        WriteAuthor(json, reviewed);
        if (document?.Published is { } published)
        {
            json.WriteString("datePublished", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        json.WriteStartArray("appearance");
        // In report order, found through the index: linear in the side's claims, not in the report's documents.
        var appearances = index.Resolve(side.ClaimIds)
            .Select(c => index.DocumentOrder.TryGetValue(c.DocumentId, out var order) ? order : -1)
            .Where(order => order >= 0)
            .Distinct()
            .Order();
        foreach (var order in appearances)
        {
            WriteAppearance(json, index.Report.Documents[order]);
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
        json.WriteString("ratingExplanation", RatingExplanation);
        json.WriteEndObject();

        json.WriteString("claimcheck:findingId", finding.Id);
        json.WriteString("claimcheck:side", side.Label);
        json.WriteString("claimcheck:kind", finding.Kind.ToString());
        json.WriteString("claimcheck:severity", finding.Severity.ToString());
        json.WriteString("claimcheck:topic", finding.Topic);
        json.WriteStartArray("claimcheck:sides");
        foreach (var each in finding.Sides)
        {
            json.WriteStartObject();
            json.WriteString("claimcheck:label", each.Label);
            json.WritePropertyName("claimcheck:claims");
            WriteClaims(json, index.Resolve(each.ClaimIds), index);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("claimcheck:neutral");
        WriteClaims(json, index.Resolve(finding.Neutral), index);
        json.WriteEndObject();
    }

    private static void WriteAuthor(Utf8JsonWriter json, Claim claim)
    {
        if (claim.Attribution is not { } attribution)
        {
            return;
        }

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

    private static void WriteClaims(Utf8JsonWriter json, IEnumerable<Claim> claims, ReportIndex index)
    {
        json.WriteStartArray();
        foreach (var claim in claims)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Claim");
            json.WriteString("identifier", claim.Id);
            json.WriteString("text", English.Evidence(claim.Text));
            WriteAuthor(json, claim);
            if (index.Documents.TryGetValue(claim.DocumentId, out var document))
            {
                json.WritePropertyName("appearance");
                WriteAppearance(json, document);
            }

            if (claim.Quantity is { } quantity)
            {
                json.WriteString("claimcheck:quantity", English.Display(quantity));
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
