using ClaimCheck.Claims;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Whose toll a figure is: one person's nationality ("a Peruvian student") and a trading party's ("American retailers") are not
/// where the event happened; a toll whose report names no place takes the one country the check's other tolls name; and a toll
/// given in a "that" clause of an incident a later sentence brings in ("a gas explosion … that injured 30") is that incident's, not
/// the story's. Sentences written for these tests.</summary>
public class TollSubjectAndIncidentTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static CheckReport Check(params string[] texts) =>
        Pipeline.Check(texts.Select((text, i) => new Document($"doc{i}", text, $"Outlet {i}", new DateOnly(2025, 6, 2))).ToList());

    private static Claim ClaimOf(CheckReport report, double value) =>
        report.Claims.Last(c => c.Quantity != null && c.Quantity.Value.Value == value);

    [Fact]
    public void Extract_OnePersonsNationality_IsNotTheTollsCountry()
    {
        var report = Check("Tower fire kills 12\n\nTwelve people died when fire swept through a tower block on Sunday night, police said. "
            + "Investigators are still searching the upper floors. Among the dead was Ana Ruiz, a Peruvian student who lived on the ninth floor.");

        ClaimOf(report, 12).Subject.Should().NotBe("Peru", "'a Peruvian student' says where one victim came from, not where the fire was");
    }

    [Fact]
    public void Extract_CountedNationals_StillNameTheirCountry()
    {
        var report = Check("Bus crash\n\nThe bus overturned on a mountain road on Sunday. Nine Peruvian tourists were among the 14 people killed.");

        ClaimOf(report, 9).Subject.Should().Be("Peru", "a demonym counted right after the figure says whose people they are");
    }

    [Fact]
    public void Extract_TradingPartysNationality_IsNotTheTollsCountry()
    {
        var report = Check("Factory collapse toll rises\n\nThe number of dead from the factory collapse reached 410 on Saturday, police said. "
            + "Rescuers worked through the night. Its upper floors sewed jackets for Asian and American retailers.");

        ClaimOf(report, 410).Subject.Should().NotBe("United States", "'American retailers' says where the buyers are from, not where the building fell");
    }

    [Theory]
    [InlineData("Crackdown toll disputed\n\nA British newspaper reported that 17 protesters died in the crackdown in Kenya on Tuesday.")]
    [InlineData("Crackdown toll disputed\n\nA leading Russian daily said 17 protesters died in the crackdown in Kenya on Tuesday.")]
    public void Extract_NewsOutletsNationality_IsNotTheTollsCountry(string text)
    {
        var report = Check(text);

        ClaimOf(report, 17).Subject.Should().Be("Kenya", "the outlet's country says where the paper is from, not where the protesters died");
    }

    [Fact]
    public void Extract_DemonymBeforeAMaterialNoun_StillNamesTheTollsCountry()
    {
        var report = Check("Mill fire\n\nA fire at a Chilean paper mill killed 14 workers on Monday.");

        ClaimOf(report, 14).Subject.Should().Be("Chile", "a paper mill is a place of work, not a news outlet");
    }

    [Fact]
    public void Extract_CountrysOwnMediaAsAWhole_StillNamesTheReportsCountry()
    {
        var report = Check("Record march\n\nIsraeli media said 200,000 people marched on Saturday, the largest protest yet.");

        ClaimOf(report, 200000).Subject.Should().Be("Israel", "a country's media as a whole mostly report home events");
    }

    [Fact]
    public void Extract_ReportOwnCompanysNationality_StaysTheTollsCountry()
    {
        var report = Check("Factory fire\n\nThe Kenyan company Halvex said 12 workers died in the fire at its plant on Monday.");

        ClaimOf(report, 12).Subject.Should().Be("Kenya", "'company' is no trading party: the report's own company is where the fire was");
    }

    [Fact]
    public void Compare_TollOfAReportNamingNoPlace_TakesTheCheckCountry()
    {
        var report = Check(
            "School fire in Kenya\n\nA fire at a boarding school in Kenya killed 17 pupils on Thursday night, police said.",
            "Dormitory fire toll rises\n\nThe toll of the dormitory fire has risen to 21, officials said on Saturday.");

        ClaimOf(report, 21).Subject.Should().Be("Kenya", "the check's only toll country is the event's");
    }

    [Fact]
    public void Compare_TollOfAReportNamingNoPlace_StaysWithoutSubjectWhenTheCheckNamesTwoCountries()
    {
        var report = Check(
            "School fire in Kenya\n\nA fire at a boarding school in Kenya killed 17 pupils on Thursday night, police said.",
            "Floods in Ghana\n\nFloods in Ghana killed 40 people this week, officials said.",
            "Dormitory fire toll rises\n\nThe toll of the dormitory fire has risen to 21, officials said on Saturday.");

        ClaimOf(report, 21).Subject.Should().BeNull("no one country is the check's");
    }

    [Fact]
    public void Extract_TollInAClauseOfAnIncidentBroughtInAfterTheLead_IsThatIncidents()
    {
        var report = Check("Warehouse fire kills nine\n\nNine workers died on Monday when a fire tore through a warehouse in Kenya, police said. "
            + "Firefighters needed six hours to put it out. The owners have not commented. "
            + "The fire comes a month after a gas explosion in the same district that killed two people and injured 30.");

        ClaimOf(report, 30).OtherEvent.Should().Be("a gas explosion");
        ClaimOf(report, 9).OtherEvent.Should().BeNull();
    }

    [Fact]
    public void Extract_TollFollowedInItsClauseByASeparateOrAnotherIncident_IsThatIncidents()
    {
        var report = Check("Gunmen kill 23 in Varnel\n\nGunmen killed 23 villagers in Varnel on Friday night, local officials said. "
            + "Survivors fled to the district town. The army has sent troops. "
            + "Gunmen also killed 12 herders in a separate attack near Dornvale. "
            + "Last month 8 herders were killed in another attack near the river. "
            + "In Varnel, 19 of the 23 dead were killed in an attack on the market.");

        ClaimOf(report, 12).OtherEvent.Should().Be("a separate attack");
        ClaimOf(report, 8).OtherEvent.Should().Be("another attack");
        ClaimOf(report, 19).OtherEvent.Should().BeNull("an attack with no sequence word is the story's own");
    }

    [Fact]
    public void Extract_CountTheWarInItsOwnClauseDid_IsTheWarsBackground()
    {
        var report = Check("Market shelling in Velmora\n\nShelling hit a crowded market in Velmora on Tuesday, killing 31 people, medics said. "
            + "Rescuers searched the rubble into the night. The war has so far killed 18,500 people, by the health office's count. "
            + "Some 640,000 residents have been displaced by the war in the east.");

        ClaimOf(report, 18500).OtherEvent.Should().Be("war", "the war's whole toll is background to one shelling");
        ClaimOf(report, 640000).OtherEvent.Should().Be("war");
        ClaimOf(report, 31).OtherEvent.Should().BeNull("the shelling's own toll names no campaign");
    }

    [Fact]
    public void Extract_CampaignNounAsACompoundsFirstWord_NamesNoCampaign()
    {
        var report = Check("Clinic raided in Velmora\n\nGunmen raided a clinic in Velmora on Tuesday, medics said. "
            + "Police said 14 people were killed near the war memorial.");

        ClaimOf(report, 14).OtherEvent.Should().BeNull("'the war memorial' is a place, not the war");
    }

    [Fact]
    public void Extract_CountDatedSinceTheWarBegan_IsTheEventsOwn()
    {
        var report = Check("Depot strike in Velmora\n\nA drone strike on a fuel depot in Velmora on Friday was the worst since the war began, "
            + "medics said. The worst strike since the war began killed 27 workers at the depot, the regional governor said.");

        ClaimOf(report, 27).OtherEvent.Should().BeNull("'since the war began' dates the strike; the 27 are the strike's own dead");
    }

    [Fact]
    public void Extract_TollInAClauseOfAnIncidentAnEarlierWordPlacesBefore_IsThatIncidents()
    {
        var report = Check("Mine blast in Kenya\n\nA blast tore through a coal mine in Kenya on Monday, killing 14 miners, officials said. "
            + "Rescuers reached the lower shafts on Tuesday. The owners have not commented. "
            + "Inspectors had flagged the shaft after an earlier blast that killed 5 workers.");

        ClaimOf(report, 5).OtherEvent.Should().Be("an earlier blast");
    }

    [Fact]
    public void Extract_TollInAClauseOfAnIncidentASequenceVerbPlacesBefore_IsThatIncidents()
    {
        var report = Check("Depot fire in Kenya\n\nNine workers died on Monday when a fire tore through a fuel depot in Kenya, police said. "
            + "Crews kept the flames from the tanks. The operator has not commented. "
            + "The fire follows by three weeks a boiler blast on the same road which injured 17 drivers.");

        ClaimOf(report, 17).OtherEvent.Should().Be("a boiler blast");
    }

    [Fact]
    public void Extract_TollInAClauseOfAnIncidentNamedAgainAfterTheLead_IsTheStorys()
    {
        var report = Check("Mine blast in Kenya\n\nA blast tore through a coal mine in Kenya on Monday, officials said. "
            + "Rescuers reached the lower shafts on Tuesday. The owners have not commented. "
            + "Relatives gathered at the gate to mourn an explosion that killed 20 miners.");

        ClaimOf(report, 20).OtherEvent.Should().BeNull("with no sequence word the explosion is the story's own, named again");
    }

    [Fact]
    public void Extract_TollInAClauseOfAnIncidentInTheLead_IsTheStorys()
    {
        var report = Check("Market blast\n\nA gas explosion that killed 6 people ripped through a market in Kenya on Monday, police said.");

        ClaimOf(report, 6).OtherEvent.Should().BeNull("an incident the lead brings in is the story's own");
    }
}
