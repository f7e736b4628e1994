using ClaimCheck.Comparison;
using ClaimCheck.Documents;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Disaster reports as several outlets write them over days: the night an event happened, tolls that rise, counts for a part
/// of the area, and figures of another event. Texts written for these tests; the places are made up.</summary>
public class DisasterTollTests
{
    [Fact]
    public void Check_OneReportGivingAnEarlierDaysCountAndALargerLaterOne_TellsARiseNotADispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Vorland's disaster office reported 14 deaths on 10 March after the quake near Kestrel Bay. On Thursday evening Vorland's president said the toll stood at about 16.", "Vorland Wire", new DateOnly(2025, 3, 14)) { Place = "Vorland" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the report itself tells the count rising from Monday to Thursday");
        report.Findings.Where(f => f.Kind == FindingKind.Evolution).SelectMany(f => SideValues(report, f)).Should().Contain([14, 16]);
    }

    [Fact]
    public void Check_FiguresOfAnotherNamedStormRecalledInTheStory_AreNotCompared()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Cyclone Orlen has killed at least 63 people in Vorland. Orlen struck only 12 days after Tropical Cyclone Vessa killed 17 people and displaced more than 26,000.", "Vorland Wire", new DateOnly(2025, 3, 11)) { Place = "Vorland" },
            new Document("daily", "Cyclone Orlen's toll in Vorland rose to 63. Orlen was compared with Cyclone Brenna, which killed at least 230 people in 1987; Cyclone Vessa killed 17 earlier this month.", "Lindenport Daily", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
            new Document("radio", "Vorland's weather office compared Cyclone Orlen with Cyclone Brenna, which killed at least 230 people in 1987. Orlen has killed 58 people so far.", "Radio Lindenport", new DateOnly(2025, 3, 12)) { Place = "Vorland" },
        ]);

        var values = report.Findings.Where(f => f.Kind is FindingKind.NumericDiscrepancy or FindingKind.Corroboration or FindingKind.Evolution).SelectMany(f => SideValues(report, f)).ToList();
        values.Should().NotContain([17, 26_000, 230], "the other storms' figures are background, not the story's");
        values.Should().Contain(63, "the story's own storm is still compared");
        report.NotCompared.Where(n => n.Reason == NotComparedReason.OtherEvent).Select(n => report.Claims.Single(c => c.Id == n.ClaimId).OtherEvent)
            .Should().BeEquivalentTo(["Vessa", "Vessa", "Vessa", "Brenna", "Brenna"]);
    }

    [Fact]
    public void Check_AnEarlierAccidentRecalledWithItsDate_IsNotSetAgainstTheStorysToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Floodwaters swept through Kestrel Bay in Vorland on Monday, and 61 people died, the civil defence said. Earlier this spring, on May 20, a ferry accident on the Brenmoor river killed 9 passengers.", "Vorland Wire", new DateOnly(2025, 6, 10)),
            new Document("daily", "Monday's floods in Kestrel Bay killed 75 people, the Vorland Red Cross said on Tuesday. Officials have recalled that in late May a landslide near Lindenport killed 4 people.", "Lindenport Daily", new DateOnly(2025, 6, 11)),
        ]);

        var values = report.Findings.SelectMany(f => SideValues(report, f)).ToList();
        values.Should().Contain([61, 75], "the floods' own tolls are compared");
        values.Should().NotContain([9, 4], "May's accidents are other events, dated weeks before the day the leads report");
        report.NotCompared.Where(n => n.Reason == NotComparedReason.OtherEvent).Select(n => report.Claims.Single(c => c.Id == n.ClaimId).OtherEvent)
            .Should().BeEquivalentTo(["May 20", "late May"]);
    }

    [Fact]
    public void Check_AnIncidentBroughtInWithADateWeeksBeforePublication_IsAnotherEventWhenTheLeadNamesNoDay()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "A quarry wall gave way at Kestrel Bay in Vorland, and 27 workers died, the mines office said. On 3 April, a tunnel collapse at a pit near Brenmoor killed 6 miners.", "Vorland Wire", new DateOnly(2025, 4, 24)),
            new Document("daily", "The quarry wall that fell at Kestrel Bay in Vorland killed 31 workers, a union leader said.", "Lindenport Daily", new DateOnly(2025, 4, 24)),
        ]);

        var values = report.Findings.SelectMany(f => SideValues(report, f)).ToList();
        values.Should().Contain([27, 31], "the quarry's own tolls are compared");
        values.Should().NotContain(6, "the tunnel collapse the sentence brings in, three weeks before publication, is another event");
        report.NotCompared.Where(n => n.Reason == NotComparedReason.OtherEvent).Select(n => report.Claims.Single(c => c.Id == n.ClaimId).OtherEvent)
            .Should().BeEquivalentTo(["3 April"]);
    }

    [Fact]
    public void Check_AQuakeOfAnEarlierYearRecalledByItsYear_IsNotSetAgainstTheStorysToll_WhenTheLeadNamesNoDay()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "A strong earthquake in western Vorland has killed at least 131 people. The 2016 quake killed about 7,000 people.", "Vorland Wire", new DateOnly(2024, 11, 4)),
            new Document("daily", "An earthquake in western Vorland has killed 131 people, police said.", "Lindenport Daily", new DateOnly(2024, 11, 4)),
        ]);

        report.Findings.SelectMany(f => SideValues(report, f)).Should().NotContain(7000, "a quake of eight years before is another event, not the report's own");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_CrowdsOfEarlierGatheringsRecalledByTheirYearOrMonth_AreNotSetAgainstEachOther()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "About 90,000 people marched through Lindenport on Saturday, the organisers said. In 2023, the city's teachers' march drew 310,000 people.", "Vorland Wire", new DateOnly(2024, 5, 12)) { Place = "Vorland" },
            new Document("daily", "Some 60,000 people marched through Lindenport on Saturday, police said. The largest rally the city has seen, in March 2023, brought out about 150,000 people.", "Lindenport Daily", new DateOnly(2024, 5, 12)) { Place = "Vorland" },
        ]);

        var values = report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).SelectMany(f => SideValues(report, f)).ToList();
        values.Should().Contain([60_000, 90_000], "Saturday's crowd is still compared");
        values.Should().NotContain([150_000, 310_000], "the crowds of 2023 are other gatherings the reports recall");
        report.NotCompared.Where(n => n.Reason == NotComparedReason.OtherEvent).Select(n => report.Claims.Single(c => c.Id == n.ClaimId).Quantity!.Value.Value)
            .Should().BeEquivalentTo([310_000d, 150_000d]);
    }

    [Fact]
    public void Check_ACrowdCountedOnTheDayTheLeadReports_IsNotAnEarlierGathering()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "About 90,000 people marched through Lindenport on Saturday, 11 May, the organisers said.", "Vorland Wire", new DateOnly(2024, 5, 14)) { Place = "Vorland" },
            new Document("daily", "On 11 May some 60,000 people marched through Lindenport, police said.", "Lindenport Daily", new DateOnly(2024, 5, 20)) { Place = "Vorland" },
        ]);

        report.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.OtherEvent, "both reports count the one march of 11 May");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && SideValues(report, f).SequenceEqual(new[] { 60_000d, 90_000d }));
    }

    [Fact]
    public void Check_AnIncidentToldWeeksLaterBeforeAnyToll_IsTheReportsOwnEvent()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police charged the owner of the Brenmoor quarry in Vorland. On 3 April, a collapse at the quarry killed 9 workers.", "Vorland Wire", new DateOnly(2025, 4, 24)),
        ]);

        report.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.OtherEvent, "the report gave no toll of its own before: the collapse is its story");
    }

    [Fact]
    public void Check_ADateWeeksBeforePublicationWithNoIncidentBroughtIn_StaysTheStorysCount()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Vorland's army said it had killed 140 fighters around Brenmoor from 3 April onwards.", "Vorland Wire", new DateOnly(2025, 4, 24)),
        ]);

        report.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.OtherEvent, "no incident of its own is brought in");
    }

    [Fact]
    public void Check_ARunningTollCountedFromADayWeeksBeforeTheLead_IsStillTheStorysToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Rescuers searched the rubble in Brenmoor in Vorland on Friday. The earthquake that struck on Feb. 22 has killed 240 people, officials said.", "Vorland Wire", new DateOnly(2025, 3, 8)),
            new Document("daily", "Rescuers searched the rubble in Brenmoor in Vorland on Friday. The earthquake has killed 310 people, the Red Cross said.", "Lindenport Daily", new DateOnly(2025, 3, 8)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && SideValues(report, f).Contains(240) && SideValues(report, f).Contains(310),
            "a toll in the perfect counts everything up to the report, whenever the event began");
        report.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.OtherEvent);
    }

    [Fact]
    public void Check_ATollCountedFromTheEventsFirstDayAWeekEarlier_IsStillTheStorysToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Floods swept through Kestrel Bay in Vorland on Friday. The floods that began on March 3 have killed 40 people, officials said.", "Vorland Wire", new DateOnly(2025, 3, 8)),
            new Document("daily", "Rescuers searched Kestrel Bay in Vorland on Friday for the missing. The floods have killed 55 people, the Red Cross said.", "Lindenport Daily", new DateOnly(2025, 3, 8)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && SideValues(report, f).Contains(40) && SideValues(report, f).Contains(55),
            "a toll since the floods began four days before the lead's day is the same event's");
    }

    [Fact]
    public void Check_ADocumentNamingOneStorm_KeepsItsFiguresWhateverTheStormsName()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Hurricane Vessa killed 17 people in Vorland, officials said.", "Vorland Wire", new DateOnly(2025, 3, 11)),
            new Document("daily", "Vessa has killed 17 people in Vorland, the government said.", "Lindenport Daily", new DateOnly(2025, 3, 12)),
        ]);

        report.Claims.Should().OnlyContain(c => c.OtherEvent == null);
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && SideValues(report, f).Contains(17));
    }

    [Fact]
    public void Check_TheDayATollWasRevisedOnBesideTheEventsDay_IsNoDateMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "An explosion at a hospital in Lindenport killed at least 90 people on Tuesday evening, officials said.", "Vorland Wire", new DateOnly(2025, 3, 11)),
            new Document("later", "The health ministry on Wednesday revised the toll from the hospital explosion in Lindenport to 84 dead.", "Lindenport Daily", new DateOnly(2025, 3, 12)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.DateMismatch, "Wednesday is when the toll was revised, not when the explosion happened");
    }

    [Theory]
    [InlineData("Investigators in Vorland on Thursday blamed a cracked rail for the train crash near Kestrel Bay.")]
    [InlineData("By Thursday, a ninth death from the train crash near Kestrel Bay had been recorded by doctors in Brenmoor.")]
    [InlineData("Inspectors said on Thursday that the victims of the train crash near Kestrel Bay had all been named.")]
    public void Check_ADateOfAnotherVerbBesideACrashNamedInsideAPhrase_IsNoDateMismatch(string later)
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "A passenger train crashed near Kestrel Bay in Vorland on Monday, killing eight people.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("later", later, "Lindenport Daily", new DateOnly(2025, 3, 13)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.DateMismatch, "Thursday dates the statement, not the crash it speaks of");
    }

    [Theory]
    [InlineData("Inspectors named the cause of Tuesday's train crash near Kestrel Bay.")]
    [InlineData("Nine people died in the train crash near Kestrel Bay on Tuesday, inspectors said.")]
    public void Check_ADateOfTheCrashsOwnPhrase_StillDatesIt(string later)
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "A passenger train crashed near Kestrel Bay in Vorland on Monday, killing eight people.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("later", later, "Lindenport Daily", new DateOnly(2025, 3, 13)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.DateMismatch, "a day given to the crash itself is compared with the other report's day");
    }

    [Theory]
    [InlineData("On Monday, nine passengers died in a coach crash outside Lindenport, the fire service said.", "A coach crashed outside Lindenport in Vorland on Tuesday, killing nine passengers.")]
    [InlineData("Nine miners died on Monday in an explosion at a coal pit near Brenmoor.", "An explosion at a coal pit near Brenmoor in Vorland killed nine miners on Tuesday.")]
    [InlineData("Nine workers died in an explosion at a chemical plant on the northern edge of Lindenport on Monday.", "An explosion at a chemical plant in Lindenport killed nine workers on Tuesday.")]
    public void Check_AnEventNounAfterTheVerbOfItsDeaths_TakesTheSentencesDate(string first, string later)
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", first, "Vorland Wire", new DateOnly(2025, 3, 12)),
            new Document("later", later, "Lindenport Daily", new DateOnly(2025, 3, 12)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.DateMismatch, "'died in a crash' is no phrase another word governs: Monday dates the event");
    }

    [Theory]
    [InlineData("Blast at Brenmoor chemical plant\n\nMarch 13 (Vorland Wire) -- Twelve workers were killed in an explosion at a chemical plant in Brenmoor, officials said.")]
    [InlineData("Blast at Brenmoor chemical plant\n\nLINDENPORT, March 13 (Kestrel News) - Twelve workers were killed in an explosion at a chemical plant in Brenmoor.")]
    [InlineData("Blast at Brenmoor chemical plant\n\nLINDENPORT, MARCH 13, KESTRELPRESS. Twelve workers were killed in an explosion at a chemical plant in Brenmoor.")]
    public void Check_ADatelinesDateBesideTheEventsDay_IsNoDateMismatch(string later)
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "An explosion at a chemical plant in Brenmoor killed 12 workers on Tuesday, officials said.", "Brenmoor Daily", new DateOnly(2025, 3, 11)),
            new Document("later", later, "Vorland Wire", new DateOnly(2025, 3, 13)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.DateMismatch, "a dateline dates the report, not the explosion");
    }

    [Theory]
    [InlineData("Update, 14 March, 08:20: twelve workers were killed in the explosion at a chemical plant in Brenmoor, officials said.")]
    [InlineData("Updated 14 March - Twelve workers were killed in the explosion at a chemical plant in Brenmoor.")]
    public void Check_ALiveReportsUpdateStampBesideTheEventsDay_IsNoDateMismatch(string later)
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "An explosion at a chemical plant in Brenmoor killed 12 workers on Thursday, officials said.", "Brenmoor Daily", new DateOnly(2025, 3, 13)),
            new Document("live", later, "Vorland Wire", new DateOnly(2025, 3, 13)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.DateMismatch, "an update stamp dates the entry, not the explosion");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration, "both reports give the same 12 dead of one explosion");
    }

    [Fact]
    public void Check_ATimelinesDatedEntry_StillDatesTheEvent()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "An explosion at a chemical plant in Brenmoor killed 12 workers on Thursday, officials said.", "Brenmoor Daily", new DateOnly(2025, 3, 13)),
            new Document("timeline", "How the week unfolded.\n\n11 March: an explosion at a chemical plant in Brenmoor killed 12 workers.", "Vorland Wire", new DateOnly(2025, 3, 16)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.DateMismatch, "a timeline's entry with no update word dates what it tells");
    }

    [Fact]
    public void Check_EarlySaturdayAndTheNightBetweenFridayAndSaturday_IsNoDateMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "A bus crashed into a truck early on Saturday near Lindenport, killing 20 people.", "Vorland Wire", new DateOnly(2025, 3, 15)),
            new Document("local", "The crash happened in the early hours between Friday (14) and Saturday (15) near Lindenport.", "Lindenport Daily", new DateOnly(2025, 3, 16)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.DateMismatch, "the night between Friday and Saturday holds early Saturday");
    }

    [Fact]
    public void Check_InjuredInASecondQuakeDaysLater_AreNotSetAgainstTheFirstQuakesInjured()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Sunday's earthquake near Lindenport injured 2,000 people, the Vorland disaster agency said.", "Vorland Wire", new DateOnly(2025, 5, 4)),
            new Document("agency", "The Vorland disaster agency said 2,000 people were injured in the earthquake near Lindenport.", "Lindenport Daily", new DateOnly(2025, 5, 5)),
            new Document("later", "Some 40 people were injured in Tuesday's quake near Lindenport, days after Sunday's quake.", "Coast Herald", new DateOnly(2025, 5, 8)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy && SideValues(report, f).Contains(40), "the 40 were injured in another quake");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && SideValues(report, f).SequenceEqual(new[] { 2000d }));
    }

    [Fact]
    public void Check_DiplomatsCountAgainstTheOfficialCountTheyCite_IsADiscrepancyWithTheOfficialSide()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Diplomats said at least 75 Moroccans died in the heat in Lindenport, against an official toll of 52 dead.", "Vorland Wire", new DateOnly(2025, 6, 18)),
            new Document("local", "Morocco's foreign ministry said 52 Moroccan pilgrims had died in the heat in Lindenport.", "Rabat Daily", new DateOnly(2025, 6, 18)),
        ]);

        var official = report.Claims.Single(c => c.DocumentId == "wire" && c.Quantity?.Value == 52);
        official.Attribution!.Organization.Should().Be("authorities", "the official toll is not the diplomats' own count");
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(52, 75);
    }

    [Fact]
    public void Check_ACountStatedOfficiallyBeforeARightsGroupsCount_IsTheAuthoritiesAgainstTheGroup()
    {
        var report = ClaimChecker.Check(
        [
            new Document("weekly", "The riots in Vorland officially left 14 dead, but the Brenmoor Watch group has reported 37 dead.", "Coast Herald", new DateOnly(2025, 3, 14)),
            new Document("wire", "The Brenmoor Watch group said on Thursday that 37 people died in the riots in Vorland, more than the official count of 14.", "Vorland Wire", new DateOnly(2025, 3, 13)),
            new Document("daily", "The riots in Vorland officially left 14 dead.", "Lindenport Daily", new DateOnly(2025, 3, 13)),
        ]);

        var official = report.Claims.Single(c => c.DocumentId == "weekly" && c.Quantity?.Value == 14);
        official.Attribution!.Organization.Should().Be("authorities", "'officially' gives the figure as the authorities' own, not the group's named after 'but'");
        report.Claims.Single(c => c.DocumentId == "daily" && c.Quantity?.Value == 14).Attribution!.Organization.Should().Be("authorities");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && SideValues(report, f).SequenceEqual(new[] { 14d, 37d }));
    }

    [Fact]
    public void Check_ASourceNamedBeforeOfficially_KeepsTheFigure()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The Brenmoor Watch group officially reported 37 dead in the riots in Vorland on Thursday.", "Vorland Wire", new DateOnly(2025, 3, 13)),
        ]);

        report.Claims.Single(c => c.Quantity?.Value == 37).Attribution!.Organization.Should().Be("Brenmoor Watch group");
    }

    [Theory]
    [InlineData("The clashes in Ostrava officially left 23 dead, the Vorland Interior Ministry said on Friday.", 23, "Vorland Interior Ministry")]
    [InlineData("The floods in Kestrel Bay officially killed 19 people, while the Brenmoor Relief Fund said on Friday that 31 had died.", 19, "authorities")]
    [InlineData("The new Lindenport tram line was officially opened with 17 stations on Friday, the company said.", 17, "company")]
    [InlineData("The Brenmoor Party officially registered 4 million members last year.", 4000000, null)]
    [InlineData("Ostrava Motors officially employs 2,600 people at its two plants.", 2600, null)]
    [InlineData("Cyclone Vessa has not officially claimed 9 lives, though rescuers in Kestrel Bay fear more.", 9, null)]
    public void Check_AFigureStatedOfficially_IsTheAuthoritiesOnlyForATollWithNoSourceInItsClause(string text, double value, string? organization)
    {
        var report = ClaimChecker.Check([new Document("wire", text, "Vorland Wire", new DateOnly(2025, 3, 13))]);

        var claim = report.Claims.Single(c => c.Quantity?.Value == value);
        (claim.Attribution?.Organization).Should().Be(organization);
    }

    [Fact]
    public void Check_AStormTheHeadlineNamesOnAnAnniversaryOfAnother_KeepsItsOwnToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Hurricane Vessa hits Vorland on Brenna anniversary\n\nHurricane Vessa killed 4 people in Vorland on Sunday, 16 years to the day after Hurricane Brenna. Levees built after Brenna held, officials said. Brenna killed more than 1,300 people.", "Vorland Wire", new DateOnly(2025, 8, 30)),
            new Document("daily", "Hurricane Vessa killed 9 people in Vorland on Sunday, officials said.", "Lindenport Daily", new DateOnly(2025, 8, 30)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "the headline's storm is the story's, however often another is recalled");
    }

    [Fact]
    public void Check_AnotherStormNamedInAnAsideBeforeTheToll_DoesNotTakeTheToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Hurricane Vessa battered Vorland. Like Hurricane Brenna, which hit Vorland last year, the storm killed 40 people, officials said.", "Vorland Wire", new DateOnly(2025, 8, 30)),
            new Document("daily", "Hurricane Vessa killed 25 people in Vorland, the government said.", "Lindenport Daily", new DateOnly(2025, 8, 30)),
        ]);

        report.Claims.Single(c => c.Quantity is { Value: 40 }).OtherEvent.Should().BeNull("an aside on another storm ends before the toll");
    }
}
