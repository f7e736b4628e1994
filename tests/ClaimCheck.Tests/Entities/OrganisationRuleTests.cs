using ClaimCheck.Entities;

namespace ClaimCheck.Tests.Entities;

/// <summary>Organisations no list knows, recognised from their names (sentences written for these tests).</summary>
public class OrganisationRuleTests
{
    [Theory]
    [InlineData("The Velmar Workers Union called a strike for Monday.", "Velmar Workers Union", null)]
    [InlineData("A statement from Harbour Rights Watch condemned the arrests.", "Harbour Rights Watch", null)]
    [InlineData("The Civil Liberties Front said 4,000 people joined the march.", "Civil Liberties Front", null)]
    [InlineData("The Mineworkers Union of Zambia said 30 miners were trapped.", "Mineworkers Union of Zambia", "Zambia")]
    [InlineData("The Ministry of Water Resources said the dam was safe.", "Ministry of Water Resources", null)]
    [InlineData("The National Flood Prevention and Response Council met on Sunday.", "National Flood Prevention and Response Council", null)]
    [InlineData("The Kenya National Commission on Land Rights published its report.", "National Commission on Land Rights", "Kenya")]
    [InlineData("Iran's Interior Ministry ordered an inquiry.", "Interior Ministry", "Iran")]
    [InlineData("The Russian Defence Ministry said 12 drones were shot down.", "Defence Ministry", "Russia")]
    [InlineData("The Institute for Coastal Studies estimated the damage at $3 billion.", "Institute for Coastal Studies", null)]
    [InlineData("Doctors at the Ostrelo General Hospital treated 80 patients.", "Ostrelo General Hospital", null)]
    [InlineData("The Office of the President denied the report.", "Office of the President", null)]
    [InlineData("Kenya Defence Forces Chief General Tom Otieno visited the site.", "Defence Forces", "Kenya")]
    [InlineData("The UN Human Rights Council will debate the report.", "Human Rights Council", "United Nations")]
    [InlineData("The Brenmoor Evening Times first reported the figure.", "Brenmoor Evening Times", null)]
    public void Annotate_CapitalisedNameWithOrganisationWord_IsAnOrganisation(string text, string written, string? within)
    {
        var mention = EntityText.Find(text, written);

        mention.Should().NotBeNull("'{0}' names a body in: {1}", written, text);
        mention!.Value.Entity.Kind.Should().Be(EntityKind.Organization);
        mention.Value.Entity.Name.Should().Be(written);
        mention.Value.Entity.Within.Should().Be(within);
        mention.Value.Rule.Should().Be("organisation");
    }

    [Theory]
    [InlineData("Lindenport Ferries Ltd said 40 sailings were cancelled.", "Lindenport Ferries Ltd")]
    [InlineData("Velmar Foods International Inc said 2 million customers were affected.", "Velmar Foods International Inc")]
    [InlineData("Kestrel Bay Shipping Corp denied the report.", "Kestrel Bay Shipping Corp")]
    [InlineData("Halvex Motor Co said the walkout would cut its profit by $2.4 billion.", "Halvex Motor Co")]
    public void Annotate_CompanyWithLegalForm_NamesTheCompanyWithoutIt(string text, string written)
    {
        var mention = EntityText.Find(text, written);

        mention.Should().NotBeNull("'{0}' names a company in: {1}", written, text);
        mention!.Value.Entity.Kind.Should().Be(EntityKind.Organization);
        mention.Value.Entity.Name.Should().Be(written[..written.LastIndexOf(' ')]);
    }

    [Theory]
    [InlineData("Brightwell & Co said 120 stores would close.", "Brightwell")]
    [InlineData("Halvex Tarrant & Co. said 300 workers would lose their jobs.", "Halvex Tarrant")]
    [InlineData("Orlen Vasko and Co said its profit fell by 8%.", "Orlen Vasko")]
    public void Annotate_CompanyWithAmpersandLegalForm_NamesTheCompanyWithoutTheJoiner(string text, string name)
    {
        var mentions = EntityText.Mentions(text);

        mentions.Select(m => m.Mention.Entity.Name).Should().Contain(name, "the legal form and its '&' or 'and' are not part of the name in: {0}", text);
        mentions.Select(m => m.Mention.Entity.Name).Should().NotContain(n => n == "Co" || n.EndsWith('&') || n.EndsWith(" and"));
    }

    [Fact]
    public void Annotate_OrganisationOpeningWithACountry_KeepsTheCountryAsItsOwnMention()
    {
        var mentions = EntityText.Mentions("US National Security Council spokesman Tom Reyes said 300 troops had arrived.");

        mentions.Select(m => (m.Written, m.Mention.Entity.Name)).Should().Equal(
            ("US", "United States"), ("National Security Council", "National Security Council"));
    }

    [Fact]
    public void Annotate_TwoBodiesJoinedByAnd_AreTwoOrganisations()
    {
        var mentions = EntityText.Mentions("Harbour Rights Watch and the Coastal Freedom Alliance both condemned the arrests.");

        mentions.Select(m => m.Written).Should().Equal("Harbour Rights Watch", "Coastal Freedom Alliance");
    }

    [Theory]
    [InlineData("The Kenya National Commission on Land Rights (KNCLR) said 39 people died. KNCLR later raised its count.", "KNCLR", "National Commission on Land Rights")]
    [InlineData("The Rapid Patrol Forces (RPF) entered the town. Witnesses said the RPF looted shops.", "RPF", "Rapid Patrol Forces")]
    [InlineData("Médecins Sans Clinique (MSC) sent two teams. MSC said 40 people were treated.", "MSC", "Médecins Sans Clinique")]
    [InlineData("Papua New Guinea (PNG) declared an emergency. PNG asked for help.", "PNG", "Papua New Guinea")]
    public void Annotate_AcronymDefinedInTheText_NamesTheSameEntityLater(string text, string acronym, string name)
    {
        var mentions = EntityText.Mentions(text).Where(m => m.Written == acronym).ToList();

        mentions.Should().HaveCount(2);
        mentions.Should().OnlyContain(m => m.Mention.Entity.Name == name);
        mentions.Select(m => m.Mention.Rule).Should().Equal("acronym", "document");
    }

    [Theory]
    [InlineData("NAIROBI, Kenya (AP) — Police said 17 people died.", "AP")]
    [InlineData("The Velmar Workers Union (AFP) said it would strike.", "AFP")]
    public void Annotate_ParenthesisedCapitalsThatDoNotAbbreviateTheName_DefineNothing(string text, string word)
    {
        EntityText.Find(text, word).Should().BeNull();
    }
}
