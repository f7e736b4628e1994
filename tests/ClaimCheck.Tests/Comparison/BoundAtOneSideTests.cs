using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using AttributionRecord = ClaimCheck.Attribution.Attribution;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A bound whose own figure is one side's figure, beside figures in dispute. Claims made up for these tests.</summary>
public class BoundAtOneSideTests
{
    private static readonly Unit Evacuees = Unit.Count("evacuees");

    private static readonly Document[] Documents =
    [
        new("herald", "text", "Brenmoor Herald", new DateOnly(2026, 4, 11)),
        new("wire", "text", "Kestrel Bay Wire", new DateOnly(2026, 4, 11)),
        new("post", "text", "Lindenport Post", new DateOnly(2026, 4, 11)),
    ];

    private static ImmutableArray<Finding> Compare(params Claim[] claims) => new ClaimComparer().Compare(claims, Documents);

    [Fact]
    public void Compare_AReportsOwnLowerBoundAtOneSidesFigure_JoinsThatSideAndCorroboratesIt()
    {
        var findings = Compare(
            Make("herald#1", "herald", Quantity.Create(9_000, Qualifier.AtLeast, Evacuees)),
            Make("wire#1", "wire", Quantity.Exactly(9_000, Evacuees)),
            Make("post#1", "post", Quantity.Exactly(30_000, Evacuees)));

        var corroboration = findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration, "'at least 9,000' gives the 9,000 another report gives").Which;
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
        var dispute = findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Which;
        dispute.Sides.Should().ContainSingle(s => s.ClaimIds.Contains("herald#1") && s.ClaimIds.Contains("wire#1"));
        dispute.Neutral.Should().BeEmpty();
    }

    [Fact]
    public void Compare_ALowerBoundASourceGivesAtOneSidesFigure_StaysConsistentWithEverySide()
    {
        var findings = Compare(
            Make("herald#1", "herald", Quantity.Create(9_000, Qualifier.AtLeast, Evacuees), new AttributionRecord(null, "Lindenport government", null, null, "said", null)),
            Make("wire#1", "wire", Quantity.Exactly(9_000, Evacuees), new AttributionRecord(null, "Brenmoor Red Cross", null, null, "said", null)),
            Make("post#1", "post", Quantity.Exactly(30_000, Evacuees), new AttributionRecord(null, "Kestrel Bay council", null, null, "said", null)));

        findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration, "one government's 'at least 9,000' fits the rival 30,000 too");
        findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Which.Neutral.Should().Equal("herald#1");
    }

    [Fact]
    public void Compare_ALowerBoundAtNoSidesFigure_StaysConsistentWithEverySide()
    {
        var findings = Compare(
            Make("herald#1", "herald", Quantity.Create(8_000, Qualifier.AtLeast, Evacuees)),
            Make("wire#1", "wire", Quantity.Exactly(9_000, Evacuees)),
            Make("post#1", "post", Quantity.Exactly(30_000, Evacuees)));

        findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration);
        findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Which.Neutral.Should().Equal("herald#1");
    }

    [Fact]
    public void Compare_AWideRangeBesideOneOfTwoFigures_GivesNeitherAndCorroboratesNothing()
    {
        var findings = Compare(
            Make("herald#1", "herald", Quantity.Between(2_000, 12_000, Evacuees)),
            Make("wire#1", "wire", Quantity.Exactly(9_000, Evacuees)),
            Make("post#1", "post", Quantity.Exactly(30_000, Evacuees)));

        findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration, "a range from 2,000 to 12,000 fits 9,000 but does not give it");
    }

    [Fact]
    public void Compare_ALowerBoundBelowOneSidesFigure_IsNeutralNotOnThatSide()
    {
        var findings = Compare(
            Make("herald#1", "herald", Quantity.Create(380, Qualifier.AtLeast, Evacuees)),
            Make("wire#1", "wire", Quantity.Exactly(390, Evacuees)),
            Make("post#1", "post", Quantity.Exactly(300, Evacuees)));

        var dispute = findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "390 and 300 still disagree").Which;
        dispute.Sides.Select(s => s.ClaimIds.ToArray()).Should().BeEquivalentTo([new[] { "wire#1" }, ["post#1"]], "'at least 380' fits 390 and gives no figure of its own");
        dispute.Neutral.Should().Equal("herald#1");
        dispute.Explanation.Should().Contain("Fitting one side's figure without giving it: at least 380");
    }

    [Fact]
    public void Compare_AMoreThanBoundBesideTheOneFigureItAdmits_IsNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", Quantity.Create(1_000, Qualifier.MoreThan, Evacuees)),
            Make("wire#1", "wire", Quantity.Exactly(1_200, Evacuees)));

        findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "'more than 1,000' admits 1,200");
    }

    [Fact]
    public void Compare_AnApproximateFigureFarBelowAnother_StaysADispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", Quantity.Create(3_000, Qualifier.Approximately, Evacuees)),
            Make("wire#1", "wire", Quantity.Exactly(12_000, Evacuees)));

        findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Which.Neutral.Should().BeEmpty();
    }

    [Fact]
    public void Compare_AnUpToEstimateBesideAFigureItReaches_KeepsItsSide()
    {
        var findings = Compare(
            Make("herald#1", "herald", Quantity.Create(450, Qualifier.UpTo, Evacuees)),
            Make("wire#1", "wire", Quantity.Exactly(400, Evacuees)),
            Make("post#1", "post", Quantity.Exactly(900, Evacuees)));

        var dispute = findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Which;
        dispute.Sides.Should().ContainSingle(s => s.ClaimIds.Contains("herald#1") && s.ClaimIds.Contains("wire#1"), "'up to 450' names an estimate's high figure, not a bound that only fits 400");
        dispute.Neutral.Should().BeEmpty();
    }

    [Fact]
    public void Compare_ALowerBoundFarBelowItsSidesFigure_KeepsItsSide()
    {
        var findings = Compare(
            Make("herald#1", "herald", Quantity.Create(100, Qualifier.MoreThan, Evacuees)),
            Make("wire#1", "wire", Quantity.Exactly(2_500, Evacuees)),
            Make("post#1", "post", Quantity.Exactly(40, Evacuees)));

        var dispute = findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Which;
        dispute.Neutral.Should().NotContain("herald#1", "'more than 100' does not reach 2,500: it is an estimate of its own");
    }

    private static Claim Make(string id, string document, Quantity quantity, AttributionRecord? attribution = null) => new()
    {
        Id = id,
        DocumentId = document,
        Span = new TextSpan(100, 50),
        Text = "evidence",
        Type = ClaimType.Quantity,
        Subject = "Vorland",
        Measure = "evacuees",
        Quantity = quantity,
        Modality = Modality.Asserted,
        Polarity = Polarity.Affirmed,
        Attribution = attribution,
    };
}
