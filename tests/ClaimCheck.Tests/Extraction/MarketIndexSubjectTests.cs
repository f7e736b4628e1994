using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A stock-market index (<c>market-index</c> in <c>organisations.tsv</c>) is the subject of its own moves, so a market
/// report's index figures are neither a company's share moves nor one another's; and it is never what a report is about, so a
/// company's move in a report whose lead names only an index is not the index's. Sentences and company names written for these
/// tests.</summary>
public class MarketIndexSubjectTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static Claim QuantityClaim(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 3, 3))]);
        return report.Claims.Last(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    private const string Slump = "Vantor shares slump\n\n"
        + "Vantor Corp. saw its stock plunge 22% by Thursday's close after a profit warning. Across the wider market the Nasdaq Composite "
        + "shed 2.7% and the S&P 500 slid 0.9%; in Tokyo the Nikkei had edged down 0.2%.";

    [Theory]
    [InlineData(0.9, "S&P 500")]
    [InlineData(2.7, "Nasdaq Composite")]
    [InlineData(0.2, "Nikkei 225")]
    public void Extract_IndexMove_IsTheIndexs(double value, string index)
    {
        QuantityClaim(Slump, value).Subject.Should().Be(index, "the sentence names the index that moved");
    }

    [Theory]
    [InlineData("Chipmakers dragged trading lower on Thursday with the Nasdaq 100 down 2.8% and the Dow Jones down 1.1% at the close.", 2.8, "Nasdaq 100")]
    [InlineData("Chipmakers dragged trading lower on Thursday with the Dow Jones down 1.1% and the Nasdaq 100 down 2.8% at the close.", 1.1, "Dow Jones Industrial Average")]
    [InlineData("Markets rallied, with the FTSE 100 up 1.1%.", 1.1, "FTSE 100")]
    public void Extract_IndexOpeningAWithClause_IsTheSubjectOfItsMove(string sentence, double value, string index)
    {
        QuantityClaim("Vantor shares slump\n\nVantor's stock sank 13% after a profit warning. " + sentence, value).Subject.Should().Be(index,
            "the name after 'with' is the subject of the clause when its change follows at once");
    }

    [Fact]
    public void Extract_CompanyMoveBesideIndexes_StaysTheCompanys()
    {
        QuantityClaim(Slump, 22).Subject.Should().Be("Vantor");
    }

    [Fact]
    public void Extract_LeadNamingOnlyAnIndex_DoesNotMakeItTheSubjectOfACompanysMove()
    {
        var text = "Nasdaq 100 slides as chip stocks fall\n\nThe Nasdaq 100 dropped 3.6% on Monday. Vantor's stock dropped 16%.";
        QuantityClaim(text, 16).Subject.Should().NotBe("Nasdaq 100", "an index is never what a report is about");
    }

    [Fact]
    public void Compare_TwoIndexesMoves_AreNotOneFigure()
    {
        var a = "Markets fall\n\nThe FTSE 100 closed 1.2% lower on Wednesday.";
        var b = "Markets fall\n\nThe DAX closed 0.6% lower on Wednesday.";
        var report = Pipeline.Check([
            new Document("a", a, "Test Wire", new DateOnly(2025, 3, 3)),
            new Document("b", b, "Other Wire", new DateOnly(2025, 3, 3))]);

        report.Claims.Single(c => c.Quantity?.Value == 1.2).Subject.Should().Be("FTSE 100");
        report.Claims.Single(c => c.Quantity?.Value == 0.6).Subject.Should().Be("DAX");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "two indexes' moves are two figures");
    }
}
