using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A figure whose sentence names its company only by a definite description ("the company said", "the airline's
/// revenue") is the company the report names most (<see cref="DocumentMemory.CompanyDescribedIn"/>), read from that report alone.
/// Sentences and company names written for these tests.</summary>
public class CompanyDescriptionTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static Claim QuantityClaim(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 4, 9))]);
        return report.Claims.Last(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    [Fact]
    public void Extract_FigureGivenByTheCompany_IsTheCompanyTheReportNamed()
    {
        var text = "Cyber attack hits Halvex Group in Australia\n\nHalvex Group said on Monday that hackers had reached its systems. "
            + "About 1.2 million customers had their details taken, the company said.";

        var claim = QuantityClaim(text, 1_200_000);

        claim.Subject.Should().Be("Halvex Group");
        claim.SubjectWithin.Should().Be("Australia");
    }

    [Fact]
    public void Extract_DescriptionInAReportNamingTwoCompanies_IsTheOneNamedMost()
    {
        var text = "Halvex Group to close plants in Australia\n\nBrenmark Holdings reported higher sales on Monday. Halvex Group said it "
            + "would close plants. The company plans to cut 3,000 jobs by June.";

        QuantityClaim(text, 3_000).Subject.Should().Be("Halvex Group");
    }

    [Fact]
    public void Extract_DescriptionInAReportNamingTwoCompaniesAlike_IsNeither()
    {
        var text = "Job cuts in Australia\n\nBrenmark Holdings and Halvex Group agreed to merge on Monday. "
            + "The company plans to cut 3,000 jobs by June.";

        new[] { "Brenmark Holdings", "Halvex Group" }.Should().NotContain(QuantityClaim(text, 3_000).Subject);
    }

    [Fact]
    public void Extract_DescriptionInAReportNamingNoCompany_StaysUnresolved()
    {
        var text = "Job cuts announced\n\nThe Lindenport company plans to cut 3,000 jobs by June, a spokesman said.";

        QuantityClaim(text, 3_000).Subject.Should().BeNull();
    }

    [Fact]
    public void Extract_CountryNamedInTheFiguresClause_KeepsTheFigure()
    {
        var text = "Halvex Group restructures\n\nHalvex Group said on Monday it would close plants. "
            + "In Australia, 3,000 jobs will go, the company said.";

        QuantityClaim(text, 3_000).Subject.Should().Be("Australia");
    }
}
