using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A toll that one outlet gives only for a town or district no list knows is the same toll another outlet gives for the
/// country, when the check shows which country the town is in: it takes the country as subject and keeps the town as its place.
/// Texts written for these tests (made-up towns in real countries).</summary>
public class EventCountryTests
{
    private static readonly DateOnly Day = new(2025, 3, 12);

    [Fact]
    public void Check_TownPlacedInACountryByAnotherReport_TakesThatCountryAndMeetsItsToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("bay", "The floods in Kestrel Bay killed 44 people on Tuesday, the mayor said.", "Bay Herald", Day),
            new Document("placed", "Floods killed 52 people in Kestrel Bay, Peru, on Tuesday, officials said.", "World Desk", Day),
            new Document("chile", "Floods in Chile killed 12 people on Tuesday, officials said.", "Andes Wire", Day),
        ]);

        var local = report.Claims.Single(c => c.DocumentId == "bay" && c.Quantity is { Value: 44 });
        local.Subject.Should().Be("Peru", "another report places Kestrel Bay in Peru, though the check also speaks of Chile");
        local.Place.Should().Be("Kestrel Bay");
        local.Part.Should().Be(PlacePart.Event);
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy)
            .Which.ClaimIds.Should().BeEquivalentTo(["bay#1", "placed#1"]);
    }

    [Fact]
    public void Check_TownNoReportPlaces_TakesTheOnlyCountryTheTollsName()
    {
        var report = ClaimChecker.Check(
        [
            new Document("town", "The landslide in Lindenport killed 44 people on Tuesday, the district office said.", "District Daily", Day),
            new Document("country", "A landslide buried a village in Peru on Tuesday, killing 52 people, the civil defence agency said.", "World Desk", Day),
        ]);

        report.Claims.Single(c => c.DocumentId == "town" && c.Quantity is { Value: 44 }).Subject.Should().Be("Peru");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "the town's outlet and the country's give one toll");
    }

    [Fact]
    public void Check_TownMoreReportsPlaceInOneCountry_TakesItThoughOneReportSaysAnother()
    {
        var report = ClaimChecker.Check(
        [
            new Document("bay", "The floods in Kestrel Bay killed 44 people on Tuesday, the mayor said.", "Bay Herald", Day),
            new Document("first", "Floods killed 52 people in Kestrel Bay, Peru, on Tuesday, officials said.", "World Desk", Day),
            new Document("second", "Torrential rain killed 52 people in Kestrel Bay, Peru, early on Tuesday, the civil defence agency said.", "Andes Wire", Day),
            new Document("misread", "Floods killed 52 people in Kestrel Bay, Chile, on Tuesday, officials said.", "Coast Radio", Day),
        ]);

        report.Claims.Single(c => c.DocumentId == "bay" && c.Quantity is { Value: 44 }).Subject
            .Should().Be("Peru", "two reports place Kestrel Bay in Peru and one in Chile");
    }

    [Fact]
    public void Check_TownReportsPlaceInTwoCountriesAlike_KeepsItsOwnName()
    {
        var report = ClaimChecker.Check(
        [
            new Document("bay", "The floods in Kestrel Bay killed 44 people on Tuesday, the mayor said.", "Bay Herald", Day),
            new Document("first", "Floods killed 52 people in Kestrel Bay, Peru, on Tuesday, officials said.", "World Desk", Day),
            new Document("other", "Floods killed 52 people in Kestrel Bay, Chile, on Tuesday, officials said.", "Coast Radio", Day),
        ]);

        report.Claims.Single(c => c.DocumentId == "bay" && c.Quantity is { Value: 44 }).Subject
            .Should().Be("Kestrel Bay", "one report each places it in Peru and in Chile");
    }

    [Fact]
    public void Check_TownNoReportPlacesInACheckOfTwoCountries_KeepsItsOwnName()
    {
        var report = ClaimChecker.Check(
        [
            new Document("bay", "The floods in Kestrel Bay killed 44 people on Tuesday, the mayor said.", "Bay Herald", Day),
            new Document("peru", "Floods in Peru killed 52 people on Tuesday, officials said.", "World Desk", Day),
            new Document("chile", "Floods in Chile killed 52 people on Tuesday, officials said.", "Andes Wire", Day),
        ]);

        report.Claims.Single(c => c.DocumentId == "bay" && c.Quantity is { Value: 44 }).Subject.Should().Be("Kestrel Bay", "nothing says which of the two countries it is in");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_TownOnlyInOneReport_IsLeftAsExtracted()
    {
        var report = ClaimChecker.Check([new Document("bay", "The floods in Kestrel Bay killed 44 people on Tuesday, the mayor said.", "Bay Herald", Day)]);

        report.Claims.Single(c => c.Quantity is { Value: 44 }).Subject.Should().Be("Kestrel Bay", "no report of the check names a country");
    }

    [Fact]
    public void Check_TownNoReportPlacesBesideATollForTheWholeCountry_StaysApartFromIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("town", "The landslide in Lindenport killed 44 people on Tuesday, the district office said.", "District Daily", Day),
            new Document("country", "Landslides have killed 230 people across Peru since January, the civil defence agency said on Tuesday.", "World Desk", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a toll given for the whole country is not a rival of a town's");
    }
}
