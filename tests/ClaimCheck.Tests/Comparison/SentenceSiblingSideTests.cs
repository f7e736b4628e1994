using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Figures of one slot that one source gives side by side in one sentence are told apart by that sentence (two victims'
/// demands, this year's figure and last year's): they are never set against each other, and only the one nearest another report's
/// figure stays a side, while figures two sources give in one sentence all stay sides. Texts written for these tests.</summary>
public class SentenceSiblingSideTests
{
    private static readonly DateOnly Day = new(2025, 9, 14);

    private const string SiblingDemands = "Hackers locked the Kestrel Valley water utility's computers. Its security chief said the gang had demanded $2 million and $400,000 from two smaller utilities.";

    [Fact]
    public void Check_OneSourcesTwoFiguresInOneSentence_OnlyTheNearestStaysBesideTwoRivals()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", SiblingDemands, "Tagus Wire", Day) { Place = "Portugal" },
            new Document("daily", "Hackers who locked the Kestrel Valley water utility's computers demanded $9 million, police said.", "Lisbon Daily", Day) { Place = "Portugal" },
            new Document("post", "Hackers who locked the Kestrel Valley water utility's computers demanded $6 million, insurers said.", "Porto Post", Day) { Place = "Portugal" },
        ]);

        var dispute = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        FindingValues.SideValues(report, dispute).Should().Equal([2_000_000, 6_000_000, 9_000_000], "the chief's sentence sets $400,000 apart from $2 million, the figure nearest the rivals'");
    }

    [Fact]
    public void Check_OneSourcesTwoFiguresInOneSentenceBesideOneOtherFigure_AreNotSetAgainstEachOther()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", SiblingDemands, "Tagus Wire", Day) { Place = "Portugal" },
            new Document("daily", "Hackers who locked the Kestrel Valley water utility's computers demanded $9 million, police said.", "Lisbon Daily", Day) { Place = "Portugal" },
        ]);

        report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).Select(f => FindingValues.SideValues(report, f))
            .Should().ContainSingle().Which.Should().Equal([2_000_000, 9_000_000], "one sentence's $400,000 is no rival of its $2 million");
    }

    [Fact]
    public void Check_TwoReportsEachWithAPairBesideOneFigure_TheNearestOfEachPairStays()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", SiblingDemands, "Tagus Wire", Day) { Place = "Portugal" },
            new Document("post", "Hackers locked the Kestrel Valley water utility's computers. A police spokesman said the gang had demanded $5 million and $300,000 from a neighbouring utility.", "Porto Post", Day) { Place = "Portugal" },
            new Document("daily", "Hackers who locked the Kestrel Valley water utility's computers demanded $9 million, insurers said.", "Lisbon Daily", Day) { Place = "Portugal" },
        ]);

        var dispute = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        FindingValues.SideValues(report, dispute).Should().Equal([2_000_000, 5_000_000, 9_000_000], "each pair's figure nearest the rival stays a side");
    }

    [Fact]
    public void Check_TwoSourcesFiguresInOneSentence_StaySides()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Hackers locked the Kestrel Valley water utility's computers. Police said the gang had demanded $2 million, while the utility's chief said it had demanded $400,000.", "Tagus Wire", Day) { Place = "Portugal" },
            new Document("daily", "Hackers who locked the Kestrel Valley water utility's computers demanded $9 million, insurers said.", "Lisbon Daily", Day) { Place = "Portugal" },
        ]);

        var dispute = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        FindingValues.SideValues(report, dispute).Should().Equal([400_000, 2_000_000, 9_000_000], "the police and the chief give rival figures in one sentence");
    }
}
