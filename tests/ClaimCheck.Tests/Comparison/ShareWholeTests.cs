using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>The whole a percentage is taken of ("60 per cent of Vorland Air's 4,200 staff") is given as a fact, whatever the clause
/// plans or denies about the share. Texts written for these tests; the company and its figures are made up.</summary>
public class ShareWholeTests
{
    [Theory]
    [InlineData("The new owner does not plan to cut 60 per cent of Vorland Air's 4,200 staff, the union said.")]
    [InlineData("The new owner intends to cut 60 per cent of the airline's 4,200 staff, the union said.")]
    [InlineData("The new owner will not cut 60% of its 4,200 staff, the union said.")]
    public void Check_TheWholeOfAPlannedOrDeniedShare_IsAssertedAndAffirmed(string text)
    {
        var report = ClaimChecker.Check([new Document("wire", text, "Lindenport Daily", new DateOnly(2025, 5, 6))]);

        var whole = report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 4200).Subject;
        whole.Modality.Should().Be(Modality.Asserted);
        whole.Polarity.Should().Be(Polarity.Affirmed);
    }

    [Fact]
    public void Check_AFigureAfterOfWithNoPercentage_KeepsTheClausesStance()
    {
        var report = ClaimChecker.Check([new Document("wire", "The new owner does not plan to cut any of its 4,200 staff, the union said.", "Lindenport Daily", new DateOnly(2025, 5, 6))]);

        report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 4200)
            .Which.Polarity.Should().Be(Polarity.Negated);
    }

    [Fact]
    public void Check_TheSameWholeBesideADeniedShareAndAPlannedOne_Corroborates()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The new owner of Vorland Air plans to cut 60 per cent of the airline's 4,200 staff in Ecuador, a newspaper reported.", "Vorland Wire", new DateOnly(2025, 5, 6)),
            new Document("second", "The new owner of Vorland Air told staff he does not plan to cut 60 per cent of the airline's 4,200 employees in Ecuador.", "Lindenport Daily", new DateOnly(2025, 5, 9)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration
            && f.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Distinct().SequenceEqual(new[] { 4200d }));
    }
}
