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
            new Document("first", "Regulators in Norland are looking into burns in 6 children linked to Zelvo heaters.", "Harbour Times", new DateOnly(2025, 3, 3)),
            new Document("second", "Zelvo heaters linked to burns in 41 children in Norland have been recalled.", "Valley Courier", new DateOnly(2025, 3, 19)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the later report gives the count as it grew");
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution && f.Explanation.Contains('6') && f.Explanation.Contains("41"));
    }

    [Fact]
    public void Check_CountSmallerInTheLaterReport_StaysADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Zelvo heaters linked to burns in 41 children in Norland have been recalled.", "Harbour Times", new DateOnly(2025, 3, 3)),
            new Document("second", "Regulators in Norland are looking into burns in 6 children linked to Zelvo heaters.", "Valley Courier", new DateOnly(2025, 3, 19)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "a count that falls from one report to the next is not its growth");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_CountLargerInAReportTwoDaysLater_StaysADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Regulators in Norland are looking into burns in 6 children linked to Zelvo heaters.", "Harbour Times", new DateOnly(2025, 3, 3)),
            new Document("second", "Zelvo heaters linked to burns in 41 children in Norland have been recalled.", "Valley Courier", new DateOnly(2025, 3, 5)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "reports two days apart may differ on one fixed count");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution);
    }
}
