using ClaimCheck.Entities;

namespace ClaimCheck.Tests.Entities;

/// <summary>Capitalised words that are not names of places or organisations (sentences written for these tests).</summary>
public class NotANameTests
{
    [Theory]
    [InlineData("Flooding in May killed 30 people.", "May")]
    [InlineData("The march in March drew 10,000 people.", "March")]
    [InlineData("Talks in Geneva resumed; more were held in Tuesday's session.", "Tuesday")]
    [InlineData("Rescuers district by district searched the rubble. Later, rescuers found 12 survivors.", "Rescuers")]
    [InlineData("In President Tom Otieno's home town, 20 people died.", "Tom Otieno")]
    [InlineData("The report was first published in the Western press.", "Western")]
    [InlineData("Nine people died in the southern Ostravian kingdom of Vorland on Monday.", "Ostravian")]
    [InlineData("Aid arrived in the remote northern Kelaric nation of Tarvo.", "Kelaric")]
    [InlineData("A Tesla fire on the motorway near Lindenport killed two people.", "Tesla")]
    [InlineData("Donations came through GoFundMe after the Lindenport floods.", "GoFundMe")]
    [InlineData("The report appeared in English and in Arabic.", "English")]
    [InlineData("Prices rose in Oct 2023 by 4 percent.", "Oct")]
    [InlineData("The quarrel began in Ruto, the party's secretary general, and his rival.", "Ruto")]
    [InlineData("JOIN US ON TELEGRAM FOR LIVE UPDATES from the region.", "TELEGRAM")]
    [InlineData("BREAKING NEWS: floods hit the coast near Kalvassa.", "BREAKING NEWS")]
    [InlineData("Aid arrived in the Taliban-run province of Drevik.", "Taliban-run")]
    [InlineData("The figure was reported in AFP's first dispatch.", "AFP")]
    [InlineData("Health Minister Jane Okello said 40 clinics closed.", "Health Minister Jane Okello")]
    [InlineData("Six regions are under a state of emergency.", "Six")]
    [InlineData("Marta Quillan, a town councillor, said the road was closed.", "Marta Quillan")]
    [InlineData("In Ostravia, Delmont, 64, was sworn in for a second term.", "Delmont")]
    [InlineData("In Kestrel Bay, Harrow, the outgoing mayor, conceded defeat.", "Harrow")]
    [InlineData("A safe in the Lindenport cell held about US$40,000 in cash.", "US")]
    [InlineData("Doctors in Ostrava confirmed two more cases of the Kenya strain on Friday.", "Kenya")]
    [InlineData("A lab in Brenmoor found the Chile variant in three samples.", "Chile")]
    [InlineData("Doctors in Ostrava counted 40 cases of Shiga toxin-producing bacteria by Friday.", "Shiga")]
    [InlineData("A lab in Ostrava confirmed a Kenya strain-related case on Friday.", "Kenya")]
    [InlineData("Doctors in Brenmoor reported 12 cases of Kenyan encephalitis on Friday.", "Kenyan")]
    [InlineData("Osterby Mills changed hands last year at 960,000 Swiss francs, its owners said.", "Swiss")]
    [InlineData("Halvex Motor said it lost 310 million US dollars in the quarter.", "US")]
    [InlineData("Ostravia's fund sold 70 million Kenyan shillings of bonds on Friday.", "Kenyan")]
    [InlineData("Brochures sell the lakeside village of Kestrel Bay as the 'little Norway' of the coast.", "Norway")]
    [InlineData("Locals nickname the Brenmoor market district \u00ABmini Japan\u00BB for its noodle bars.", "Japan")]
    [InlineData("Visitors call the Brenmoor old town \u201Clittle Paris\u201D for its boulevards.", "Paris")]
    public void Annotate_CapitalisedWordThatIsNotAName_IsNoMention(string text, string word)
    {
        EntityText.Mentions(text).Should().NotContain(m => m.Written.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenya strain on rural clinics grew as 40 patients came in on Friday.", "Kenya")]
    [InlineData("Union leaders said the Lagos strains on ferry crews were growing.", "Lagos")]
    public void Annotate_PlaceBeforeANounInAnotherSense_IsStillAMention(string text, string word)
    {
        EntityText.Mentions(text).Should().Contain(m => m.Written == word, "'strain on' is a load on the place, not a strain named after it");
    }

    [Fact]
    public void Annotate_HeadlineInTitleCase_LearnsNothingFromItsCapitals()
    {
        var mentions = EntityText.Mentions("Rescuers Race Against Time In Flooded Mountain Villages\nThe rain stopped on Monday.");

        mentions.Should().BeEmpty();
    }

    [Fact]
    public void Annotate_HeadlineInTitleCase_StillNamesWhatTheLexiconOrTheBodyKnows()
    {
        var mentions = EntityText.Mentions("Floods Kill Dozens In Karnavi And Kenya\nThe rain fell hardest in Karnavi province.");

        mentions.Take(2).Select(m => m.Written).Should().Equal("Karnavi", "Kenya");
    }

    [Fact]
    public void Annotate_OrganisationNameUsedAsModifierAfterAnArticle_IsAnAdjectiveUse()
    {
        var mention = EntityText.Find("Following a Velmar Workers Union briefing, officials said 300 people marched.", "Velmar Workers Union");

        mention!.Value.Form.Should().Be(EntityMentionForm.Demonym);
    }
}
