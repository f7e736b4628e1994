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

    [Theory]
    [InlineData("were still missing")]
    [InlineData("remained missing")]
    public void Check_AStillMissingCountBesideAPlainCountOfTheSameDay_IsADiscrepancy(string state)
    {
        var day = new DateOnly(2025, 5, 14);
        var report = ClaimChecker.Check(
        [
            new Document("ministry", "The ministry said 412 passengers were missing after the ferry sank off Kestrel Bay.", "Andes Wire", day),
            new Document("outlet", $"418 passengers {state} after the ferry sank off Kestrel Bay.", "Coast Herald", day),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Explanation.Contains("412") && f.Explanation.Contains("418"),
            "every count of the missing is 'still missing': the words tell that the people are not found yet, not that the ministry's count rose");
    }

    [Fact]
    public void Check_TwoStillMissingCountsOfTheSameDay_AreNotADiscrepancy()
    {
        var day = new DateOnly(2025, 5, 14);
        var report = ClaimChecker.Check(
        [
            new Document("ministry", "412 passengers were still missing after the ferry sank off Kestrel Bay, the ministry said.", "Andes Wire", day),
            new Document("outlet", "418 passengers were still missing after the ferry sank off Kestrel Bay.", "Coast Herald", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy,
            "both are the search's count as it stood, which may be one count read at two hours of the day");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_AMissingCountToldAsRisenTheSameDay_IsNotADiscrepancy()
    {
        var day = new DateOnly(2025, 5, 14);
        var report = ClaimChecker.Check(
        [
            new Document("first", "412 passengers were missing after the ferry sank off Kestrel Bay, officials said.", "Andes Wire", day),
            new Document("later", "The number of passengers missing after the ferry sank off Kestrel Bay has risen to 418, officials said.", "Coast Herald", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the larger figure is given as the count risen within the day");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }
}
