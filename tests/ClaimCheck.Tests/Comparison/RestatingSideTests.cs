using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A side of a numeric discrepancy that only reports giving another side's figure too, from the same source, give is no
/// rival of it: the report tells the two apart (a part, another boat, another day). Texts written for these tests.</summary>
public class RestatingSideTests
{
    private static readonly DateOnly Day = new(2025, 9, 14);

    [Fact]
    public void Check_NamedSourcesTwoCountsInOneReport_AreNoDisputeOfEachOther()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The Kessa fire service said 48 people were rescued from the flooded district on Saturday. The Kessa fire service said 12 people were rescued by boat.", "Tagus Wire", Day) { Place = "Portugal" },
            new Document("daily", "48 people were rescued from the flooded district on Saturday, the Kessa fire service said.", "Lisbon Daily", Day) { Place = "Portugal" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the fire service gives both figures, so 12 counts a part of the rescue");
    }

    [Fact]
    public void Check_RestatingSideBesideARival_LeavesOnlyTheRivals()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The Kessa fire service said 48 people were rescued from the flooded district on Saturday. The Kessa fire service said 12 people were rescued by boat.", "Tagus Wire", Day) { Place = "Portugal" },
            new Document("daily", "48 people were rescued from the flooded district on Saturday, the Kessa fire service said.", "Lisbon Daily", Day) { Place = "Portugal" },
            new Document("post", "Volunteers said 90 people were rescued from the flooded district on Saturday.", "Porto Post", Day) { Place = "Portugal" },
        ]);

        var dispute = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        var sides = dispute.Sides.SelectMany(s => s.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value);
        sides.Should().Contain([48, 90]).And.NotContain(12, "only the fire service's own report gives 12, beside its 48");
    }

    [Fact]
    public void Check_TwoSourcesInOneReport_StayADispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police said 9,000 people marched in Lisbon on Saturday. The organisers said 40,000 people marched in Lisbon on Saturday.", "Tagus Wire", Day) { Place = "Portugal" },
            new Document("daily", "About 9,000 people marched in Lisbon on Saturday, police said.", "Lisbon Daily", Day) { Place = "Portugal" },
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "the police and the organisers give rival counts of one march");
    }
}
