using ClaimCheck.Comparison;
using ClaimCheck.Documents;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A count read at an hour of its day ("by 4 pm") runs on: a larger figure for that day continues it as a revision, while a
/// smaller one, or the same count given without an hour, still disputes. Texts written for these tests.</summary>
public class HourReadingRevisionTests
{
    private static readonly DateOnly Day = new(2025, 6, 14);

    [Fact]
    public void Check_ACountReadAtAnHourBesideALargerCountOfTheDay_IsARevisionNotADispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("hour", "By 4 pm the harbour office had counted 210 boats stranded by the storm in Lindenport on Saturday.", "Coast Herald", Day),
            new Document("day", "The coastguard said 320 boats were stranded by the storm in Lindenport on Saturday.", "Vorland Wire", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "210 by 4 pm is the day's count so far");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && SideValues(report, f).SequenceEqual(new[] { 210d, 320d }));
    }

    [Fact]
    public void Check_ACountOneReportReadsAtAnHourAndAnotherGivesBare_IsStillARevisionOfTheLargerCount()
    {
        var report = ClaimChecker.Check(
        [
            new Document("hour", "By 4 pm the harbour office had counted 210 boats stranded by the storm in Lindenport on Saturday.", "Coast Herald", Day),
            new Document("bare", "The harbour office said 210 boats were stranded by the storm in Lindenport on Saturday.", "Bay Courier", Day),
            new Document("day", "By 9 pm 320 boats had been stranded by the storm in Lindenport on Saturday.", "Vorland Wire", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "one report dates the 210 to 4 pm, so it is the day's count so far");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && SideValues(report, f).SequenceEqual(new[] { 210d, 320d }));
    }

    [Fact]
    public void Check_ACountPartlyReadAtAnHourBesideAnotherSourcesLargerCount_StillDisputes()
    {
        var report = ClaimChecker.Check(
        [
            new Document("hour", "By 4 pm the harbour office had counted 210 boats stranded by the storm in Lindenport on Saturday.", "Coast Herald", Day),
            new Document("bare", "The harbour office said 210 boats were stranded by the storm in Lindenport on Saturday.", "Bay Courier", Day),
            new Document("day", "The fishermen's union said 320 boats were stranded by the storm in Lindenport on Saturday.", "Vorland Wire", Day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "the union's count is not the harbour office's later reading").Subject;
        SideValues(report, discrepancy).Should().Equal(210, 320);
    }

    [Fact]
    public void Check_TheSameCountsWithoutAnHour_Dispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("hour", "The harbour office counted 210 boats stranded by the storm in Lindenport on Saturday.", "Coast Herald", Day),
            new Document("day", "The coastguard said 320 boats were stranded by the storm in Lindenport on Saturday.", "Vorland Wire", Day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(210, 320);
    }

    [Fact]
    public void Check_ACountReadAtAnHourAboveTheOtherCount_StillDisputes()
    {
        var report = ClaimChecker.Check(
        [
            new Document("hour", "By 4 pm the harbour office had counted 320 boats stranded by the storm in Lindenport on Saturday.", "Coast Herald", Day),
            new Document("day", "The coastguard said 210 boats were stranded by the storm in Lindenport on Saturday.", "Vorland Wire", Day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(210, 320);
    }
}
