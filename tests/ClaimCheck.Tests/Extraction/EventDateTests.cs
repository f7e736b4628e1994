using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Which date an event claim takes: an event in a clause opened by a time conjunction ("after", "before", "since") is
/// dated only inside that clause, so the day of a later count or rescue is not read as the day of the event.</summary>
public sealed class EventDateTests
{
    private static readonly DateOnly Published = new(2026, 3, 11);

    private static IReadOnlyList<Claim> EventClaims(string text, string predicate) =>
        ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", Published))
            .Where(c => c.Predicate == predicate).ToList();

    [Theory]
    [InlineData("Nine hikers were found dead on Monday and 14 were missing after the volcano erupted near Lindenport, a rescuer said.", "erupt")]
    [InlineData("Officials said 19 miners got out after the shaft collapsed in Brenmoor and six were rescued on Tuesday.", "collapse")]
    [InlineData("Rescuers reached the village on Tuesday, two days before the dam collapsed at Brenmoor.", "collapse")]
    public void EventInTimeClause_TakesNoDateOutsideIt(string text, string predicate)
    {
        var claim = EventClaims(text, predicate).Single();

        claim.Place.Should().NotBeNull();
        claim.Time.Should().BeNull();
    }

    [Theory]
    [InlineData("Crews stood down on Thursday evening; the fire had started at the Vorland depot 90 hours earlier.", "begin")]
    [InlineData("The mayor met the families on Tuesday; an inquiry into why the dam collapsed at Brenmoor was ordered.", "collapse")]
    public void EventAcrossSemicolon_TakesNoDateFromTheOtherClause(string text, string predicate)
    {
        var claim = EventClaims(text, predicate).Single();

        claim.Place.Should().NotBeNull();
        claim.Time.Should().BeNull();
    }

    [Theory]
    [InlineData("The ferry went down near Kestrel Bay at about 4pm, an hour after leaving Lindenport.", "sink")]
    [InlineData("The dam collapsed near Brenmoor at 11:40 GMT, the regional office said.", "collapse")]
    [InlineData("The bridge collapsed in Brenmoor shortly before midnight, the regional office said.", "collapse")]
    [InlineData("The ferry sank near Kestrel Bay at around 3 in the morning, the coast guard said.", "sink")]
    public void EventAtClockTimeAlone_TakesNoDate(string text, string predicate)
    {
        var claim = EventClaims(text, predicate).Single();

        claim.Place.Should().NotBeNull();
        claim.Time.Should().BeNull();
    }

    [Theory]
    [InlineData("Nine depot workers have now been killed by the explosion in Brenmoor, the regional office said.", "explode")]
    [InlineData("Fourteen miners are now dead following the explosion in the Vorland colliery, the company said.", "explode")]
    public void EventCountedAsOfNow_TakesNoDateFromTheCount(string text, string predicate)
    {
        var claim = EventClaims(text, predicate).Single();

        claim.Place.Should().NotBeNull();
        claim.Time.Should().BeNull();
    }

    [Theory]
    [InlineData("The ferry sank near Kestrel Bay at 4pm on Sunday, the coast guard said.")]
    [InlineData("The ferry sank near Kestrel Bay at midnight on Sunday, the coast guard said.")]
    [InlineData("The ferry sank near Kestrel Bay on Sunday at 3 in the morning, the coast guard said.")]
    public void EventAtClockTimeWithItsDay_KeepsTheDay(string text)
    {
        var claim = EventClaims(text, "sink").Single();

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 8));
    }

    [Theory]
    [InlineData("Relatives gathered in Lindenport on Tuesday to mourn the 14 who died when a helicopter with 19 engineers, including two from Vorland, crashed near Brenmoor.")]
    [InlineData("On Thursday an insurer in Vorland began paying the families of those hurt when a minibus carrying 30 fans, most of them teenagers, crashed outside Brenmoor.")]
    public void EventInWhenClauseWithAnAsideOnThePeople_TakesNoDateOutsideIt(string text)
    {
        var claim = EventClaims(text, "crash").Single();

        claim.Place.Should().NotBeNull();
        claim.Time.Should().BeNull();
    }

    [Fact]
    public void EventAfterABracketedReportDate_TakesNoDate()
    {
        var claim = EventClaims("The Lindenport harbour office announced late on Monday (March 9) that a cargo ship with 12 crew sank near Kestrel Bay.", "sink")
            .Single();

        claim.Place.Should().NotBeNull();
        claim.Time.Should().BeNull();
    }

    [Fact]
    public void EventAfterAnAsideOnThePeople_KeepsItsOwnDate()
    {
        var claim = EventClaims("A ferry carrying 40 people, most of them traders, capsized near Kestrel Bay on Sunday.", "capsize").Single();

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 8));
    }

    [Fact]
    public void EventInWhenClauseAfterAnOutcome_TakesNoDateOutsideIt()
    {
        var claim = EventClaims("Officials in Lindenport on Tuesday released the bodies of those killed when the plane crashed near Brenmoor.", "crash")
            .Single();

        claim.Place.Should().NotBeNull();
        claim.Time.Should().BeNull();
    }

    [Theory]
    [InlineData("On Saturday, 9 people were killed when the ferry sank near Kestrel Bay in Vorland.")]
    [InlineData("On Saturday, 9 died when the ferry sank near Kestrel Bay in Vorland.")]
    public void EventInWhenClauseAfterAMainVerbOutcome_KeepsTheSentenceDate(string sentence)
    {
        var claim = EventClaims(sentence, "sink").Single();

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 7));
    }

    [Fact]
    public void EventInWhenClauseWithoutAnOutcome_KeepsTheSentenceDate()
    {
        var claim = EventClaims("On Sunday, when the dam collapsed at Brenmoor, rescuers were already there.", "collapse").Single();

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 8));
    }

    [Fact]
    public void EventInTimeClause_KeepsItsOwnDate()
    {
        var claim = EventClaims("Seven people were rescued in Lindenport after the dam collapsed on Sunday.", "collapse").Single();

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 8));
    }

    [Fact]
    public void EventInMainClause_StillTakesTheDateAfterIt()
    {
        var claim = EventClaims("The dam at Brenmoor collapsed on Sunday after days of heavy rain.", "collapse").Single();

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 8));
    }

    [Theory]
    [InlineData("Brenmoor's council started handing out blankets in Lindenport on Wednesday.")]
    [InlineData("The agency began clearing the roads in Kestrel Bay on Friday night.")]
    public void BeginFollowedByAGerund_IsNoStartOfTheEvent(string text)
    {
        EventClaims(text, "begin").Should().BeEmpty("starting to do something names an activity taken up that day, not the start of the event");
    }

    [Theory]
    [InlineData("The strike began in Lindenport on Monday, the union said.")]
    [InlineData("The fire started during the night in Kestrel Bay on Sunday, officials said.")]
    [InlineData("The fire started early Sunday morning in Kestrel Bay, officials said.")]
    public void BeginFollowedByAPlaceOrTime_StillStartsTheEvent(string text)
    {
        EventClaims(text, "begin").Should().ContainSingle();
    }

    [Theory]
    [InlineData("A stampede at a food handout in Brenmoor on Sunday killed 31 people, the governor said.", "stampede")]
    [InlineData("The landslide buried 40 homes in Kestrel Valley on Sunday, the regional office said.", "landslide")]
    [InlineData("The outage cut phone lines across Vorland on Sunday, the operator said.", "outage")]
    [InlineData("The Brenmoor dam gave way on Sunday, flooding six villages.", "collapse")]
    [InlineData("Nine workers died in the collapse of the Lindenport warehouse on Sunday, the police said.", "collapse")]
    public void DisasterNounOrVerb_IsAnEventDatedByItsSentence(string text, string predicate)
    {
        var claim = EventClaims(text, predicate).Single();

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 8));
    }

    [Fact]
    public void GaveWayTo_IsNoCollapse()
    {
        EventClaims("In Brenmoor the rain gave way to sunshine on Sunday, the weather office said.", "collapse").Should().BeEmpty();
    }

    [Theory]
    [InlineData("The dead from the warehouse collapse in Lindenport numbered 23 by Monday morning, the police said.")]
    [InlineData("As of Monday, the toll of the warehouse collapse in Lindenport stood at 23, the police said.")]
    public void EventBesideTheDayATollWasReadAt_TakesNoDateFromIt(string text)
    {
        var claim = EventClaims(text, "collapse").Single();

        claim.Time.Should().BeNull();
    }

    [Fact]
    public void EventBeforeAnotherNounsPossessiveDay_TakesNoDateFromIt()
    {
        var claim = EventClaims("The warehouse collapse in Lindenport came a day before Monday's harvest festival, officials said.", "collapse").Single();

        claim.Time.Should().BeNull();
    }

    [Theory]
    [InlineData("Eleven workers were killed by Monday's warehouse collapse in Lindenport, the police said.")]
    [InlineData("Rescuers were still searching the site two days after Monday's warehouse collapse in Lindenport.")]
    public void EventInItsOwnPossessiveDaysPhrase_KeepsTheDay(string text)
    {
        var claim = EventClaims(text, "collapse").Single();

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 9));
    }

    [Theory]
    [InlineData("Christmas funfair: a stampede in Brenmoor kills nine children")]
    [InlineData("An Easter fair ended in a stampede in Brenmoor, the police said.")]
    public void HolidayNamingAKindOfGathering_DatesNoEvent(string text)
    {
        var claim = EventClaims(text, "stampede").Single();

        claim.Time.Should().BeNull();
    }

    [Fact]
    public void StampedeOnAHoliday_IsDatedByIt()
    {
        var claim = EventClaims("A stampede in Brenmoor on Christmas Day killed nine people, the police said.", "stampede").Single();

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start!.Value.Month.Should().Be(12);
    }
}
