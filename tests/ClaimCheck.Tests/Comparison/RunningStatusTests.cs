using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A count given as the state of things so far ("are still missing", "remain unaccounted for") replaces the one given days
/// before: later reports naming the same office in other words are a timeline, not a dispute. Texts written for these tests.</summary>
public class RunningStatusTests
{
    [Theory]
    [InlineData("still")]
    [InlineData("remain")]
    public void Check_StillMissingCountsDaysApart_AreATimeline(string cue)
    {
        var verb = cue == "still" ? "are still" : "remain";
        var report = ClaimChecker.Check(
        [
            new Document("first", $"After the floods in Vorland, 173 people {verb} missing, the civil protection office said on Monday.", "Andes Wire", new DateOnly(2025, 3, 3)),
            new Document("later", $"After the floods in Vorland, 317 people {verb} missing, the national emergency agency said on Thursday.", "Coast Herald", new DateOnly(2025, 3, 6)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "each count is the state of the search on its day");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }
}
