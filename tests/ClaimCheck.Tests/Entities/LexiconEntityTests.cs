using ClaimCheck.Entities;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Entities;

/// <summary>Capitals, lexicon containment and user entries: what the lexicon says wins over the rules.</summary>
public class LexiconEntityTests
{
    private const string Header = "kind\tterm\tvalue\twithin\n";

    [Theory]
    [InlineData("Moscow denied the report on Monday.", "Moscow", "Russia", "Moscow")]
    [InlineData("Seventeen people died in Nairobi, police said.", "Nairobi", "Kenya", "Nairobi")]
    [InlineData("The talks moved to Addis Ababa.", "Addis Ababa", "Ethiopia", "Addis Ababa")]
    public void Annotate_Capital_IsItsCountryWithTheCityAsPlace(string text, string written, string country, string city)
    {
        var mention = EntityText.Find(text, written)!.Value;

        mention.Entity.Name.Should().Be(country);
        mention.Entity.Kind.Should().Be(EntityKind.Country);
        mention.Place!.Name.Should().Be(city);
        mention.Place.Kind.Should().Be(EntityKind.Place);
        mention.Place.Within.Should().Be(country);
        mention.IsFromLexicon.Should().BeTrue();
    }

    [Theory]
    [InlineData("Police in Hong Kong said 30,000 people marched through the city centre.", "Hong Kong", "Hong Kong")]
    [InlineData("Two ferries collided off Macao on Tuesday.", "Macao", "Macau")]
    [InlineData("Storms cut power across Puerto Rico overnight.", "Puerto Rico", "Puerto Rico")]
    [InlineData("Officials in Swaziland opened shelters.", "Swaziland", "Eswatini")]
    public void Annotate_TerritoryOrCountryAddedLater_IsItsOwnPlaceNotItsNeighboursOrSovereigns(string text, string written, string place)
    {
        var mention = EntityText.Find(text, written)!.Value;

        mention.Entity.Name.Should().Be(place, "a territory's figures are its own, not those of the state it belongs to");
        mention.IsFromLexicon.Should().BeTrue();
    }

    [Theory]
    [InlineData("Troops in the Democratic Republic of Congo said 12 soldiers were killed.", "Democratic Republic of Congo", "Democratic Republic of the Congo")]
    [InlineData("The Republic of Congo closed its border.", "Republic of Congo", "Republic of the Congo")]
    [InlineData("Floods hit Cote d'Ivoire overnight.", "Cote d'Ivoire", "Ivory Coast")]
    [InlineData("Turkiye sent 40 rescuers.", "Turkiye", "Turkey")]
    [InlineData("Officials in Viet Nam said 14 died.", "Viet Nam", "Vietnam")]
    public void Annotate_CountryWrittenAnotherWay_IsTheCountry(string text, string written, string country)
    {
        var mention = EntityText.Find(text, written)!.Value;

        mention.Entity.Name.Should().Be(country);
        mention.Entity.Kind.Should().Be(EntityKind.Country);
    }

    [Theory]
    [InlineData("The Kremlin denied the report.", "Kremlin", "Russia")]
    [InlineData("The White House said 300 troops would go.", "White House", "United States")]
    public void Annotate_SeatOfGovernment_IsItsCountryWithNoPlace(string text, string written, string country)
    {
        var mention = EntityText.Find(text, written)!.Value;

        mention.Entity.Name.Should().Be(country);
        mention.Place.Should().BeNull();
    }

    [Theory]
    [InlineData("Cyclone Orlen crossed the Indian Ocean overnight.", "Indian Ocean")]
    [InlineData("The tanker sank in the Gulf of Mexico on Friday.", "Gulf of Mexico")]
    [InlineData("Two fishing boats were lost in the South China Sea.", "South China Sea")]
    public void Annotate_SeaWhoseNameHoldsACountry_IsAPlaceInNoCountry(string text, string written)
    {
        var mention = EntityText.Find(text, written)!.Value;

        mention.Entity.Name.Should().Be(written);
        mention.Entity.Kind.Should().Be(EntityKind.Place, "a sea is not a country, whatever country its name holds");
        mention.Entity.Within.Should().BeNull("no single country holds it");
    }

    [Fact]
    public void Annotate_UserFeatureEntry_KeepsTheCountryInItsNameFromBeingRead()
    {
        var user = Lexicon.BuiltIn.With(Lexicon.Parse(Header + "place\tVorland\nfeature\tVorland Bight\n", "user.tsv"));

        var mention = EntityText.Find("Storm surges hit the Vorland Bight coast.", "Vorland Bight", user)!.Value;

        mention.Entity.Name.Should().Be("Vorland Bight");
        mention.Entity.Kind.Should().Be(EntityKind.Place);
    }

    [Fact]
    public void Annotate_UserPlaceEntry_WinsOverTheRules()
    {
        var user = Lexicon.BuiltIn.With(Lexicon.Parse(Header + "place\tBrenmoor\tBrenmoor City\tVorland\nplace\tVorland\n", "user.tsv"));

        var mention = EntityText.Find("Heavy rain flooded streets in Brenmoor on Monday.", "Brenmoor", user)!.Value;

        mention.Entity.Name.Should().Be("Brenmoor City");
        mention.Entity.Within.Should().Be("Vorland");
        mention.IsFromLexicon.Should().BeTrue();
        EntityText.Layer("Heavy rain flooded streets in Brenmoor on Monday.", user).Containment.LiesWithin("Brenmoor City", "Vorland").Should().BeTrue();
    }

    [Theory]
    [InlineData("place-noun\tkebele\n", "Flood water reached Dawro kebele overnight.", "Dawro kebele", EntityKind.Place)]
    [InlineData("organisation-word\tInspectorate\n", "The Road Inspectorate closed the bridge.", "Road Inspectorate", EntityKind.Organization)]
    public void Annotate_UserCueWord_ExtendsTheRules(string entry, string text, string written, EntityKind kind)
    {
        var user = Lexicon.BuiltIn.With(Lexicon.Parse(Header + entry, "user.tsv"));

        EntityText.Find(text, written).Should().BeNull("no built-in cue word makes '{0}' a name", written);
        var mention = EntityText.Find(text, written, user);
        mention.Should().NotBeNull("the user's cue word makes '{0}' a name", written);
        mention!.Value.IsFromLexicon.Should().BeFalse();
        (mention.Value.Place ?? mention.Value.Entity).Kind.Should().Be(kind);
    }

    [Fact]
    public void Annotate_UserAliasForACapital_WinsOverTheBuiltInCapital()
    {
        var user = Lexicon.BuiltIn.With(Lexicon.Parse(Header + "alias\tNairobi\tKenya\n", "user.tsv"));

        var mention = EntityText.Find("Seventeen people died in Nairobi.", "Nairobi", user)!.Value;

        mention.Entity.Name.Should().Be("Kenya");
        mention.Place.Should().BeNull("the user's entry says Nairobi only stands for Kenya");
    }

    [Fact]
    public void Annotate_UserOrganisationEntry_WinsOverTheOrganisationRule()
    {
        var user = Lexicon.BuiltIn.With(Lexicon.Parse(Header + "organisation\tVelmar Workers Union\tVWU\tVorland\nplace\tVorland\n", "user.tsv"));

        var mention = EntityText.Find("The Velmar Workers Union called a strike.", "Velmar Workers Union", user)!.Value;

        mention.Entity.Name.Should().Be("VWU");
        mention.IsFromLexicon.Should().BeTrue();
    }

    [Fact]
    public void Annotate_UserPlaceInAPlace_ContainmentFollowsTheLexiconChain()
    {
        var user = Lexicon.BuiltIn.With(Lexicon.Parse(Header + "place\tSelvik\tSelvik\tKarnavi\nplace\tKarnavi\tKarnavi\tPapua New Guinea\n", "user.tsv"));

        var layer = EntityText.Layer("Rescuers reached Selvik on foot.", user);

        layer.Containment.LiesWithin("Selvik", "Papua New Guinea").Should().BeTrue();
    }

    [Fact]
    public void Annotate_TextContradictsTheLexicon_TheLexiconWins()
    {
        var layer = EntityText.Layer("Kenya, Tanzania, was hit. Floods reached Nairobi, Uganda.");

        layer.Containment.TryGetWithin("Kenya", out _).Should().BeFalse();
        layer.Containment.TryGetWithin("Nairobi", out var within).Should().BeTrue();
        within.Should().Be("Kenya");
    }

    [Fact]
    public void Gazetteer_Capital_ResolvesToItsCountryAndCity()
    {
        var gazetteer = EntityGazetteer.For(Lexicon.BuiltIn);

        gazetteer.TryResolve("Pyongyang", out var entity, out var form, out var place).Should().BeTrue();
        entity.Name.Should().Be("North Korea");
        form.Should().Be(EntityMentionForm.Name);
        place!.Within.Should().Be("North Korea");
        gazetteer.LiesWithin("Pyongyang", "North Korea").Should().BeTrue();
    }
}
