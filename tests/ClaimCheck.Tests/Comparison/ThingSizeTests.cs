using ClaimCheck.Comparison;
using ClaimCheck.Documents;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A length written before a thing of fixed size ("the 2,891-metre volcano", "the 1.2km bridge") is that thing's size,
/// compared across reports under the event's country. Texts written for these tests; the places are made up.</summary>
public class ThingSizeTests
{
    private static readonly DateOnly Day = new(2025, 3, 12);

    [Fact]
    public void Check_AVolcanosHeightWrittenTwoWays_IsCorroborated()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The 2,891-metre (9,485 ft) volcano in Vorland erupted on Sunday, sending ash as high as 3 km into the sky.", "Vorland Wire", Day) { Place = "Vorland" },
            new Document("daily", "The 2,891-meter-high volcano in Vorland erupted on Sunday, officials said.", "Lindenport Daily", Day) { Place = "Vorland" },
        ]);

        report.Claims.Where(c => c.Measure == "height · mountain").Should().HaveCount(2);
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration && f.Topic == "Vorland · height · mountain")
            .Which.Should().Match<Finding>(f => SideValues(report, f).SequenceEqual(new[] { 2891d }));
        report.Claims.Single(c => c.DocumentId == "wire" && c.Quantity is { Value: 3 }).Measure.Should().NotContain("mountain", "the ash's height is not the volcano's");
    }

    [Fact]
    public void Check_ABridgesLengthGivenDifferently_IsADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Thousands of marchers crossed the 1.2km bridge in Lindenport, Peru, on Sunday.", "Vorland Wire", Day),
            new Document("daily", "Marchers in Lindenport, Peru, filled the 1.1 kilometre (0.7 mile) bridge on Sunday.", "Lindenport Daily", Day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        discrepancy.Topic.Should().Be("Peru · length · bridge");
        SideValues(report, discrepancy).Should().Equal(1.1, 1.2);
    }

    [Theory]
    [InlineData("Authorities barred residents from a 7-kilometre radius around the crater in Vorland.")]
    [InlineData("Marchers walked a 5 km route through Lindenport in Vorland.")]
    public void Extract_ALengthBeforeAThingOfNoFixedSize_NamesNoSize(string sentence)
    {
        var report = ClaimChecker.Check([new Document("wire", sentence, "Vorland Wire", Day)]);

        report.Claims.Should().NotContain(c => c.Measure.Contains(" · ", StringComparison.Ordinal) && (c.Measure.StartsWith("length", StringComparison.Ordinal) || c.Measure.StartsWith("height", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_ASizeAdjective_NamesTheDimensionMeasured()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Crews in Vorland began building a 3 metre high wall and a 400-metre-long tunnel on Monday.", "Vorland Wire", Day) { Place = "Vorland" },
        ]);

        report.Claims.Select(c => c.Measure).Should().Contain(["height · wall", "length · tunnel"]);
    }
}
