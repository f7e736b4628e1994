using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Entities;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using AttributionRecord = ClaimCheck.Attribution.Attribution;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A country named alone as a claim's source speaks for its state, whatever alias names it. Claims made up for these tests.</summary>
public class CountSourcesTests
{
    private static readonly ClaimWords Words = ClaimWords.For(Lexicon.BuiltIn);
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.For(Lexicon.BuiltIn);

    [Theory]
    [InlineData("US")]
    [InlineData("the US")]
    [InlineData("United States")]
    public void SpeaksForState_ACountryNamedAloneByAnyAlias_SpeaksForItsState(string written)
    {
        Gazetteer.TryResolve("US", out var country, out _).Should().BeTrue();

        CountSources.SpeaksForState(Make(new AttributionRecord(null, written, null, country.Name, "said", null)), Words, Gazetteer)
            .Should().BeTrue($"'{written}' names {country.Name} and the attribution resolved it so");
    }

    [Fact]
    public void SpeaksForState_ACountryWhoseResolvedAffiliationIsAnother_DoesNot()
    {
        Gazetteer.TryResolve("France", out var other, out _).Should().BeTrue();

        CountSources.SpeaksForState(Make(new AttributionRecord(null, "US", null, other.Name, "said", null)), Words, Gazetteer)
            .Should().BeFalse("the source's name and its resolved affiliation disagree");
    }

    private static Claim Make(AttributionRecord attribution) => new()
    {
        Id = "herald#1",
        DocumentId = "herald",
        Span = new TextSpan(0, 20),
        Text = "evidence",
        Type = ClaimType.Quantity,
        Subject = "Vorland",
        Measure = "deaths",
        Quantity = Quantity.Exactly(12, Unit.Count("deaths")),
        Modality = Modality.Asserted,
        Polarity = Polarity.Affirmed,
        Attribution = attribution,
    };
}
