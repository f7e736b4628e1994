using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A bare number taken from a plural noun through "of" and an owner ("23 of its miners died") counts the owner's members,
/// as "23 soldiers" would; "of the" (a part of a set named before), "one of its" and a part a linking verb gives a state of its own
/// stay without a claim. Texts written for these tests; the places and bodies are made up.</summary>
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

    [Theory]
    [InlineData("Rescuers in Brenmoor said 14 of the passengers died in the crash.", 14)] // "of the": a part of a set named before
    [InlineData("The agency in Lindenport said 30 of its employees were volunteers.", 30)] // a state of its own: some of them
    [InlineData("One of its pilots said the runway in Brenmoor was closed.", 1)] // a single member, no count
    [InlineData("The navy in Vorland said 6 of its Marines were wounded in Brenmoor.", 6)] // a head written with a capital
    public void Extract_PartOfASetOrAMember_IsNoCount(string text, double value)
    {
        Extract(text).Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }
}
