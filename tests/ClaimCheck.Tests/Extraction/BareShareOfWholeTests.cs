using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A bare fraction in words followed by "of" ("nearly half of the total") is a share of a whole, not a count of the people
/// or things the whole counts. Texts written for these tests; the places are made up.</summary>
public sealed class BareShareOfWholeTests
{
    [Theory]
    [InlineData("Inspectors shut 75 restaurants in Vorland last month; in Lindenport alone they closed 31, almost half of the total.")]
    [InlineData("Officials counted 90 injured in Brenmoor; a third of the total were firefighters.")]
    public void Extract_BareFractionOfAWhole_IsNoCount(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"));

        claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value > 0 && c.Quantity.Value.Value < 1);
    }

    [Fact]
    public void Extract_FractionOfAMultiplier_StaysACount()
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", "Half a million people marched through Ostrava on Sunday, organisers said.", "Vorland Wire"))
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 500000);
    }
}
