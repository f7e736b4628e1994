using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;
using AttributionRecord = ClaimCheck.Attribution.Attribution;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A running count given as a lower bound on the day several bodies give rival counts: it fits the figures at or above it
/// and takes no side beside them, but a smaller rival figure contradicts a count that reads as a body's own. Claims made up for these
/// tests.</summary>
public class BoundAboveRivalTests
{
    private static readonly Unit Deaths = Unit.Count("deaths");

    private static readonly ImmutableArray<Document> Documents =
    [
        new("early", "text", "Ostrava Daily", new DateOnly(2026, 5, 4)),
        new("union", "text", "Brenmoor Herald", new DateOnly(2026, 5, 5)),
        new("rescue", "text", "Kestrel Bay Wire", new DateOnly(2026, 5, 5)),
        new("ministry", "text", "Lindenport Post", new DateOnly(2026, 5, 5)),
    ];

    [Fact]
    public void Compare_ACountGivenAsALowerBoundAboveARivalCountOfTheSameDay_IsASideOfTheDispute()
    {
        var findings = Compare(
            Make("early#1", "early", Quantity.Exactly(12, Deaths), day: 4, update: true),
            Make("union#1", "union", Quantity.Exactly(40, Deaths), day: 5, body: "Vorland Miners' Union"),
            Make("rescue#1", "rescue", Quantity.Exactly(31, Deaths), day: 5),
            Make("rescue#2", "rescue", Quantity.AtLeast(31, Deaths), day: 5, body: "Kestrel Rescue Service", at: 300),
            Make("ministry#1", "ministry", Quantity.Exactly(24, Deaths), day: 5, body: "Vorland Mines Ministry"));

        var dispute = findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        dispute.Sides.Should().Contain(s => s.ClaimIds.Contains("rescue#2"), "'at least 31' cannot be squared with the ministry's 24");
        dispute.Sides.Should().Contain(s => s.ClaimIds.Contains("ministry#1"));
        dispute.Neutral.Should().BeEmpty();
    }

    [Fact]
    public void Compare_ARoundLowerBoundAboveARivalCountOfTheSameDay_StaysConsistentWithEverySide()
    {
        var findings = Compare(
            Make("early#1", "early", Quantity.Exactly(12, Deaths), day: 4, update: true),
            Make("union#1", "union", Quantity.Exactly(40, Deaths), day: 5, body: "Vorland Miners' Union"),
            Make("rescue#1", "rescue", Quantity.Exactly(30, Deaths), day: 5),
            Make("rescue#2", "rescue", Quantity.AtLeast(30, Deaths), day: 5, body: "Kestrel Rescue Service", at: 300),
            Make("ministry#1", "ministry", Quantity.Exactly(24, Deaths), day: 5, body: "Vorland Mines Ministry"));

        var dispute = findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        dispute.Neutral.Should().BeEquivalentTo(["rescue#1", "rescue#2"], "'at least 30' may be a rough bound, read as fitting every side");
        dispute.Sides.SelectMany(s => s.ClaimIds).Should().BeEquivalentTo(["union#1", "ministry#1"]);
    }

    [Fact]
    public void Compare_ALowerBoundBelowEveryRivalCountOfTheSameDay_StaysConsistentWithEverySide()
    {
        var findings = Compare(
            Make("early#1", "early", Quantity.Exactly(12, Deaths), day: 4, update: true),
            Make("union#1", "union", Quantity.Exactly(40, Deaths), day: 5, body: "Vorland Miners' Union"),
            Make("rescue#1", "rescue", Quantity.Exactly(21, Deaths), day: 5),
            Make("rescue#2", "rescue", Quantity.AtLeast(21, Deaths), day: 5, body: "Kestrel Rescue Service", at: 300),
            Make("ministry#1", "ministry", Quantity.Exactly(24, Deaths), day: 5, body: "Vorland Mines Ministry"));

        var dispute = findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        dispute.Neutral.Should().BeEquivalentTo(["rescue#1", "rescue#2"], "24 and 40 both meet 'at least 21'");
        dispute.Sides.SelectMany(s => s.ClaimIds).Should().BeEquivalentTo(["union#1", "ministry#1"]);
    }

    [Fact]
    public void Compare_ALowerBoundTheOtherFigureMeets_IsNoDispute()
    {
        var findings = Compare(
            Make("early#1", "early", Quantity.Exactly(12, Deaths), day: 4, update: true),
            Make("union#1", "union", Quantity.Exactly(40, Deaths), day: 5, body: "Vorland Miners' Union"),
            Make("rescue#1", "rescue", Quantity.Exactly(31, Deaths), day: 5),
            Make("rescue#2", "rescue", Quantity.AtLeast(31, Deaths), day: 5, body: "Kestrel Rescue Service", at: 300));

        findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "40 meets 'at least 31'");
    }

    private static ImmutableArray<Finding> Compare(params Claim[] claims) => new ClaimComparer().Compare(claims, Documents);

    private static Claim Make(string id, string document, Quantity quantity, int day, string? body = null, bool update = false, int at = 100) => new()
    {
        Id = id,
        DocumentId = document,
        Span = new TextSpan(at, 50),
        Text = "evidence",
        Type = ClaimType.Quantity,
        Subject = "Vorland",
        Measure = "deaths",
        Quantity = quantity,
        Polarity = Polarity.Affirmed,
        Modality = Modality.Asserted,
        Time = new TimeScope(new DateOnly(2026, 5, day), new DateOnly(2026, 5, day), "that day"),
        IsUpdate = update,
        Attribution = body is null ? null : new AttributionRecord(null, body, null, null, "said", null),
    };
}
