using ClaimCheck.Claims;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Lexicons;

public sealed class PlaceBodyLexiconTests
{
    private const string Header = "kind\tterm\tvalue\twithin\n";

    [Theory]
    [InlineData("town", "town", false)]
    [InlineData("government", "government", false)]
    [InlineData("town crowd", "town", true)]
    [InlineData("crowd", null, true)]
    public void Parse_PlaceBodyValue_ReadsItsClassAndCrowdFlag(string value, string? kind, bool crowd)
    {
        PlaceBody.Parse(value).Should().Be(new PlaceBody(kind, crowd));
    }

    [Fact]
    public void For_UserPlaceBodyRowValuedCrowd_PlacesACrowdOnly()
    {
        var words = ClaimWords.For(Lexicon.BuiltIn.With(Lexicon.Parse(Header + "place-body\tward office\tcrowd\n", "user.tsv")));

        words.PlaceBodies.TryGetValue("ward office", out var body).Should().BeTrue();
        body.Should().Be(new PlaceBody(null, CountsCrowd: true));
    }

    [Fact]
    public void For_UserRowsOfTheOlderLocalBodyKind_StillPlaceACrowdAndKeepTheirClass()
    {
        var words = ClaimWords.For(Lexicon.BuiltIn.With(Lexicon.Parse(Header + "local-body\tward office\nlocal-body\tmayor\n", "user.tsv")));

        words.PlaceBodies.TryGetValue("ward office", out var added).Should().BeTrue();
        added.Should().Be(new PlaceBody(null, CountsCrowd: true));
        words.PlaceBodies.TryGetValue("mayor", out var mayor).Should().BeTrue();
        mayor.Should().Be(new PlaceBody("town", CountsCrowd: true), "the built-in row keeps its class and gains the crowd flag");
    }

    [Fact]
    public void For_VenueNounRows_AreVenuesOrSiteNamesAsTheirValueSays()
    {
        var words = ClaimWords.For(Lexicon.BuiltIn.With(Lexicon.Parse(
            Header + "venue-noun\tpier\nvenue-noun\tquarry\tsite\nvenue-noun\tchapel\tvenue\nfacility-noun\tWharf\n", "user.tsv")));

        words.VenueNouns.Contains("pier").Should().BeTrue();
        words.FacilityNouns.Should().Contain("Pier").And.Contain("Quarry").And.Contain("Wharf", "the older kind name still loads");
        words.VenueNouns.Contains("quarry").Should().BeFalse("a row valued site is read only in a site's name");
        words.FacilityNouns.Should().NotContain("Chapel", "a row valued venue is read only as a venue's head");
        words.VenueNouns.Contains("chapel").Should().BeTrue();
    }

    [Fact]
    public void For_BuiltInSiteNouns_AreMatchedAsWritten()
    {
        var words = ClaimWords.For(Lexicon.BuiltIn);

        words.FacilityNouns.Should().Contain("Stadium").And.Contain("River").And.NotContain("stadium").And.NotContain("Hotel");
        words.VenueNouns.Contains("hotel").Should().BeTrue();
        words.VenueNouns.Contains("river").Should().BeFalse();
    }
}
