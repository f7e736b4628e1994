using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A count of none written without a figure ("nobody died") denies the figures other sources give. Texts written for these
/// tests; the places are made up.</summary>
public class ZeroCountDenialTests
{
    [Theory]
    [InlineData("The Vorland governor said no one was killed at the Lindenport toll gate.", "deaths")]
    [InlineData("Police in Lindenport, Vorland, said nobody died in the clashes.", "deaths")]
    [InlineData("The Vorland interior ministry said it had recorded no deaths in Lindenport.", "deaths")]
    [InlineData("The Vorland police denied that anyone died in Lindenport.", "deaths")]
    [InlineData("Officials in Lindenport, Vorland, said there were no injuries.", "injuries")]
    [InlineData("The Vorland army said no villagers were killed in Lindenport.", "deaths")]
    [InlineData("Not a single person died when the Lindenport depot burned, the Vorland fire service said.", "deaths")]
    [InlineData("Brenmoor officials in Vorland said not one casualty had been recorded overnight.", "casualties")]
    [InlineData("Not one of the climbers was hurt on the Brenmoor ridge in Vorland, the guides said.", "injuries")]
    [InlineData("The Vorland ministry rejected reports of deaths among the Lindenport dockers.", "deaths")]
    [InlineData("Officials in Tarnby, Ostria, said NOBODY died when the Tarnby quay gave way.", "deaths")]
    [InlineData("The Vorland army reported no civilian deaths after the raid.", "deaths")] // a modifier before the outcome: still its count
    public void Extract_ACountOfNone_IsADenialOfAnyCountOfItsOutcome(string text, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 3, 2)));

        var claim = claims.Should().ContainSingle(c => c.Quantity != null).Subject;
        claim.Polarity.Should().Be(Polarity.Negated);
        claim.Measure.Should().Be(measure);
        claim.Quantity!.Value.Value.Should().Be(0);
        claim.Attribution.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Brenmoor officials have not yet confirmed any deaths from the blast.")]
    [InlineData("No crowd in Brenmoor had ever been larger, the mayor said.")]
    [InlineData("Rescue teams in Brenmoor reported no survivors from the 40-seat ferry.")]
    [InlineData("Anyone who died in Brenmoor will be buried on Friday, the mayor said.")]
    [InlineData("No marchers in Brenmoor carried flags, the organisers said.")]
    [InlineData("Not one shop on the Brenmoor high street opened on Friday, the traders said.")]
    [InlineData("Reports of deaths in Brenmoor reached the capital late on Friday.")]
    [InlineData("None of the Brenmoor ferries sailed on Sunday, the operator said.")]
    [InlineData("None of the miners' wives was hurt when the march reached Brenmoor, the union said.")]
    [InlineData("None of the climber's companions was hurt on the Brenmoor ridge, the guides said.")]
    [InlineData("The Harwick ski hut sold no lift passes on Sunday, its manager said.")]
    [InlineData("The Kestrel Bay insurer said it had received no injury claims after the storm.")]
    [InlineData("No death certificates were issued in Brenmoor before Friday, the registrar said.")]
    public void Extract_NoneThatDeniesNoHarm_IsNoClaimOfNone(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 3, 2)));

        claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == 0);
    }

    [Fact]
    public void Check_NoOneKilled_ConflictsWithTheToll_NamingBothSides()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The Vorland governor said no one was killed at the Lindenport toll gate.", "Coast Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "At least 12 people were killed at the Lindenport toll gate in Vorland, a rights group said.", "Andes Daily", new DateOnly(2026, 3, 3)),
        ]);

        var conflict = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Subject;
        conflict.Sides.Single(s => s.Label == "affirmed").ClaimIds.Should().OnlyContain(id => id.StartsWith("b#", StringComparison.Ordinal));
        conflict.Sides.Single(s => s.Label == "denied").ClaimIds.Should().OnlyContain(id => id.StartsWith("a#", StringComparison.Ordinal));
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_AnArmysNoneOfItsOwnTroops_DoesNotDenyTheVillagersKilled()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The Vorland army said its troops suffered no casualties in the clash near Kestrel Valley.", "Coast Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "Twelve villagers were killed in the clash near Kestrel Valley in Vorland, local officials said.", "Andes Daily", new DateOnly(2026, 3, 3)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void Check_AnArmysNoneOfItsOwnTroops_ConflictsWithItsSoldiersKilled()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The Vorland army said its troops suffered no casualties in the clash near Kestrel Valley.", "Coast Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "Four soldiers were killed in the clash near Kestrel Valley in Vorland, local officials said.", "Andes Daily", new DateOnly(2026, 3, 3)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Theory]
    [InlineData("The Vorland army said its troops suffered no casualties near Kestrel Valley.", "casualties · soldiers")]
    [InlineData("Our soldiers have sustained no injuries near Kestrel Valley, a Vorland commander said.", "injuries · soldiers")]
    [InlineData("Firefighters in Kestrel Valley, Vorland, said there were no casualties.", "casualties")] // the source, not the group
    [InlineData("Police officers in Kestrel Valley, Vorland, said no one was hurt.", "injuries")]
    public void Extract_ACountOfNone_KeepsTheGroupThatBoreIt(string text, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 3, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 0).Which.Measure.Should().Be(measure);
    }

    [Fact]
    public void Check_NoSoldiersKilled_ConflictsWithACountOfSoldiersKilled()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The Vorland ministry said no soldiers were killed in the attack on the Kestrel Valley base.", "Coast Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "Thirty soldiers were killed in the attack on the Kestrel Valley base in Vorland, a local official said.", "Andes Daily", new DateOnly(2026, 3, 3)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void Check_NoneInAYearLongBefore_DeniesNothingOfTheToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Vorland recorded no deaths from tainted liquor in 2011.", "Coast Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "At least 40 people died from tainted liquor in Vorland, officials said.", "Andes Daily", new DateOnly(2026, 3, 3)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void Check_NoCasualties_ConflictsWithACountOfTheDead()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The Vorland governor said there were no casualties at the Lindenport toll gate.", "Coast Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "At least 12 people were killed at the Lindenport toll gate in Vorland, a rights group said.", "Andes Daily", new DateOnly(2026, 3, 3)),
        ]);

        var conflict = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Subject;
        conflict.Sides.Single(s => s.Label == "affirmed").ClaimIds.Should().OnlyContain(id => id.StartsWith("b#", StringComparison.Ordinal));
        conflict.Sides.Single(s => s.Label == "denied").ClaimIds.Should().OnlyContain(id => id.StartsWith("a#", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NoDeaths_DoesNotDenyACountOfTheInjured()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The Vorland governor said there were no deaths at the Lindenport toll gate.", "Coast Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "At least 12 people were injured at the Lindenport toll gate in Vorland, a rights group said.", "Andes Daily", new DateOnly(2026, 3, 3)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void Check_NoNewDeathsOnALaterDay_DoesNotDenyTheEarlierToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Officials in Kestrel Valley, Vorland, said no new deaths were reported on Friday.", "Coast Wire", new DateOnly(2026, 3, 6)),
            new Document("b", "The flood in Kestrel Valley, Vorland, killed 14 people on Tuesday, officials said.", "Andes Daily", new DateOnly(2026, 3, 4)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void Extract_NoneOfAnEruptionItsSentenceDatesWeeksBefore_TakesThatDateAsAnotherEvent()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a",
            "Officials in Vorland said 9 people have died since Mount Harrow erupted. "
            + "Nearby Mount Tolvey erupted on 20 February too, causing no casualties.", "Coast Wire", new DateOnly(2026, 3, 5)));

        var none = claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 0).Subject;
        none.Time!.Value.Start.Should().Be(new DateOnly(2026, 2, 20));
        none.OtherEvent.Should().NotBeNull();
    }

    [Fact]
    public void Extract_NoneInAClauseOfItsOwnAfterAnEarlierFlood_KeepsTheReportsDay()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a",
            "A gale tore the roofs off 80 houses in Dunmore Cove, Vorland, on Monday. "
            + "The gale arrived a month after a flood on 3 February, and no casualties have been reported yet.", "Coast Wire", new DateOnly(2026, 3, 10)));

        var none = claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 0).Subject;
        none.Time!.Value.Start.Should().NotBe(new DateOnly(2026, 2, 3), "the count of none stands in a clause of its own after \", and\"");
        none.OtherEvent.Should().BeNull();
    }

    [Fact]
    public void Check_NoneOfAnEarlierEruptionTheSentenceDates_DeniesNothingOfTheToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "At least 9 climbers were killed when Mount Harrow in Vorland erupted on Sunday, officials said. "
                + "An eruption there in June 2025 caused no casualties, the observatory noted.", "Coast Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "Mount Harrow in Vorland erupted on Sunday, killing 9 climbers, rescuers said.", "Andes Daily", new DateOnly(2026, 3, 2)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void Check_NoneOfTheReportsOwnLandslide_StillDeniesTheToll()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The Vorland governor said a landslide buried the Harrow quarry road on Tuesday, with no casualties reported.", "Coast Wire", new DateOnly(2026, 3, 3)),
            new Document("b", "At least 9 people were killed when a landslide buried the Harrow quarry road in Vorland on Tuesday, rescuers said.", "Andes Daily", new DateOnly(2026, 3, 4)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Theory]
    [InlineData("Officials in Vorland said no one died in the previous quake near Brenmoor.", "previous quake")]
    [InlineData("The Vorland governor said another blast at the Harrow depot had hurt nobody.", "another blast")]
    public void Extract_NoneOfAnotherIncidentItsClauseNames_IsThatIncidents(string text, string incident)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 3, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 0).Which.OtherEvent.Should().Be(incident);
    }

    [Fact]
    public void Extract_NoneSinceTheReportsOwnIncidentBegan_StaysTheReportsOwn()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "Officials in Vorland said no one has died since flooding began in Brenmoor.",
            "Coast Wire", new DateOnly(2026, 3, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 0).Which.OtherEvent.Should().BeNull();
    }
}
