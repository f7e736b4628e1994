using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A figure given at a named venue ("hurt at Brenmoor Square", "trapped in the Arlow mine") is its country's figure placed at one
/// site of it: the whole's figure where no text shows otherwise, a part where a document gives a larger figure of the same count
/// beside it. Texts written for these tests (made-up venues in a real country).</summary>
public class VenuePlaceTests
{
    private static readonly DateOnly Day = new(2025, 3, 11);

    private static List<HashSet<double>> ValuesOf(CheckReport report, FindingKind kind) =>
        report.Findings.Where(f => f.Kind == kind)
            .Select(f => f.Sides.SelectMany(side => side.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).ToHashSet())
            .ToList();

    private static Claim ClaimOf(string text, double value) =>
        ClaimChecker.Check([new Document("doc", text, "Valley Wire", Day)]).Claims.Should()
            .Contain(c => c.Quantity != null && c.Quantity.Value.Value == value, "'{0}' states {1}", text, value).Which;

    [Theory]
    [InlineData("Kenyan police said 14 people were hurt at Brenmoor Square on Tuesday.", 14, "Brenmoor Square")]
    [InlineData("Kenyan officials said 9 miners were trapped in the Arlow mine after the collapse.", 9, "Arlow mine")]
    [InlineData("Kenyan officials said 23 people were treated at Kestrel Valley General Hospital.", 23, "Kestrel Valley General Hospital")]
    [InlineData("Kenyan police said 14 people were hurt at Nairobi's Brenmoor stadium on Tuesday.", 14, "Brenmoor stadium")]
    public void Extract_FigureAtANamedVenue_IsTheCountrysPlacedAtTheVenue(string text, double value, string venue)
    {
        var claim = ClaimOf(text, value);

        claim.Subject.Should().Be("Kenya");
        claim.Place.Should().Be(venue);
        claim.PlaceWithin.Should().Be("Kenya");
        claim.Part.Should().Be(PlacePart.Venue, "the venue is where the figure was counted, the whole's unless the text shows a part");
    }

    [Theory]
    [InlineData("Kenyan police said 14 people were hurt at the stadium on Tuesday.", 14)]
    [InlineData("Kenyan officials said 23 people were treated in hospital.", 23)]
    [InlineData("Kenyan police said 14 people were hurt on Tuesday at noon.", 14)]
    [InlineData("Officials said 9 miners were trapped in Kenyan mine.", 9)]
    public void Extract_VenueNounWithNoNameOrNoVenue_PlacesNothing(string text, double value) =>
        ClaimOf(text, value).Part.Should().NotBe(PlacePart.Venue, "a venue noun with no name before it names no one site");

    [Fact]
    public void Extract_CrowdAtANamedSquare_IsNotPlacedAtTheSquare() =>
        ClaimOf("Kenyan police said 4,000 people gathered on Brenmoor Square on Saturday.", 4000).Part.Should().NotBe(PlacePart.Venue,
            "a square's crowd is its town's crowd, which the square does not name");

    [Fact]
    public void Extract_NationalFigureGivenAtAMeetingInAHotel_KeepsTheCountryAsSubject()
    {
        var claim = ClaimOf("Kenyan ministers agreed at a meeting at the Brenmoor Hotel to hire 4,000 teachers next year.", 4000);

        claim.Part.Should().NotBe(PlacePart.Venue, "the hotel is where the meeting was, not where the teachers are counted");
        claim.Place.Should().NotBe("Brenmoor Hotel");
    }

    [Fact]
    public void Check_VenueFigureBesideALargerFigureOfItsOwnDocument_IsAPartNotADispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("venue", "Kenyan police said 6 fans were detained at Kestrel Plaza before kick-off. Police detained 25 fans during the night.", "Valley Wire", Day),
            new Document("whole", "Kenyan police said 41 fans were detained over the weekend.", "Plateau Post", Day),
        ]);

        report.Claims.Should().Contain(c => c.Quantity!.Value.Value == 6 && c.Place == "Kestrel Plaza")
            .Which.Part.Should().Be(PlacePart.Venue, "the plaza's figure is extracted and placed at the plaza");
        ValuesOf(report, FindingKind.NumericDiscrepancy).Should().NotContain(v => v.Contains(6) && v.Contains(41),
            "the report shows the plaza's 6 to be a part of a larger count");
    }

    [Fact]
    public void Check_TollAtTheVenueOfTheEventItself_StaysTheWholeToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("venue", "Sixty-six people died in a fire at the Arlow Hotel in the Kenyan highlands, officials said.", "Valley Wire", Day),
            new Document("whole", "The hotel fire in Kenya killed 76 people, the interior minister said.", "Plateau Post", Day),
        ]);

        ValuesOf(report, FindingKind.NumericDiscrepancy).Should().Contain(v => v.Contains(66) && v.Contains(76),
            "the hotel is where the whole toll happened, so its toll is the one the other outlet disputes");
    }
}
