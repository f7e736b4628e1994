using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Entities;

/// <summary>The built-in regions (places-regions.tsv): a province, an island or an overseas department lies in its country, and a
/// name the file leaves out as ambiguous is no place (sentences written for these tests; the towns and figures are made up).</summary>
public class RegionGazetteerTests
{
    [Theory]
    [InlineData("Sindh", "Pakistan")]
    [InlineData("Mayotte", "France")]
    [InlineData("Sicily", "Italy")]
    [InlineData("Zanzibar", "Tanzania")]
    [InlineData("South Kivu", "Democratic Republic of the Congo")]
    public void BuiltIn_Region_LiesInItsCountry(string region, string country)
    {
        EntityGazetteer.For(Lexicon.BuiltIn).LiesWithin(region, country).Should().BeTrue();
    }

    [Theory]
    [InlineData("Punjab")]
    [InlineData("Victoria")]
    [InlineData("Florence")]
    [InlineData("Crimea")]
    public void BuiltIn_AmbiguousName_IsNoPlace(string name)
    {
        EntityGazetteer.For(Lexicon.BuiltIn).ByName.ContainsKey(name).Should().BeFalse();
    }

    [Fact]
    public void Annotate_PersonNamedLikeACity_IsNotThatCountry()
    {
        var mention = EntityText.Find("Florence Adeyemi said 17 people died in Brenmoor.", "Florence");

        (mention is null || mention.Value.Entity.Name != "Italy").Should().BeTrue("Florence is a first name as often as a city");
    }

    [Fact]
    public void Check_TollInAProvinceAndInItsTown_AreComparedAsTheCountrys()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Floods swept Sindh on Monday. Officials said 14 people died in Sindh.", outlet: "Valley Post"),
            new Document("b", "Floods swept Brenmoor, Sindh, on Monday. Officials said 19 people died in Brenmoor.", outlet: "Relief Wire"),
        ]);

        report.Claims.Where(c => c.Measure == "deaths").Should().HaveCount(2).And.OnlyContain(c => c.Subject == "Pakistan");
    }
}
