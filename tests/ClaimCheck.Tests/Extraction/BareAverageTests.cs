using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A bare figure followed by "on average" is an average of something unnamed (an age, a size), not a count. Texts written
/// for these tests; the places are made up.</summary>
public sealed class BareAverageTests
{
    [Theory]
    [InlineData("Police in Brenmoor arrested 40 people; the people held were 31 on average, officials said.")]
    [InlineData("Police in Brenmoor arrested 40 people on Sunday. The detainees were 29 on average.")]
    public void Extract_BareFigureOnAverage_IsNoCount(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"));

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 40 && c.Measure == "arrests")
            .And.NotContain(c => c.Quantity != null && (c.Quantity.Value.Value == 31 || c.Quantity.Value.Value == 29));
    }

    [Fact]
    public void Extract_CountedNounOnAverage_StaysACount()
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", "Police in Brenmoor arrested 17 people on average each night last week.", "Vorland Wire"))
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 17);
    }
}
