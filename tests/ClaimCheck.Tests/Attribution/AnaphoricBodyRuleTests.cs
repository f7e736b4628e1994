using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Attribution;

/// <summary>"the organisation said": a body referred back to by a common noun. Texts written for these tests.</summary>
public sealed class AnaphoricBodyRuleTests
{
    [Theory]
    [InlineData("A spokesman for the Red Crescent told reporters that the organisation had issued a toll of 3,850.")]
    [InlineData("The Red Crescent said its teams reached Brenmoor on Monday. The organisation said 3,850 people were treated.")]
    public void Extract_TheOrganisationAfterANamedBody_IsThatBody(string text)
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 3, 2))).Single(c => c.Quantity != null);

        claim.Attribution!.Organization.Should().Be("Red Crescent");
    }

    [Fact]
    public void Extract_TheOrganisationWithNoNamedBodyBefore_StaysAsWritten()
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", "The organisation said 3,850 people were treated in Brenmoor.")).Single(c => c.Quantity != null);

        claim.Attribution!.Organization.Should().Be("organisation");
    }
}
