using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A count of suspects is a count of arrests only when a word next to it says they are held (lexicon kinds custody-noun and
/// custody-word). Texts written for these tests; the places are made up.</summary>
public sealed class CustodyCountTests
{
    [Theory]
    [InlineData("Lindenport police said 85 suspects were detained overnight.")]
    [InlineData("Police in Brenmoor are holding 85 suspects after the clashes.")]
    [InlineData("Some 85 suspects were held in Lindenport cells on Friday, prosecutors said.")]
    public void Extract_SuspectsHeld_AreArrests(string text)
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"))
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 85 && c.Measure == "arrests");
    }

    [Theory]
    [InlineData("Police in Lindenport are hunting 3 suspects who robbed a jeweller.")]
    [InlineData("Three suspects fled the scene in a grey van, witnesses in Brenmoor said.")]
    public void Extract_SuspectsNotHeld_AreNoArrests(string text)
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"))
            .Should().NotContain(c => c.Measure == "arrests");
    }

    [Fact]
    public void Check_SuspectsWhoEscapedBesideThoseArrested_IsNoDispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Police in Kestrel Bay arrested 15 people after the clashes at the stadium.", "North Wire", new DateOnly(2025, 6, 2)),
            new Document("b", "Five suspects escaped from the stadium in Kestrel Bay after the clashes.", "South Daily", new DateOnly(2025, 6, 2)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the five who escaped were never arrested");
    }
}
