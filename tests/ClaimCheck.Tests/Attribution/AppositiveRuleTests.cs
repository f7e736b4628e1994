using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="AppositiveRule"/>: "Name, role, said" and the people it remembers.</summary>
public sealed class AppositiveRuleTests
{
    [Theory]
    [InlineData("Ana Ruiz, a spokeswoman for the port authority, said 12 cranes were damaged.", "12", "Ana Ruiz", "port authority", "spokeswoman")]
    [InlineData("The deputy mayor of the city, Ana Ruiz, told reporters 40 people were missing.", "40", "Ana Ruiz", "city", "deputy mayor")]
    [InlineData("Tomas Lind, who heads the regional water office, said 800 wells ran dry.", "800", "Tomas Lind", "regional water office", null)]
    [InlineData("Tomas Lind, speaking at a news conference on Monday, said 800 wells ran dry.", "800", "Tomas Lind", null, null)]
    [InlineData("Tomas Lind, who imagines himself a hero, said 800 wells ran dry.", "800", "Tomas Lind", null, null)]
    [InlineData("Tomas Lind, who chairs the Valley Water Commission (VWC), said 800 wells ran dry.", "800", "Tomas Lind", "Valley Water Commission", null)]
    [InlineData("The tribunal, whose rulings are final, said 65% of the ballots were valid.", "65", null, "tribunal", null)]
    [InlineData("The Harbour Workers Union, the largest union of dock workers, organiser of the strike, said 3,000 members walked out.", "3,000", null, "Harbour Workers Union", null)]
    [InlineData("The coast guard, however, said 31 sailors were rescued.", "31", null, "coast guard", null)]
    [InlineData("The coast guard, for its part, said 31 sailors were rescued.", "31", null, "coast guard", null)]
    public void SubjectBefore_NameAndAppositive_NamesTheSpeakerAndTheirBody(string text, string figure, string? speaker, string? organization, string? role)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        source.Should().NotBeNull();
        source!.Speaker.Should().Be(speaker);
        source.Organization.Should().Be(organization);
        source.Role.Should().Be(role);
    }

    [Theory]
    [InlineData("The toll from the storm in Velmar has risen to 57 while crews dig on, the province's commissioner for information and culture, Dara Velm, said on Thursday.", "57")]
    [InlineData("The toll from the storm in Velmar has risen to 57, the town's minister of water and sanitation, Dara Velm, said.", "57")]
    public void SubjectBefore_TitleWithTwoObjectsJoinedByAnd_KeepsTheTrailingSpeaker(string text, string figure)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        source.Should().NotBeNull();
        source!.Speaker.Should().Be("Dara Velm");
    }

    [Fact]
    public void SubjectBefore_BodyAfterAnd_IsNotJoinedToTheTitle()
    {
        // "the ministry of health and police": two sources, so the body after "and" is not read as part of one title.
        var source = AttributionProbe.SourceAt("The ministry of health and police said 14 people were hurt in Tarvo.", "14");

        source?.Organization.Should().NotBe("ministry of health and police");
    }

    [Theory]
    [InlineData("Ana Ruiz, the union leader, spoke to reporters. She said 2,000 workers would walk out.", "Ana Ruiz", "She")]
    [InlineData("Ana Ruiz, the union leader, addressed the rally. Ruiz said 2,000 workers had joined.", "Ana Ruiz", "Ruiz")]
    public void TryMatch_NameAndRoleBetweenCommas_IsRememberedForALaterPronounOrSurname(string text, string speaker, string span)
    {
        var source = AttributionProbe.SourceAt(text, "2,000");

        source!.Speaker.Should().Be(speaker);
        source.Organization.Should().Be("union");
        source.Role.Should().Be("leader");
        AttributionProbe.SpanText(text, source).Should().Be(span);
    }
}
