using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Whether a side attacked civilians, affirmed by some sources and denied by others. Texts written for these tests.</summary>
public class PropositionConflictTests
{
    [Fact]
    public void Check_KillingCiviliansAffirmedAndDenied_IsAPolarityConflict()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said the Mali army killed dozens of civilians in the village on Sunday.", "Sahel Wire", new DateOnly(2024, 3, 4)),
            new Document("b", "The Mali army denied killing civilians in the village, saying it had fought only militants.", "Bamako Daily", new DateOnly(2024, 3, 5)),
        ]);

        var conflict = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Subject;
        conflict.Explanation.Should().Contain("attacked civilians");
    }

    [Fact]
    public void Check_KillingCiviliansAffirmedByTwoSourcesAndDeniedByNone_RaisesNoConflict()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said the Mali army killed dozens of civilians in the village on Sunday.", "Sahel Wire", new DateOnly(2024, 3, 4)),
            new Document("b", "A rights group said the Mali army massacred civilians in the village.", "Bamako Daily", new DateOnly(2024, 3, 5)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void Extract_TargetingSomethingOtherThanCivilians_IsNoAttackProposition()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "New sanctions on Moscow could be announced soon, targeting Russian weapons procurement."));

        claims.Should().NotContain(c => c.Predicate == "attack");
    }

    [Fact]
    public void Check_TargetingCiviliansAffirmedAndDenied_IsAPolarityConflict()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Residents said the Sudan army targeted civilians in the market town.", "Nile Wire", new DateOnly(2024, 6, 6)),
            new Document("b", "The Sudan army denied targeting civilians and said it struck fighters.", "Khartoum Post", new DateOnly(2024, 6, 6)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict);
    }
}
