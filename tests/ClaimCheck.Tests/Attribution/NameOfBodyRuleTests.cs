using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="NameOfBodyRule"/>: a named person, then the body they speak for.</summary>
public sealed class NameOfBodyRuleTests
{
    [Theory]
    [InlineData("About 20,000 refugees arrived, said Elena Ward of the refugee agency.", "20,000", "Elena Ward", "refugee agency")]
    [InlineData("Jana Novak from the Valley Water Board said 300 wells were tested.", "300", "Jana Novak", "Valley Water Board")]
    [InlineData("Ravi Menon at the NDMA said 12 bridges collapsed.", "12", "Ravi Menon", "NDMA")]
    public void TryParse_NameThenBody_TheNameSpeaksForTheBody(string text, string figure, string speaker, string organization)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        source!.Speaker.Should().Be(speaker);
        source.Organization.Should().Be(organization);
    }
}
