using System.Text.Json;
using ClaimCheck.Comparison;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Golden;

namespace ClaimCheck.Tests.Reporting;

public class ClaimReviewWriterTests : IClassFixture<SeedReportFixture>
{
    // The schema.org terms the writer uses; anything else must be a JSON-LD keyword or carry the claimcheck: prefix.
    private static readonly HashSet<string> SchemaOrgTerms =
    [
        "ClaimReview", "Claim", "CreativeWork", "Organization", "Person", "Rating", "name", "claimReviewed", "reviewBody", "author",
        "itemReviewed", "appearance", "url", "publisher", "datePublished", "reviewRating", "ratingValue", "bestRating", "worstRating",
        "alternateName", "ratingExplanation", "identifier", "text", "affiliation",
    ];

    private readonly SeedReportFixture _seeds;

    public ClaimReviewWriterTests(SeedReportFixture seeds) => _seeds = seeds;

    [Fact]
    public void Write_Seeds_HasSchemaOrgContextAndTheExtensionPrefix()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report));

        var context = json.RootElement.GetProperty("@context");
        context[0].GetString().Should().Be("https://schema.org");
        context[1].GetProperty("claimcheck").GetString().Should().Be(ClaimReviewWriter.ExtensionNamespace);
    }

    [Fact]
    public void Write_Seeds_HasOneClaimReviewPerFinding()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report));

        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        graph.Should().HaveCount(_seeds.Report.Findings.Length);
        graph.Select(r => r.GetProperty("@type").GetString()).Should().OnlyContain(t => t == "ClaimReview");
        graph.Select(r => r.GetProperty("claimcheck:findingId").GetString()).Should().Equal(_seeds.Report.Findings.Select(f => f.Id));
    }

    [Fact]
    public void Write_Seeds_ItemReviewedIsAClaimWithOneAppearancePerDocument()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report));

        foreach (var (review, finding) in json.RootElement.GetProperty("@graph").EnumerateArray().Zip(_seeds.Report.Findings))
        {
            var item = review.GetProperty("itemReviewed");
            item.GetProperty("@type").GetString().Should().Be("Claim");
            var documents = finding.ClaimIds.Select(id => _seeds.ClaimsById[id].DocumentId).Distinct().Order(StringComparer.Ordinal);
            item.GetProperty("appearance").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Order(StringComparer.Ordinal).Should().Equal(documents);
        }
    }

    [Fact]
    public void Write_Seeds_RatingIsOnTheDocumentedScale()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report));

        foreach (var review in json.RootElement.GetProperty("@graph").EnumerateArray())
        {
            var rating = review.GetProperty("reviewRating");
            rating.GetProperty("@type").GetString().Should().Be("Rating");
            rating.GetProperty("bestRating").GetInt32().Should().Be(5);
            rating.GetProperty("worstRating").GetInt32().Should().Be(1);
            rating.GetProperty("ratingValue").GetInt32().Should().BeInRange(1, 5);
            rating.GetProperty("alternateName").GetString().Should().NotBeNullOrEmpty();
        }
    }

    [Fact]
    public void Write_Seeds_EveryTermIsSchemaOrgKeywordOrPrefixed()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report));

        var unknown = new List<string>();
        foreach (var review in json.RootElement.GetProperty("@graph").EnumerateArray())
        {
            CollectUnknownTerms(review, unknown);
        }

        unknown.Should().BeEmpty("every property must be a schema.org term, a JSON-LD keyword or claimcheck:-prefixed");
    }

    [Fact]
    public void Write_Seeds_SidesCarryTheContradictingClaims()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report));
        var finding = _seeds.Report.Findings.First(f => f.Kind == FindingKind.NumericDiscrepancy);
        var review = json.RootElement.GetProperty("@graph").EnumerateArray().First(r => r.GetProperty("claimcheck:findingId").GetString() == finding.Id);

        var sides = review.GetProperty("claimcheck:sides").EnumerateArray().ToList();
        sides.Select(s => s.GetProperty("claimcheck:label").GetString()).Should().Equal(finding.Sides.Select(s => s.Label));
        sides[0].GetProperty("claimcheck:claims").EnumerateArray().Select(c => c.GetProperty("identifier").GetString()).Should().Equal(finding.Sides[0].ClaimIds);
    }

    [Theory]
    [InlineData(FindingKind.PolarityConflict, FindingSeverity.High, 1, "Contradicted")]
    [InlineData(FindingKind.NumericDiscrepancy, FindingSeverity.High, 2, "Strongly disputed")]
    [InlineData(FindingKind.NumericDiscrepancy, FindingSeverity.Medium, 3, "Disputed")]
    [InlineData(FindingKind.NumericDiscrepancy, FindingSeverity.Low, 4, "Slightly disputed")]
    [InlineData(FindingKind.Evolution, FindingSeverity.Info, 5, "Consistent")]
    public void Rate_KindAndSeverity_GivesDocumentedRating(FindingKind kind, FindingSeverity severity, int value, string name)
    {
        var finding = new Finding { Id = "F1", Kind = kind, Severity = severity, Topic = "t", ClaimIds = [], Sides = [], Explanation = "e" };

        ClaimReviewWriter.Rate(finding).Should().Be((value, name));
    }

    [Fact]
    public void Write_DocumentMetadata_BecomesAppearanceUrlPublisherAndDate()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(ReportSamples.Firefighters));

        var appearance = json.RootElement.GetProperty("@graph")[0].GetProperty("itemReviewed").GetProperty("appearance")
            .EnumerateArray().Single(a => a.GetProperty("name").GetString() == "wire");
        appearance.GetProperty("url").GetString().Should().Be("https://example.com/wire?a=1&b=2");
        appearance.GetProperty("publisher").GetProperty("name").GetString().Should().Be("Wire <Service>");
        appearance.GetProperty("datePublished").GetString().Should().Be("2024-02-04");
    }

    [Fact]
    public void Write_NoFindings_HasEmptyGraph()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(ReportSamples.Empty));

        json.RootElement.GetProperty("@graph").GetArrayLength().Should().Be(0);
    }

    private static void CollectUnknownTerms(JsonElement element, List<string> unknown)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!property.Name.StartsWith('@') && !property.Name.StartsWith("claimcheck:", StringComparison.Ordinal) && !SchemaOrgTerms.Contains(property.Name))
                    {
                        unknown.Add(property.Name);
                    }

                    if (property.Name == "@type" && !SchemaOrgTerms.Contains(property.Value.GetString()!))
                    {
                        unknown.Add(property.Value.GetString()!);
                    }

                    CollectUnknownTerms(property.Value, unknown);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectUnknownTerms(item, unknown);
                }

                break;
            default:
                break;
        }
    }
}
