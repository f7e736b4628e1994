using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Comparison;

/// <summary>The same figure of one measure that reports put under different subjects is read for agreement only. Claims, places
/// and figures made up for these tests.</summary>
public class AgreementAcrossSubjectsTests
{
    private const string Places = "kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nplace\tBrenmark\tBrenmark\t\n"
        + "place\tBrenmoor\tBrenmoor\tVorland\nplace\tLindenport\tLindenport\tVorland\n";

    private static readonly Unit People = Unit.Count("people");

    private static readonly Document[] Documents =
    [
        new("herald", "text", "Brenmoor Herald", new DateOnly(2026, 3, 6)),
        new("wire", "text", "Kestrel Bay Wire", new DateOnly(2026, 3, 6)),
        new("post", "text", "Lindenport Post", new DateOnly(2026, 3, 6)),
    ];

    private static ImmutableArray<Finding> Compare(params Claim[] claims) =>
        new ClaimComparer(null, Lexicon.BuiltIn.With(Lexicon.Parse(Places, "places.tsv"))).Compare(claims, Documents);

    [Fact]
    public void Compare_TheSameFigureUnderTwoCountriesInTwoReports_IsACorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 207, "Vorland", "deaths"),
            Make("wire#1", "wire", 207, "Brenmark", "deaths"));

        var corroboration = findings.Should().ContainSingle().Which;
        corroboration.Kind.Should().Be(FindingKind.Corroboration);
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
    }

    [Fact]
    public void Compare_DifferentFiguresUnderTwoCountries_AreNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 207, "Vorland", "deaths"),
            Make("wire#1", "wire", 80, "Brenmark", "deaths"));

        findings.Should().BeEmpty("two subjects' figures that differ may be two counts");
    }

    [Fact]
    public void Compare_ASmallFigureUnderTwoCountries_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 5, "Vorland", "deaths"),
            Make("wire#1", "wire", 5, "Brenmark", "deaths"));

        findings.Should().BeEmpty("a figure under 10 recurs across subjects by chance");
    }

    [Fact]
    public void Compare_TheSameFigureUnderTwoMeasures_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 207, "Vorland", "deaths"),
            Make("wire#1", "wire", 207, "Brenmark", "injuries"));

        findings.Should().BeEmpty("the dead of one report and the injured of another are two counts");
    }

    [Fact]
    public void Compare_TheSameBoundUnderTwoCountries_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 207, "Vorland", "deaths") with { Quantity = Quantity.Create(207, Qualifier.AtLeast, People) },
            Make("wire#1", "wire", 207, "Brenmark", "deaths") with { Quantity = Quantity.Create(207, Qualifier.AtLeast, People) });

        findings.Should().BeEmpty("a bound fits many counts; only a stated figure is read across subjects");
    }

    [Fact]
    public void Compare_TheSameFigureForTwoTownsOfOneCountryAndAnotherCountry_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 42, "Brenmoor", "homes"),
            Make("post#1", "post", 42, "Lindenport", "homes"),
            Make("wire#1", "wire", 42, "Brenmark", "homes"));

        findings.Should().BeEmpty("two towns that lose 42 homes each give two counts, not one count told twice");
    }

    [Fact]
    public void Compare_AFigurePlacedInATownBesideAnotherCountrysFigure_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 33, "Vorland", "deaths") with { Place = "Brenmoor" },
            Make("wire#1", "wire", 33, "Brenmark", "deaths"));

        findings.Should().BeEmpty("Brenmoor's 33 dead and Brenmark's 33 are two places' counts");
    }

    [Fact]
    public void Compare_AFigureTwoReportsGiveUnderOneSubject_IsNotReadAgainAcrossSubjects()
    {
        var findings = Compare(
            Make("herald#1", "herald", 207, "Vorland", "deaths"),
            Make("post#1", "post", 207, "Vorland", "deaths"),
            Make("wire#1", "wire", 207, "Brenmark", "deaths"));

        var corroboration = findings.Should().ContainSingle().Which;
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "post#1"], "the subject's own slot already corroborates the figure");
    }

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
