using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A sentence that opens by pointing back to the figure before it ("Within that figure", "Of these") counts parts of that
/// figure: a part is compared with other counts of the same part, never set against the whole. Texts written for these tests.</summary>
public class PartsOfFigureBeforeTests
{
    private static readonly DateOnly Day = new(2025, 10, 3);

    private static Document Report(string id, string text) => new(id, text, "Wire " + id, Day) { Place = "Jordan" };

    [Theory]
    [InlineData("Within that figure, the agency counts 4,100 refugees from the hill towns.")]
    [InlineData("Of these, 4,100 refugees came from the hill towns.")]
    [InlineData("That figure includes 4,100 refugees from the hill towns.")]
    public void Check_CountOpenedByACueToTheFigureBefore_IsAPartOfIt(string second)
    {
        var report = ClaimChecker.Check([Report("wire", "About 52,000 refugees have crossed into Jordan since March, the agency said. " + second)]);

        report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 4100)
            .Which.Measure.Should().EndWith(MeasureNames.PartSeparator + "of 52000", "the sentence counts a part of the 52,000 before it");
    }

    [Theory]
    [InlineData("The agency counts 4,100 refugees from the hill towns.")]
    [InlineData("Of these, 90 were sent back within a week.")]
    public void Check_CountWithoutTheCueOrOfAnotherMeasure_KeepsItsMeasure(string second)
    {
        var report = ClaimChecker.Check([Report("wire", "About 52,000 refugees have crossed into Jordan since March, the agency said. " + second)]);

        report.Claims.Where(c => c.Quantity != null && c.Quantity.Value.Value is 4100 or 90)
            .Should().NotBeEmpty().And.AllSatisfy(c => c.Measure.Should().NotContain(MeasureNames.PartSeparator + "of 52000"));
    }

    [Fact]
    public void Check_PartCountedWithinTheWhole_DoesNotDisputeTheWhole()
    {
        var report = ClaimChecker.Check(
        [
            Report("wire", "About 52,000 refugees have crossed into Jordan since March, the agency said. Within that figure, the agency counts 4,100 refugees from the hill towns."),
            Report("daily", "Some 52,000 refugees have crossed into Jordan since March, according to the agency."),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the 4,100 are among the 52,000");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration, "both reports give about 52,000 refugees");
    }

    [Fact]
    public void Check_TwoReportsDifferentCountsOfTheSamePart_StillDispute()
    {
        var report = ClaimChecker.Check(
        [
            Report("wire", "About 52,000 refugees have crossed into Jordan since March, the agency said. Of these, 4,100 refugees came from the hill towns."),
            Report("daily", "About 52,000 refugees have crossed into Jordan since March, the agency said. Of these, 6,800 refugees came from the hill towns."),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "the two reports give different counts of one part");
    }
}
