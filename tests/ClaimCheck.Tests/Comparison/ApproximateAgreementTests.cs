using ClaimCheck.Comparison;
using ClaimCheck.Documents;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>When two figures count as the same figure: one must lie within what the other allows, not merely touch it. Texts written
/// for these tests; the places are made up.</summary>
public class ApproximateAgreementTests
{
    [Fact]
    public void Check_TwoEstimatesWhoseAllowancesOnlyTouch_Disagree()
    {
        // "about 250" allows 225 to 275 and "around 300" 270 to 330: they touch, but neither figure fits the other.
        var report = ClaimChecker.Check(
        [
            new Document("wire", "About 250 people are missing after the dam burst near Lindenport, the mining company said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "Around 300 people are missing after the dam burst near Lindenport, fire officials said.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        discrepancy.Sides.Should().HaveCount(2);
        SideValues(report, discrepancy).Should().Equal(250, 300);
    }

    [Fact]
    public void Check_APreciseCountWithinAnEstimate_SidesWithItAndNotWithAFartherEstimate()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "About 250 people are missing after the dam burst near Lindenport, the mining company said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "Around 300 people are missing after the dam burst near Lindenport, fire officials said.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
            new Document("radio", "A total of 287 people are missing after the dam burst near Lindenport, the civil defence agency said.", "Radio Brenmoor", new DateOnly(2025, 6, 3)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        discrepancy.Sides.Select(s => s.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Order().ToArray())
            .Should().BeEquivalentTo([new[] { 250d }, [287d, 300d]]);
    }

    [Fact]
    public void Check_AFigureAgreeingWithTwoEstimates_JoinsThemInOneSide()
    {
        // Agreement is carried along a chain: 1,090 fits both "about 1,000" and "about 1,200".
        var report = ClaimChecker.Check(
        [
            new Document("wire", "About 1,000 people were killed in the floods in Kestrel Bay, the regional government said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "The floods in Kestrel Bay killed 1,090 people, according to local officials.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
            new Document("radio", "About 1,200 people were killed in the floods in Kestrel Bay, a relief agency said.", "Radio Brenmoor", new DateOnly(2025, 6, 3)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_AnEstimateAndAFigureWithinIt_Agree()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "About 1,000 people were evacuated from Kestrel Bay, the regional government said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "Some 1,060 people were evacuated from Kestrel Bay, according to local officials.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && SideValues(report, f).SequenceEqual(new[] { 1000d, 1060d }));
    }

    [Fact]
    public void Check_ARangeAndAnEstimateItOverlaps_Agree()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Between 140 and 150 people were on board the ferry that sank off Kestrel Bay, survivors said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "About 160 people were on board the ferry that sank off Kestrel Bay, the port authority said.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "160 less a tenth reaches into 140 to 150");
    }

    [Fact]
    public void Check_AnEstimateWithinTwoRivalCountsOfItsDay_DoesNotJoinThem()
    {
        // "about 200" fits both 192 and 194: it sides with the nearer count, and the two counts of the day still dispute.
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The landslide above Kestrel Bay has killed 192 people, the regional authority said on Monday.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "The landslide above Kestrel Bay has killed 194 people, the district governor said on Monday.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
            new Document("radio", "About 200 people were killed when the hillside above Kestrel Bay gave way, a relief agency said on Monday.", "Radio Brenmoor", new DateOnly(2025, 6, 3)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        discrepancy.Sides.Select(s => s.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Order().ToArray())
            .Should().BeEquivalentTo([new[] { 192d }, [194d, 200d]]);
    }

    [Fact]
    public void Check_AnEstimateBesideCountsOfOtherDays_StillJoinsThem()
    {
        // The two counts were given on different days (a count that grew): the estimate of the first day is a point as before.
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The landslide above Kestrel Bay has killed 192 people, the regional authority said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("radio", "About 200 people were killed when the hillside above Kestrel Bay gave way, a relief agency said.", "Radio Brenmoor", new DateOnly(2025, 6, 3)),
            new Document("daily", "The landslide above Kestrel Bay has killed 208 people, the regional authority said.", "Lindenport Daily", new DateOnly(2025, 6, 5)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }
}
