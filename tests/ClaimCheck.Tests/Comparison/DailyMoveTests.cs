using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A share price's move is a figure of one trading session: two reports' moves weeks apart are two sessions, not a dispute,
/// while two reports of the same session's move that differ still are. Documents and company names written for these tests.</summary>
public class DailyMoveTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static CheckReport Check(string first, DateOnly firstDay, string second, DateOnly secondDay) => Pipeline.Check([
        new Document("a", first, "Test Wire", firstDay),
        new Document("b", second, "Other Wire", secondDay)]);

    private static bool Together(CheckReport report, FindingKind kind, double one, double other) => report.Findings.Any(f => f.Kind == kind
        && report.Claims.Any(c => f.ClaimIds.Contains(c.Id) && c.Quantity?.Value == one)
        && report.Claims.Any(c => f.ClaimIds.Contains(c.Id) && c.Quantity?.Value == other));

    [Fact]
    public void Compare_SharesFallWeeksApart_AreNoDiscrepancy()
    {
        var report = Check("In Vorland, Korvath Motors shares fell 4.2% after it recalled 90,000 cars.", new DateOnly(2025, 3, 3),
            "In Vorland, Korvath Motors shares fell 9.5% after it halted output of the model.", new DateOnly(2025, 4, 2));

        Together(report, FindingKind.NumericDiscrepancy, 4.2, 9.5).Should().BeFalse("a fall in early March and one in April are two sessions' moves");
    }

    [Fact]
    public void Compare_SharesFallOnOneSession_StillDisagree()
    {
        var report = Check("In Vorland, Korvath Motors shares fell 4.2% after it recalled 90,000 cars.", new DateOnly(2025, 3, 3),
            "In Vorland, Korvath Motors shares fell 6.8% after the recall of 90,000 cars.", new DateOnly(2025, 3, 4));

        Together(report, FindingKind.NumericDiscrepancy, 4.2, 6.8).Should().BeTrue("reports a day apart give one session's fall differently");
    }
}
