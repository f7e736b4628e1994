using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A part that names who it counts and the whole its report took it from ("31 died, 12 of them children") is compared with
/// the same named part from other reports, whatever whole they give, and never with a whole. Texts written for these tests.</summary>
public class NamedPartComparisonTests
{
    private static readonly DateOnly Day = new(2025, 9, 16);

    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder()
        .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\n", "places.tsv"))
        .Build();

    private static HashSet<double> Values(CheckReport report, Finding finding) =>
        [.. finding.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity?.Value ?? double.NaN)];

    [Theory]
    [InlineData("deaths · children · of 31", "deaths · children")]
    [InlineData("rescued · serious · of 40", "rescued · serious")]
    [InlineData("deaths · of 31", "deaths · of 31")]
    [InlineData("deaths · children · of a listed total", "deaths · children · of a listed total")]
    [InlineData("deaths · children", "deaths · children")]
    [InlineData("deaths", "deaths")]
    public void NamedPartWithoutWhole_DropsOnlyTheWholesFigureAfterANamedPart(string measure, string expected)
    {
        MeasureNames.NamedPartWithoutWhole(measure).Should().Be(expected);
    }

    [Fact]
    public void Check_SameNamedPartOfTwoDifferentTolls_MeetsAsOnePart()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The blaze at a Vorland school killed 31 people on Monday, 12 of them children, the ministry said.", "Vorland Wire", Day),
            new Document("daily", "The blaze at a Vorland school killed 34 people on Monday, 12 of them children, the ministry said.", "Kestrel Daily", Day),
        ], Pipeline);

        report.Claims.Should().Contain(c => c.DocumentId == "wire" && c.Quantity != null && c.Quantity.Value.Value == 12)
            .Which.Measure.Should().Be("deaths · children · of 31");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && Values(report, f).SetEquals(new[] { 12.0 }),
            "both reports count 12 children among the dead");
    }

    [Fact]
    public void Check_NamedPartBesideAnotherReportsSameToll_IsNoRivalOfIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The blaze at a Vorland school killed 31 people on Monday, 12 of them children, the ministry said.", "Vorland Wire", Day),
            new Document("daily", "The blaze at a Vorland school killed 31 people on Monday, the fire brigade said.", "Kestrel Daily", Day),
        ], Pipeline);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the wire's 12 children are a part of the 31 both give");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && Values(report, f).SetEquals(new[] { 31.0 }), "both give a toll of 31");
    }

    [Fact]
    public void Check_SameNamedPartOfTwoDifferentMeasures_StaysApart()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The blaze at a Vorland school killed 31 people on Monday, 12 of them children, the ministry said.", "Vorland Wire", Day),
            new Document("daily", "Rescuers pulled 40 people from the Vorland school on Monday, 9 of them children, the ministry said.", "Kestrel Daily", Day),
        ], Pipeline);

        report.Findings.Should().NotContain(f => Values(report, f).SetEquals(new[] { 12.0, 9.0 }),
            "children among the dead are not children among the rescued");
    }
}
