using ClaimCheck.Claims;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Figures for a part of a country: a city or region inside it after the figure ("65,000 of them in the capital", "in the
/// northern region alone"), named or stated as a part, and the country itself named as the whole. Sentences written for these tests.</summary>
public class PlacePartTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static List<Claim> QuantityClaims(string text, ClaimPipeline? pipeline = null) =>
        (pipeline ?? Pipeline).Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 6))]).Claims.Where(c => c.Quantity is not null).ToList();

    private static readonly ClaimPipeline MadeUpPlaces = new ClaimPipelineBuilder()
        .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nplace\tBrenmoor\tBrenmoor\tVorland\nplace\tLindenport\tLindenport\tVorland\nplace\tKestrel Bay\tKestrel Bay\tVorland\nplace\tArlow\tArlow\tVorland\n", "places.tsv"))
        .Build();

    private static Claim MadeUpClaimFor(string text, double value) =>
        MadeUpPlaces.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 6))]).Claims.Should()
            .Contain(c => c.Quantity != null && c.Quantity.Value.Value == value, "'{0}' states {1}", text, value).Which;

    private static Claim ClaimFor(string text, double value)
    {
        var claims = QuantityClaims(text);
        claims.Should().Contain(c => c.Quantity!.Value.Value == value, "'{0}' states {1}", text, value);
        return claims.First(c => c.Quantity!.Value.Value == value);
    }

    [Theory]
    [InlineData("The unions said 400,000 people marched across Kenya, 90,000 of them in Nairobi.", 90000, "Nairobi", PlacePart.Stated)]
    [InlineData("The ministry said 320,000 people marched in Spain, 45,000 of them in the capital.", 45000, "Madrid", PlacePart.Stated)]
    [InlineData("Police said 12,000 people marched in Nairobi on Tuesday.", 12000, "Nairobi", PlacePart.Named)]
    [InlineData("Police shot 12 protesters in Nairobi and Vellstrom called for an inquiry.", 12, "Nairobi", PlacePart.Named)]
    [InlineData("In the capital, the police said 7,000 people took part in the march against the tax in Spain.", 7000, "Madrid", PlacePart.Stated)]
    [InlineData("In the western city of Nairobi, police said 6,300 people took part in the march against the tax in Kenya.", 6300, "Nairobi", PlacePart.Named)]
    [InlineData("In the Kenyan city of Nairobi, police said 6,300 people took part in the march against the tax in Kenya.", 6300, "Nairobi", PlacePart.Named)]
    [InlineData("In the Kenyan capital, police said 5,150 people took part in the march against the tax in Kenya.", 5150, "Nairobi", PlacePart.Stated)]
    [InlineData("Police said 5,150 people gathered in the capital's main square to march against the tax in Kenya.", 5150, "Nairobi", PlacePart.Named)]
    [InlineData("In the coastal city of Mombasa, police said 2,270 people took part in the march against the tax in Kenya.", 2270, "Mombasa", PlacePart.Named)]
    [InlineData("In the busy port city of Mombasa, police said 2,270 people took part in the march against the tax in Kenya.", 2270, "Mombasa", PlacePart.Named)]
    public void Extract_FigureForACityInsideTheCountry_IsAPartThere(string text, double value, string place, PlacePart part)
    {
        var claim = ClaimFor(text, value);

        claim.Place.Should().Be(place);
        claim.Part.Should().Be(part);
    }

    [Theory]
    [InlineData("Halvex will cut 2,400 jobs in Kestrel Bay. Another 1,150 jobs will go in several Brenmoor plants, the notice says.", 1150, "Brenmoor")]
    [InlineData("The storm killed 14 people in Kestrel Bay. Another 6 people died in many Lindenport suburbs, officials said.", 6, "Lindenport")]
    public void Extract_FigureInPlacesAQuantifiedPlaceNameQualifies_IsThatPlacesPart(string text, double value, string place)
    {
        MadeUpClaimFor(text, value).Place.Should().Be(place, "the places counted lie in the place whose name qualifies them");
    }

    [Theory]
    [InlineData("A landslide hit Vorland on Sunday. In Brenmoor, 61 people died and 40 were hurt; in Lindenport, 17 died and 9 were hurt.", 17, "Lindenport")]
    [InlineData("A landslide hit Vorland on Sunday. In Brenmoor, 61 people died and 40 were hurt; in Lindenport, 17 died and 9 were hurt.", 9, "Lindenport")]
    [InlineData("A landslide hit Vorland on Sunday. In Brenmoor, 61 people died and 40 were hurt; in Lindenport, 17 died and 9 were hurt.", 61, "Brenmoor")]
    public void Extract_FigureInAClauseOpenedByALocativeAfterASemicolon_IsThatPlacesPart(string text, double value, string place)
    {
        MadeUpClaimFor(text, value).Place.Should().Be(place, "the place opening the figure's own clause, not the sentence's first, is where it was counted");
    }

    [Theory]
    [InlineData("A landslide hit Vorland on Sunday. Medics sent to Brenmoor counted 46 dead there by nightfall.", 46, "Brenmoor")]
    [InlineData("A strike shut the ports of Vorland overnight. A court in Lindenport has heard that 310 dockers were arrested there this week.", 310, "Lindenport")]
    [InlineData("A storm crossed Vorland overnight. The mayor of Kestrel Bay said 27 people were hurt there and 5 died.", 27, "Kestrel Bay")]
    public void Extract_FigureWhoseClausePointsBackWithThere_IsThePlaceNamedBeforeIt(string text, double value, string place)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be(place, "'there' after the figure points back to the place the sentence named before it");
        claim.PlaceWithin.Should().Be("Vorland");
        claim.Part.Should().Be(PlacePart.Named);
    }

    [Theory]
    [InlineData("A landslide hit Vorland on Sunday. Officials in Brenmoor said 12 people died and there is little hope for the rest.", 12)]
    [InlineData("A landslide hit Vorland on Sunday. Officials in Brenmoor said 12 people died and there had been no warning.", 12)]
    [InlineData("A landslide hit Vorland on Sunday. Officials in Brenmoor said 12 people died and there will be an inquiry.", 12)]
    [InlineData("A storm crossed Vorland overnight. The ministry in Vorland said 88 people had died there.", 88)]
    public void Extract_ThereThatIsExistentialOrPointsBackToTheCountry_MakesNoPart(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Part.Should().NotBe(PlacePart.Named, "an existential 'there' after the figure and a 'there' for the whole country name no part");
        claim.PlaceWithin.Should().BeNull();
    }

    [Theory]
    [InlineData("A landslide hit Vorland on Sunday. In Brenmoor, 61 people died; in neighbouring Lindenport, 17 died.", 17, "Lindenport")]
    [InlineData("A landslide hit Vorland on Sunday. Two towns were hit hardest: in Lindenport, 17 people died and 9 were hurt.", 17, "Lindenport")]
    [InlineData("Rallies were held across Vorland on Saturday. Some 52,000 people rallied in Brenmoor, and in Lindenport, close to 8,500 joined the march.", 8500, "Lindenport")]
    [InlineData("A storm crossed Vorland overnight. Roofs were torn off in Brenmoor, while in Kestrel Bay, 14 people were hurt.", 14, "Kestrel Bay")]
    public void Extract_FigureInAClauseOpenedByALocative_IsThatPlacesPart(string text, double value, string place)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be(place, "the locative that opens the figure's own clause says where it was counted");
        claim.PlaceWithin.Should().Be("Vorland");
    }

    [Theory]
    [InlineData("A landslide hit the hills of Kenya on Sunday. In Arlow district, 61 people died; in neighbouring Tallis district, 17 died.", 17, "Tallis")]
    [InlineData("A landslide hit the hills of Kenya on Sunday. Two districts were hit hardest: in the Tallis district, 17 people died.", 17, "Tallis")]
    public void Extract_FigureInAClauseOpenedByAPlaceItsNounNames_IsThatPlacesPart(string text, double value, string place)
    {
        var claim = ClaimFor(text, value);

        claim.Place.Should().Be(place, "a name the gazetteer does not know is a place by its place noun");
        claim.PlaceWithin.Should().Be("Kenya");
    }

    [Theory]
    [InlineData("A landslide hit Vorland on Sunday. In Brenmoor, 61 people died, and 40 were hurt.", 40, "Brenmoor")]
    [InlineData("A landslide hit Vorland on Sunday. In Brenmoor, 61 people died: 40 were hurt.", 40, "Brenmoor")]
    public void Extract_FigureInAClauseOpenedWithoutAPlace_KeepsTheSentencesOpeningPlace(string text, double value, string place)
    {
        MadeUpClaimFor(text, value).Place.Should().Be(place, "a clause after a comma or colon that names no place of its own is still the opening place's");
    }

    [Fact]
    public void Extract_FigureInAClauseAfterTheClauseAPlaceOpens_IsNotThatPlacesPart()
    {
        var claim = MadeUpClaimFor("A storm crossed Vorland overnight. Rescuers in Brenmoor, and in Lindenport, report more bodies than the interior ministry, which puts its own tally at 23 dead.", 23);

        claim.Place.Should().NotBe("Lindenport", "the figure stands in a clause of its own after the one the place opens");
    }

    [Fact]
    public void Extract_FigureInAClauseAfterASemicolonThatOpensWithNoPlace_DoesNotTakeTheSentencesOpeningPlace()
    {
        var claim = MadeUpClaimFor("A landslide hit Vorland on Sunday. In Brenmoor, 61 people died; across the country, 88 died.", 88);

        claim.Place.Should().NotBe("Brenmoor");
    }

    [Theory]
    [InlineData("Floods killed 40 people in Nairobi and Mombasa on Tuesday, the Red Cross said.", 40, "Nairobi, Mombasa")]
    public void Extract_FigureForTwoPlaces_IsAPartOfBothTogether(string text, double value, string places)
    {
        var claim = ClaimFor(text, value);

        claim.Place.Should().Be(places);
        claim.Part.Should().Be(PlacePart.Named, "two places are a part of their country together, neither one alone");
    }

    [Theory]
    [InlineData("Organisers expect 6,500 cyclists to start in Kisumu or Nakuru next month.", 6500)]
    [InlineData("About 2,400 volunteers planted trees in Nairobi and Quellby during the weekend, the council reported.", 2400)]
    [InlineData("About 2,400 volunteers planted trees in Nairobi and Quellby.", 2400)]
    public void Extract_FigureForTwoPlacesOneUnknownOrAlternatives_IsNotTheFirstPlaceAlone(string text, double value)
    {
        var claim = ClaimFor(text, value);

        claim.Place.Should().NotBe("Nairobi", "the figure is for both places or for one the text does not name");
        claim.Place.Should().NotBe("Kisumu", "\"or\" gives one of the two places, not a figure for both nor for the first");
        claim.Place.Should().NotBe("Kisumu, Nakuru");
    }

    [Theory]
    [InlineData("Medics treated 31 people for burns in Nairobi, Kisumu, Nakuru and Mombasa during the holiday, the health ministry reported.", 31)]
    [InlineData("The commission counted 31 dead in Nairobi, Kisumu, Vellmar, Nakuru and Mombasa.", 31)]
    public void Extract_FigureListingThreeOrMorePlaces_IsNoneOfThemAlone(string text, double value)
    {
        var claim = ClaimFor(text, value);

        claim.Place.Should().NotBe("Nairobi", "the list says where the count happened; it is not Nairobi's");
        claim.Part.Should().NotBe(PlacePart.Named);
    }

    [Theory]
    [InlineData("Unions in Vorland held a day of strikes. The union counted over 800,000 marchers in Lindenport and across the regions on Saturday.", 800000)]
    [InlineData("Vorland held its cycling week. Organisers counted 64,000 cyclists in Brenmoor and beyond over the weekend.", 64000)]
    [InlineData("Teachers in Vorland went on strike. About 9,500 teachers walked out in Kestrel Bay, and in the rest of the country, the ministry said.", 9500)]
    public void Extract_PlaceJoinedToTheRestOfItsCountry_IsNoPart(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Part.Should().NotBe(PlacePart.Named, "the place and the rest of its country together are the whole");
        claim.Place.Should().BeNull();
    }

    [Theory]
    [InlineData("The storm struck Brenmoor and Kestrel Bay on Monday and killed 42 people, officials said.", 42)]
    [InlineData("The storm battered Arlow, Lindenport and Kestrel Bay, leaving 42 people dead.", 42)]
    public void Extract_FigureAfterPlacesJoinedByAnd_IsTheirCountrysNotTheLastPlaces(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Subject.Should().Be("Vorland", "a figure after places joined by 'and' is theirs together, so it is the country they lie in");
        claim.Place.Should().NotBe("Kestrel Bay", "the last place named is not the figure's alone");
        claim.Place.Should().NotBe("Brenmoor");
    }

    [Theory]
    [InlineData("The storm struck Kestrel Bay on Monday and killed 42 people, officials said.", 42, "Kestrel Bay")]
    [InlineData("Officials in Brenmoor said the storm struck Kestrel Bay and killed 42 people.", 42, "Kestrel Bay")]
    public void Extract_FigureAfterOnePlace_KeepsThatPlace(string text, double value, string place) =>
        MadeUpClaimFor(text, value).Place.Should().Be(place, "one place struck is no pair, whatever other place the sentence names");

    [Theory]
    [InlineData("Teachers in Vorland went on strike. About 9,500 teachers walked out in Kestrel Bay and Brenmoor, the ministry said.", 9500)]
    public void Extract_PlaceJoinedToAnotherPlace_StaysAPart(string text, double value) =>
        MadeUpClaimFor(text, value).Part.Should().Be(PlacePart.Named);

    [Theory]
    [InlineData("Teachers in Vorland went on strike. About 9,500 teachers walked out in Kestrel Bay, and elsewhere pupils stayed home.", 9500, "Kestrel Bay")]
    [InlineData("Farmers in Vorland protested. Some 2,000 farmers marched in Brenmoor and beyond the ring road police stopped their tractors.", 2000, "Brenmoor")]
    public void Extract_RestWordOpeningAClauseOrANounPhrase_KeepsThePlace(string text, double value, string place) =>
        MadeUpClaimFor(text, value).Place.Should().Be(place, "'elsewhere' opening a clause and 'beyond' before a noun do not join the rest of the country");

    [Theory]
    [InlineData("Rescue teams have treated 930 injured since the quake struck Vorland, most of them in Lindenport.", 930, "Lindenport")]
    [InlineData("The storm cut power to 18,000 homes across Vorland, mostly in Brenmoor, the grid operator said.", 18000, "Brenmoor")]
    [InlineData("The agency said 2,750 people were injured in Vorland, almost half of them in Kestrel Bay.", 2750, "Kestrel Bay")]
    public void Extract_UnnumberedPartAside_DoesNotPlaceTheWholeFigure(string text, double value, string asidePlace)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().NotBe(asidePlace, "the place in the aside is that of a part the text gives no figure, not the whole figure's");
    }

    [Theory]
    [InlineData("Officials said 40 people died in the floods across Vorland, including 12 in Brenmoor.", 40)]
    [InlineData("The agency said 75 people were hurt in the storm in Vorland, among them 9 in Brenmoor.", 75)]
    [InlineData("Storms flooded 300 homes across Vorland, of which 80 in Brenmoor, the agency said.", 300)]
    public void Extract_PlaceAfterAPartsFigure_IsNotTheWholeFiguresPlace(string text, double value)
    {
        MadeUpClaimFor(text, value).Place.Should().NotBe("Brenmoor", "the place after 'including 12' is that part's, not the whole figure's");
    }

    [Fact]
    public void Extract_WholeFigureBeforeIncludingAPartsFigureAndPlace_TakesNoPlaceFromThePart()
    {
        ClaimFor("Officials said 40 people died, including 12 in Lyon.", 40).Place.Should().NotBe("Lyon", "Lyon is where the 12 died");
        ClaimFor("Officials said 40 people died, including 12 in Lyon.", 12).Place.Should().Be("Lyon");
    }

    [Theory]
    [InlineData("Officials said 40 people died in the floods across Vorland, including 12 in Brenmoor.", 12)]
    [InlineData("The agency said 75 people were hurt, among them 9 in Brenmoor.", 9)]
    [InlineData("Officials said 40 people died in Brenmoor, including 12 children.", 40)]
    public void Extract_PlaceBeforeAPartCueOrAfterThePartsFigure_IsThatFiguresPlace(string text, double value)
    {
        MadeUpClaimFor(text, value).Place.Should().Be("Brenmoor", "a place right after a figure is its own, whether it is the whole or the part");
    }

    [Theory]
    [InlineData("The Lindenport police prefecture counted 8,400 marchers on Saturday.", 8400, "Lindenport")]
    [InlineData("The Brenmoor mayor's office said 2,600 people marched against the toll road.", 2600, "Brenmoor")]
    [InlineData("The Kestrel Bay prefecture counted 1,950 marchers on Sunday.", 1950, "Kestrel Bay")]
    [InlineData("Across Vorland the rallies drew 31,000; the largest were in Lindenport, with 8,400 marchers, and Brenmoor (2,600).", 8400, "Lindenport")]
    [InlineData("The biggest crowd gathered in the port city of Kestrel Bay, with about 1,950 protesters.", 1950, "Kestrel Bay")]
    public void Extract_CrowdCountOfATownsOwnBodyOrGivenAfterTheTownAndWith_IsThatTownsPart(string text, double value, string place)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be(place, "a town's own body counts the crowd there, and ', with' gives the figure of the place before it");
        claim.PlaceWithin.Should().Be("Vorland");
        claim.Part.Should().Be(PlacePart.Named);
    }

    [Theory]
    [InlineData("The Vorland interior ministry counted 31,000 marchers on Saturday.", 31000)]
    [InlineData("Lindenport University said 2,600 people joined the rally against the toll road.", 2600)]
    [InlineData("Brenmoor was the busiest, with 2,600 marchers on its main avenue.", 2600)]
    public void Extract_CrowdCountOfANationalOrOtherBodyOrWithNoLocative_IsNoTownsPart(string text, double value)
    {
        MadeUpClaimFor(text, value).Part.Should().NotBe(PlacePart.Named, "only a town's local body, or ', with' after 'in' and the town, places the crowd there");
    }

    [Theory]
    [InlineData("About 14,000 people by the union's count, and 5,000 by the police's, marched on Friday in Lindenport.", 14000)]
    [InlineData("About 14,000 people by the union's count, and 5,000 by the police's, marched on Friday in Lindenport.", 5000)]
    public void Extract_FiguresJoinedByAndBeforeTheirVerb_ShareThePlaceAfterIt(string text, double value)
    {
        MadeUpClaimFor(text, value).Place.Should().Be("Lindenport", "two estimates joined by ', and' share the verb and the place after it");
    }

    [Fact]
    public void Extract_UnnumberedAsideClosedByAComma_LeavesThePlaceAfterItToTheFigure()
    {
        MadeUpClaimFor("Floods killed 40 people, most of them pupils, in Brenmoor on Monday.", 40).Place.Should().Be("Brenmoor");
    }

    [Fact]
    public void Extract_NumberedPartAside_StillPlacesItsOwnFigure()
    {
        ClaimFor("The unions said 400,000 people marched across Kenya, 90,000 of them in Nairobi.", 90000).Place.Should().Be("Nairobi");
    }

    [Fact]
    public void Extract_CityThenItsCountry_IsTheCityAlone()
    {
        ClaimFor("Police said 12,000 people marched in Nairobi, Kenya, on Tuesday.", 12000).Place.Should().Be("Nairobi");
    }

    [Theory]
    [InlineData("The unions said 400,000 people marched across Kenya, 90,000 of them in Nairobi.", 400000)]
    [InlineData("The unions counted more than 1.2 million people in the streets, 300,000 of them in Madrid.", 1200000)]
    public void Extract_WholeBeforeItsPart_IsNotThePart(string text, double value)
    {
        ClaimFor(text, value).Part.Should().NotBe(PlacePart.Stated, "the part cue belongs to the figure after it");
    }

    [Theory]
    [InlineData("The flood toll in Vorland climbed to 142 on Monday once nine more villagers were killed in Brenmoor.")]
    [InlineData("The landslides in Vorland had killed 142 people by Monday, when nine further villagers were killed in Brenmoor.")]
    public void Extract_PlaceOfAnotherFigureInAClauseOfItsOwn_IsNotTheTotalsPlace(string text)
    {
        var claims = QuantityClaims(text);

        claims.Single(c => c.Quantity!.Value.Value == 142).Place.Should().NotBe("Brenmoor", "Brenmoor is where the nine were killed");
        claims.Single(c => c.Quantity!.Value.Value == 142).Subject.Should().NotBe("Brenmoor");
        claims.Single(c => c.Quantity!.Value.Value == 9).Place.Should().Be("Brenmoor");
    }

    [Theory]
    [InlineData("The ministry said 320,000 people marched in Spain on Thursday.", 320000)]
    [InlineData("The ministry counted 320,000 people at more than 1,500 rallies across Spain.", 320000)]
    [InlineData("The ministry said 320,000 people marched throughout Kenya.", 320000)]
    public void Extract_FigureInTheCountryByItsOwnName_IsTheWhole(string text, double value)
    {
        ClaimFor(text, value).Part.Should().Be(PlacePart.Whole);
    }

    [Theory]
    [InlineData("Kenya's unions said 1.2 million people marched nationwide on Tuesday.", 1200000)]
    [InlineData("Kenya's unions said the overall turnout reached 1.2 million people on Tuesday.", 1200000)]
    [InlineData("Nationally, Kenya's interior ministry counted 75,000 protesters on Tuesday.", 75000)]
    [InlineData("Kenya's unions said 1.2 million people had joined marches across the country by the evening.", 1200000)]
    public void Extract_FigureWithAWholeCue_IsTheWhole(string text, double value)
    {
        ClaimFor(text, value).Part.Should().Be(PlacePart.Whole);
    }

    [Theory]
    [InlineData("Aid workers said 2,600 families were living in tents in landlocked Vorland by March.", 2600)]
    [InlineData("Aid workers said 2,600 families were living in tents in neighbouring Vorland by March.", 2600)]
    public void Extract_FigureInACountryAfterAModifierOfTheWholeCountry_IsTheWhole(string text, double value)
    {
        MadeUpClaimFor(text, value).Part.Should().Be(PlacePart.Whole, "'landlocked' and 'neighbouring' describe the whole country, not a region of it");
    }

    [Theory]
    [InlineData("Aid workers said 2,600 families were living in tents in coastal Vorland by March.", 2600)]
    [InlineData("Aid workers said 2,600 families were living in tents in mountainous Vorland by March.", 2600)]
    public void Extract_FigureInACountryAfterAnAreaModifier_IsNotTheWhole(string text, double value)
    {
        MadeUpClaimFor(text, value).Part.Should().NotBe(PlacePart.Whole, "'coastal' and 'mountainous' name a region of the country");
    }

    [Theory]
    [InlineData("Police said 40,000 people took part in Kenya's largest strike in years.", 40000)]
    [InlineData("Police said 40,000 people took part in a Kenya town rally on Tuesday.", 40000)]
    [InlineData("Police said 40,000 people marched in southern Kenya on Tuesday.", 40000)]
    public void Extract_CountryNameQualifyingANoun_IsNotTheWhole(string text, double value)
    {
        ClaimFor(text, value).Part.Should().NotBe(PlacePart.Whole, "the country's name qualifies the noun after it; it is not where the figure is");
    }

    [Fact]
    public void Extract_PlaceFollowedByAlone_IsAStatedPartForEveryFigureBeforeIt()
    {
        var claims = QuantityClaims("Barsana, Bangladesh's third city, was hit hardest. Officials said 210 deaths and 800 injuries were confirmed in the Barsana district alone.");

        claims.Where(c => c.Quantity!.Value.Value is 210 or 800).Should().HaveCount(2)
            .And.AllSatisfy(c => (c.Place, c.Part).Should().Be(("Barsana", PlacePart.Stated)));
    }

    [Fact]
    public void Extract_NextSentenceSayingTheFiguresCoverOnlyAPlace_MakesThemPartsThere()
    {
        var claims = QuantityClaims("Barsana, Bangladesh's third city, was hit hardest. The government says the cyclone has killed 300 people and injured 900. These figures cover only the Barsana district.");

        claims.Where(c => c.Quantity!.Value.Value is 300 or 900).Should().HaveCount(2)
            .And.AllSatisfy(c => (c.Place, c.Part).Should().Be(("Barsana", PlacePart.Stated)));
    }

    [Fact]
    public void Extract_CountsEachGivenForAPlaceAfterIt_AreEachThatPlacesOwn()
    {
        var claims = QuantityClaims("Storms swept Vorland on Monday. By Tuesday the agency's tally gave 14 deaths for Brenmoor, 9 for Kestrel Bay and 3 for Lindenport, with 25 counted in all.", MadeUpPlaces);

        claims.Select(c => (c.Quantity!.Value.Value, c.Place, c.Subject)).Should().Contain([
            (14d, "Brenmoor", "Vorland"), (9d, "Kestrel Bay", "Vorland"), (3d, "Lindenport", "Vorland")],
            "a place named by 'for' right after a count is that count's, not the sentence's first place");
    }

    [Theory]
    [InlineData("The court jailed 14 people for Brenmoor fraud in Lindenport on Monday.")]
    [InlineData("Floods killed 14 people in Lindenport, and the agency set aside beds for Brenmoor and Kestrel Bay.")]
    public void Extract_PlaceAfterForThatQualifiesANounOrIsNotRightAfterTheCount_IsNotItsPlace(string text)
    {
        QuantityClaims(text, MadeUpPlaces).Should().Contain(c => c.Quantity!.Value.Value == 14)
            .Which.Place.Should().NotBe("Brenmoor", "'for Brenmoor' here does not give where the 14 were counted");
    }

    [Theory]
    [InlineData("An earthquake struck Vorland on Monday. Brenmoor reported 26 injured.", 26, "Brenmoor")]
    [InlineData("An earthquake struck Vorland on Monday. Lindenport was hit hardest, with 61 dead; Brenmoor reported 13 dead.", 13, "Brenmoor")]
    public void Extract_TollThatAPlaceReportsItself_IsCountedThere(string text, double value, string place)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be(place, "a place that reports a toll gives its own count, as '26 injured in Brenmoor' would");
        claim.Subject.Should().Be("Vorland");
        claim.Part.Should().Be(PlacePart.Event);
    }

    [Theory]
    [InlineData("Drones struck Ukraine overnight. Kyiv reported 17 civilians killed.", 17, "Kyiv")]
    [InlineData("Storms swept the United States on Monday. Washington reported 43 dead.", 43, "Washington")]
    public void Extract_TollThatACapitalReports_IsTheGovernmentsNotTheCitys(string text, double value, string capital)
    {
        ClaimFor(text, value).Place.Should().NotBe(capital, "a capital that reports speaks for its country's government");
    }

    [Fact]
    public void Extract_TollAHeadlineGivesAfterAPlacesName_IsNotPlacedThere()
    {
        MadeUpClaimFor("Brenmoor: 26 injured as an earthquake strikes Vorland", 26).Place.Should().NotBe("Brenmoor", "a headline's colon names no reporter");
    }

    [Fact]
    public void Check_TollsThatTwoPlacesReport_AreNotSetAgainstTheNationalTolls()
    {
        var report = MadeUpPlaces.Check(
        [
            new Document("wire", "An earthquake struck Vorland on Monday. Officials said 372 people were injured. Brenmoor reported 26 injured. Lindenport reported 36 injured.", "Test Wire", new DateOnly(2025, 5, 6)),
            new Document("daily", "An earthquake struck Vorland on Monday. Officials said 380 people were injured.", "Test Daily", new DateOnly(2025, 5, 6)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == ClaimCheck.Comparison.FindingKind.NumericDiscrepancy, "the two national tolls still differ").Subject;
        discrepancy.Sides.SelectMany(side => side.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value)
            .Should().BeEquivalentTo([372.0, 380.0], "each place's own count is a part of the toll, not a rival of it");
    }

    [Theory]
    [InlineData("Turnout in the Vorland referendum was 31%. Turnout was as low as 21% in regions such as Brenmoor, the commission said.", 21, "Brenmoor")]
    [InlineData("Turnout in the Vorland referendum was 31%. Turnout fell to 21% in provinces like Lindenport on Sunday.", 21, "Lindenport")]
    [InlineData("A storm crossed Vorland overnight. The storm left 4,300 homes without power in cities including Kestrel Bay, the utility said.", 4300, "Kestrel Bay")]
    public void Extract_FigureInPlacesNamedAsExamples_IsAStatedPart(string text, double value, string place)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be(place, "the places named after 'such as' are those the figure is given for");
        claim.Part.Should().Be(PlacePart.Stated, "examples of several places make the figure a part, not the country's whole");
    }

    [Theory]
    [InlineData("Turnout in the Vorland referendum was 31%. Turnout reached 21% in Brenmoor, the commission said.", 21)]
    [InlineData("Turnout in the Vorland referendum was 31%. Turnout was 21% in areas such as health and schooling, the commission said.", 21)]
    public void Extract_FigureWithNoExampleOfPlaces_IsNoStatedPart(string text, double value)
    {
        MadeUpClaimFor(text, value).Part.Should().NotBe(PlacePart.Stated, "a place named alone, or examples that are no places, state no part");
    }

    [Fact]
    public void Check_TurnoutInExampleRegions_IsNotSetAgainstTheNationalTurnout()
    {
        var report = MadeUpPlaces.Check(
        [
            new Document("wire", "Final figures put turnout in the Vorland referendum at 31%. Turnout was as low as 21% in regions such as Brenmoor.", "Test Wire", new DateOnly(2025, 5, 6)),
            new Document("daily", "Turnout in the Vorland referendum was 31%, the commission said.", "Test Daily", new DateOnly(2025, 5, 6)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == ClaimCheck.Comparison.FindingKind.NumericDiscrepancy,
            "the example regions' turnout is a part of the country's, not a rival of it");
    }

    [Fact]
    public void Check_TwoTurnoutsForTheSameExampleRegions_StillDisagree()
    {
        var report = MadeUpPlaces.Check(
        [
            new Document("wire", "Turnout in the Vorland referendum was 31%. Turnout was as low as 21% in regions such as Brenmoor.", "Test Wire", new DateOnly(2025, 5, 6)),
            new Document("daily", "Turnout in the Vorland referendum was 31%. Turnout was as low as 17% in regions such as Brenmoor.", "Test Daily", new DateOnly(2025, 5, 6)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == ClaimCheck.Comparison.FindingKind.NumericDiscrepancy, "the same part's turnout differs").Subject;
        discrepancy.Sides.SelectMany(side => side.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value)
            .Should().BeEquivalentTo([21.0, 17.0]);
    }

    [Theory]
    [InlineData("A cholera outbreak spread through Vorland in May. Cholera cases in Brenmoor have risen to 420, the health ministry said.", 420, "Brenmoor")]
    [InlineData("A cholera outbreak spread through Vorland in May. Confirmed infections in Kestrel Bay, a port city in the south, jumped to 915 this week.", 915, "Kestrel Bay")]
    public void Extract_FigureWhoseSubjectNamesAPlace_IsThatPlacesFigure(string text, double value, string place)
    {
        MadeUpClaimFor(text, value).Place.Should().Be(place, "the place inside the updated subject is where the figure holds");
    }

    [Theory]
    [InlineData("A cholera outbreak spread through Vorland in May. Officials in Brenmoor said cholera cases had risen to 420.", 420)]
    public void Extract_PlaceInTheSourcesName_DoesNotPlaceTheFigure(string text, double value)
    {
        MadeUpClaimFor(text, value).Place.Should().NotBe("Brenmoor", "a place in the source's name is not the figure's");
    }

    [Theory]
    [InlineData("A cholera outbreak spread through Vorland in May. Brenmoor has recorded 412 cholera cases since then.", 412, "Brenmoor")]
    [InlineData("A cholera outbreak spread through Vorland in May. Since then Kestrel Bay alone had registered 20 deaths, the ministry said.", 20, "Kestrel Bay")]
    public void Extract_PlaceInsideACountryAsTheSubjectOfARecordVerb_IsThatPlacesPart(string text, double value, string place)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be(place, "a place that records a figure is where it was counted");
        claim.PlaceWithin.Should().Be("Vorland");
    }

    [Theory]
    [InlineData("A cholera outbreak spread through Vorland in May. Over the weekend Brenmoor has recorded 19 deaths and 264 suspected cases.", 264, "Brenmoor")]
    [InlineData("A cholera outbreak spread through Vorland in May. Kestrel Bay alone has registered 31 deaths and 480 suspected cases since then.", 480, "Kestrel Bay")]
    [InlineData("A cholera outbreak spread through Vorland in May. Kestrel Bay has logged 6 deaths, 52 admissions, and 310 suspected cases since then.", 310, "Kestrel Bay")]
    [InlineData("A cholera outbreak spread through Vorland in May. Kestrel Bay has logged 6 deaths, 52 admissions, and 310 suspected cases since then.", 52, "Kestrel Bay")]
    public void Extract_FigureListedAfterTheFirstObjectOfAPlacesRecordVerb_IsThatPlacesPartToo(string text, double value, string place)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be(place, "a figure listed after the first object of the place's verb is recorded there as well");
        claim.PlaceWithin.Should().Be("Vorland");
    }

    [Theory]
    [InlineData("A cholera outbreak spread through Vorland in May. Brenmoor has recorded 412 cholera cases while the ministry counted 900 cases in all.", 900)]
    [InlineData("A cholera outbreak spread through Vorland in May. Brenmoor has recorded 412 cholera cases and officials said 900 cases were counted in all.", 900)]
    public void Extract_FigureOfAnotherClauseAfterAPlacesRecordVerb_IsNoPartOfThatPlace(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().NotBe("Brenmoor", "a figure in a clause of its own is not the recording place's");
    }

    [Theory]
    [InlineData("A cholera outbreak spread through Vorland in May. Brenmoor has recorded 412 cholera cases, and 900 cases were counted nationwide, the ministry said.", 900, "Brenmoor")]
    [InlineData("A cholera outbreak spread through Vorland in May. Kestrel Bay has recorded 38 cases, and 640 cases were counted countrywide.", 640, "Kestrel Bay")]
    public void Extract_FigureWhoseOwnClauseCarriesAWholeCue_IsNotItsReportingTownsFigure(string text, double value, string town)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().NotBe(town, "a figure given nationwide or across the country is the whole's, not a town's");
    }

    [Theory]
    [InlineData("A cholera outbreak spread through Vorland in May. Brenmoor has recorded 412 cholera cases in all.", 412)]
    [InlineData("A cholera outbreak spread through Vorland in May. Brenmoor has recorded 412 cholera cases, and 900 cases were counted nationwide, the ministry said.", 412)]
    [InlineData("Voters went to the polls across Vorland on Sunday. Turnout was 40% nationwide and 23% in Brenmoor.", 23)]
    [InlineData("Unrest spread across Vorland on Wednesday. Police said 200 people were arrested in Brenmoor as nationwide protests began.", 200)]
    public void Extract_TownsFigureBesideAWholeCuedOne_KeepsTheTown(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be("Brenmoor", "only the figure whose own clause carries the whole cue is the whole's");
    }

    [Theory]
    [InlineData("A cholera outbreak spread through Vorland in May. Officials in Brenmoor recorded 412 cholera cases since then.", 412)]
    [InlineData("A cholera outbreak spread through Vorland in May. Brenmoor police recorded 412 thefts since then.", 412)]
    [InlineData("A cholera outbreak spread through Vorland in May. Brenmoor lies in the north. Vorland has recorded 412 cholera cases since then, the ministry said.", 412)]
    public void Extract_RecordVerbAfterAPrepositionABodyOrACountry_IsNoTownsPart(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().NotBe("Brenmoor", "only the place itself as the verb's subject is where the figure was counted");
        claim.Part.Should().NotBe(PlacePart.Event);
    }

    [Theory]
    [InlineData("Rioting spread through Vorland on Friday. Brenmoor police said 40 people were arrested overnight.", 40, "Brenmoor")]
    [InlineData("Storms lashed Vorland all week. The Kestrel Bay mayor's office put the number of injured at 12.", 12, "Kestrel Bay")]
    [InlineData("An earthquake struck Vorland on Monday. The Lindenport police reported 26 injured.", 26, "Lindenport")]
    [InlineData("Storms lashed Vorland all week. Brenmoor officials said 7 people were missing.", 7, "Brenmoor")]
    public void Extract_OutcomeCountWhoseSourceIsAPlacesOwnBody_IsCountedThere(string text, double value, string place)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be(place, "a place's own police, mayor or officials count what happened where they serve");
        claim.PlaceWithin.Should().Be("Vorland");
        claim.Part.Should().Be(PlacePart.Event, "whether it is the whole toll or that place's part is the story's to tell");
    }

    [Theory]
    [InlineData("Rioting spread through Vorland on Friday. A Brenmoor police spokesperson said 320 people were arrested overnight.", 320, "Brenmoor")]
    [InlineData("Rioting spread through Vorland on Friday. The Brenmoor police spokesperson said 320 people were arrested overnight.", 320, "Brenmoor")]
    [InlineData("Fires burned across Vorland on Friday. An Arlow fire service officer said 26 people were hurt.", 26, "Arlow")]
    [InlineData("Storms lashed Vorland all week. Officials said the roads were shut, and a Kestrel Bay fire service officer said 12 people were hurt.", 12, "Kestrel Bay")]
    [InlineData("Rioting spread through Vorland on Friday. Police in Vorland's Brenmoor province said 40 people were arrested overnight.", 40, "Brenmoor")]
    [InlineData("Rioting spread through Vorland on Friday. Lindenport police spokesman Adam Marczak said the streets were calm. Later, Marczak said 37 people were arrested.", 37, "Lindenport")]
    public void Extract_OutcomeCountOfAPlacesBodyAfterAnArticleInACountrysPlaceOrNamedEarlier_IsCountedThere(string text, double value, string place)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be(place, "'a Brenmoor police spokesperson', 'police in Vorland's Brenmoor province' and a spokesman of Lindenport's police named again by surname all speak for that place's body");
        claim.PlaceWithin.Should().Be("Vorland");
        claim.Part.Should().Be(PlacePart.Event);
    }

    [Theory]
    [InlineData("Rioting spread through Vorland on Friday. A Brenmoor police spokesperson said the nationwide toll rose to 80.", 80)]
    [InlineData("Rioting spread through Vorland on Friday. Adam Marczak of Brenmoor said the streets were calm. Later, Marczak said 37 people were arrested.", 37)]
    public void Extract_WholeCuedCountOrAPersonOfNoBody_IsNotCountedAtTheNamedPlace(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().NotBe("Brenmoor", "a whole-cued toll and a person who speaks for no place's body place nothing in Brenmoor");
        claim.Part.Should().NotBe(PlacePart.Event);
    }

    [Theory]
    [InlineData("Rioting spread through Vorland on Friday. Vorland's fire service said 12 people were hurt.", 12)]
    [InlineData("Rioting spread through Vorland on Friday. Vorland police spokesman Adam Marczak said the streets were calm. Later, Marczak said 37 people were arrested.", 37)]
    public void Extract_CountACountrysOwnBodyGives_IsNoPlaceInsideTheCountry(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.PlaceWithin.Should().BeNull("a country's own body speaks for the whole country, no place inside it");
        claim.Part.Should().NotBe(PlacePart.Event);
    }

    [Fact]
    public void Extract_CapitalsPoliceNamedEarlierGivingANationwideCount_IsNotTheCapitalsCount()
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\ncapital\tAldmere\tVorland\t\n", "places.tsv"))
            .Build();
        var claims = pipeline.Check([new Document("doc",
            "Rioting spread through Vorland on Friday. Aldmere police spokesman Adam Marczak said the capital was calm. Later, Marczak said 80 people were arrested nationwide.",
            "Test Wire", new DateOnly(2025, 5, 6))]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 80).Which.Place
            .Should().NotBe("Aldmere", "a count the capital's police give for the whole country stays the country's");
    }

    [Theory]
    [InlineData("Rioting spread through Vorland on Friday. Brenmoor police said the nationwide toll rose to 80.", 80)]
    [InlineData("Rioting spread through Vorland on Friday. Police in Brenmoor said 40 people were arrested overnight.", 40)]
    [InlineData("Rioting spread through Vorland on Friday. The Vorland police said 40 people were arrested overnight.", 40)]
    [InlineData("A march crossed Vorland's capital on Friday. Brenmoor police said 40,000 people took part.", 40000)]
    public void Extract_WholeCuedCountOrNoPlaceBodyOrACrowd_IsNotCountedAtTheBodysPlace(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().NotBe("Brenmoor", "a whole-cued toll, a body after 'in', a country's body and a crowd stay as they were");
        claim.Part.Should().NotBe(PlacePart.Event);
    }

    [Fact]
    public void Extract_OutcomeCountOfACapitalsOfficials_IsTheCountrysCount()
    {
        ClaimFor("Kyiv officials said 26 civilians were killed in the strikes.", 26).Place.Should().NotBe("Kyiv", "a capital's officials speak for its government");
    }

    [Fact]
    public void Check_TownPoliceTollOfAnEventInThatTown_IsComparedWithTheOtherToll()
    {
        var report = MadeUpPlaces.Check(
        [
            new Document("wire", "A fire swept a market in Brenmoor on Friday. Twenty people died in the fire, the ministry said.", "Test Wire", new DateOnly(2025, 5, 6)),
            new Document("daily", "A fire swept a market in Brenmoor on Friday. Brenmoor police said 26 people died in the fire.", "Test Daily", new DateOnly(2025, 5, 6)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == ClaimCheck.Comparison.FindingKind.NumericDiscrepancy, "the town's police give the whole toll of a fire there");
    }

    [Theory]
    [InlineData("Floods swept Vorland last week. Storm damage was worst in Kestrel Bay; 160 boats were swept out to sea.", 160)]
    public void Extract_FigureOpeningAClauseOfItsOwn_TakesNoPlaceFromTheClauseBefore(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().NotBe("Kestrel Bay", "a figure with its own noun and verb after a clause break is not the earlier clause's subject's");
        claim.Subject.Should().Be("Vorland");
    }

    [Theory]
    [InlineData("Floods swept Vorland last week. Kestrel Bay reported 14 deaths; 12 were injured.", 12)]
    [InlineData("Floods swept Vorland last week. Kestrel Bay lost 14 boats to the storm and 12 fishermen drowned.", 12)]
    [InlineData("Floods swept Vorland last week. Kestrel Bay lost its harbour wall, and 23 fishermen are still missing.", 23)]
    [InlineData("Floods swept Vorland last week. Kestrel Bay lost its harbour wall, while 23 fishermen are still missing.", 23)]
    public void Extract_BareFigureOrNoClauseBreakAfterAPlacesClause_KeepsThePlace(string text, double value)
    {
        var claim = MadeUpClaimFor(text, value);

        claim.Place.Should().Be("Kestrel Bay", "a bare number leans on the clause before, and a clause joined by a comma and \"and\" or \"while\" is mostly about the same place");
    }
}
