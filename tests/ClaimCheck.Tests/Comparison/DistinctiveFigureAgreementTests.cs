using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A distinctive figure that several reports give alike under different subjects corroborates across their slots; small
/// or round counts alike do not. Claims and places made up for these tests.</summary>
public class DistinctiveFigureAgreementTests
{
    private const string Places = "kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nplace\tOstmark\tOstmark\t\nplace\tBrenmoor\tBrenmoor\tVorland\nplace\tLindenport\tLindenport\tVorland\n";

    private static readonly Unit People = Unit.Count("people");

    private static readonly Document[] Documents =
    [
        new("herald", "text", "Brenmoor Herald", new DateOnly(2026, 3, 6)),
        new("wire", "text", "Kestrel Bay Wire", new DateOnly(2026, 3, 6)),
        new("post", "text", "Lindenport Post", new DateOnly(2026, 3, 7)),
    ];

    private static ImmutableArray<Finding> Compare(params Claim[] claims) =>
        new ClaimComparer(null, Lexicon.BuiltIn.With(Lexicon.Parse(Places, "places.tsv"))).Compare(claims, Documents);

    [Fact]
    public void Compare_ADistinctiveFigureUnderTwoCountries_IsACorroborationNamingBoth()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Vorland", "evacuated"),
            Make("wire#1", "wire", 4317, "Ostmark", "evacuated"));

        var corroboration = findings.Should().ContainSingle().Which;
        corroboration.Kind.Should().Be(FindingKind.Corroboration);
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
        corroboration.Explanation.Should().Contain("Vorland").And.Contain("Ostmark");
    }

    [Fact]
    public void Compare_ADistinctiveFigureUnderTwoTownsAndABody_IsOneCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Brenmoor", "evacuated"),
            Make("wire#1", "wire", 4317, "Lindenport", "evacuated"),
            Make("post#1", "post", 4317, "Kestrel Relief Agency", "evacuated"));

        findings.Should().ContainSingle().Which.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1", "post#1"]);
    }

    [Fact]
    public void Compare_ASmallCountUnderTwoTowns_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 5, "Brenmoor", "deaths"),
            Make("wire#1", "wire", 5, "Lindenport", "deaths"));

        findings.Should().BeEmpty("five dead in one town and five in another are two counts");
    }

    [Theory]
    [InlineData(300)]
    [InlineData(2_500_000)]
    public void Compare_ARoundFigureUnderTwoCountries_IsNoCorroboration(double value)
    {
        var findings = Compare(
            Make("herald#1", "herald", value, "Vorland", "evacuated"),
            Make("wire#1", "wire", value, "Ostmark", "evacuated"));

        findings.Should().BeEmpty("a round figure is often given alike for two different things");
    }

    [Fact]
    public void Compare_ADistinctiveFigureUnderTwoMeasures_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Vorland", "evacuated"),
            Make("wire#1", "wire", 4317, "Ostmark", "homes"));

        findings.Should().BeEmpty("the same digits counting different things are no agreement");
    }

    [Fact]
    public void Compare_ADistinctiveFigureAndItsBoundUnderTwoCountries_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Vorland", "evacuated"),
            Make("wire#1", "wire", 4317, "Ostmark", "evacuated") with { Quantity = Quantity.AtLeast(4317, People) });

        findings.Should().BeEmpty("a figure and a bound are not given alike");
    }

    [Fact]
    public void Compare_ADistinctiveFigureUnderTwoCountries_RaisesNoDisputeWithTheirOtherFigures()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Vorland", "evacuated"),
            Make("herald#2", "herald", 880, "Vorland", "evacuated"),
            Make("wire#1", "wire", 4317, "Ostmark", "evacuated"));

        findings.Should().ContainSingle().Which.Kind.Should().Be(FindingKind.Corroboration, "the claims stay in their slots");
    }

    [Fact]
    public void Analyze_ADistinctiveFigureBesideTheSameFigureOfAReportWithNoSubject_CorroboratesAndComparesIt()
    {
        var result = new ClaimComparer(null, Lexicon.BuiltIn.With(Lexicon.Parse(Places, "places.tsv"))).Analyze(
            [Make("herald#1", "herald", 4317, "Vorland", "evacuated"), Make("wire#1", "wire", 4317, "Vorland", "evacuated") with { Subject = null }],
            Documents);

        result.Findings.Should().ContainSingle().Which.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
        result.NotCompared.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_TwoReportsWithNoSubject_StayUncompared()
    {
        var result = new ClaimComparer(null, Lexicon.BuiltIn.With(Lexicon.Parse(Places, "places.tsv"))).Analyze(
            [Make("herald#1", "herald", 4317, "Vorland", "evacuated") with { Subject = null }, Make("wire#1", "wire", 4317, "Vorland", "evacuated") with { Subject = null }],
            Documents);

        result.Findings.Should().BeEmpty("no report says whom the figure is about");
        result.NotCompared.Select(n => n.Reason).Should().Equal(NotComparedReason.NoSubject, NotComparedReason.NoSubject);
    }

    [Theory]
    [InlineData(4317, true)]
    [InlineData(9_600_000_000, true)]
    [InlineData(2128.7, true)]
    [InlineData(130, true)]
    [InlineData(150, false)]
    [InlineData(200, false)]
    [InlineData(57, false)]
    [InlineData(3_000_000, false)]
    public void IsDistinctive_JudgesBySignificantDigitsAndSize(double value, bool distinctive) =>
        DistinctiveFigureAgreement.IsDistinctive(Quantity.Exactly(value, People)).Should().Be(distinctive);

    private static Claim Make(string id, string document, double value, string subject, string measure) => new()
    {
        Id = id,
        DocumentId = document,
        Span = new TextSpan(int.Parse(id[(id.IndexOf('#') + 1)..], System.Globalization.CultureInfo.InvariantCulture) * 100, 50),
        Text = "evidence",
        Type = ClaimType.Quantity,
        Subject = subject,
        Measure = measure,
        Quantity = Quantity.Exactly(value, People),
        Modality = Modality.Asserted,
        Polarity = Polarity.Affirmed,
    };
}
