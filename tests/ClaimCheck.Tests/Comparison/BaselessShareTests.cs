using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A percentage that says neither of what it is a share nor whose it is meets only a denial of the same figure and the same
/// figure another report gives: shares of different wholes look alike. Texts written for these tests; the places and figures are made up.</summary>
public class BaselessShareTests
{
    [Fact]
    public void Check_PercentagesNamingNoShareOrHolder_AreListedNotDisputed()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "By noon, 23% had voted in Vorland, the electoral board said.", "Vorland Wire", new DateOnly(2025, 4, 6)) { Place = "Vorland" },
            new Document("daily", "Officials in Vorland said 47% had cast a ballot by 6 pm.", "Lindenport Daily", new DateOnly(2025, 4, 6)) { Place = "Vorland" },
        ]);

        report.Claims.Where(c => c.Quantity != null && c.Quantity.Value.Unit.Kind == UnitKind.Percentage).Select(c => c.Measure)
            .Should().AllBe(MeasureNames.Share, "neither sentence names what the percentage is a share of");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
        report.NotCompared.Where(n => n.Reason == NotComparedReason.NoBase).Should().HaveCount(2);
    }

    [Fact]
    public void Check_OneBaselessPercentageTwoReportsGiveAlike_IsCorroborated()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "By noon, 23.4% had voted in Vorland, the electoral board said.", "Vorland Wire", new DateOnly(2025, 4, 6)) { Place = "Vorland" },
            new Document("daily", "Officials in Vorland said 23.4 percent had cast a ballot by noon.", "Lindenport Daily", new DateOnly(2025, 4, 6)) { Place = "Vorland" },
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration).Which.ClaimIds.Should().HaveCount(2);
        report.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.NoBase, "both percentages met each other");
    }

    [Fact]
    public void Check_BaselessPercentagesBesideAnother_AgreeButDisputeNothing()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "By noon, 23% had voted in Vorland, the electoral board said.", "Vorland Wire", new DateOnly(2025, 4, 6)) { Place = "Vorland" },
            new Document("daily", "Officials in Vorland said 23% had cast a ballot by noon.", "Lindenport Daily", new DateOnly(2025, 4, 6)) { Place = "Vorland" },
            new Document("post", "Officials in Vorland said 47% had cast a ballot by 6 pm.", "Brenmoor Post", new DateOnly(2025, 4, 6)) { Place = "Vorland" },
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration).Which.ClaimIds.Should().HaveCount(2);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy || f.Kind == FindingKind.Evolution);
        report.NotCompared.Where(n => n.Reason == NotComparedReason.NoBase).Should().ContainSingle("the 47% met no other figure");
    }

    [Fact]
    public void Check_OneReportGivingABaselessPercentageTwice_CorroboratesNothing()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "By noon, 23% had voted in Vorland. The board repeated that 23% had voted by noon.", "Vorland Wire", new DateOnly(2025, 4, 6)) { Place = "Vorland" },
            new Document("daily", "Officials in Vorland said 47% had cast a ballot by 6 pm.", "Lindenport Daily", new DateOnly(2025, 4, 6)) { Place = "Vorland" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration);
    }

    [Fact]
    public void Check_PercentagesOfANamedShare_AreStillCompared()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Turnout in Vorland reached 23%, the electoral board said.", "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
            new Document("daily", "Turnout in Vorland was 47%, observers said.", "Lindenport Daily", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && SideValues(report, f).Contains(23) && SideValues(report, f).Contains(47));
        report.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.NoBase);
    }

    [Fact]
    public void Check_ADeniedPercentage_StillMeetsTheSameFigureGiven()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The Lindenport Herald reported that the new owner of Vorland Air plans to reduce the airline's headcount by almost 35%.", "Vorland Wire", new DateOnly(2025, 5, 6)) { Place = "Vorland" },
            new Document("second", "The Vorland Times says the new owner told staff he does not plan to get rid of 35 percent of Vorland Air's 2,900 employees.", "Lindenport Daily", new DateOnly(2025, 5, 9)) { Place = "Vorland" },
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.PolarityConflict && f.Topic.Contains("35%"));
        report.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.NoBase, "the plain share met its denial");
    }

    [Theory]
    [InlineData("Brenmoor Air's market share in Vorland is 23%.", "Brenmoor Air now holds a market share of 47% in Vorland.", "market share")]
    [InlineData("Vorland's unemployment rate rose to 23%.", "The jobless rate in Vorland climbed to 47%.", "unemployment")]
    [InlineData("The interest rate in Vorland is 23%, the central bank said.", "Interest rates in Vorland stand at 47%, analysts said.", "interest rate")]
    public void Check_AGeneralShareWordAfterANoun_TakesThatNounsMeasure(string first, string second, string measure)
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", first, "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
            new Document("daily", second, "Lindenport Daily", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
        ]);

        report.Claims.Where(c => c.Quantity != null).Select(c => c.Measure).Should().AllBe(measure);
        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && SideValues(report, f).Contains(23) && SideValues(report, f).Contains(47));
    }

    [Fact]
    public void Check_AVerbBeforeRates_IsNoKindOfRate()
    {
        var report = ClaimChecker.Check([new Document("wire", "The central bank of Vorland cut rates to 23%.", "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" }]);

        report.Claims.Should().ContainSingle(c => c.Quantity != null).Which.Measure.Should().Be(MeasureNames.Rate);
    }

    [Fact]
    public void Check_TwoDifferentRates_AreNotCompared()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Vorland's unemployment rate rose to 23%.", "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
            new Document("daily", "Vorland's inflation rate rose to 47%.", "Lindenport Daily", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }
}
