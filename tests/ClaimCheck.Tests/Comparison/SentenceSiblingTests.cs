using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Two figures one sentence gives side by side under one measure count different things (two sides of a vote, of a swap);
/// neither is a rival of another report's figure, unless different sources give them. Texts written for these tests.</summary>
public class SentenceSiblingTests
{
    private static readonly DateOnly Day = new(2025, 9, 14);

    [Fact]
    public void Check_VotesForAndAgainstInOneSentence_AreNoRivalsOfAnotherReportsCount()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "In the Portuguese referendum on the bridge, 4,120 votes went to Yes and 3,980 votes went to No.", "Tagus Wire", Day),
            new Document("daily", "In the Portuguese referendum on the bridge, 4,120 votes went to Yes.", "Lisbon Daily", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "3,980 counts the votes against, not the votes for");
        report.NotCompared.Should().ContainSingle(n => n.Reason == NotComparedReason.SharedMeasureInSentence).Which.ClaimId.Should().Be("wire#2");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration, "both reports give 4,120 votes for Yes");
    }

    [Fact]
    public void Check_TwoSourcesFiguresInOneSentence_StayADispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police said 9,000 people marched in Lisbon on Saturday, while the organisers said 40,000 people marched.", "Tagus Wire", Day) { Place = "Portugal" },
            new Document("daily", "About 9,000 people marched in Lisbon on Saturday, police said.", "Lisbon Daily", Day) { Place = "Portugal" },
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "the police and the organisers give rival counts of one march");
        report.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.SharedMeasureInSentence);
    }
}
