using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="DocumentOriginRule"/>: a report, count or statement stands for its author.</summary>
public sealed class DocumentOriginRuleTests
{
    [Theory]
    [InlineData("According to figures from the regional police, 19 people died.", "19", "regional police")]
    [InlineData("According to a count by the organisers, 50,000 people marched.", "50,000", "organisers")]
    [InlineData("According to the counts supplied by the interior ministry, 806 towns saw protests.", "806", "interior ministry")]
    [InlineData("According to a Harbour Gazette report, 75 workers were laid off.", "75", "Harbour Gazette")]
    [InlineData("According to an NDMA estimate, 1,200 homes were damaged.", "1,200", "NDMA")]
    [InlineData("According to a Flood Watch (FW) report released on Monday, 10,000 people fled.", "10,000", "Flood Watch")]
    [InlineData("According to official figures, 300 people were arrested.", "300", "official figures")]
    [InlineData("According to modelling by the Valley Geological Survey, 1,000 people may have died.", "1,000", "Valley Geological Survey")]
    [InlineData("According to media reports, 20 girls were missing.", "20", "media")]
    public void TryParse_DocumentWithAnAuthor_IsTheAuthor(string text, string figure, string organization)
    {
        AttributionProbe.SourceAt(text, figure)!.Organization.Should().Be(organization);
    }

    [Fact]
    public void TryParse_TheStatementAlone_IsTheLastSourceNamed()
    {
        const string text = "The relief agency issued a statement on Monday. The statement said 11,585 people were affected.";

        var source = AttributionProbe.SourceAt(text, "11,585");

        source!.Organization.Should().Be("relief agency");
        AttributionProbe.SpanText(text, source).Should().Be("statement");
    }
}
