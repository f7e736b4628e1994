using System.Text.Json;
using ClaimCheck.Comparison;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Golden;

namespace ClaimCheck.Tests.Reporting;

public class ClaimReviewWriterTests : IClassFixture<SeedReportFixture>
{
    // schema.org's properties for each type the writer uses (https://schema.org/ClaimReview, Review, CreativeWork, Claim,
    // Rating, Organization, Person, Thing; a selection of each type's properties, inherited ones included): every
    // property of an object must be one of its type's, a JSON-LD keyword or claimcheck:-prefixed.
    private static readonly string[] Thing = ["name", "url", "alternateName", "description", "identifier", "sameAs", "image", "additionalType", "disambiguatingDescription", "mainEntityOfPage", "subjectOf", "potentialAction"];

    private static readonly string[] CreativeWork =
    [
        .. Thing, "author", "datePublished", "publisher", "text", "about", "headline", "dateCreated", "dateModified", "creator", "inLanguage",
        "keywords", "license", "citation", "isBasedOn", "mentions", "sourceOrganization", "spatialCoverage", "temporalCoverage", "review",
    ];

    private static readonly string[] Review = [.. CreativeWork, "itemReviewed", "reviewBody", "reviewRating", "reviewAspect", "associatedClaimReview", "negativeNotes", "positiveNotes"];

    private static readonly Dictionary<string, HashSet<string>> SchemaOrgProperties = new()
    {
        ["ClaimReview"] = [.. Review, "claimReviewed"],
        ["Claim"] = [.. CreativeWork, "appearance", "firstAppearance", "claimInterpreter"],
        ["CreativeWork"] = [.. CreativeWork],
        ["Rating"] = [.. Thing, "ratingValue", "bestRating", "worstRating", "ratingExplanation", "reviewAspect", "author"],
        ["Organization"] = [.. Thing, "address", "email", "legalName", "logo", "parentOrganization", "member"],
        ["Person"] = [.. Thing, "affiliation", "jobTitle", "worksFor", "givenName", "familyName"],
    };

    private static readonly ClaimReviewOptions Publisher = new()
    {
        Publisher = "Valley Fact Desk", PublisherUrl = new Uri("https://facts.example/"), ReviewUrl = new Uri("https://facts.example/seeds"), DatePublished = new DateOnly(2025, 3, 4),
    };

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
    public void Write_Seeds_HasOneClaimReviewPerSideOfEachFinding()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report));

        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        graph.Select(r => r.GetProperty("@type").GetString()).Should().OnlyContain(t => t == "ClaimReview");
        graph.Select(r => (r.GetProperty("claimcheck:findingId").GetString()!, r.GetProperty("claimcheck:side").GetString()!))
            .Should().Equal(_seeds.Report.Findings.SelectMany(f => f.Sides.Select(s => (f.Id, s.Label))));
    }

    [Fact]
    public void Write_Seeds_ClaimReviewedIsTheEvidenceSentenceOfTheSidesFirstClaim()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report));

        var reviews = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var sides = _seeds.Report.Findings.SelectMany(f => f.Sides).ToList();
        foreach (var (review, side) in reviews.Zip(sides))
        {
            var claim = _seeds.Report.ClaimsOf(side)[0];
            var sentence = review.GetProperty("claimReviewed").GetString();
            sentence.Should().NotBeNullOrWhiteSpace().And.NotContain(" vs ", "it is a claim's sentence, not a summary of the sides");
            claim.Text.Should().Contain(sentence);
        }
    }

    [Fact]
    public void Write_Seeds_ItemReviewedIsAClaimWithOneAppearancePerDocumentOfItsSide()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report));

        var reviews = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var sides = _seeds.Report.Findings.SelectMany(f => f.Sides).ToList();
        foreach (var (review, side) in reviews.Zip(sides))
        {
            var item = review.GetProperty("itemReviewed");
            item.GetProperty("@type").GetString().Should().Be("Claim");
            var documents = _seeds.Report.ClaimsOf(side).Select(c => c.DocumentId).Distinct().Order(StringComparer.Ordinal);
            item.GetProperty("appearance").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Order(StringComparer.Ordinal).Should().Equal(documents);
        }
    }

    [Fact]
    public void Write_PublisherOptions_GiveEachReviewUrlDateAndAuthor()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report, Publisher));

        foreach (var review in json.RootElement.GetProperty("@graph").EnumerateArray())
        {
            review.GetProperty("url").GetString().Should().Be("https://facts.example/seeds" + review.GetProperty("@id").GetString());
            review.GetProperty("datePublished").GetString().Should().Be("2025-03-04");
            review.GetProperty("author").GetProperty("name").GetString().Should().Be("Valley Fact Desk");
            review.GetProperty("author").GetProperty("url").GetString().Should().Be("https://facts.example/");
        }
    }

    [Fact]
    public void Write_NoReviewUrl_UsesTheUrlOfTheArticleTheClaimAppearedIn()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(ReportSamples.Firefighters));

        var review = json.RootElement.GetProperty("@graph").EnumerateArray().Single(r => r.GetProperty("itemReviewed").GetProperty("appearance")[0].GetProperty("name").GetString() == "wire");
        review.GetProperty("url").GetString().Should().Be("https://example.com/wire?a=1&b=2");
        review.TryGetProperty("datePublished", out _).Should().BeFalse("the writer reads no clock");
    }

    [Theory]
    [InlineData(" ", null)]
    [InlineData("Desk", "ftp://facts.example/")]
    public void Write_InvalidOptions_ThrowsNamingTheOption(string publisher, string? reviewUrl)
    {
        var act = () => ClaimReviewWriter.Write(_seeds.Report, new ClaimReviewOptions { Publisher = publisher, ReviewUrl = reviewUrl is null ? null : new Uri(reviewUrl) });

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().BeOneOf(nameof(ClaimReviewOptions.Publisher), nameof(ClaimReviewOptions.ReviewUrl));
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
            rating.GetProperty("alternateName").GetString().Should().StartWith("Sources ", "the rating measures agreement between sources, not truth");
        }
    }

    [Fact]
    public void Write_Seeds_EveryPropertyBelongsToItsSchemaOrgTypeOrIsPrefixed()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report, Publisher));

        var unknown = new List<string>();
        foreach (var review in json.RootElement.GetProperty("@graph").EnumerateArray())
        {
            CollectUnknownTerms(review, unknown);
        }

        unknown.Should().BeEmpty("every property must be one of its schema.org type's, a JSON-LD keyword or claimcheck:-prefixed");
    }

    [Fact]
    public void Write_Seeds_ReviewHasWhatFactCheckToolsRead()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(_seeds.Report, Publisher));

        foreach (var review in json.RootElement.GetProperty("@graph").EnumerateArray())
        {
            foreach (var property in new[] { "url", "datePublished", "author", "claimReviewed", "itemReviewed", "reviewRating" })
            {
                review.TryGetProperty(property, out _).Should().BeTrue($"a ClaimReview needs {property}");
            }
        }
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
    [InlineData(FindingKind.PolarityConflict, FindingSeverity.High, 1, "Sources contradict each other")]
    [InlineData(FindingKind.NumericDiscrepancy, FindingSeverity.High, 2, "Sources disagree strongly")]
    [InlineData(FindingKind.NumericDiscrepancy, FindingSeverity.Medium, 3, "Sources disagree")]
    [InlineData(FindingKind.NumericDiscrepancy, FindingSeverity.Low, 4, "Sources disagree slightly")]
    [InlineData(FindingKind.Evolution, FindingSeverity.Info, 5, "Sources agree")]
    public void Rate_KindAndSeverity_GivesDocumentedRating(FindingKind kind, FindingSeverity severity, int value, string name)
    {
        var finding = new Finding { Id = "F1", Kind = kind, Severity = severity, Topic = "t", ClaimIds = [], Sides = [], Explanation = "e" };

        ClaimReviewWriter.Rate(finding).Should().Be((value, name));
    }

    [Fact]
    public void Write_DocumentMetadata_BecomesAppearanceUrlPublisherAndDate()
    {
        using var json = JsonDocument.Parse(ClaimReviewWriter.Write(ReportSamples.Firefighters));

        var appearance = json.RootElement.GetProperty("@graph").EnumerateArray().SelectMany(r => r.GetProperty("itemReviewed").GetProperty("appearance").EnumerateArray())
            .First(a => a.GetProperty("name").GetString() == "wire");
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
                var type = element.TryGetProperty("@type", out var t) ? t.GetString()! : null;
                if (type is not null && !SchemaOrgProperties.ContainsKey(type))
                {
                    unknown.Add("@type " + type);
                }

                foreach (var property in element.EnumerateObject())
                {
                    var isSchemaOrg = type is not null && SchemaOrgProperties.TryGetValue(type, out var allowed) && allowed.Contains(property.Name);
                    if (!property.Name.StartsWith('@') && !property.Name.StartsWith("claimcheck:", StringComparison.Ordinal) && !isSchemaOrg)
                    {
                        unknown.Add($"{type ?? "(no type)"}.{property.Name}");
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
