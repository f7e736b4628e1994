using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Death tolls given by different sources on different days: a timeline when the earlier count was itself given as rising,
/// a dispute when neither is given as an update. Texts written for these tests.</summary>
public class TollTimelineTests
{
    [Fact]
    public void Check_RisingTollThenALargerCountDaysLaterFromAnotherSource_IsAnEvolutionNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "The death toll from the floods in Chile has climbed to 25, local media said on Friday.", "Andes Wire", new DateOnly(2025, 7, 4)),
            new Document("later", "The governor said on Monday that 109 people had died in the floods in Chile.", "Pacific Daily", new DateOnly(2025, 7, 7)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the earlier count was rising and the later one continues it");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_TwoSourcesCountingDeathsADayApartWithNoUpdate_IsADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("official", "The government said on Monday that 48 people died in the crush at the arena in Vorland.", "Vorland Post", new DateOnly(2024, 12, 2)),
            new Document("rights", "A rights group said on Tuesday that 121 people died in the crush at the arena in Vorland.", "Coast Wire", new DateOnly(2024, 12, 3)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_ArrivalsAndReturnsCountedSoFarOnTwoDays_AreNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "About 1,350 migrants had arrived in Chile by Tuesday morning, the interior minister said. Of these, 300 had already been returned to Peru.", "Andes Wire", new DateOnly(2025, 7, 1)),
            new Document("second", "The prime minister said on Wednesday that 4,100 migrants have arrived in Chile so far and that 950 have already been returned to Peru.", "Pacific Daily", new DateOnly(2025, 7, 2)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "arrivals and returns are running counts that grew from one day to the next");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && f.Explanation.Contains("300") && f.Explanation.Contains("950"));
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && f.Explanation.Contains("1,350") && f.Explanation.Contains("4,100"),
            "'had arrived by Tuesday morning' in Tuesday's report is the count so far, as 'so far' is the next day");
    }

    [Fact]
    public void Check_TollGivenAsRisingWithOnlyPublicationDates_IsAnEvolutionNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Eight people died in the floods in Chile, officials said.", "Andes Wire", new DateOnly(2025, 7, 4)),
            new Document("second", "The death toll from the floods in Chile rose to 10, the fire service said.", "Pacific Daily", new DateOnly(2025, 7, 5)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the later count is given as a rise");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_LargerLaterCountsOfATollAnyReportGivesAsRising_AreAnEvolutionNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The death toll from the floods in Chile rose to 5, local media said.", "Andes Wire", new DateOnly(2025, 7, 3)),
            new Document("second", "Eight people died in the floods in Chile, officials said.", "Pacific Daily", new DateOnly(2025, 7, 4)),
            new Document("third", "Ten people died in the floods in Chile, the fire service said.", "Coast Herald", new DateOnly(2025, 7, 5)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a count one report gives as rising grows over the days");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_TollGivenAsRisingLaterTheSameDay_IsAnEvolutionWithinTheDay()
    {
        var report = ClaimChecker.Check(
        [
            new Document("morning", "Officials said on Friday that 17 people died in the fire at the market in Vorland.", "Andes Wire", new DateOnly(2026, 2, 6)),
            new Document("evening", "The death toll from the market fire in Vorland rose to 23 on Friday, the fire service said.", "Coast Herald", new DateOnly(2026, 2, 6)),
        ]);

        var evolution = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject;
        evolution.Sides.Select(side => report.Claims.Single(c => c.Id == side.ClaimIds[0]).Quantity!.Value.Value).Should().Equal([17d, 23d],
            "the count given as rising that day follows the smaller one");
        evolution.Explanation.Should().Contain("within one day");
    }

    [Fact]
    public void Check_TollGivenAsRisingThenALargerCountTheSameDayThatALaterReportKeeps_IsAnEvolutionNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("noon", "The death toll from the bus crash in Vorland had climbed to 31 on Saturday, the state broadcaster said.", "Andes Wire", new DateOnly(2026, 3, 7)),
            new Document("evening", "The road safety agency said on Saturday that 44 people died in the bus crash in Vorland.", "Coast Herald", new DateOnly(2026, 3, 7)),
            new Document("monday", "The bus crash in Vorland killed 44 people, the worst on its roads in a decade.", "Pacific Daily", new DateOnly(2026, 3, 9)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy,
            "31 was given as a count still rising, and 44 is the figure that stood in a later report");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && f.Explanation.Contains("31") && f.Explanation.Contains("44"));
    }

    [Fact]
    public void Check_TollGivenAsRisingAndALargerCountTheSameDayThatNoLaterReportKeeps_IsADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("noon", "The death toll from the bus crash in Vorland had climbed to 31 on Saturday, the state broadcaster said.", "Andes Wire", new DateOnly(2026, 3, 7)),
            new Document("evening", "The road safety agency said on Saturday that 44 people died in the bus crash in Vorland.", "Coast Herald", new DateOnly(2026, 3, 7)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy,
            "two bodies' figures of one day dispute each other unless a later report shows which one the count settled on");
    }

    [Fact]
    public void Check_TwoCountsOfOneDayNeitherGivenAsRising_AreNoEvolution()
    {
        var report = ClaimChecker.Check(
        [
            new Document("official", "Officials said on Friday that 17 people died in the fire at the market in Vorland.", "Andes Wire", new DateOnly(2026, 2, 6)),
            new Document("rights", "A rights group said on Friday that 23 people died in the fire at the market in Vorland.", "Coast Herald", new DateOnly(2026, 2, 6)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution, "neither figure is given as a rise");
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_RunningTollGivenAsAtLeastThenALargerTollNextDay_PutsTheLowerBoundInTheTimeline()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Officials said the blast at the refinery in Chile killed at least 12 people.", "Andes Wire", new DateOnly(2025, 3, 8)),
            new Document("second", "The death toll from the refinery blast in Chile has climbed to 31, the governor said.", "Pacific Daily", new DateOnly(2025, 3, 9)),
        ]);

        var evolution = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject;
        evolution.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Should().Contain([12d, 31d]);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Theory]
    [InlineData("at least 187", false)]
    [InlineData("187", true)]
    public void Check_LowerBoundDaysBeforeALargerCountFromAnotherBody_IsTheCountSoFar(string earlier, bool disputes)
    {
        var report = ClaimChecker.Check(
        [
            new Document("thursday", $"The civil protection office said on Thursday that {earlier} people were killed in the storm in Vorland.", "Andes Wire", new DateOnly(2026, 3, 5)),
            new Document("monday", "The national emergency agency said on Monday that 498 people were killed in the storm in Vorland.", "Coast Herald", new DateOnly(2026, 3, 9)),
        ]);

        report.Findings.Any(f => f.Kind == FindingKind.NumericDiscrepancy).Should().Be(disputes,
            "'at least 187' on Thursday was the count so far, which 498 on Monday fits; an exact 187 from another body disputes it");
        if (!disputes)
        {
            var evolution = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject;
            evolution.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Should().Contain([187d, 498d]);
        }
    }

    [Fact]
    public void Check_ReportThatGivesItsEarlierCountAlsoAsALowerBound_IsTheCountSoFarBeforeALargerLaterCount()
    {
        var report = ClaimChecker.Check(
        [
            new Document("thursday", "The civil protection office said on Thursday that more than 400 people were injured in the storm in Vorland. Its director, Mira Olsen, said on Thursday that about 400 people were injured in the storm in Vorland.", "Andes Wire", new DateOnly(2026, 3, 5)),
            new Document("monday", "The national emergency agency said on Monday that 560 people were injured in the storm in Vorland.", "Coast Herald", new DateOnly(2026, 3, 9)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "Thursday's report gives its 400 as 'more than 400' too: the count so far");
        var evolution = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject;
        evolution.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Should().Contain([400d, 560d]);
    }

    [Fact]
    public void Check_LowerBoundTollBelowALargerCountTheSameDay_TakesNoSide()
    {
        var report = ClaimChecker.Check(
        [
            new Document("doctors", "Doctors said at least 9 people died in the protests in Peru on Tuesday.", "Andes Wire", new DateOnly(2025, 3, 12)),
            new Document("rights", "A rights group said on Tuesday that 16 people died in the protests in Peru.", "Pacific Daily", new DateOnly(2025, 3, 12)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "'at least 9' holds if 16 died");
    }

    [Theory]
    [InlineData("The interior ministry said on Sunday that more than 1,800 people died in the landslide in Vorland.", true)]
    [InlineData("The interior ministry said on Sunday that about 650 people died in the landslide in Vorland.", false)]
    [InlineData("The interior ministry said on Sunday that more than 1,100 people died in the landslide in Vorland.", false)]
    public void Check_TwoLowerBoundsTheSameDay_DisputeOnlyWhenOneIsMoreThanTwiceTheOther(string ministry, bool disputes)
    {
        var day = new DateOnly(2025, 6, 15);
        var report = ClaimChecker.Check(
        [
            new Document("relief", "The Red Cross said on Sunday that more than 600 people died in the landslide in Vorland.", "Andes Wire", day),
            new Document("state", ministry, "Pacific Daily", day),
        ]);

        report.Findings.Any(f => f.Kind == FindingKind.NumericDiscrepancy).Should().Be(disputes,
            "'more than 600' names an estimate near 600: it fits 650 or 'more than 1,100', not another body's 'more than 1,800'");
    }

    [Theory]
    [InlineData("1,800", true)]
    [InlineData("1,100", false)]
    public void Check_RunningLowerBoundBelowAnotherBodysCountTheSameDay_DisputesOnlyWhenTheCountIsMoreThanTwiceIt(string ministryCount, bool disputes)
    {
        var report = ClaimChecker.Check(
        [
            new Document("saturday", "The Red Cross said on Saturday that at least 300 people died in the landslide in Vorland.", "Andes Wire", new DateOnly(2025, 6, 14)),
            new Document("sunday", "The Red Cross said on Sunday that at least 600 people died in the landslide in Vorland.", "Andes Wire", new DateOnly(2025, 6, 15)),
            new Document("state", $"The interior ministry said on Sunday that {ministryCount} people died in the landslide in Vorland.", "Pacific Daily", new DateOnly(2025, 6, 15)),
        ]);

        var discrepancies = report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).ToList();
        discrepancies.Should().HaveCount(disputes ? 1 : 0, "Sunday's 'at least 600' fits 1,100 but not three times itself");
        discrepancies.Should().NotContain(f => f.Sides.SelectMany(side => side.ClaimIds).Any(id => report.Claims.Single(c => c.Id == id).DocumentId == "saturday"), "Saturday's bound was the count so far");
    }

    [Fact]
    public void Check_LowerBoundBelowAVaguePluralTheSameDay_TakesNoSide()
    {
        var day = new DateOnly(2025, 6, 15);
        var report = ClaimChecker.Check(
        [
            new Document("relief", "The Red Cross said on Sunday that more than 300 people were injured in the landslide in Vorland.", "Andes Wire", day),
            new Document("local", "Thousands of people were injured in the landslide in Vorland on Sunday.", "Pacific Daily", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "'thousands' names no figure to set against 'more than 300'");
    }

    [Fact]
    public void Check_HeadlineFigureWhoseTextBoundFitsEverySide_IsNotDisputedByALargerBoundTheSameDay()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "Bus plunges into gorge near Brenmoor: 9 dead\n\nAt least 9 people died on Sunday when a bus fell into a gorge near Brenmoor in Peru, police said. Earlier, police had put the number of dead at more than three.", "Andes Herald", new DateOnly(2025, 3, 9)),
            new Document("wire", "At least 17 people died when a bus fell into a gorge in Peru, the transport minister said on Sunday.", "World Desk", new DateOnly(2025, 3, 9)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy,
            "the headline's 9 is its text's 'at least 9', which stands with the figures that fit every side, and 17 fits it");
    }

    [Fact]
    public void Check_FigureItsOwnTextGivesAsAtLeast_IsNotDisputedByALargerCountTheSameDay()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "Ferry sinks off Kestrel Bay: 15 dead\n\nA ferry sank off Kestrel Bay in Peru on Sunday, killing at least 15 people, officials said.", "Bay Herald", new DateOnly(2025, 3, 9)),
            new Document("wire", "At least 24 people were killed on Sunday when a ferry sank in Peru, the police said.", "World Desk", new DateOnly(2025, 3, 9)),
            new Document("next", "The toll from the ferry sinking in Peru rose to 40 on Monday, the coast guard said.", "Andes Wire", new DateOnly(2025, 3, 10)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the headline's 15 is the text's 'at least 15', which 24 the same day fits");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_NamedBodysOwnUpdateBesideTheAuthoritiesCountTheSameDay_IsADiscrepancy()
    {
        var day = new DateOnly(2024, 12, 2);
        var report = ClaimChecker.Check(
        [
            new Document("official", "The authorities said on Monday that 48 people died in the crush at the arena in Vorland.", "Vorland Post", day),
            new Document("rights", "The Lindenport Rights Collective said on Monday that it now estimates that 121 people died in the crush at the arena in Vorland, far above the toll of 48 given by the authorities.", "Coast Wire", day),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "the collective updates its own estimate, not the authorities' count")
            .Which.ClaimIds.Should().Contain(["official#1", "rights#1"]);
    }

    [Fact]
    public void Check_CloseLowerBoundsFromTwoReportsOnOneDayOfARunningToll_AreNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Officials said at least 23 people had drowned in Vorland by Wednesday night, with dozens unaccounted for.", "Andes Wire", new DateOnly(2025, 10, 1)),
            new Document("daily", "The storm surge in Vorland has drowned at least 27 people, a local radio station reported.", "Pacific Daily", new DateOnly(2025, 10, 1)),
            new Document("next", "Divers in Vorland searched the harbour again on Thursday. Before that, the port authority's chief had given the dead as 23.", "Harbour Times", new DateOnly(2025, 10, 2)),
            new Document("later", "At least 31 people died in the storm surge in Vorland, the coast guard said on Friday.", "Coast Wire", new DateOnly(2025, 10, 3)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "'at least 23' and 'at least 27' the same day are one toll counted so far, and both hold");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && f.Explanation.Contains("at least 27"), "the two bounds are read as the toll rising");
    }

    [Fact]
    public void Check_FarApartLowerBoundsFromTwoReportsOnOneDayOfARunningCount_AreADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "More than 340 spectators were hurt when a stand of the velodrome in Vorland gave way, officials said on Saturday.", "Andes Wire", new DateOnly(2025, 4, 12)),
            new Document("daily", "The velodrome stand that gave way in Vorland injured more than 130 spectators, officials said on Saturday.", "Pacific Daily", new DateOnly(2025, 4, 12)),
            new Document("first", "At least 60 spectators were hurt when a stand of the velodrome in Vorland gave way on Friday, officials said.", "Coast Wire", new DateOnly(2025, 4, 11)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Explanation.Contains("340") && f.Explanation.Contains("130"),
            "'more than 340' and 'more than 130' the same day are too far apart to be one count rising");
    }

    [Fact]
    public void Check_ATollOfAnEarlierMonthBesideThisWeeksToll_IsNeitherADiscrepancyNorAStepOfItsTimeline()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Gunmen killed at least 48 people in an attack on a market in Vorland, police said.", "Andes Wire", new DateOnly(2025, 6, 10)),
            new Document("second", "The attack on the Vorland market killed 52 people, police said. Clashes in Vorland killed 17 people in April.", "Pacific Daily", new DateOnly(2025, 6, 11)),
            new Document("third", "The toll from the market attack in Vorland rose to 61, police said.", "Coast Wire", new DateOnly(2025, 6, 12)),
        ]);

        report.Findings.Should().NotContain(f => (f.Kind == FindingKind.NumericDiscrepancy || f.Kind == FindingKind.Evolution) && f.Explanation.Contains("17 "),
            "April's 17 dead are a count over an earlier month, not a count of this week's toll");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && f.Explanation.Contains("61"), "the market attack's toll still rises");
    }

    [Fact]
    public void Check_ACountOfAnotherMineInAMonthEndedWeeksBefore_IsKeptApartFromTheTrappedCounts()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Rescuers are pumping water from a coal mine in Kestrel Valley where 10 miners have been trapped since the flooding on August 3. A flood at a separate pit in Dunmore in June trapped seven miners.", "Brenmoor Post", new DateOnly(2031, 8, 4)),
            new Document("daily", "Rescuers said 12 miners were trapped in the flooded coal mine in Kestrel Valley on Monday.", "Valley Herald", new DateOnly(2031, 8, 4)),
        ]);

        report.Findings.Should().NotContain(f => f.Explanation.Contains("7 trapped"),
            "June's seven trapped miners were in another mine, weeks before this flood");
        report.Findings.Should().Contain(f => f.Explanation.Contains("10 trapped") && f.Explanation.Contains("12 trapped"),
            "the two reports' counts of this flood's trapped miners are still compared");
    }

    [Fact]
    public void Check_AnEventsOwnMonthInAReportWeeksLater_StaysComparedWithTheOtherCount()
    {
        var report = ClaimChecker.Check(
        [
            new Document("monthly", "The December storm in Kestrel Valley stranded 2 million travellers, the regulator said.", "Brenmoor Post", new DateOnly(2031, 1, 20)),
            new Document("later", "Nearly 3 million travellers were stranded in Kestrel Valley, the airline said.", "Valley Herald", new DateOnly(2031, 1, 24)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Explanation.Contains("2,000,000") && f.Explanation.Contains("3,000,000"),
            "a December ended three weeks before is the storm's own month, told later, not another occurrence");
    }

    [Fact]
    public void Check_TheTollOfAnEarlierYearsStormTheReportRecalls_IsNoRivalOfThisStormsToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The blizzard has killed 28 people in Kestrel Valley, officials said. The mayor recalled the ice storm of 1987, in which 23 residents died.", "Brenmoor Post", new DateOnly(2031, 12, 27)),
            new Document("second", "The storm has killed 25 people in Kestrel Valley, the county executive said. The previous great storm, which struck in 2007, killed 19 people in the valley.", "Valley Herald", new DateOnly(2031, 12, 27)),
        ]);

        report.Findings.Should().NotContain(f => f.Explanation.Contains("23 ") || f.Explanation.Contains("19 "),
            "1987's and 2007's tolls are those of earlier storms the reports recall");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Explanation.Contains("28") && f.Explanation.Contains("25"),
            "this storm's two tolls the same day still disagree");
    }

    [Fact]
    public void Check_ATollSetAgainstAnEarlierYearsStorm_StaysThisStormsToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The blizzard has killed 28 people in Kestrel Valley, officials said.", "Brenmoor Post", new DateOnly(2031, 12, 27)),
            new Document("second", "Deadlier than the blizzard of 1987, this storm has killed 31 people in Kestrel Valley, officials said.", "Valley Herald", new DateOnly(2031, 12, 27)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Explanation.Contains("28") && f.Explanation.Contains("31"),
            "1987 is only what this storm is measured against: 31 is this storm's toll");
    }

    [Fact]
    public void Check_AnEventsMonthGivenWithTheFigureOtherReportsGive_StaysWithTheToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Soldiers killed 140 villagers in Vorland, a rights group said.", "Andes Wire", new DateOnly(2025, 6, 10)),
            new Document("second", "Soldiers killed 140 villagers in Vorland in April, the rights group said. Officials said 35 people died in Vorland.", "Pacific Daily", new DateOnly(2025, 6, 11)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && f.Explanation.Contains("140") && f.ClaimIds.Length == 2,
            "140 'in April' is the count the other report gives: the event's own toll, dated by when it happened");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Explanation.Contains("140") && f.Explanation.Contains("35"));
    }

    [Fact]
    public void Check_ACountryNamedAloneGivingALargerTollTheNextDay_ContinuesItsMinistrysCount()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Chile reports nine deaths from bad shellfish\n\nThe health ministry said nine people had died after eating bad shellfish in Chile.", "Andes Wire", new DateOnly(2025, 6, 3)),
            new Document("next", "Chile puts bad shellfish deaths at 15", "Pacific Daily", new DateOnly(2025, 6, 4)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the country's own line relays the state's count, which grew overnight");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }

    [Theory]
    [InlineData("A rights group said 15 people had died after eating bad shellfish in Chile.", "next")]
    [InlineData("Chile puts bad shellfish deaths at 15", "same")]
    public void Check_ALargerTollFromAnotherBodyOrTheSameDay_StillDisputesTheMinistrysCount(string text, string day)
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Chile reports nine deaths from bad shellfish\n\nThe health ministry said nine people had died after eating bad shellfish in Chile.", "Andes Wire", new DateOnly(2025, 6, 3)),
            new Document("other", text, "Pacific Daily", day == "next" ? new DateOnly(2025, 6, 4) : new DateOnly(2025, 6, 3)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "an independent body's count, or another figure of the same day, is a rival count");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_AStateCountGivenOverASpanAndAlsoPlainly_GrowsIntoALaterStateCount(bool alsoPlain)
    {
        var span = new Document("span", "The health ministry reported that nine people had died after eating bad shellfish in Chile over four days.", "Coast Post", new DateOnly(2025, 6, 3));
        var plain = new Document("plain", "The health ministry said nine people had died after eating bad shellfish in Chile.", "Andes Wire", new DateOnly(2025, 6, 3));
        var later = new Document("later", "Fifteen people have died after eating bad shellfish in Chile, the interior ministry said.", "Pacific Daily", new DateOnly(2025, 6, 5));

        var report = ClaimChecker.Check(alsoPlain ? [plain, span, later] : [span, later]);

        report.Findings.Count(f => f.Kind == FindingKind.NumericDiscrepancy).Should().Be(alsoPlain ? 0 : 1,
            "a figure also given plainly is the running count the minister's later count continues; one given only over four days is a count of its span");
    }
}
