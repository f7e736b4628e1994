using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A figure of a body no list knows carries the country its report is about (<see cref="Claim.SubjectWithin"/>), read from
/// that report alone. Sentences and company names written for these tests.</summary>
public class BodyCountryTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static Claim QuantityClaim(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 4, 9))]);
        return report.Claims.Last(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    [Fact]
    public void Extract_BodysFigureInAReportAboutACountry_CarriesTheCountry()
    {
        var text = "Halvex Group to cut jobs in Australia\n\nHalvex Group will cut 4,000 jobs, the company said on Friday. "
            + "Unions in Australia called the cuts a betrayal.";

        var claim = QuantityClaim(text, 4_000);

        claim.Subject.Should().Be("Halvex Group");
        claim.SubjectWithin.Should().Be("Australia");
    }

    [Fact]
    public void Extract_BodysFigureInAReportNamingNoCountry_CarriesNone()
    {
        var text = "Halvex Group to cut jobs\n\nHalvex Group will cut 4,000 jobs, the company said on Friday.";

        var claim = QuantityClaim(text, 4_000);

        claim.Subject.Should().Be("Halvex Group");
        claim.SubjectWithin.Should().BeNull();
    }

    [Fact]
    public void Extract_CountrysOwnFigure_CarriesNone()
    {
        var text = "Floods in Australia\n\nAt least 14 people died in the floods in Australia, officials said.";

        QuantityClaim(text, 14).SubjectWithin.Should().BeNull("the subject is the country itself");
    }
}
