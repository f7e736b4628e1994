using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Counts next to a running toll that are not the toll: the size of a revision ("cut by 87"), one period's count ("on
/// Monday alone"); a count a speaker "could confirm"; and a source named after "while" that reports only its own clause. Sentences
/// written for these tests.</summary>
public class TollRevisionTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static Claim QuantityClaim(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 4, 9))]);
        return report.Claims.Single(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    [Theory]
    [InlineData("The ministry said the toll issued by the police in Vorland was cut by 87 after autopsies.", 87, "deaths · change down")]
    [InlineData("Officials in Vorland lowered the death toll from the storm by more than 60 on Friday.", 60, "deaths · change down")]
    [InlineData("The toll in Vorland was revised down by 'about 60'.", 60, "deaths · change down")]
    [InlineData("The death toll in Vorland rose by 14 to 212.", 14, "deaths · change up")]
    [InlineData("Officials in Kestrel Bay raised the flood death toll by 17.", 17, "deaths · change up")]
    [InlineData("Officials in Kestrel Bay cut the flood death toll by 17.", 17, "deaths · change down")]
    public void Extract_CountAfterByInARevisedToll_IsTheSizeOfTheChangeInItsDirection(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().Be(measure, "a toll cut or raised by a number says how far and which way it moved, not where it stands");
    }

    [Theory]
    [InlineData("Police in Ostrava now say the victims were shot dead by three gunmen.", 3)]
    [InlineData("The latest victims in Ostrava were killed by 11 gunmen.", 11)]
    [InlineData("The new arrests in Ostrava were made by 230 officers.", 230)]
    public void Extract_PassiveAgentAfterBy_IsNoSizeOfAChange(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 4, 9))]);

        report.Claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should()
            .NotContain(c => c.Measure.Contains("change"), "those who did the deed after 'by' are no size of a revision");
    }

    [Theory]
    [InlineData("In Lindenport, officials said on Monday that the earlier toll was wrong and that 52 people died in the floods.", "Officials in Lindenport said on Monday that 37 people died in the floods.")]
    [InlineData("In Lindenport, officials tripled the first estimates to 52 flood deaths.", "Officials in Lindenport said 37 people died in the floods.")]
    public void Compare_NewCountAfterAnEarlierCueOutsideItsPhrase_IsADiscrepancyNotAnEvolution(string text, string other)
    {
        var report = Pipeline.Check([
            new Document("a", text, "Lindenport Post", new DateOnly(2025, 4, 9)),
            new Document("b", other, "Vorland Wire", new DateOnly(2025, 4, 9)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution, "the earlier cue does not govern the new figure");
    }

    [Theory]
    [InlineData("At least 38 people were killed in Brenmoor, but on Monday the ministry said the situation was calm.")]
    [InlineData("At least 38 people were killed in Brenmoor, but in a statement the ministry said the situation was calm.")]
    public void Extract_SourceAfterButAndAShortPhrase_ReportsOnlyItsOwnClause(string text)
    {
        QuantityClaim(text, 38).Attribution.Should().BeNull("the ministry speaks after 'but', not of the toll before it");
    }

    [Fact]
    public void Extract_CountASpeakerCouldIndependentlyConfirm_IsAsserted()
    {
        QuantityClaim("The minister said he could independently confirm 31 deaths in Lindenport.", 31).Modality.Should().Be(Modality.Asserted);
    }

    [Fact]
    public void Extract_LevelARevisedTollReaches_StaysTheToll()
    {
        QuantityClaim("The death toll in Vorland rose by 14 to 212.", 212).Measure.Should().Be("deaths");
    }

    [Theory]
    [InlineData("The monitor said at least 47 people were killed on Monday alone in Brenmoor.", 47, "deaths · that period alone")]
    [InlineData("Yesterday alone, 23 people were injured in Brenmoor.", 23, "injuries · that period alone")]
    [InlineData("On Monday (March 3) alone the charity received 41 bodies in Brenmoor.", 41, "bodies · that period alone")]
    public void Extract_CountForOnePeriodAlone_IsAPartOfTheRunningCount(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().Be(measure, "a count for one day 'alone' is that day's share of the toll");
    }

    [Theory]
    [InlineData("Shelling killed 17 people in Brenmoor on Friday alone, bringing the toll to 260.", 260)]
    [InlineData("Shelling killed 17 people in Brenmoor on Friday alone, and the toll now stands at 260.", 260)]
    public void Extract_TollAfterAPeriodAloneAndAComma_StaysTheToll(string text, double value)
    {
        QuantityClaim(text, value).Measure.Should().Be("deaths", "the period 'alone' belongs to the clause before the comma");
    }

    [Fact]
    public void Extract_CountInThePlaceAlone_IsNoPeriodsPart()
    {
        QuantityClaim("At least 47 people were killed in Brenmoor alone.", 47).Measure.Should().NotContain("period");
    }

    [Theory]
    [InlineData("The minister said he could confirm that nine police officers had been killed in Lindenport.")]
    [InlineData("Nine cops killed in Lindenport during protests, minister says.")]
    public void Extract_OfficersAConfirmedCountSaysWereKilled_IsAnAssertedTollOfOfficers(string text)
    {
        var claim = QuantityClaim(text, 9);

        claim.Measure.Should().Be("deaths · officers");
        claim.Modality.Should().Be(Modality.Asserted, "'could confirm' vouches for the figure; it forecasts nothing");
    }

    [Theory]
    [InlineData("Fighting broke out on the border between Chile and Peru on Monday.\n\nChile's death toll stayed at 27 on Sunday, while Peruvian defence ministry spokesman Ivo Marek said four soldiers and nine civilians had been killed.")]
    [InlineData("Fighting broke out on the border between Chile and Peru on Monday.\n\nChile's death toll stayed at 27 on Sunday, but Peruvian officials said four soldiers and nine civilians had been killed.")]
    public void Extract_SourceNamedAfterWhileOrBut_ReportsOnlyItsOwnClause(string text)
    {
        var first = QuantityClaim(text, 27);
        var second = QuantityClaim(text, 9);

        first.Subject.Should().Be("Chile");
        first.Attribution.Should().BeNull("the Peruvian source speaks in the clause after 'while' or 'but', not of Chile's toll");
        second.Subject.Should().Be("Peru", "the Peruvian source speaks of its own side's dead");
    }

    [Theory]
    [InlineData("Kestrel Bay Mills said the 380 seasonal jobs would go first.", 380, "jobs · seasonal")]
    [InlineData("The plan in Ostrava puts 210 factory workers on short hours.", 210, "workers · factory")]
    [InlineData("Lindenport Rail will shed 240 hourly employees.", 240, "employees · hourly")]
    public void Extract_WorkforceCountWithAPartModifier_IsAPartOfTheWorkforce(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().Be(measure, "seasonal jobs or factory workers are a part of the workforce a plan names");
    }

    [Theory]
    [InlineData("The tram plant in Ostrava expects to let go of 860 salaried and hourly workers next spring.", 860)]
    [InlineData("The tram plant in Ostrava expects to let go of 860 workers next spring.", 860)]
    public void Extract_WorkforceCountWithJoinedOrNoModifiers_IsTheWholeWorkforce(string text, double value)
    {
        QuantityClaim(text, value).Measure.Should().Be("workers", "modifiers joined by 'and' name all the workers, as no modifier does");
    }

    [Theory]
    [InlineData("A gas explosion at the Kestrel Bay cannery hurt 24 workers on Friday.", 24, "injuries")]
    [InlineData("The crash, which happened near a Lindenport toll gate at dawn, hurt 24 commuters.", 24, "injuries")]
    [InlineData("The boiler blast at the Kestrel Bay mill killed 20 workers.", 20, "deaths")]
    public void Extract_IrregularOutcomeVerbBeforeACount_SaysWhatBefellThem(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().Be(measure, "'hurt 35 workers' counts the injured as 'killed 20 workers' counts the dead");
    }

    [Theory]
    [InlineData("The downturn in Vorland hurt 9,000 farmers last year, the ministry said.", 9000)]
    [InlineData("Higher grain prices hurt 2,400 bakers across Lindenport this winter.", 2400)]
    [InlineData("Brenmoor's economy slowed, and the slump hurt 640 traders in Kestrel Bay.", 640)]
    public void Extract_IrregularOutcomeVerbWithNoIncidentBeforeIt_CountsNoInjured(string text, double value)
    {
        QuantityClaim(text, value).Measure.Should().NotStartWith("injuries", "harm a downturn does to people is no injury");
    }

    [Theory]
    [InlineData("The tanker leak off Kestrel Bay hurt the livelihoods of more than 4,200 oyster growers in Brenmoor.", 4200)]
    [InlineData("The chemical spill in Lindenport hurt the small-scale fishing trade of 310 families, the council said.", 310)]
    [InlineData("Officials said the blaze hurt the incomes of 95 stallholders at the Vorland market.", 95)]
    public void Extract_HurtWithAThingOfTheCountedAsObject_CountsNoInjured(string text, double value)
    {
        QuantityClaim(text, value).Measure.Should().NotStartWith("injuries", "harm to the livelihood of people is no bodily harm to them");
    }

    [Theory]
    [InlineData("The boiler blast at the Kestrel Bay mill hurt the crew of 14 on the night shift.", 14)]
    [InlineData("The gas explosion at the Kestrel Bay depot hurt 42 dockers in Brenmoor.", 42)]
    public void Extract_HurtWithPeopleAsObject_StillCountsTheInjured(string text, double value)
    {
        QuantityClaim(text, value).Measure.Should().Be("injuries", "the crew of a count, or the people right after the verb, are those hurt");
    }

    [Fact]
    public void Extract_OutcomeWordOfAnEarlierClauseAfterCommaAnd_DoesNotNameTheCount()
    {
        const string text = "The Vorland ministry said crews had buried the dead cattle, and that a total of 1,240 firefighters were sent to the farms.";
        QuantityClaim(text, 1240).Measure.Should().NotStartWith("deaths", "'dead' tells of the cattle in the earlier clause, not of the firefighters");
    }

    [Theory]
    [InlineData("Among the dead in Brenmoor were 12 firefighters.", 12, "deaths")]
    [InlineData("In Brenmoor, police said thousands took part in the march, and the organisers spoke of about 7,000 people.", 7000, "participants")]
    public void Extract_OutcomeWordBeforeTheCountWithNoReportedClauseBetween_StillNamesIt(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().StartWith(measure, "only ', and that' opens a second reported clause");
    }

    [Theory]
    [InlineData("The mill fire in Vorland killed 30 people. The coroner said 7 bodies were identified on Tuesday.", 7, "identified")]
    [InlineData("The mill fire in Vorland killed 30 people. Crews pulled 12 bodies from the rubble on Friday.", 12, "bodies")]
    [InlineData("The mill fire in Vorland killed 30 people. The coroner said 26 victims have been positively identified.", 26, "identified")]
    [InlineData("The mill fire in Vorland killed 30 people. The coroner said 21 victims were formally identified.", 21, "identified")]
    [InlineData("The mill fire in Vorland killed 30 people. The coroner said 18 victims were later identified.", 18, "identified")]
    public void Extract_BodiesSaidToBeIdentified_AreTheIdentified(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().Be(measure, "bodies a clause says were identified count the identified, not the bodies found");
    }

    [Theory]
    [InlineData("The mill fire in Vorland killed 30 people. In the cemetery at Brenmoor, 11 bodies have now been buried, the vicar told reporters.", 11, "burials")]
    [InlineData("The mill fire in Vorland killed 30 people. Estmark officials confirmed that 4 bodies were repatriated by air on Thursday.", 4, "handed over")]
    [InlineData("The mill fire in Vorland killed 30 people. Police have handed 5 bodies to relatives in Brenmoor.", 5, "handed over")]
    [InlineData("The mill fire in Vorland killed 30 people. Firefighters fear 8 bodies are buried beneath the collapsed east wing.", 8, "bodies")] // where they lie
    [InlineData("The mill fire in Vorland killed 30 people. Firefighters fear 8 bodies are buried under the collapsed east wing.", 8, "bodies")]
    [InlineData("The mill fire in Vorland killed 30 people. The Lindenport morgue released 9 bodies to relatives on Monday.", 9, "handed over")]
    [InlineData("The mill fire in Vorland killed 30 people. The bodies of six miners will be flown home to Kestrel Bay on Friday.", 6, "handed over")]
    [InlineData("The mill fire in Vorland killed 30 people. Crews said 12 bodies were recovered, and all were buried the next day.", 12, "bodies")]
    public void Extract_BodiesSaidToBeBuriedOrSentHome_AreThoseDealtWith(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().Be(measure, "bodies buried, released or sent home on a day are those dealt with then, not the toll");
    }

    [Theory]
    [InlineData("On Monday the toll from the mill fire in Vorland stood at 15.")]
    [InlineData("On Monday, the toll from the mill fire in Vorland stood at 15.")]
    public void Extract_OpeningDateBeforeATollNoun_DatesTheCount(string text)
    {
        var claim = QuantityClaim(text, 15);
        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 4, 7), "the toll is given as it stood on the Monday the sentence opens with");
    }

    [Theory]
    [InlineData("Brenmoor Air said 4,800 flights were cancelled worldwide on Monday after the glitch.", 4800)]
    [InlineData("The faulty patch knocked out about 6 million terminals around the world, the Lindenport firm said.", 6000000)]
    [InlineData("The tracker counted 3,950 worldwide cancellations by the evening in Vorland.", 3950)]
    [InlineData("In Vorland the tainted tonic has killed 40 children; health agencies say it caused more than 210 deaths in four countries.", 210)]
    [InlineData("The outbreak that began in Lindenport has led to 1,300 cases across 6 nations, the agency said.", 1300)]
    public void Extract_CountForTheWholeWorld_IsTheWorlds(string text, double value)
    {
        QuantityClaim(text, value).Subject.Should().Be("World", "a count given for the whole world is not the count of the country the report names");
    }

    [Theory]
    [InlineData("Lindenport Bank employs 52,000 people worldwide, its annual report said.", 52000)]
    public void Extract_ABodysOwnCountWorldwide_StaysTheBodys(string text, double value)
    {
        QuantityClaim(text, value).Subject.Should().NotBe("World", "a company's count across the world is the company's own");
    }

    [Fact]
    public void Extract_ACountInOneCountryNamedAfterIt_IsNotTheWorlds()
    {
        QuantityClaim("The tainted tonic has killed 40 children in Vorland, the health agency said.", 40).Subject.Should().NotBe("World");
    }

    [Theory]
    [InlineData("Officials said 25 people died in the crush at the world's largest cattle fair in Vorland.", 25)]
    [InlineData("Inquiry opened after 12 deaths at the world’s biggest kite festival in Vorland", 12)]
    public void Extract_WorldAsAPossessiveAfterTheCount_IsNoWorldwideScope(string text, double value)
    {
        var claim = QuantityClaim(text, value);
        claim.Subject.Should().NotBe("World", "\"the world's largest fair\" names the fair, not the count's scope");
        claim.Place.Should().NotBe("World");
    }

    [Fact]
    public void Extract_WorldRecordWithoutThe_IsNoWorldwideScope()
    {
        QuantityClaim("Vorland's swimmers set 3 world records in Lindenport on Sunday.", 3).Subject.Should().NotBe("World");
    }

    [Theory]
    [InlineData("Vorland Telecom said the stolen files held data on 9.2 million current customers.", 9200000, "customers · current")]
    [InlineData("The Brenmoor carrier said 2.1 million former subscribers were also affected.", 2100000, "subscribers · former")]
    [InlineData("The names and PINs of 640,000 active prepaid customers of the Kestrel Bay operator were exposed.", 640000, "customers · prepaid")]
    [InlineData("The Lindenport insurer said 1.4 million international customers had their passport numbers taken.", 1400000, "customers · international")]
    [InlineData("The outage cut off 35,000 business customers of the Brenmoor carrier.", 35000, "customers · business")]
    public void Extract_ClienteleCountWithAPartModifier_IsAPartOfTheClientele(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().Be(measure, "current, former or prepaid customers are a part of the people a breach touched; the modifier nearest the noun names the part");
    }

    [Theory]
    [InlineData("Vorland Telecom said the breach touched 31 million current and former customers.", 31000000)]
    [InlineData("Vorland Telecom said the breach touched 31 million customers.", 31000000)]
    public void Extract_ClienteleCountWithJoinedOrNoModifiers_IsTheWholeClientele(string text, double value)
    {
        QuantityClaim(text, value).Measure.Should().Be("customers", "modifiers joined by 'and' name all the customers, as no modifier does");
    }

    [Theory]
    [InlineData("The Vorland lender said the intruder copied 52,000 Social Security numbers.", 52000, "numbers · security")]
    [InlineData("Investigators found 9,400 stolen bank account numbers on the server.", 9400, "numbers · account")]
    [InlineData("About 310,000 Kenyan passport numbers were exposed, the ministry said.", 310000, "numbers · passport")]
    [InlineData("The retailer said 7,700 credit card numbers were stolen in Brenmoor.", 7700, "numbers · card")]
    [InlineData("The Vorland insurer said 2.3 million driving licence numbers were taken.", 2300000, "numbers · licence")]
    public void Extract_CountOfIdentifiers_NamesTheKindOfIdentifier(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().Be(measure, "Social Security, bank account and passport numbers are counts of different things, named by the word nearest the noun; a participle or a place before it names no kind");
    }

    [Theory]
    [InlineData("The Vorland lender said 52,000 leaked numbers were for sale.", 52000)] // a participle
    [InlineData("About 310,000 Canadian numbers were exposed, the ministry said.", 310000)] // a demonym
    public void Extract_CountOfIdentifiersAfterAParticipleOrAPlace_IsTheBareMeasure(string text, double value)
    {
        QuantityClaim(text, value).Measure.Should().Be("numbers", "a participle or a demonym before the noun says what befell them or whose they are, not what kind of number they are");
    }

    [Theory]
    [InlineData("Lindenport hospitals treated 310 people after the blast; another 35 were hurt elsewhere along the coast.", 35, "injuries · elsewhere")]
    [InlineData("The storm flattened homes in Kestrel Bay and killed 19 people elsewhere on the island.", 19, "deaths · elsewhere")]
    public void Extract_CountElsewhere_IsAPartApartFromThePlacesOwn(string text, double value, string measure)
    {
        QuantityClaim(text, value).Measure.Should().Be(measure, "a count for the places outside the one reported on is not that place's toll");
    }

    [Fact]
    public void Extract_CountBeforeACountElsewhere_StaysThePlacesOwn()
    {
        var claim = QuantityClaim("Lindenport hospitals treated 310 people after the blast; another 35 were hurt elsewhere along the coast.", 310);

        claim.Measure.Should().NotContain("elsewhere", "only the count the word 'elsewhere' follows is given for other places");
    }

    [Theory]
    [InlineData("The floods killed at least 90 people in Brenmoor and elsewhere in Vorland, officials said.", 90)]
    [InlineData("Officials said 1,200 residents of Lindenport were relocated elsewhere after the landslide.", 1_200)]
    public void Extract_CountForAPlaceAndElsewhereOrNoOutcome_IsNoPartElsewhere(string text, double value)
    {
        QuantityClaim(text, value).Measure.Should().NotContain("elsewhere",
            "'and elsewhere' makes the count the whole, and where people were moved is no toll for other places");
    }

    [Theory]
    [InlineData("Crews digging through the mud at Brenmoor found nine more bodies on Sunday, raising the number of dead to 58.", 58)]
    [InlineData("On Sunday, volunteers pulled 4 more people from the rubble in Lindenport, pushing the toll to 58.", 58)]
    public void Extract_CountCompletingAnUpdatingClause_TakesTheDateOfTheClauseBeforeIt(string text, double value)
    {
        // Published on Wednesday 9 April 2025.
        var claim = QuantityClaim(text, value);

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 4, 6), "the finding on Sunday brought the count to its figure then");
    }

    [Theory]
    [InlineData("The floods, which began on April 2, have swept away homes across Vorland, bringing the toll to 84.", 84)]
    [InlineData("Search teams, who arrived in Brenmoor on March 30, found 14 more bodies, raising the number of dead to 63.", 63)]
    [InlineData("Rescuers have recovered 12 bodies since Saturday, bringing the toll to 84.", 84)]
    [InlineData("The dam at Kestrel Bay failed on Sunday, but crews are still searching, bringing the toll to 41.", 41)]
    public void Extract_CountAfterAnUpdatingClauseWhoseDateIsNotItsMainClauses_StaysAsPublished(string text, double value)
    {
        var claim = QuantityClaim(text, value);

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 4, 9),
            "a date in a relative clause, after 'since' or before a clause break does not say when the count was reached");
    }

    [Theory]
    [InlineData("Divers returned to Kestrel Bay on Monday, bringing 2 boats to search for 41 missing people.", 41)]
    [InlineData("Floodwater reached Lindenport on Monday, raising fears while 41 people are missing.", 41)]
    public void Extract_CountAfterANumberOrClauseBreakPastTheParticiple_StaysAsPublished(string text, double value)
    {
        var claim = QuantityClaim(text, value);

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 4, 9), "a number or clause break parts the count from the participle's clause");
    }
}
