using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A state body's count given in a later report, on a later day and at most twice the earlier count another state body gave:
/// the count grown, read as a timeline; a much larger later count, or an independent body's own count, still disputes. Texts written for
/// these tests.</summary>
public class LaterReportGrowthTests
{
    private const string Wednesday = "Vorland's interior minister Alen Brask said on Wednesday that nine people had been detained over the fire at the Kestrel Bay hotel.";

    private static CheckReport CheckTwoDays(string later) => ClaimChecker.Check(
    [
        new Document("wed", Wednesday, "Coast Herald", new DateOnly(2025, 6, 11)),
        new Document("thu", later, "Vorland Wire", new DateOnly(2025, 6, 12)),
    ]);

    [Fact]
    public void Check_AnotherStateBodysSomewhatLargerCountTheNextDay_IsATimelineNotADispute()
    {
        var report = CheckTwoDays("Eleven people have been detained over the fire at the Kestrel Bay hotel, Vorland's justice minister Ivo Rell said on Thursday.");

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the next day's larger state count is the count grown");
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution);
    }

    [Theory]
    [InlineData("Twenty-five people have been detained over the fire at the Kestrel Bay hotel, Vorland's justice minister Ivo Rell said on Thursday.")]
    [InlineData("The Vorland Observatory for Human Rights said on Thursday that 11 people had been detained over the fire at the Kestrel Bay hotel.")]
    public void Check_AMuchLargerCountOrAnIndependentBodysCountTheNextDay_StillDisputes(string later)
    {
        var report = CheckTwoDays(later);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "more than twice the count, or a rights body's own count, is a rival figure");
    }
}
