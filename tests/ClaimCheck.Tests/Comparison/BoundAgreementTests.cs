using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Bounds and increments several reports give alike, and figures two orders of magnitude apart in one slot. Texts written for these
/// tests; the places are made up.</summary>
public class BoundAgreementTests
{
    [Fact]
    public void Check_TheSameLowerBoundInTwoReports_IsACorroboration()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "More than 340 people were seriously injured in Lindenport when the storm hit, the Vorland health ministry said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "The storm left more than 340 people seriously injured in Lindenport, according to local officials.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        var corroboration = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration).Subject;
        SideValues(report, corroboration).Should().Equal(340);
    }

    [Fact]
    public void Check_TheSameLowerBoundInTwoReportsBesideADispute_IsACorroborationToo()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "More than 400 trains were cancelled across Vorland on Monday after the signalling failure, the rail operator said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "Over 400 trains were cancelled across Vorland on Monday, according to the transport ministry.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
            new Document("radio", "The signalling failure forced the cancellation of 450 trains across Vorland on Monday, the rail union said.", "Radio Brenmoor", new DateOnly(2025, 6, 3)),
            new Document("post", "Some 900 trains were cancelled across Vorland on Monday, a passenger group said.", "Kestrel Bay Post", new DateOnly(2025, 6, 3)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "450 and some 900 dispute each other");
        report.Findings.Where(f => f.Kind == FindingKind.Corroboration).Select(f => SideValues(report, f))
            .Should().ContainSingle(v => v.SequenceEqual(new double[] { 400 }), "two reports give 'more than 400' alike, whatever the dispute beside it");
    }

    [Fact]
    public void Check_ABoundAtTheFigureAnotherReportGives_CorroboratesIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "At least 48 people died when the Brenmoor bridge collapsed in Vorland, the fire service said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "The collapse of the Brenmoor bridge in Vorland killed 48 people, the interior ministry said.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        var corroboration = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration, "'at least 48' gives the number 48 too").Subject;
        SideValues(report, corroboration).Should().Equal(48);
    }

    [Fact]
    public void Check_ABoundBelowTheFigureAnotherReportGives_OnlyFitsIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "At least 40 people died when the Brenmoor bridge collapsed in Vorland, the fire service said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "The collapse of the Brenmoor bridge in Vorland killed 48 people, the interior ministry said.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        report.Claims.Where(c => c.Measure == "deaths").Select(c => (c.Quantity!.Value.Qualifier, c.Quantity.Value.Value))
            .Should().BeEquivalentTo([(Qualifier.AtLeast, 40d), (Qualifier.Exact, 48d)], "both tolls are read");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration, "'at least 40' fits 48 but does not give it");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "'at least 40' fits 48");
    }

    [Fact]
    public void Check_AnUpperBoundJustAboveAnApproximateFigure_DoesNotCorroborateIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Fewer than 50 people died when the Brenmoor bridge collapsed in Vorland, the fire service said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "The collapse of the Brenmoor bridge in Vorland killed about 48 people, the interior ministry said.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        report.Claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Qualifier == Qualifier.LessThan && c.Quantity.Value.Value == 50);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration, "'fewer than 50' gives no figure of about 48");
    }

    [Fact]
    public void Check_DifferentBoundsInTwoReports_AreNoCorroboration()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "More than 340 people were seriously injured in Lindenport when the storm hit, the Vorland health ministry said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("daily", "The storm left at least 340 people seriously injured in Lindenport, according to local officials.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration, "\"more than 340\" and \"at least 340\" are not the same statement");
    }

    [Fact]
    public void Check_ABoundSeveralReportsShareBesideOneFigure_IsCorroboratedApartFromIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "At least 57 people died in the crush at the Brenmoor stadium in Lindenport, officials said.", "Vorland Wire", new DateOnly(2025, 8, 14)),
            new Document("daily", "A crush at the Brenmoor stadium in Lindenport killed at least 57 people, police said.", "Lindenport Daily", new DateOnly(2025, 8, 14)),
            new Document("radio", "63 people died in the crush at the Brenmoor stadium in Lindenport, a hospital director said.", "Radio Ostrava", new DateOnly(2025, 8, 14)),
        ]);

        report.Findings.Where(f => f.Kind == FindingKind.Corroboration).Select(f => SideValues(report, f)).Should().ContainEquivalentOf(new[] { 57d });
    }

    [Fact]
    public void Check_AWarsTollBesideOneAttacksToll_IsNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "At least 46 people were killed in the market bombing in Kestrel Bay, Vorland officials said. The civil war has killed more than 90,000 people.", "Vorland Wire", new DateOnly(2025, 9, 2)),
            new Document("daily", "The bombing of a market in Kestrel Bay killed 52 people, a hospital official said.", "Lindenport Daily", new DateOnly(2025, 9, 2)),
        ]);

        report.Findings.Should().NotContain(f => SideValues(report, f).Contains(90_000), "a toll more than a hundred times the attack's is another quantity");
    }

    [Fact]
    public void Check_ABoundTwoReportsShareBesideFiguresInDispute_CorroboratesNoFigure()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "More than 1,000 people were killed in the floods in Lindenport, officials said.", "Vorland Wire", new DateOnly(2025, 7, 2)),
            new Document("daily", "The floods in Lindenport killed more than 1,000 people, the mayor said.", "Lindenport Daily", new DateOnly(2025, 7, 2)),
            new Document("radio", "The floods in Lindenport killed 2,000 people, a rights group said.", "Radio Ostrava", new DateOnly(2025, 7, 2)),
            new Document("herald", "The floods in Lindenport killed 400 people, the army said.", "Coast Herald", new DateOnly(2025, 7, 2)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy);
        report.Findings.Where(f => f.Kind == FindingKind.Corroboration).Should().NotContain(f => SideValues(report, f).Contains(2000d) || SideValues(report, f).Contains(400d));
    }

    [Fact]
    public void Check_RivalTollsFarApartFromTwoSources_StillDispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Three people were killed when troops fired on protesters in Lindenport, the interior ministry said.", "Vorland Wire", new DateOnly(2025, 7, 2)),
            new Document("daily", "Troops firing on protesters in Lindenport killed 400 people, opposition groups said.", "Lindenport Daily", new DateOnly(2025, 7, 2)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(3, 400);
    }

    [Fact]
    public void Check_AnIncrementFarBelowTheTotalItBuilds_StaysWithIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The earthquake in Lindenport killed 1,015 people, officials said on Monday.", "Vorland Wire", new DateOnly(2025, 7, 7)),
            new Document("daily", "An additional 8 people died in Lindenport, raising the earthquake's toll to 1,023, officials said on Tuesday.", "Lindenport Daily", new DateOnly(2025, 7, 8)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && SideValues(report, f).Contains(8d));
    }

    [Fact]
    public void Check_TheSameIncrementInTwoReports_IsACorroboration()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Brightwater Motors will cut 4,000 more jobs in Vorland, the company said on Monday.", "Vorland Wire", new DateOnly(2025, 6, 2)),
            new Document("daily", "Brightwater Motors will cut another 4,000 jobs in Vorland, it announced on Monday.", "Lindenport Daily", new DateOnly(2025, 6, 2)),
        ]);

        var corroboration = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration).Subject;
        SideValues(report, corroboration).Should().Equal(4000);
    }

    [Fact]
    public void Check_DifferentIncrementsInTwoReports_DoNotCorroborate()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Brightwater Motors will cut 4,000 more jobs in Vorland, the company said on Monday.", "Vorland Wire", new DateOnly(2025, 6, 2)),
            new Document("daily", "Brightwater Motors will cut another 2,500 jobs in Vorland, it announced on Monday.", "Lindenport Daily", new DateOnly(2025, 6, 2)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration);
    }
}
