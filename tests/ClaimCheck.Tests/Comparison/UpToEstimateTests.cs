using ClaimCheck.Comparison;
using ClaimCheck.Documents;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>"Up to" and "as many as" in a report name the high figure of an estimate, not a ceiling under which any smaller figure
/// fits: a union's "up to 12,000" stands against a police count of 4,500. Texts written for these tests; places and figures made up.</summary>
public class UpToEstimateTests
{
    private static readonly DateOnly Monday = new(2025, 3, 10);

    [Fact]
    public void Check_UpToEstimateAgainstAFigureWellBelowIt_IsADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("union", "The dockers' union reckons that up to 12,000 workers rallied at the Kestrel Bay port gates on Monday.", "Vorland Wire", Monday),
            new Document("police", "On Monday 4,500 workers rallied at the Kestrel Bay port gates, according to a police count.", "Lindenport Daily", Monday),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([4_500, 12_000]);
    }

    [Fact]
    public void Check_AsManyAsAgainstAnOfficialToll_IsADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("party", "The flood in Brenmoor on Monday killed as many as 60 people, an opposition party said.", "Vorland Wire", Monday),
            new Document("ministry", "The flood in Brenmoor on Monday killed 27 people, the interior ministry said.", "Lindenport Daily", Monday),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([27, 60]);
    }

    [Fact]
    public void Check_UpToEstimateNearAnotherFigure_IsNoDiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("union", "The dockers' union reckons that up to 12,000 workers rallied at the Kestrel Bay port gates on Monday.", "Vorland Wire", Monday),
            new Document("police", "On Monday around 10,500 workers rallied at the Kestrel Bay port gates, according to a police count.", "Lindenport Daily", Monday),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "10,500 is within the union's estimate");
    }

    [Fact]
    public void Check_UpToEstimateBesideTwoDisagreeingFigures_SidesWithTheOneItReaches()
    {
        var report = ClaimChecker.Check(
        [
            new Document("union", "The dockers' union reckons that up to 12,000 workers rallied at the Kestrel Bay port gates on Monday.", "Vorland Wire", Monday),
            new Document("police", "On Monday 4,500 workers rallied at the Kestrel Bay port gates, according to a police count.", "Lindenport Daily", Monday),
            new Document("paper", "About 10,500 workers rallied at the Kestrel Bay port gates on Monday, the Brenmoor Herald estimated.", "Brenmoor Herald", Monday),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([4_500, 10_500, 12_000], "'up to 12,000' reaches 10,500 but not 4,500");
    }
}
