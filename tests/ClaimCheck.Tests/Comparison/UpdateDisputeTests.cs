using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Counts that a source updates and counts that other bodies dispute, on the same days: a source's count and its own update
/// are never set against each other, and another named body's count is not replaced by someone else's update. Texts written for these
/// tests.</summary>
public class UpdateDisputeTests
{
    [Fact]
    public void Check_PoliceNamedShortAndByItsCity_AreOneOriginNotADispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "By noon an estimated 12,500 people had gathered at the rally in Lindenport on Saturday, according to police estimates.", "Coast Herald", new DateOnly(2025, 4, 12)),
            new Document("late", "According to a Lindenport police official, an estimated 31,000 people gathered at the rally in Lindenport on Saturday.", "Vorland Wire", new DateOnly(2025, 4, 12)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "'police' and 'Lindenport police' are one body counting through the day");
    }

    [Theory]
    [InlineData("About 12,800 people joined the rally in Ostrava on Saturday, police said.", "Traffic police said 29,000 people joined the rally in Ostrava on Saturday.", 12800, 29000)]
    [InlineData("At least 44 people were killed in the floods in Kestrel Bay on Monday, the ministry said.", "The Vorland Interior Ministry said 27 people were killed in the floods in Kestrel Bay on Monday.", 27, 44)]
    public void Check_ABodyNamedShortAgainstAFunctionNamedBody_StillDispute(string early, string late, double low, double high) =>
        OnlyDisputeOf(CheckSameDay(early, late, new DateOnly(2025, 4, 12)), low, high);

    [Theory]
    [InlineData("The Vorland Network for Civic Rights said 310 people had been killed in the unrest in Vorland.", "The Vorland Observatory for Civic Rights said the toll of the unrest in Vorland had risen to 455 dead.", 310, 455)]
    [InlineData("The Kestrel Valley Relief Council said 62 people died in the floods in Kestrel Valley.", "The toll of the floods in Kestrel Valley has climbed to 91 dead, the Kestrel Valley Relief Agency said.", 62, 91)]
    public void Check_TwoBodiesOfOtherKindsWhoseNamesShareWords_DisputeDespiteTheLargerUpdate(string early, string late, double low, double high) =>
        OnlyDisputeOf(CheckSameDay(early, late, new DateOnly(2025, 5, 20)), low, high);

    [Fact]
    public void Check_OneKindOfBodyNamedTwoWays_StillRisesWithTheUpdate()
    {
        var report = CheckSameDay(
            "The Vorland Civic Rights Observatory said 310 people had been killed in the unrest in Vorland.",
            "The Vorland Observatory for Civic Rights said the toll of the unrest in Vorland had risen to 455 dead.",
            new DateOnly(2025, 5, 20));

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "both names name an observatory, whose own update replaces its count");
    }

    [Theory]
    [InlineData("The storm displaced 1,240 households in Vorland, the disaster agency said.", "The number of households displaced in Vorland now stands at 2,310, the president said.", 1240, 2310)]
    [InlineData("About 5,870 people were displaced in Vorland, the disaster agency said.", "The number of people displaced in Vorland has more than doubled to 12,460, the president said.", 5870, 12460)]
    public void Check_ADisplacedCountALaterReportGivesAsGrown_IsATimelineNotADispute(string early, string late, double low, double high)
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", early, "Coast Herald", new DateOnly(2025, 3, 12)),
            new Document("late", late, "Vorland Wire", new DateOnly(2025, 3, 14)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a count the later report gives as grown is an update");
        var timeline = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject;
        SideValues(report, timeline).Should().Equal(low, high);
    }

    [Fact]
    public void Check_OneSourcesTwoFiguresOfOneDayInTwoReports_DisputeBesideTheEarlierDay()
    {
        var report = ClaimChecker.Check(
        [
            new Document("friday", "The Vorland Interior Ministry said on Friday that 420 people had been arrested across Vorland.", "Coast Herald", new DateOnly(2025, 6, 13)),
            new Document("saturday-a", "The Vorland Interior Ministry said on Saturday that 880 people had been arrested across Vorland.", "Coast Herald", new DateOnly(2025, 6, 14)),
            new Document("saturday-b", "The Vorland Interior Ministry said on Saturday that 1,150 people had been arrested across Vorland.", "Vorland Wire", new DateOnly(2025, 6, 14)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(880, 1150);
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && SideValues(report, f).Contains(420), "Friday's count still comes before Saturday's");
    }

    [Fact]
    public void Check_OneSourcesLargerFigureOfOneDayGivenAsRisen_IsNoDispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("friday", "The Vorland Interior Ministry said on Friday that 420 people had been arrested across Vorland.", "Coast Herald", new DateOnly(2025, 6, 13)),
            new Document("saturday-a", "The Vorland Interior Ministry said on Saturday that 880 people had been arrested across Vorland.", "Coast Herald", new DateOnly(2025, 6, 14)),
            new Document("saturday-b", "According to the Vorland Interior Ministry, arrests across Vorland had risen to 1,150 by Saturday.", "Vorland Wire", new DateOnly(2025, 6, 14)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the ministry's own count rose through Saturday");
    }

    [Fact]
    public void Check_OrganisersAgainstTheCityPolice_StillDispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "About 90,000 people joined the rally in Lindenport on Saturday, the organisers said.", "Coast Herald", new DateOnly(2025, 4, 12)),
            new Document("late", "According to a Lindenport police official, an estimated 31,000 people joined the rally in Lindenport on Saturday.", "Vorland Wire", new DateOnly(2025, 4, 12)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(31000, 90000);
    }

    [Fact]
    public void Check_ABoundThatJoinsAnotherBodysFigure_DoesNotMakeThatFigureItsSourcesOwn()
    {
        var day = new DateOnly(2025, 3, 12);
        var report = ClaimChecker.Check(
        [
            new Document("army", "The army said 139 people were missing in Ecuador after the earthquake.", "Andes Wire", day),
            new Document("civil", "Civil defence officials said 31 people were missing in Ecuador after the earthquake. Civil defence officials also said more than 100 people were missing in Ecuador.", "Pacific Daily", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Contain([31, 139], "the officials' 'more than 100' agrees with the army's 139 but the army's figure is not theirs, so their 31 disputes it");
    }

    [Fact]
    public void Check_ASourcesCountAndItsOwnUpdateBothDisputedByAnotherBody_AreNeverSidesOfOneFinding()
    {
        var day = new DateOnly(2025, 2, 10);
        var report = ClaimChecker.Check(
        [
            new Document("first", "The health ministry said 40 people died in the floods in Chile.", "Andes Wire", day),
            new Document("update", "The death toll from the floods in Chile rose to 90, the health ministry said.", "Pacific Daily", day),
            new Document("other", "The Red Cross said 150 people died in the floods in Chile.", "Coast Herald", day),
        ]);

        var discrepancies = report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).ToList();
        discrepancies.Should().Contain(f => SideValues(report, f).SequenceEqual(new[] { 90d, 150d }), "the Red Cross disputes the ministry's latest count");
        discrepancies.Should().NotContain(f => SideValues(report, f).Contains(40) && SideValues(report, f).Contains(90), "90 is the ministry's own update of 40");
    }

    [Fact]
    public void Check_AnUpdateTheSameDayAsAnotherNamedBodysLowerCount_IsADiscrepancy()
    {
        var day = new DateOnly(2025, 4, 6);
        var report = ClaimChecker.Check(
        [
            new Document("relief", "The Red Cross said on Sunday that 300 people died in the earthquake in Peru.", "Andes Wire", day),
            new Document("state", "The death toll from the earthquake in Peru has risen to 900, the interior ministry said on Sunday.", "Pacific Daily", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "the ministry's update does not replace the Red Cross's own count").Subject;
        SideValues(report, discrepancy).Should().Equal(300, 900);
    }

    [Fact]
    public void Check_AnUpdateTheSameDayAsANamedBodysCountAHeadlineRepeatsUnnamed_IsADiscrepancy()
    {
        var day = new DateOnly(2025, 4, 6);
        var report = ClaimChecker.Check(
        [
            new Document("relief", "Peru earthquake: 300 dead\nThe Red Cross said on Sunday that 300 people died in the earthquake in Peru.", "Andes Wire", day),
            new Document("state", "The death toll from the earthquake in Peru has risen to 900, the interior ministry said on Sunday.", "Pacific Daily", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy,
            "the headline relays the Red Cross's own count, which the ministry's update does not replace").Subject;
        SideValues(report, discrepancy).Should().Equal(300, 900);
    }

    [Fact]
    public void Check_AnUpdateTheSameDayAsARunningLowerBoundBesideANamedLaterFigure_IsNotADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "More than 200 people are missing in Peru after the landslide, local officials said on Monday.", "Andes Wire", new DateOnly(2025, 4, 7)),
            new Document("rising", "The number of people missing in Peru after the landslide has risen to 260, the prime minister said on Monday.", "Pacific Daily", new DateOnly(2025, 4, 7)),
            new Document("later", "Peru landslide: 200 still missing\nAbout 200 people are still missing in Peru after the landslide, the regional governor said on Thursday.", "Coast Herald", new DateOnly(2025, 4, 10)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Sides.Length == 2
            && SideValues(report, f).SequenceEqual(new double[] { 200, 260 }), "Monday's 'more than 200' is the count so far, not a body's own count against the 260");
    }

    [Theory]
    [InlineData("the state news agency reported")]
    [InlineData("the head of the provincial forensic service told reporters")]
    public void Check_ANamedBodysUpdateTheSameDayAsAnOutletsLowerCount_IsTheCountRisingNotADispute(string source)
    {
        var day = new DateOnly(2025, 8, 19);
        var report = ClaimChecker.Check(
        [
            new Document("outlet", "Ferry capsize in Peru: toll rises to 37", "Andes Wire", day),
            new Document("agency", $"The toll from the ferry capsize in Peru rose to 41 on Tuesday after six more bodies were recovered, {source}.", "Pacific Daily", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a body that is no rights group or opposition updating the toll continues the count");
    }

    [Theory]
    [InlineData("Amnesty International said on Tuesday that the death toll from the crackdown in Chile had risen to 121.")]
    [InlineData("Human Rights Watch said on Tuesday that the death toll from the crackdown in Chile had risen to 121.")]
    public void Check_AnIndependentBodysUpdateTheSameDayAsThePolicesCount_IsADiscrepancy(string text)
    {
        var day = new DateOnly(2025, 6, 10);
        var report = ClaimChecker.Check(
        [
            new Document("police", "The police said 40 people were killed in the crackdown in Chile.", "Andes Wire", day),
            new Document("rights", text, "Pacific Daily", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "an independent body's own toll disputes the police's").Subject;
        SideValues(report, discrepancy).Should().Equal(40, 121);
    }

    [Fact]
    public void Check_ARightsGroupsUpdateAgainstTheGovernmentsCount_IsADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("state", "Chile's government said on Monday that 48 people died in the floods in Chile.", "Andes Wire", new DateOnly(2025, 5, 12)),
            new Document("rights", "A collective of rights groups in Chile said on Tuesday it now estimates that 117 people died in the floods in Chile, against the official figure of 48 deaths.", "Pacific Daily", new DateOnly(2025, 5, 13)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "rights groups of a country are not its government: their update disputes the official count").Subject;
        SideValues(report, discrepancy).Should().Equal(48, 117);
    }

    [Fact]
    public void Check_ACommissionNamedAfterTheCountryAgainstItsPolice_IsADiscrepancy()
    {
        var day = new DateOnly(2025, 5, 19);
        var report = ClaimChecker.Check(
        [
            new Document("police", "According to figures from Chile's police, 23 people died in the protests in Chile.", "Andes Wire", day),
            new Document("commission", "Chile's human rights commission said the number of people killed in the protests in Chile has risen to 52.", "Pacific Daily", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "sharing the country's name does not make the commission the police's origin").Subject;
        SideValues(report, discrepancy).Should().Equal(23, 52);
    }

    [Fact]
    public void Check_ACountItsOwnSourceRaisedBeforeAnotherBodysFigure_DoesNotDisputeThatFigure()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The health ministry said 20 people died in the floods in Chile.", "Andes Wire", new DateOnly(2025, 6, 2)),
            new Document("rise", "The death toll from the floods in Chile rose to 31, the health ministry said.", "Pacific Daily", new DateOnly(2025, 6, 3)),
            new Document("relief", "The Red Cross said 45 people died in the floods in Chile.", "Coast Herald", new DateOnly(2025, 6, 4)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy && SideValues(report, f).Contains(20),
            "the ministry's 20 was replaced by its own update to 31 before the Red Cross gave 45");
    }

    [Fact]
    public void Check_AnUpdateTheSameDayAsALowerCountFromAnOfficeOfTheSameBody_IsNotADiscrepancy()
    {
        var day = new DateOnly(2025, 4, 6);
        var report = ClaimChecker.Check(
        [
            new Document("office", "The army's press office said on Sunday that 300 people died in the earthquake in Peru.", "Andes Wire", day),
            new Document("army", "The death toll from the earthquake in Peru has risen to 900, the army said on Sunday.", "Pacific Daily", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "an office of the army and the army are one origin, and 900 is given as a rise");
    }

    [Fact]
    public void Check_ADocumentGivingARevisedTollBesideTheEarlierOne_DoesNotSetThemAgainstEachOther()
    {
        var report = ClaimChecker.Check(
        [
            new Document("monday", "The interior ministry said on Monday that 3,100 people died in the floods in Chile.", "Andes Wire", new DateOnly(2025, 2, 10)),
            new Document("thursday", "The government lowered the death toll from the floods in Chile to 1,800 on Thursday. Officials had initially put the toll at 3,100.", "Pacific Daily", new DateOnly(2025, 2, 13)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the later report gives 1,800 as a revision of 3,100");
    }

    [Fact]
    public void Check_AFigureALaterReportSaysTheTollRoseFrom_IsNotADisputeWithTheLargerToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "A fire at a warehouse in Lindenport killed at least 7 people on Tuesday.", "Coast Herald", new DateOnly(2025, 5, 6)),
            new Document("city", "At least 9 people were killed in the warehouse fire in Lindenport on Tuesday, the city authorities said.", "Andes Wire", new DateOnly(2025, 5, 6)),
            new Document("later", "Nine people were killed in the warehouse fire in Lindenport. Firefighters first put the number killed at 7; it has since risen.", "Vorland Wire", new DateOnly(2025, 5, 7)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the later report gives 7 as the first count the toll rose from");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && SideValues(report, f).Contains(7) && SideValues(report, f).Contains(9),
            "7 is the earlier count and 9 the toll it rose to");
    }

    [Fact]
    public void Check_AFigureALaterReportSaysWasRevisedDown_StillDisputesARivalCountOfItsDay()
    {
        var day = new DateOnly(2025, 5, 6);
        var report = ClaimChecker.Check(
        [
            new Document("ministry", "The ministry said on Tuesday that 900 people died in the earthquake in Peru.", "Andes Wire", day),
            new Document("red-cross", "The Red Cross said on Tuesday that 300 people died in the earthquake in Peru.", "Coast Herald", day),
            new Document("later", "The ministry lowered the death toll from the earthquake in Peru to 600 on Friday. It had initially put the toll at 900.", "Pacific Daily", day.AddDays(3)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && SideValues(report, f).Contains(900) && SideValues(report, f).Contains(300),
            "a count later revised down may still have been disputed on its day");
    }

    [Fact]
    public void Check_AnEarlierFigureBesideTheCurrentOne_IsARevisionNotADiscrepancy()
    {
        var day = new DateOnly(2025, 9, 3);
        var report = ClaimChecker.Check(
        [
            new Document("agency", "The relief agency said 210 homes were buried by the mudslide in Peru.", "Andes Wire", day),
            new Document("recap", "The previous estimate had been 80 homes buried by the mudslide in Peru.", "Pacific Daily", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "80 is given as the estimate 210 replaced");
        var revision = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject;
        SideValues(report, revision).Should().Equal(80, 210);
    }

    [Fact]
    public void Check_AnEarlierFigureJoinedByAVaguePlural_IsStillARevisionNotADiscrepancy()
    {
        var day = new DateOnly(2025, 9, 3);
        var report = ClaimChecker.Check(
        [
            new Document("agency", "The relief agency said 210 homes were buried by the mudslide in Peru.", "Andes Wire", day),
            new Document("recap", "The previous estimate had been 80 homes buried by the mudslide in Peru.", "Pacific Daily", day),
            new Document("vague", "Dozens of homes were buried by the mudslide in Peru.", "Coast Herald", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "'dozens' fits the earlier 80 and makes it no current figure");
    }

    [Fact]
    public void Check_TwoEarlierFiguresThatDiffer_AreADiscrepancyBetweenThem()
    {
        var day = new DateOnly(2025, 9, 3);
        var report = ClaimChecker.Check(
        [
            new Document("agency", "The relief agency said 210 homes were buried by the mudslide in Peru, up from 80 homes.", "Andes Wire", day),
            new Document("recap", "The previous estimate had been 120 homes buried by the mudslide in Peru.", "Pacific Daily", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "the two reports disagree on the earlier figure").Subject;
        SideValues(report, discrepancy).Should().Equal(80, 120);
    }

    [Fact]
    public void Check_AVaguePluralSpanningTwoFiguresThatDisagree_TakesNoSideAndDoesNotJoinThem()
    {
        var day = new DateOnly(2025, 9, 3);
        var report = ClaimChecker.Check(
        [
            new Document("vague", "Hundreds of people died in the earthquake in Peru, the governor said on Sunday.", "Andes Wire", day),
            new Document("low", "The Red Cross said on Sunday that 300 people died in the earthquake in Peru.", "Pacific Daily", day),
            new Document("high", "The army said on Sunday that 800 people died in the earthquake in Peru.", "Coast Herald", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "300 and 800 are two counts, not one cluster joined by 'hundreds'").Subject;
        SideValues(report, discrepancy).Should().Equal(300, 800);
        discrepancy.Neutral.Should().ContainSingle().Which.Should().StartWith("vague");
    }

    [Fact]
    public void Check_AWideRangeSpanningTwoFiguresThatDisagree_TakesNoSideAndDoesNotJoinThem()
    {
        var day = new DateOnly(2025, 9, 3);
        var report = ClaimChecker.Check(
        [
            new Document("wide", "Local media said anywhere between 100 and 900 people died in the earthquake in Peru.", "Andes Wire", day),
            new Document("low", "The Red Cross said on Sunday that 300 people died in the earthquake in Peru.", "Pacific Daily", day),
            new Document("high", "The army said on Sunday that 800 people died in the earthquake in Peru.", "Coast Herald", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "300 and 800 are two counts, not one cluster joined by the range").Subject;
        SideValues(report, discrepancy).Should().Equal(300, 800);
    }

    [Fact]
    public void Check_AVaguePluralFittingNoFigure_TakesNoSide()
    {
        var day = new DateOnly(2025, 9, 3);
        var report = ClaimChecker.Check(
        [
            new Document("vague", "Hundreds of people died in the earthquake in Peru, the governor said on Sunday.", "Andes Wire", day),
            new Document("count", "The Red Cross said on Sunday that 1,300 people died in the earthquake in Peru.", "Pacific Daily", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a vague plural is a bound of the figures it fits, never a count of its own to dispute one");
    }

    [Fact]
    public void Check_ATollAlsoGivenWeeksBefore_StillDisputesAnotherBodysCountTheDayAfterItWasRepeated()
    {
        var report = ClaimChecker.Check(
        [
            new Document("month", "Local officials said 264 people died of the fever in Peru in March.", "Andes Wire", new DateOnly(2025, 4, 2)),
            new Document("repeat", "The governor said on Tuesday that 264 people had died of the fever in Peru.", "Pacific Daily", new DateOnly(2025, 4, 29)),
            new Document("minister", "The health minister said on Wednesday that 118 people had died of the fever in Peru.", "Coast Herald", new DateOnly(2025, 4, 30)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "264 was repeated the day before the minister's 118").Subject;
        SideValues(report, discrepancy).Should().Equal(118, 264);
    }

    [Fact]
    public void Check_ALowerBoundOfTheDayThatAReportOfTheNextDayGivesPlainly_StillDisputesTheLargerFigure()
    {
        var report = ClaimChecker.Check(
        [
            new Document("bound", "Police said on Tuesday that 23 people died in the bus fire in Brenmoor. At least 23 people died in the bus fire in Brenmoor, the police chief said on Tuesday.", "Andes Wire", new DateOnly(2025, 6, 3)),
            new Document("larger", "The bus fire in Brenmoor killed 25 people.", "Coast Herald", new DateOnly(2025, 6, 3)),
            new Document("settled", "Police said on Wednesday that 23 people died in the bus fire in Brenmoor.", "Pacific Daily", new DateOnly(2025, 6, 4)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "the count stood at 23 the next day, so it did not rise to 25").Subject;
        SideValues(report, discrepancy).Should().Equal(23, 25);
    }

    [Fact]
    public void Check_ALowerBoundOfTheDayGivenPlainlyOnlyWeeksLater_StillFitsTheLargerFigure()
    {
        var report = ClaimChecker.Check(
        [
            new Document("bound", "Police said on Tuesday that 23 people died in the bus fire in Brenmoor. At least 23 people died in the bus fire in Brenmoor, the police chief said on Tuesday.", "Andes Wire", new DateOnly(2025, 6, 3)),
            new Document("larger", "The bus fire in Brenmoor killed 25 people.", "Coast Herald", new DateOnly(2025, 6, 3)),
            new Document("review", "Police said on 15 July that 23 people died in the bus fire in Brenmoor.", "Pacific Daily", new DateOnly(2025, 7, 15)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "'at least 23' fits the 25 of its day, and a figure weeks later says nothing of that day");
    }

    [Fact]
    public void Check_ADisputeOnOneDay_LeavesOutTheFigureASideAlsoHeldTheDayBefore()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Reports said on Saturday that more than 700 people were injured in the explosion at the port in Peru.", "Andes Wire", new DateOnly(2025, 3, 8)),
            new Document("office", "The regional health office said about 750 people were injured in the explosion at the port in Peru.", "Pacific Daily", new DateOnly(2025, 3, 9)),
            new Document("media", "Local media said more than 1,200 people were injured in the explosion at the port in Peru.", "Coast Herald", new DateOnly(2025, 3, 9)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([750, 1200], "Saturday's 'more than 700' came before Sunday's disagreement");
    }

    [Theory]
    [InlineData("Across the country, 117 people were arrested during the protests in Peru.", false)]
    [InlineData("A lawyers' association said 117 people were arrested during the protests in Peru.", true)]
    public void Check_AHigherCountTheNextDay_DisputesTheEarlierOneOnlyWhenAnotherBodyGivesIt(string nextDay, bool disputes)
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The interior ministry said on Saturday that 52 people were arrested during the protests in Peru.", "Andes Wire", new DateOnly(2025, 6, 14)),
            new Document("next", nextDay, "Pacific Daily", new DateOnly(2025, 6, 15)),
        ]);

        report.Findings.Any(f => f.Kind == FindingKind.NumericDiscrepancy).Should().Be(disputes,
            "an outlet's own larger count a day later is the count so far; another body's is its own count");
        report.Findings.Any(f => f.Kind == FindingKind.Evolution).Should().Be(!disputes);
    }

    [Theory]
    [InlineData("Officials said 19 people had died in the mudslide in Peru.", false)]
    [InlineData("A rescue official said 19 people had died in the mudslide in Peru.", false)]
    [InlineData("The Andes Relief Network said 19 people had died in the mudslide in Peru.", true)]
    [InlineData("Activists said 19 people had died in the mudslide in Peru.", true)]
    [InlineData("A witness said 19 people had died in the mudslide in Peru.", true)]
    public void Check_AHigherCountInTheNextDaysReport_DisputesTheEarlierOneOnlyWhenANamedBodyGivesIt(string nextDay, bool disputes)
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The mudslide in Peru killed 14 people, the regional governor said.", "Andes Wire", new DateOnly(2025, 2, 3)),
            new Document("next", nextDay, "Pacific Daily", new DateOnly(2025, 2, 4)),
        ]);

        report.Findings.Any(f => f.Kind == FindingKind.NumericDiscrepancy).Should().Be(disputes,
            "unnamed officials' larger count in the next day's report is the toll so far; a named or independent body's is its own count");
        report.Findings.Any(f => f.Kind == FindingKind.Evolution).Should().Be(!disputes);
    }

    [Fact]
    public void Check_UnnamedOfficialsLargerCountAfterAnIndependentBodysCount_StillDisputesIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Rights groups said 14 protesters were killed in the clashes in Peru.", "Andes Wire", new DateOnly(2025, 2, 3)),
            new Document("next", "Officials said 19 protesters were killed in the clashes in Peru.", "Pacific Daily", new DateOnly(2025, 2, 4)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "the officials' count does not continue the rights groups' own estimate");
    }

    [Fact]
    public void Check_ACountTheTextGivesAsTheFirstCount_DoesNotDisputeTheNextDaysHigherToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("saturday", "The death toll from the bus crash in Peru rose to 27, local authorities said on Saturday.", "Andes Wire", new DateOnly(2025, 12, 20)),
            new Document("sunday", "At least 29 people died in the bus crash in Peru. Reports say the first count was 27 dead.", "Pacific Daily", new DateOnly(2025, 12, 21)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "27 is the first count, given on Saturday, and 29 came after it");
    }

    [Fact]
    public void Check_AProvisionalFigureBesideItsOwnBodysLaterOne_IsNotSetAgainstAnotherBodysCount()
    {
        var day = new DateOnly(2025, 10, 5);
        var report = ClaimChecker.Check(
        [
            new Document("early", "The United Nations gave a preliminary figure of 410 dead in the earthquake in Peru.", "Andes Wire", day),
            new Document("later", "The United Nations said 1,150 people died in the earthquake in Peru.", "Pacific Daily", day),
            new Document("state", "The interior ministry said 2,600 people died in the earthquake in Peru.", "Coast Herald", day),
        ]);

        var discrepancies = report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).ToList();
        discrepancies.Should().Contain(f => SideValues(report, f).SequenceEqual(new[] { 1150d, 2600d }));
        discrepancies.Should().NotContain(f => SideValues(report, f).Contains(410), "the United Nations replaced its preliminary 410 with 1,150");
    }

    [Theory]
    [InlineData("Partial results published on Sunday night gave Ruiz 52.1% of the vote in Vorland.")]
    [InlineData("Ruiz had 52.1% of the vote in Vorland, according to early returns.")]
    [InlineData("With 83% of ballots counted, Ruiz had 52.1% of the vote in Vorland.")]
    public void Check_AShareGivenWhileTheCountWentOn_ReadsAsAnEarlierStepOfTheFinalShare(string running)
    {
        var report = ClaimChecker.Check(
        [
            new Document("night", running, "Lindenport Wire", new DateOnly(2026, 3, 8)) { Place = "Vorland" },
            new Document("final", "Final results gave Ruiz 50.7% of the vote in Vorland.", "Brenmoor Daily", new DateOnly(2026, 3, 10)) { Place = "Vorland" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the share given while votes were still counted is a step of the final count");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_AShareGivenWhileTheCountWentOn_StillDisputesAnotherNamedOriginsShare()
    {
        var report = ClaimChecker.Check(
        [
            new Document("night", "Partial results gave Ruiz 52.1% of the vote in Vorland.", "Lindenport Wire", new DateOnly(2026, 3, 8)) { Place = "Vorland" },
            new Document("party", "The opposition party said Ruiz won only 31% of the vote in Vorland.", "Brenmoor Daily", new DateOnly(2026, 3, 10)) { Place = "Vorland" },
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_AProvisionalFigureItsBodyNeverReplaced_StillDisputesAnotherBodysCount()
    {
        var day = new DateOnly(2025, 10, 5);
        var report = ClaimChecker.Check(
        [
            new Document("early", "The government gave a provisional toll of 47 dead in the fire at the market in Peru.", "Andes Wire", day),
            new Document("rights", "A rights group said 148 people died in the fire at the market in Peru.", "Pacific Daily", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(47, 148);
    }

    [Fact]
    public void MutualDisputes_TwoClustersThatBothDisputeAThirdButNotEachOther_MakeTwoGroups()
    {
        var disputes = new bool[3, 3];
        disputes[0, 2] = disputes[2, 0] = true;
        disputes[1, 2] = disputes[2, 1] = true;

        var groups = QuantityGroupDetector.MutualDisputes(disputes);

        groups.Should().HaveCount(2);
        groups.Should().NotContain(g => g.Contains(0) && g.Contains(1));
    }

    [Fact]
    public void MutualDisputes_ThreeClustersThatAllDisputeOneAnother_MakeOneGroup()
    {
        var disputes = new bool[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                disputes[i, j] = i != j;
            }
        }

        QuantityGroupDetector.MutualDisputes(disputes).Should().ContainSingle().Which.Should().BeEquivalentTo([0, 1, 2]);
    }

    [Fact]
    public void Check_AnUnsourcedHeadlineRepeatingARightsLeaguesCount_DoesNotReplaceTheGovernmentsCountInTheSameReport()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Vorland unrest: toll now 64\n\nThe number of people killed in the unrest in Vorland has risen to 64, the human rights league Voz Libre said on Sunday.\n\nThe government gives a figure of 12 dead.", "Vorland Wire", new DateOnly(2025, 4, 27)),
            new Document("daily", "Twelve people have been killed in the unrest in Vorland, the government said.", "Coast Herald", new DateOnly(2025, 4, 27)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "the headline repeats the rights league's own count, which does not replace the government's").Subject;
        SideValues(report, discrepancy).Should().Equal(12, 64);
    }

    [Fact]
    public void Check_TwoNamedBodiesEachGivingTheCountSoFarOnOneDay_Dispute()
    {
        var day = new DateOnly(2025, 6, 3);
        var report = ClaimChecker.Check(
        [
            new Document("health", "The death toll from the floods in Brenmoor has climbed to 41, the Vorland Health Ministry said on Tuesday.", "Coast Herald", day),
            new Document("police", "The Vorland National Police said on Tuesday that the death toll from the floods in Brenmoor had risen to 58.", "Vorland Wire", day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "each body gives its own latest count and neither knows the other's").Subject;
        SideValues(report, discrepancy).Should().Equal(41, 58);
    }

    [Fact]
    public void Check_ACountSoFarInTheOutletsOwnVoiceThenANamedUpdateOnOneDay_StaysARise()
    {
        var day = new DateOnly(2025, 6, 3);
        var report = ClaimChecker.Check(
        [
            new Document("early", "The death toll from the floods in Brenmoor has climbed to 41 on Tuesday.", "Coast Herald", day),
            new Document("late", "The Vorland National Police said on Tuesday that the death toll from the floods in Brenmoor had risen to 58.", "Vorland Wire", day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a count so far that names no source may be the same count earlier in the day");
    }

    [Fact]
    public void Check_RivalCountsSoFarWhenALaterReportKeepsTheLarger_StayARise()
    {
        var report = ClaimChecker.Check(
        [
            new Document("health", "The death toll from the floods in Brenmoor has climbed to 41, the Vorland Health Ministry said on Tuesday.", "Coast Herald", new DateOnly(2025, 6, 3)),
            new Document("police", "The Vorland National Police said on Tuesday that the death toll from the floods in Brenmoor had risen to 58.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("after", "The floods in Brenmoor killed 58 people, the Vorland National Police said.", "Harbour Times", new DateOnly(2025, 6, 5)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a report days later still giving 58 makes it the count the 41 rose to");
    }

    [Fact]
    public void Check_ASourcedUpdateBelowAnUnsourcedEarlierCount_IsADispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("tuesday", "The mudslide at the quarry in Vorland killed 57 people on Tuesday.", "Vorland Post", new DateOnly(2025, 9, 16)),
            new Document("thursday", "The death toll from the quarry mudslide in Vorland has risen to 52, the fire service said on Thursday.", "Coast Wire", new DateOnly(2025, 9, 18)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "a sourced count that 'rose' to less than a report gave two days before did not rise from it").Subject;
        SideValues(report, discrepancy).Should().Equal(52, 57);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution);
    }

    [Fact]
    public void Check_ASourcedUpdateAboveAnUnsourcedEarlierCount_StaysATimeline()
    {
        var report = ClaimChecker.Check(
        [
            new Document("tuesday", "The mudslide at the quarry in Vorland killed 52 people on Tuesday.", "Vorland Post", new DateOnly(2025, 9, 16)),
            new Document("thursday", "The death toll from the quarry mudslide in Vorland has risen to 57, the fire service said on Thursday.", "Coast Wire", new DateOnly(2025, 9, 18)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
        SideValues(report, report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject).Should().Equal(52, 57);
    }

    [Fact]
    public void Check_ASmallerCountAReportStillGivesTheDayAfterTheUpdate_DisputesTheUpdate()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "The crush at the fair in Vorland killed 30 people.", "Coast Herald", new DateOnly(2025, 8, 6)),
            new Document("late", "The toll of the crush at the fair in Vorland has risen to 40.", "Vorland Wire", new DateOnly(2025, 8, 6)),
            new Document("next", "The crush at the fair in Vorland killed 30 people, and an inquiry has been ordered.", "Ostrava Post", new DateOnly(2025, 8, 7)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(30, 40);
    }

    [Fact]
    public void Check_ASmallerCountNoLaterReportGives_StillRisesWithTheUpdate()
    {
        var report = CheckSameDay(
            "The crush at the fair in Vorland killed 30 people.",
            "The toll of the crush at the fair in Vorland has risen to 40.",
            new DateOnly(2025, 8, 6));

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "nothing says the update did not replace the 30");
    }

    [Fact]
    public void Check_ALaterReportGivingTheSmallerCountOnlyAsAnApproximation_StillRisesWithTheUpdate()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "The crush at the fair in Vorland killed 30 people.", "Coast Herald", new DateOnly(2025, 8, 6)),
            new Document("late", "The toll of the crush at the fair in Vorland has risen to 40.", "Vorland Wire", new DateOnly(2025, 8, 6)),
            new Document("next", "Nearly 30 people died in the crush at the fair in Vorland, and an inquiry has been ordered.", "Ostrava Post", new DateOnly(2025, 8, 7)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "'nearly 30' a day later is a loose restatement, not a count that stood");
    }

    [Fact]
    public void Check_ADrainingCountALaterReportGivesAtTheSmallerFigure_StaysATimeline()
    {
        var report = ClaimChecker.Check(
        [
            new Document("early", "After the landslide in Vorland, 30 people are missing.", "Coast Herald", new DateOnly(2025, 8, 6)),
            new Document("late", "The number of people missing after the landslide in Vorland has risen to 40.", "Vorland Wire", new DateOnly(2025, 8, 6)),
            new Document("next", "After the landslide in Vorland, 30 people are missing, and an inquiry has been ordered.", "Ostrava Post", new DateOnly(2025, 8, 7)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a count of the missing falls as people are found");
    }

    // Two reports published on one day, by two outlets.
    [Theory]
    [InlineData("40 people died in the floods in Chile, police said.", "The death toll from the floods in Chile rose to 90, the Red Cross said.")]
    [InlineData("40 people died in the floods in Chile, the army said.", "The death toll from the floods in Chile rose to 90, police said.")]
    public void Check_AnInstitutionNamedShortAgainstAnotherBodysUpdate_DisputeOnOneDay(string early, string late) =>
        OnlyDisputeOf(CheckSameDay(early, late, new DateOnly(2025, 8, 15)), 40, 90);

    [Theory]
    [InlineData("40 people died in the floods in Chile, police said.", "The death toll from the floods in Chile rose to 90, police said.")]
    [InlineData("40 people died in the floods in Chile, the government said.", "The death toll from the floods in Chile rose to 90, the health ministry said.")]
    [InlineData("40 people died in the floods in Chile, officials said.", "The death toll from the floods in Chile rose to 90, the Red Cross said.")]
    [InlineData("At least 40 people died in the floods in Chile, police said.", "The death toll from the floods in Chile rose to 90, the Red Cross said.")]
    [InlineData("40 people died in the floods in Chile.", "The death toll from the floods in Chile rose to 90, the Red Cross said.")]
    public void Check_OneBodyOrNoInstitutionBesideAnUpdate_StillRisesWithinTheDay(string early, string late)
    {
        var report = CheckSameDay(early, late, new DateOnly(2025, 8, 15));

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy,
            "one body's count and its update, organs of one state, 'officials', a bound the update meets or a figure no body gives do not dispute the update");
    }

    private static CheckReport CheckSameDay(string early, string late, DateOnly day) => ClaimChecker.Check(
    [
        new Document("early", early, "Coast Herald", day),
        new Document("late", late, "Vorland Wire", day),
    ]);

    // The report's one NumericDiscrepancy, with these values on its sides.
    private static void OnlyDisputeOf(CheckReport report, double low, double high)
    {
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(low, high);
    }
}
