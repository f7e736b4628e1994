using ClaimCheck.Entities;

namespace ClaimCheck.Tests.Entities;

/// <summary>Brands named after a place: the place inside the name is no mention of the place (sentences written for these tests).</summary>
public class BrandNameRuleTests
{
    [Theory]
    [InlineData("Scotland Yard said 14 people were arrested on Tuesday.", "Scotland Yard", "Scotland")]
    [InlineData("Azerbaijan Airlines said 29 passengers survived.", "Azerbaijan Airlines", "Azerbaijan")]
    [InlineData("Texas Instruments Inc said revenue fell 8%.", "Texas Instruments", "Texas")]
    [InlineData("Kenya Airways cancelled 40 flights on Monday.", "Kenya Airways", "Kenya")]
    [InlineData("Shares of Scotland Electric Power fell 4% on Friday.", "Scotland Electric Power", "Scotland")]
    [InlineData("Georgia Power restored service to 80,000 homes.", "Georgia Power", "Georgia")]
    [InlineData("Velmar Mexican Grill closed 43 restaurants on Monday.", "Velmar Mexican Grill", "Mexican")]
    [InlineData("The outbreak was tied to Korvane Thai Grill, health officials said.", "Korvane Thai Grill", "Thai")]
    public void Annotate_PlaceOpeningABrandName_IsOneOrganisationAndNoPlace(string text, string brand, string place)
    {
        var mentions = EntityText.Mentions(text);

        var mention = mentions.Single(m => m.Mention.Entity.Kind == EntityKind.Organization);
        mention.Written.Should().StartWith(brand);
        mention.Mention.Entity.Name.Should().Be(brand);
        mention.Mention.Entity.Within.Should().BeNull();
        mention.Mention.Rule.Should().Be("brand");
        mentions.Should().NotContain(m => m.Written == place, "the place in '{0}' is part of a brand's name", brand);
    }

    [Fact]
    public void Annotate_BrandAndAPlaceOfTheClaim_KeepsOnlyTheClaimsPlace()
    {
        var mentions = EntityText.Mentions("Scotland Yard said 12 people were arrested in Lindenport, Kenya.");

        mentions.Where(m => m.Mention.Entity.Kind != EntityKind.Organization).Select(m => EntityText.PlaceName(m.Mention))
            .Should().NotContain("Scotland").And.Contain("Kenya");
    }

    [Theory]
    [InlineData("Kenya Defence Forces said 12 soldiers were wounded.", "Kenya")]
    [InlineData("Protesters marched in Scotland on Saturday.", "Scotland")]
    [InlineData("Texas power lines were down after the storm.", "Texas")]
    [InlineData("Fans in Manchester celebrated until midnight.", "Manchester")]
    public void Annotate_PlaceWithoutABrandHead_StaysAPlace(string text, string place)
    {
        EntityText.Find(text, place).Should().NotBeNull("'{0}' is a place in: {1}", place, text);
    }
}
