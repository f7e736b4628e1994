using ClaimCheck.Entities;

namespace ClaimCheck.Tests.Entities;

/// <summary>Companies no list knows, recognised from the cue words around their names (sentences and names written for these tests).</summary>
public class CompanyRuleTests
{
    [Theory]
    [InlineData("Shares of the chipmaker Halvex fell 9% on Monday.", "Halvex")]
    [InlineData("Chipmaker Halvex shed $40 billion in stock-market value on Friday.", "Halvex")]
    [InlineData("The retailer Brightwell Stores will close 40 shops.", "Brightwell Stores")]
    [InlineData("Investors sold shares of Korvane after the warning.", "Korvane")]
    [InlineData("The fund bought a stake in Dellomar last year.", "Dellomar")]
    [InlineData("Analysts said Korvane's shareholders would vote in May.", "Korvane")]
    [InlineData("The telecom provider VX&K restored service by the evening.", "VX&K")]
    [InlineData("Carmaker Velmar Motors said sales rose 4%.", "Velmar Motors")]
    [InlineData("On Tuesday Korvane, the carmaker, said the strike had cost it $3 billion.", "Korvane")]
    [InlineData("The data belonged to Brightwell, a Tarvo-based online retailer.", "Brightwell")]
    [InlineData("Dellomar Foods, the supplier that recalled the meat, said 12 people fell ill.", "Dellomar Foods")]
    public void Annotate_NameWithACompanyCue_IsACompany(string text, string written)
    {
        var mention = EntityText.Find(text, written);

        mention.Should().NotBeNull("'{0}' names a company in: {1}", written, text);
        mention!.Value.Entity.Kind.Should().Be(EntityKind.Organization);
        mention.Value.Entity.Name.Should().Be(written);
        mention.Value.Rule.Should().Be("company");
    }

    [Fact]
    public void Annotate_CompanyNamedAgainWithoutTheCue_IsTheSameCompany()
    {
        var mentions = EntityText.Mentions("The lender Dellomar lost data on 2 million customers. Dellomar apologised on Friday.");

        mentions.Where(m => m.Written == "Dellomar").Should().HaveCount(2)
            .And.OnlyContain(m => m.Mention.Entity.Kind == EntityKind.Organization);
    }

    [Theory]
    [InlineData("Investors bought shares in Georgia last year.", "Georgia")]
    [InlineData("Ruiz said his team would win.", "Ruiz")]
    [InlineData("Ana Ruiz's shares in the club were sold.", "Ana Ruiz")]
    [InlineData("The company Chief Executive Ana Ruiz resigned.", "Ana Ruiz")]
    [InlineData("On Tuesday Korvane said its fighters had left the town.", "Korvane")]
    [InlineData("Halden said its students would return in May.", "Halden")]
    [InlineData("Exchange Square was closed to traffic on Sunday.", "Square")]
    [InlineData("Carrier Dome sold out for the final.", "Dome")]
    [InlineData("Maker Faire drew 3,000 visitors to Tarvo.", "Faire")]
    [InlineData("Chain Reaction played two shows in Lindenport.", "Reaction")]
    [InlineData("Giant Pandas are rarely seen outside the reserve.", "Pandas")]
    [InlineData("The aircraft carrier Nimitz sailed into the bay on Monday.", "Nimitz")]
    [InlineData("Ana Ruiz, the firm's founder, resigned on Monday.", "Ana Ruiz")]
    [InlineData("Sales fell 4% in Lindenport, the company said.", "Lindenport")]
    [InlineData("Ruiz, a former miner, said the pit had flooded.", "Ruiz")]
    public void Annotate_NameWithoutACompanyCue_IsNoCompany(string text, string written)
    {
        var mention = EntityText.Find(text, written);

        (mention is { } found && found.Rule == "company").Should().BeFalse("'{0}' names no company in: {1}", written, text);
    }
}
