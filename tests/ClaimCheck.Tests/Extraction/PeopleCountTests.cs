using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Counts of people: what the words around a count say it measures, where the people came from, and when a count
/// given "since" a month holds. Sentences written for these tests.</summary>
public class PeopleCountTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static Claim FirstQuantityClaim(string text, DateOnly? published = null)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", published)]);
        var claims = report.Claims.Where(c => c.Quantity is not null).ToList();
        claims.Should().NotBeEmpty("'{0}' makes a quantity claim", text);
        return claims[0];
    }

    [Theory]
    [InlineData("On the Vorlandian side, 64 soldiers died during two days of shelling, the army said.", "Vorland")]
    [InlineData("Officials said that on the Vorlandian side 64 soldiers were killed.", "Vorland")]
    [InlineData("Ostravan officials said 64 soldiers were killed on the Vorlandian border.", "Ostrava")]
    public void Extract_TollCountedOnOneSideOfAConflict_IsThatSidesCountry(string text, string subject)
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\ndemonym\tVorlandian\tVorland\nplace\tOstrava\tOstrava\t\ndemonym\tOstravan\tOstrava\n", "sides.tsv"))
            .Build();
        var report = pipeline.Check([
            new Document("doc", "Ostravan troops and Vorlandian forces clashed along their border on Monday, leaving 38 Ostravan soldiers dead. " + text, "Test Wire", new DateOnly(2026, 3, 2)),
        ]);

        report.Claims.Single(c => c.Quantity is { Value: 64 }).Subject.Should().Be(subject, "a side noun after a demonym names whose toll it is; a border does not");
    }

    [Theory]
    [InlineData("38 killed as Ostravan airliner crashes in Vorland", "Vorland")]
    [InlineData("38 dead after an Ostravan ferry sank in neighbouring Vorland on Sunday.", "Vorland")]
    [InlineData("38 killed as Ostravan airliner crashes on Vorland border", "Ostrava")]
    [InlineData("38 Ostravan nationals were among the dead in Vorland.", "Ostrava")]
    public void Extract_TollOfAForeignVehicleOrPeopleInAnotherCountry_IsTheCountryNamedAsWhereElseTheFirst(string text, string subject)
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\ndemonym\tVorlandian\tVorland\nplace\tOstrava\tOstrava\t\ndemonym\tOstravan\tOstrava\n", "sides.tsv"))
            .Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Single(c => c.Quantity is { Value: 38 }).Subject.Should().Be(subject,
            "a country named after 'in' is where the toll was counted; a carrier's demonym is not, and counted people's own demonym says whose they are");
    }

    [Theory]
    [InlineData("Eleven people died after gas leaked from a plant of the Ostravan company Halvex Polymers in Kessel.", "Vorland")]
    [InlineData("Eleven students died when gunmen raided a school in Kessel, a town about 5 km from the border with Ostrava.", "Vorland")]
    [InlineData("Eleven people died in a landslide in Kessel, near the Ostravan border, on Sunday.", "Vorland")]
    [InlineData("Eleven people died in a landslide in Kessel, near the Ostrava border, on Sunday.", "Vorland")]
    [InlineData("Eleven people died in a landslide in Ostrava, near the border, on Sunday.", "Ostrava")]
    [InlineData("Eleven people died in a landslide in the Ostravan border town of Kessel on Sunday.", "Ostrava")]
    [InlineData("Eleven Ostravan workers died when a plant blew up at Kessel on Sunday.", "Ostrava")]
    [InlineData("Eleven people died in a landslide near the Ostravan border on Sunday.", "Ostrava")]
    public void Extract_TollBesideAFirmsNationalityOrABorder_IsNotThatCountrysToll(string text, string subject)
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\ndemonym\tVorlandian\tVorland\nplace\tOstrava\tOstrava\t\ndemonym\tOstravan\tOstrava\n", "sides.tsv"))
            .Build();
        var report = pipeline.Check([
            new Document("doc", "Officials in Vorland opened an inquiry on Monday into the deaths. " + text, "Test Wire", new DateOnly(2026, 3, 2)),
        ]);

        report.Claims.Single(c => c.Quantity is { Value: 11 }).Subject.Should().Be(subject,
            "a firm's nationality or a neighbour across a border says nothing of where the toll was counted; a country named as the place still does");
    }

    [Theory]
    [InlineData("Eleven people died after gas leaked from a plant of the Ostravan company Halvex Polymers in Kessel.")]
    [InlineData("Eleven students died when gunmen raided a school in Kessel, a town about 5 km from the border with Ostrava.")]
    public void Extract_TownNamedBesideAFirmsNationalityOrABorderOnly_IsNotPutInThatCountry(string text)
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tOstrava\tOstrava\t\ndemonym\tOstravan\tOstrava\n", "ostrava.tsv"))
            .Build();
        var report = pipeline.Check([
            new Document("doc", text + " Officials in Kessel said 200 people were taken to hospital.", "Test Wire", new DateOnly(2026, 3, 2)),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 11 or 200 }).Should().NotBeEmpty()
            .And.OnlyContain(c => c.Subject != "Ostrava" && c.PlaceWithin != "Ostrava",
                "a report that names a country only as a firm's nationality or across a border does not put its towns in that country");
    }

    [Theory]
    [InlineData("The case total in Vorland has risen to 67, health officials said.")]
    [InlineData("The case count in the outbreak has reached 67, health officials in Vorland said.")]
    [InlineData("Health officials in Vorland said the case tally rose to 67 on Friday.")]
    public void Extract_CountNamedByTheNounBeforeIt_IsThatNounsMeasure(string text)
    {
        FirstQuantityClaim(text).Measure.Should().Be("cases", "a counted noun before a figure noun ('case count') says what the updated figure counts");
    }

    [Theory]
    [InlineData("Cholera cases in Vorland have risen to 3,210, health officials said.", 3210, "cases")]
    [InlineData("Infections since March have reached 840 in Vorland, the ministry said.", 840, "cases")]
    [InlineData("In Vorland, hospitalizations had climbed to 36 by Friday, officials said.", 36, "hospitalised")]
    public void Extract_BareFigureAfterAnUpdateVerb_CountsTheRunningNounOfItsSubject(string text, double value, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == value && c.Measure == measure).Should().NotBeEmpty(
            "a bare figure an update verb gives counts the running-count noun that heads the verb's subject");
    }

    [Theory]
    [InlineData("Cholera cases in Vorland now number 3,210, health officials said.", 3210, "cases")]
    [InlineData("Health officials said measles infections tied to the Brenmoor fair currently total 84.", 84, "cases")]
    public void Extract_FigureNounUsedAsAVerbAfterNow_CountsTheRunningNounOfItsSubject(string text, double value, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == value && c.Measure == measure).Should().NotBeEmpty(
            "'now number' and 'currently total' are verbs that give the running count of the noun heading their subject");
    }

    [Fact]
    public void Extract_FigureNounRightBeforeAFigure_WithNoAdverbBeforeIt_IsNoRunningCount()
    {
        var report = Pipeline.Check([new Document("doc", "Cholera cases rose in Vorland, where the number 12 bus no longer runs.", "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { Value: 12 } && c.Measure == "cases").Should().BeEmpty(
            "'the number 12' names a bus route, not a running count: only an adverb like 'now' before the noun makes it a verb");
    }

    [Theory]
    [InlineData("As of June 9 hospitalizations in Vorland had risen to 41, officials said.", 41, "hospitalised")]
    [InlineData("As of June 9 infections in Brenmoor had climbed to 320, the ministry said.", 320, "cases")]
    public void Extract_BareFigureAfterAnUpdateVerb_WithADateRightBeforeItsNoun_CountsTheRunningNoun(string text, double value, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 20))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == value && c.Measure == measure).Should().NotBeEmpty(
            "a date's day right before the subject's noun is no figure that the noun could belong to");
    }

    [Theory]
    [InlineData("The health minister put at 412 the number of people taken to hospital after a gas leak in Brenmoor.", 412, "hospitalised")]
    [InlineData("A monitoring group put at 1,208 the number of people, soldiers among them, killed in ten days of fighting in Orvik.", 1208, "deaths")]
    [InlineData("The Kestrel Valley coroner put at 57 the number of dead.", 57, "deaths")]
    public void Extract_FigureBeforeTheNumberItGives_CountsWhatTheNumberCounts(string text, double value, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 20))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == value && c.Measure == measure).Should().NotBeEmpty(
            "'put at N the number of people killed' gives the same count as 'put the number of people killed at N'");
    }

    [Fact]
    public void Extract_FigureAfterAtBeforeANounOtherThanAFigureNoun_IsNoFrontedNumber()
    {
        var report = Pipeline.Check([new Document("doc", "The Brenmoor ferry left at 7 the morning after 12 people were killed in the storm.", "Test Wire", new DateOnly(2026, 3, 20))]);

        report.Claims.Where(c => c.Quantity is { Value: 7 } && c.Measure == "deaths").Should().BeEmpty(
            "only a figure noun ('number', 'toll') after 'at N the' makes the figure the count of the phrase after it");
    }

    [Theory]
    [InlineData("The Kessel ward held 40 cases as the queue rose to 12 on Monday.", 12)]
    [InlineData("Doctors in Vorland said patients waited for treatment until the queue reached 12.", 12)]
    public void Extract_BareFigureAfterAnUpdateVerb_WithNoRunningNounHeadingItsSubject_IsNoCount(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == value && c.Measure == "cases").Should().BeEmpty(
            "a noun right after another figure is that figure's, and a subject no running-count noun heads gives the figure no such measure");
    }

    [Fact]
    public void Extract_BareFigureAfterAnUpdateVerb_WithAPersonNounHeadingItsSubject_IsNotReadAsThatNounsRunningCount()
    {
        var report = Pipeline.Check([new Document("doc", "Flu victims in Vorland have risen to 40, officials said.", "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { Value: 40 } && c.Measure == "deaths").Should().BeEmpty(
            "'victims' is a person noun (listed singular): whether they died is for the outcome rules, not the running-count noun");
    }

    [Theory]
    [InlineData("Health officials in Vorland linked 58 hospitalizations to the tainted cheese.")]
    [InlineData("The tainted cheese has led to 58 hospitalisations across Vorland, health officials said.")]
    [InlineData("Health officials in Vorland said 58 people were hospitalized after eating the tainted cheese.")]
    [InlineData("The tainted cheese has caused three deaths and 58 hospitalizations in Vorland, health officials said.")]
    public void Extract_HospitalStaysCountedAsANoun_AreTheHospitalised(string text)
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\n", "vorland.tsv"))
            .Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Single(c => c.Quantity is { Value: 58 }).Measure.Should().Be("hospitalised",
            "'58 hospitalizations' counts the same people as '58 were hospitalized'");
    }

    [Theory]
    [InlineData("Displacement in the river valley stands at 5,120 people, the civil protection agency said.", "displaced")]
    [InlineData("Displacement has reached 5,120 people since the dam broke, officials in Vorland said.", "displaced")]
    [InlineData("Evacuations since the eruption number at least 5,120 people, officials said.", "evacuees")]
    [InlineData("Evacuations in Vorland totalled 5,120 people by Friday.", "evacuees")]
    [InlineData("The population of the valley stands at 5,120 people, according to the census.", "population")]
    [InlineData("Attendance at the memorial in Vorland numbered 5,120 people.", "participants")]
    public void Extract_CountAfterANounOfWhatBefellPeopleAndALinkingVerb_TakesThatNounsMeasure(string text, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Single(c => c.Quantity is { Value: 5120 }).Measure.Should().Be(measure,
            "the noun before the linking verb says what the count counts; a population or an attendance is no toll");
    }

    [Theory]
    [InlineData("At least 19 villagers, and perhaps many more, died in the mudslide in Vorland.", "deaths")]
    [InlineData("In Vorland, 19 people, or possibly more, drowned when the ferry capsized.", "deaths")]
    [InlineData("At least 19 people, maybe far more, were hurt in the blast in Vorland.", "injuries")]
    public void Extract_CountBeforeAnAsideSayingThereMayBeMore_TakesWhatHappenedAfterTheAside(string text, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Single(c => c.Quantity is { Value: 19 }).Measure.Should().Be(measure,
            "an aside saying the count may be higher stands between the people counted and what happened to them");
    }

    [Theory]
    [InlineData("An avalanche in Italy's Aosta valley killed seven climbers, two Italians and one Austrian among them.", "deaths · italians")]
    [InlineData("An avalanche in Switzerland killed seven climbers, two Italians and one Austrian among them.", "deaths")]
    public void Extract_NationalsOfTheCountryTheSentencePlacesTheTollIn_AreAPartOfThatToll(string text, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Single(c => c.Quantity is { Value: 2 }).Measure.Should().Be(measure,
            "Italians killed in Italy are a part of the toll there; Italians killed elsewhere are Italy's own toll");
    }

    [Theory]
    [InlineData("The Vorlandian side said Ostravan troops had killed 64 civilians in Ostrava's border villages.")]
    [InlineData("The Vorlandian side accused Ostrava of killing 64 civilians in the border villages.")]
    public void Extract_ASideThatSpeaksOfAnotherCountrysDeeds_DoesNotOwnTheToll(string text)
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\ndemonym\tVorlandian\tVorland\nplace\tOstrava\tOstrava\t\ndemonym\tOstravan\tOstrava\n", "sides.tsv"))
            .Build();
        var report = pipeline.Check([new Document("doc", "Fighting flared along the Ostravan frontier on Monday. " + text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Single(c => c.Quantity is { Value: 64 }).Subject.Should().NotBe("Vorland", "the side is who speaks; another country's deed follows it");
    }

    [Theory]
    [InlineData("If the Kestrel Bay levee does not hold, about 1,800 homes may be flooded by Friday.")]
    [InlineData("The ferry operator said that if no crew can be found, some 1,800 passengers would be stranded in Brenmoor.")]
    public void Extract_CountAfterANegatedCondition_IsNotNegated(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        claim.Quantity!.Value.Value.Should().Be(1_800d);
        claim.Polarity.Should().Be(Polarity.Affirmed, "the 'no' or 'not' belongs to the condition, not to the figure");
    }

    [Theory]
    [InlineData("A fault the Brenmoor signal box could not clear halted trains on Monday, and about 1,800 commuters were stranded.", Polarity.Affirmed, Modality.Asserted)]
    [InlineData("The Kestrel Bay pier did not reopen, and 1,800 visitors were turned away.", Polarity.Affirmed, Modality.Asserted)]
    [InlineData("The Kestrel Bay pier did not reopen and 1,800 visitors were not turned away.", Polarity.Negated, Modality.Asserted)]
    public void Extract_FigureOpeningAClauseAfterCommaAnd_HasItsOwnStance(string text, Polarity polarity, Modality modality)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        claim.Quantity!.Value.Value.Should().Be(1_800d);
        claim.Polarity.Should().Be(polarity, "the negation of the clause before ', and' is not the figure's");
        claim.Modality.Should().Be(modality, "the modal of the clause before ', and' is not the figure's");
    }

    [Theory]
    [InlineData("No storm in Vorland had killed more than 1,800 people since the floods of 1998.", Polarity.Affirmed)]
    [InlineData("No flood in Vorland has displaced 1,800 families since records began.", Polarity.Affirmed)]
    [InlineData("No more than 1,800 people were evacuated from Brenmoor, the mayor said.", Polarity.Affirmed)]
    [InlineData("No storm in Vorland had killed more than 1,800 people in a single day.", Polarity.Negated)]
    public void Extract_NoSinceRecordStatement_DeniesNoFigure(string text, Polarity polarity)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        claim.Quantity!.Value.Value.Should().Be(1_800d);
        claim.Polarity.Should().Be(polarity, "'no … since' states a record, as 'the first … since' does; a plain 'no' still negates");
    }

    [Theory]
    [InlineData("A resident of Kestrel Bay, Tomas (not his real name), said the shelter had 1,800 beds.")]
    [InlineData("The Brenmoor depot (which did not reopen) handled 1,800 parcels on Monday.")]
    public void Extract_NegationInsideAParenthesisClosedBeforeTheFigure_IsNotTheFigures(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        claim.Quantity!.Value.Value.Should().Be(1_800d);
        claim.Polarity.Should().Be(Polarity.Affirmed, "the 'not' of an aside in brackets says nothing of the figure after it");
    }

    [Theory]
    [InlineData("Investigators have not yet found what set off the blast that tore through the Kestrel Bay depot, killing at least 58 workers.", Polarity.Affirmed)]
    [InlineData("The Brenmoor dam did not give way, and the flood that followed did not kill 58 workers.", Polarity.Negated)]
    public void Extract_ResultParticipleAfterANegatedClause_HasItsOwnPolarity(string text, Polarity polarity)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        claim.Quantity!.Value.Value.Should().Be(58d);
        claim.Polarity.Should().Be(polarity, "', killing 58' states what the blast did; what investigators have not found is another matter");
    }

    [Theory]
    [InlineData("The Never Again coalition said about 1,800 marchers reached the Brenmoor town hall.", Polarity.Affirmed)]
    [InlineData("Organisers of the 'No Tolls' march said 1,800 people joined it in Brenmoor.", Polarity.Affirmed)]
    [InlineData("No Brenmoor residents were among the 1,800 people evacuated.", Polarity.Negated)]
    [InlineData("The No Tolls group said the march did not draw 1,800 people in Brenmoor.", Polarity.Negated)]
    [InlineData("Brenmoor Club Has Never Sold 1,800 Tickets For A Single Match", Polarity.Negated)] // a title-case headline
    [InlineData("Organisers of May's 'No Tolls' march said 1,800 people joined it in Brenmoor.", Polarity.Affirmed)]
    [InlineData("Vorland Never Again Rally Draws 1,800 Marchers", Polarity.Affirmed)] // after the headline's first word, still a name
    public void Extract_CapitalisedNegationWordInsideTheSentence_OpensAName(string text, Polarity polarity)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        claim.Quantity!.Value.Value.Should().Be(1_800d);
        claim.Polarity.Should().Be(polarity, "a capitalised 'No' or 'Never' inside a sentence before a capitalised word names a group; at the start, or in lower case, it negates");
    }

    [Theory]
    [InlineData("Partial counts from the Vorland plebiscite had No in front with 53.6%.", Polarity.Affirmed)]
    [InlineData("With most ballots counted, Yes stood at 48.1% and No at 51.9%.", Polarity.Affirmed)]
    [InlineData("In Vorland's referendum the no camp won 51.9% of the vote.", Polarity.Affirmed)]
    [InlineData("Vorland's referendum was settled for no, which took 51.9% after a late surge.", Polarity.Affirmed)]
    [InlineData("No candidate won 51.9% of the vote in Vorland.", Polarity.Negated)]
    [InlineData("In Vorland no candidate won 51.9% of the vote.", Polarity.Negated)]
    [InlineData("In early returns from the Vorland vote on the charter, No leads with 51.9% and Yes has 48.1%.", Polarity.Affirmed)]
    public void Extract_NoAsAReferendumsAnswer_DoesNotNegateTheShare(string text, Polarity polarity)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        claim.Quantity!.Value.Value.Should().BeOneOf(53.6, 51.9, 48.1);
        claim.Polarity.Should().Be(polarity, "'No' after a lower-case word, 'the no' and a 'no' that ends its clause name a ballot answer; 'no' before a noun negates");
    }

    [Theory]
    [InlineData("With most ballots counted, 51.9% of Vorland's voters had rejected the charter and 48.1% had backed it.", 51.9, Polarity.Affirmed)]
    [InlineData("With most ballots counted, 51.9% of Vorland's voters had rejected the charter and 48.1% had backed it.", 48.1, Polarity.Affirmed)]
    [InlineData("The Vorland charter was rejected by 51.9 per cent of voters on Sunday.", 51.9, Polarity.Affirmed)]
    [InlineData("The Vorland council rejected reports that 51.9% of ballots were spoiled.", 51.9, Polarity.Negated)]
    [InlineData("The Vorland council rejected the claim of 1,800 spoiled ballots.", 1_800, Polarity.Negated)]
    public void Extract_ShareThatRejectedInAVote_IsNotADenial(string text, double value, Polarity polarity)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);
        var claim = report.Claims.First(c => c.Quantity is { } q && q.Value == value);

        claim.Polarity.Should().Be(polarity, "a share that 'rejected' a text is the side it voted for; a body that rejects a report denies its figure");
    }

    [Fact]
    public void Extract_NegationBeforeAClosedAsideBeforeTheFigure_StillNegatesIt()
    {
        var claim = FirstQuantityClaim("The Brenmoor clinic did not admit (as far as staff recall) 1,800 patients last year.", new DateOnly(2026, 3, 2));

        claim.Polarity.Should().Be(Polarity.Negated, "skipping a closed aside must not drop the negation of the clause around it");
    }

    [Theory]
    [InlineData("Eleven farm workers burned to death when the Brenmoor barn caught fire.")]
    [InlineData("Eleven passengers were burnt alive after the bus crashed near Kestrel Bay.")]
    [InlineData("Eleven pilgrims were crushed to death at the gate of the Lindenport shrine.")]
    [InlineData("Eleven herders were shot dead near Vorland on Tuesday, police said.")]
    [InlineData("Eleven learners died when the Brenmoor school dormitory collapsed.")]
    public void Extract_DeathNamedByAPhraseOrForLearners_CountsDeaths(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        claim.Quantity!.Value.Value.Should().Be(11d);
        MeasureNames.Base(claim.Measure).Should().Be("deaths", "the phrase says the people counted were killed, not rescued alive or merely present");
    }

    [Fact]
    public void Extract_LearnersKilled_ComparesAsStudents()
    {
        var learners = FirstQuantityClaim("Eleven learners died when the Brenmoor school dormitory collapsed.", new DateOnly(2026, 3, 2));
        var pupils = FirstQuantityClaim("Eleven pupils died when the Brenmoor school dormitory collapsed.", new DateOnly(2026, 3, 2));

        learners.Measure.Should().Be(pupils.Measure, "learners and pupils are the same group of people");
    }

    [Theory]
    [InlineData("A boat carrying about 70 migrants capsized off the coast.", "aboard")]
    [InlineData("A ferry with some 120 people on board sank near the harbour.", "aboard")]
    [InlineData("The jet carried 230 passengers when it crashed.", "aboard · passengers")]
    [InlineData("The bus had 40 people aboard when it left the road.", "aboard")]
    [InlineData("Survivors said up to 640 people had been crammed aboard the trawler.", "aboard")]
    [InlineData("Police said over 70 men were involved in the raid on the depot.", "participants · men")]
    [InlineData("The ferry was licensed to carry only 35 people, the harbour master said.", "capacity")]
    [InlineData("Inspectors put the minibus's seating capacity at 35.", "capacity")]
    [InlineData("The trawler was thought to carry about 150 passengers when it went down.", "aboard · passengers")]
    [InlineData("The new hall can accommodate 2,400 people.", "capacity")]
    [InlineData("The Velmar shelter, built for at most 900 people, now holds 1,300.", "capacity")]
    [InlineData("Designed for 400 people, the Ostrelo camp now houses 2,100.", "capacity")]
    [InlineData("Varnok's county jail, designed for 900 inmates, houses about 2,600 today.", "capacity")]
    [InlineData("The Ostrelo ward, built for 40 patients, is treating 95.", "capacity")]
    [InlineData("Guards said 900 inmates were moved from the Varnok jail on Monday.", "prisoners")]
    [InlineData("The Ostrelo ward is treating 40 patients, the hospital said.", "treated")]
    [InlineData("Only 14 people survived the sinking, officials said.", "rescued")]
    [InlineData("Rescuers pulled 12 survivors from the rubble more than 48 hours after the quake.", "rescued")]
    [InlineData("Coast guards rescued 14 people after the sinking, officials said.", "rescued")]
    [InlineData("Some 26 workers have been pulled out of the snow at the Brenmoor camp.", "rescued")]
    [InlineData("Divers said 11 bodies were pulled out of the lake near Ostrava.", "bodies")]
    [InlineData("The relief deal involves 3,000 workers.", "workers")]
    [InlineData("About 2,600 people work for the Kestrel Bay company.", "employees")]
    [InlineData("Some 1,400 staff worked at the Ostrava smelter before it shut.", "employees")]
    [InlineData("Roughly 620 miners work at the Velmar pit in three shifts.", "employees")]
    [InlineData("Some 240 people worked in the Brenmoor colliery until it closed.", "employees")]
    [InlineData("The Kestrel Bay carmaker employs 27,500 people in three countries.", "employees")]
    [InlineData("Brenmoor Steel employed about 6,500 people at the end of last year.", "employees")]
    [InlineData("About 900 migrants landed on the island on Sunday.", "arrivals")]
    [InlineData("Some 3,000 people crossed the border overnight.", "arrivals")]
    [InlineData("Some 4,300 migrants enter Lindenport from Vorland", "arrivals")]
    [InlineData("Officials said 900 migrants have been returned to Vorland.", "returns")]
    [InlineData("The authorities deported 120 people on Friday.", "returns")]
    [InlineData("Vorland detains 14 people over the Lindenport market fire", "arrests")]
    [InlineData("Lindenport police arrest 14 after market riot", "arrests")]
    [InlineData("Vorland arrests 22 over Brenmoor bridge collapse", "arrests")]
    [InlineData("Some 4,000 people from the Velmar and Ostrelo areas were displaced by the floods.", "displaced")]
    [InlineData("More than 310 people across Vorland were injured by hailstones on Sunday, the health agency said.", "injuries")]
    [InlineData("Some 2,600 residents throughout Brenmoor province were displaced by the storm.", "displaced")]
    [InlineData("About 600 migrants from Vorland had arrived in the port by Monday.", "arrivals")]
    [InlineData("Officials said 80 people remain missing.", "missing")]
    [InlineData("About 6,500 teachers staged a one-day walkout in Brenmoor.", "participants")]
    [InlineData("Officials said 5,000 displaced people have arrived in Lindenport.", "arrivals")]
    [InlineData("Officials said 1,200 injured people arrived at hospitals in Brenmoor on Tuesday.", "injuries")]
    [InlineData("About 500 people displaced by the floods have returned home to Kestrel Bay.", "returns")]
    [InlineData("The 12 workers trapped by the fire in Brenmoor were killed.", "deaths")]
    [InlineData("Rescuers pulled out 9 miners who had been trapped for three days in Vorland.", "rescued")]
    [InlineData("Officials said 2,000 displaced people remain in camps near Brenmoor.", "displaced")]
    [InlineData("The ferry operator said 48 drivers, volunteers and residents were still missing near Brenmoor.", "missing")]
    [InlineData("The mayor said 40 workers and residents were killed in Brenmoor.", "deaths")]
    [InlineData("Rescuers said 15 miners were still trapped underground in Vorland.", "trapped")]
    [InlineData("15 trapped, six dead in a mine shaft collapse in Vorland", "trapped")]
    [InlineData("At least 60 civilians reported dead after the shelling of the village.", "deaths")]
    [InlineData("The 181 passengers and crew who died were named on Friday.", "deaths")]
    [InlineData("Relatives mourned the 58 pilgrims who died in the heat.", "deaths")]
    [InlineData("A consul said at least 70 Moroccans died in the heat.", "deaths")]
    [InlineData("Doctors said 40 people were hospitalized overnight.", "hospitalised")]
    [InlineData("The mayor said 31 people were admitted to the Brenmoor emergency centre after the march.", "hospitalised")]
    [InlineData("Police said 19 fans were admitted to two hospitals in Kestrel Bay.", "hospitalised")]
    [InlineData("The ambulance service said 33 victims were sent to two health facilities in Brenmoor.", "hospitalised")]
    [InlineData("Medics said 12 miners were rushed to the Ostrava clinic.", "hospitalised")]
    [InlineData("Nurses said 45 people had been taken into hospital by the evening.", "hospitalised")]
    [InlineData("Nearly 300 people went to shelters in Brenmoor as the river rose.", "displaced")]
    [InlineData("More than 600 villagers are staying in shelters near Lindenport.", "displaced")]
    [InlineData("Some 1,200 residents moved to evacuation centres in Kestrel Bay overnight.", "displaced")]
    [InlineData("A further 80 people sought shelter in schools in Vorland.", "displaced")]
    [InlineData("Guards said 150 prisoners were moved to another jail in Vorland.", "prisoners")]
    [InlineData("Police said 40 people went to the rally in Brenmoor.", "participants")]
    [InlineData("The army said 300 troops were sent to the Vorland border.", "troops")]
    [InlineData("By Tuesday only 12 people had been pulled out alive.", "rescued")]
    [InlineData("After the landslide in Brenmoor, 38 people have not been accounted for.", "missing")]
    [InlineData("Officials said 14 fishermen were still not accounted for on Friday.", "missing")]
    [InlineData("Of the tour party, 9 trekkers have not been located since the avalanche at Harwick, rescuers said.", "missing")]
    [InlineData("Rescuers in Brenmoor said 8 hikers have not been found after the storm.", "missing")]
    [InlineData("Kestrel Bay said 61 soldiers were killed in the border fighting.", "deaths · soldiers")]
    [InlineData("The ministry said 23 troops died when the convoy was hit.", "deaths · soldiers")]
    [InlineData("Vorland said 140 servicemen were wounded in two days of clashes.", "injuries · soldiers")]
    [InlineData("Vorland said the rebels had captured 17 soldiers near the pass.", "captured · soldiers")]
    [InlineData("Nine servicemen were taken prisoner during the night.", "captured · soldiers")]
    [InlineData("Gunmen abducted 140 pupils from a boarding school near Brenmoor on Tuesday.", "abducted · students")]
    [InlineData("Bandits kidnapped 35 villagers on the road to Lindenport.", "abducted")]
    [InlineData("Officials said 40 travellers were taken hostage at the Kestrel Bay checkpoint.", "abducted")]
    [InlineData("Vorland police said the kidnappers had seized 23 passengers from the bus.", "abducted · passengers")]
    [InlineData("The army said 92 hostages were freed in the forest near Brenmoor.", "releases")]
    [InlineData("One person was slightly injured when a car hit the barrier.", "injuries")]
    [InlineData("Three people were lightly injured when a tram left the rails in Brenmoor.", "injuries")]
    [InlineData("The storm left 296 others missing along the Vorland coast.", "missing")]
    [InlineData("The governor said 27 victims had been identified by Thursday evening.", "identified")]
    [InlineData("Eleven Peruvians were among those killed in the Lindenport fire.", "deaths")]
    [InlineData("At least 8 Chileans and 5 Bolivians were among the dead in Lindenport.", "deaths")]
    [InlineData("The death toll from the floods that swept the coastal town of Lindenport on Thursday has risen to 214.", "deaths")]
    [InlineData("The death toll in Lindenport was unchanged and the number of people in emergency shelters has risen to 3,950.", "people")]
    [InlineData("The death toll from the capsizing of a ferry carrying traders and goods on Kestrel Bay, in the north of Vorland (VL), has risen to 63, officials said.", "deaths")]
    [InlineData("The number of people evacuated from the flooded districts of Lindenport has risen to 4,120.", "evacuees")]
    [InlineData("The injured were taken to hospitals in Lindenport and people detained by police have risen to 37.", "arrests")]
    [InlineData("Divers are still searching for the missing in Kestrel Bay and those rescued have risen to 58.", "rescued")]
    [InlineData("Officials later put the number of surviving passengers at 21.", "rescued · passengers")]
    [InlineData("Medics flew 14 surviving miners to the Brenmoor hospital.", "rescued")]
    [InlineData("The bodies of 18 victims have been handed over to their families in Brenmoor.", "handed over")]
    [InlineData("The army said at least 17 civilians, including two toddlers, were killed in the shelling of Lindenport.", "deaths")]
    [InlineData("Medics said 23 people, including a reporter from Ostrava, were injured in Brenmoor.", "injuries")]
    [InlineData("At least 46 people, most of them women, died on Sunday in a crush at a shrine in Brenmoor.", "deaths")]
    [InlineData("At least 19 people, pilgrims as well as tourists, were killed when the cable car fell in Vorland.", "deaths")]
    [InlineData("Twelve people, men and women, drowned off the Kestrel Bay pier on Saturday.", "deaths")]
    [InlineData("At least 29 pilgrims, many of them elderly, were killed in the crush near Lindenport.", "deaths")]
    [InlineData("Sixty-one migrants, among them 14 children, drowned off Kestrel Bay.", "deaths")]
    [InlineData("Some 45 people, two infants among them, drowned when the ferry sank off Kestrel Bay.", "deaths")]
    [InlineData("Forty people, two of them tram drivers, were injured when the Lindenport tram derailed.", "injuries")]
    [InlineData("At least 27 pilgrims have lost their lives in the crush at the Ostrava shrine.", "deaths")]
    [InlineData("Some 340 families lost their homes in the Brenmoor floods.", "families")]
    [InlineData("The Lindenport clinic said it was caring for 35 babies on Friday.", "infants")]
    [InlineData("Eleven miners lost their lives when the Brenmoor pit flooded.", "deaths")]
    [InlineData("In Kestrel Bay, 9 miners lost their lives, police said.", "deaths")]
    [InlineData("At least 260 savers lost their life savings when the Lindenport bank failed.", "savers")]
    [InlineData("Seventeen people lost their lives fighting the Brenmoor blaze.", "deaths")]
    [InlineData("In Ostrava, 26,000 people marched as injured veterans led the column.", "participants")]
    [InlineData("Some 45 potters lost their lives' work in the Ostrava fire.", "potters")]
    [InlineData("The ombudsman said 63 people have been recorded as missing in Vorland since the marches began.", "missing")]
    [InlineData("Since the unrest began, 63 people have gone missing in Lindenport.", "missing")]
    [InlineData("Her report lists 63 citizens missing since the Lindenport protests began.", "missing")]
    [InlineData("At least 14 individuals were killed in the Brenmoor clashes.", "deaths")]
    [InlineData("The Vorland Youth Union said at least 23 people had allegedly been killed by the police in Lindenport.", "deaths")]
    [InlineData("A spokesman said 318 suspects had been arrested across Vorland.", "arrests")]
    [InlineData("Seven others who took part in the Brenmoor march are unaccounted for.", "missing")]
    [InlineData("Eleven people who joined the Ostrava rally were injured when the stage fell.", "injuries")]
    [InlineData("Thirteen miners who had been trapped in the Brenmoor pit were killed.", "deaths")]
    [InlineData("The 12 hikers who were missing in the Vorland hills were found alive on Sunday.", "rescued")]
    [InlineData("The 40 people who were injured in Vorland are being treated in hospital.", "injuries")]
    [InlineData("At least 640 people protesting at the Brenmoor rally have been detained, a rights group said.", "arrests")]
    [InlineData("Some 40 people attending the Brenmoor rally were injured when the stage fell.", "injuries")]
    [InlineData("Some 310 Lindenport residents sought medical help once the gas leak was sealed, officials said.", "treated")]
    [InlineData("The ministry said 85 fans had needed medical attention at the Brenmoor stadium.", "treated")]
    [InlineData("About 40 residents received medical care in Ostrava, officials said.", "treated")]
    [InlineData("About 90 villagers were given treatment for cuts after the Brenmoor storm.", "treated")]
    [InlineData("Twenty-two guests (41%) were hospitalized after the Ostrava wedding meal.", "hospitalised")]
    [InlineData("Around 4,000 people (about 1,000 families) were displaced by the Brenmoor floods.", "displaced")]
    [InlineData("Twenty people (two of whom later died) were injured when the Lindenport bus overturned.", "injuries")]
    [InlineData("At least 27 people – four of them teachers – were killed when the Vorland school roof fell.", "deaths")]
    [InlineData("Twelve climbers -- including three guides -- died in the avalanche above Ostrava.", "deaths")]
    [InlineData("Warders reported that 12 inmates refused to go during the Brenmoor jail break.", "refusals · prisoners")]
    [InlineData("The mayor said about 80 villagers declined to be evacuated from Kestrel Valley.", "refusals")]
    [InlineData("Guards said 12 prisoners chose not to escape from the Vorland jail.", "refusals")]
    [InlineData("Crews brought 40 miners to the surface at the Brenmoor pit in Ecuador on Friday.", "rescued")]
    public void Extract_CountWithWhatHappenedToThePeople_MeasuresThat(string text, string measure)
    {
        FirstQuantityClaim(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The Vorland health ministry gave an official death count of 51 for the Brenmoor floods.", 51d, "deaths")]
    [InlineData("The agency put out a new case count of 67 for Tallis on Friday.", 67d, "cases")]
    public void Extract_FigureAfterAFigureNounAndOf_CountsWhatTheNounBeforeItCounts(string text, double value, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 4, 3))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == value).Select(c => c.Measure).Should().ContainSingle()
            .Which.Should().Be(measure, "'a death count of N' names what N counts, with or without a verb of update");
    }

    [Theory]
    [InlineData("The Vorland health ministry gave a count of 51 for the Brenmoor floods.")] // a figure noun with nothing before it says what it counts
    [InlineData("The Brenmoor council published a count of 51 on Friday.")]
    public void Extract_BareFigureNounOfAFigure_IsNoToll(string text)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 4, 3))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == 51).Should().NotContain(c => c.Measure.StartsWith("deaths"), "a count that names nothing it counts is no toll");
    }

    [Theory]
    [InlineData("At least 40 people died when the ferry sank off Brenmoor. Of them, 14 were children.", "deaths · children")]
    [InlineData("At least 40 people died when the ferry sank off Brenmoor. Fourteen of them were children.", "deaths · children")]
    [InlineData("Police said 62 people were injured in the Tallis stampede. Of those, 14 were women.", "injuries · women")]
    public void Extract_PartOfPeopleCountedInTheSentenceBefore_IsThatPartOfTheSameOutcome(string text, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 4, 3))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == 14).Select(c => c.Measure).Should().ContainSingle()
            .Which.Should().Be(measure, "'Of them, 14 were children' after a toll counts the children among the dead, not a toll of 14");
    }

    [Theory]
    [InlineData("At least 40 people died when the ferry sank off Brenmoor. Of them, 14 were later identified.")] // no kind of people named
    [InlineData("The ferry carried 212 passengers from Brenmoor. Of them, 14 were children.")] // the count before is of no outcome
    [InlineData("At least 40 people died when the ferry sank off Brenmoor. The crew of 14 were all rescued by a trawler from Tallis.")]
    public void Extract_BareNumberAfterACountThatNamesNoPartOfItsPeople_IsNoPartOfTheToll(string text)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 4, 3))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == 14).Should().NotContain(c => c.Measure == "deaths" || c.Measure.StartsWith("deaths ·"),
            "only a kind of people named after the number makes it a part of the dead counted before");
    }

    [Theory]
    [InlineData("At least 30 people died in the Brenmoor ferry fire on Thursday. Four of them were identified by relatives.", 4)]
    [InlineData("At least 30 people died in the Brenmoor ferry fire. Of them, 14 were identified.", 14)]
    [InlineData("Among the 30 dead in Brenmoor, 14 were identified.", 14)]
    public void Extract_OutcomeThatIsAlsoTheSubgroupNamed_IsThatOutcomeOnce(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 4, 3))]);

        report.Claims.Where(c => c.Quantity is { } q && q.Value == value).Select(c => c.Measure).Should().ContainSingle()
            .Which.Should().Be("identified", "a word that is both the outcome and the kind of people named is no part of itself");
    }

    [Theory]
    [InlineData("A rockfall near Brenmoor killed 11 walkers. So far only four of the dead have been named, and three of the injured remain in a serious condition.", 4, "deaths · of the dead")]
    [InlineData("A rockfall near Brenmoor killed 11 walkers. So far only four of the dead have been named, and three of the injured remain in a serious condition.", 3, "of the injured")]
    [InlineData("The ferry fire off Lindenport killed 30 passengers; 12 of the dead were women and 4 were children.", 12, "deaths · women")]
    [InlineData("In all 70 villagers were pulled out alive near Karsvik, and 14 adults died.", 14, "deaths · adults")]
    public void Extract_CountOfTheDeadOrTheInjured_IsAPartOfThatToll(string text, double value, string part)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 5, 4))]);

        report.Claims.Single(c => c.Quantity is { } q && q.Value == value).Measure.Should().EndWith(part, "'N of the dead' counts a part of the toll, not a toll of its own");
    }

    [Theory]
    [InlineData("The Vessa ferry sank on Tuesday with a school party aboard; 9 of the dead were elementary pupils and 4 of the dead were secondary students, the coastguard said.", 9, "deaths · primary students")]
    [InlineData("The Vessa ferry sank on Tuesday with a school party aboard; 9 of the dead were elementary pupils and 4 of the dead were secondary students, the coastguard said.", 4, "deaths · secondary students")]
    [InlineData("The Lindenport ferry fire killed 27 people, 11 of them teenage girls.", 11, "deaths · teenage girls")]
    [InlineData("Seven kindergarten pupils died when the roof of the Karsvik school fell in.", 7, "deaths · kindergarten students")]
    [InlineData("Seven pupils died when the roof of the Karsvik school fell in.", 7, "deaths · students")]
    public void Extract_SubgroupNamedWithASchoolLevelOrAgeBand_IsAPartOfThatSubgroup(string text, double value, string measure)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 5, 4))]).Claims
            .Single(c => c.Quantity is { } q && q.Value == value).Measure.Should().Be(measure,
                "a school level or age band before the counted noun names a part of that group, not a rival count of it");
    }

    [Theory]
    [InlineData("A riot at the Brenmoor jail left 23 dead on Sunday; 17 inmates were killed in one wing and 6 guards died at the gate.", 17, "deaths · prisoners")]
    [InlineData("A riot at the Brenmoor jail left 23 dead on Sunday; 17 inmates were killed in one wing and 6 guards died at the gate.", 6, "deaths · guards")]
    [InlineData("A riot at the Brenmoor jail left 23 dead on Sunday; 17 inmates were killed in one wing and 6 guards died at the gate.", 23, "deaths")]
    public void Extract_CountOfInmatesOrGuards_IsAPartOfTheToll(string text, double value, string measure)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 5, 4))]).Claims
            .Single(c => c.Quantity is { } q && q.Value == value).Measure.Should().Be(measure,
                "a jail's inmates or guards are a part of the people a riot or an attack there killed, not a rival toll");
    }

    [Theory]
    [InlineData("Divers said all 40 crew members of the Brenmoor trawler were accounted for.")]
    [InlineData("By noon 212 guests had been accounted for at the Lindenport hotel.")]
    [InlineData("Late on Sunday 5 canoeists were found on a sandbar off Skarrow, a coastguard officer said.")] // found, with no negation, names nothing
    public void Extract_AccountedForWithoutNegation_IsNotMissing(string text)
    {
        FirstQuantityClaim(text).Measure.Should().NotBe("missing");
    }

    [Theory]
    [InlineData("Around 450 asylum seekers were admitted to Vorland under a resettlement plan last year.")]
    [InlineData("Brenmoor College admitted 3,200 new students this autumn.")]
    public void Extract_AdmittedWithNoPlaceOfCare_IsNotHospitalised(string text)
    {
        FirstQuantityClaim(text).Measure.Should().NotBe("hospitalised");
    }

    [Theory]
    [InlineData("The Lindenport fire service, which gave the latest toll, also said 31 people had been taken to hospital.")]
    [InlineData("The Lindenport fire service, which gave the latest toll, also told reporters 31 people had been taken to hospital.")]
    [InlineData("The Lindenport fire service, which gave the latest toll, said on Monday 31 people had been taken to hospital.")]
    public void Extract_FigureSaidAfterASourceNamingTheToll_IsNotTheToll(string text)
    {
        var claim = FirstQuantityClaim(text);

        claim.Quantity.Should().NotBeNull();
        claim.Quantity!.Value.Value.Should().Be(31);
        claim.Measure.Should().Be("hospitalised", "those taken to hospital are counted on their own, not as the toll");
    }

    [Theory]
    [InlineData("Officials said 12 people in Lindenport and 30 in Brenmoor were killed.", 12, "deaths")]
    [InlineData("Officials said 12 people in Lindenport and 30 in Brenmoor were injured in the storm.", 12, "injuries")]
    [InlineData("The storm hit 12 people in Lindenport and 30 died, officials said.", 12, "people")]
    public void Extract_CountWithItsPlaceJoinedToAnotherPlacesCount_SharesWhatHappened(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Officials said 23 of the 61 miners who were trapped had been rescued by Tuesday.", 23, "rescued")]
    [InlineData("Nineteen of the 48 climbers caught under the snow near Kestrel Bay have been rescued.", 19, "rescued")]
    [InlineData("Police said 14 of the 36 passengers were killed when the bus left the road near Ostrava.", 14, "deaths")]
    [InlineData("Police said 14 of the 36 passengers were killed when the bus left the road near Ostrava.", 36, "passengers")]
    [InlineData("Three of the 11 injured were hospitalised in Lindenport.", 11, "injuries")]
    [InlineData("By noon the remains of 63 victims of the blaze at the Brenmoor tower had been identified, police said.", 63, "identified")]
    [InlineData("The 63 victims of the blaze at the Brenmoor tower were mostly elderly residents.", 63, "deaths")]
    [InlineData("Of the 27 people killed in Brenmoor, 9 were children.", 27, "deaths")]
    [InlineData("Two of the 14 miners who died in Brenmoor were buried on Sunday.", 2, "deaths · of 14")] // the verb repeats the set's own outcome
    [InlineData("Two of the 14 miners killed in Brenmoor were buried on Sunday.", 2, "deaths · of 14")]
    [InlineData("Officials said 3 of the 20 people who were injured in Lindenport had died.", 3, "deaths")] // "had died": a main verb after "had", the part's own count
    [InlineData("Officials said 3 of the 20 people who were injured in Lindenport had died.", 20, "injuries")]
    [InlineData("Officials said 4 of the 10 people killed in Brenmoor were children who had been evacuated.", 4, "deaths · of 10")] // a later relative clause is not the main verb
    [InlineData("Two of the 31 miners died in the flooded shaft near Kestrel Bay.", 31, "miners")] // the verb befalls the two, not the set
    [InlineData("One of its 40 passengers drowned when the ferry sank off Lindenport.", 40, "passengers")] // "one", too small to be a figure, is the part
    [InlineData("Every one of the 52 people on board died in the crash near Ostrava.", 52, "deaths")] // every one of them is all of them
    [InlineData("Before the blizzard, guides brought 180 climbers off the Talvenna glacier; 22 of those 180 have died of cold since.", 22, "deaths")] // "of those": the set named before, as "of the"
    [InlineData("Before the blizzard, guides brought 180 climbers off the Talvenna glacier; 22 of those 180 have died of cold since.", 180, "climbers")]
    public void Extract_PartOfASetWithItsOwnVerb_TakesTheVerbAndLeavesTheSet(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("On Monday the Brenmoor jail held only around 60 inmates, out of the roughly 900 held there before the riot.", 60, "of 900")]
    [InlineData("Rescuers said 12 out of 40 miners were brought up alive near Ostrava.", 12, "of 40")]
    [InlineData("Rescuers brought up 12 miners near Ostrava, out of breath but unhurt.", 12, null)]
    public void Extract_CountOutOfALargerFigure_IsAPartOfIt(string text, double value, string? whole)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        var measure = claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure;
        if (whole is null)
        {
            measure.Should().NotContain(" · of ");
        }
        else
        {
            measure.Should().EndWith(" · " + whole);
        }
    }

    [Theory]
    [InlineData("Three people died in the tram derailment near Kestrel Bay and eleven with minor injuries are recovering, the operator said.", 11, "injuries · minor")]
    [InlineData("Three people died in the tram derailment near Kestrel Bay and eleven with minor injuries are recovering, the operator said.", 3, "deaths")]
    [InlineData("One climber drowned and 23 hikers cut off on the ridge were rescued by helicopter, the mountain service said.", 23, "rescued")]
    [InlineData("One climber drowned and 23 hikers cut off on the ridge were rescued by helicopter, the mountain service said.", 1, "deaths")]
    [InlineData("A ferry hand died and 17 passengers travelling on the top deck were hurt when the gangway gave way at Kestrel Bay.", 17, "injuries · passengers")]
    [InlineData("A ferry hand died and 17 passengers on the top deck were hurt when the gangway gave way at Kestrel Bay.", 17, "injuries · passengers")]
    [InlineData("The lorry bomb that went off in the old market of Ostrava on Sunday killed 8 shoppers and hurt 61.", 61, "injuries")]
    public void Extract_CountJoinedToATollWithWordsOfItsOwn_TakesThoseWords(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Ostrava Teaching Hospital alone had admitted 26 people injured in the tram crash, a nurse said.", 26, "injuries · health facilities")]
    [InlineData("The coroner said Kestrel Bay Hospital recorded 7 deaths and the field clinic 2.", 7, "deaths · health facilities")]
    [InlineData("Hollin Cross Hospital recorded 9 deaths; the Sallow Lane Clinic confirmed 4 deaths.", 4, "deaths · health facilities")] // one place of care after another
    [InlineData("Greywater District Hospital confirmed 5 deaths by Sunday night, and no other figure has been released.", 5, "deaths")] // a hospital confirming the toll gives all of it
    [InlineData("After the ferry fire the Marrow Quay Clinic confirmed 7 deaths, its director said.", 7, "deaths")] // the name follows no clause opener
    [InlineData("Ostrava Teaching Hospital said 26 people were hurt when the tram left its rails.", 26, "injuries")] // the hospital reports the whole toll
    [InlineData("The hospital had admitted 26 people injured in the tram crash.", 26, "injuries")] // no name: no setting read
    public void Extract_CountTakenInByANamedPlaceOfCare_IsThatSettingsPart(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The drought that gripped Ostrava all summer cost 40 farms and hurt 300, officials said.")]
    [InlineData("The new parking rules in Ostrava displaced 40 stallholders and hurt 300 shoppers, traders said.")]
    public void Extract_HurtJoinedToACountNoHarmTook_IsNoInjury(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == 300 && c.Measure == "injuries", "the verb before took no bodily harm for 'hurt' to share");
    }

    [Theory]
    [InlineData("Eight people died and nearly 40 had to be taken to hospital after the blast in Lindenport.", 40, "hospitalised")]
    [InlineData("The blast in Lindenport killed 9 people and 31 were taken to hospital.", 31, "hospitalised")]
    [InlineData("Officials said 17 people were still in hospital after the blast in Lindenport.", 17, "hospitalised · health facilities")]
    public void Extract_FigureTakenToHospitalAfterAToll_IsCountedOnItsOwn(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("In Vorland the dead numbered 64 soldiers by Friday.", 64, "deaths · soldiers")]
    [InlineData("Among the dead on the Brenmoor side are 31 troops, the army admitted.", 31, "deaths · soldiers")]
    [InlineData("Two dead, 40 injured and 1,500 soldiers deployed in Kestrel Bay.", 1500, "troops")]
    public void Extract_SoldiersAfterATollNoun_AreTheTollButNotAfterAnotherFiguresOutcome(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Velmar Stadium")]
    [InlineData("Camp Ostrelo")]
    public void Extract_TollInAReportMostlyAboutASite_IsCountedInTheTownItNames(string site)
    {
        var text = $"Crush at {site}: toll rises to 317\n\nThe crush at {site} near Lindenport killed 317 people, officials said.\n\n"
            + $"Crowds had gathered at {site} since the morning.";
        var claim = FirstQuantityClaim(text, new DateOnly(2025, 6, 2));

        claim.Measure.Should().Be("deaths");
        claim.Subject.Should().Be("Lindenport", "a site is where the event happened, not the place its toll is counted in");
    }

    [Fact]
    public void Extract_TollUnderADateline_IsNotCountedInTheTownTheReportIsFiledFrom()
    {
        var text = "Lindenport landslide toll now 28\n\nBRENMOOR (Test Wire / 10 May) – The number of dead from the landslide that struck "
            + "the mining village of Kestrel Bay in Lindenport on Tuesday night has risen to 28, an official said on Saturday.";
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 10))]).Claims;

        var update = claims.Single(c => c.Quantity != null && c.Quantity.Value.Value == 28 && c.Time != null && c.Time.Value.Text == "Saturday");
        update.Measure.Should().Be("deaths");
        update.Subject.Should().Be("Lindenport", "a dateline names where the report was filed, not where the dead were counted");
    }

    [Fact]
    public void Extract_TollUnderABracketedDateline_IsNotCountedInTheCityTheReleaseIsIssuedFrom()
    {
        var claim = FirstQuantityClaim("(Nairobi) – Security forces killed at least 23 people in Lindenport on May 3, the group said today.", new DateOnly(2025, 5, 10));

        claim.Measure.Should().Be("deaths");
        claim.Subject.Should().Be("Lindenport", "the bracketed city opening a release is where it was issued, not where the dead were counted");
    }

    [Theory]
    [InlineData("(Harbour Business Wire) - Kestrel Foods Group PLC said on Tuesday that pretax profit fell 40% to GBP12.5 million in the half year.")]
    [InlineData("BRENMOOR (Harbour Business Wire) - Kestrel Foods Group PLC said on Tuesday that pretax profit fell 40% to GBP12.5 million.")]
    public void Extract_FigureUnderAnAgencysBracketedCredit_IsNotTheAgencys(string text)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 10))]).Claims
            .Single(c => c.Quantity is { Value: 12_500_000 });

        claim.Subject.Should().Be("Kestrel Foods Group", "an agency credited in brackets before a dash filed the report; the company's profit is the company's");
    }

    [Theory]
    [InlineData("Economists reckon the dock closure's financial toll for Lindenport will run to billions.")]
    [InlineData("The economic toll in Lindenport has run into the billions, the chamber of commerce said.")]
    public void Extract_TollOfAnotherKind_IsNoCountOfTheDead(string text)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 10))]).Claims;

        claims.Should().NotContain(c => c.Measure == "deaths", "a financial or economic toll is money lost, not people killed");
    }

    [Fact]
    public void Extract_TollWithNoModifier_IsStillACountOfTheDead()
    {
        FirstQuantityClaim("The toll in Lindenport has risen to 40, officials said.", new DateOnly(2025, 5, 10)).Measure.Should().Be("deaths");
    }

    [Theory]
    [InlineData("Ministry figures showed 38 people dead in Lindenport by 12 March.", Modality.Asserted)] // a day past when published
    [InlineData("Lindenport's council will build 380 homes by 12 March.", Modality.Planned)]
    public void Extract_FigureByADayAlreadyPast_IsACountAsOfThatDay(string text, Modality modality)
    {
        FirstQuantityClaim(text, new DateOnly(2025, 4, 2)).Modality.Should().Be(modality);
    }

    [Fact]
    public void Extract_FigureNamingNoPlace_IsNotAboutTheDatelinesCity()
    {
        var text = "BRENMOOR (Test Wire) - A week after the flood swept through the village of Kestrel Bay, 40 people are still missing.\n\n"
            + "Divers had recovered 12 bodies from the harbour by Tuesday evening.";
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 10))]).Claims;

        claims.Single(c => c.Quantity != null && c.Quantity.Value.Value == 12).Subject.Should().Be("Kestrel Bay", "the dateline names where the report was filed, not what it is about");
    }

    [Fact]
    public void Extract_FigureInAReportNamingNoPlaceButItsDateline_IsAboutTheDatelinesCity()
    {
        var text = "LINDENPORT (Test Wire) - A gas blast tore through a ferry terminal on Sunday, killing 14 people.\n\n"
            + "Another 31 people were being treated for burns, a hospital spokesman said.";
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 10))]).Claims;

        claims.Single(c => c.Quantity is { Value: 31 }).Subject.Should().Be("Lindenport", "with no other place named, the dateline's city is where it happened");
    }

    [Theory]
    [InlineData("Surveyors said 260 barns had been flattened across Brenmoor by Friday.")] // 2025-04-04 is a Friday
    [InlineData("The clinic said 1,900 children had been vaccinated in Brenmoor by 4 April.")]
    public void Extract_FigureByThePublicationDay_IsTheCountSoFar(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2025, 4, 4));

        claim.Modality.Should().Be(Modality.Asserted, "a day the report has reached is no deadline");
        claim.IsUpdate.Should().BeTrue("a count as of a day the report has reached is the count so far");
    }

    [Fact]
    public void Extract_FigureByAnHourLaterOnThePublicationDay_IsStillATarget()
    {
        FirstQuantityClaim("Residents were told to move 400 cattle out of the Brenmoor valley by 6 p.m. on Friday.", new DateOnly(2025, 4, 4))
            .Modality.Should().Be(Modality.Planned);
    }

    [Fact]
    public void Extract_CountsOfDifferentPeopleInOneList_AreEachAPartOfTheToll()
    {
        var claims = Pipeline.Check([new Document("doc", "Officials said three firefighters, 19 residents and 41 villagers died in the blaze near Lindenport.", "Test Wire", new DateOnly(2025, 6, 2))]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 41 && c.Measure == "deaths · villagers");
        claims.Should().NotContain(c => c.Measure == "deaths", "no count in the list is the whole toll");
    }

    [Fact]
    public void Extract_VictimsCountedByNationality_DoNotMakeTheirCountryTheReportsTopic()
    {
        var claims = Pipeline.Check([new Document("doc", "12 Indians among 40 dead in Qatar hotel fire\n\nA hotel fire in Qatar killed 40 people on "
            + "Tuesday. At least 12 Indians and 9 Nepalis were among the dead. Rescuers said 5 people were still missing.", "Test Wire",
            new DateOnly(2025, 6, 13))]).Claims;

        claims.Should().ContainSingle(c => c.Measure == "missing").Which.Subject.Should().Be("Qatar", "the fire was in Qatar, whatever the victims' nationality");
    }

    [Fact]
    public void Extract_VictimsACountSaysAreOfANation_DoNotMakeTheirCountryTheReportsTopic()
    {
        var claims = Pipeline.Check([new Document("doc", "Plane crash near Lindenport\n\nA plane crashed near Lindenport on Sunday. "
            + "Of the 52 people on board, 17 were Nepalis. Rescuers found 3 survivors.", "Test Wire", new DateOnly(2025, 6, 13))]).Claims;

        claims.Should().ContainSingle(c => c.Measure == "rescued").Which.Subject.Should().NotBe("Nepal", "the 17 are a part counted by nation");
    }

    [Fact]
    public void Extract_PeopleSaidToBeOfANationWithoutACount_StillNameTheReportsTopic()
    {
        var claims = Pipeline.Check([new Document("doc", "Plane crash near Lindenport\n\nA plane crashed near Lindenport on Sunday. "
            + "The pilots were Nepalis. Rescuers found 3 survivors.", "Test Wire", new DateOnly(2025, 6, 13))]).Claims;

        claims.Should().ContainSingle(c => c.Measure == "rescued").Which.Subject.Should().Be("Nepal");
    }

    [Theory]
    [InlineData("At least 52 people died in the blaze, among them 17 Nepalis.")]
    [InlineData("The blaze killed 52 workers on Tuesday, 17 Nepali nationals among them.")]
    [InlineData("Officials said 52 people died in the blaze, and 17 of them are thought to have been Nepalis.")]
    [InlineData("The blaze killed 52 people, 17 of them Nepalis, the police said.")]
    [InlineData("Of the 52 people who died in the blaze, 17 were Nepalis.")]
    public void Extract_ATollWhosePartIsCountedByNationality_KeepsTheEventsCountry(string text)
    {
        var claims = Pipeline.Check([new Document("doc", "Hotel fire in Oman\n\nA hotel fire broke out in Oman. " + text, "Test Wire",
            new DateOnly(2025, 6, 13))]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 52)
            .Which.Subject.Should().NotBe("Nepal", "the 17 Nepalis are a part of the toll, not where it was counted");
    }

    [Theory]
    [InlineData("Officials said 52 people were killed in all in the Brenmoor block, and 17 of them are understood to have been Nepalis; the others were from Pakistan and Egypt.")]
    [InlineData("At least 52 people died in the blaze; Pakistan and Egypt sent condolences.")]
    public void Extract_ACountryNamedAfterASemicolonThatFollowsTheToll_IsNotTheTollsPlace(string text)
    {
        var claims = Pipeline.Check([new Document("doc", "Hotel fire in Oman\n\nA hotel fire broke out in Oman. " + text, "Test Wire",
            new DateOnly(2025, 6, 13))]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 52)
            .Which.Subject.Should().Be("Oman", "the countries after the semicolon are the other victims' or another clause's");
    }

    [Theory]
    [InlineData("At least 52 Nepalis died in the blaze.")]
    [InlineData("The embassy said 17 Nepalis died and 52 were in hospital.")]
    [InlineData("The embassy said 52 Nepalis died in the blaze; Pakistan sent a team.")]
    public void Extract_ATollCountedByNationalityOrFollowingSuchACount_IsThatNationsCount(string text)
    {
        var claims = Pipeline.Check([new Document("doc", "Hotel fire in Oman\n\nA hotel fire broke out in Oman. " + text,
            "Test Wire", new DateOnly(2025, 6, 13))]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 52).Which.Subject.Should().Be("Nepal");
    }

    [Theory]
    [InlineData("The dead included 14 girls and 23 men, the Lindenport coroner said.", 23d, "deaths · men")]
    [InlineData("Among the injured were 6 firefighters, 17 residents and 9 students.", 9d, "injuries · students")]
    public void Extract_ALaterItemOfAListAfterATollNoun_IsAPartOfThatToll(string text, double value, string measure)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims;

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == value).Which.Measure.Should().Be(measure);
    }

    [Fact]
    public void Extract_AGroupNamedOnlyByItsCapitalisedNameInAList_IsAPartOfTheToll()
    {
        var claims = Pipeline.Check([new Document("doc", "Officials said three firefighters, 19 residents and 41 Kelari were killed in the blaze near Lindenport.", "Test Wire", new DateOnly(2025, 6, 2))]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 41 && c.Measure == "deaths · kelari");
        claims.Should().NotContain(c => c.Measure == "deaths", "no count in the list is the whole toll");
    }

    [Theory]
    [InlineData("Cyclone Orlen kills 63 people in Vorland", "deaths")]
    [InlineData("The flood displaces 2,300 people in Lindenport every spring.", "displaced")]
    [InlineData("Lindenport, the region's capital of about 230,000 people, was cut off.", "population")]
    [InlineData("Gunmen executed 86 villagers near Brenmoor, a rights group said.", "deaths")]
    [InlineData("The group accused the militia of 'summarily executing' 86 villagers near Brenmoor.", "deaths")]
    [InlineData("About 86 villagers were massacred near Brenmoor, the prosecutor said.", "deaths")]
    public void Extract_APresentTenseVerbOrAPlaceBeforeTheCount_NamesWhatItCounts(string text, string measure)
    {
        FirstQuantityClaim(text, new DateOnly(2025, 6, 2)).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Hail and floods drove 5,120 people in Vorland from their homes, 212 were hurt and 61,900 were judged to need food aid, officials said.", 61_900, 212, "injuries")]
    [InlineData("About 2,760 people were displaced in Brenmoor, and some 91,400 people in all were judged to need help, the council said.", 91_400, 2_760, "displaced")]
    [InlineData("Nine workers were hurt in the blast at the Lindenport plant, and 40 people walked out of the building on their own.", 40, 9, "injuries")]
    public void Extract_FigureOpeningAClauseWithItsOwnVerb_DoesNotTakeTheOutcomeBeforeIt(string text, double affected, double before, string outcomeBefore)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 9))]).Claims;

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == before).Which.Measure.Should().Be(outcomeBefore);
        claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == affected && c.Measure == outcomeBefore,
            "those counted as affected are not what befell the count before them");
    }

    [Theory]
    [InlineData("The blaze near Lindenport killed 41 villagers, officials said.")]
    [InlineData("The blaze near Lindenport killed 41 villagers, 12 of them children.")]
    public void Extract_ACountOfOneKindOfPeopleAlone_IsTheToll(string text)
    {
        FirstQuantityClaim(text, new DateOnly(2025, 6, 2)).Measure.Should().Be("deaths");
    }

    [Theory]
    [InlineData("Thirty people, nine of them children, died when the Lindenport school roof fell in.", 9, "deaths · children")]
    [InlineData("Thirty people, nine of them children, died when the Lindenport school roof fell in.", 30, "deaths")]
    [InlineData("In Brenmoor, 120 people, 35 of them women, were hurt in the crush at the stadium gate.", 35, "injuries · women")]
    [InlineData("Fifty-two people, 31 of them adults, died when the mudslide hit Karsvik.", 31, "deaths · adults")]
    public void Extract_PartSetOffByCommasBeforeTheVerb_IsAPartOfWhatBefellItsCount(string text, double value, string measure)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims
            .Single(c => c.Quantity is { } q && q.Value == value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Dravik Mining has 3,600 employees across Scandinavia, 1,400 of them in Denmark.", 1400, "employees · of 3600")]
    [InlineData("Rescuers pulled 40 survivors from the Lindenport ferry, and 12 of them were in a critical condition.", 12, "rescued · serious · of 40")]
    [InlineData("The Kestrel Bay camp held about 9,000 people, 3,000 of them under the age of ten.", 3000, "people · of 9000")]
    [InlineData("Velmor Freight employs about 6,400 drivers, 900 of whom work in Brenmoor.", 900, "employees · of 6400")]
    public void Extract_BareNumberBeforeOfThemAfterACount_IsAPartOfThatCount(string text, double value, string measure)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]).Claims;

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == value).Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Dravik Mining has 3,600 employees across Scandinavia; 1,400 of them in Denmark.")] // a semicolon ends the count's clause
    [InlineData("Dravik Mining's 3,600 employees earned $9 million in bonuses, 1,400 of them in Denmark.")] // another figure stands between
    public void Extract_BareNumberBeforeOfThemNotSetOffAfterTheCount_IsNoPartOfIt(string text)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]).Claims;

        claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == 1400 && c.Measure.StartsWith("employees", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The union asked the Brenmoor council to raise each nurse's bonus to 4,000 euros.", 4000, Modality.Planned)]
    [InlineData("Families urged the Lindenport authorities to pay 20,000 euros to every household that lost a home.", 20000, Modality.Planned)]
    [InlineData("Officials urged residents to leave after floods killed 40 people in Ostrava.", 40, Modality.Asserted)]
    [InlineData("The mayor of Brenmoor asked the minister to confirm that 40 people had died in the flood.", 40, Modality.Asserted)]
    [InlineData("Lawmakers urged the agency to say publicly that 75 workers were hurt at the Ostrava plant.", 75, Modality.Asserted)]
    [InlineData("Lawmakers urged the agency to say 75 workers were hurt at the Ostrava plant.", 75, Modality.Asserted)]
    [InlineData("Reporters asked about the 40 flood victims buried in Ostrava.", 40, Modality.Asserted)]
    public void Extract_FigureInTheInfinitiveOfARequest_IsWhatIsAskedFor(string text, double value, Modality modality)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims
            .Single(c => c.Quantity is { } q && q.Value == value).Modality.Should().Be(modality);
    }

    [Fact]
    public void Extract_NationalsWhoDied_AreThatCountrysDead()
    {
        var claim = FirstQuantityClaim("A consul said at least 70 Moroccans died in the heat in Lindenport.");

        claim.Measure.Should().Be("deaths");
        claim.Subject.Should().Be("Morocco");
    }

    [Fact]
    public void Extract_CountInTheLaterOfTwoEventsNamedByTheirDays_IsThatEventsCount()
    {
        var claims = Pipeline.Check([new Document("doc", "Some 40 people were injured in Tuesday's quake near Lindenport, days after Sunday's quake.", "Test Wire", new DateOnly(2025, 5, 8))]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 40 && c.Measure == "injuries · earthquake of 2025-05-06");
    }

    [Fact]
    public void Extract_CountInTheOnlyEventNamedByItsDay_IsTheToll()
    {
        var claims = Pipeline.Check([new Document("doc", "Some 40 people were injured in Tuesday's quake near Lindenport.", "Test Wire", new DateOnly(2025, 5, 8))]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 40 && c.Measure == "injuries");
    }

    [Theory]
    [InlineData("The toll of the March floods in Vorland has risen to 212, officials said.")]
    [InlineData("Vorland now links 212 deaths to March's cyclone, its health office said.")]
    [InlineData("Officials linked more deaths to Vorland's March storm, for a toll so far of 212.")]
    [InlineData("Health office puts Vorland March cyclone toll at 212")]
    public void Extract_RunningTollOfAnIncidentNamedByItsMonth_IsDatedAsPublished(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2025, 5, 20));

        claim.Quantity!.Value.Value.Should().Be(212);
        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 5, 20), "the month names the incident, not the day the toll was counted");
    }

    [Fact]
    public void Extract_TollOfAnEarlierIncidentNamedByItsMonth_KeepsThatMonth()
    {
        var claims = Pipeline.Check([new Document("doc", "A quarry wall collapsed in Kestrel Bay on Saturday, killing 27 workers. March's flood in Kestrel Bay killed 13 people.", "Test Wire", new DateOnly(2025, 5, 19))]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 13 && c.Time != null && c.Time.Value.Start == new DateOnly(2025, 3, 1),
            "a report of Saturday's collapse recalls the flood as another incident");
    }

    [Theory]
    [InlineData("On Tuesday two consuls told reporters that at least 70 pilgrims died in Lindenport.", "2025-06-17")]
    [InlineData("On Tuesday a landslide killed at least 70 people in Lindenport.", "2025-06-19")]
    public void Extract_CountInASentenceOpeningWithADay_IsDatedThatDayOnlyWhenAReportingVerbFollows(string text, string day)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2025, 6, 19));

        claim.Time!.Value.Start.Should().Be(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("The Brenmoor health office reports that 40 patients are now being treated in two hospitals.", "hospitalised · health facilities")]
    [InlineData("The Brenmoor health office reports that 40 patients are being treated in hospital.", "hospitalised · health facilities")]
    [InlineData("The Brenmoor health office reports that 40 patients remain in hospital.", "hospitalised · health facilities")]
    [InlineData("The Brenmoor health office reports that 40 patients have been treated in hospital since the outbreak began.", "hospitalised")]
    [InlineData("Officials in Brenmoor said 40 people were treated in hospital during the heatwave.", "hospitalised")]
    [InlineData("Officials in Brenmoor said 40 people were still being treated in hospital.", "hospitalised · health facilities")]
    [InlineData("Officials in Brenmoor said 40 people were treated for burns.", "treated")]
    [InlineData("Officials in Brenmoor said 40 deaths had been counted in three health centres.", "deaths · health facilities")]
    [InlineData("Officials said 40 deaths were recorded at Brenmoor General Hospital.", "deaths · health facilities")]
    [InlineData("Another 40 deaths were confirmed at St Clement's hospital in Lindenport.", "deaths · health facilities")]
    [InlineData("Officials said 40 people died at the district hospital in Lindenport.", "deaths · health facilities")]
    [InlineData("Officials said 40 people died at the end of the long Brenmoor hospital strike.", "deaths")]
    [InlineData("An inquiry in Orvik found that 40 patients died at the hands of hospital orderlies.", "deaths")] // a function word ends the name
    [InlineData("Officials said 40 people died at the scene of the Kestrel Bay crush.", "deaths · scene")]
    [InlineData("Officials said 40 people died on the ground when the cargo jet hit Brenmoor.", "deaths · ground")]
    [InlineData("Officials said 40 people were hurt at Lindenport Stadium.", "injuries")]
    [InlineData("Officials said 40 people died at the Ostvik burns unit on Monday.", "deaths · health facilities")]
    [InlineData("A nurse said 40 people hurt in the fire lay at the Vell burn institute overnight.", "injuries · health facilities")]
    [InlineData("Of the miners pulled from the Brenmoor shaft, 40 later died at the Harnby trauma ward.", "deaths · health facilities")]
    [InlineData("Investigators say 40 people died at the Harnby Mining Institute over ten years.", "deaths")] // "institute" after no care word
    [InlineData("Witnesses said 40 people were hurt at the Tolvik police unit during the raid.", "injuries")]
    [InlineData("Residents said 40 people were hurt at the Sarnau ward office in the stampede.", "injuries")]
    [InlineData("The Orvik council said 40 people died at the end of the unit's long shift.", "deaths")]
    [InlineData("Medics said 40 people hurt in the blast were taken to Kestrel Bay General Hospital by road.", "injuries · health facilities")]
    [InlineData("Medics said 40 people injured in the blast were taken to the hospital by road.", "injuries")]
    [InlineData("A medic said 40 people hurt in the blast were driven to Ostvik Clinic or Kestrel Bay Hospital overnight.", "injuries")]
    [InlineData("Rescuers said 40 people hurt in the crash were flown to Vell Memorial Hospital, a spokesman added.", "injuries · health facilities")]
    [InlineData("Rescuers said 40 people hurt in the crash were flown to Vell Memorial Hospital and kept overnight.", "injuries · health facilities")]
    [InlineData("The Brenmoor fire service said 40 people hurt in the blast lay in various hospitals overnight.", "injuries · health facilities")]
    [InlineData("The Lindenport mayor said 40 people hurt in the blast were in local clinics on Friday.", "injuries · health facilities")]
    [InlineData("The Brenmoor mayor said 40 people hurt in the blast were in intensive care on Friday.", "injuries · intensive care")]
    public void Extract_PeopleTreatedOrKeptInAPlaceOfCare_AreThoseInHospital(string text, string measure)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 19))]).Claims.First(c => c.Quantity?.Value == 40);

        claim.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Earlier, the Brenmoor coroner had listed 12 victims.", true)]
    [InlineData("Before that, Brenmoor's fire chief had spoken of 12 dead and about 30 hurt.", true)]
    [InlineData("Earlier in the day, the Brenmoor police had counted 12 bodies.", true)]
    [InlineData("Earlier this week, 12 people were killed as a footbridge gave way in Brenmoor.", false)]
    [InlineData("A spokesman said 12 people died in Brenmoor, earlier than feared.", false)]
    [InlineData("Earlier, another landslide had buried 12 houses and their residents near Brenmoor.", false)]
    [InlineData("Before that, a bus crash on the Lindenport ring road had left 12 people dead.", false)]
    [InlineData("Earlier, the Kestrel Bay harbour master had listed 12 fishermen as missing.", true)]
    public void Extract_SentenceOpeningWithAnEarlierCue_GivesItsFiguresAsEarlierCounts(string text, bool earlier)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 19))]).Claims.First(c => c.Quantity?.Value == 12);

        claim.IsEarlier.Should().Be(earlier);
    }

    [Theory]
    [InlineData("About 120 volunteers worked through the night to clear the Brenmoor harbour.", 120)]
    [InlineData("Some 300 firefighters worked to contain the blaze near Lindenport, the fire service said.", 300)]
    [InlineData("Some 90 miners were at work in the Velmar pit when the roof gave way.", 90)]
    public void Extract_PeopleWhoWorkedWithNoPlaceOfWork_AreNoWorkforce(string text, double value)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 19))]).Claims.First(c => c.Quantity?.Value == value);

        MeasureNames.Base(claim.Measure).Should().NotBe("employees", "working at a task is not being employed somewhere");
    }

    [Theory]
    [InlineData("Officials said 400 people were injured and 25 more are missing in Lindenport.", 25, false)]
    [InlineData("Officials said 400 people were injured and another 25 were reported missing in Lindenport.", 25, false)]
    [InlineData("Officials said 400 people were injured on Monday and 25 more were injured on Tuesday in Lindenport.", 25, true)]
    public void Extract_MoreAfterAnotherOutcomesFigure_CountsOtherPeopleNotAnAddition(string text, double value, bool increment)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 19))]).Claims.Single(c => c.Quantity?.Value == value);

        claim.Quantity!.Value.IsIncrement.Should().Be(increment);
    }

    [Theory]
    [InlineData("The Kestrel Valley council named 12 people it said had drowned, and 30 more it said were injured in the floods.", 30, "injuries")]
    [InlineData("The Kestrel Valley council named 12 people it said had drowned, and 30 more it said were injured in the floods.", 12, "deaths")]
    [InlineData("Brenmoor officials said 12 died and 30 more were injured when the dam gave way.", 30, "injuries")]
    [InlineData("Brenmoor officials said 12 died and 3 more died in hospital when the dam gave way.", 3, "deaths")]
    [InlineData("Brenmoor officials said 12 died on Monday and 5 more on Tuesday when the dam gave way.", 5, "deaths")]
    [InlineData("The Orvik mine owner listed 14 workers it says were rescued after the collapse.", 14, "rescued")]
    public void Extract_MoreOrPeopleBeforeAReportingContactClause_TakeTheOutcomeTheirOwnClauseNames(string text, double value, string measure)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 19))]).Claims.Single(c => c.Quantity?.Value == value);

        MeasureNames.Base(claim.Measure).Should().Be(measure);
    }

    [Theory]
    [InlineData("Nine people died in the Brenmoor floods, officials said. Another 40 were injured.", 40, false)]
    [InlineData("Nine people died in the Brenmoor floods, officials said. A further 40 people were reported missing.", 40, false)]
    [InlineData("Nine people died in the Brenmoor floods on Monday. Another 4 died on Tuesday.", 4, true)]
    [InlineData("Nine people died and 30 were injured in the Brenmoor floods. Another 4 were injured on Tuesday.", 4, true)]
    public void Extract_AnotherAtTheStartOfASentenceAfterOnlyOtherOutcomes_CountsTheWhole(string text, double value, bool increment)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 19))]).Claims.Single(c => c.Quantity?.Value == value);

        claim.Quantity!.Value.IsIncrement.Should().Be(increment, "an addition needs an earlier count of the same outcome in the report");
    }

    [Theory]
    [InlineData("The Lindenport clinic confirmed three new deaths on Tuesday night.", 3, true)]
    [InlineData("The commission registered 8,000 new refugees in Vorland over the past week.", 8000, false)]
    [InlineData("The commission registered an additional 8,000 refugees in Vorland in the past seven days.", 8000, false)]
    public void Extract_NewOrAdditionalCountOverAPeriod_IsThatPeriodsWhole(string text, double value, bool increment)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 19))]).Claims.Single(c => c.Quantity?.Value == value);

        claim.Quantity!.Value.IsIncrement.Should().Be(increment);
    }

    [Fact]
    public void Extract_DateInARelativeClauseBeforeTheCount_DoesNotDateIt()
    {
        var claim = FirstQuantityClaim("The council, which has run the district since 2019, said 40 people were missing in Lindenport.", new DateOnly(2025, 6, 19));

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 6, 19));
    }

    [Fact]
    public void Extract_TollAfterABracketedDate_KeepsItsTollNoun()
    {
        var claim = FirstQuantityClaim("The toll of Tuesday's (9 June) flood in Lindenport has climbed to 48.", new DateOnly(2025, 6, 11));

        claim.Measure.Should().Be("deaths", "the day in brackets is no other figure between the toll and its number");
        claim.Quantity!.Value.Value.Should().Be(48);
    }

    [Theory]
    [InlineData("Thirty people died in yesterday's blast in Lindenport during a rally for Karim Vesh, the general killed by a drone three years ago.")]
    [InlineData("Thirty people died in the blast in Lindenport at the grave of Karim Vesh, who was killed in 2019.")]
    [InlineData("Thirty people died in the blast in Lindenport near the tomb of Mira Odell, an envoy shot dead in 2016.")]
    [InlineData("Thirty people died in the blast in Lindenport beside Harlow Arch, which was built in 1911.")]
    public void Extract_DateInADescriptionOfANameAfterTheCount_DoesNotDateIt(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2025, 6, 19));

        claim.Time!.Value.Start.Should().BeOnOrAfter(new DateOnly(2025, 6, 18), "the date says when the person named was killed, not when the 30 died");
    }

    [Theory]
    [InlineData("An Indian Ocean storm, Cyclone Orlen, battered Comoros on Sunday. It killed 41 people, officials said.", "Comoros")]
    [InlineData("Hurricane Orlen came ashore on the Gulf of Mexico coast of Belize on Sunday, killing 41 people, officials said.", "Belize")]
    public void Extract_TollNearASeaWhoseNameHoldsACountry_IsNotThatCountrys(string text, string subject)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2025, 3, 2));

        claim.Subject.Should().Be(subject, "a sea named after a country is not the country");
    }

    [Theory]
    [InlineData("About 70 houses were buried by the mudslide in Ecuador.", 70d, "homes")]
    [InlineData("Engineers found that 85 houses had been partially damaged in Ecuador.", 85d, "homes · damaged")]
    [InlineData("The council reported 240 houses totally damaged in Ecuador.", 240d, "homes")]
    [InlineData("The quake damaged or destroyed 12,000 homes in Ecuador.", 12000d, "homes · damaged or lost")]
    [InlineData("The quake left 1,300 destroyed homes in Ecuador.", 1300d, "homes")]
    [InlineData("Some 310 homes in the valley were destroyed, Ecuadorian officials said.", 310d, "homes")]
    [InlineData("The river swept away 45 homes in Ecuador.", 45d, "homes")]
    [InlineData("Police swept 40 buildings in Ecuador for explosives.", 40d, "buildings")]
    [InlineData("The flood damaged 600 classrooms in Ecuador.", 600d, "classrooms · damaged")]
    [InlineData("The floods inundated 900 homes in Ecuador.", 900d, "homes · flooded")]
    [InlineData("The tremor razed some 430 homes in Ecuador.", 430d, "homes")]
    [InlineData("Nearly 90 buildings collapsed in the Ecuadorian port.", 90d, "buildings")]
    [InlineData("The storm left 3,100 homes without power in Ecuador.", 3100d, "homes")]
    [InlineData("An estimated 8,415 homes in Lindenport and 1,930 in Brenmoor have been affected in Vorland.", 8415d, "homes · affected")]
    [InlineData("The storm hit 370 homes in the Ostrava valley and 27 were damaged, officials said.", 370d, "homes")]
    [InlineData("Some 600 homes in the valley were evacuated as a precaution in Ecuador.", 600d, "homes · evacuated")]
    [InlineData("About 250 houses near the slope were ordered evacuated in Ecuador.", 250d, "homes · evacuated")]
    [InlineData("Firefighters evacuated 40 buildings in Ecuador.", 40d, "buildings · evacuated")]
    [InlineData("Three hotels near Kestrel Bay have been damaged by the fire in Ecuador.", 3d, "hotels · damaged")]
    [InlineData("Some 12 hotels near Kestrel Bay were evacuated as a precaution in Ecuador.", 12d, "hotels · evacuated")]
    public void Extract_CountOfBuildings_IsToldApartByWhatBefellThem(string text, double value, string measure)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 13))]).Claims;

        claims.Single(c => c.Quantity?.Value == value).Measure.Should().Be(measure);
    }

    [Fact]
    public void Check_HomesHitAndAFewDamagedInAnotherClause_AreNotADiscrepancy()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "Cyclone Vessa hit 370 homes in the Ostrava valley and 27 were damaged, officials said.", "Wire A", new DateOnly(2025, 3, 10)),
            new Document("b", "Officials said 27 homes were damaged in the Ostrava valley.", "Wire B", new DateOnly(2025, 3, 10)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the homes hit are not the homes damaged");
    }

    [Fact]
    public void Check_InmatesWhoFledAndThoseWhoRefusedToLeave_AreNotADiscrepancy()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "Officials said 900 inmates fled the Brenmoor prison in Ecuador on Monday.", "Wire A", new DateOnly(2025, 5, 13)),
            new Document("b", "Officials said 40 inmates refused to leave the Brenmoor prison in Ecuador on Monday.", "Wire B", new DateOnly(2025, 5, 13)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "those who stayed are not a count of those who fled");
    }

    [Fact]
    public void Check_RefusalsWordedTwoWays_StillDisagree()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "Officials said 40 inmates refused to leave the Brenmoor prison in Ecuador on Monday.", "Wire A", new DateOnly(2025, 5, 13)),
            new Document("b", "Officials said 55 inmates declined to flee the Brenmoor prison in Ecuador on Monday.", "Wire B", new DateOnly(2025, 5, 13)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "one count of those who stayed, given as 40 and as 55");
    }

    [Fact]
    public void Check_MinersBroughtToTheSurfaceAndMinersRescued_StillDisagree()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "Crews brought 40 miners to the surface at the Brenmoor pit in Ecuador on Friday.", "Wire A", new DateOnly(2025, 5, 13)),
            new Document("b", "Officials said 52 miners were rescued at the Brenmoor pit in Ecuador on Friday.", "Wire B", new DateOnly(2025, 5, 13)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "both count the miners rescued");
    }

    [Fact]
    public void Check_MinersInThePitAndMinersBroughtToTheSurface_AreNotADiscrepancy()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "Officials said 120 miners were in the Brenmoor pit in Ecuador when the blast happened on Friday.", "Wire A", new DateOnly(2025, 5, 13)),
            new Document("b", "Crews brought 96 miners to the surface at the Brenmoor pit in Ecuador on Friday.", "Wire B", new DateOnly(2025, 5, 13)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "those brought up are a part of those below, not a rival count");
    }

    [Fact]
    public void Check_HomesEvacuatedAndHomesDestroyed_AreNotADiscrepancy()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "About 600 homes were evacuated after the mudslide in Ecuador, the disaster office said.", "Wire A", new DateOnly(2025, 5, 13)),
            new Document("b", "The disaster office said 160 homes were destroyed by the mudslide in Ecuador.", "Wire B", new DateOnly(2025, 5, 13)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "homes evacuated and homes destroyed are different counts");
    }

    [Fact]
    public void Check_HomesBuriedAndHomesDamaged_AreNotADiscrepancy()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "About 70 houses were buried by the mudslide in Ecuador, the disaster office said.", "Wire A", new DateOnly(2025, 5, 13)),
            new Document("b", "The welfare office said 85 houses were damaged by the mudslide in Ecuador.", "Wire B", new DateOnly(2025, 5, 13)),
        ]);

        report.Claims.Select(c => c.Measure).Should().Contain(["homes", "homes · damaged"]);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "houses buried and houses damaged are different counts");
    }

    [Fact]
    public void Extract_ANameToldToAct_IsStillTheSubject()
    {
        var claim = FirstQuantityClaim("Officials told Lindenport residents to leave after 39 people died in the floods.", new DateOnly(2025, 5, 13));

        claim.Subject.Should().Be("Lindenport", "'told … to leave' is an order, not a report its object hears");
    }

    [Fact]
    public void Extract_ABodyThatIsTold_IsNeitherTheSubjectNorTheTopic()
    {
        var report = Pipeline.Check([new Document("doc",
            "Survivors told the UN refugee agency that up to 640 people were aboard the boat that sank off Ecuador. The number of bodies recovered stands at 57.",
            "Test Wire", new DateOnly(2025, 5, 13))]);

        var aboard = report.Claims.Single(c => c.Quantity?.Value == 640);
        aboard.Subject.Should().Be("Ecuador", "the agency only hears the survivors' account");
        aboard.Measure.Should().Be("aboard", "the agency's name does not make the count one of refugees");
        report.Claims.Single(c => c.Quantity?.Value == 57).Subject.Should().Be("Ecuador");
    }

    [Fact]
    public void Extract_PeopleInAReportWhoseLeadNamesOnlyARefugeeAgency_AreNotRefugees()
    {
        var claim = FirstQuantityClaim("The UN refugee agency said some 90 people were waiting at the border crossing in Ecuador on Sunday.", new DateOnly(2025, 5, 13));

        claim.Measure.Should().Be("people", "'refugee agency' names who speaks, not what the report is about");
    }

    [Theory]
    [InlineData("That outbreak recorded 80 cases and 9 deaths.", "Peru")]
    [InlineData("The outbreak there recorded 80 cases and 9 deaths.", "Chile")]
    public void Extract_SentenceReferringBackToACountryTheSentenceBeforeOpensWith_IsAboutThatCountry(string second, string subject)
    {
        var text = "A fever of unknown cause has killed 30 people in Chile, the health ministry said. Officials in Chile are testing samples. "
            + "In Peru, the last patient with the fever left hospital in May. " + second;

        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims.Single(c => c.Quantity?.Value == 80);

        claim.Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("The blaze killed 29 people, most of them Vietnamese nationals, the police said.")]
    [InlineData("The blaze killed 29 people, mainly Laotian workers, the police said.")]
    public void Extract_DemonymInAnAsideOnWhoTheDeadWere_IsNotTheTollsCountry(string sentence)
    {
        var text = "A fire at a chemical plant near Lindenport, Thailand, broke out on Monday. " + sentence;

        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims.Single(c => c.Quantity != null && c.Quantity.Value.Value == 29);

        claim.Subject.Should().Be("Thailand", "the aside says where the dead came from, not where they died");
    }

    [Theory]
    [InlineData("A fire at a warehouse in Saitama killed 14 workers on Tuesday, most of them from Peru.")]
    [InlineData("A fire at a warehouse in Saitama killed 14 workers on Tuesday, two Peruvian nationals among them.")]
    [InlineData("A fire at a warehouse in Saitama killed 14 workers on Tuesday. The owner of the warehouse is a firm based in Peru.")]
    public void Extract_TollInAReportWhoseTownsLieInOneCountry_IsThatCountrysNotTheVictimsOrAFirmsCountry(string lead)
    {
        var text = lead + " Rescuers in Saitama searched the ruins through the night. The toll rose to 16 on Wednesday.";

        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 4))]).Claims.Single(c => c.Quantity != null && c.Quantity.Value.Value == 16);

        claim.Subject.Should().Be("Japan", "the report's towns lie in Japan; Peru is where some of the dead came from or where a firm is based");
    }

    [Theory]
    [InlineData("In Vorland, 155 people were injured, 22 of them critically.", 22d, "injuries · serious")]
    [InlineData("More than 100 people were hurt in the clashes, five seriously.", 5d, "injuries · serious")]
    [InlineData("In Lindenport, 240 people were hurt in the fire, 17 of them in critical condition.", 17d, "injuries · serious")]
    [InlineData("Doctors in Brenmoor said 64 people were injured, eight of them in a serious condition.", 8d, "injuries · serious")]
    [InlineData("At least 23 people were seriously injured when the ferry hit the pier in Kestrel Bay.", 23d, "injuries · serious")]
    [InlineData("In Ostrava, 31 passengers had been critically hurt, the rail operator said.", 31d, "injuries · serious")]
    [InlineData("In Ostrava, 31 people were injured in the derailment, the rail operator said.", 31d, "injuries")]
    [InlineData("In Lindenport, 260 people were injured, and 19 were in critical condition.", 19d, "injuries · serious")]
    [InlineData("In Brenmoor, 41 people were also seriously injured, the rail operator said.", 41d, "injuries · serious")]
    [InlineData("In Kestrel Bay, 12 people were killed, 7 of them in critical condition before they died.", 7d, "deaths · of 12")] // a part of the 12, not of the seriously injured
    [InlineData("Four people died in the crush at the Brenmoor fairground and nine others were in critical condition in hospital, the mayor said.", 9d, "injuries · serious")] // alive: not the clause before's dead
    [InlineData("Doctors in Ostrava said 17 victims are still in critical condition after the derailment.", 17d, "injuries · serious")] // "victims" in a condition live
    [InlineData("Of the 30 people pulled from the Brenmoor rubble, five had died, 14 were critical and eight had minor injuries.", 14d, "injuries · serious")] // alive: the adjective alone ends its clause
    [InlineData("In Kestrel Bay, three miners died and 11 are still critical, the mine's owner said.", 11d, "injuries · serious")]
    [InlineData("Four people died in the crush at the Brenmoor fairground and nine others were injured, the mayor said.", 4d, "deaths")]
    [InlineData("The fire chief in Ostrava said that two of the injured are in critical condition and nine have light injuries.", 9d, "injuries · minor")]
    [InlineData("Doctors in Brenmoor said 38 people were injured and that 14 suffered serious injuries.", 14d, "injuries · serious")]
    [InlineData("Eleven people suffered serious injuries when a bus overturned near Brenmoor, police said.", 11d, "injuries · serious")]
    [InlineData("In Ostrava, 26 passengers sustained minor injuries in the derailment.", 26d, "injuries · minor")]
    [InlineData("In Kestrel Bay, 34 workers suffered injuries when the roof collapsed.", 34d, "injuries")]
    public void Extract_InjuredCountedByHowBadly_IsThatPartOfTheInjured(string text, double value, string measure)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Single(c => c.Quantity != null && c.Quantity.Value.Value == value).Measure.Should().Be(measure);
    }

    [Fact]
    public void Extract_CountCriticalOfSomething_IsNotReadAsInjured()
    {
        var claims = Pipeline.Check([new Document("doc", "In Brenmoor, four people were killed in the explosion and 12 were critical of the rescue, the mayor said.", "Test Wire")]).Claims;

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == 12d)
            .Should().NotContain(c => c.Measure.StartsWith("injuries", StringComparison.Ordinal), "'critical of' goes on: it is no condition of the people");
    }

    [Theory]
    [InlineData("In Brenmoor, 19 people died in the blaze, three of them children younger than 10, the mayor said.", "deaths · children")]
    [InlineData("In Brenmoor, 19 people died in the blaze, three of them children under 10, the mayor said.", "deaths · children")]
    [InlineData("In Brenmoor, 19 people died in the blaze, three of them boys under 10, the mayor said.", "deaths · boys")]
    public void Extract_PartOfTollNamedAfterOfThem_IsThatSubgroupCountedNotAnAge(string text, string measure)
    {
        var part = Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims.Single(c => c.Quantity is { Value: 3 });

        part.Quantity!.Value.Unit.Kind.Should().Be(UnitKind.Count, "'three of them boys under 10' counts boys; the 10 is their age, not the three's");
        part.Measure.Should().Be(measure, "the noun after 'of them' names the part of the dead");
    }

    [Theory]
    [InlineData("In Brenmoor, 300 miners were below ground when the gas ignited; 41 of them were hurt, the operator said.", 41d, "injuries")]
    [InlineData("The Kestrel Valley bus had 52 passengers, and 9 of them were killed when it left the road.", 9d, "deaths")]
    [InlineData("Doctors in Kestrel Valley examined 60 children last month, and 12 of them died within a week.", 12d, "deaths")]
    [InlineData("In Brenmoor, 300 miners were hurt in the blast; 41 of them were taken to hospital, the operator said.", 41d, "hospitalised · of 300")]
    [InlineData("The Ostrava group says 97 people are still held hostage in Tallis, 30 of them confirmed dead.", 30d, "deaths · of 97")]
    [InlineData("In Brenmoor, 30 people died in the blaze, 12 of them were killed by the smoke, the mayor said.", 12d, "deaths · of 30")]
    [InlineData("In Brenmoor, 19 people died in the blaze, 3 of them were children, the mayor said.", 3d, "deaths · of 19")]
    [InlineData("Doctors in Brenmoor admitted 41 patients, 12 of whom died.", 12d, "deaths")] // nothing befell the patients in the sentence
    [InlineData("The Kestrel Valley ferry carried 36 people, and 9 of them were injured when it struck the pier.", 9d, "injuries")]
    public void Extract_CountOfThemWithTheOnlyOutcome_IsThatOutcomesWholeNotAPart(string text, double value, string measure)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims
            .Single(c => c.Quantity is { } q && q.Value == value).Measure.Should().Be(measure,
                "a count of them whose verb names an outcome where nothing befell the set is that outcome's whole; else a part");
    }

    [Theory]
    [InlineData("The Osterby ferry was carrying 44 of the academy's pupils, among 130 people in all, when it ran aground.", 44, "aboard · students")]
    [InlineData("When it ran aground, the Osterby ferry was carrying 44 of the Talvenna academy's pupils, among 130 people in all.", 44, "aboard · students")] // a possessor of two words
    [InlineData("The ferry to Lindenport carried 61 of its crew and 240 people in all when it sank.", 61, "aboard · crew")]
    public void Extract_CountTakenFromAnOwnersSubgroup_IsThatPartOfTheCount(string text, double value, string measure)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims
            .Single(c => c.Quantity is { } q && q.Value == value).Measure.Should().Be(measure, "a count 'of the academy's pupils' counts a part");
    }

    [Fact]
    public void Extract_FigureThatAddsUpTwoOutcomes_IsNoCountOfEither()
    {
        var claims = Pipeline.Check([new Document("doc", "The Ostrava tram crash hurt 30 people and killed 12, 42 victims in total.", "Test Wire")]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 30 && c.Measure == "injuries");
        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 12 && c.Measure == "deaths");
        claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == 42, "42 is the hurt and the dead together, neither toll");
    }

    [Fact]
    public void Extract_FigureAfterTwoOutcomesThatIsNotTheirSum_IsKept()
    {
        var claims = Pipeline.Check([new Document("doc", "In Ostrava, 30 people were hurt and 12 died, and 45 were rescued.", "Test Wire")]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 45 && c.Measure == "rescued");
    }

    [Theory]
    [InlineData("In Vorland, 3 people died and 2 were hurt; 5 houses collapsed in all.", 5d, "homes")]
    [InlineData("In Brenmoor, 30 were arrested and 12 injured, and 42 officers were deployed.", 42d, "officers")]
    public void Extract_FigureOfOtherThingsEqualToTwoOutcomesSum_IsKept(string text, double value, string measure)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims;

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == value && c.Measure == measure,
            "only a count of people or of an outcome can join two outcomes' counts; houses and deployed officers count something else");
    }

    [Theory]
    [InlineData("Police said some 430 people joined a counter-protest near the harbour in Lindenport.", 430, "participants · counter")]
    [InlineData("About 7,300 marched through Brenmoor, while 650 people joined the rival Kestrel Bay Workers march.", 650, "participants · counter")]
    [InlineData("About 7,300 marched through Brenmoor, while 650 people joined the rival Kestrel Bay Workers march.", 7300, "participants")]
    [InlineData("Around 820 counter-protesters gathered outside the town hall in Ostrava.", 820, "participants · counter")]
    [InlineData("Around 760 counterdemonstrators gathered on the quay in Kestrel Bay.", 760, "participants · counter")]
    [InlineData("Some 430 counter-marchers walked behind the barriers in Vorland.", 430, "participants · counter")]
    [InlineData("Police said 1,120 people joined a counterdemonstration in Brenmoor.", 1120, "participants · counter")]
    [InlineData("Later on the quay in Brenmoor, a counter-rally where about 270 people gathered was dispersed.", 270, "participants · counter")]
    [InlineData("Police said a counter-protest of 310 demonstrators formed outside the Ostrava town hall.", 310, "participants · counter")]
    [InlineData("In Vorland, the rival Stand Up for Lindenport march drew 540 marchers, police said.", 540, "participants · counter")]
    [InlineData("Around 37,000 people attended the rally in Vorland and a counter-protest drew only 290, police said.", 290, "participants · counter")]
    [InlineData("Around 37,000 people attended the rally in Vorland and a counter-protest drew only 290, police said.", 37000, "participants")]
    [InlineData("As counter-protesters heckled from the sidelines, some 38,000 people marched through Lindenport, police said.", 38000, "participants")]
    [InlineData("Despite a counter-protest nearby, police said 38,000 people joined the march in Ostrava.", 38000, "participants")]
    [InlineData("Some 38,000 people marched past a small counter-protest outside the Vorland parliament, police said.", 38000, "participants")]
    [InlineData("Police separated the 38,000 marchers from a counter-demonstration of far-right activists in Brenmoor.", 38000, "participants")]
    [InlineData("Police estimated the crowd in Kestrel Bay at 38,000 and said a counter-protest nearby was peaceful.", 38000, "participants")]
    [InlineData("Organisers offered a rival estimate of the crowd, saying 38,000 people took part in the march in Lindenport.", 38000, "participants")]
    [InlineData("Workers from rival unions joined the strike in Ostrava on Monday, and 180,000 people walked out, the unions said.", 180000, "participants")]
    [InlineData("Around 11,500 people held a protest opposing the ban on rallies in Vorland, police said.", 11500, "participants")]
    [InlineData("Fans of the rival club swelled the crowd in Brenmoor to 61,000, police said.", 61000, "participants")]
    [InlineData("Police said 3,900 people marched in Ostrava and that the rival parties had made no comment.", 3900, "participants")]
    public void Extract_CrowdOfAGatheringHeldAgainstAnother_IsCountedApart(string text, double value, string measure)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Single(c => c.Quantity != null && c.Quantity.Value.Value == value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Brenmoor police captured 9 men after the bank raid on Friday.", 9, "arrests")]
    [InlineData("Customs staff captured 14 suspects near the Lindenport docks.", 14, "arrests")]
    [InlineData("Eleven people were captured by police in Kestrel Bay overnight.", 11, "arrests")]
    [InlineData("Rebels captured 16 soldiers near the Vorland border.", 16, "captured")]
    [InlineData("Twelve police officers were captured by rebels near the Vorland border.", 12, "captured")]
    [InlineData("Nine police officers were reportedly captured by gunmen outside Brenmoor.", 9, "captured")]
    public void Extract_PeopleCaptured_AreArrestsWhenSuspectsOrTakenByPolice(string text, double value, string measure)
    {
        MeasureNames.Base(Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Single(c => c.Quantity != null && c.Quantity.Value.Value == value).Measure).Should().Be(measure);
    }

    [Theory]
    [InlineData("Riot police in Brenmoor held more than 140 people at the banned rally on Sunday.", 140, "arrests")]
    [InlineData("Around 260 people were held by police in Lindenport as they marched towards the palace.", 260, "arrests")]
    [InlineData("Officers detained about 75 marchers near the Vorland parliament.", 75, "arrests")]
    [InlineData("Kestrel Bay police arrested 31 counter-protesters after scuffles at the square.", 31, "arrests")]
    [InlineData("Some 3,000 marchers rallied in Brenmoor on Saturday.", 3000, "participants")]
    [InlineData("Police held a briefing after 5,000 people gathered in Lindenport.", 5000, "participants")]
    [InlineData("About 900 people held a vigil outside the Vorland embassy.", 900, "participants")]
    [InlineData("Police said 210 rioters had been arrested in Brenmoor.", 210, "arrests")]
    public void Extract_PeopleHeldByPolice_AreArrests(string text, double value, string measure)
    {
        MeasureNames.Base(Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Single(c => c.Quantity != null && c.Quantity.Value.Value == value).Measure).Should().Be(measure);
    }

    [Fact]
    public void Extract_PoliceHoldingTheirOwnOfficers_AreNoArrests()
    {
        Pipeline.Check([new Document("doc", "Riot police held 200 officers in reserve near the Brenmoor square.", "Test Wire")]).Claims
            .Where(c => c.Quantity != null && c.Quantity.Value.Value == 200)
            .Should().NotContain(c => MeasureNames.Base(c.Measure) == "arrests", "officers kept in reserve are the police's own, not people taken");
    }

    [Theory]
    [InlineData("In its Sunday bulletin the Brenmoor rescue service lists the dead as 2,314 and the wounded as 8,770.", 2314, "deaths")]
    [InlineData("In its Sunday bulletin the Brenmoor rescue service lists the dead as 2,314 and the wounded as 8,770.", 8770, "injuries")]
    [InlineData("Officials in Vorland put the death toll at 58 and the number of injured at 412.", 412, "injuries")]
    [InlineData("The death toll in Kestrel Bay rose to 61 and then to 64 on Friday.", 64, "deaths")]
    [InlineData("By Tuesday evening the Brenmoor ferry toll had grown to 37 in all and the number of injured to 126.", 126, "injuries")]
    [InlineData("By Tuesday evening the Brenmoor ferry toll had grown to 37 in all and the number of injured to 126.", 37, "deaths")]
    [InlineData("Rescuers lifted the Ostvik quarry death toll to 12 while the number of missing dropped to 30, the mayor said.", 30, "missing")]
    [InlineData("The death toll in Kestrel Bay rose to 61 on Friday and then to 64.", 64, "deaths")]
    public void Extract_FigureCoordinatedAfterAToll_CountsWhatItsOwnPhraseNames(string text, double value, string measure)
    {
        MeasureNames.Base(Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Single(c => c.Quantity != null && c.Quantity.Value.Value == value).Measure).Should().Be(measure);
    }

    [Theory]
    [InlineData("Lindenport was rattled overnight by an aftershock measuring magnitude 5.4.", 5.4, "magnitudes · aftershock")]
    [InlineData("A 5.2-magnitude aftershock followed the magnitude 6.8 quake near Kestrel Bay.", 5.2, "magnitudes · aftershock")]
    [InlineData("A 5.2-magnitude aftershock followed the magnitude 6.8 quake near Kestrel Bay.", 6.8, "magnitudes")]
    [InlineData("Vorland logged 30 aftershocks by Thursday, the strongest reaching magnitude 5.9.", 5.9, "magnitudes · aftershock")]
    [InlineData("Brenmoor recorded 120 aftershocks felt across the hill villages, the strongest reaching magnitude 4.6.", 4.6, "magnitudes · aftershock")]
    [InlineData("Brenmoor residents fled again when a magnitude 6.1 jolt struck two hours after the main quake.", 6.1, "magnitudes · aftershock")]
    [InlineData("Aftershocks kept shaking Ostrava after the magnitude 6.6 earthquake on Monday.", 6.6, "magnitudes")]
    [InlineData("The magnitude 7.0 quake that struck Vorland was followed by aftershocks.", 7.0, "magnitudes")]
    [InlineData("A second tremor of magnitude 5.3 shook Brenmoor on Wednesday.", 5.3, "magnitudes · aftershock")]
    [InlineData("Another quake, of magnitude 4.9, rattled Kestrel Bay overnight.", 4.9, "magnitudes · aftershock")]
    [InlineData("The quake, of magnitude 6.4, flattened villages around Ostrava.", 6.4, "magnitudes")]
    public void Extract_MagnitudeOfAnAftershock_IsMeasuredApart(string text, double value, string measure)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Single(c => c.Quantity != null && c.Quantity.Value.Value == value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The ministry said 31 deaths had been recorded in health centres.", "deaths · health facilities")]
    [InlineData("A further 52 deaths had been reported in the community, officials added.", "deaths · community")]
    [InlineData("Rescuers said 27 people died in a single village near Brenmoor.", "deaths · one village")]
    [InlineData("First reports told of 14 dead in one district of Vorland.", "deaths · one district")]
    [InlineData("First reports told of 14 dead in four districts of Vorland.", "deaths")]
    [InlineData("Officials confirmed 90 deaths in the district: 40 people who died in hospital and 50 who died in the community.", "deaths")]
    public void Extract_DeathsCountedInOneSetting_AreThatSettingsPart(string text, string measure)
    {
        FirstQuantityClaim(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("A diplomat said 410 of the 455 Moroccans who died were unregistered.", 410, "moroccans · of 455")]
    [InlineData("Officials said 12 of 40 passengers died in the crash.", 12, "of 40")]
    [InlineData("Officials said 455 pilgrims died, 410 of them unregistered.", 410, "deaths · of 455")]
    [InlineData("Doctors in Brenmoor said 41 patients were hurt, 12 of whom died.", 12, "deaths · of 41")] // "of whom" as "of them"
    [InlineData("The Lindenport ferry carried 36 people, nine of whom were injured when it struck the pier.", 9, "injuries")] // being aboard befell no one
    [InlineData("Clinics in Brenmoor treated 86 injured, of whom 52 later went back to their homes.", 52, "treated · of 86")] // no outcome of its own
    [InlineData("Police said 64 people were listed as missing, of whom 29 have since been located.", 29, "missing · of 64")]
    [InlineData("Voting was suspended in 9 of Vorland's 47 counties, the commission said.", 9, "counties · of 47")]
    [InlineData("Curfews were imposed in 12 of the country's 66 provinces.", 12, "provinces · of 66")]
    [InlineData("Curfews were imposed in 12 of the country's 66 provinces.", 66, "provinces · all")] // the whole of fixed units is its size
    [InlineData("The party won 120 of the 350 seats in parliament.", 350, "seats · all")]
    [InlineData("Voters in Vorland also elected the 450-seat assembly on Sunday.", 450, "seats · all")] // a size written before its noun
    [InlineData("Thieves took the files of 6.2 million members: the main brand's 3.4 million and 2.8 million members of a budget brand.", 2_800_000, "members · of 6200000")]
    [InlineData("The clinic cancelled 870 appointments over the week: 610 appointments for scans and 260 for blood tests.", 610, "appointments · of 870")]
    [InlineData("The clinic cancelled 870 appointments last month: on Monday 610 appointments for scans and 260 for blood tests.", 610, "appointments · of 870")] // a list, though a time comes first
    [InlineData("Donors pledged €80 million for Brenmoor, €12 million of it from Ostrava.", 12_000_000, "of 80000000")] // "of it": a share of the sum before
    [InlineData("Donors pledged €80 million for Brenmoor, 12 million euros of which came from Ostrava.", 12_000_000, "of 80000000")]
    [InlineData("Donors pledged €80 million for Brenmoor, 12 million euros of that from Ostrava.", 12_000_000, "of 80000000")]
    [InlineData("Donors pledged €60 million for Brenmoor, up 20% on last year, €9 million of it from Ostrava.", 9_000_000, "of 60000000")] // the sum's whole is a sum
    public void Extract_FigureOfAnotherFigure_IsAPartOfIt(string text, double value, string measureEnd)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire")]);

        report.Claims.Where(c => c.Quantity is not null).Should().Contain(c => c.Quantity!.Value.Value == value && c.Measure.EndsWith(measureEnd));
    }

    [Theory]
    [InlineData("Donors pledged €80 million for Brenmoor, of which €12 million came from Ostrava.", 80_000_000)] // ", of which" follows the whole
    [InlineData("Officials said 1,705 people died of it in Brenmoor last year.", 1705)] // "died of it" names a cause
    [InlineData("Donors pledged €80 million for Brenmoor, €12 million of it from Ostrava.", 80_000_000)]
    [InlineData("The Brenmoor council had €40 million in 2019 and spent €5 million of that year's budget on roads.", 5_000_000)] // "that" belongs to "year"
    public void Extract_FigureBeforeItsShareIsGiven_IsNoPartOfAnything(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire")]);

        report.Claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == value).Which.Measure.Should().NotContain("· of ");
    }

    [Theory]
    [InlineData("The ferry carried 48 people, of whom 17 drowned near Harwick.", 17, "deaths")]
    [InlineData("Clinics in Brenmoor treated 86 injured, of whom 52 later went back to their homes.", 52, "treated · of 86")]
    [InlineData("Officials said 14 people had been killed, of whom 6 were children.", 6, "deaths · children")] // says who they were
    public void Extract_CountAfterOfWhom_IsItsOwnOutcomeOrAPartOfTheCountBefore(string text, double value, string measure)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire")]);

        report.Claims.Where(c => c.Quantity is not null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Fact]
    public void Extract_SeatsWonBesideTheSizeOfTheChamber_AreNotTheSize()
    {
        var report = Pipeline.Check([new Document("doc", "The governing bloc won 214 seats in Vorland's 450-seat assembly.", "Test Wire")]);

        var won = report.Claims.Single(c => c.Quantity?.Value == 214);
        var size = report.Claims.Single(c => c.Quantity?.Value == 450);
        won.Measure.Should().Be("seats");
        size.Measure.Should().NotBe(won.Measure, "the size of the assembly is no rival count of the seats won");
    }

    [Theory]
    [InlineData("The Greens won a 14-seat majority in the Tallmark vote.", 14)]
    [InlineData("Polls gave the Farmers' League a 6-seat gain in Ostrava Nova.", 6)]
    [InlineData("Early returns showed the alliance holding a 3-seat lead over the Liberals.", 3)]
    public void Extract_HyphenedSeatsBeforeANounThatHasNoSize_AreNotTheWholesSize(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire")]);

        report.Claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == value)
            .Which.Measure.Should().NotEndWith("· all", "a majority, a gain or a lead is counted in seats but is no chamber's size");
    }

    [Theory]
    [InlineData("Voters in Tallmark chose the 150-seat assembly on Sunday.", 150)]
    [InlineData("The 90-seat chamber of Ostrava Nova meets on Monday.", 90)]
    public void Extract_HyphenedSeatsBeforeABodyThatHasASize_AreItsSize(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire")]);

        report.Claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == value && c.Measure.EndsWith("seats · all"));
    }

    [Fact]
    public void Extract_PeopleGivenTreatmentBesideADeathToll_AreTheTreated()
    {
        var report = Pipeline.Check([new Document("doc", "Officials in Brenmoor reported 9 deaths and 65 people given treatment for burns.", "Test Wire")]);

        report.Claims.Single(c => c.Quantity?.Value == 65).Measure.Should().Be("treated", "those given treatment are not more dead");
    }

    [Theory]
    [InlineData("Thieves took the files of 6.2 million members: the main brand's 3.4 million and 2.8 million members of a budget brand.", 6_200_000)] // the whole
    [InlineData("The storm swept across 14 provinces: 9 people died in the coastal towns.", 9)] // a count of another measure
    [InlineData("The clinic had cancelled 300 appointments by Monday: a week later 450 appointments had been cancelled.", 450)] // larger: no part
    [InlineData("The clinic cancelled 300 appointments: scans were hit hardest; it cancelled 120 appointments on Friday.", 120)] // a semicolon stands between
    [InlineData("Police in Vorland arrested 400 people in 2023: last year they arrested 250.", 250)] // another period, not a part
    public void Extract_CountAfterAColon_IsAPartOnlyOfALargerCountOfItsMeasure(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire")]);

        report.Claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == value && !c.Measure.Contains(MeasureNames.PartSeparator),
            "only a smaller count of the same measure listed after a colon is a part of the count before it");
    }

    [Fact]
    public void Extract_DeathsInARelativeClauseNamingTheSetting_AreThatSettingsPart()
    {
        var report = Pipeline.Check([new Document("doc", "Officials confirmed 90 deaths in the district: 40 people who died in hospital and 50 who died in the community.", "Test Wire")]);

        report.Claims.Where(c => c.Quantity is not null).Select(c => (c.Quantity!.Value.Value, c.Measure))
            .Should().Contain((50d, "deaths · community"));
    }

    [Theory]
    [InlineData("The agency warned that more than 10,000 people could die.", Modality.Forecast)]
    [InlineData("Officials said 120 families will be moved to shelters.", Modality.Forecast)]
    [InlineData("Given how fragile the buildings are, a toll above 2,000 is a strong possibility.", Modality.Forecast)]
    [InlineData("Police said 45 people were arrested.", Modality.Asserted)]
    [InlineData("A Lindenport health official said the number of dead can climb above 900.", Modality.Forecast)]
    [InlineData("The stadium in Brenmoor can hold 30,000 people.", Modality.Asserted)]
    [InlineData("The company will cut 3,000 jobs at its Lindenport plant.", Modality.Planned)]
    [InlineData("They will hire 200 nurses for the Brenmoor clinic.", Modality.Planned)]
    [InlineData("The company will reach 5,000 workers in Lindenport next year.", Modality.Forecast)]
    [InlineData("Analysts expect the company will cut 3,000 jobs at its Lindenport plant.", Modality.Forecast)]
    [InlineData("The government will lose 3,000 jobs if the plant in Lindenport closes, analysts said.", Modality.Forecast)]
    [InlineData("Officials said the toll can easily exceed 500 in Kestrel Bay.", Modality.Forecast)]
    [InlineData("By next spring, the ministry's projection is 800 deaths in Lindenport.", Modality.Forecast)]
    [InlineData("According to projections, 600 families in Brenmoor will need shelter.", Modality.Forecast)]
    [InlineData("Its projections show 900 people leaving Kestrel Bay by winter.", Modality.Forecast)]
    [InlineData("The projection room of the Brenmoor theatre held 60 people on Saturday.", Modality.Asserted)]
    [InlineData("Projections at the Kestrel Bay arts week drew 2,500 people.", Modality.Asserted)]
    [InlineData("Turnout in Lindenport passed the 7,500 people the organisers had expected.", Modality.Forecast)]
    [InlineData("The square held twice the 3,200 people that they predicted.", Modality.Forecast)]
    [InlineData("The 7,500 people the organisers counted filled the square in Lindenport.", Modality.Asserted)]
    [InlineData("Rescuers brought up the 14 miners they had expected to find in the Brenmoor shaft.", Modality.Asserted)]
    [InlineData("The Brenmoor mill is to shed 1,400 jobs over two years.", Modality.Planned)]
    [InlineData("Lindenport and Brenmoor are to exchange 600 prisoners each under the truce.", Modality.Planned)]
    [InlineData("The Kestrel Bay authorities are to return 45 detainees to Lindenport this week.", Modality.Planned)]
    [InlineData("Up to 60 detainees are to be freed in Lindenport this week.", Modality.Planned)]
    [InlineData("About 900 workers are scheduled to leave the Kestrel Bay yard by June.", Modality.Planned)]
    [InlineData("Inspectors said a worn cable was to blame for the fall that injured 14 climbers in Brenmoor.", Modality.Asserted)]
    [InlineData("The Lindenport rally drew 4,000 people and is to be repeated next month.", Modality.Asserted)]
    [InlineData("The Kestrel Bay guard is to release the last of the 300 detainees it holds in Brenmoor.", Modality.Asserted)]
    [InlineData("A police spokesman said the number killed in Brenmoor was likely to go up from 41.", Modality.Asserted)]
    [InlineData("Officials in Brenmoor fear the toll could rise from 120 as the search goes on.", Modality.Asserted)]
    [InlineData("Officials in Brenmoor fear the toll could rise to 120 as the search goes on.", Modality.Forecast)]
    public void Extract_CountFollowedByAModalVerb_IsAForecast(string text, Modality modality)
    {
        FirstQuantityClaim(text).Modality.Should().Be(modality);
    }

    [Theory]
    [InlineData("Lindenport fans got to buy 5,000 tickets on Monday.")]
    [InlineData("If the Brenmoor rebels were to free 50 hostages, the talks could resume.")]
    public void Extract_GetOrAHypotheticalWereBeforeTo_IsNoPlan(string text)
    {
        FirstQuantityClaim(text).Modality.Should().NotBe(Modality.Planned);
    }

    [Theory]
    [InlineData("Ghana said 14 Kenyans had been rescued from the drifting trawler.", "Kenya")]
    [InlineData("Kenya said 11 Britons had been freed by the kidnappers.", "United Kingdom")]
    [InlineData("Ghana said 14 Kenyan fishermen had been rescued from the drifting trawler.", "Kenya")]
    public void Extract_DemonymCountedAfterTheFigure_IsTheSubjectNotTheSpeaker(string text, string subject)
    {
        FirstQuantityClaim(text).Subject.Should().Be(subject, "a demonym counted right after the figure says whose people they are");
    }

    [Theory]
    [InlineData("Many of the dead were children under 18, officials said.", 18d)]
    [InlineData("The toll included 12 children under 5.", 5d)]
    [InlineData("People over 65 will be vaccinated first.", 65d)]
    [InlineData("The youngest of the dead was 16, the hospital director said.", 16d)]
    [InlineData("The youngest of the dead in Brenmoor was 14, the hospital director said.", 14d)]
    [InlineData("The oldest of the victims in the village of Tallis was 91.", 91d)]
    public void Extract_BoundAfterANounForPeople_IsAnAgeLimitNotACount(string text, double bound)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == bound, "'{0}' says who is counted, not how many", text);
    }

    [Theory]
    [InlineData("The 14 dead in Brenmoor were buried on Sunday.", 14d)]
    [InlineData("The dead in Brenmoor were 14, the hospital director said.", 14d)]
    public void Extract_TollWithoutAgeSubject_StaysADeathCount(string text, double toll)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == toll && MeasureNames.Base(c.Measure) == "deaths",
                "'{0}' counts the dead; no youngest or oldest of them is given an age", text);
    }

    [Theory]
    [InlineData("Four of the top 20 players were injured in the crash.")]
    [InlineData("Two of the bottom 10 clubs were fined after the match.")]
    public void Extract_NumberAfterTopInsideAPartitive_IsARankNotACount(string text)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Should().NotContain(c => c.Quantity != null && (c.Quantity.Value.Value == 20 || c.Quantity.Value.Value == 10),
                "'{0}' ranks the set the part is taken from; it is not how many were hurt or fined", text);
    }

    [Theory]
    [InlineData("20 players were injured in the crash.")]
    [InlineData("The top 20 players were injured in the crash.")]
    public void Extract_NumberOutsideAPartitive_StaysAnInjuryCount(string text)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 20 && MeasureNames.Base(c.Measure) == "injuries",
                "'{0}' says how many players were hurt", text);
    }

    [Theory]
    [InlineData("The government's figure is about three times the agency's estimate.")]
    [InlineData("The club has won the title four times.")]
    public void Extract_MultiplierOrFrequency_MakesNoClaim(string text)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims.Should().BeEmpty();
    }

    [Fact]
    public void Extract_TwoCountsSharingOneNounWithTheirOwnOutcomes_EachMeasuresItsOwn()
    {
        var report = Pipeline.Check([new Document("doc", "Officials said 310 people have been confirmed dead and 950 injured in the province.", "Test Wire")]);

        report.Claims.Where(c => c.Quantity is not null).Select(c => (c.Quantity!.Value.Value, c.Measure))
            .Should().Contain([(310d, "deaths"), (950d, "injuries")]);
    }

    [Theory]
    [InlineData("About 20,000 people had crossed into Chad from Sudan.", "Sudan")]
    [InlineData("Some 9,000 migrants landed on Lampedusa from Tunisia.", "Tunisia")]
    public void Extract_CountOfPeopleWhoCameFromACountry_HasThatCountryAsSubject(string text, string subject)
    {
        FirstQuantityClaim(text).Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("Organisers said 80,000 people joined Sunday's rally in Lindenport, the largest since the strike of 1995.", 2021, 3, 7)]
    [InlineData("At least 45 people died in the floods, the deadliest in the region since 2004, officials said on Monday.", 2021, 3, 8)]
    public void Extract_DateAfterASuperlativeAndSince_IsAPointOfComparisonNotWhenTheCountHolds(string text, int year, int month, int day)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2021, 3, 8));

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(year, month, day), "the year after 'the largest since' is what the count is compared with");
    }

    [Theory]
    [InlineData("The unions brought out 47,000 people in the first general strike under President Hal Verner (1998-2004).")]
    [InlineData("Police counted 40,000 marchers, fewer than under Mayor Ines Calder (born 1961) in the last strike.")]
    public void Extract_DateInBracketsAfterAName_IsTheNamesNotTheCounts(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2024, 1, 25));

        claim.Time!.Value.Start.Should().Be(new DateOnly(2024, 1, 25), "a bracketed term or lifespan belongs to the name before it");
    }

    [Theory]
    [InlineData("The number of dead from the ferry sinking has now reached 63, the coast guard chief told state broadcaster VTV late on Wednesday.")]
    [InlineData("The toll now stands at 63, the governor told reporters on Wednesday.")]
    [InlineData("The toll now stands at 63, the harbour master told the Kestrel Gazette news desk on Wednesday.")]
    [InlineData("The toll now stands at 63, the harbour master told a packed briefing on Wednesday.")]
    [InlineData("The toll now stands at 63, the harbour master told assembled journalists on Wednesday.")]
    [InlineData("63 people are now confirmed dead, the coast guard said on Wednesday.")]
    [InlineData("The toll now stands at 63, the coast guard chief told reporters late on Wednesday.")]
    public void Extract_CountGivenNowInAReportDatedByItsVerbOrHearer_HoldsOnTheReportsDay(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2024, 7, 4));

        claim.Time!.Value.Start.Should().Be(new DateOnly(2024, 7, 3), "'now' is when the report was made, and the report is dated Wednesday");
    }

    [Fact]
    public void Extract_CountAfterAtTheTimeWithADateInItsClause_IsDatedByTheDate()
    {
        var claim = FirstQuantityClaim("Vorland officials said at the time that 6,500 people took part in June 2021.", new DateOnly(2024, 3, 1));

        claim.Time!.Value.Start.Should().Be(new DateOnly(2021, 6, 1), "'at the time' points back to a past time that the month in the figure's clause names");
    }

    [Fact]
    public void Extract_CountNextToRecentlyWithADateAfterAComma_KeepsRecently()
    {
        var claim = FirstQuantityClaim("Some 4,000 people were recently displaced in Ostrava, against 3,000 in May.", new DateOnly(2024, 10, 1));

        claim.Time!.Value.Text.Should().Be("recently", "the month stands in another clause, after a comma");
    }

    [Theory]
    [InlineData("The toll now stands at 63, the harbour master told journalists the river wall failed on Monday.")]
    [InlineData("Fifty-two workers are now listed as missing, the mine's owner told journalists this started on Monday.")]
    [InlineData("Fifty-two workers are now listed as missing, the mine's owner told journalists raiders seized guards on Monday.")]
    [InlineData("Fifty-two workers are now listed as missing, the mine's owner told journalists medics airlifted miners on Monday.")]
    public void Extract_APastFormAfterTheHearer_IsTheReportedEventsVerbAndDoesNotDateTheReport(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2024, 7, 4));

        claim.Time!.Value.Start.Should().Be(new DateOnly(2024, 7, 4), "Monday is the day of the event told, not the day of the report, so 'now' is the day of publication");
    }

    [Theory]
    [InlineData("Peru says death toll from border clashes with Chile rises to 41", "Peru")]
    [InlineData("Fighting broke out on the border between Chile and Peru on Monday.\n\nPeru's foreign ministry said at least 17 people died in the clashes.", "Peru")]
    [InlineData("Fighting broke out on the border between Chile and Peru on Monday.\n\nChile's defence ministry said 23 people were killed in the clashes with Peru.", "Chile")]
    [InlineData("Fighting broke out on the border between Chile and Peru on Monday.\n\nChile's defence ministry said 23 people were killed in Peru.", "Peru")]
    [InlineData("Gunmen shot dead up to 300 people when they raided a Mali village in May, a report by the French government says.", "Mali")]
    [InlineData("Gunmen killed 300 people in a raid on a Malian town, the French government says.", "Mali")]
    [InlineData("A strong earthquake struck Peru on Monday.\n\nAt least 61 people died, the US Geological Survey said.", "Peru")]
    [InlineData("Earthquake in Peru kills dozens.\n\nA strong earthquake struck Peru on Monday, the US Geological Survey said.\n\nThe US Geological Survey said on Tuesday that 94 people had died in the quake. The United States later pledged aid.", "Peru")]
    public void Extract_TollASideOfTheEventGivesWithNoPlace_IsThatSidesOwn(string text, string subject)
    {
        FirstQuantityClaim(text, new DateOnly(2024, 3, 5)).Subject.Should().Be(subject, "a side's state body speaks of its own dead unless the sentence places them");
    }

    [Fact]
    public void Extract_CountGivenNowBesideAnEarlierCountReportedOnADay_HoldsAsPublished()
    {
        var claim = FirstQuantityClaim("The toll from the floods in Peru has now risen to 57, up from 31 reported on Monday.", new DateOnly(2024, 7, 4));

        claim.Quantity!.Value.Value.Should().Be(57);
        claim.Time!.Value.Start.Should().Be(new DateOnly(2024, 7, 4), "Monday dates the earlier count's report, not the figure given now");
    }

    [Theory]
    [InlineData("By Sunday evening, according to the police, only 12 people had died.", 2024, 6, 30)]
    [InlineData("As of Monday, 48 people had been confirmed dead.", 2024, 7, 1)]
    public void Extract_CountInASentenceOpeningWithByOrAsOfADate_HoldsOnThatDate(string text, int year, int month, int day)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2024, 7, 2));

        claim.Time!.Value.Start.Should().Be(new DateOnly(year, month, day), "the date the sentence opens with is when the count was made");
    }

    [Theory]
    [InlineData("At noon on Friday, the provincial tally stood at 15 dead.", 2025, 3, 7)]
    [InlineData("At 6 p.m. the day before, 6 March, the tally stood at 15 dead.", 2025, 3, 6)]
    public void Extract_CountInASentenceOpeningWithAnHourAndADay_HoldsOnThatDay(string text, int year, int month, int day)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2025, 3, 9));

        claim.Time!.Value.Start.Should().Be(new DateOnly(year, month, day), "the day the opening gives with its hour is when the count was made");
    }

    [Fact]
    public void Extract_CountOverAPeriodOfMonthsUpToPublication_HoldsFromThePeriodsStart()
    {
        var report = Pipeline.Check([new Document("doc", "In the 13 months since, at least 9,000 people have died, by the agency's estimate.", "Test Wire", new DateOnly(2024, 6, 6))]);
        var claim = report.Claims.Single(c => c.Measure == "deaths");

        claim.Time!.Value.Start.Should().Be(new DateOnly(2024, 6, 6).AddDays(-390), "a count over 13 months is not a count of the day's event");
        claim.Time.Value.End.Should().Be(new DateOnly(2024, 6, 6));
    }

    [Theory]
    [InlineData("Forty people died in Brenmoor in the worst floods in 90 years, officials said.")]
    [InlineData("The strongest storm to hit the coast of Vorland in almost a century killed 40 people, officials said.")]
    [InlineData("Soldiers killed at least 40 villagers near Ostrava, calling it one of the deadliest attacks in nearly a decade.")]
    [InlineData("Officials say 40 people remain unaccounted for in Brenmoor after its heaviest snowfall in over a century.")]
    [InlineData("At least 40 people died when Brenmoor and Lindenport fans fought, the worst riot between the two clubs in ten years.")]
    public void Extract_CountBesideASuperlativesPeriod_HoldsAsPublished(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2024, 12, 18));

        claim.Time!.Value.Start.Should().Be(new DateOnly(2024, 12, 18), "the period a superlative reaches back over is what the event is compared with, not a period the toll counts over");
    }

    [Theory]
    [InlineData("Fighting in Vorland has killed at least 9,000 people in 13 months, the agency said.")]
    [InlineData("Fighting in Vorland has killed at most 9,000 people in 13 months, the agency said.")]
    [InlineData("Most of the 9,000 people killed in Vorland in 13 months were civilians, the agency said.")]
    [InlineData("The army launched its biggest offensive and has killed 9,000 people in Vorland in 13 months, the agency said.")]
    public void Extract_CountOverMonthsAfterAQualifierOrAnotherClausesSuperlative_HoldsFromThePeriodsStart(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2024, 6, 6));

        claim.Time!.Value.Start.Should().Be(new DateOnly(2024, 6, 6).AddDays(-390), "'at least', 'at most', 'most of' and a superlative before the figure make no comparison of the months");
    }

    [Theory]
    [InlineData("After the cyclone struck Harwick on 9 May, its official toll has risen to 61, the Vorland health office said.", 2021, 7, 2)]
    [InlineData("The toll from the Brenmoor mine fire has reached 38, seven weeks after the blaze of 9 May.", 2021, 7, 2)]
    [InlineData("At least 61 people died when the cyclone struck Harwick on 9 May, the Vorland health office said.", 2021, 5, 9)]
    [InlineData("On 9 May, the cyclone that struck Harwick killed 61 people, the Vorland health office said.", 2021, 5, 9)]
    public void Extract_PerfectCountBesideAnEventDateInAnotherClause_HoldsOnTheReportsDay(string text, int year, int month, int day)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2021, 7, 2));

        claim.Time!.Value.Start.Should().Be(new DateOnly(year, month, day), "a count told in the present perfect is the total up to the report; a date in another clause says when the event happened");
    }

    [Fact]
    public void Extract_CountInAClauseThatTheComparedDateOpens_HoldsOnThatDate()
    {
        var claim = FirstQuantityClaim("The storm was the worst since 1987, when 300 people were killed in the valley.", new DateOnly(2021, 3, 8));

        claim.Time!.Value.Start.Should().Be(new DateOnly(1987, 1, 1));
    }

    [Theory]
    [InlineData("Lindenport, a city of 900,000 people, was cut off by the floods.", "Lindenport")]
    [InlineData("Most people in Vorland, a country of 48 million, live on the coast.", "Vorland")]
    [InlineData("Aid groups said the population of the affected area was more than 2 million.", null)]
    public void Extract_PeopleAPlaceHolds_ArePopulationOfThatPlaceOnly(string text, string? subject)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2021, 3, 8));

        claim.Measure.Should().Be("population");
        claim.Subject.Should().Be(subject, "a population belongs to the place the sentence names, or to none");
    }

    [Theory]
    [InlineData("The city of 420,000 people lost power for two days.", "Vorland")]
    [InlineData("Schools stayed shut across the city, home to 420,000 people, officials said.", "Vorland")]
    [InlineData("Rescuers reached every village in the county of 420,000 people by Tuesday.", "Vorland")]
    [InlineData("Rescuers reached a town of 420,000 people further down the valley.", null)]
    [InlineData("The block was home to 420,000 people, most of them tenants.", null)]
    public void Extract_PopulationOfThePlaceReferredBack_IsTheReportsCountrysOnly(string text, string? subject)
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\n", "vorland.tsv"))
            .Build();
        var report = pipeline.Check([
            new Document("doc", "Floods kill 12 in Vorland\n\nFloods in Vorland killed 12 people on Monday. " + text, "Test Wire", new DateOnly(2026, 3, 2)),
        ]);

        var claim = report.Claims.Single(c => c.Quantity is { Value: 420_000 });
        claim.Measure.Should().Be("population");
        claim.Subject.Should().Be(subject, "\"the city\" with no name is the place the report is about; \"a town\" or a block is not");
    }

    [Theory]
    [InlineData("Lindenport, the capital, home to 5.5 million people, lost power on Monday.")]
    [InlineData("Brenmoor, home to an estimated 2 million people, was hit hardest by the storm.")]
    [InlineData("Over half of the country's 38 million people face hunger this winter, aid groups said.")]
    public void Extract_PeopleAPlaceIsHomeToOrPossesses_ArePopulation(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2021, 3, 8));

        claim.Measure.Should().Be("population");
    }

    [Theory]
    [InlineData("Census takers found that 45,000 people lived along the Ostrel shore in 1911.")]
    [InlineData("Officials in Vorland said 12,000 people were living on the island when the eruption began.")]
    public void Extract_PeopleSaidToLiveSomewhere_ArePopulation(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2021, 3, 8));

        claim.Measure.Should().Be("population", "people living somewhere are what a place holds, not what befell them");
    }

    [Fact]
    public void Extract_NamedPeopleSaidToLiveInAPlace_AreThatPeoplesPopulationOnly()
    {
        var claim = FirstQuantityClaim("Roughly 480,000 Kelari have lived in Vorland for generations, a rights group said.", new DateOnly(2021, 3, 8));

        claim.Measure.Should().Be("population · kelari", "one people's number is not the population of the place it lives in");
    }

    [Theory]
    [InlineData("Some 2,300 people who lived near the Brenmoor dam were evacuated on Monday.")]
    [InlineData("About 600 residents living by the river were evacuated overnight, the mayor of Brenmoor said.")]
    public void Extract_PeopleLivingSomewhereThenBefallenByAnEvent_CountWhatBefellThem(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2021, 3, 8));

        claim.Measure.Should().Be("evacuees", "where the people lived says who they were; the main verb says what is counted");
    }

    [Fact]
    public void Extract_PlacesPossessedCountWithAnOutcome_IsNoPopulation()
    {
        var claim = FirstQuantityClaim("The province's 40 residents killed by the storm were buried on Sunday.", new DateOnly(2021, 3, 8));

        claim.Measure.Should().Be("deaths");
    }

    [Theory]
    [InlineData("A 5,000-strong crowd gathered outside the town hall.", 5000, "participants")]
    [InlineData("A 300-strong police force was sent to the border.", 300, "troops")]
    public void Extract_NumberSizingTheNounAfterIt_CountsThatNoun(string text, double value, string measure)
    {
        var claim = FirstQuantityClaim(text);

        claim.Quantity!.Value.Value.Should().Be(value);
        claim.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Some 200 people, according to the mayor, were evacuated from the Brenmoor valley.", "evacuees", "mayor")]
    [InlineData("At least 35 miners, according to the mining ministry, were killed in the Ostrava pit collapse.", "deaths", "mining ministry")]
    [InlineData("Nearly 60 passengers, according to police, were rescued off the Lindenport pier.", "rescued", "police")]
    [InlineData("About 120 workers, according to the union, have been arrested since the Vorland strike began.", "arrests", "union")]
    [InlineData("More than 40 children, according to the health ministry, were hospitalised after the Brenmoor school meal.", "hospitalised", "health ministry")]
    [InlineData("Eighteen people, police said, were killed when the Ostrava bridge gave way.", "deaths", "police")]
    [InlineData("Around 70 residents, officials said, were displaced by the Lindenport floods.", "displaced", "officials")]
    [InlineData("Some 25 hikers, the fire brigade said, were injured in the Brenmoor rockfall.", "injuries", "fire brigade")]
    [InlineData("At least 300 protesters, the interior ministry said, were detained in Vorland on Sunday.", "arrests", "interior ministry")]
    [InlineData("Twelve fishermen, the navy said, are missing after the storm off Ostrava.", "missing", "navy")]
    public void Extract_CountWithItsSourceBetweenCommas_MeasuresWhatHappenedFromThatSource(string text, string measure, string source)
    {
        var claim = FirstQuantityClaim(text);

        claim.Measure.Should().StartWith(measure, "the aside naming who reported the count stands between the people and what happened");
        (claim.Attribution?.Organization ?? claim.Attribution?.Speaker).Should().Contain(source);
    }

    [Fact]
    public void Extract_TwoCountsEachWithItsSourceBetweenCommas_KeepEachFiguresOwnSource()
    {
        var claims = Pipeline.Check([new Document("doc", "Some 90,000 marchers, according to the Vorland police, and 400,000, according to the dockers' union, filled the streets of Lindenport.", "Test Wire")])
            .Claims.Where(c => c.Quantity is not null).ToList();

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 90_000d).Which.Attribution!.Organization.Should().Contain("police");
        claims.Where(c => c.Quantity!.Value.Value == 400_000d).Should().NotContain(c => c.Attribution != null && c.Attribution.Organization != null && c.Attribution.Organization.Contains("police"), "the second figure is not the police's");
    }

    [Theory]
    [InlineData("The march in Lindenport drew 250,000 people according to the unions, 80,000 according to the police.", 80_000d, "police")]
    [InlineData("Some 60,000 people joined the rally, 20,000 according to city police.", 20_000d, "city police")]
    [InlineData("Organisers counted 1.9 million marchers, against 0.8 according to the interior ministry.", 800_000d, "interior ministry")]
    public void Extract_BareNumberGivingAnotherSourcesCount_CountsWhatTheFigureBeforeCounts(string text, double value, string source)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims.Where(c => c.Quantity is not null).ToList();

        claims.Should().HaveCount(2);
        claims[1].Quantity!.Value.Value.Should().Be(value);
        claims[1].Measure.Should().Be(claims[0].Measure, "the second figure is another source's count of the same thing");
        claims[1].Attribution!.Organization.Should().Be(source);
    }

    [Theory]
    [InlineData("Thousands rally in Lindenport\n\nPolice put the figure at 23,500.", 23_500d)]
    [InlineData("Thousands rally in Lindenport\n\nCity police counted 23,500.", 23_500d)]
    [InlineData("Lindenport protest against new tax\n\nThe interior ministry gave an estimate of 23,500.", 23_500d)]
    public void Extract_BareNumberGivenAsAFigureInAReportAboutAMarch_CountsItsParticipants(string text, double value)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 6, 7))]).Claims;

        claims.Should().ContainSingle(c => c.Quantity != null).Which.Measure.Should().Be("participants");
        claims.Single(c => c.Quantity != null).Quantity!.Value.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The floods forced the evacuation of more than 7,300 residents from Lindenport.", "evacuees")]
    [InlineData("Police in Lindenport announced the arrest of 63 protesters.", "arrests")]
    [InlineData("Mountain rescuers reached the remains of 11 climbers on the north face above Vorland.", "bodies")]
    public void Extract_ANounOfWhatHappenedBeforeOfAndTheCount_NamesTheMeasure(string text, string measure)
    {
        FirstQuantityClaim(text, new DateOnly(2025, 6, 2)).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("By Friday the tally of evacuees in Velmar had passed 6,000.", "evacuees")]
    [InlineData("The tally of refugees at the Ostrelo crossing reached 2,300 on Monday.", "refugees")]
    [InlineData("The tally of people killed in Velmar rose to 30 on Friday.", "deaths")]
    [InlineData("The tally in Velmar rose to 30 on Friday.", "deaths")]
    public void Extract_ATallyOfANamedNoun_CountsThatNounNotTheDead(string text, string measure)
    {
        FirstQuantityClaim(text, new DateOnly(2025, 6, 2)).Measure.Should().Be(measure);
    }

    [Fact]
    public void Extract_CentresAndCenters_AreOneMeasure()
    {
        var centers = FirstQuantityClaim("Some 75 evacuation centers were open in Velmar on Monday.", new DateOnly(2025, 6, 2));
        var centres = FirstQuantityClaim("Some 77 evacuation centres were open in Velmar on Monday.", new DateOnly(2025, 6, 2));

        centers.Measure.Should().Be(centres.Measure);
    }

    [Theory]
    [InlineData("Some 75 motorbikes were burnt out in Velmar on Monday.", "Some 80 motorcycles were burnt out in Velmar on Monday.")]
    [InlineData("Rioters torched 40 firms in Kestrel Valley overnight.", "Rioters torched 45 companies in Kestrel Valley overnight.")]
    [InlineData("Hackers stole files from 963 organizations in Vorland.", "Hackers stole files from 988 entities in Vorland.")]
    [InlineData("Hackers stole files from 963 organisations in Vorland.", "Hackers stole files from 988 organizations in Vorland.")]
    public void Extract_TwoNamesOfOneCountOfThings_AreOneMeasure(string text, string otherName)
    {
        var one = FirstQuantityClaim(text, new DateOnly(2025, 6, 2));
        var other = FirstQuantityClaim(otherName, new DateOnly(2025, 6, 2));

        one.Measure.Should().Be(other.Measure);
    }

    [Theory]
    [InlineData("Some 75 motorbikes and 12 vehicles were burnt out in Velmar on Monday.")]
    [InlineData("Rioters torched 40 firms and 12 cars in Kestrel Valley overnight.")]
    public void Extract_ANameOfThingsBesideAnother_KeepsTheirMeasuresApart(string text)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims
            .Where(c => c.Quantity is not null).ToList();

        claims.Select(c => c.Measure).Distinct().Should().HaveCount(2);
    }

    [Theory]
    [InlineData("The interior ministry counted 412 gatherings across Vorland on Saturday.")]
    [InlineData("Organisers said 430 rallies took place across Vorland on Saturday.")]
    [InlineData("Police recorded some 400 demonstrations across Vorland on Saturday.")]
    public void Extract_GatheringsRalliesAndDemonstrations_AreOneCountOfEvents(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2025, 6, 2));

        claim.Measure.Should().Be("rallies", "gatherings, rallies and demonstrations counted as events are one count, not a count of people");
    }

    [Theory]
    [InlineData("The coastguard confirmed that 23 sailors on board the Ostrava drowned in the gale off Kestrel Bay.", "deaths")]
    [InlineData("The 36 passengers aboard were killed when the bus left the road near Lindenport.", "deaths · passengers")]
    [InlineData("All 230 people aboard were rescued after the ferry ran aground off Kestrel Bay.", "rescued")]
    [InlineData("A ferry with 300 people aboard capsized off Kestrel Bay on Sunday.", "aboard")]
    [InlineData("A launch with 50 tourists aboard hit rocks and 20 drowned near Vorland.", "aboard · tourists")]
    [InlineData("There were 44 pupils on board who were evacuated by the Lindenport fire brigade.", "aboard · students")]
    public void Extract_PeopleAboardAndWhatBefellThem_CountsWhatBefellThem(string text, string measure)
    {
        FirstQuantityClaim(text, new DateOnly(2025, 6, 2)).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Crews pulled 16 bodies from the flooded Brenmoor tunnel on Friday as the search continued for 5 labourers.", 5d)]
    [InlineData("Volunteers kept searching the Lindenport moors for four more hikers on Wednesday.", 4d)]
    [InlineData("Divers were searching the Lindenport reservoir for 14 others after the ferry sank.", 14d)]
    [InlineData("Firefighters searched the burning Ostrava depot for 3 workers.", 3d)]
    [InlineData("Coastguard crews were looking for 4 fishermen off Kestrel Bay late on Monday.", 4d)]
    [InlineData("Villagers spent the night hunting for two more workers after the mudslide in Vorland.", 2d)]
    public void Extract_ACountSoughtInASearch_IsTheMissingSoFar(string text, double value)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims;

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == value && c.Measure == "missing")
            .Which.IsUpdate.Should().BeTrue("those still sought are the count so far");
    }

    [Theory]
    [InlineData("Rescuers searched for 12 hours before the storm forced them back.")]
    [InlineData("The search for 40 kilometres of coastline took the divers two days.")]
    public void Extract_ASearchForAnAmountThatIsNoCountOfPeople_IsNoMissing(string text)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims;

        claims.Should().NotContain(c => c.Measure == "missing");
    }

    [Theory]
    [InlineData("Police are looking for three suspects who fled after the robbery in Brenmoor.")]
    [InlineData("The company is searching for 200 new workers for its Lindenport plant.")]
    [InlineData("The club is looking for 10 volunteers to help at the Kestrel Bay festival.")]
    [InlineData("Police in Vorland are searching for two men seen near the bank on Sunday night.")]
    [InlineData("The Lindenport orchestra is searching for 12 new violinists before the autumn season.")]
    [InlineData("Organisers in Ostrava were hunting for 30 stewards to staff the marathon.")]
    public void Extract_ASearchOutsideARescue_IsNoCountOfTheMissing(string text)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 2))]).Claims;

        claims.Should().NotContain(c => c.Measure == "missing" || c.Measure.StartsWith("missing ·", StringComparison.Ordinal));
        claims.Should().NotContain(c => c.IsUpdate, "a search for people wanted is no running count of the missing");
    }

    [Theory]
    [InlineData("Budget talks in Lindenport\n\nThe ministry put the figure at 23,500.")]
    [InlineData("Crowd crush at Lindenport stadium kills dozens\n\nThe ministry put the figure at 23,500.")]
    [InlineData("Drone strike hits Lindenport market\n\nThe ministry put the figure at 23,500.")]
    public void Extract_BareNumberGivenAsAFigureInAReportAboutNoGathering_IsNoCountOfParticipants(string text)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 6, 7))]).Claims;

        claims.Should().NotContain(c => c.Measure == "participants", "the report is not about how many gathered");
    }

    [Theory]
    [InlineData("Some 80 homes are now believed to have been destroyed, the mayor said, up from the 35 reported on Monday.", 35d)]
    [InlineData("The agency now counts 1,200 refugees in the camp, down from 1,500 in March.", 1_500d)]
    public void Extract_BareNumberGivenAsAnEarlierValue_CountsWhatTheFigureBeforeCounts(string text, double value)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims.Where(c => c.Quantity is not null).ToList();

        claims.Should().Contain(c => c.Quantity!.Value.Value == value && c.Measure == claims[0].Measure, "'up from' or 'down from' gives the same count earlier");
    }

    [Theory]
    [InlineData("Officials said 300 homes were damaged, 40 beyond repair.", 40d)]
    [InlineData("The town has 12,000 residents, 2,000 of whom were evacuated.", 2_000d)]
    public void Extract_BareNumberWithoutASourceOfItsOwn_IsNoSiblingCount(string text, double value)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims.Where(c => c.Quantity is not null).ToList();

        claims.Should().NotContain(c => c.Quantity!.Value.Value == value && c.Measure == claims[0].Measure,
            "a number with no source of its own after it is not another count of what the first figure counts");
    }

    [Theory]
    [InlineData("Bus fares in Lindenport rose 4% last year.", "share rise")]
    [InlineData("The ruling party's share fell five per cent after the recount.", "share fall")]
    [InlineData("Turnout in Lindenport was 4%.", "turnout")]
    [InlineData("The firm has cut 1,200 jobs since January.", "jobs")]
    public void Extract_SizeOfAChangeInAShareOrAnAmount_IsNotTheLevel(string text, string measure)
    {
        FirstQuantityClaim(text, new DateOnly(2025, 10, 8)).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The opposition said only 13% of voters took part in Vorland's election.", "turnout")]
    [InlineData("Just 17% of registered voters turned out in Lindenport, the monitors said.", "turnout")]
    [InlineData("About 41% of electors voted in Brenmoor on Sunday.", "turnout")]
    [InlineData("The opposition said only 14% of Chilean voters took part in Lindenport.", "turnout")]
    [InlineData("Some 36% of the votes cast in Ostrava went to the Green Front.", "share of vote")]
    [InlineData("About 22% of workers joined the strike in Lindenport.", "share of workforce")]
    public void Extract_ShareOfVotersWhoVoted_IsTheTurnout(string text, string measure)
    {
        FirstQuantityClaim(text, new DateOnly(2025, 10, 8)).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Halvex will cut 12% of its staff in Lindenport.")]
    [InlineData("Halvex will cut 12% of its workforce in Lindenport.")]
    [InlineData("Halvex will cut 12% of its salaried employees in Lindenport.")]
    [InlineData("Halvex will cut 12% of the company's workforce in Lindenport.")]
    [InlineData("About 12% of Halvex's staff in Ostrava will lose their jobs.")]
    [InlineData("Halvex will shed 12% of jobs at the Lindenport plant.")]
    public void Extract_ShareOfAWorkforceUnderAnyOfItsNames_IsOneMeasure(string text)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 10, 8))]).Claims
            .Single(c => c.Quantity is { Value: 12 });

        claim.Measure.Should().StartWith("share of workforce");
    }

    [Fact]
    public void Check_ShareOfStaffAndShareOfWorkforce_AreOneFigureTwice()
    {
        var report = Pipeline.Check([
            new Document("a", "Halvex will cut 12% of its staff in Ostrava, the union said on Monday.", "Test Wire", new DateOnly(2025, 10, 8)),
            new Document("b", "Halvex will cut 12% of its workforce in Ostrava, the union said on Monday.", "Other Wire", new DateOnly(2025, 10, 8)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Length == 2,
            "'12% of its staff' and '12% of its workforce' are the same share of one workforce");
    }

    [Theory]
    [InlineData("Officials evacuated 12% of the town's population on Monday.", "share of population")]
    [InlineData("About 12% of Halvex's shareholders voted against the merger in Lindenport.", "share of shareholder")]
    [InlineData("About 12% of the patients in Lindenport were children.", "share of patient")]
    public void Extract_ShareOfAnotherWhole_KeepsItsNoun(string text, string measure)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 10, 8))]).Claims
            .Single(c => c.Quantity is { Value: 12 });

        claim.Measure.Should().StartWith(measure, "a share of a whole that is no workforce is named by its own noun");
    }

    [Theory]
    [InlineData("Turnout in Vorland was over 71 percent, and 4% of voters voted against all candidates.", 4, "share of voter")]
    [InlineData("Turnout in Lindenport reached 58%, and 9% of voters voted for the Green Front.", 9, "share of vote · Green Front")]
    [InlineData("In the Kestrel Bay runoff, 46% of voters voted for Ines Markova.", 46, "share of vote · Markova")]
    [InlineData("Turnout in Brenmoor was 62%, and 12% of registered voters took part by post.", 12, "turnout")]
    [InlineData("Turnout in Ostrava was 49% in the morning and 55% by the evening.", 55, "turnout")]
    public void Extract_APercentageWithItsOwnVerb_IsItsOwnShare(string text, double value, string measure)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 10, 8))]).Claims;

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == value).Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The ruling party won 47.2% of the vote, five per cent less than in the first count.")]
    [InlineData("The ruling party won 47.2% of the vote, about 5% lower than the board had announced.")]
    public void Extract_TheGapBetweenTwoFigures_IsNoClaim(string text)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 10, 8))]).Claims.Where(c => c.Quantity is not null).ToList();

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 47.2, "the share itself is a claim");
        claims.Should().NotContain(c => c.Quantity!.Value.Value == 5, "'5% less than' compares two figures, it reports none of its own");
    }

    [Theory]
    [InlineData("Police detained 420 people in Brenmoor and Lindenport, the two biggest cities of Vorland.", 2)]
    [InlineData("Police detained 420 people in Vorland, most of them in its three largest cities.", 3)]
    [InlineData("The 10 deadliest storms on record each killed 420 people or more in Vorland.", 10)]
    [InlineData("Police detained 420 people in Vorland; Its three largest parties called for calm.", 3)]
    [InlineData("Police detained 420 people in the 20 most populous towns of Vorland.", 20)]
    public void Extract_ANumberPickingMembersOfARanking_IsNoClaim(string text, double ranked)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 10, 8))]).Claims.Where(c => c.Quantity is not null).ToList();

        claims.Should().Contain(c => c.Quantity!.Value.Value == 420, "the count itself is a claim");
        claims.Should().NotContain(c => c.Quantity!.Value.Value == ranked, "'the two biggest cities' names which cities, not how many there are");
    }

    [Theory]
    [InlineData("Vorland has 12 cities with more than a million people.", 12)]
    [InlineData("The first 300 people were evacuated from Brenmoor on Monday.", 300)]
    [InlineData("The 40 first responders sent to Brenmoor were all volunteers.", 40)]
    [InlineData("The 12 most seriously injured workers were flown to Lindenport.", 12)]
    [InlineData("The 40 most badly hurt miners were taken to the Brenmoor hospital.", 40)]
    public void Extract_ACountWithNoRankingAfterIt_StaysAClaim(string text, double value)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 10, 8))]).Claims
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    [Theory]
    [InlineData("The derailed train had twelve carriages.", "carriages")]
    [InlineData("All 15 coaches of the train left the tracks.", "carriages")]
    [InlineData("At least 230 vessels were queuing at both ends of the Brenmoor canal on Sunday.", "ships")]
    [InlineData("Health officials in Vorland have linked six illnesses to the recalled cheese.", "cases")]
    [InlineData("The aid package for the region is worth $61 billion.", "aid")]
    [InlineData("His net worth of $40 billion makes him the richest man in the country.", "worth")]
    public void Extract_CountedNounOrMoneyNoun_MeasuresWhatItNames(string text, string measure)
    {
        FirstQuantityClaim(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Under the Talvenna ferry settlement the operator owes 9,500 euros to the kin of every passenger who died, 3,000 euros for severe injuries and 400 euros for light ones.",
        new[] { "payment for deaths", "payment for serious injuries", "payment for minor injuries" })]
    [InlineData("The Osterby dockers' guild will hand £7,200 from its own reserves to the widow of every docker who was killed, and £1,100 to each docker hurt in the fall.",
        new[] { "payment for deaths", "payment for injuries" })]
    [InlineData("Lindenport's port charges $30,000 for each tanker, and the city pays $2 million to the workers who built the quay.", new[] { "amount", "amount" })]
    public void Extract_AmountForTheDeadOrTheInjured_MeasuresAPaymentForThatHarm(string text, string[] measures)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 10, 8))]).Claims
            .Where(c => c.Quantity is { Unit.Kind: UnitKind.Currency }).Select(c => c.Measure)
            .Should().BeEquivalentTo(measures, "a payment for the dead is not a rival figure of a payment for the injured");
    }

    [Fact]
    public void Extract_NameAfterAPrepositionAndAnAdjective_IsNotTheClausesSubject()
    {
        var report = Pipeline.Check([new Document("doc", "Protests continued in Lindenport on Sunday. The march against extradition to mainland Vorland drew 50,000 protesters.", "Test Wire")]);

        report.Claims.Single(c => c.Quantity != null).Subject.Should().Be("Lindenport", "'to mainland Vorland' is where extradition goes, not who marched");
    }

    [Theory]
    [InlineData("Ukraine says 300 people were killed in a Russian airstrike on a theatre.", "Ukraine")]
    [InlineData("Officials said 45 people died when an Israeli missile strike hit a market.", null)]
    public void Extract_TollWithTheAttackingSideNamed_IsNotThatSidesToll(string text, string? subject)
    {
        FirstQuantityClaim(text).Subject.Should().Be(subject, "the side that attacked is not where the people died");
    }

    [Fact]
    public void Extract_FigureAfterATollNounWithItsOwnOutcome_MeasuresItsOwnOutcome()
    {
        var claims = Pipeline.Check([new Document("doc", "The agency gave a lower number of confirmed deaths, saying 120 people had been killed and more than 50 were missing.", "Test Wire")])
            .Claims.Where(c => c.Quantity is not null).ToList();

        claims.Should().Contain(c => c.Quantity!.Value.Value == 50 && c.Measure == "missing" && c.Quantity.Value.Unit.Name == "person");
    }

    [Fact]
    public void Extract_CountedNounNamingItsOwnMeasureAfterAnotherFiguresOutcome_KeepsItsOwnMeasure()
    {
        Pipeline.Check([new Document("doc", "One dead, 140 injured and 90,000 demonstrators: the ministry sums up the day.", "Test Wire")]).Claims
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 90_000 && c.Measure == "participants");
    }

    [Theory]
    [InlineData("Police in Vorland said 117 people were arrested and 73 taken into custody.", 73d)]
    [InlineData("Police in Vorland said 40 people had been placed in custody.", 40d)]
    public void Extract_PeopleHeldInCustody_AreCountedApartFromTheArrests(string text, double value)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == value && c.Measure == "custody");
    }

    [Theory]
    [InlineData("Gunmen on motorbikes gunned down at least 45 farmers near Brenmoor in Vorland on Friday.", 45d)]
    [InlineData("At least 45 farmers were gunned down near Brenmoor in Vorland on Friday, the governor said.", 45d)]
    [InlineData("No fewer than four protesters were shot dead in Lindenport on Tuesday, a hospital said.", 4d)]
    [InlineData("Soldiers shot dead two demonstrators outside the Lindenport barracks on Tuesday.", 2d)]
    public void Extract_PeopleGunnedDown_AreCountedAsDeaths(string text, double value)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == value && c.Measure == "deaths");
    }

    [Theory]
    [InlineData("The Vorland junta freed 38 political prisoners from Lindenport jail on Tuesday.", 38d)]
    [InlineData("Rights groups in Vorland said 38 political prisoners were released on Tuesday.", 38d)]
    [InlineData("Vorland began freeing 140 prisoners on Tuesday, the justice ministry said.", 140d)]
    public void Extract_PeopleSetFree_AreCountedAsReleases(string text, double value)
    {
        Pipeline.Check([new Document("doc", text, "Test Wire")]).Claims
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == value && c.Measure == "releases");
    }

    [Fact]
    public void Check_SuspectsHeldCountedLaterByTheSameMinister_IsAnUpdateOfTheArrests()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "After three nights of rioting, 640 suspects are being held in Lindenport, according to the city's police chief.", "North Wire", new DateOnly(2025, 5, 6)),
            new Document("b", "The Lindenport police chief told a news conference that 1,020 suspects are being held.", "South Daily", new DateOnly(2025, 5, 9)),
        ]);

        report.Claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 640 && c.Measure == "arrests");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the minister's later count replaces the earlier one");
    }

    [Fact]
    public void Check_InjuredAndHospitalisedFromTwoSources_AreDifferentMeasuresNotADispute()
    {
        var report = Pipeline.Check(
        [
            new Document("a", "Health officials in Vorland said 90 people were injured in the blast.", "North Wire", new DateOnly(2025, 3, 2)),
            new Document("b", "Health officials in Vorland said 64 people were hospitalised after the blast.", "South Daily", new DateOnly(2025, 3, 2)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "those in hospital are a part of the injured");
    }

    [Fact]
    public void Extract_CountSinceAMonth_HoldsFromThatMonthBeforePublication()
    {
        var claim = FirstQuantityClaim("The company has cut 1,200 jobs since January, a spokesperson said.", new DateOnly(2025, 10, 8));

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 1, 1), "'since January' in October points back to this year's January");
    }

    [Fact]
    public void Check_FigureFromUnnamedOrganisersAndFromANamedUnion_CountsOneOrigin()
    {
        var published = new DateOnly(2025, 4, 16);
        var report = Pipeline.Check(
        [
            new Document("a", "Organisers said 150,000 people marched through Paris on Tuesday.", "Paris Radio", published),
            new Document("b", "Some 150,000 people joined the march in Paris on Tuesday, the CGT union said.", "Rhone Daily", published),
        ]);

        var corroboration = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration).Subject;
        corroboration.IndependentOrigins.Should().Be(1, "unnamed organisers may be the named union: they add no origin of their own");
    }

    [Fact]
    public void Extract_TollGoingFromOneFigureToAnother_CountsBothAsDeathsAndTheSecondAsAnUpdate()
    {
        var report = Pipeline.Check([new Document("doc", "A regional spokesman said the number of dead went from 40 late on Friday to 95 on Saturday.", "Test Wire", new DateOnly(2025, 5, 11))]);

        var counts = report.Claims.Where(c => c.Quantity is not null).ToList();
        counts.Select(c => (c.Quantity!.Value.Value, c.Measure)).Should().Contain([(40d, "deaths"), (95d, "deaths")]);
        counts.Single(c => c.Quantity!.Value.Value == 95).IsUpdate.Should().BeTrue();
        counts.Single(c => c.Quantity!.Value.Value == 40).IsUpdate.Should().BeFalse();
    }

    [Theory]
    [InlineData("Officials had initially put the death toll from the storm at 300.", 300, true)]
    [InlineData("The previous estimate had been 80 homes destroyed by the storm.", 80, true)]
    [InlineData("Some 210 homes were destroyed by the storm in Peru, up from 80 homes on Monday.", 80, true)]
    [InlineData("Some 210 homes were destroyed by the storm in Peru, up from 80 homes on Monday.", 210, false)]
    [InlineData("The first count was 26 dead, but the company later gave a higher figure.", 26, true)]
    [InlineData("The first storm of the season killed 26 people in the valley.", 26, false)]
    [InlineData("Officials said 300 people died in the storm.", 300, false)]
    [InlineData("The Kestrel Bay shipyard, which had already planned to cut 740 jobs, will now cut 1,900 jobs.", 740, true)]
    [InlineData("The Kestrel Bay shipyard, which had already planned to cut 740 jobs, will now cut 1,900 jobs.", 1900, false)]
    [InlineData("The Ostrava plant has already announced 320 job cuts this spring.", 320, true)]
    [InlineData("In addition to the cuts already announced, the Kestrel Bay shipyard will now cut 1,900 jobs.", 1900, false)]
    [InlineData("The Ostrava plant plans to cut 320 jobs this spring.", 320, false)]
    [InlineData("The new toll in Brenmoor is 148, some 60 below the earlier toll of 208.", 208, true)]
    [InlineData("The new toll in Brenmoor is 148, some 60 below the earlier toll of 208.", 148, false)]
    [InlineData("Earlier estimates said at least 208 people had been killed in Brenmoor.", 208, true)]
    [InlineData("Earlier on Monday, at least 208 people had been killed in Brenmoor.", 208, false)]
    [InlineData("The Vorland registry first feared that some 4,000 residents of Lindenport were hit by the outage.", 4000, true)]
    [InlineData("Officials initially estimated that 90 homes in Brenmoor were flooded.", 90, true)]
    [InlineData("Officials said that 90 homes in Brenmoor were flooded, and the earlier toll was wrong.", 90, false)]
    [InlineData("Diggers at the Brenmoor depot first reported three bodies beneath its fallen roof.", 3, true)]
    [InlineData("The Lindenport fire brigade had first said 17 residents got injured when the tower burned.", 17, true)]
    [InlineData("Kestrel Bay officers first put the crowd of cyclists at 6,000.", 6000, true)]
    [InlineData("Lifeguards first reported that the barge, carrying 38 day-trippers, had lost power off Brenmoor.", 38, false)]
    [InlineData("Diggers at the Brenmoor depot reported three bodies beneath its fallen roof.", 3, false)]
    [InlineData("The Brenmoor Gazette, which first reported the leak, said 40 homes were evacuated.", 40, false)]
    [InlineData("The ministry, which first put forward the plan, said 300 jobs would go at the Lindenport yard.", 300, false)]
    [InlineData("The mayor first gave a speech and then said 20 people were hurt in the Ostrava fire.", 20, false)]
    [InlineData("Kestrel Bay radio, the station that first reported the crash, said 7 passengers died.", 7, false)]
    [InlineData("Early reports put the number of walkers hurt on the Brenmoor bridge at 14; the council now says 9.", 14, true)]
    [InlineData("Initial reports said 60 cabins at the Ostrava camp had burned, a figure the owners later lowered.", 60, true)]
    [InlineData("Reports from Lindenport said 60 cabins at the camp had burned.", 60, false)]
    [InlineData("Hours earlier the Harwick clinic had listed 12 patients with burns, a nurse told reporters.", 12, true)]
    [InlineData("Rangers said that a week earlier they had evacuated 41 cabins near Ostrava.", 41, true)]
    [InlineData("Weeks earlier, the Lindenport hospital had treated 85 patients for smoke.", 85, true)]
    [InlineData("Only days earlier a landslide near Harwick had killed 3 shepherds.", 3, false)]
    [InlineData("Days earlier, a blaze in Harwick had killed 2 forestry workers.", 2, false)]
    [InlineData("The gale, which reached Brenmoor two days earlier, destroyed 30 cabins.", 30, false)]
    [InlineData("An earlier count in Brenmoor had given 41 dead and 96 injured.", 96, true)]
    [InlineData("The first toll in Harwick was 12 people dead and 30 hurt.", 30, true)]
    [InlineData("An earlier report from Ostrava had put the dead at 58.", 58, true)]
    [InlineData("On Monday the Lindenport mayor had first spoken of 19 dead and 44 injured.", 44, true)]
    [InlineData("The Harwick coroner first reported two deaths and said another 25 people had been hurt.", 25, false)]
    [InlineData("An earlier count in Brenmoor was wrong, and 96 people were injured in the collapse.", 96, false)]
    [InlineData("The blast in Ostrava killed 41 and 96 were injured.", 96, false)]
    [InlineData("An earlier count in Brenmoor had given 41 dead, and 96 people were hurt in the aftershock.", 96, false)]
    public void Extract_FigureTheTextGivesAsAnEarlierCount_IsEarlier(string text, double value, bool earlier)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { } q && q.Value == value).IsEarlier.Should().Be(earlier);
    }

    [Theory]
    [InlineData("The Brenmoor police said the toll had risen from 27 to 41.", 27)]
    [InlineData("The toll of Thursday's blast in Lindenport jumped on Friday from 40 to 75, the Kestrel Herald reported.", 40)]
    [InlineData("The Vorland interior minister raised the toll from two to five on Saturday.", 2)]
    public void Extract_LevelACountRoseFrom_IsAnEarlierCountNotAnUpdate(string text, double value)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]).Claims
            .Single(c => c.Quantity is { } q && q.Value == value);

        claim.IsEarlier.Should().BeTrue("the count the update left is the one it replaced");
        claim.IsUpdate.Should().BeFalse();
    }

    [Theory]
    [InlineData("The Brenmoor police said the toll had risen from 27 to 41.", 41)]
    public void Extract_LevelACountRoseTo_StaysTheUpdate(string text, double value)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]).Claims
            .Single(c => c.Quantity is { } q && q.Value == value);

        claim.IsUpdate.Should().BeTrue();
        claim.IsEarlier.Should().BeFalse();
    }

    [Theory]
    [InlineData("Rescuers in Brenmoor brought 65 survivors from 12 villages to a school in Harwick.", 12)]
    [InlineData("The Brenmoor police said the toll had risen from 27, and more bodies were expected.", 27)]
    public void Extract_FromWithoutAChangeToAFigure_IsNoEarlierCount(string text, double value) =>
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]).Claims
            .Where(c => c.Quantity is { } q && q.Value == value).Should().NotBeEmpty().And.OnlyContain(c => !c.IsEarlier);

    [Theory]
    [InlineData("Late on Friday the agency gave a preliminary figure of 410 dead.", true)]
    [InlineData("The government put the provisional toll at 47 dead on Monday.", true)]
    [InlineData("The agency said 410 people died in the storm.", false)]
    public void Extract_FigureTheTextGivesAsProvisional_IsProvisional(string text, bool provisional)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is not null).IsProvisional.Should().Be(provisional);
    }

    [Theory]
    [InlineData("Officials in New Zealand said more than 40 people died in the storm.", false)]
    [InlineData("The new toll of 40 dead was given by officials in New Zealand.", true)]
    public void Extract_UpdateCueInsideAPlaceName_IsNotAnUpdate(string text, bool update)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { Value: 40 }).IsUpdate.Should().Be(update);
    }

    [Theory]
    [InlineData("Of the dead, 21 were children.", "deaths · of the dead")]
    [InlineData("Among those killed, 21 were children.", "deaths · among those killed")]
    [InlineData("Most of the dead, 21, were fishermen from Kestrel Bay.", "deaths · most of the dead")]
    [InlineData("Of the 67 killed, Lindenport had 21 and Brenmoor the rest.", "deaths · of the 67 killed")]
    public void Extract_CountAfterAnOpeningPartitive_IsAPartOfThatSet(string sentence, string measure)
    {
        const string Toll = "At least 67 people died in the floods in Kenya, the commission said. ";
        var report = Pipeline.Check([new Document("doc", Toll + sentence, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { Value: 21 }).Measure.Should().Be(measure, "the count is a part of the toll, not a rival toll");
        report.Claims.Single(c => c.Quantity is { Value: 67 } && c.QuantitySpan is { } span && span.End <= Toll.Length).Measure.Should().Be("deaths");
    }

    [Fact]
    public void Extract_CountAfterAnOpeningPartitiveOnAnOutcomeWord_IsAPartOfThatSet()
    {
        var report = Pipeline.Check([new Document("doc", "At least 80 people are missing after the floods in Kenya, the commission said. Of the 80 missing, Lindenport has 35, Brenmoor the rest.", "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { Value: 35 }).Measure.Should().StartWith("missing · ", "a district's share after 'Of the 80 missing' is a part, not a rival count");
    }

    [Theory]
    [InlineData("Of the 67 dead, 40 were in Lindenport and 21 in Brenmoor.")]
    [InlineData("Of the 67 dead, 40 were in Lindenport, six in Tarvo and 21 in Brenmoor.")]
    [InlineData("Of the 67 killed, 46 died in Lindenport, and 21 in Brenmoor.")]
    public void Extract_LaterItemOfAListAfterAnOpeningPartitive_IsAPartOfThatSet(string sentence)
    {
        const string Toll = "At least 67 people died in the floods in Kenya, the commission said. ";
        var report = Pipeline.Check([new Document("doc", Toll + sentence, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { Value: 21 }).Measure.Should().StartWith("deaths · of the 67 ", "a later item of the list is a part of the toll too");
    }

    [Theory]
    [InlineData("The chlorine leak at the Marsby depot in Kenya left 40 victims; 31 people survived after treatment and nine died.", false)]
    [InlineData("Doctors in Kenya said 31 of the 40 victims of the Marsby ferry fire were still alive by nightfall.", false)]
    [InlineData("The 40 victims of the Lindenport flood in Kenya were buried on Sunday, and 12 more graves were dug.", true)]
    [InlineData("Investigators in Kenya said the 40 victims of the Marsby bus bombing included 5 teenagers, though its driver survived.", true)]
    public void Extract_VictimsSomeOfWhomLived_AreNoToll(string text, bool toll)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { Value: 40 }).Measure.StartsWith("deaths", StringComparison.Ordinal).Should().Be(toll,
            "victims some of whom came out alive count everyone struck, not the dead");
    }

    [Fact]
    public void Extract_LaterListItemCountingSomethingElse_IsNoPartOfTheOpeningSet()
    {
        var report = Pipeline.Check([new Document("doc", "Of the 67 dead, 46 were adults, and 21 soldiers were sent to Lindenport.", "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 21)
            .Which.Measure.Should().NotContain("of the 67", "the soldiers sent are no part of the dead");
    }

    [Theory]
    [InlineData("Of the dead in Lindenport, the ministry said 12 were children.")]
    [InlineData("Asked about the death toll in Lindenport, the governor said 40.")]
    [InlineData("In its latest toll for the blast in Lindenport, the ministry reported 40.")]
    public void Extract_FigureAReportingVerbGivesAfterATollWord_IsOfTheToll(string text)
    {
        FirstQuantityClaim(text).Measure.Should().StartWith("deaths", "the toll word the sentence opens with says what the figure counts");
    }

    [Theory]
    [InlineData("Of these, 40 had already been returned across the border, the minister said.", true)]
    [InlineData("Police have made 40 arrests so far, the mayor said.", true)]
    [InlineData("Police made 40 arrests on Sunday, the mayor said.", false)]
    [InlineData("She said 30 were injured and 40 were still missing.", true)]
    [InlineData("Nine survivors were found at first in Lindenport, and there are 40 deaths now.", true)]
    public void Extract_CountSoFarCuedAfterTheFigure_IsAnUpdate(string text, bool update)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { Value: 40 }).IsUpdate.Should().Be(update);
    }

    [Theory]
    [InlineData("She said 30 were injured and 40 were still missing.", true)]
    [InlineData("Police have made 40 arrests so far, the mayor said.", true)]
    [InlineData("The toll in Lindenport has risen to 40 and 12 people are still missing.", false)]
    [InlineData("Police made 40 arrests on Sunday, the mayor said.", false)]
    public void Extract_CountSoFarCuedOnlyAfterTheFigure_IsACountSoFar(string text, bool soFar)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { Value: 40 }).IsCountSoFar.Should().Be(soFar);
    }

    [Theory]
    [InlineData("The number of people displaced in Kestrel Bay has more than doubled to 6,140, the governor said.", true)]
    [InlineData("The number of evacuees in Lindenport tripled to 6,140 on Friday, the mayor said.", true)]
    [InlineData("The crowd outside the Lindenport court had swollen to 6,140 by the evening, police said.", true)]
    [InlineData("The number of people in shelters in Brenmoor kept doubling to 6,140 within a week, the agency said.", true)]
    [InlineData("The governor said 6,140 people were displaced in Kestrel Bay.", false)]
    [InlineData("Police in Vorland doubled patrols after 6,140 people were displaced by the riots in Lindenport.", false)]
    [InlineData("Bread prices in Ostrava have tripled since the floods displaced 6,140 people.", false)]
    public void Extract_FigureAMultiplyingVerbReaches_IsAnUpdate(string text, bool update)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { Value: 6140 }).IsUpdate.Should().Be(update);
    }

    [Fact]
    public void Extract_FigureAfterToWithNoFromBeforeTheEarlierFigure_IsNotReadAsATollUpdate()
    {
        var report = Pipeline.Check([new Document("doc", "The number of dead was 40, and officials sent 95 to the hospital.", "Test Wire")]);

        report.Claims.Where(c => c.Quantity is not null && c.Quantity.Value.Value == 95).Should().NotContain(c => c.IsUpdate);
    }

    [Fact]
    public void Extract_CountOfAPartAmongTheDead_CountsDeathsOfThatPart()
    {
        FirstQuantityClaim("Nine children among dead after ferry capsizes on the lake").Measure.Should().Be("deaths · children");
    }

    [Theory]
    [InlineData("Of those who drowned off Kestrel Bay, five were fishermen and 9 were young girls.", 9, "deaths · girls")]
    [InlineData("Rescuers in Vorland said 17 of the injured were pensioners and 6 were young boys.", 6, "injuries · boys")]
    public void Extract_BareCountSaidToBeAPartOfThePeople_CountsThatPart(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Single(c => c.Quantity is { Value: var v } && v == value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Clinics across Lindenport have logged 35 reported cases of measles since the school term began.", 35, "cases")]
    [InlineData("Officials in Brenmoor said 41 people had been infected since the outbreak began.", 41, "cases")]
    [InlineData("Brenmoor has recorded 41 new infections since Monday.", 41, "cases")]
    [InlineData("Inspectors identified 48 workers sickened by the fumes at the Ostrava plant.", 48, "cases")]
    [InlineData("Inspectors identified 48 workers sickened by the fumes at the Ostrava plant, and two of them have died, the owner said.", 2, "deaths · of 48")]
    [InlineData("The coroner has identified 17 victims of the Brenmoor fire.", 17, "identified")]
    [InlineData("At least 38 people were ill in Lindenport after eating the pastries, the health agency said.", 38, "cases")]
    [InlineData("The Brenmoor clinic has recorded 17 guests ill from the oysters served at the harbour inn.", 17, "cases")]
    public void Extract_CountInAnOutbreak_MeasuresWhatTheWordsSay(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Single(c => c.Quantity is { Value: var v } && v == value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Of the 90 ferry crews questioned in Kestrel Bay, 14 reported delays.", "delay")]
    [InlineData("Of the 250 nurses asked, 14 reported shortages on night shifts.", "shortage")]
    public void Extract_CountOpeningItsClauseBeforeAParticiple_IsNotCountedByTheNounAfterIt(string text, string verbsObject)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Single(c => c.Quantity is { Value: 14 }).Quantity!.Value.Unit.Name.Should().NotBe(verbsObject, "the count is the subject of the verb");
    }

    [Theory]
    [InlineData("Brenmoor recorded 14 reported thefts in March.")]
    [InlineData("The Lindenport inquiry found two confirmed deaths and 14 reported thefts.")]
    public void Extract_CountInsideAClauseBeforeAParticiple_IsCountedByTheNounAfterIt(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Single(c => c.Quantity is { Value: 14 }).Quantity!.Value.Unit.Name.Should().Be("theft");
    }

    [Theory]
    [InlineData("Inspectors filed 214 reports of damp in Corley flats over the winter.", 214)]
    [InlineData("The Aldwick ombudsman read 1,150 reports from tenants before ruling on the estate.", 1150)]
    [InlineData("Auditors in Brenmoor combed through 2.4 million customer reports about billing errors.", 2400000)]
    [InlineData("Harlow's council has logged more than 860 pothole reports from cyclists since March, an engineer said.", 860)]
    public void Extract_CountOfReportsBeforeTheirComplement_CountsReports(string text, double value)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Single(c => c.Quantity is { Value: var v } && v == value).Quantity!.Value.Unit.Name.Should().Be("report");
    }

    [Theory]
    [InlineData("A panel of 12 reports to the Brenmoor council every month.")]
    [InlineData("A crew of 40 reports from the Corley pier each dawn.")]
    [InlineData("The Lindenport firm of 12 lawyers reports of a rise in its cases.")]
    public void Extract_ReportsAsTheVerbAfterACount_IsNoCountOfReports(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Unit.Name == "report");
    }

    [Theory]
    [InlineData("Rescuers in Ostrava brought out no fewer than 18 miners alive on Wednesday and found 7 others trapped, the operator said.")]
    [InlineData("The Kestrel Bay ferry was carrying no more than 90 passengers, of whom 14 were rescued by a trawler, the coastguard said.")]
    public void Check_ASecondCountAfterAFigureBoundedByNo_IsNotNegated(string text)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 3, 10))]);

        report.Claims.Where(c => c.Quantity is not null).Should().HaveCount(2)
            .And.OnlyContain(c => c.Polarity == Polarity.Affirmed, "'no fewer than' and 'no more than' bound the first figure; nothing denies the second");
    }

    [Fact]
    public void Check_ACountAfterARealNegation_StaysNegated()
    {
        var report = Pipeline.Check([new Document("doc", "Officials said it was not true that 240 people were injured in Brenmoor.", "Test Wire", new DateOnly(2025, 3, 10))]);

        report.Claims.Where(c => c.Quantity is not null).Should().ContainSingle().Which.Polarity.Should().Be(Polarity.Negated);
    }

    [Theory]
    [InlineData("By Thursday the count of dead from Saturday's crowd surge at the Brenmoor arena had climbed to 38, the club said.")]
    [InlineData("Officials said the tally of those killed in the Lindenport festival crowd stampede now stands at 38.")]
    public void Check_ATollNounInsideTheModifierOfACountedOutcome_DoesNotNameTheCount(string text)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 3, 10))]);

        report.Claims.Where(c => c.Quantity is not null).Should().ContainSingle()
            .Which.Measure.Should().Be("deaths", "'the number killed' opens the subject; 'crowd' only says what kind of crush it was");
    }
    [Theory]
    [InlineData("About 2,400 residents fled their homes in Kestrel Bay as the river rose on Tuesday.", "displaced")]
    [InlineData("Some 900 villagers were forced from their homes near Brenmoor by the landslide.", "displaced")]
    [InlineData("Some 1,800 villagers had to leave their homes near Brenmoor after the raid.", "displaced")]
    [InlineData("Nearly 4,500 people were forced to leave Kestrel Bay as gunmen advanced on Friday.", "displaced")]
    [InlineData("Nearly 1,300 inmates broke out of the Lindenport jail after the attack on Sunday.", "escapes")]
    [InlineData("In all, 740 prisoners escaped when gunmen stormed the Vorland prison.", "escapes")]
    [InlineData("Around 60 pupils got away in the first hours after the raid on the Brenmoor school.", "escapes")]
    [InlineData("Some 30 inmates got out through a hole in the wall of the Kestrel Bay jail on Monday.", "escapes")]
    [InlineData("By Thursday, some 45 inmates were back in custody in Kestrel Bay, the prison service said.", "recaptured")]
    [InlineData("Police in Brenmoor said 12 escapees had been caught again near the border.", "recaptured")]
    [InlineData("In Vorland, 85 farmers remain in captivity after the raid, officials said.", "held captive")]
    [InlineData("Some 1,100 villagers had to abandon their homes near Brenmoor when the dam gave way.", "displaced")]
    [InlineData("Officials in Kestrel Bay said 19 people went missing after the boat overturned on Sunday.", "missing")]
    [InlineData("At least 14 people had yet to be found in Lindenport on Monday, the rescue service said.", "missing")]
    [InlineData("Prosecutors in Vorland drew up a list of 23 people who had not yet been found after the mudslide.", "missing")]
    [InlineData("Lifeboat crews named the 4 fishermen being sought off Kestrel Bay.", "missing")]
    public void Extract_OutcomeOfSeveralWords_NamesWhatTheCountMeasures(string text, string measure)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        MeasureNames.Base(claim.Measure).Should().Be(measure, "an outcome listed as several words says what befell the people counted");
    }

    [Theory]
    [InlineData("Medics in Brenmoor think 52 villagers might have drowned overnight.", "deaths")]
    [InlineData("Nearly 60 passengers have possibly perished aboard the burning Lindenport ferry, a coast guard officer told reporters.", "deaths")]
    [InlineData("At the Orvik smelter, 11 workers have so far been declared dead.", "deaths")]
    [InlineData("Nine climbers have thus far been confirmed dead on the Orrel ridge.", "deaths")]
    [InlineData("Roughly 85 hikers could still be missing on Mount Orrel, according to the park service.", "missing")]
    [InlineData("Some 95 spectators were likely injured when a stand gave way at Kestrel Valley.", "injuries")]
    public void Extract_HedgeBetweenPeopleAndWhatBefellThem_DoesNotHideTheOutcome(string text, string measure)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        MeasureNames.Base(claim.Measure).Should().Be(measure, "a hedge between a count and its outcome sets the modality, not the measure");
    }

    [Theory]
    [InlineData("Up to 300 people could attend the vigil in Brenmoor for the miners who died.", "participants")]
    [InlineData("Some 200 residents said the Kestrel Valley floods had killed their cattle.", "residents")]
    [InlineData("A shelter in Orvik that housed 45 families, most of them from the coast, said the dead were all fishermen.", "families")]
    [InlineData("Some 300 villagers must be evacuated before the Orvik dam is drained.", "villagers")]
    [InlineData("Some 400 tenants in Orvik were so trapped by rising rents that they could not move.", "tenants")]
    public void Extract_WordBeforeAVerbOfTheirOwn_TakesNoLaterOutcome(string text, string measure)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        MeasureNames.Base(claim.Measure).Should().Be(measure,
            "the people do something of their own, or are told to (a deontic 'must'), or 'so' is a degree word: no outcome befell them");
    }

    [Theory]
    [InlineData("About 15,000 commuters left their homes before dawn in Brenmoor to beat the bus strike.")]
    [InlineData("Some 300 fans leave their homes in Kestrel Bay every weekend to follow the club.")]
    public void Extract_LeavingHomeWithoutForce_IsNotDisplacement(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        MeasureNames.Base(claim.Measure).Should().NotBe("displaced", "leaving home is displacement only when the words say it was forced");
    }

    [Theory]
    [InlineData("Doctors said 20 swimmers broke out in a rash after the spill at Kestrel Bay.")]
    [InlineData("At the Brenmoor parade, 70 cadets broke out into song.")]
    [InlineData("Medics said 25 guests were taken away by ambulance after the Lindenport hotel fire.")]
    public void Extract_PhraseThatOnlyLooksLikeAnOutcome_NamesNoEscapeOrAbduction(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        new[] { "escapes", "abducted" }.Should().NotContain(MeasureNames.Base(claim.Measure), "a rash, a song or an ambulance ride is no escape or abduction");
    }

    [Theory]
    [InlineData("By Tuesday, 31 people had been found alive under the rubble in Brenmoor, the fire service said.")]
    [InlineData("Some 600 people went home to Kestrel Bay after the water fell on Sunday.")]
    [InlineData("About 2,000 people were evacuated from Lindenport before the storm arrived.")]
    public void Extract_FoundOrGoneHome_IsNotMissing(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        MeasureNames.Base(claim.Measure).Should().NotBe("missing", "people found, or going home, are not the missing");
    }

    [Theory]
    [InlineData("The gunmen gathered 214 villagers in the square of Vorland before dawn.")]
    [InlineData("Armed men in Brenmoor took 214 passengers off the bus on Friday.")]
    public void Extract_TakingPartVerbWithTheCountAsItsObject_CountsNoParticipants(string text)
    {
        var claim = FirstQuantityClaim(text, new DateOnly(2026, 3, 2));

        claim.Measure.Should().NotBe("participants", "those gathered or taken are the verb's object, not people who took part");
    }

    [Fact]
    public void Extract_TakingPartVerbThatTakesThoseWhoTookPartAsObject_CountsParticipants()
    {
        var claim = FirstQuantityClaim("The Lindenport march involved 6,500 people on Saturday.", new DateOnly(2026, 3, 2));

        claim.Measure.Should().Be("participants");
    }

    [Fact]
    public void Extract_VerbAndWordAroundThePeople_NameWhatBefellThem()
    {
        var claim = FirstQuantityClaim("Off Kestrel Bay, a militia boat took 9 fishermen and 2 deckhands captive at dawn.", new DateOnly(2026, 3, 2));

        claim.Quantity!.Value.Value.Should().Be(9d);
        MeasureNames.Base(claim.Measure).Should().Be("captured", "'took … captive' around the people says they were captured");
    }

    [Fact]
    public void Extract_CountsListedWithCommasBeforeTheirVerb_ShareIt()
    {
        var report = Pipeline.Check([new Document("doc",
            "The Brenmoor rangers said the 90 hikers, 60 adults and all 30 children, were rescued from the ridge on Friday.", "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is not null).Select(c => MeasureNames.Base(c.Measure))
            .Should().OnlyContain(m => m == "rescued", "a list of counts shares the verb that follows it");
    }

    private const string ProvincesOfVorland = "kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nplace\tBrenmoor\tBrenmoor\tVorland\n"
        + "place\tTallis\tTallis\tVorland\nplace\tKessel\tKessel\tVorland\n";

    [Theory]
    [InlineData("Flooding has killed 33 people in Brenmoor, 20 in Tallis and two in Kessel, officials said.")]
    [InlineData("Officials said the floods had left 33 dead in Brenmoor, 20 in Tallis and two in Kessel.")]
    public void Extract_BareNumbersListedWithTheirPlaces_AreTheFirstCountForEachPlace(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        var tallis = report.Claims.Single(c => c.Quantity is { Value: 20 });
        tallis.Place.Should().Be("Tallis", "'20 in Tallis' after '33 … in Brenmoor' is the same count for another place");
        MeasureNames.Base(tallis.Measure).Should().Be("deaths");
        report.Claims.Single(c => c.Quantity is { Value: 2 }).Place.Should().Be("Kessel");
    }

    [Theory]
    [InlineData("Officials said 55 people had died in the floods in Vorland since Monday: 33 in Brenmoor, 20 in Tallis and two in Kessel.")]
    [InlineData("Officials said the floods had killed 55 people in Vorland (33 in Brenmoor, 20 in Tallis and two in Kessel).")]
    [InlineData("Officials said the floods had killed 55 people in 3 provinces (33 in Brenmoor, 20 in Tallis and two in Kessel).")]
    [InlineData("Officials said the floods had killed 55 people across Vorland, with 33 in Brenmoor, 20 in Tallis and two in Kessel.")]
    [InlineData("Officials said the floods had killed 55 people in Vorland since Monday: Brenmoor 33, Tallis 20 and Kessel two.")]
    public void Extract_BreakdownByPlaceAfterAListOpener_CountsWhatTheCountBeforeCounts(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        var brenmoor = report.Claims.Single(c => c.Quantity is { Value: 33 });
        brenmoor.Place.Should().Be("Brenmoor", "the first item after the opener is the count before for its own place");
        report.Claims.Where(c => c.Quantity is { Value: 33 or 20 or 2 } && c.Measure.Contains("province")).Should().BeEmpty(
            "a count of where the dead were is no head of the items");
        MeasureNames.Base(brenmoor.Measure).Should().Be("deaths");
        report.Claims.Single(c => c.Quantity is { Value: 20 }).Place.Should().Be("Tallis");
        report.Claims.Single(c => c.Quantity is { Value: 2 }).Place.Should().Be("Kessel");
    }

    [Theory]
    [InlineData("Officials said 55 people had died in the floods in Vorland since Monday: 33 in 2019.")]
    [InlineData("Officials said the floods had killed 55 people in Vorland, with 33 in their homes.")]
    [InlineData("Officials said the floods had killed 55 people in Vorland (33 km from Brenmoor).")]
    [InlineData("Officials said the floods had killed 55 people in Vorland: the youngest was 33 in Brenmoor.")]
    public void Extract_ItemAfterAListOpenerWithoutAPlaceOrOfAnotherKind_IsNotTheCountBefore(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { Value: 33 }).Select(c => MeasureNames.Base(c.Measure)).Should().NotContain("deaths",
            "only a placed item right after the opener is a part of the count before; a year, a distance or an age is not");
    }

    [Theory]
    [InlineData("Confirmed cases by province: Brenmoor 33, Tallis 20 and Kessel 2.", "cases")]
    [InlineData("Confirmed cases by province: 33 in Brenmoor, 20 in Tallis and 2 in Kessel.", "cases")]
    [InlineData("The injured so far: 33 in Brenmoor, 20 in Tallis and 2 in Kessel, officials said.", "injuries")]
    public void Extract_ListAfterAHeadWithItsCountedNounAndNoFigure_CountsThatNounInEachPlace(string text, string measure)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        var brenmoor = report.Claims.Single(c => c.Quantity is { Value: 33 });
        brenmoor.Place.Should().Be("Brenmoor", "the first item after the colon is the head's count for its own place");
        MeasureNames.Base(brenmoor.Measure).Should().Be(measure, "the head before the colon names what the items count");
        brenmoor.Subject.Should().Be("Vorland");
        report.Claims.Single(c => c.Quantity is { Value: 20 }).Place.Should().Be("Tallis");
        MeasureNames.Base(report.Claims.Single(c => c.Quantity is { Value: 20 }).Measure).Should().Be(measure);
        report.Claims.Single(c => c.Quantity is { Value: 2 }).Place.Should().Be("Kessel");
    }

    [Fact]
    public void Extract_ListByCountryAfterAHeadWithItsCountedNoun_CountsEachCountrysWhole()
    {
        const string countries = "kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nplace\tOstrava\tOstrava\t\n";
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(countries, "countries.tsv")).Build();
        var report = pipeline.Check([new Document("doc", "Other countries have reported illnesses too: 33 in Vorland and 20 in Ostrava.", "Test Wire", new DateOnly(2026, 3, 2))]);

        var vorland = report.Claims.Single(c => c.Quantity is { Value: 33 });
        vorland.Subject.Should().Be("Vorland");
        vorland.Measure.Should().Be("cases", "a country's item is that country's whole count, which other reports give without the list");
    }

    [Theory]
    [InlineData("Medal table so far: Brenmoor 33, Tallis 20 and Kessel 2.")]
    [InlineData("Confirmed cases by year: 33 in 2019, 20 in 2020.")]
    [InlineData("Confirmed cases rose in Vorland; the rankings: Brenmoor 33, Tallis 20.")]
    [InlineData("Confirmed cases fell. Ranked by district: Brenmoor 33, Tallis 20.")]
    public void Extract_ListAfterAHeadWithNoCountedNounOrNoPlace_CountsNothingOfTheHead(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { Value: 33 }).Select(c => MeasureNames.Base(c.Measure)).Should().NotContain("cases",
            "a head with no counted noun (the clause before a semicolon is not the list's head) or a list of years says nothing of what the items count");
    }

    [Theory]
    [InlineData("Brenmoor reported 33 deaths from the floods, Tallis 20 and Kessel two.")]
    [InlineData("Officials counted 55 deaths across Vorland, Brenmoor had 33, Tallis 20 and Kessel two.")]
    [InlineData("Officials counted 55 deaths across Vorland, and Tallis reported 20.")]
    public void Extract_GappedListItemAfterItsPlace_IsCountedInThatPlace(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        var tallis = report.Claims.Single(c => c.Quantity is { Value: 20 });
        tallis.Place.Should().Be("Tallis", "a gapped item is counted in the place that leads it, not in the first item's place");
        MeasureNames.Base(tallis.Measure).Should().Be("deaths");
    }

    [Theory]
    [InlineData("Officials counted 55 deaths across Vorland, Brenmoor with 33, Tallis with 20 and Kessel with two.")]
    [InlineData("Brenmoor had the most deaths, 33, followed by Tallis with 20 and Kessel with two.")]
    [InlineData("Officials put the death toll at 55, Tallis accounting for 20 and Kessel for two.")]
    public void Extract_ListItemWithAHolderWordAfterItsPlace_IsCountedInThatPlace(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        var tallis = report.Claims.Single(c => c.Quantity is { Value: 20 });
        tallis.Place.Should().Be("Tallis", "'Tallis with 20' and 'Tallis accounting for 20' give the count before for that place");
        MeasureNames.Base(tallis.Measure).Should().Be("deaths");
        report.Claims.Single(c => c.Quantity is { Value: 2 }).Place.Should().Be("Kessel");
    }

    [Theory]
    [InlineData("The police counted 5,200 marchers in Brenmoor, Tallis (2,100) and Kessel (1,400) on Saturday.")]
    [InlineData("The largest crowds were in Brenmoor, with 5,200 marchers counted, Tallis (2,100) and Kessel (1,400).")]
    public void Extract_ListItemInBracketsAfterItsPlace_IsCountedInThatPlace(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        var tallis = report.Claims.Single(c => c.Quantity is { Value: 2_100 });
        tallis.Place.Should().Be("Tallis", "'Tallis (2,100)' gives the count before for that place");
        MeasureNames.Base(tallis.Measure).Should().Be("participants");
        report.Claims.Single(c => c.Quantity is { Value: 1_400 }).Place.Should().Be("Kessel");
    }

    private const string TwoCountries = "kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nplace\tOstrava\tOstrava\t\n";

    [Fact]
    public void Extract_ListItemLedByACountrysName_IsThatCountrysOwnCount()
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(TwoCountries, "countries.tsv")).Build();
        var report = pipeline.Check([new Document("doc", "Officials in Vorland listed 58 pilgrims dead by Friday, followed by Ostrava with 23.", "Test Wire", new DateOnly(2026, 3, 2))]);

        var ostrava = report.Claims.Single(c => c.Quantity is { Value: 23 });
        ostrava.Subject.Should().Be("Ostrava", "the item led by Ostrava's name is Ostrava's own dead, not Vorland's");
        MeasureNames.Base(ostrava.Measure).Should().Be("deaths");
    }

    [Fact]
    public void Extract_ListItemAfterACountOfCountries_CountsNoCountries()
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(TwoCountries, "countries.tsv")).Build();
        var report = pipeline.Check([new Document("doc",
            "Vorland lost 58 pilgrims, the most of the 12 countries whose pilgrims died, followed by Ostrava with 23.", "Test Wire", new DateOnly(2026, 3, 2))]);

        var item = report.Claims.Where(c => c.Quantity is { Value: 23 }).Should().ContainSingle("the item is still a claim").Subject;
        MeasureNames.Base(item.Measure).Should().Be("deaths", "a count of countries is no head of the countries' items after it");
    }

    [Theory]
    [InlineData("Officials counted 33 deaths in Brenmoor; the mayor of Tallis (20 years in office) resigned.")]
    [InlineData("Officials counted 33 deaths in Brenmoor, and Tallis with 20 hotels stayed open.")]
    [InlineData("Officials counted 33 deaths in Brenmoor, where a teacher from Tallis (45) was among them.")]
    public void Extract_NumberInBracketsOrAfterWithThatIsNoItem_IsNotTheCountBefore(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { Value: 20 or 45 }).Select(c => MeasureNames.Base(c.Measure)).Should().NotContain("deaths",
            "a number with a noun, or in brackets after a place no joiner leads, gives no place's item of the count before");
    }

    [Theory]
    [InlineData("Rescuers reached 33 stranded hikers near Brenmoor, and the convoy from Tallis had Block 4 cleared.")]
    [InlineData("Brenmoor reported 33 deaths on Monday. Brenmoor beat Tallis 2, Kessel 1.")]
    public void Extract_NumberedNameOrScoreAfterAPlace_IsNoGappedItem(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { Value: 4 or 2 or 1 }).Should().BeEmpty(
            "a number that names a block or gives a score counts nothing of the figure before");
    }

    [Theory]
    [InlineData("Flooding has killed 33 people in Brenmoor, 20 in 2019.")]
    [InlineData("Flooding has killed 33 people in Brenmoor, 20 in their homes.")]
    public void Extract_BareNumberBeforeInWithoutAPlace_IsNoCount(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { Value: 20 }).Select(c => MeasureNames.Base(c.Measure)).Should().NotContain("deaths",
            "only a place's name after 'in' makes the bare number the count before for another place");
    }

    [Theory]
    [InlineData("The police counted 12,000 marchers in Brenmoor, as well as 2,500 in Tallis and 900 in Kessel.")]
    [InlineData("The police counted 12,000 marchers in Brenmoor as well as 2,500 in Tallis.")]
    public void Extract_BareNumberWithItsPlaceAfterAJoinerOfSeveralWords_IsTheCountBeforeForThatPlace(string text)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        var tallis = report.Claims.Single(c => c.Quantity is { Value: 2_500 });
        tallis.Place.Should().Be("Tallis", "'as well as 2,500 in Tallis' is the marchers counted for another place");
        MeasureNames.Base(tallis.Measure).Should().Be(MeasureNames.Base(report.Claims.Single(c => c.Quantity is { Value: 12_000 }).Measure));
    }

    [Fact]
    public void Extract_BareNumberAfterAsWithoutWellAs_IsNotTheCountBefore()
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([new Document("doc",
            "The police counted 12,000 marchers in Brenmoor, as 2,500 in Tallis stayed home.", "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { Value: 2_500 }).Select(c => MeasureNames.Base(c.Measure)).Should().NotContain("participants",
            "only a whole joiner ('as well as') makes the number the count before; 'as' alone opens a clause of its own");
    }

    [Fact]
    public void Check_ItemsOfAListByPlace_AreNoRivalsOfTheListsTotalOrOfEachOther()
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([
            new Document("a", "The storm killed 40 people: 25 in Brenmoor, 10 in Tallis and 5 in Kessel.", "Test Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "The storm killed 40 people in Vorland, officials said on Monday.", "Other Wire", new DateOnly(2026, 3, 2)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy,
            "25, 10 and 5 are the parts of the 40 by place, not other counts of the dead");
    }

    [Fact]
    public void Check_ItemsOfAListByPlace_AreNoRivalsOfAnUnplacedTotal()
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([
            new Document("a", "The storm killed 40 people: 25 in Brenmoor, 10 in Tallis and 5 in Kessel.", "Test Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "The storm killed 40 people, officials said on Monday.", "Other Wire", new DateOnly(2026, 3, 2)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy,
            "a total that names no place is not a rival of one place's part");
    }

    [Fact]
    public void Check_PlacedItemsThatAddUpToTheirTotal_MeetTheirOwnPlacesLaterCount()
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([
            new Document("a", "The floods have killed 55 people in Vorland, Tallis accounting for 33 and Kessel for 22.", "Test Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "In Tallis the flood toll rose to 38 on Tuesday after rescuers found five more bodies.", "Other Wire", new DateOnly(2026, 3, 3)),
        ]);

        var tallis = report.Claims.Single(c => c.Quantity is { Value: 33 });
        var later = report.Claims.Single(c => c.Quantity is { Value: 38 });
        report.Findings.Should().Contain(f => f.ClaimIds.Contains(tallis.Id) && f.ClaimIds.Contains(later.Id),
            "33 and 22 add up to the 55, but each is its own place's count, which that place's later count updates");
        var total = report.Claims.Single(c => c.Quantity is { Value: 55 });
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy && f.ClaimIds.Contains(later.Id) && f.ClaimIds.Contains(total.Id),
            "Tallis's count is a part of the total, no rival of it");
    }

    // The figures of one place's items in the two reports, each side's values, for the NumericDiscrepancy findings of a report.
    private static List<HashSet<double>> DiscrepantValues(CheckReport report) =>
        report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy)
            .Select(f => f.Sides.SelectMany(side => side.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).ToHashSet())
            .ToList();

    [Theory]
    [InlineData("29 in Brenmoor, 11 in Tallis and 4 in Kessel", "26 in Brenmoor, 11 in Tallis and 4 in Kessel")]
    [InlineData("29 in Brenmoor, 11 in Tallis and 4 in Kessel", "Brenmoor 26, Tallis 11 and Kessel 4")]
    public void Check_OnePlacesItemsInListsOfDifferentTotals_AreComparedForThatPlaceOnly(string firstItems, string secondItems)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([
            new Document("a", $"Officials said on Monday the gales had killed 44 people in Vorland: {firstItems}.", "Test Wire", new DateOnly(2026, 3, 2)),
            new Document("b", $"The gales left 41 people dead in Vorland, officials said on Monday: {secondItems}.", "Other Wire", new DateOnly(2026, 3, 2)),
        ]);

        var discrepancies = DiscrepantValues(report);
        discrepancies.Should().Contain(v => v.SetEquals(new[] { 26d, 29d }), "Brenmoor's dead differ between the two lists, whatever their totals");
        discrepancies.Should().NotContain(v => v.Contains(11d) || v.Contains(4d), "Tallis and Kessel are given alike");
        discrepancies.Should().NotContain(v => (v.Contains(29d) || v.Contains(26d)) && (v.Contains(44d) || v.Contains(41d)), "an item is no rival of a list's total");
        discrepancies.Should().NotContain(v => v.Contains(29d) && v.Contains(11d), "two items of one list count two places");
    }

    [Fact]
    public void Check_OneProvincesListedItem_IsNoRivalOfAnotherReportsNationalTotal()
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(ProvincesOfVorland, "provinces.tsv")).Build();
        var report = pipeline.Check([
            new Document("a", "The riots have cost 63 lives in Vorland, the government said on Monday: 48 in Brenmoor and 15 in Tallis.", "Test Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "The riots have cost 55 lives in Vorland, the government said on Monday.", "Other Wire", new DateOnly(2026, 3, 2)),
        ]);

        DiscrepantValues(report).Should().NotContain(v => v.Contains(48d) || v.Contains(15d), "a province's item is no rival of the country's total");
    }

    [Theory]
    [InlineData("The Brenmoor jail held 1,200 inmates on Monday.", "prisoners")]
    [InlineData("The Lindenport school has 400 pupils.", "students")]
    [InlineData("The Lindenport college has 350 learners.", "students")]
    public void Extract_ASecondNameOfOneCountOfPeople_IsThatCountsMeasure(string text, string measure)
    {
        FirstQuantityClaim(text).Measure.Should().Be(measure, "inmates are prisoners, and pupils and learners students, whatever the report calls them");
    }

    [Theory]
    [InlineData("The Brenmoor jail held 1,200 inmates on Monday, its governor said.", "The Brenmoor jail held 1,450 prisoners on Monday, the guards' union said.")]
    [InlineData("The Lindenport school has 400 pupils, its head teacher said on Monday.", "The Lindenport school, which has more than 1,000 students, reopened on Monday.")]
    public void Check_OneCountUnderTwoNamesOfThePeopleCounted_IsADiscrepancy(string first, string second)
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nplace\tLindenport\tLindenport\tVorland\nplace\tBrenmoor\tBrenmoor\tVorland\n", "towns.tsv"))
            .Build();
        var report = pipeline.Check(
        [
            new Document("a", first, "Wire A", new DateOnly(2025, 3, 10)),
            new Document("b", second, "Wire B", new DateOnly(2025, 3, 10)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy,
            "inmates and prisoners, pupils and students name one count, so two figures for it dispute");
    }

    [Theory]
    [InlineData("Officials in Brenmoor said four miners died and 9 were still underground on Tuesday.", 9d, null)]
    [InlineData("Twenty suspects were held in Brenmoor overnight and 6 remain at large, police said.", 6d, null)]
    [InlineData("Fifteen villagers fled into the forest and 32 were taken away by the gunmen, a Brenmoor elder said.", 32d, null)]
    [InlineData("One deckhand of the Brenmoor trawler drowned and 11 others were brought out, the coastguard said.", 11d, "rescued")]
    [InlineData("In Kestrel Valley, 130 people were hurt in the blast and 88 had been sent home by the evening.", 88d, null)]
    [InlineData("In all, 190 people survived the Brenmoor fire, and 12 other residents were away on holiday at the time.", 12d, null)]
    public void Extract_CountWhosePredicateEndsTheOutcomeBefore_BorrowsNoOutcome(string text, double value, string? measure)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]).Claims
            .Where(c => c.Quantity is { } q && q.Value == value).ToList();

        if (measure is null)
        {
            string[] borrowed = ["deaths", "custody", "injuries", "escapes", "rescued", "hospitalised"];
            claims.Where(c => borrowed.Contains(c.Measure)).Should().BeEmpty(
                "a count whose own predicate is a place or state that ends the outcome of the clause before does not take that outcome");
        }
        else
        {
            claims.Should().ContainSingle().Which.Measure.Should().Be(measure, "the predicate that ends the earlier outcome names the count's own");
        }
    }

    [Theory]
    [InlineData("Four workers died in the Brenmoor blast and 12 are in critical condition.", 12d, "injuries")]
    [InlineData("Of the 25 climbers still missing on the ridge, 8 are from Kestrel Valley.", 8d, "missing")]
    [InlineData("Four workers died in the Brenmoor blast and 12 were injured.", 12d, "injuries")]
    [InlineData("The storm killed 30 people in Brenmoor and 12 more in Kestrel Valley.", 12d, "deaths")]
    public void Extract_CountWhosePredicateNamesAConditionOrOrigin_KeepsTheOutcomeBefore(string text, double value, string measure)
    {
        var claim = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]).Claims
            .First(c => c.Quantity is { } q && q.Value == value);

        claim.Measure.Should().StartWith(measure, "a condition or an origin of the same people keeps them a part of the outcome before");
    }
}
