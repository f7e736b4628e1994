using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A count no <c>cumulative-measure</c> names (firms hit, districts reached) that two reports give as rising is one running
/// count: a later, larger figure follows the earlier one. With one report's cue alone the figures still dispute. Texts written for
/// these tests.</summary>
public class RisingCountTimelineTests
{
    [Fact]
    public void Check_CountTwoReportsGiveAsRising_IsAnEvolutionNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The number of companies hit by the data theft in Vorland has risen to 480.", "Harbour Times", new DateOnly(2025, 7, 1)),
            new Document("second", "The number of companies hit by the data theft in Vorland has now reached 610.", "Valley Courier", new DateOnly(2025, 7, 4)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "both reports tell of the count rising");
        var evolution = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject;
        evolution.Sides.Select(side => side.ClaimIds.Single()).Should().Equal(["first#1", "second#1"], "480 on 1 July comes before 610 on 4 July");
    }

    [Fact]
    public void Check_CountOneReportGivesAsRising_StaysADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The number of companies hit by the data theft in Vorland has risen to 480.", "Harbour Times", new DateOnly(2025, 7, 1)),
            new Document("second", "The data theft in Vorland affected 610 companies.", "Valley Courier", new DateOnly(2025, 7, 4)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "one report's cue does not make the other's figure a later step");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_FixedCountOneReportReadsAsReached_StaysADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The protests reached 17 districts of Vorland.", "Harbour Times", new DateOnly(2025, 7, 1)),
            new Document("second", "Protests took place in 20 districts of Vorland.", "Valley Courier", new DateOnly(2025, 7, 3)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "reports two days apart differ on where the protests took place");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution);
    }
}
