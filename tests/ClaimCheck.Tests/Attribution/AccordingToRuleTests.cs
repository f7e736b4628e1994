using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="AccordingToRule"/>: "according to X", before or after what it reports.</summary>
public sealed class AccordingToRuleTests
{
    [Theory]
    [InlineData("According to the water board, 1,400 homes had no supply.", "1,400", null, "water board", null)]
    [InlineData("About 2,000 people were evacuated according to local officials.", "2,000", null, "local officials", null)]
    [InlineData("In the north, according to the regional council, 300 homes were destroyed.", "300", null, "regional council", null)]
    [InlineData("The fire burned 40 hectares, according to Ana Ruiz of the forestry service.", "40", "Ana Ruiz", "forestry service", null)]
    [InlineData("Turnout was 62% according to the electoral board on Sunday.", "62", null, "electoral board", null)]
    [InlineData("According to a count by the organisers, 50,000 people marched.", "50,000", null, "organisers", null)]
    [InlineData("According to figures released by the health ministry and relayed by local radio, 90 people died.", "90", null, "health ministry", null)]
    [InlineData("According to the Office for Flood Management (OFM), 700 homes were flooded.", "700", null, "Office for Flood Management", null)]
    public void TryMatch_AccordingToAPhrase_TheSourceFollows(string text, string figure, string? speaker, string? organization, string? role)
    {
        AttributionProbe.SourceAt(text, figure).ShouldBe(speaker, organization, role, "according to");
    }

    [Theory]
    [InlineData("Some 45,000 people marched according to the unions, and 8,000 according to the police.", "45,000", "unions")]
    [InlineData("Some 45,000 people marched according to the unions, and 8,000 according to the police.", "8,000", "police")]
    [InlineData("The march drew 20,000 people, according to police, and 65,000, according to the organisers.", "20,000", "police")]
    [InlineData("The march drew 20,000 people, according to police, and 65,000, according to the organisers.", "65,000", "organisers")]
    [InlineData("In the capital, according to the city council, 9,000 marched, while in the port, according to the dockers, 3,000 did.", "9,000", "city council")]
    [InlineData("In the capital, according to the city council, 9,000 marched, while in the port, according to the dockers, 3,000 did.", "3,000", "dockers")]
    public void TryMatch_SeveralSourcesInOneSentence_EachFigureTakesTheSourceOnItsSide(string text, string figure, string organization)
    {
        AttributionProbe.SourceAt(text, figure)!.Organization.Should().Be(organization);
    }
}
