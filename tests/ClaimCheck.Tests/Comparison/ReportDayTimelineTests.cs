using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A count that is neither a toll nor an event's, given by reports in their own voice and dated only by the day each came
/// out: a timeline when each later report's figure is larger and more than a week later, a dispute otherwise. Texts written for these tests.</summary>
public class ReportDayTimelineTests
{
    [Fact]
    public void Check_CountLargerInEachLaterReportInItsOwnVoice_IsAnEvolutionNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Ringers in Norland have fitted tags to 6 young storks.", "Harbour Times", new DateOnly(2025, 3, 3)),
            new Document("second", "Tags have been fitted to 41 young storks in Norland.", "Valley Courier", new DateOnly(2025, 3, 19)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the later report gives the count as it grew");
        var evolution = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject;
        evolution.Sides.Select(side => side.ClaimIds.Single()).Should().Equal(["first#1", "second#1"], "6 storks on 3 March come before 41 on 19 March");
        evolution.Sides.Select(side => side.Label).Should().Equal(["6 storks (2025-03-03)", "41 storks (2025-03-19)"]);
    }

    [Fact]
    public void Check_CountSmallerInTheLaterReport_StaysADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Tags have been fitted to 41 young storks in Norland.", "Harbour Times", new DateOnly(2025, 3, 3)),
            new Document("second", "Ringers in Norland have fitted tags to 6 young storks.", "Valley Courier", new DateOnly(2025, 3, 19)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "a count that falls from one report to the next is not its growth");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_CountLargerInAReportTwoDaysLater_StaysADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Ringers in Norland have fitted tags to 6 young storks.", "Harbour Times", new DateOnly(2025, 3, 3)),
            new Document("second", "Tags have been fitted to 41 young storks in Norland.", "Valley Courier", new DateOnly(2025, 3, 5)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "reports two days apart may differ on one fixed count");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution);
    }
}
