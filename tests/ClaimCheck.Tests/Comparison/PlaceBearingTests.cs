using ClaimCheck.Comparison;
using ClaimCheck.Documents;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A distance that says where a named place lies ("Brenmoor, about 12 miles north of Lindenport") holds at no particular
/// time, while a moving thing's position does not. Texts written for these tests; the places and figures are made up.</summary>
public class PlaceBearingTests
{
    [Fact]
    public void Check_APlacesDistanceGivenInReportsOnDifferentDays_IsADiscrepancy_NotATimeline()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "A warehouse roof fell in on Tuesday evening in the town of Brenmoor, just 12 miles north of Lindenport.", "Vorland Wire", new DateOnly(2025, 4, 8)),
            new Document("later", "The roof fell in on Friday at a warehouse in the small town of Brenmoor, about 14 miles north of Lindenport.", "Lindenport Daily", new DateOnly(2025, 4, 18)),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 12 or 14 }).Should().HaveCount(2)
            .And.OnlyContain(c => c.Time == null, "the distance between two places does not change with the day of the report");
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([12, 14]);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_AStormsPositionOnDifferentDays_KeepsItsDay()
    {
        var report = ClaimChecker.Check(
        [
            new Document("monday", "On Monday Cyclone Orlen was 310 km east of Lindenport, forecasters said.", "Vorland Wire", new DateOnly(2025, 4, 7)),
            new Document("tuesday", "On Tuesday Cyclone Orlen was 140 km east of Lindenport, forecasters said.", "Lindenport Daily", new DateOnly(2025, 4, 8)),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 310 or 140 }).Should().HaveCount(2).And.OnlyContain(c => c.Time != null);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a storm moves: its positions on two days do not disagree");
    }

    [Fact]
    public void Check_AStormsPositionOverAPlaceOnTwoDays_IsATimelineNotADispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("monday", "The hurricane was over Ostrava, 300 km east of Lindenport, forecasters said on Monday.", "Vorland Wire", new DateOnly(2025, 9, 1)),
            new Document("wednesday", "The hurricane was over Ostrava, 290 km east of Lindenport, forecasters said on Wednesday.", "Lindenport Daily", new DateOnly(2025, 9, 3)),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 300 or 290 }).Should().HaveCount(2).And.OnlyContain(c => c.Time != null,
            "where a moving storm is changes by the day");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }
}
