using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A running total counted "since" a start more than a year before the report (a long conflict's dead) is set apart from
/// one event's toll, while two reports' totals over the same span still meet. Sentences written for these tests.</summary>
public class LongSpanTotalTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static readonly DateOnly Published = new(2024, 3, 14);

    private static bool Names(Finding finding, CheckReport report, double value) =>
        finding.ClaimIds.Any(id => report.Claims.Single(c => c.Id == id).Quantity?.Value == value);

    [Fact]
    public void Extract_CountSinceAYearLongAgo_IsSetApartAsTheTotalOfThatSpan()
    {
        var report = Pipeline.Check([new Document("a", "The insurgency in Mali has killed more than 9,000 people since 2012, monitors say.", "Test Wire", Published)]);

        var claim = report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 9000).Subject;
        claim.Measure.Should().EndWith(MeasureNames.PartSeparator + "since 2012");
    }

    [Fact]
    public void Extract_CountSinceTheStrikeDaysBefore_StaysTheEventsOwnToll()
    {
        var report = Pipeline.Check([new Document("a", "The toll in Mali has risen to 46 since Tuesday's strike on the market in Brenmoor.", "Test Wire", Published)]);

        var claim = report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 46).Subject;
        claim.Measure.Should().NotContain("since", "a count since this week's strike is the strike's own toll");
    }

    [Fact]
    public void Check_ConflictTotalBesideTwoStrikeTolls_MeetsNeitherToll()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "An air strike on the village of Brenmoor in Mali killed 85 people on Sunday, officials said. The insurgency in Mali has killed more than 9,000 people since 2012.", "Kestrel Post", Published),
            new Document("b", "A rights group said on Monday that the air strike on Brenmoor in Mali killed more than 120 people.", "Tallis Radio", Published),
        ]);

        report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).Should().NotContain(f => Names(f, report, 9000),
            "the dead of twelve years of insurgency are another quantity than one strike's dead");
    }

    [Fact]
    public void Check_TwoConflictTotalsSinceTheSameYear_StillMeet()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "The insurgency in Mali has killed 9,000 people since 2012, monitors say.", "Kestrel Post", Published),
            new Document("b", "The insurgency in Mali has killed 14,000 people since 2012, a rights group says.", "Tallis Radio", Published),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && Names(f, report, 9000) && Names(f, report, 14000),
            "two totals over the same span are one quantity the two reports disagree on");
    }

    [Fact]
    public void Extract_OutbreakCasesSinceLastYear_StayTheOutbreaksOwnCount()
    {
        var report = Pipeline.Check([new Document("a", "Brenmoor's cholera outbreak has grown to 4,310 confirmed cases since January 2023, the health ministry said.", "Test Wire", Published)]);

        var claim = report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 4310).Subject;
        claim.Measure.Should().NotContain("since", "an epidemic is counted from its start, and that count is the story's own");
    }

    [Fact]
    public void Check_OutbreakCasesSinceLastYearAndALaterCount_StillMeet()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "Health officials in Kestrel Valley said 3,870 cholera cases had been confirmed since the start of last year.", "Kestrel Post", new DateOnly(2024, 1, 9)),
            new Document("b", "Kestrel Valley's cholera outbreak has reached 4,310 confirmed cases since January 2023, health officials said.", "Tallis Radio", Published),
        ]);

        report.Findings.Should().Contain(f => Names(f, report, 3870) && Names(f, report, 4310),
            "both are the outbreak's own running count of cases, given two months apart");
    }
}
