using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>One disaster's toll given by outlets that name its place at different levels (the town, its state, the country, or none)
/// is one toll, the country's, compared across them; a document that gives the toll of two such places shows they are different
/// counts, which stay apart. Texts written for these tests (a made-up town in a real state).</summary>
public class EventPlaceComparisonTests
{
    private static readonly DateOnly Day = new(2025, 3, 11);

    private static List<HashSet<double>> ValuesOf(CheckReport report, FindingKind kind) =>
        report.Findings.Where(f => f.Kind == kind)
            .Select(f => f.Sides.SelectMany(side => side.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).ToHashSet())
            .ToList();

    [Fact]
    public void Extract_TollInATownOfAState_HasTheCountryAsSubjectAndTheTownAsItsEventPlace()
    {
        var report = ClaimChecker.Check([new Document("town", "A mudslide buried homes in Brenmoor, Tocantins, on Monday, killing 137 people, the fire service said.", "Valley Wire", Day)]);

        var claim = report.Claims.Single(c => c.Quantity is { Value: 137 });
        claim.Subject.Should().Be("Brazil", "Tocantins is a Brazilian state, so a toll in one of its towns is Brazil's");
        claim.Part.Should().Be(PlacePart.Event);
        claim.PlaceWithin.Should().Be("Brazil");
    }

    [Fact]
    public void Check_TollNamedByTownByStateAndByCountry_IsOneDiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("town", "A mudslide buried homes in Brenmoor, Tocantins, on Monday, killing 137 people, the fire service said.", "Valley Wire", Day),
            new Document("state", "The mudslide in Tocantins killed 163 people on Monday, the state government said.", "Plateau Post", Day),
            new Document("country", "A mudslide in Brazil killed 163 people on Monday, the civil defence agency said.", "World Desk", Day),
        ]);

        ValuesOf(report, FindingKind.NumericDiscrepancy).Should().Contain(v => v.Contains(137) && v.Contains(163),
            "the town's, the state's and the country's outlets give the same toll");
    }

    [Fact]
    public void Extract_EventPlaceWithItsCountryAfterAComma_TakesThatCountry()
    {
        var report = ClaimChecker.Check([new Document("stated", "The stampede in Dornholm, Chile, on Thursday killed 40 pilgrims, the health minister said.", "Valley Wire", Day)]);

        var claim = report.Claims.Single(c => c.Predicate == "stampede");
        claim.Place.Should().Be("Dornholm");
        claim.PlaceWithin.Should().Be("Chile", "the sentence says the town lies in Chile");
    }

    [Fact]
    public void Extract_EventPlaceInAReportThatNamesTheVictimsCountryMost_TakesNoCountry()
    {
        var report = ClaimChecker.Check([new Document("victims",
            "Chile has reported the largest number of dead, 12, officials said. The stampede in Dornholm on Thursday killed 40 pilgrims, the health minister said. Chile accused the authorities in Buenos Aires of failures.",
            "Valley Wire", Day)]);

        var claim = report.Claims.Single(c => c.Predicate == "stampede");
        claim.Place.Should().Be("Dornholm");
        claim.PlaceWithin.Should().BeNull("no sentence places the town, and the report names a place in another country but none in Chile, the victims' country");
    }

    [Fact]
    public void Extract_EventPlaceInAReportSetInARegionOfTheCountry_TakesTheCountry()
    {
        var report = ClaimChecker.Check([new Document("region",
            "Rescuers in Biobío searched for survivors on Friday. The stampede in Dornholm on Thursday killed 40 pilgrims, the health minister said. Chile declared three days of mourning.",
            "Valley Wire", Day)]);

        var claim = report.Claims.Single(c => c.Predicate == "stampede");
        claim.PlaceWithin.Should().Be("Chile", "the report is set in a Chilean region, so a town it does not place is taken to be Chilean");
    }

    [Theory]
    [InlineData("Fifty-eight people have died in the warehouse fire in the capital, the fire service said.", PlacePart.Event)]
    [InlineData("The fire killed 58 people in the capital on Friday, the fire service said.", PlacePart.Event)]
    [InlineData("Storms killed 58 people in the capital alone, the Red Cross said.", PlacePart.Stated)]
    public void Extract_TollInTheCapital_IsTheEventsPlaceUnlessTheTextMakesItAPart(string text, PlacePart part)
    {
        var report = ClaimChecker.Check([new Document("capital", text, "Valley Wire", Day) with { Place = "Kenya" }]);

        var claim = report.Claims.Single(c => c.Quantity is { Value: 58 });
        claim.Place.Should().Be("Nairobi");
        claim.Part.Should().Be(part);
    }

    [Fact]
    public void Check_FireTollInTheCapitalAndTheSameTollWithNoPlace_IsCorroborated()
    {
        var report = ClaimChecker.Check(
        [
            new Document("capital", "Warehouse fire: toll rises to 58. Fifty-eight people have died in the warehouse fire in the capital. Before dawn the minister had confirmed 51 deaths.", "Valley Wire", Day) with { Place = "Kenya" },
            new Document("none", "The warehouse fire on Harbour Lane killed at least 58 people, the fire service said.", "Plateau Post", Day) with { Place = "Kenya" },
        ]);

        ValuesOf(report, FindingKind.Corroboration).Should().Contain(v => v.Contains(58),
            "the fire happened in the capital, so the toll placed there is the toll the other report gives");
    }

    [Fact]
    public void Check_MarchInTheCapitalBesideTheNationalCount_StaysAPart()
    {
        var report = ClaimChecker.Check(
        [
            new Document("capital", "Police said 7,000 people marched in the capital against the tax on Tuesday.", "Valley Wire", Day) with { Place = "Kenya" },
            new Document("nation", "Police said 52,000 people marched across Kenya against the tax on Tuesday.", "Plateau Post", Day) with { Place = "Kenya" },
        ]);

        ValuesOf(report, FindingKind.NumericDiscrepancy).Should().NotContain(v => v.Contains(7000) && v.Contains(52000),
            "a crowd in the capital is a part of the country's crowd");
    }

    [Fact]
    public void Check_DocumentGivingTheTownsAndTheStatesTolls_KeepsThemApart()
    {
        var report = ClaimChecker.Check(
        [
            new Document("both", "The floods killed 149 people in Tocantins on Monday, the state government said. The floods killed 41 people in Brenmoor on Monday, the mayor said.", "Plateau Post", Day),
            new Document("state", "Floods in Tocantins killed 149 people on Monday, officials said.", "Valley Wire", Day),
        ]);

        ValuesOf(report, FindingKind.NumericDiscrepancy).Should().NotContain(v => v.Contains(41) && v.Contains(149),
            "the town's 41 is a part of the state's 149, as one document shows by giving both");
    }

    [Fact]
    public void Check_AShipwreckPlacedInASeaAndOffACoastOnIt_IsNoPlaceMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("sea", "A cargo ship sank in the Gulf of Mexico on Friday, the coast guard said.", "Gulf Wire", Day),
            new Document("coast", "A cargo ship sank off Louisiana on Friday, officials said.", "Bayou Daily", Day),
        ]);

        report.Claims.Should().Contain(c => c.DocumentId == "sea" && c.Place == "Gulf of Mexico", "the sea's whole name is the place");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PlaceMismatch, "a sea borders the coast it is off");
    }

    [Fact]
    public void Check_ACrashAtANamedSchoolAndInAKnownCity_IsNoPlaceMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("school", "Three people were killed in Monday's plane crash at Brenmoor Grammar School, the army said.", "Valley Wire", Day),
            new Document("city", "Three people were killed in Monday's plane crash in Nairobi, the army said.", "World Desk", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PlaceMismatch, "a school no gazetteer knows may stand in the city");
    }

    [Fact]
    public void Check_ASinkingOffATownOfACountryAndNearItsCapital_IsNoPlaceMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("town", "A ferry sank off Velmar, Kenya, on Monday, the coast guard said.", "Valley Wire", Day),
            new Document("city", "A ferry sank in Nairobi on Monday, police said.", "World Desk", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PlaceMismatch, "a town the gazetteer does not know may lie in the capital");
    }

    [Fact]
    public void Check_ASinkingAtANameAndAtTheSameNameWithAKindOfPlace_IsNoPlaceMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("bare", "A ferry sank off Velmar, Kenya, on Monday, the coast guard said.", "Valley Wire", Day),
            new Document("kind", "A ferry sank off Velmar district, Kenya, on Monday, police said.", "World Desk", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PlaceMismatch, "Velmar district is Velmar");
    }

    [Fact]
    public void Check_ACrashAtATownsAirportAndInTheTown_IsNoPlaceMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("site", "A cargo plane crashed at Velmar International Airport, Kenya, on Monday, the army said.", "Valley Wire", Day),
            new Document("town", "A cargo plane crashed in Velmar, Kenya, on Monday, police said.", "World Desk", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PlaceMismatch, "the airport named after the town stands at it");
    }

    [Fact]
    public void Check_ASinkingOffTwoUnknownTownsOfACountry_IsNoPlaceMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", "A ferry sank off Velmar, Kenya, on Monday, the coast guard said.", "Valley Wire", Day),
            new Document("other", "A ferry sank off Dunmore, Kenya, on Monday, police said.", "World Desk", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PlaceMismatch, "Dunmore may be the district Velmar lies in");
    }

    [Fact]
    public void Check_ASinkingOffUnknownTownsOfTwoCountries_IsAPlaceMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", "A ferry sank off Velmar, Kenya, on Monday, the coast guard said.", "Valley Wire", Day),
            new Document("other", "A ferry sank off Dunmore, Tanzania, on Monday, police said.", "World Desk", Day),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.PlaceMismatch, "two countries' towns are two places");
    }

    [Fact]
    public void Check_ACrashInTwoKnownCities_IsAPlaceMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("coast", "A military training jet crashed in Mombasa on Monday, the army said.", "Valley Wire", Day),
            new Document("city", "A military training jet crashed in Nairobi on Monday, the army said.", "World Desk", Day),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.PlaceMismatch, "two known cities apart are two places");
    }

    [Fact]
    public void Check_TownTollAboveEveryTollGivenForTheCountry_IsTheCountrysTollRising()
    {
        var report = ClaimChecker.Check(
        [
            new Document("country", "A gas explosion killed 40 people in Brazil on Tuesday, police said.", "World Desk", Day),
            new Document("town", "The toll from Tuesday's gas explosion in Brenmoor, Tocantins, rose to 58 on Thursday, the governor said.", "Valley Wire", Day.AddDays(2)),
        ]);

        ValuesOf(report, FindingKind.Evolution).Should().Contain(v => v.Contains(40) && v.Contains(58),
            "a town that holds more dead than the country was ever said to have is where the country's toll happened, not a part of it");
    }

    [Fact]
    public void Check_TownTollBelowACountryTollGivenDaysLater_IsTheTollRising()
    {
        var report = ClaimChecker.Check(
        [
            new Document("town", "The landslide killed at least 23 people in Brenmoor, Tocantins, local leaders said on Monday.", "Valley Wire", Day),
            new Document("country", "The landslide has killed 96 people in Brazil, the civil defence agency said on Thursday.", "World Desk", Day.AddDays(3)),
        ]);

        ValuesOf(report, FindingKind.Evolution).Should().Contain(v => v.Contains(23) && v.Contains(96),
            "no figure for the country on or before Monday exceeds the town's, so the later, larger one is its toll grown");
    }

    [Fact]
    public void Check_TownTollGivenAfterALargerCountryToll_StaysAPartOfIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("country", "Floods killed 140 people in Brazil on Monday, the civil defence agency said.", "World Desk", Day),
            new Document("town", "The floods killed 12 people in Brenmoor, Tocantins, the mayor said on Wednesday.", "Valley Wire", Day.AddDays(2)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind != FindingKind.Corroboration && ValuesOf(report, f.Kind).Exists(v => v.Contains(12) && v.Contains(140)),
            "the country already counted more dead than the town's figure when the town's was given, so the town's is a part");
    }

    [Fact]
    public void Check_TownTollBelowTheCountrysToll_StaysAPartOfIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("country", "Floods killed 140 people in Brazil on Monday, the civil defence agency said.", "World Desk", Day),
            new Document("town", "The floods killed 12 people in Brenmoor, Tocantins, on Monday, the mayor said.", "Valley Wire", Day),
        ]);

        report.Claims.Select(c => c.Quantity?.Value).Should().Contain([12, 140], "both tolls are read, so the check below is not empty");
        report.Findings.Should().NotContain(f => f.Kind != FindingKind.Corroboration && ValuesOf(report, f.Kind).Exists(v => v.Contains(12) && v.Contains(140)),
            "a town's 12 beside the country's 140 is a part of it");
    }

    [Fact]
    public void Extract_TollPastAPatientTakenToAHospital_IsNotPlacedAtTheHospital()
    {
        var report = ClaimChecker.Check([new Document("later", "The toll from the fire in Brenmoor, Tocantins, reached 30 on Friday after a patient flown to Kestrel General Hospital died.", "Valley Wire", Day)]);

        report.Claims.Single(c => c.Quantity is { Value: 30 }).Place.Should().NotBe("Kestrel General Hospital",
            "the hospital is where the patient was taken, not where the dead were counted");
    }

    [Fact]
    public void Check_TwoStatesTollsInOneDocument_LeaveAThirdStateNamedAloneTheCountrysToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("two", "The floods killed 41 people in Tocantins on Monday, the state government said. The floods killed 6 people in Goiás on Monday, officials said.", "Plateau Post", Day),
            new Document("state", "Floods in Bahia killed 47 people on Monday, the state government said.", "Valley Wire", Day),
            new Document("none", "Floods killed 52 people on Monday, the civil defence agency said.", "World Desk", Day) with { Place = "Brazil" },
        ]);

        ValuesOf(report, FindingKind.NumericDiscrepancy).Should().Contain(v => v.Contains(47) && v.Contains(52),
            "the two states named together are parts, but a state no document names beside another is where the country's toll happened");
        ValuesOf(report, FindingKind.NumericDiscrepancy).Should().NotContain(v => v.Contains(41) && (v.Contains(47) || v.Contains(52)),
            "Tocantins' 41 is a part, as the document giving two states' tolls shows");
    }
}
