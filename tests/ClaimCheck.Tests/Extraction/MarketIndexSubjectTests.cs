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
        + "Shares of Vantor Corp. fell 17% on Monday. The S&P 500 ended 1.5% lower and the Nasdaq Composite lost 3.1%, "
        + "while the Nikkei slipped 0.4% in Tokyo.";

    [Theory]
    [InlineData(1.5, "S&P 500")]
    [InlineData(3.1, "Nasdaq Composite")]
    [InlineData(0.4, "Nikkei 225")]
    public void Extract_IndexMove_IsTheIndexs(double value, string index)
    {
        QuantityClaim(Slump, value).Subject.Should().Be(index, "the sentence names the index that moved");
    }

    [Theory]
    [InlineData("Stocks slid, with the Nasdaq 100 down 3.6% and the S&P 500 down 2.3%.", 3.6, "Nasdaq 100")]
    [InlineData("Stocks slid, with the S&P 500 down 2.3% and the Nasdaq 100 down 3.6%.", 2.3, "S&P 500")]
    [InlineData("Markets rallied, with the FTSE 100 up 1.1%.", 1.1, "FTSE 100")]
    public void Extract_IndexOpeningAWithClause_IsTheSubjectOfItsMove(string sentence, double value, string index)
    {
        QuantityClaim("Vantor shares slump\n\nShares of Vantor Corp. fell 13% on Monday. " + sentence, value).Subject.Should().Be(index,
            "the name after 'with' is the subject of the clause when its change follows at once");
    }

    [Fact]
    public void Extract_CompanyMoveBesideIndexes_StaysTheCompanys()
    {
        QuantityClaim(Slump, 17).Subject.Should().Be("Vantor");
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
        var a = "Markets fall\n\nThe S&P 500 fell 1.5% on Monday.";
        var b = "Markets fall\n\nThe Dow Jones Industrial Average fell 0.4% on Monday.";
        var report = Pipeline.Check([
            new Document("a", a, "Test Wire", new DateOnly(2025, 3, 3)),
            new Document("b", b, "Other Wire", new DateOnly(2025, 3, 3))]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "two indexes' moves are two figures");
    }
}
