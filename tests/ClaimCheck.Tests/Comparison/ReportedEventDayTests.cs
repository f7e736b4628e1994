using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A count bound to one event (a march's crowd) that a report dates only by its publication belongs to the stated day whose
/// figure it gives, not merely to the latest stated day before the report. Texts written for these tests.</summary>
public class ReportedEventDayTests
{
    private static readonly DateOnly Thursday = new(2025, 9, 11);
    private static readonly DateOnly Saturday = new(2025, 9, 13);

    [Fact]
    public void Check_UndatedCountGivingAnEarlierMarchsFigure_CorroboratesThatMarch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police said 52,000 people marched in Lisbon on Wednesday against the housing law.", "Tagus Wire", Thursday) { Place = "Portugal" },
            new Document("daily", "Police said 18,000 people marched in Lisbon on Friday against the housing law.", "Lisbon Daily", Saturday) { Place = "Portugal" },
            new Document("post", "Police said 52,000 people marched in Lisbon against the housing law.", "Algarve Post", Saturday) { Place = "Portugal" },
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Contains("wire#1") && f.ClaimIds.Contains("post#1"),
            "the undated 52,000 is Wednesday's figure, given alike by two reports");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "Friday's 18,000 counts another march");
    }

    [Fact]
    public void Check_UndatedCountGivingNoStatedFigure_JoinsTheLatestMarchBeforeTheReport()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police said 52,000 people marched in Lisbon on Wednesday against the housing law.", "Tagus Wire", Thursday) { Place = "Portugal" },
            new Document("daily", "Police said 18,000 people marched in Lisbon on Friday against the housing law.", "Lisbon Daily", Saturday) { Place = "Portugal" },
            new Document("post", "Organisers said 60,000 people marched in Lisbon against the housing law.", "Algarve Post", Saturday) { Place = "Portugal" },
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.ClaimIds.Contains("daily#1") && f.ClaimIds.Contains("post#1"),
            "a figure no stated day gives is read as the latest march's");
    }

    [Fact]
    public void Check_UndatedCountPublishedLongAfterEveryMarch_IsListedAsNotComparedForNoEventDay()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police said 52,000 people marched in Lisbon on Wednesday against the housing law.", "Tagus Wire", Thursday) { Place = "Portugal" },
            new Document("daily", "Police said 18,000 people marched in Lisbon on Friday against the housing law.", "Lisbon Daily", Saturday) { Place = "Portugal" },
            new Document("review", "Organisers said 60,000 people marched in Lisbon against the housing law.", "Algarve Post", Saturday.AddDays(20)) { Place = "Portugal" },
        ]);

        report.NotCompared.Should().ContainSingle(n => n.ClaimId == "review#1").Which.Reason.Should().Be(NotComparedReason.NoEventDay,
            "published weeks later, the figure says neither march's crowd");
        report.Findings.Should().NotContain(f => f.ClaimIds.Contains("review#1"));
    }

    [Fact]
    public void Check_UndatedCountPublishedTheDayAfterAMarch_IsNotListedAsNotCompared()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police said 52,000 people marched in Lisbon on Wednesday against the housing law.", "Tagus Wire", Thursday) { Place = "Portugal" },
            new Document("daily", "Police said 18,000 people marched in Lisbon on Friday against the housing law.", "Lisbon Daily", Saturday) { Place = "Portugal" },
            new Document("post", "Organisers said 60,000 people marched in Lisbon against the housing law.", "Algarve Post", Saturday) { Place = "Portugal" },
        ]);

        report.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.NoEventDay, "the report is dated the day after Friday's march");
    }
}
