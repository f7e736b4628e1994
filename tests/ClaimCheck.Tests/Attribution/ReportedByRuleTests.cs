using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="ReportedByRule"/>: the source follows "by".</summary>
public sealed class ReportedByRuleTests
{
    [Theory]
    [InlineData("The ferry carried 300 passengers, as reported by the Harbour Gazette.", "300", "Harbour Gazette", "reported")]
    [InlineData("The toll of 25 was confirmed by the county sheriff's office.", "25", "county sheriff's office", "confirmed")]
    [InlineData("The figure of 56 dead given by the government was disputed.", "56", "government", "given")]
    public void TryMatch_ParticipleThenBy_TheSourceFollows(string text, string figure, string organization, string cue)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        source!.Organization.Should().Be(organization);
        source.Cue.Should().Be(cue);
    }
}
