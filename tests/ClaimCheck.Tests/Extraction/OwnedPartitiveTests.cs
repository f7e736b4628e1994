using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A bare number taken from a plural noun through "of" and an owner ("23 of its miners died") counts the owner's members,
/// as "23 soldiers" would; "of the" counts only a subgroup or a toll or remains noun whose clause names another outcome ("14 of the
/// children had died", "eight of the bodies were identified by Tuesday"); any other "of the" (a part of a set named before), "one of its"
/// and a part a linking verb gives a state of its own stay without a claim. Texts written for these tests; the places and bodies are
/// made up.</summary>
public sealed class OwnedPartitiveTests
{
    private static IReadOnlyList<Claim> Extract(string text) =>
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"));

    [Fact]
    public void Extract_OwnersMembersWithOutcomeVerb_IsTheirToll()
    {
        Extract("The Vorland mining company says 23 of its miners died in the collapse near Brenmoor.")
            .Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 23)
            .Which.Measure.Should().StartWith("deaths");
    }

    [Fact]
    public void Extract_OwnersMembersAfterLinkingVerbAndOutcome_IsThatOutcome()
    {
        Extract("The Vorland ministry said 40 of its officers were wounded in Brenmoor.")
            .Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 40)
            .Which.Measure.Should().StartWith("injuries");
    }

    [Fact]
    public void Extract_OwnersCustomers_AreACountOfCustomers()
    {
        var claim = Extract("Thieves reached the records of about 45,000 of its customers, Lindenport Telecom said on Monday.")
            .Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 45_000).Subject;

        claim.Measure.Should().Be("customers");
        claim.Quantity!.Value.Unit.Name.Should().Be("customer");
    }

    [Fact]
    public void Extract_SubgroupOfTheWithOutcomeVerb_IsThatOutcomesPart()
    {
        Extract("Rescuers in Brenmoor said 14 of the children had died in the fire.")
            .Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 14)
            .Which.Measure.Should().Be("deaths · children");
    }

    [Theory]
    [InlineData("Eight of the bodies were identified by Tuesday, the Brenmoor coroner said.", 8)]
    [InlineData("The coroner in Vorland said 27 of the victims were identified on Monday.", 27)]
    public void Extract_RemainsOrVictimsOfTheWithAnotherOutcome_IsThatOutcome(string text, double value)
    {
        Extract(text).Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == value)
            .Which.Measure.Should().StartWith("identified");
    }

    [Fact]
    public void Extract_AgeAfterSubgroupOfThe_IsNoCountOfTheOutcome()
    {
        Extract("Police said 5 of the children aged 12 had died in Brenmoor.")
            .Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == 12 && c.Measure.StartsWith("deaths"));
    }

    [Theory]
    [InlineData("Rescuers in Brenmoor said 14 of the climbers died in the crash.", 14)] // "of the": a part of a set named before
    [InlineData("Police in Brenmoor said 6 of the victims were shot dead.", 6)] // a part of the toll, not a rival of it
    [InlineData("Police in Brenmoor said 12 of the children were girls.", 12)] // a state of its own: some of them
    [InlineData("Residents of 22 of the houses on Harbour Road in Brenmoor were evacuated.", 22)] // a part of the houses, no toll
    [InlineData("Three of the 2019 graduates in Lindenport were hurt.", 3)] // a year after "the": graduates are no subgroup, so no count
    [InlineData("The agency in Lindenport said 30 of its employees were volunteers.", 30)] // a state of its own: some of them
    [InlineData("One of its pilots said the runway in Brenmoor was closed.", 1)] // a single member, no count
    [InlineData("The navy in Vorland said 6 of its Marines were wounded in Brenmoor.", 6)] // a head written with a capital
    public void Extract_PartOfASetOrAMember_IsNoCount(string text, double value)
    {
        Extract(text).Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }
}
