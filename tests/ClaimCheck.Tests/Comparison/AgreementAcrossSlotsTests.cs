using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Figures kept in different slots only because one report names the quantity more narrowly (a subject inside another's
/// country, a measure under a second name) are read for agreement only. Claims and places made up for these tests.</summary>
public class AgreementAcrossSlotsTests
{
    private const string Places = "kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nplace\tBrenmoor\tBrenmoor\tVorland\nplace\tLindenport\tLindenport\tVorland\n";

    private static readonly Unit People = Unit.Count("people");

    private static readonly Document[] Documents =
    [
        new("herald", "text", "Brenmoor Herald", new DateOnly(2026, 3, 6)),
        new("wire", "text", "Kestrel Bay Wire", new DateOnly(2026, 3, 6)),
    ];

    private static ImmutableArray<Finding> Compare(params Claim[] claims) =>
        new ClaimComparer(null, Lexicon.BuiltIn.With(Lexicon.Parse(Places, "places.tsv"))).Compare(claims, Documents);

    [Fact]
    public void Compare_TheSameFigureForATownAndForItsCountry_IsACorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 36, "Brenmoor", "trapped"),
            Make("wire#1", "wire", 36, "Vorland", "trapped"));

        var corroboration = findings.Should().ContainSingle().Which;
        corroboration.Kind.Should().Be(FindingKind.Corroboration);
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
    }

    [Fact]
    public void Compare_DifferentFiguresForATownAndForItsCountry_AreNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 17, "Brenmoor", "trapped"),
            Make("wire#1", "wire", 36, "Vorland", "trapped"));

        findings.Should().BeEmpty("the town's count may be a part of the country's");
    }

    [Fact]
    public void Compare_TheSameFigureForTwoTownsOfOneCountry_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 42, "Brenmoor", "homes"),
            Make("wire#1", "wire", 42, "Lindenport", "homes"));

        findings.Should().BeEmpty("two towns that lose 42 homes each give two counts, not one count told twice");
    }

    [Fact]
    public void Compare_TheSameFigureUnderAMeasureAndItsAliasForTwoTowns_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 63, "Brenmoor", "patients"),
            Make("wire#1", "wire", 63, "Lindenport", "hospitalised"));

        findings.Should().BeEmpty("the patients of one town and the hospitalised of another are two counts");
    }

    [Fact]
    public void Compare_TheSameFigureUnderAMeasureAndItsAlias_IsACorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 63, "Vorland", "patients"),
            Make("wire#1", "wire", 63, "Vorland", "hospitalised"));

        var corroboration = findings.Should().ContainSingle().Which;
        corroboration.Kind.Should().Be(FindingKind.Corroboration);
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
    }

    [Theory]
    [InlineData("employees", "workers")]
    [InlineData("detainees", "arrests")]
    [InlineData("evacuees", "displaced")]
    [InlineData("procedures", "operations")]
    [InlineData("consultations", "appointments")]
    public void Compare_TheSameFigureUnderAMeasureAndItsBuiltInAlias_IsACorroboration(string measure, string alias)
    {
        var findings = Compare(
            Make("herald#1", "herald", 240, "Vorland", measure),
            Make("wire#1", "wire", 240, "Vorland", alias));

        var corroboration = findings.Should().ContainSingle().Which;
        corroboration.Kind.Should().Be(FindingKind.Corroboration);
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
    }

    [Fact]
    public void Compare_DifferentFiguresUnderAMeasureAndItsAlias_AreNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 31, "Vorland", "bodies"),
            Make("wire#1", "wire", 58, "Vorland", "deaths"));

        findings.Should().BeEmpty("the bodies found so far may be fewer than the dead");
    }

    [Fact]
    public void Compare_MoreBodiesThanDeathsOnOneDay_IsADispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 31, "Vorland", "bodies"),
            Make("wire#1", "wire", 27, "Vorland", "deaths"));

        var dispute = findings.Should().ContainSingle().Which;
        dispute.Kind.Should().Be(FindingKind.NumericDiscrepancy);
        dispute.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
    }

    [Fact]
    public void Compare_MoreBodiesThanALowerBoundOfTheDead_IsNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 31, "Vorland", "bodies"),
            Make("wire#1", "wire", 11, "Vorland", "deaths") with { Quantity = Quantity.AtLeast(11, People) });

        findings.Should().BeEmpty("'at least 11 dead' holds whatever number of bodies above it is found");
    }

    [Fact]
    public void Compare_MoreBodiesThanDeathsInAReportThatGivesThoseBodiesItself_IsNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 31, "Vorland", "bodies"),
            Make("wire#1", "wire", 6, "Vorland", "deaths"),
            Make("wire#2", "wire", 31, "Vorland", "bodies"));

        findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the report that gives six dead gives the 31 bodies too");
    }

    [Fact]
    public void Compare_MorePassengersThanPeopleAboard_IsADispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 318, "Vorland", "passengers"),
            Make("wire#1", "wire", 296, "Vorland", "aboard"));

        findings.Should().ContainSingle().Which.Kind.Should().Be(FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Compare_FewerPassengersThanPeopleAboard_IsNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 60, "Vorland", "passengers"),
            Make("wire#1", "wire", 75, "Vorland", "aboard"));

        findings.Should().BeEmpty("the crew are aboard too: the passengers may be fewer than everyone aboard");
    }

    [Fact]
    public void Compare_MorePatientsThanHospitalised_IsNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 90, "Vorland", "patients"),
            Make("wire#1", "wire", 63, "Vorland", "hospitalised"));

        findings.Should().BeEmpty("patients need not count a part of the hospitalised: some may never have been admitted");
    }

    [Fact]
    public void Compare_MoreBodiesInATownThanDeathsInItsCountry_IsNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 31, "Brenmoor", "bodies"),
            Make("wire#1", "wire", 27, "Vorland", "deaths"));

        findings.Should().BeEmpty("a count read across subjects is read for agreement only");
    }

    [Fact]
    public void Compare_AgreementAcrossSlots_ReplacesTheCorroborationOfOneSlotItTakesIn()
    {
        var findings = Compare(
            Make("herald#1", "herald", 58, "Vorland", "deaths"),
            Make("herald#2", "herald", 58, "Vorland", "bodies"),
            Make("wire#1", "wire", 58, "Vorland", "deaths"));

        var corroboration = findings.Should().ContainSingle().Which;
        corroboration.Kind.Should().Be(FindingKind.Corroboration);
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "herald#2", "wire#1"]);
    }

    [Fact]
    public void Compare_BodiesFoundThenALargerTollOnALaterDay_IsOneTimeline()
    {
        var findings = Compare(
            On(Make("herald#1", "herald", 12, "Vorland", "bodies"), 3),
            On(Make("wire#1", "wire", 12, "Vorland", "bodies"), 3),
            On(Make("wire#2", "wire", 27, "Vorland", "deaths"), 5));

        var timeline = findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Which;
        timeline.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1", "wire#2"]);
    }

    [Fact]
    public void Compare_ATollThenFewerBodiesOnALaterDay_IsNoTimeline()
    {
        var findings = Compare(
            On(Make("herald#1", "herald", 58, "Vorland", "deaths"), 3),
            On(Make("wire#1", "wire", 31, "Vorland", "bodies"), 5));

        findings.Should().BeEmpty("the bodies found so far may be fewer than the dead: a smaller later count of bodies is no fall in the toll");
    }

    [Fact]
    public void Compare_BodiesInATownThenALargerTollForItsCountry_IsNoTimeline()
    {
        var findings = Compare(
            On(Make("herald#1", "herald", 12, "Brenmoor", "bodies"), 3),
            On(Make("wire#1", "wire", 27, "Vorland", "deaths"), 5));

        findings.Should().BeEmpty("the town's count may be a part of the country's");
    }

    [Fact]
    public void Compare_MeasuresThatAreNoAliases_StayApart()
    {
        var findings = Compare(
            Make("herald#1", "herald", 12, "Vorland", "injuries"),
            Make("wire#1", "wire", 12, "Vorland", "missing"));

        findings.Should().BeEmpty("the injured and the missing are different counts, whatever their figures");
    }

    [Fact]
    public void Compare_TheSameFigureForAMeasureAndForAPartOfItsPeople_IsACorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 21, "Vorland", "deaths"),
            Make("wire#1", "wire", 21, "Vorland", "deaths · children"));

        var corroboration = findings.Should().ContainSingle().Which;
        corroboration.Kind.Should().Be(FindingKind.Corroboration);
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
    }

    [Fact]
    public void Compare_DifferentFiguresForAMeasureAndForAPartOfItsPeople_AreNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 21, "Vorland", "deaths"),
            Make("wire#1", "wire", 9, "Vorland", "deaths · children"));

        findings.Should().BeEmpty("the children may be some of the dead");
    }

    [Fact]
    public void Compare_TheSameFigureForTwoPartsOfAMeasure_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 12, "Vorland", "deaths · children"),
            Make("wire#1", "wire", 12, "Vorland", "deaths · soldiers"));

        findings.Should().BeEmpty("twelve children and twelve soldiers are two counts, not one count told twice");
    }

    [Fact]
    public void Compare_TheSameFigureForABodyReadUnderItsCountryAndForTheCountry_IsACorroborationInOneSlot()
    {
        var body = Make("herald#1", "herald", 40, "Halvex Group", "customers") with { SubjectWithin = "Vorland" };
        var country = Make("wire#1", "wire", 40, "Vorland", "customers");

        var findings = Compare(body, country);

        var corroboration = findings.Should().ContainSingle().Which;
        corroboration.Kind.Should().Be(FindingKind.Corroboration);
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1"]);
        var comparer = new ClaimComparer();
        comparer.SlotOf(body).Should().Be(comparer.SlotOf(country), "a store or a cluster compares one slot at a time");
    }

    [Fact]
    public void Compare_DifferentFiguresForABodyAndForItsCountry_AreNoDispute()
    {
        var findings = Compare(
            Make("herald#1", "herald", 17, "Halvex Group", "customers") with { SubjectWithin = "Vorland" },
            Make("wire#1", "wire", 40, "Vorland", "customers"));

        findings.Should().BeEmpty("a company's customers may be some of its country's");
    }

    [Fact]
    public void Compare_TheSameFigureForTwoBodiesOfOneCountry_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 40, "Halvex Group", "customers") with { SubjectWithin = "Vorland" },
            Make("wire#1", "wire", 40, "Dellomar", "customers") with { SubjectWithin = "Vorland" });

        findings.Should().BeEmpty("two companies that each lost 40 customers give two counts, not one count told twice");
    }

    [Fact]
    public void Compare_ABodysFiguresInAReportAboutItsCountryAndInOneAboutNone_StayApart()
    {
        var underCountry = Make("herald#1", "herald", 40, "Halvex Group", "customers") with { SubjectWithin = "Vorland" };
        var alone = Make("wire#1", "wire", 55, "Halvex Group", "customers");

        Compare(underCountry, alone).Should().BeEmpty("their slots differ, as a store or a cluster keeps them");
        new ClaimComparer().SlotOf(underCountry).Should().NotBe(new ClaimComparer().SlotOf(alone));
    }

    private static Claim On(Claim claim, int day) =>
        claim with { Time = new TimeScope(new DateOnly(2026, 3, day), new DateOnly(2026, 3, day), "that day") };

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
