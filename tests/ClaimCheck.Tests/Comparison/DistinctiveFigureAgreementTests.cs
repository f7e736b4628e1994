using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

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
    public void Compare_ADistinctiveFigureUnderATownItsCountryAndABody_IsOneCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Brenmoor", "evacuated"),
            Make("wire#1", "wire", 4317, "Vorland", "evacuated"),
            Make("post#1", "post", 4317, "Kestrel Relief Agency", "evacuated"));

        findings.Should().ContainSingle().Which.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1", "post#1"]);
    }

    [Fact]
    public void Compare_ADistinctiveFigureUnderTwoTownsOfOneCountry_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Brenmoor", "homes"),
            Make("wire#1", "wire", 4317, "Lindenport", "homes"));

        findings.Should().BeEmpty("two towns with the same figure are two counts, as the slots read them");
    }

    [Fact]
    public void Compare_AFigureTwoReportsGiveUnderOneSubjectAndAThirdUnderAnother_IsOneCorroborationOfAllThree()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Vorland", "evacuated"),
            Make("wire#1", "wire", 4317, "Vorland", "evacuated"),
            Make("post#1", "post", 4317, "Ostmark", "evacuated"));

        var corroboration = findings.Should().ContainSingle("the slot's own corroboration is taken in").Which;
        corroboration.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1", "post#1"]);
        corroboration.Topic.Should().Contain("Ostmark");
    }

    [Fact]
    public void Compare_AFigureATownAndItsCountryGive_KeepsTheCorroborationReadAcrossTheirSlots()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Brenmoor", "evacuated"),
            Make("wire#1", "wire", 4317, "Vorland", "evacuated"));

        findings.Should().ContainSingle().Which.Topic.Should().NotContain("Brenmoor", "the country's corroboration already holds both claims");
    }

    [Fact]
    public void Compare_AnAmountUnderTwoCountries_IsACorroborationInOneCurrencyOnly()
    {
        var usd = Compare(
            Make("herald#1", "herald", 8_370_000_000, "Vorland", "amount") with { Quantity = Quantity.Exactly(8_370_000_000, Unit.Currency("USD")) },
            Make("wire#1", "wire", 8_370_000_000, "Ostmark", "amount") with { Quantity = Quantity.Exactly(8_370_000_000, Unit.Currency("USD")) });
        var mixed = Compare(
            Make("herald#1", "herald", 8_370_000_000, "Vorland", "amount") with { Quantity = Quantity.Exactly(8_370_000_000, Unit.Currency("USD")) },
            Make("wire#1", "wire", 8_370_000_000, "Ostmark", "amount") with { Quantity = Quantity.Exactly(8_370_000_000, Unit.Currency("EUR")) });

        usd.Should().ContainSingle().Which.Kind.Should().Be(FindingKind.Corroboration);
        mixed.Should().BeEmpty("dollars and euros alike are two sums");
    }

    [Fact]
    public void Compare_AFigurePlannedInOneReportAndDoneInAnother_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Vorland", "evacuated") with { Modality = Modality.Planned },
            Make("wire#1", "wire", 4317, "Ostmark", "evacuated"));

        findings.Should().BeEmpty("a plan and a deed are told under different modality classes");
    }

    [Fact]
    public void Analyze_ADeniedFigureWithNoSubject_DoesNotJoin()
    {
        var result = new ClaimComparer(null, Lexicon.BuiltIn.With(Lexicon.Parse(Places, "places.tsv"))).Analyze(
            [Make("herald#1", "herald", 4317, "Vorland", "evacuated"), Make("wire#1", "wire", 4317, "Vorland", "evacuated") with { Subject = null, Polarity = Polarity.Negated }],
            Documents);

        result.Findings.Should().BeEmpty("a denial is no report of the figure");
        result.NotCompared.Select(n => n.ClaimId).Should().Contain("wire#1");
    }

    [Fact]
    public void Compare_OneReportUnderTwoSubjectsAndASecondUnderOneOfThem_IsNoCorroborationAcrossSubjects()
    {
        var findings = Compare(
            Make("herald#1", "herald", 4317, "Vorland", "evacuated"),
            Make("herald#2", "herald", 4317, "Ostmark", "evacuated"),
            Make("wire#1", "wire", 4317, "Ostmark", "evacuated"));

        findings.Should().OnlyContain(f => !f.ClaimIds.Contains("herald#1"), "no second report gives the figure under another subject than Vorland");
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 0)]
    public void Compare_ATwoDigitFigureUnderTwoCountries_CorroboratesByTheDigitsTheOptionsAskFor(int digits, int corroborations)
    {
        var findings = new ClaimComparer(new ComparisonOptions { DistinctiveFigureDigits = digits }, Lexicon.BuiltIn.With(Lexicon.Parse(Places, "places.tsv"))).Compare(
            [Make("herald#1", "herald", 4300, "Vorland", "evacuated"), Make("wire#1", "wire", 4300, "Ostmark", "evacuated")], Documents);

        findings.Should().HaveCount(corroborations);
    }

    [Fact]
    public void Validate_NoDistinctiveFigureDigit_Throws() =>
        new ComparisonOptions { DistinctiveFigureDigits = 0 }.Invoking(o => o.Validate())
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ComparisonOptions.DistinctiveFigureDigits));

    // The reviewer's probes, each with the right answer (sentences and places invented).
    [Fact]
    public void Compare_TwoDonorsEachNamedPledgingOneSum_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 120_000_000, "Vorland", "amount · planned", "Vorland pledged $120 million at the donor conference.") with { Quantity = Quantity.Exactly(120_000_000, Unit.Currency("USD")), Modality = Modality.Planned },
            Make("wire#1", "wire", 120_000_000, "Ostmark", "amount · planned", "Ostmark pledged $120 million at the donor conference.") with { Quantity = Quantity.Exactly(120_000_000, Unit.Currency("USD")), Modality = Modality.Planned });

        findings.Should().BeEmpty("each report names its own donor");
    }

    [Fact]
    public void Compare_OneCountInEachOfTwoNamedTowns_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 1200, "Brenmoor", "homes", "In Brenmoor, 1,200 homes were destroyed."),
            Make("wire#1", "wire", 1200, "Lindenport", "homes", "In Lindenport, 1,200 homes were destroyed."));

        findings.Should().BeEmpty();
    }

    [Fact]
    public void Compare_OneCountInTwoYearsFourYearsApart_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 2300, "Vorland", "displaced") with { Time = new TimeScope(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), "2019") },
            Make("wire#1", "wire", 2300, "Ostmark", "displaced") with { Time = new TimeScope(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31), "March 2023") });

        findings.Should().BeEmpty("figures four years apart are about different periods");
    }

    [Fact]
    public void Compare_TwoDistancesThatSayNothingOfWhatTheyMeasure_IsNoCorroboration()
    {
        var kilometres = Quantity.Exactly(130, Unit.Physical("km"));
        var findings = Compare(
            Make("herald#1", "herald", 130, "Vorland", "km") with { Quantity = kilometres },
            Make("wire#1", "wire", 130, "Ostmark", "km") with { Quantity = kilometres });

        findings.Should().BeEmpty("a distance from a border and one from a capital come in one unit");
    }

    [Fact]
    public void Compare_SoldiersInTwoNamedCountriesExercises_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 1700, "Vorland", "participants · soldiers", "Vorland said 1,700 soldiers took part in the exercise."),
            Make("wire#1", "wire", 1700, "Ostmark", "participants · soldiers", "Ostmark said 1,700 soldiers took part in its exercise."));

        findings.Should().BeEmpty();
    }

    [Fact]
    public void Compare_RefugeesACampHoldsAndRefugeesAnotherCountrySent_IsNoCorroboration()
    {
        var findings = Compare(
            Make("herald#1", "herald", 2400, "Vorland", "refugees", "The camp run by Vorland now holds 2,400 refugees."),
            Make("wire#1", "wire", 2400, "Ostmark", "refugees", "Ostmark sent 2,400 refugees to the camp last week."));

        findings.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_ATemperatureOfOneTownBesideTheSameOfAnotherPlaceWithNoSubject_StaysUncompared()
    {
        var heat = Quantity.Exactly(104, Unit.Physical("°F"));
        var result = new ClaimComparer(null, Lexicon.BuiltIn.With(Lexicon.Parse(Places, "places.tsv"))).Analyze(
            [Make("herald#1", "herald", 104, "Brenmoor", "temperature") with { Quantity = heat },
             Make("wire#1", "wire", 104, "Brenmoor", "temperature") with { Quantity = heat, Subject = null, Place = "Lindenport" }],
            Documents);

        result.Findings.Should().BeEmpty("Lindenport's heat is not Brenmoor's");
        result.NotCompared.Select(n => n.ClaimId).Should().Contain("wire#1");
    }

    [Fact]
    public void Compare_TwoCountriesEachNamedWithOneDebtShare_IsNoCorroboration()
    {
        var share = Quantity.Exactly(130, Unit.Percent);
        var findings = Compare(
            Make("herald#1", "herald", 130, "Vorland", "debt", "Vorland's debt stands at 130% of its output.") with { Quantity = share },
            Make("wire#1", "wire", 130, "Ostmark", "debt", "Ostmark's debt stands at 130% of its output.") with { Quantity = share });

        findings.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_AnEvacuationUnderACountryAnAgencyItsSentenceNamesAndNoSubject_IsOneCorroboration()
    {
        var result = new ClaimComparer(null, Lexicon.BuiltIn.With(Lexicon.Parse(Places, "places.tsv"))).Analyze(
            [Make("herald#1", "herald", 4317, "Vorland", "evacuated", "4,317 people were evacuated from the valley on Monday."),
             Make("wire#1", "wire", 4317, "Kestrel Relief Agency", "evacuated", "The Kestrel Relief Agency said 4,317 people had been evacuated."),
             Make("post#1", "post", 4317, "Vorland", "evacuated", "Some 4,317 residents were evacuated on Monday.") with { Subject = null }],
            Documents);

        result.Findings.Should().ContainSingle().Which.ClaimIds.Should().BeEquivalentTo(["herald#1", "wire#1", "post#1"]);
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
    [InlineData(4317, 2, true)]
    [InlineData(8_370_000_000, 2, true)]
    [InlineData(3417.6, 2, true)]
    [InlineData(130, 2, true)]
    [InlineData(150, 2, false)]
    [InlineData(200, 2, false)]
    [InlineData(57, 2, false)]
    [InlineData(3_000_000, 2, false)]
    [InlineData(130, 3, false)]
    [InlineData(8_370_000_000, 3, true)]
    public void IsDistinctive_JudgesBySignificantDigitsAndSize(double value, int minimumDigits, bool distinctive) =>
        DistinctiveFigureAgreement.IsDistinctive(Quantity.Exactly(value, People), minimumDigits).Should().Be(distinctive);

    private static Claim Make(string id, string document, double value, string subject, string measure, string text = "evidence") => new()
    {
        Id = id,
        DocumentId = document,
        Span = new TextSpan(int.Parse(id[(id.IndexOf('#') + 1)..], System.Globalization.CultureInfo.InvariantCulture) * 100, 50),
        Text = text,
        Type = ClaimType.Quantity,
        Subject = subject,
        Measure = measure,
        Quantity = Quantity.Exactly(value, People),
        Modality = Modality.Asserted,
        Polarity = Polarity.Affirmed,
    };
}
