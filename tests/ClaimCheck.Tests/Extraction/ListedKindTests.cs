using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A count listed beside counts of the same thing told apart by the words before the noun ("12 police vehicles and four
/// private vehicles") counts one kind, not all of them. Sentences written for these tests.</summary>
public class ListedKindTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static Claim ClaimOf(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire")]);
        return report.Claims.Single(c => c.Quantity is not null && c.Quantity.Value.Value == value);
    }

    [Theory]
    [InlineData("Rioters in Vorland left 12 police vehicles and four private vehicles burnt out.", 12, "police")]
    [InlineData("Rioters in Vorland left 12 police vehicles and four private vehicles burnt out.", 4, "private")]
    [InlineData("The port of Brenmoor held 30 container ships, 12 bulk ships and 8 cruise ships on Monday.", 12, "bulk")]
    [InlineData("Crews in Vorland pulled 9 army trucks and 5 rental trucks from the mud.", 5, "rental")]
    [InlineData("The mob in Vorland damaged 12 police vehicles and four private vehicles.", 12, "damaged · police")] // with its state
    [InlineData("Crews in Tallmark pulled 9 army trucks and six more rental trucks from the mud.", 6, "rental")] // "more" is no kind
    public void Extract_CountListedBesideAnotherKindOfTheSameThing_CountsItsKind(string text, double value, string kind)
    {
        ClaimOf(text, value).Measure.Should().EndWith(MeasureNames.PartSeparator + kind);
    }

    [Theory]
    [InlineData("Rioters in Vorland left 12 police vehicles burnt out.", 12)] // alone: all the vehicles the report gives
    [InlineData("Police in Vorland seized 40 rifles and 12 hunting rifles.", 40)] // no kind of its own: not a part
    [InlineData("Police in Vorland seized 40 assault rifles and 12 pistols.", 40)] // different things: each its own count
    [InlineData("Rioters burnt 12 police vehicles in Vorland on Monday and 4 police vehicles in Brenmoor on Tuesday.", 12)] // not one list
    [InlineData("The breach in Vorland hit 3 million Brenco customers and 2 million budget customers.", 3_000_000)] // a name says whose, not what kind
    [InlineData("Rioters in Tallmark left 12 burnt trucks and four other trucks on the road.", 12)] // "other" tells no kind apart
    [InlineData("Rioters in Tallmark left 12 burnt trucks and four other trucks on the road.", 4)]
    [InlineData("The depot in Tallmark lost 30 diesel buses and 5 new buses to the flood.", 5)] // "new" neither
    public void Extract_CountWithoutAnotherKindBesideIt_IsNoKind(string text, double value)
    {
        ClaimOf(text, value).Measure.Should().NotContain(MeasureNames.PartSeparator);
    }

    [Fact]
    public void Check_ListsOfKindsInTwoReports_DisputeOnlyTheKindTheyBothCount()
    {
        var report = Pipeline.Check([
            new Document("a", "Rioters in Vorland damaged 12 police vehicles and four private vehicles on Monday.", "Wire A"),
            new Document("b", "Rioters in Vorland damaged four private vehicles and three government vehicles on Monday.", "Wire B"),
            new Document("c", "Rioters in Vorland damaged nine police vehicles and four private vehicles on Monday.", "Wire C")]);

        var disputes = report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).ToList();
        disputes.Should().ContainSingle("only the police vehicles are counted differently (12 against 9)");
        disputes[0].ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Should().BeEquivalentTo([12.0, 9.0]);
    }
}
