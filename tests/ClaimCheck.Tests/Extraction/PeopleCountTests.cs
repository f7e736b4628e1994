using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

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
    [InlineData("A boat carrying about 70 migrants capsized off the coast.", "aboard")]
    [InlineData("A ferry with some 120 people on board sank near the harbour.", "aboard")]
    [InlineData("The jet carried 230 passengers when it crashed.", "aboard · passengers")]
    [InlineData("The bus had 40 people aboard when it left the road.", "aboard")]
    [InlineData("About 900 migrants landed on the island on Sunday.", "arrivals")]
    [InlineData("Some 3,000 people crossed the border overnight.", "arrivals")]
    public void Extract_CountWithWhatHappenedToThePeople_MeasuresThat(string text, string measure)
    {
        FirstQuantityClaim(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The ministry said 31 deaths had been recorded in health centres.", "deaths · health facilities")]
    [InlineData("A further 52 deaths had been reported in the community, officials added.", "deaths · community")]
    [InlineData("Officials confirmed 90 deaths in the district: 40 people who died in hospital and 50 who died in the community.", "deaths")]
    public void Extract_DeathsCountedInOneSetting_AreThatSettingsPart(string text, string measure)
    {
        FirstQuantityClaim(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("A diplomat said 410 of the 455 Moroccans who died were unregistered.", 410, "moroccans · of 455")]
    [InlineData("Officials said 12 of 40 passengers died in the crash.", 12, "of 40")]
    public void Extract_FigureOfAnotherFigure_IsAPartOfIt(string text, double value, string measureEnd)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire")]);

        report.Claims.Where(c => c.Quantity is not null).Should().Contain(c => c.Quantity!.Value.Value == value && c.Measure.EndsWith(measureEnd));
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
    [InlineData("Police said 45 people were arrested.", Modality.Asserted)]
    public void Extract_CountFollowedByAModalVerb_IsAForecast(string text, Modality modality)
    {
        FirstQuantityClaim(text).Modality.Should().Be(modality);
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
    public void Extract_FigureTheTextGivesAsAnEarlierCount_IsEarlier(string text, double value, bool earlier)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { } q && q.Value == value).IsEarlier.Should().Be(earlier);
    }

    [Theory]
    [InlineData("Late on Friday the agency gave a preliminary figure of 410 dead.", true)]
    [InlineData("The government put the provisional toll at 47 dead on Monday.", true)]
    [InlineData("The agency said 410 people died in the storm.", false)]
    public void Extract_FigureTheTextGivesAsProvisional_IsProvisional(string text, bool provisional)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is not null).IsProvisional.Should().Be(provisional);
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
}
