using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="FigureGivingRule"/>: "X put the toll at N", "X gave a toll of N".</summary>
public sealed class FigureGivingRuleTests
{
    [Theory]
    [InlineData("Police gave a far lower crowd estimate of 40,000.", "40,000", null, "Police", null, "gave")]
    [InlineData("The organisers put the number of marchers at 90,000.", "90,000", null, "organisers", null, "put")]
    [InlineData("The relief agency now puts the toll at 257.", "257", null, "relief agency", null, "puts")]
    [InlineData("A senior official gave reporters a partial toll of 577 deaths.", "577", "senior official", null, "senior official", "gave")]
    [InlineData("The country's disaster office has raised the death toll to 39.", "39", null, "disaster office", null, "raised")]
    [InlineData("The province's disaster office has raised the death toll to 39.", "39", null, "province's disaster office", null, "raised")]
    [InlineData("Protesters called it the biggest march in the country's history, and organisers put the turnout at 300,000.", "300,000", null, "organisers", null, "put")]
    [InlineData("Organisers put the crowd at 245,000.", "245,000", null, "Organisers", null, "put")]
    [InlineData("Police placed attendance at about 8,500.", "8,500", null, "Police", null, "placed")]
    [InlineData("Marshals counted 18,000 walkers, while the harbour board put the crowd nearer 4,000.", "4,000", null, "harbour board", null, "put")]
    [InlineData("Stewards put the gathering close to 9,500 on Saturday.", "9,500", null, "Stewards", null, "put")]
    [InlineData("Organisers put the turnout around 64,000 on Sunday.", "64,000", null, "Organisers", null, "put")]
    [InlineData("Police put the march at 12,000 in Brenmoor.", "12,000", null, "Police", null, "put")]
    [InlineData("Organisers put the turnout at about 64,000 across Vorland on Sunday.", "64,000", null, "Organisers", null, "put")]
    [InlineData("Police counted 30,000 marchers in Brenmoor, a figure the union raised to 85,000.", "85,000", null, "union", null, "raised")]
    [InlineData("The ministry put attendance at 12,000, which the organisers raise to 40,000.", "40,000", null, "organisers", null, "raise")]
    public void TryMatch_FigureVerbWithAFigureNoun_TheSubjectIsTheSource(string text, string figure, string? speaker, string? organization, string? role, string cue)
    {
        AttributionProbe.SourceAt(text, figure).ShouldBe(speaker, organization, role, cue);
    }

    [Theory]
    [InlineData("The vote was put off until 2026, when 40 seats will be contested.", "40")]
    [InlineData("Rescuers set up 12 field hospitals.", "12")]
    [InlineData("Rescuers set up tents at 12 sites.", "12")]
    [InlineData("Rescuers set up tents near 12 schools.", "12")]
    [InlineData("In the spring the Brenmoor volunteers raised to 40 in March.", "40")]
    [InlineData("The government released aid for 3,000 people.", "3,000")]
    [InlineData("The government released aid for some 3,000 people.", "3,000")]
    [InlineData("Police gave shelter to 200 people.", "200")]
    public void TryMatch_FigureVerbWithoutAFigureNoun_NamesNoSource(string text, string figure)
    {
        AttributionProbe.SourceAt(text, figure).Should().BeNull();
    }
}
