using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A toll counted in one setting ("at the scene") is a part of the whole toll, not a rival figure, unless the figure is given
/// as the whole ("all 46 … at the scene"). Texts written for these tests.</summary>
public class CountSettingTests
{
    [Fact]
    public void Check_DeathsAtTheSceneBesideTheWholeToll_AreNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("whole", "A lorry ploughed into a market in Vorland on Sunday, killing 31 people, the interior ministry said.", "Lindenport Times", new DateOnly(2025, 5, 4)),
            new Document("part", "Paramedics in Vorland said 27 people were declared dead at the scene after Sunday's market crash.", "Brenmoor Courier", new DateOnly(2025, 5, 4)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the dead at the scene are a part of the toll");
    }

    [Fact]
    public void Check_AllOfTheDeadAtTheScene_IsTheWholeToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("airline", "All 46 people died at the scene when the plane crashed in Vorland, the airline said.", "Lindenport Times", new DateOnly(2025, 5, 4)),
            new Document("officials", "The plane crash in Vorland killed 46 people, officials said.", "Brenmoor Courier", new DateOnly(2025, 5, 4)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && f.Explanation.Contains("46"));
    }
}
