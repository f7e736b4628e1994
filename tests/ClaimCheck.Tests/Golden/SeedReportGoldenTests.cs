using System.Text.Json;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Golden;

public sealed class SeedReportGoldenTests(SeedReportFixture seeds) : IClassFixture<SeedReportFixture>
{
    [Fact]
    public void TextReport_Seeds_MatchesReviewedGoldenFile()
    {
        GoldenFile.Verify("seeds.report.txt", TextReportWriter.Write(seeds.Report));
    }

    [Fact]
    public void JsonReport_Seeds_HasTheDocumentedContract()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(seeds.Report));
        var root = json.RootElement;
        root.GetProperty("documents").GetArrayLength().Should().Be(5);
        var claim = root.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("quantity").ValueKind == JsonValueKind.Object);
        foreach (var name in new[] { "id", "documentId", "text", "span", "type", "subject", "measure", "quantity", "polarity", "modality", "time", "attribution" })
        {
            claim.TryGetProperty(name, out _).Should().BeTrue($"a claim has '{name}'");
        }

        claim.GetProperty("span").GetProperty("start").ValueKind.Should().Be(JsonValueKind.Number);
        claim.GetProperty("span").GetProperty("length").ValueKind.Should().Be(JsonValueKind.Number);
        foreach (var name in new[] { "value", "low", "high", "qualifier", "unit", "isIncrement" })
        {
            claim.GetProperty("quantity").TryGetProperty(name, out _).Should().BeTrue($"a quantity has '{name}'");
        }

        claim.GetProperty("polarity").GetString().Should().BeOneOf("Affirmed", "Negated");
        claim.GetProperty("modality").GetString().Should().BeOneOf("Asserted", "Estimated", "Planned", "Forecast", "NonCommittal");
        var withAttribution = root.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("attribution").ValueKind == JsonValueKind.Object);
        withAttribution.GetProperty("attribution").TryGetProperty("speaker", out _).Should().BeTrue();
        withAttribution.GetProperty("attribution").TryGetProperty("organization", out _).Should().BeTrue();
        var withTime = root.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("time").ValueKind == JsonValueKind.Object);
        foreach (var name in new[] { "start", "end", "text" })
        {
            withTime.GetProperty("time").TryGetProperty(name, out _).Should().BeTrue($"a time has '{name}'");
        }

        var finding = root.GetProperty("findings")[0];
        foreach (var name in new[] { "id", "kind", "severity", "topic", "claimIds", "explanation" })
        {
            finding.TryGetProperty(name, out _).Should().BeTrue($"a finding has '{name}'");
        }

        finding.GetProperty("kind").GetString().Should().Be("NumericDiscrepancy");
    }

    [Fact]
    public void JsonReport_ClaimSpans_PointAtTheClaimText()
    {
        var texts = seeds.Report.Documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        foreach (var claim in seeds.Report.Claims)
        {
            claim.Span.Slice(texts[claim.DocumentId]).ToString().Should().Be(claim.Text);
        }
    }
}
