using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Crowd and strike counts: a bare figure after a gapped verb or after a placed figure, the day an undated count holds,
/// a date that belongs to what a figure is compared with, and figures for a place's streets or for voters abroad. Sentences
/// written for these tests.</summary>
public class CrowdCountTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static List<Claim> QuantityClaims(string text, DateOnly? published = null) =>
        Pipeline.Check([new Document("doc", text, "Test Wire", published)]).Claims.Where(c => c.Quantity is not null).ToList();

    [Theory]
    [InlineData("Mass protests, strikes in Vorland\n\nThousands protested across Vorland on Friday.\n\nThe organisers put the number at 23,500.")]
    [InlineData("General strike paralyses Vorland\n\nThe unions put the figure at 23,500.")]
    public void Extract_BareFigureInAReportWhoseLeadNamesOnlyTheGathering_CountsItsParticipants(string text)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 23_500d).Which.Measure.Should().Be("participants",
            "'protested' and a labour 'strike' name the gathering, not harm");
    }

    [Theory]
    [InlineData("Marches across Vorland\n\nThousands marched against the reform on Saturday.\n\nIn Brenmoor alone there were said to be about 23,500.")]
    [InlineData("Marches across Vorland\n\nThousands marched against the reform on Saturday.\n\nThere were some 23,500 of them in Brenmoor.")]
    public void Extract_BareFigureAfterThereWereInAReportOfAGathering_CountsItsParticipants(string text)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 23_500d).Which.Measure.Should().Be("participants",
            "'there were' gives the number as a count of the gathering's people");
    }

    [Fact]
    public void Extract_BareFigureAfterThereWereInAReportOfNoGathering_IsNoCount()
    {
        var claims = QuantityClaims("Budget talks in Vorland\n\nThe ministers met in Brenmoor on Saturday. There were 23,500 of them in the plan.", new DateOnly(2026, 6, 7));

        claims.Should().NotContain(c => c.Quantity!.Value.Value == 23_500d && c.Measure == "participants", "the report names no gathering");
    }

    [Fact]
    public void Extract_BareFigureInAReportOfAnAttackCalledAStrike_CountsNoParticipants()
    {
        var claims = QuantityClaims("Chilean strike on school in Kestrel Bay\n\nA Chilean strike hit a school in Kestrel Bay on Tuesday.\n\nThe civil defence agency put the number at 31.", new DateOnly(2026, 6, 7));

        claims.Should().NotContain(c => c.Measure == "participants", "a strike named after its side is an attack, not a gathering");
    }

    [Theory]
    [InlineData("Protest in Lindenport\n\nPolice put the crowd at 40,000, and the day before at 35,000.", 35_000d)]
    [InlineData("Protest in Lindenport\n\nOrganisers put the crowd at 40,000, and the police presence at 3,000.", 3_000d)]
    public void Extract_GappedClauseWhoseWordsAreNoSource_IsNoSiblingCount(string text, double value)
    {
        QuantityClaims(text, new DateOnly(2026, 6, 7)).Should().NotContain(c => c.Quantity!.Value.Value == value, "'the day before' and 'the police presence' are no source");
    }

    [Theory]
    [InlineData("Police said 12,000 people, far more than expected, marched in Lindenport on Saturday.")]
    [InlineData("About 12,000 people, as many as the square could hold, gathered in Lindenport on Saturday.")]
    public void Extract_ComparisonAsideBeforeTheFiguresOwnDate_LeavesTheDateToTheFigure(string text)
    {
        var claim = QuantityClaims(text, new DateOnly(2026, 3, 9)).Should().ContainSingle(c => c.Quantity!.Value.Value == 12_000d).Subject;

        claim.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 7), "the comparison ends at the comma; Saturday is the march's day");
    }

    [Theory]
    [InlineData("Inflation in Chile rose to 5.2% on higher prices abroad.", 5.2)]
    [InlineData("Some 300 citizens of Chile were flown home from abroad.", 300d)]
    public void Extract_AbroadAfterAPrepositionOfOriginOrCause_IsNoPartAbroad(string text, double value)
    {
        QuantityClaims(text, new DateOnly(2026, 3, 9)).Should().ContainSingle(c => c.Quantity!.Value.Value == value).Which.Measure.Should().NotContain("abroad");
    }

    [Fact]
    public void Extract_BareFigureAfterAPlacedOneGivenForTheWholeCountry_TakesNoPlace()
    {
        var claims = QuantityClaims("Marches across Vorland\n\nAt least 80,000 people marched in Lindenport, police said. Nationwide the organisers put the number at 300,000.", new DateOnly(2026, 3, 9));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 300_000d).Which.Place.Should().BeNull("'nationwide' gives the figure for the whole");
    }

    [Fact]
    public void Extract_BareFigureAfterAGappedVerb_IsTheSameCountFromItsOwnSource()
    {
        var claims = QuantityClaims("Rally in Lindenport\n\nAfter counting drone images, the security firm put the attendance at 47,300, and the city police at 48,100.");

        var police = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 48_100d).Subject;
        police.Measure.Should().Be("participants");
        police.Attribution!.Organization.Should().Be("city police");
    }

    [Theory]
    [InlineData("Rally in Lindenport\n\nLindenport police put attendance at some 14,500, while the organisers estimated it at over 31,000.", "organisers")]
    [InlineData("Rally in Lindenport\n\nThe city police put the crowd at 14,500, but the union put it at 31,000.", "union")]
    public void Extract_BareFigureAfterAGappedClauseThatRepeatsTheVerbWithIt_IsTheSameCountFromItsOwnSource(string text, string source)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        var second = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 31_000d).Subject;
        second.Measure.Should().Be("participants", "'it' stands for the crowd the first figure counts");
        second.Attribution!.Organization.Should().Be(source);
    }

    [Theory]
    [InlineData("Roughly 7,200 farmers rallied outside Brenmoor's parliament on Friday, the transport police reported; the union placed it at 11,800.", "union")]
    [InlineData("Police in Ostrava said nearly 7,200 nurses demonstrated there on Tuesday, but the union set the total at 11,800.", "union")]
    public void Extract_BareFigureInAClauseThatGivesItOrTheNumberAnotherSourcesFigure_IsTheSameCountFromThatSource(string text, string source)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        var second = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 11_800d).Subject;
        second.Measure.Should().Be("participants", "'it' and 'the total' stand for the crowd the first figure counts");
        second.Attribution!.Organization.Should().Be(source);
    }

    [Theory]
    [InlineData("According to the organisers, 64,000 teachers marched through Brenmoor; the police acknowledged 21,000.", "police")]
    [InlineData("Some 64,000 people marched in Brenmoor on Sunday, the union said, but the city police admitted 21,000.", "city police")]
    public void Extract_BareFigureThatIsTheObjectOfAnotherSourcesReportingVerb_IsTheSameCountFromThatSource(string text, string source)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        var second = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 21_000d).Subject;
        second.Measure.Should().Be("participants", "the reporting verb gives the crowd the first figure counts another value");
        second.Attribution!.Organization.Should().Be(source);
    }

    [Fact]
    public void Extract_BareFigureAfterAReportingVerbThatOpensAClauseOfItsOwn_IsNoRivalCount()
    {
        var claims = QuantityClaims("Floods killed 40 people in Brenmoor, and officials said 12 were children.", new DateOnly(2026, 6, 7));

        claims.Should().NotContain(c => c.Quantity!.Value.Value == 12d && c.Measure == "deaths",
            "the 12 are a part of the dead that a clause of its own describes, not another toll");
    }

    [Theory]
    [InlineData("Lindenport police put the turnout at about 21,000, while the organisers said it was 64,000.", "organisers")]
    [InlineData("Some 21,000 people marched in Brenmoor on Sunday, according to the police, while the union said it was 64,000.", "union")]
    public void Extract_BareFigureThatASourceSaysTheCountWas_IsTheSameCountFromThatSource(string text, string source)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        var second = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 64_000d).Subject;
        second.Measure.Should().Be("participants", "'it was' gives the crowd the first figure counts another value");
        second.Attribution!.Organization.Should().Be(source);
    }

    [Theory]
    [InlineData("Health officials said Canada had confirmed 40 cases, Mexico nine and Spain three.", 9d)]
    [InlineData("Health officials said Canada had confirmed 40 cases, Mexico nine and Spain three.", 3d)]
    [InlineData("Health officials said Canada had confirmed 40 cases and the Netherlands seven.", 7d)]
    public void Extract_BareFigureAfterAJoinedPlaceName_CountsWhatTheFigureBeforeCounts(string text, double value)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == value).Which.Measure.Should().Be("cases");
    }

    [Fact]
    public void Extract_FigureAfterAJoinedPlaceNameWithANounOfItsOwn_DoesNotTakeTheCountBefore()
    {
        var claims = QuantityClaims("Health officials said Canada had confirmed 40 cases and Mexico nine new clinics.", new DateOnly(2026, 6, 7));

        claims.Should().NotContain(c => c.Quantity!.Value.Value == 9d && c.Measure == "cases");
    }

    [Theory]
    [InlineData("The organisers said 600,000 people filled the square in Brenmoor, many times the 48,000 walkers that the city police counted.")]
    [InlineData("The organisers said 600,000 people filled the square in Brenmoor, many times the 48,000 walkers that the city police had counted.")]
    public void Extract_FigureWithARelativeClauseNamingItsSource_IsThatSources(string text)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 48_000d).Which.Attribution!.Organization.Should().Be("city police",
            "the relative clause on the figure names who reported it");
        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 600_000d).Which.Attribution!.Organization.Should().Be("organisers");
    }

    [Theory]
    [InlineData("About 5,000 people rallied in Vorland on Saturday, well short of the 20,000 that the union had predicted.", 5_000d, "union")]
    [InlineData("Some 3,200 runners took part in the Kestrel Bay race, below the 4,000 that the organisers had expected.", 3_200d, "organisers")]
    public void Extract_FigureBeforeARelativeClauseOnAnotherFigure_IsNotThatClausesSource(string text, double value, string source)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        claims.Should().Contain(c => c.Quantity!.Value.Value == value).Which.Attribution?.Organization.Should().NotBe(source,
            "the relative clause names who gave the later figure only");
    }

    [Fact]
    public void Extract_BareFigureAfterASemicolonWithNoSourceRestatingTheCount_IsNoSiblingCount()
    {
        var claims = QuantityClaims("About 14,500 people marched through Lindenport; the next march was put off until 31 May.", new DateOnly(2026, 6, 7));

        claims.Should().NotContain(c => c.Quantity!.Value.Value == 31d && c.Measure == "participants");
    }

    [Theory]
    [InlineData("Some 6,200 nurses marched in Ostrava on Friday, while the union put the figure at 11,000.")]
    [InlineData("Some 6,200 nurses marched in Ostrava on Friday, but the union put it at 11,000.")]
    public void Extract_FigureBeforeAContrastingSourceThatGivesItsOwnFigure_IsNotThatSources(string text)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 6_200d).Which.Attribution?.Organization.Should().BeNull(
            "after 'while' or 'but' the union gives only its own figure");
        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 11_000d).Which.Attribution!.Organization.Should().Be("union");
    }

    [Fact]
    public void Extract_GappedClauseWithItAfterANonSource_IsNoSiblingCount()
    {
        var claims = QuantityClaims("Rally in Lindenport\n\nPolice put the crowd at 14,500, and the day before put it at 9,800.", new DateOnly(2026, 6, 7));

        claims.Should().NotContain(c => c.Quantity!.Value.Value == 9_800d, "'the day before' is no source");
    }

    [Fact]
    public void Extract_GappedVerbWithAnotherMeasureBetween_IsNoSiblingCount()
    {
        var claims = QuantityClaims("The agency raised the toll to 41, and the injured to 130.");

        claims.Should().NotContain(c => c.Quantity!.Value.Value == 130d && c.Measure == "deaths", "'the injured' names other people");
    }

    [Fact]
    public void Extract_DateOfWhatTheFigureIsComparedWith_DoesNotDateTheFigure()
    {
        var claims = QuantityClaims("The organisers estimated that 61,300 people took part, almost three times as many as at the rally held two weeks earlier.",
            new DateOnly(2026, 3, 9));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 61_300d).Which.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 9),
            "'two weeks earlier' dates the rally it is compared with");
    }

    [Fact]
    public void Extract_DateOfWhatTheFigureIsComparedWith_BeforeTheFigure_DoesNotDateTheFigure()
    {
        var claims = QuantityClaims("Turnout in Vorland appeared lower than in the 2012 and 2017 elections, with only 13.6% of voters casting ballots.",
            new DateOnly(2031, 4, 6));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 13.6d).Which.Time!.Value.Start.Should().Be(new DateOnly(2031, 4, 6),
            "'2012 and 2017' date the elections it is compared with");
    }

    [Theory]
    [InlineData("Turnout in Vorland's mayoral election on Sunday was lower than the 2017 turnout of 57.4%.")]
    [InlineData("Turnout in Vorland reached 39.2% on Sunday. It was far lower than the 2017 turnout of 57.4%.")]
    [InlineData("Turnout in Vorland on Sunday fell sharply compared with the 2017 result of 57.4%.")]
    [InlineData("Turnout in Vorland on Sunday was lower than in 2017 (57.4%).")]
    public void Extract_FigureInsideTheComparedDatesOwnPhrase_KeepsThatDate(string text)
    {
        var claims = QuantityClaims(text, new DateOnly(2031, 4, 6));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 57.4d).Which.Time!.Value.Start!.Value.Year.Should().Be(2017,
            "the figure is the compared year's own");
    }

    [Fact]
    public void Extract_FigureInARelativeClauseOfTheComparedEvent_KeepsItsDate()
    {
        var claims = QuantityClaims("The rally in Lindenport was smaller than the march of March 2029, which drew an estimated 47,500 people.",
            new DateOnly(2031, 4, 6));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 47_500d).Which.Time!.Value.Start.Should().Be(new DateOnly(2029, 3, 1),
            "the figure is the compared march's own");
    }

    [Theory]
    [InlineData("A flood swept through Lindenport on Monday and drowned 12 people. It reached the harbour that night, the worst since 2029's Marrow Flood, which cut the valley off for a week and drowned around 9,000 people.", true)]
    [InlineData("A flood swept through Lindenport on Monday and drowned 12 people. It reached the harbour that night, the worst since the 2029 Marrow Flood, which drowned around 9,000 people.", true)]
    [InlineData("A flood swept through Lindenport on Monday and drowned 12 people. It reached the harbour that night, the worst since 2029's Marrow Flood, which, officials recall, drowned around 9,000 people.", false)]
    public void Extract_FigureInARelativeClauseOfANounAYearModifies_IsThatYearsOwn(string text, bool ofThatYear)
    {
        var claim = QuantityClaims(text, new DateOnly(2031, 4, 8)).Should().ContainSingle(c => c.Quantity!.Value.Value == 9_000d).Subject;

        (claim.Time!.Value.Start!.Value.Year == 2029).Should().Be(ofThatYear, "a relative clause on the dated flood tells that flood's toll, unless a comma parts it");
    }

    [Fact]
    public void Extract_FigureForPollingStationsAbroad_IsAPartApartFromTheCountrysOwn()
    {
        var claims = QuantityClaims("The commission said turnout reached 47.3% in Vorland and 17.2% at polling stations abroad.");

        var home = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 47.3d).Subject;
        var abroad = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 17.2d).Subject;
        abroad.Measure.Should().Be(home.Measure + MeasureNames.PartSeparator + "abroad");
    }

    [Theory]
    [InlineData("The commission put turnout in Vorland at 61.4%, and turnout among citizens abroad at 23.8%.")]
    [InlineData("Turnout in Vorland was 61.4%. Turnout abroad was 23.8%, the commission said.")]
    public void Extract_TurnoutWhoseMeasureNamesVotersAbroad_IsAPartApartFromTheCountrysOwn(string text)
    {
        var claims = QuantityClaims(text);

        var home = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 61.4d).Subject;
        var abroad = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 23.8d).Subject;
        abroad.Measure.Should().Be(home.Measure + MeasureNames.PartSeparator + "abroad");
    }

    [Fact]
    public void Extract_ShareAmongPeopleBackFromAbroad_IsNoFigureForPeopleAbroad()
    {
        var claims = QuantityClaims("Support for the party among people back from abroad was 33.1% in Vorland.");

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 33.1d).Which.Measure.Should().NotEndWith("abroad", "returnees are no longer abroad");
    }

    [Fact]
    public void Extract_FigureForTheStreetsOfAPlace_IsGivenForThePlace()
    {
        var claims = QuantityClaims("Police said 31,700 people marched through the streets of Lindenport.");

        claims.Should().ContainSingle().Which.Place.Should().Be("Lindenport");
    }

    [Fact]
    public void Extract_BareFigureAfterAFigureForAPlace_IsAnotherCountForThatPlace()
    {
        var claims = QuantityClaims("Mass protests in Vorland\n\nAt least 70,400 people marched in Lindenport, according to police. The organisers put the number at 260,800.",
            new DateOnly(2026, 6, 7));

        var police = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 70_400d).Subject;
        var organisers = claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 260_800d).Subject;
        organisers.Place.Should().Be(police.Place).And.NotBeNull();
        organisers.Measure.Should().Be(police.Measure);
    }

    [Fact]
    public void Extract_UndatedCrowdCountInAReportOfTheDayBefore_HoldsOnTheDayTheLeadReports()
    {
        var claims = QuantityClaims("Rally in Lindenport\n\nThousands of people marched in Lindenport on Thursday.\n\nPolice said about 9,300 people joined the march.",
            new DateOnly(2026, 3, 6));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 9_300d).Which.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 5));
    }

    [Fact]
    public void Extract_UndatedCrowdCount_IsNotDatedByTheDayOfAReportInTheLead()
    {
        var claims = QuantityClaims("The ministry said on Friday that the strike held on Wednesday drew few people.\n\nPolice counted 9,300 marchers in Lindenport.",
            new DateOnly(2026, 3, 6));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 9_300d).Which.Time!.Value.Start.Should().Be(new DateOnly(2026, 3, 4));
    }

    [Theory]
    [InlineData("The Kessel union had registered only 2,500 people for its march.")]
    [InlineData("Twice as many turned up as the 2,500 marchers that had been registered with the Kessel council.")]
    [InlineData("Only 2,500 people had been registered with the Kessel council for the march.")]
    [InlineData("The Kessel march was registered for 2,500 people by its organisers.")]
    public void Extract_CrowdFigureRegisteredInAdvance_IsPlannedNotACount(string text)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 2_500d).Which.Modality.Should().Be(Modality.Planned,
            "a crowd registered with the authorities is the size notified before the event, not a count of those who came");
    }

    [Fact]
    public void Extract_CrowdFigureThatHadBeenExpected_IsAForecast()
    {
        var claims = QuantityClaims("Roughly 2,500 marchers were expected in Kessel for the Sunday march.", new DateOnly(2026, 6, 7));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 2_500d).Which.Modality.Should().Be(Modality.Forecast,
            "the figure is what was expected before the march, not a count of it");
    }

    [Theory]
    [InlineData("Some 2,500 people joined the Kessel march on Sunday, police said.")]
    [InlineData("Roughly 2,500 people joined the Kessel march, and the march had been registered by a local union.")]
    [InlineData("Some 2,500 people joined the Kessel march, more than had been expected.")]
    [InlineData("Police registered 2,500 marchers at the Kessel march on Sunday.")]
    public void Extract_CrowdFigureWithNoRegistrationOfIt_StaysAsserted(string text)
    {
        var claims = QuantityClaims(text, new DateOnly(2026, 6, 7));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 2_500d).Which.Modality.Should().NotBe(Modality.Planned,
            "no registration governs the figure's clause");
    }
}
