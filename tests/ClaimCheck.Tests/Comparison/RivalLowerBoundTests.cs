using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Lower bounds given on one day by different sources: two bodies' own counts in dispute where a body apart from the state
/// gives one of them or one report sets them side by side; otherwise possibly one count rising within the day. Texts written for these
/// tests.</summary>
public class RivalLowerBoundTests
{
    [Fact]
    public void Check_StateAndRightsGroupLowerBoundsInOneReport_AreADiscrepancyNamingBoth()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The interior ministry put the toll among marchers in Vorland at no fewer than 14 on Thursday, whereas the rights group Kestrel Watch counted at least 27 dead.", "Brenmoor Courier", new DateOnly(2025, 3, 6)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy)
            .Which.Explanation.Should().Contain("14").And.Contain("27");
    }

    [Fact]
    public void Check_StateAndRightsGroupLowerBoundsOnOneDayInTwoReports_AreADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("state", "At least 14 protesters were killed in the unrest in Vorland, the interior ministry said.", "Lindenport Times", new DateOnly(2025, 3, 6)),
            new Document("rights", "At least 27 protesters have died in the unrest in Vorland, the rights group Kestrel Watch said.", "Brenmoor Courier", new DateOnly(2025, 3, 6)),
            new Document("copy", "The rights group Kestrel Watch said at least 27 protesters had been killed in the unrest in Vorland.", "Ostrava Daily", new DateOnly(2025, 3, 6)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        discrepancy.Sides.Should().HaveCount(2);
        discrepancy.Explanation.Should().Contain("14").And.Contain("27");
    }

    [Theory]
    [InlineData("The union federation tallied more than a million marchers across Vorland on Thursday.", true)]
    [InlineData("The union federation tallied about 750,000 marchers across Vorland on Thursday.", false)]
    public void Check_ALowerBoundSetAgainstTwiceItsFigureTheSameDay_IsADiscrepancy(string union, bool disputed)
    {
        var report = ClaimChecker.Check(
        [
            new Document("ministry", "Over 500,000 marchers turned out across Vorland on Thursday, Vorland's interior ministry reported.", "Lindenport Times", new DateOnly(2025, 3, 7)),
            new Document("union", union, "Brenmoor Courier", new DateOnly(2025, 3, 7)),
        ]);

        report.Findings.Any(f => f.Kind == FindingKind.NumericDiscrepancy).Should()
            .Be(disputed, "a bound reaches up to, not to, twice its figure: 'more than 500,000' is no way of writing a million");
    }

    [Fact]
    public void Check_TwoStateBodiesLowerBoundsOnOneDayInTwoReports_AreNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "At least 14 passengers died after the ferry overturned off Vorland, the coast guard said.", "Lindenport Times", new DateOnly(2025, 3, 6)),
            new Document("later", "At least 27 people died when the ferry capsized off Vorland, the transport minister told reporters.", "Brenmoor Courier", new DateOnly(2025, 3, 6)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "two state bodies' bounds on one day may be one toll rising within the day");
    }

    [Fact]
    public void Check_UnattributedLowerBoundsOnOneDay_AreNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "At least 14 passengers died after the ferry overturned off Vorland.", "Lindenport Times", new DateOnly(2025, 3, 6)),
            new Document("later", "At least 27 people died when the ferry capsized off Vorland.", "Brenmoor Courier", new DateOnly(2025, 3, 6)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the outlets' own bounds on one day may be one toll rising");
    }
}
