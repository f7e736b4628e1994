using ClaimCheck.Entities;

namespace ClaimCheck.Tests.Entities;

/// <summary>Places no list knows, recognised from the words around them (sentences written for these tests; the names are made up).</summary>
public class PlaceRuleTests
{
    [Theory]
    // Locatives.
    [InlineData("Heavy rain flooded streets in Brenmoor on Monday.", "Brenmoor", "Brenmoor", "locative")]
    [InlineData("Rescuers searched for survivors near Kalvassa after the dam burst.", "Kalvassa", "Kalvassa", "locative")]
    [InlineData("Fighting continued outside Ustrevo for a third day.", "Ustrevo", "Ustrevo", "locative")]
    [InlineData("A curfew was imposed in northern Drevik after the clashes.", "Drevik", "Drevik", "locative")]
    [InlineData("In Orvanto, about 12,000 people marched against the reform.", "Orvanto", "Orvanto", "locative")]
    [InlineData("Dozens were arrested in the Pelluna Basin overnight.", "Pelluna Basin", "Pelluna Basin", "place-noun")]
    [InlineData("Protests spread across Nolinka and Zarovec on Saturday.", "Zarovec", "Zarovec", "locative")]
    [InlineData("Protests were held in Quillan, Marisko and Tevenna.", "Marisko", "Marisko", "locative")]
    [InlineData("Protests were held in Quillan, Marisko and Tevenna.", "Tevenna", "Tevenna", "locative")]
    [InlineData("Shops closed in Quillan, Marisko, Tevenna and Dorvel.", "Tevenna", "Tevenna", "locative")]
    [InlineData("Protests erupted in Quillan, Marisko, Tevenna, the interior ministry said.", "Tevenna", "Tevenna", "locative")]
    [InlineData("Two bridges collapsed in São Ravello de Cima during the storm.", "São Ravello de Cima", "São Ravello de Cima", "locative")]
    [InlineData("Most of the victims lived in Wad al-Sharif, a farming village.", "Wad al-Sharif", "Wad al-Sharif", "locative")]
    [InlineData("The tower fell in a resort town just north of Kelvarra on Thursday.", "Kelvarra", "Kelvarra", "locative")]
    [InlineData("The quake struck 60 km south-west of Doruvan at dawn.", "Doruvan", "Doruvan", "locative")]
    // A title that is the subject of the reporting verb is no apposition: the name before the comma is still a place.
    [InlineData("Nine people drowned in Halvesk, the district governor said on Monday.", "Halvesk", "Halvesk", "locative")]
    [InlineData("At least 31 homes burned in Corvena, the mayor told reporters.", "Corvena", "Corvena", "locative")]
    // Place nouns.
    [InlineData("The landslide buried homes in Karnavi province on Friday.", "Karnavi province", "Karnavi", "place-noun")]
    [InlineData("Officials in the Tembor district said roads were cut.", "Tembor district", "Tembor", "place-noun")]
    [InlineData("The Velmar Province governor declared an emergency.", "Velmar Province", "Velmar", "place-noun")]
    [InlineData("Floodwater rose quickly in Harlow County overnight.", "Harlow County", "Harlow County", "place-noun")]
    [InlineData("Ferries to Brissel Island were suspended.", "Brissel Island", "Brissel Island", "place-noun")]
    [InlineData("The summit of Mount Ordava was covered in ash.", "Mount Ordava", "Mount Ordava", "place-noun")]
    [InlineData("Fans crowded into Selvano Stadium before kick-off.", "Selvano Stadium", "Selvano Stadium", "place-noun")]
    [InlineData("Residents of Yambor village fled to higher ground.", "Yambor village", "Yambor", "place-noun")]
    [InlineData("The Garvi region recorded the most cases.", "Garvi region", "Garvi", "place-noun")]
    [InlineData("The boat sank near Tolvar upazila on Sunday.", "Tolvar upazila", "Tolvar", "place-noun")]
    [InlineData("Relief reached Kestra woreda after the landslide.", "Kestra woreda", "Kestra", "place-noun")]
    // "the town of …".
    [InlineData("The fire broke out in a bar in the town of Kostavo overnight.", "Kostavo", "Kostavo", "place-noun-of")]
    [InlineData("Shelling hit the port of Maris Avel for the second time.", "Maris Avel", "Maris Avel", "place-noun-of")]
    [InlineData("The villages of Durnak, Sevel and Hollin were cut off.", "Sevel", "Sevel", "place-noun-of")]
    [InlineData("Crowds filled the streets of Marvenna until dawn.", "Marvenna", "Marvenna", "place-noun-of")]
    [InlineData("Shells landed on the outskirts of Kettrin overnight.", "Kettrin", "Kettrin", "place-noun-of")]
    // A place noun in an apposition.
    [InlineData("Lindenport, a city of 900,000 people, was cut off by the floods.", "Lindenport", "Lindenport", "apposition")]
    [InlineData("Rescuers reached Velmar, the second-largest town in the valley, at dawn.", "Velmar", "Velmar", "apposition")]
    // Nouns only places have after the name.
    [InlineData("Trevanne police said 40 people were detained.", "Trevanne", "Trevanne", "place-follower")]
    [InlineData("Many Ostrelo residents had already left.", "Ostrelo", "Ostrelo", "place-follower")]
    [InlineData("The Drevanna earthquake destroyed 300 homes.", "Drevanna", "Drevanna", "place-follower")]
    [InlineData("Kalvetto floods leave 12 dead", "Kalvetto", "Kalvetto", "place-follower")]
    public void Annotate_NameInPlaceContext_IsAPlace(string text, string written, string name, string rule)
    {
        var mention = EntityText.Find(text, written);

        mention.Should().NotBeNull("'{0}' names a place in: {1}", written, text);
        EntityText.PlaceName(mention!.Value).Should().Be(name);
        mention.Value.Rule.Should().Be(rule);
        (mention.Value.Place ?? mention.Value.Entity).Kind.Should().Be(EntityKind.Place);
    }

    [Theory]
    [InlineData("Flooding hit Jeddavo, Saudi Arabia, on Tuesday.", "Jeddavo", "Saudi Arabia")]
    [InlineData("Three people died in Harlow County, Mervale, after the river rose.", "Harlow County", "Mervale")]
    [InlineData("The ferry sank off Tobrin, in eastern Libya, late on Sunday.", "Tobrin", "Libya")]
    [InlineData("The worst damage was in Selvik, a village in Karnavi province.", "Selvik", "Karnavi")]
    [InlineData("The mudslide struck Papua New Guinea's Karnavi province before dawn.", "Karnavi", "Papua New Guinea")]
    [InlineData("Rescuers reached the Saudi city of Jeddavo by road.", "Jeddavo", "Saudi Arabia")]
    [InlineData("Fighting reached the Russian region of Kastrov overnight.", "Kastrov", "Russia")]
    [InlineData("The quake was felt in Karnavi province of Papua New Guinea.", "Karnavi", "Papua New Guinea")]
    [InlineData("The blast hit the Selvano Stadium in Drevik during a match.", "Selvano Stadium", "Drevik")]
    [InlineData("Water reached the port of Maris Avel in the south of Iran.", "Maris Avel", "Iran")]
    [InlineData("Tremors shook Ustrevo, in northern Brenmoor, before midnight.", "Ustrevo", "Brenmoor")]
    [InlineData("In Quillan, Marisko, the governor, Ilse Varga, said the dam burst.", "Quillan", "Marisko")]
    [InlineData("In Quillan, Marisko, the governor said the dam burst.", "Quillan", "Marisko")]
    public void Annotate_TextSaysWhereAPlaceLies_LearnsContainment(string text, string inner, string outer)
    {
        var layer = EntityText.Layer(text);

        layer.Containment.TryGetWithin(inner, out var within).Should().BeTrue("the text says where {0} lies: {1}", inner, text);
        within.Should().Be(outer);
    }

    [Fact]
    public void Annotate_PlaceInACountryOfTheLexicon_StandsForTheCountryWithThePlaceItNames()
    {
        var mention = EntityText.Find("Flooding hit Jeddavo, Saudi Arabia, on Tuesday. Later, 12 more people died in Jeddavo.", "Jeddavo");

        mention.Should().NotBeNull();
        mention!.Value.Entity.Name.Should().Be("Saudi Arabia", "existing callers see the country, as for a capital");
        mention.Value.Place!.Name.Should().Be("Jeddavo");
        mention.Value.Place.Within.Should().Be("Saudi Arabia");
        mention.Value.Place.Kind.Should().Be(EntityKind.Place);
    }

    [Fact]
    public void Annotate_ContainmentSaidLaterInTheDocument_AppliesToEveryMention()
    {
        var mentions = EntityText.Mentions("Ten people died in Ostrelo. Ostrelo, Kenya, has been hit by floods before.");

        mentions.Where(m => m.Written == "Ostrelo").Should().HaveCount(2)
            .And.OnlyContain(m => m.Mention.Place != null && m.Mention.Place.Within == "Kenya" && m.Mention.Entity.Name == "Kenya");
    }

    [Fact]
    public void Annotate_ChainOfContainment_ReachesTheCountry()
    {
        var layer = EntityText.Layer("The worst damage was in Selvik, a village in Karnavi province. Karnavi province, in Papua New Guinea, was cut off.");

        layer.Containment.LiesWithin("Selvik", "Papua New Guinea").Should().BeTrue();
        layer.Containment.Containers("Selvik").Should().Equal("Karnavi", "Papua New Guinea");
    }

    [Fact]
    public void Annotate_NameLearnedInOneSentence_IsRecognisedWhereverTheDocumentWritesIt()
    {
        var mentions = EntityText.Mentions("Karnavi Province Reels After Landslide\nThe landslide buried homes in Karnavi province. Karnavi officials said 300 homes were lost.");

        mentions.Where(m => EntityText.PlaceName(m.Mention) == "Karnavi").Select(m => m.Mention.Rule)
            .Should().Equal("document", "place-noun", "document");
    }

    [Fact]
    public void Annotate_Dateline_IsThePlaceTheReportIsFiled()
    {
        var known = EntityText.Find("NAIROBI, Kenya (AP) — Police said 17 people died.", "NAIROBI");
        var unknown = EntityText.Find("KALVASSA, Kenya (Reuters) - Police said 17 people died.", "KALVASSA");

        known!.Value.Entity.Name.Should().Be("Kenya");
        known.Value.Place!.Name.Should().Be("Nairobi");
        known.Value.Rule.Should().Be("dateline");
        unknown!.Value.Place!.Name.Should().Be("Kalvassa");
        unknown.Value.Place.Within.Should().Be("Kenya");
    }

    [Fact]
    public void Annotate_KnownCityInBracketsBeforeADash_IsADateline()
    {
        var opening = EntityText.Find("(Nairobi) – Security forces fired on marchers in Lindenport, the group said.", "Nairobi");
        var inText = EntityText.Find("Police said 17 people died in Nairobi (Kenya) – the worst toll in Lindenport.", "Nairobi");

        opening!.Value.Rule.Should().Be("dateline", "a release opens with the city it was issued from in brackets");
        opening.Value.Place!.Name.Should().Be("Nairobi");
        inText!.Value.Rule.Should().BeNull("a city named inside the sentence is where things happened");
    }
}
