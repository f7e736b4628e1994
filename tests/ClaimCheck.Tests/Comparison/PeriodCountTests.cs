using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A count a sentence gives for one period of a series ("In the fourth week, …", "In the week to 8 June, …") is that
/// period's, never set against the running total since the start. Texts written for these tests.</summary>
public class PeriodCountTests
{
    [Theory]
    [InlineData("In the fourth week of the strike")]
    [InlineData("In the week to 26 May")]
    public void Check_OnePeriodsCountBesideTheRunningTotal_IsNoDispute(string opening)
    {
        var report = ClaimChecker.Check(
        [
            new Document("weekly", $"A strike by laboratory staff has hit hospitals in Brenmoor. {opening}, clinics in Brenmoor postponed 420 appointments, the ministry said.", "Andes Wire", new DateOnly(2025, 5, 28)),
            new Document("total", "A strike by laboratory staff has hit hospitals in Brenmoor. Clinics in Brenmoor have postponed 3,100 appointments in all, the ministry said.", "Coast Herald", new DateOnly(2025, 5, 28)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "420 are one week's postponements, 3,100 all of them");
    }

    [Fact]
    public void Check_TwoRunningTotalsThatDiffer_StillDisagree()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", "A strike by laboratory staff has hit hospitals in Brenmoor. Clinics in Brenmoor have postponed 420 appointments in all, the ministry said.", "Andes Wire", new DateOnly(2025, 5, 28)),
            new Document("two", "A strike by laboratory staff has hit hospitals in Brenmoor. Clinics in Brenmoor have postponed 3,100 appointments in all, the ministry said.", "Coast Herald", new DateOnly(2025, 5, 28)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }
}
