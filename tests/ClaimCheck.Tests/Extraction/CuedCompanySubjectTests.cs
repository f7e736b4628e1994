using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A company only the text's cues make one ("chipmaker Halvex", "the carmaker Dellomar") is the subject of its figures only
/// where the report gives no other: another outlet may name it with no cue and read the same figure under the country, and the two
/// must still meet. Sentences and company names written for these tests.</summary>
public class CuedCompanySubjectTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static Claim QuantityClaim(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 4, 9))]);
        return report.Claims.Last(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    [Theory]
    [InlineData(40_000_000_000, "Halvex")]
    [InlineData(4_000, "Dellomar")]
    public void Extract_ReportNamingNoPlace_GivesTheCuedCompanyItsFigures(double value, string company)
    {
        var text = "Chip stocks tumble\n\nChipmaker Halvex shed $40 billion in stock-market value on Friday. The carmaker Dellomar will cut 4,000 jobs.";

        QuantityClaim(text, value).Subject.Should().Be(company, "the report names no place and the sentence names the company");
    }

    [Theory]
    [InlineData(40_000_000_000)]
    [InlineData(4_000)]
    public void Extract_ReportNamingACountry_KeepsTheCountry(double value)
    {
        var text = "Chip stocks tumble in Vorland\n\n"
            + "Chipmaker Halvex shed $40 billion in stock-market value in Australia on Friday. The carmaker Dellomar will cut 4,000 jobs.";

        QuantityClaim(text, value).Subject.Should().Be("Australia", "an outlet naming the company without a cue reads the figure as the country's");
    }
}
