using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Counts that a source updates and counts that other bodies dispute, on the same days: a source's count and its own update
/// are never set against each other, and another named body's count is not replaced by someone else's update. Texts written for these
/// tests.</summary>
public class UpdateDisputeTests
{
    private static double[] SideValues(CheckReport report, Finding finding) =>
        [.. finding.Sides.SelectMany(s => s.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Distinct().Order()];

    [Fact]
    public void Check_ASourcesCountAndItsOwnUpdateBothDisputedByAnotherBody_AreNeverSidesOfOneFinding()
    {
        var day = new DateOnly(2025, 2, 10);
        var report = ClaimChecker.Check(
        [
            new Document("first", "The health ministry said 40 people died in the floods in Chile.", "Andes Wire", day),
            new Document("update", "The death toll from the floods in Chile rose to 90, the health ministry said.", "Pacific Daily", day),
            new Document("other", "The Red Cross said 150 people died in the floods in Chile.", "Coast Herald", day),
        ]);

        var discrepancies = report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).ToList();
        discrepancies.Should().Contain(f => SideValues(report, f).SequenceEqual(new[] { 90d, 150d }), "the Red Cross disputes the ministry's latest count");
        discrepancies.Should().NotContain(f => SideValues(report, f).Contains(40) && SideValues(report, f).Contains(90), "90 is the ministry's own update of 40");
    }

    [Fact]
    public void Check_AnUpdateTheSameDayAsAnotherNamedBodysLowerCount_IsADiscrepancy()
    {
        var day = new DateOnly(2025, 4, 6);
        var report = ClaimChecker.Check(
        [
            new Document("relief", "The Red Cross said on Sunday that 300 people died in the earthquake in Peru.", "Andes Wire", day),
            new Document("state", "The death toll from the earthquake in Peru has risen to 900, the interior ministry said on Sunday.", "Pacific Daily", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "the ministry's update does not replace the Red Cross's own count").Subject;
        SideValues(report, discrepancy).Should().Equal(300, 900);
    }

    [Fact]
    public void Check_AnUpdateTheSameDayAsALowerCountFromAnOfficeOfTheSameBody_IsNotADiscrepancy()
    {
        var day = new DateOnly(2025, 4, 6);
        var report = ClaimChecker.Check(
        [
            new Document("office", "The army's press office said on Sunday that 300 people died in the earthquake in Peru.", "Andes Wire", day),
            new Document("army", "The death toll from the earthquake in Peru has risen to 900, the army said on Sunday.", "Pacific Daily", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "an office of the army and the army are one origin, and 900 is given as a rise");
    }

    [Fact]
    public void Check_ADocumentGivingARevisedTollBesideTheEarlierOne_DoesNotSetThemAgainstEachOther()
    {
        var report = ClaimChecker.Check(
        [
            new Document("monday", "The interior ministry said on Monday that 2,000 people died in the floods in Chile.", "Andes Wire", new DateOnly(2025, 2, 10)),
            new Document("thursday", "The government lowered the death toll from the floods in Chile to 1,200 on Thursday. Officials had initially put the toll at 2,000.", "Pacific Daily", new DateOnly(2025, 2, 13)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the later report gives 1,200 as a revision of 2,000");
    }

    [Fact]
    public void MutualDisputes_TwoClustersThatBothDisputeAThirdButNotEachOther_MakeTwoGroups()
    {
        var disputes = new bool[3, 3];
        disputes[0, 2] = disputes[2, 0] = true;
        disputes[1, 2] = disputes[2, 1] = true;

        var groups = QuantityGroupDetector.MutualDisputes(disputes);

        groups.Should().HaveCount(2);
        groups.Should().NotContain(g => g.Contains(0) && g.Contains(1));
    }

    [Fact]
    public void MutualDisputes_ThreeClustersThatAllDisputeOneAnother_MakeOneGroup()
    {
        var disputes = new bool[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                disputes[i, j] = i != j;
            }
        }

        QuantityGroupDetector.MutualDisputes(disputes).Should().ContainSingle().Which.Should().BeEquivalentTo([0, 1, 2]);
    }
}
