using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>One figure that reports give alike, read in different periods (a background year in one sentence, a stated day in
/// another), corroborates across those periods; a figure that differs stays apart. Texts written for these tests; the places and
/// figures are made up.</summary>
public class AgreementAcrossPeriodsTests
{
    [Fact]
    public void Check_OneFigureTwoReportsGiveInDifferentPeriods_IsCorroborated()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The landfill in Vorland, opened in 1991, covers 52 acres, officials said.", "Vorland Wire", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
            new Document("daily", "On a visit on March 9, the mayor said the 52-acre landfill in Vorland was full.", "Lindenport Daily", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
        ]);

        report.Claims.Where(c => c.Quantity != null).Select(c => c.Time).Distinct().Should().HaveCount(2, "the two figures are read in different periods");
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration).Which.ClaimIds.Should().HaveCount(2);
    }

    [Fact]
    public void Check_DifferentFiguresInDifferentPeriods_AreNeitherCorroboratedNorDisputed()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The landfill in Vorland, opened in 1991, covers 52 acres, officials said.", "Vorland Wire", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
            new Document("daily", "On a visit on March 9, the mayor said the 70-acre landfill in Vorland was full.", "Lindenport Daily", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration || f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_OneReportGivingAFigureInTwoPeriods_CorroboratesNothing()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The landfill in Vorland, opened in 1991, covered 52 acres then. On March 9 the mayor said the landfill in Vorland still covers 52 acres.", "Vorland Wire", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
            new Document("daily", "The quarry in Vorland covers 70 acres, the mayor said.", "Lindenport Daily", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration);
    }

    [Fact]
    public void Check_OneFigureInTwoStatedYears_IsTwoOccasions()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police in Vorland recorded 1,250 burglaries in 2024.", "Vorland Wire", new DateOnly(2025, 2, 3)) { Place = "Vorland" },
            new Document("daily", "Police in Vorland recorded 1,250 burglaries in 2023.", "Lindenport Daily", new DateOnly(2025, 2, 4)) { Place = "Vorland" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration, "the same count in two years is two years' counts");
    }

    [Fact]
    public void Check_OneFigureOnStatedDaysYearsApart_IsTwoOccasions()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police said 35,000 people marched in Vorland on Sunday.", "Vorland Wire", new DateOnly(2023, 10, 9)) { Place = "Vorland" },
            new Document("daily", "Police said 35,000 people marched in Vorland on Sunday.", "Lindenport Daily", new DateOnly(2025, 10, 27)) { Place = "Vorland" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration, "two marches two years apart drew the same crowd");
    }

    [Fact]
    public void Check_ASmallCountInDifferentPeriods_IsNotReadAsOne()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "In 2019, three people died in floods in Vorland.", "Vorland Wire", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
            new Document("daily", "On March 9, three people died in floods in Vorland.", "Lindenport Daily", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration);
    }
}
