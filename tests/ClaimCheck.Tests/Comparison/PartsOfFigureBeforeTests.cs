using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A sentence that opens by pointing back to the figure before it ("Within that figure", "Of these") counts parts of that
/// figure: a part is compared with other counts of the same part, under the whole's figure. Texts written for these tests.</summary>
public class PartsOfFigureBeforeTests
{
    private static readonly DateOnly Day = new(2025, 10, 3);

    private const string Whole = "About 52,000 people have been evacuated from the coast of Jordan, officials said. ";

    private static Document Report(string id, string text) => new(id, text, "Wire " + id, Day) { Place = "Jordan" };

    [Theory]
    [InlineData("Within that figure, officials count 4,100 people evacuated from the river villages.")]
    [InlineData("Of these, 4,100 were evacuated from the river villages.")]
    [InlineData("That figure includes 4,100 people evacuated from the river villages.")]
    public void Check_CountOpenedByACueToTheFigureBefore_IsAPartOfIt(string second)
    {
        var report = ClaimChecker.Check([Report("wire", Whole + second)]);

        report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 4100)
            .Which.Measure.Should().EndWith(MeasureNames.PartSeparator + "of 52000", "the sentence counts a part of the 52,000 before it");
    }

    [Theory]
    [InlineData("Officials said 4,100 people were evacuated from the river villages.")]
    [InlineData("Of these, 900 people were taken to hospital.")]
    public void Check_CountWithoutTheCueOrOfAnotherMeasure_KeepsItsMeasure(string second)
    {
        var report = ClaimChecker.Check([Report("wire", Whole + second)]);

        report.Claims.Where(c => c.Quantity != null && c.Quantity.Value.Value is 4100 or 900)
            .Should().NotBeEmpty().And.AllSatisfy(c => c.Measure.Should().NotContain(MeasureNames.PartSeparator + "of 52000"));
    }

    [Fact]
    public void Check_TwoReportsDifferentCountsOfTheSamePart_StillDispute()
    {
        var report = ClaimChecker.Check(
        [
            Report("wire", Whole + "Of these, 4,100 were evacuated from the river villages."),
            Report("daily", Whole + "Of these, 6,800 were evacuated from the river villages."),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "the two reports give different counts of one part")
            .Which.Topic.Should().EndWith(MeasureNames.PartSeparator + "of 52000", "they are compared as parts of the 52,000, not as its rivals");
    }
}
