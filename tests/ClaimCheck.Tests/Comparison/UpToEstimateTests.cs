using ClaimCheck.Comparison;
using ClaimCheck.Documents;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>"Up to" and "as many as" in a report name the high figure of an estimate, not a ceiling under which any smaller figure
/// fits: the organisers' "up to 200,000" stands against the police's 80,000. Texts written for these tests; places and figures made up.</summary>
public class UpToEstimateTests
{
    private static readonly DateOnly Monday = new(2025, 3, 10);

    [Fact]
    public void Check_UpToEstimateAgainstAFigureWellBelowIt_IsADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("organisers", "Up to 200,000 people took part in the march in Lindenport on Sunday, the organisers said.", "Vorland Wire", Monday),
            new Document("police", "Police said 80,000 people took part in the march in Lindenport on Sunday.", "Lindenport Daily", Monday),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([80_000, 200_000]);
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
            new Document("organisers", "Up to 200,000 people took part in the march in Lindenport on Sunday, the organisers said.", "Vorland Wire", Monday),
            new Document("police", "Police said about 180,000 people took part in the march in Lindenport on Sunday.", "Lindenport Daily", Monday),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "180,000 is within the organisers' estimate");
    }
}
