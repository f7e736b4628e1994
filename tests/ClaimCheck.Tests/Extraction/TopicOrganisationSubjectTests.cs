using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A report that names no place at all gives the counts whose sentence names no subject the organisation it is about: the
/// capitalised word its headline names that recurs, capitalised and never lowercase, in its text; so two outlets' reports about one
/// company compare their counts. A report that names a place keeps the place's rules. Sentences and company names written for these
/// tests.</summary>
public class TopicOrganisationSubjectTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    // The body's claim of the figure (the headline repeats it).
    private static Claim QuantityClaim(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 4, 9))]);
        return report.Claims.Last(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    private const string Breach = "Brightwell admits hackers took data of 3.2 million customers\n\n"
        + "Brightwell said on Tuesday that an intrusion into a supplier's system exposed the data of 3.2 million customers. "
        + "The retailer found the intrusion last week. Brightwell has written to those affected.";

    [Fact]
    public void Extract_CountInAReportNamingNoPlace_IsTheTopicOrganisations()
    {
        QuantityClaim(Breach, 3_200_000).Subject.Should().Be("Brightwell", "the report names no place and is about Brightwell");
    }

    [Fact]
    public void Extract_TwoOutletsOnOneCompany_TheirCountsMeet()
    {
        var other = "Data of 3.5 million Brightwell customers stolen\n\n"
            + "Hackers stole the records of 3.5 million customers from a platform used by Brightwell, the chain said. Brightwell apologised.";
        var report = Pipeline.Check([
            new Document("a", Breach, "Test Wire", new DateOnly(2025, 4, 9)),
            new Document("b", other, "Other Wire", new DateOnly(2025, 4, 9))]);

        var a = report.Claims.Last(c => c.Quantity?.Value == 3_200_000).Id;
        var b = report.Claims.Last(c => c.Quantity?.Value == 3_500_000).Id;
        report.Findings.Should().Contain(f => f.ClaimIds.Contains(a) && f.ClaimIds.Contains(b), "both reports count Brightwell's affected customers");
    }

    [Fact]
    public void Extract_ReportNamingAPlace_KeepsThePlace()
    {
        var text = "Brightwell admits hackers took data of 3.2 million customers\n\n"
            + "Brightwell said on Tuesday that an intrusion in Vorland exposed the data of 3.2 million customers. Brightwell has written to them.";
        QuantityClaim(text, 3_200_000).Subject.Should().NotBe("Brightwell", "a report that names a place keeps its place rules");
    }

    [Fact]
    public void Extract_HeadlineWordAlsoUsedLowercase_IsNoTopic()
    {
        var text = "Customers told data of 3.2 million was taken\n\n"
            + "Customers of an online shop were told on Tuesday that the data of 3.2 million customers was exposed. "
            + "Customers can call a helpline. Customers were angry.";
        QuantityClaim(text, 3_200_000).Subject.Should().BeNull("a headline word that also occurs lowercase is a common word, not a name");
    }
}
