using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="BodyNameRule"/>: organisations named in the text that no list knows.</summary>
public sealed class BodyNameRuleTests
{
    [Theory]
    [InlineData("The Coastal Flood Relief and Recovery Council said 1,200 families were displaced.", "1,200", "Coastal Flood Relief and Recovery Council")]
    [InlineData("The Harbour Workers Solidarity Front said 3,000 dockers walked out.", "3,000", "Harbour Workers Solidarity Front")]
    [InlineData("The Office for the Coordination of Relief Work said 257 people died.", "257", "Office for the Coordination of Relief Work")]
    [InlineData("Kestrel County Office of Emergency Management said 95 roads were closed.", "95", "Kestrel County Office of Emergency Management")]
    [InlineData("The Valley Geological Survey said the quake was 10 km deep.", "10", "Valley Geological Survey")]
    [InlineData("The NDMA said 17 people were killed.", "17", "NDMA")]
    [InlineData("Local authorities in the southern state of Ostrava Nova said 38 people died.", "38", "Local authorities in the southern state of Ostrava Nova")]
    public void TryParse_CapitalisedNameWithABodyWordOrAnAcronym_IsAnOrganisation(string text, string figure, string organization)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        source!.Speaker.Should().BeNull();
        source.Organization.Should().Be(organization);
    }

    [Theory]
    [InlineData("Defense Department Spokesman John Doe said 40 sites were hit.", "40", "John Doe")]
    [InlineData("Lakeside United's Mara Quist said 25 fans were hurt.", "25", "Mara Quist")]
    [InlineData("Peter Hall said 25 fans were hurt.", "25", "Peter Hall")]
    public void TryParse_PersonsNameAtTheEnd_IsNotABody(string text, string figure, string speaker)
    {
        AttributionProbe.SourceAt(text, figure)!.Speaker.Should().Be(speaker);
    }
}
