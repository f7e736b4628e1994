using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A public body of a country (a ministry, an agency, a department) that gives or counts a figure is the figure's source,
/// not its subject: the figure is the country's, so it meets an outlet's figure that names no body. A count of a body's own workforce,
/// and a company's counts, stay theirs. Sentences written for these tests.</summary>
public class PublicBodySubjectTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static Claim QuantityClaim(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 4, 9))]);
        return report.Claims.Single(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    [Theory]
    [InlineData("Strikers blocked roads across Vorland on Wednesday. The Interior Ministry counted 812 actions, it said.", 812)]
    [InlineData("Strikers blocked roads across Vorland on Wednesday. According to the Interior Ministry, 640 roadblocks were set up.", 640)]
    [InlineData("A salmonella outbreak has spread in Vorland. The Food Standards Agency says at least 48 people have fallen ill.", 48)]
    [InlineData("Floods hit towns in Vorland this week. The Department of Disaster Management counted 172 camps.", 172)]
    [InlineData("Storms hit the coast of Vorland this week. The Coast Guard counted 31 boats adrift.", 31)]
    [InlineData("Strikers blocked roads across Vorland on Wednesday. The Border Force counted 212 lorries at the port.", 212)]
    public void Extract_CountGivenByAPublicBody_IsItsCountrys(string text, double value)
    {
        QuantityClaim(text, value).Subject.Should().Be("Vorland", "a ministry or agency that gives a figure is its source; the figure is about its country");
    }

    [Theory]
    [InlineData("Disaster Management Department opens camps after floods\n\nThe Disaster Management Department said on Tuesday that rains had "
        + "flooded villages in Portugal. The Disaster Management Department asked for tents.\n\nAbout 9,000 displaced people are staying in 172 camps.", 172)]
    [InlineData("Food Standards Agency widens recall\n\nThe Food Standards Agency widened a recall of cheese sold in Portugal. The Food Standards Agency "
        + "named two more brands.\n\nShops removed about 4,000 packs on Friday.", 4000)]
    public void Extract_CountWhoseSentenceNamesNoSubject_InAReportLedByAPublicBody_IsTheCountrys(string text, double value)
    {
        QuantityClaim(text, value).Subject.Should().Be("Portugal", "a public body the lead names most speaks for its country: a count no sentence assigns is the country's");
    }

    [Fact]
    public void Extract_CountWhoseSentenceNamesNoSubject_InAReportLedByAPublicBodyAndNamingNoCountry_StaysTheBodys()
    {
        QuantityClaim("Disaster Management Department opens camps\n\nThe Disaster Management Department said on Tuesday that rains had flooded "
            + "villages. The Disaster Management Department asked for tents.\n\nAbout 9,000 displaced people are staying in 172 camps.", 172).Subject.Should()
            .Be("Disaster Management Department", "with no country named, the body the report is about is the only subject it gives");
    }

    [Fact]
    public void Extract_APublicBodysOwnWorkforce_StaysTheBodys()
    {
        QuantityClaim("Strikers blocked roads across Vorland on Wednesday. The Interior Ministry employs 3,000 workers.", 3000).Subject.Should()
            .Be("Interior Ministry", "the workers a ministry employs are its own");
    }

    [Fact]
    public void Extract_ACompanysCount_StaysTheCompanys()
    {
        QuantityClaim("Strikers blocked roads across Vorland on Wednesday. Halvex Corporation had 52,000 customers at the end of June.", 52000).Subject.Should()
            .Be("Halvex Corporation", "a company is no public body of the country: its customers are its own");
    }

    [Theory]
    [InlineData("Floods closed roads across Vorland on Monday. Halvex Corporation employs 6,500 people.", 6500, "Halvex Corporation")]
    [InlineData("Floods closed roads across Vorland on Monday. Halvex Corporation employed about 6,500 people last year.", 6500, "Halvex Corporation")]
    [InlineData("Floods closed roads across Vorland on Monday. Some 6,500 Halvex Corporation employees stayed at home.", 6500, "Halvex Corporation")]
    public void Extract_ACompanysWorkforce_IsTheCompanysNotThePlaces(string text, double value, string company)
    {
        QuantityClaim(text, value).Subject.Should().Be(company, "the people a company employs are its workforce wherever they work, not a count of the country's people");
    }
}
