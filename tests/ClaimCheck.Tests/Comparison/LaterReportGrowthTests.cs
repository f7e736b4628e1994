using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A state body's count given in a later report, on a later day and at most twice the earlier count another state body gave:
/// the count grown, read as a timeline; a much larger later count, an independent or other non-state body's own count, or a count over
/// a stated span ("in 24 hours"), still disputes. Texts written for these tests.</summary>
public class LaterReportGrowthTests
{
    private const string Wednesday = "Vorland's interior minister Alen Brask said on Wednesday that six people had been arrested over the collapse of the Kestrel Bay footbridge.";

    private static CheckReport CheckTwoDays(string later) => ClaimChecker.Check(
    [
        new Document("wed", Wednesday, "Coast Herald", new DateOnly(2025, 6, 11)),
        new Document("thu", later, "Vorland Wire", new DateOnly(2025, 6, 12)),
    ]);

    [Fact]
    public void Check_AnotherStateBodysSomewhatLargerCountTheNextDay_IsATimelineNotADispute()
    {
        var report = CheckTwoDays("Eight people have been arrested over the collapse of the Kestrel Bay footbridge, Vorland's justice minister Ivo Rell said on Thursday.");

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the next day's larger state count is the count grown");
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_OneBodyNamedShortThenInFullWithASomewhatLargerCountTheNextDay_IsATimeline()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wed", "The harbour safety board said on Wednesday that six people had been arrested over the collapse of the Kestrel Bay footbridge.", "Coast Herald", new DateOnly(2025, 6, 11)),
            new Document("thu", "The Kestrel Bay Harbour Safety Board said on Thursday that 8 people had been arrested over the collapse of the Kestrel Bay footbridge.", "Vorland Wire", new DateOnly(2025, 6, 12)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "one board's next-day count is its count grown");
    }

    [Theory]
    [InlineData("Fifteen people have been arrested over the collapse of the Kestrel Bay footbridge, Vorland's justice minister Ivo Rell said on Thursday.")]
    [InlineData("The Vorland Observatory for Human Rights said on Thursday that 8 people had been arrested over the collapse of the Kestrel Bay footbridge.")]
    [InlineData("The Kestrel Bay harbour office said on Thursday that 8 people had been arrested over the collapse of the Kestrel Bay footbridge.")]
    [InlineData("Within a day, 8 people had been arrested over the collapse of the Kestrel Bay footbridge, Vorland's justice minister Ivo Rell said on Thursday.")]
    [InlineData("Vorland's justice minister Ivo Rell said on Thursday that 8 people had been arrested in 24 hours over the collapse of the Kestrel Bay footbridge.")]
    public void Check_AMuchLargerCountOrAnotherBodysCountOrACountOverASpanTheNextDay_StillDisputes(string later)
    {
        var report = CheckTwoDays(later);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "more than twice the count, a rights body's or another body's own count, or a count over a span is a rival figure");
    }
}
