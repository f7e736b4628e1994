using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Counts of the missing, which fall as people are found: a smaller figure on a later day continues a larger one from
/// another source, while two sources' figures on the same day still dispute. Texts written for these tests.</summary>
public class DrainingCountTests
{
    [Fact]
    public void Check_FewerMissingADayLaterFromAnotherSource_IsAnEvolutionNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The civil defence agency said on Monday that 12 people were missing after the landslide in Peru.", "Andes Wire", new DateOnly(2025, 3, 10)),
            new Document("second", "Ten people are still missing after the landslide in Peru, the regional governor said on Tuesday.", "Pacific Daily", new DateOnly(2025, 3, 11)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the missing fall as people are found");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && f.Explanation.Contains("12") && f.Explanation.Contains("10"));
    }

    [Fact]
    public void Check_TwoSourcesMissingCountsOnTheSameDay_IsADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The civil defence agency said on Monday that 12 people were missing after the landslide in Peru.", "Andes Wire", new DateOnly(2025, 3, 10)),
            new Document("second", "Ten people are missing after the landslide in Peru, the regional governor said on Monday.", "Pacific Daily", new DateOnly(2025, 3, 10)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "two sources count the missing differently on one day");
    }

    [Fact]
    public void Check_FewerDeathsADayLaterFromAnotherSource_IsStillADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The civil defence agency said on Monday that 121 people died in the landslide in Peru.", "Andes Wire", new DateOnly(2025, 3, 10)),
            new Document("second", "The regional governor said on Tuesday that 48 people died in the landslide in Peru.", "Pacific Daily", new DateOnly(2025, 3, 11)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "a toll of the dead does not fall as people are found");
    }
}
