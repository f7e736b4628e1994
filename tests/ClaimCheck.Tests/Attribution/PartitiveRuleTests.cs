using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="PartitiveRule"/>: a speaker described by the group they belong to (once a test for "one of" only).</summary>
public sealed class PartitiveRuleTests
{
    [Theory]
    [InlineData("One of the organisers said 40,000 people marched.", "40,000", "One of the organisers", "organisers")]
    [InlineData("Two of the hospital's doctors told reporters 30 patients died.", "30", "Two of the hospital's doctors", "hospital")]
    [InlineData("Several of the residents said 12 houses collapsed.", "12", "Several of the residents", "residents")]
    [InlineData("According to one of Vorland's envoys, 500 soldiers crossed the border.", "500", "one of Vorland's envoys", "Vorland")]
    public void TryParse_QuantityOfAGroup_DescribesTheSpeakerAndNamesTheGroupsBody(string text, string figure, string speaker, string organization)
    {
        var source = AttributionProbe.SourceAt(text, figure, TestLexicons.WithVorland);

        source!.Speaker.Should().Be(speaker);
        source.Organization.Should().Be(organization);
    }

    [Theory]
    [InlineData("One witness said 14 cars were burned.", "14", "One witness", null)]
    [InlineData("Two Arab diplomats told reporters 60 pilgrims died.", "60", null, "Two Arab diplomats")]
    [InlineData("Nineteen witnesses said 300 men were shot.", "300", null, "Nineteen witnesses")]
    public void TryParse_NumberOfPeopleByRole_IsAPersonOrAGroup(string text, string figure, string? speaker, string? organization)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        source!.Speaker.Should().Be(speaker);
        source.Organization.Should().Be(organization);
    }

    [Fact]
    public void TryParse_Description_IsNotRememberedAsASurname()
    {
        const string text = "One of the organisers said 40,000 people marched. Organisers said 50,000 people came.";

        AttributionProbe.SourceAt(text, "50,000")!.Speaker.Should().BeNull();
    }
}
