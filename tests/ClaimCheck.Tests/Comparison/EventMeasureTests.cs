using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>An event's physical measures (a storm's winds and gusts, a quake's magnitude and depth) as outlets give them, in different
/// units and from different agencies. Texts written for these tests; the storm and its figures are made up.</summary>
public class EventMeasureTests
{
    [Fact]
    public void Check_ARateInBracketsAfterALength_IsOneWindClaimInKilometresPerHour()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Cyclone Orlen reached Ecuador on Monday with winds of up to 203 kilometres (126 miles) per hour.", "Vorland Wire", new DateOnly(2025, 3, 10)),
        ]);

        var wind = report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Unit.Kind == UnitKind.Physical).Subject;
        wind.Measure.Should().Be("wind");
        wind.Subject.Should().Be("Ecuador");
        wind.Quantity!.Value.Unit.Name.Should().Be("km/h", "the rate after the brackets applies to both figures");
        wind.Quantity.Value.Value.Should().Be(203);
    }

    [Fact]
    public void Check_TheSameWindInMilesAndKilometresPerHour_Corroborates_AndAnotherFigureInOneUnitDisagrees()
    {
        var report = ClaimChecker.Check(
        [
            new Document("us", "Cyclone Orlen struck Ecuador on Monday with winds of up to 126 mph, forecasters said.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("metric", "Cyclone Orlen hit Ecuador on Monday with winds of up to 203 km/h.", "Lindenport Daily", new DateOnly(2025, 3, 10)),
            new Document("other", "Cyclone Orlen came ashore in Ecuador on Monday with winds of 178 km/h.", "Coast Herald", new DateOnly(2025, 3, 11)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([178, 203], "the dispute is told in the figures given in one unit; 126 mph only converts to one side");
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration)
            .Which.Should().Match<Finding>(f => SideValues(report, f).SequenceEqual(new[] { 126d, 203d }));
    }

    [Fact]
    public void Check_AFigureInAnotherUnitAlone_IsNotSetAgainstOneItDoesNotConvertTo()
    {
        // Outlets round the figures they convert: 110 mph is 177 km/h, not 180.
        var report = ClaimChecker.Check(
        [
            new Document("us", "Cyclone Orlen struck Ecuador on Monday with winds of 110 mph, forecasters said.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("metric", "Cyclone Orlen hit Ecuador on Monday with winds of 180 km/h.", "Lindenport Daily", new DateOnly(2025, 3, 10)),
        ]);

        report.Claims.Where(c => c.Measure == "wind").Should().HaveCount(2);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration);
    }

    [Fact]
    public void Check_AreaBurnedInHectaresAndAcres_IsComparedInOneUnit()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Wildfire near Lindenport\n\nThe wildfire in Portugal has burned 8,400 hectares, officials said on Monday.", "Vorland Wire", new DateOnly(2025, 8, 12)),
            new Document("b", "Portugal wildfire\n\nThe fire in Portugal has scorched about 31,000 acres, the EU fire monitor said on Monday.", "Lindenport Daily", new DateOnly(2025, 8, 12)),
        ]);

        report.Claims.Where(c => c.Measure == "area burned").Should().HaveCount(2);
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        discrepancy.ClaimIds.Should().HaveCount(2, "31,000 acres is about 12,500 hectares, half as much again as 8,400");
    }

    [Fact]
    public void Check_AnAreaThatHasBurned_IsTheAreaBurned_UnlessACommaEndsItsClauseFirst()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Fires in Portugal\n\nIn Portugal 12,400 hectares have burned, the civil protection agency said on Monday.", "Vorland Wire", new DateOnly(2025, 8, 12)),
            new Document("b", "Portugal fires\n\nIn Portugal about 15,100 hectares were scorched, the EU fire monitor said on Monday.", "Lindenport Daily", new DateOnly(2025, 8, 12)),
            new Document("c", "Fire near Lindenport\n\nFirefighters in Portugal saved 900 hectares of vineyards, but the forest burned on Monday.", "Coast Herald", new DateOnly(2025, 8, 12)),
        ]);

        report.Claims.Where(c => c.Measure == "area burned").Select(c => c.Quantity!.Value.Value).Should().BeEquivalentTo([12_400d, 15_100d],
            "'burned' or 'scorched' after a verb names what the hectares measure; the vineyards saved, past a comma, are no area burned");
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([12_400, 15_100]);
    }

    [Fact]
    public void Check_SustainedWindsAndGusts_AreDifferentMeasures()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "At its peak Cyclone Orlen had sustained winds of about 152 km/h and gusts of nearly 238 km/h over Ecuador.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("local", "Cyclone Orlen lashed Ecuador with gusts of up to 238 km/h.", "Lindenport Daily", new DateOnly(2025, 3, 11)),
        ]);

        report.Claims.Select(c => c.Measure).Should().Contain(["sustained wind", "gust"]);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "152 km/h sustained and 238 km/h gusts are different measures");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && SideValues(report, f).SequenceEqual(new[] { 238d }));
    }

    [Fact]
    public void Check_GustsUpToOneFigureAndNearlyAnother_Disagree()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Cyclone Orlen lashed Ecuador with gusts of up to 215 km/h.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("local", "Cyclone Orlen brought gusts of nearly 238 km/h to Ecuador.", "Lindenport Daily", new DateOnly(2025, 3, 11)),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(215, 238);
    }

    [Fact]
    public void Check_TheQuakesDepthInKilometresAndMiles_Corroborates()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The earthquake struck Ecuador at a depth of 23 km on Friday.", "Vorland Wire", new DateOnly(2025, 3, 14)),
            new Document("us", "Friday's earthquake in Ecuador was 14 miles deep, the US Geological Survey said.", "Lindenport Daily", new DateOnly(2025, 3, 14)),
        ]);

        report.Claims.Where(c => c.Measure == "depth").Select(c => c.Subject).Should().Equal("Ecuador", "Ecuador");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && SideValues(report, f).SequenceEqual(new[] { 14d, 23d }));
    }

    [Fact]
    public void Check_MagnitudesFromTwoAgencies_DisagreeAboutTheQuakesCountry()
    {
        var report = ClaimChecker.Check(
        [
            new Document("us", "A magnitude 5.3 earthquake struck Ecuador on Friday, the US Geological Survey said.", "Vorland Wire", new DateOnly(2025, 3, 14)),
            new Document("local", "The 5.6-magnitude quake that hit Ecuador on Friday damaged hundreds of homes.", "Lindenport Daily", new DateOnly(2025, 3, 14)),
        ]);

        report.Claims.Where(c => c.Measure == "magnitudes").Select(c => c.Subject).Should().Equal("Ecuador", "Ecuador");
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(5.3, 5.6);
    }

    [Fact]
    public void Check_AnAgencyPuttingTheMagnitudeAtAFigure_GivesAMagnitudeClaim()
    {
        var report = ClaimChecker.Check(
        [
            new Document("us", "A magnitude 5.3 earthquake struck Ecuador on Friday, the US Geological Survey said.", "Vorland Wire", new DateOnly(2025, 3, 14)),
            new Document("local", "Ecuador's national seismic institute put the magnitude of Friday's earthquake at 5.6.", "Lindenport Daily", new DateOnly(2025, 3, 14)),
        ]);

        report.Claims.Should().Contain(c => c.DocumentId == "local" && c.Measure == "magnitudes" && c.Quantity!.Value.Value == 5.6);
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(5.3, 5.6);
    }

    [Fact]
    public void Check_HowFarABlastWasHeard_IsOneMeasureWhoseFiguresDisagree()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Saturday's blast at a refinery in Ecuador was heard 35 km away.", "Vorland Wire", new DateOnly(2025, 3, 15)),
            new Document("local", "On the coast, the Ecuador refinery blast was heard at a distance of 15 kilometres.", "Lindenport Daily", new DateOnly(2025, 3, 16)),
        ]);

        report.Claims.Where(c => c.Measure == "distance heard").Select(c => c.Quantity!.Value.Value).Should().BeEquivalentTo([35d, 15d]);
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(15, 35);
    }

    [Fact]
    public void Check_RainfallInMillimetresAndInches_Corroborates()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Cyclone Orlen dumped rainfall of 254 mm on Ecuador's coast in a day.", "Vorland Wire", new DateOnly(2025, 3, 11)),
            new Document("us", "Cyclone Orlen brought 10 inches of rain to Ecuador in a day, forecasters said.", "Lindenport Daily", new DateOnly(2025, 3, 11)),
        ]);

        report.Claims.Where(c => c.Measure == "rainfall").Should().HaveCount(2);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && SideValues(report, f).SequenceEqual(new[] { 10d, 254d }));
    }

    [Theory]
    [InlineData("Cyclone Orlen brought gusts of 230km/h (143mph) to Ecuador on Monday.", "gust", "km/h", 230)]
    [InlineData("The earthquake struck Ecuador on Friday at a depth of 16 kilometres (10 miles).", "depth", "km", 16)]
    [InlineData("Cyclone Orlen dumped 300 millimetres (12 inches) of rain on Ecuador on Monday.", "rainfall", "mm", 300)]
    public void Check_AFigureRestatedInBracketsInAnotherUnit_IsOneClaim(string text, string measure, string unit, double value)
    {
        var report = ClaimChecker.Check([new Document("wire", text, "Vorland Wire", new DateOnly(2025, 3, 10))]);

        var claim = report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Unit.Kind == UnitKind.Physical).Subject;
        claim.Measure.Should().Be(measure);
        claim.Quantity!.Value.Unit.Name.Should().Be(unit);
        claim.Quantity.Value.Value.Should().Be(value);
        claim.Subject.Should().Be("Ecuador");
    }

    [Theory]
    [InlineData("winds", "120 km/h", "km/h", "wind")]
    [InlineData("wind speeds", "120 km/h", "km/h", "wind")]
    [InlineData("sustained winds", "120 km/h", "km/h", "sustained wind")]
    [InlineData("wind gusts", "75 mph", "mph", "gust")]
    [InlineData("a storm surge", "7 metres", "m", "storm surge")]
    [InlineData("waves", "7 metres", "m", "wave height")]
    public void Check_TheWordsBeforeAPhysicalFigure_NameWhatItMeasures(string words, string figure, string unit, string measure)
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", $"Cyclone Orlen hit Ecuador on Monday with {words} of {figure}, forecasters said.", "Vorland Wire", new DateOnly(2025, 3, 10)),
        ]);

        report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Unit.Name == unit)
            .Which.Measure.Should().Be(measure);
    }

    [Fact]
    public void Check_WindInKnotsAndKilometresPerHour_Corroborates()
    {
        var report = ClaimChecker.Check(
        [
            new Document("sea", "Cyclone Orlen hit Ecuador on Monday with sustained winds of 100 knots, the navy said.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("land", "Cyclone Orlen hit Ecuador on Monday with sustained winds of 185 km/h.", "Lindenport Daily", new DateOnly(2025, 3, 10)),
        ]);

        report.Claims.Where(c => c.Measure == "sustained wind").Select(c => c.Quantity!.Value.Unit.Name).Should().BeEquivalentTo(["kn", "km/h"]);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && SideValues(report, f).SequenceEqual(new[] { 100d, 185d }));
    }

    [Theory]
    [InlineData("up to", true)]
    [InlineData("at most", false)]
    public void Check_UpToIsThePeakReached_WhileAtMostStaysABound(string qualifier, bool disagrees)
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", $"Cyclone Orlen struck Ecuador on Monday with winds of {qualifier} 200 km/h.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("local", "Cyclone Orlen struck Ecuador on Monday with winds of 180 km/h.", "Lindenport Daily", new DateOnly(2025, 3, 10)),
        ]);

        report.Claims.Where(c => c.Measure == "wind").Should().HaveCount(2);
        report.Findings.Any(f => f.Kind == FindingKind.NumericDiscrepancy).Should().Be(disagrees);
    }

    [Theory]
    [InlineData("about 165", "168", false)] // 2 % of 165 is 3.3: 161.7 to 168.3
    [InlineData("about 165", "172", true)]
    [InlineData("nearly 340", "335", false)] // 2 % of 340 is 6.8, more than half a unit of its last non-zero digit (5)
    [InlineData("nearly 340", "330", true)]
    [InlineData("about 200", "208", false)] // half a unit of the last non-zero digit (50) is more than 5 %: 190 to 210
    [InlineData("about 200", "212", true)]
    [InlineData("165", "166", true)] // an exact figure in the base unit is that figure
    public void Check_AboutAllowsHalfItsLastSignificantDigitWithinBounds_AndAnExactFigureNone(string first, string second, bool disagrees)
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", $"Cyclone Orlen lashed Ecuador on Monday with gusts of {first} km/h.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("local", $"Cyclone Orlen lashed Ecuador on Monday with gusts of {second} km/h.", "Lindenport Daily", new DateOnly(2025, 3, 10)),
        ]);

        report.Claims.Where(c => c.Measure == "gust").Should().HaveCount(2);
        report.Findings.Any(f => f.Kind == FindingKind.NumericDiscrepancy).Should().Be(disagrees);
        report.Findings.Any(f => f.Kind == FindingKind.Corroboration).Should().Be(!disagrees);
    }

    [Fact]
    public void Check_HowFarAQuakeWasFelt_IsNotHowFarABlastWasHeard()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The earthquake that struck Ecuador on Friday was felt 300 km away.", "Vorland Wire", new DateOnly(2025, 3, 14)),
            new Document("local", "Friday's earthquake in Ecuador was felt as far as 450 kilometres from its centre.", "Lindenport Daily", new DateOnly(2025, 3, 14)),
            new Document("radio", "Friday's earthquake in Ecuador was heard 40 km away.", "Coast Herald", new DateOnly(2025, 3, 14)),
        ]);

        report.Claims.Where(c => c.Measure == "distance felt").Select(c => c.Quantity!.Value.Value).Should().BeEquivalentTo([300d, 450d]);
        report.Claims.Where(c => c.Measure == "distance heard").Select(c => c.Quantity!.Value.Value).Should().Equal(40d);
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal(300, 450);
    }

    [Fact]
    public void Check_OnlyTheFigureRightAfterTheMagnitudeIsPutAt_IsAMagnitude()
    {
        var report = ClaimChecker.Check(
        [
            new Document("local", "Ecuador's seismic institute put the magnitude of Friday's earthquake at 5.1 and its depth at 12.", "Lindenport Daily", new DateOnly(2025, 3, 14)),
        ]);

        report.Claims.Where(c => c.Measure == "magnitudes").Select(c => c.Quantity!.Value.Value).Should().Equal(5.1);
        report.Claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == 12, "a bare 12 after another figure names no magnitude");
    }

    [Theory]
    [InlineData("Winds battered a 100 km stretch of the coast of Ecuador on Monday.", "Winds reached 160 km inland in Ecuador on Monday.")]
    [InlineData("Heavy rain washed away 20 km of roads in Ecuador on Monday.", "Heavy rains flooded 50 km of coastline in Ecuador on Monday.")]
    public void Check_AFigureInAUnitTheMeasureDoesNotTake_IsNotThatMeasure(string first, string second)
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", first, "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("local", second, "Lindenport Daily", new DateOnly(2025, 3, 10)),
        ]);

        report.Claims.Should().NotContain(c => c.Measure == "wind" || c.Measure == "rainfall", "a length is neither a wind speed nor a rainfall");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_GustsRecordedInAnotherCountry_AreThatCountrys()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Cyclone Orlen lashed Ecuador on Monday with gusts of 180 km/h. In neighbouring Peru, gusts of 90 km/h were recorded.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("local", "Cyclone Orlen hit Ecuador on Monday with gusts of 180 km/h.", "Lindenport Daily", new DateOnly(2025, 3, 10)),
        ]);

        report.Claims.Where(c => c.Measure == "gust").Select(c => (c.Subject, c.Quantity!.Value.Value))
            .Should().BeEquivalentTo([("Ecuador", 180d), ("Peru", 90d), ("Ecuador", 180d)]);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_AFigureTooLargeForAMagnitude_IsNotPutAtOne()
    {
        var report = ClaimChecker.Check(
        [
            new Document("local", "Officials in Ecuador put the magnitude of the damage at 300 on Friday.", "Lindenport Daily", new DateOnly(2025, 3, 14)),
        ]);

        report.Claims.Should().NotContain(c => c.Measure == "magnitudes");
    }

    [Fact]
    public void Check_ABracketedFigureOfAnotherDimension_IsAClaimOfItsOwn()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Cyclone Orlen hit Ecuador on Monday with gusts of 150 km/h (3 km offshore).", "Vorland Wire", new DateOnly(2025, 3, 10)),
        ]);

        report.Claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Unit.Name == "km" && c.Quantity.Value.Value == 3);
    }

    [Fact]
    public void Check_RainfallForecastersWarnedOf_IsAForecast_NotTheRainThatFell()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Forecasters in Ecuador warned of up to 200 mm of rain from Cyclone Orlen on Monday.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("local", "Cyclone Orlen brought 120 mm of rain to Ecuador on Monday.", "Lindenport Daily", new DateOnly(2025, 3, 11)),
        ]);

        report.Claims.Should().ContainSingle(c => c.Measure == "rainfall" && c.Modality == Modality.Forecast);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Theory]
    [InlineData("An estimated 2,100 tons of diesel leaked from the barge Kestrel into the bay, the port authority said on Tuesday.", 2100, "ton")]
    [InlineData("The port authority put the spill from the barge Kestrel at 14,000 barrels on Tuesday.", 14000, "bbl")]
    [InlineData("About 600 tonnes of crude were spilled when the barge Kestrel ran aground, officials said on Tuesday.", 600, "t")]
    public void Check_AQuantityOfOilSpilled_IsTheAmountSpilledOfTheEventsCountry(string sentence, double value, string unit)
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", $"Oil spill off Ecuador\n\n{sentence}", "Vorland Wire", new DateOnly(2025, 3, 11)),
        ]);

        var spilled = report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Unit.Name == unit).Subject;
        spilled.Measure.Should().Be("amount spilled");
        spilled.Quantity!.Value.Value.Should().Be(value);
        spilled.Subject.Should().Be("Ecuador");
    }

    [Theory]
    [InlineData("The barge Kestrel was carrying 9,000 tonnes of diesel when it ran aground off Ecuador on Tuesday.")]
    [InlineData("The barge Kestrel held 9,000 tonnes of diesel, of which a third leaked off Ecuador on Tuesday.")]
    [InlineData("Some 3,000 tonnes of donated grain poured into the port of Ecuador's Kestrel Bay on Tuesday.")]
    public void Check_ACargoWithNoWordOfSpilling_IsNoAmountSpilled(string sentence)
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", sentence, "Vorland Wire", new DateOnly(2025, 3, 11)),
        ]);

        report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Unit.Name == "t")
            .Which.Measure.Should().NotBe("amount spilled");
    }

    [Fact]
    public void Check_TonsAndTonnesSpilled_AreComparedInOneUnit()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Oil spill off Ecuador\n\nAbout 2,100 tons of diesel leaked from the barge Kestrel, the port authority said on Tuesday.", "Vorland Wire", new DateOnly(2025, 3, 11)),
            new Document("b", "Ecuador spill\n\nThe ministry put the leak from the barge Kestrel at 1,500 tonnes on Tuesday.", "Lindenport Daily", new DateOnly(2025, 3, 11)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy)
            .Which.Should().Match<Finding>(f => SideValues(report, f).SequenceEqual(new[] { 1500d, 2100d }));
    }

    [Fact]
    public void Check_ASecondFigureInTheSameUnit_TakesTheMeasureOfTheFirst()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Oil spill off Ecuador\n\nThe spill from the barge Kestrel came to 14,000 barrels, twice the first estimate of 7,000 barrels, the ministry said on Tuesday.", "Vorland Wire", new DateOnly(2025, 3, 11)),
        ]);

        report.Claims.Where(c => c.Measure == "amount spilled").Select(c => c.Quantity!.Value.Value).Should().BeEquivalentTo([14000d, 7000d]);
    }

    [Theory]
    [InlineData("The quake was 18 km deep and its epicentre lay 40 km west of Lindenport.", 40)]
    [InlineData("A tremor struck 9 miles deep under Brenmoor on Sunday, some 130 miles south of Lindenport.", 130)]
    public void Check_ALengthFromAPlaceAfterADepth_IsADistance_NotASecondDepth(string sentence, double value)
    {
        var claims = ClaimChecker.Check([new Document("wire", sentence, "Vorland Wire", new DateOnly(2025, 3, 11)) { Place = "Vorland" }]).Claims;

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == value).Which.Measure.Should().Be("distance · from lindenport");
        claims.Should().ContainSingle(c => c.Measure == "depth");
    }

    [Fact]
    public void Check_ALengthFromAPlaceNoNameGives_DoesNotTakeTheDepthBeforeIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Seismologists said the tremor hit 12 km deep in the hills, some 5 km from the nearest village.", "Vorland Wire", new DateOnly(2025, 3, 11)) { Place = "Vorland" },
            new Document("daily", "The tremor was 12 km deep, the agency said.", "Lindenport Daily", new DateOnly(2025, 3, 11)) { Place = "Vorland" },
        ]);

        report.Claims.Where(c => c.Measure == "depth").Select(c => c.Quantity!.Value.Value).Should().Equal(12d, 12d);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "5 km from a village is no depth");
    }

    [Fact]
    public void Check_ALengthADirectionFromAnUnnamedPlace_DoesNotTakeTheDepthBeforeIt()
    {
        var claims = ClaimChecker.Check([new Document("wire", "The tremor hit 12 km deep in the hills, 5 km west from the nearest village.", "Vorland Wire", new DateOnly(2025, 3, 11)) { Place = "Vorland" }]).Claims;

        claims.Where(c => c.Measure == "depth").Select(c => c.Quantity!.Value.Value).Should().Equal([12d], "5 km west from a village is no depth");
    }

    [Fact]
    public void Check_AQuakesMagnitudeInAReportNamingOnlyARegion_IsTheRegionsCountrys()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Tremor rattles Hokkaido\n\nSeismographs recorded a magnitude 5.8 tremor under eastern Hokkaido early on Sunday.", "Vorland Wire", new DateOnly(2025, 3, 11)),
            new Document("daily", "A magnitude 5.8 quake shook Japan on Sunday morning, the weather agency said.", "Lindenport Daily", new DateOnly(2025, 3, 11)),
        ]);

        report.Claims.Where(c => c.Measure == "magnitudes").Select(c => c.Subject).Should().Equal("Japan", "Japan");
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration);
    }

    [Fact]
    public void Check_AMagnitudeOfAQuakeDatedWeeksBeforeTheLeadsDay_IsAnEarlierQuakes_NotSetAgainstTheStorys()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Forty people died when southern Peru was hit by a 5.7-magnitude tremor late on Friday. Seismologists recalled that a 5.3-magnitude tremor had rattled the capital on 1 March without causing harm.", "Vorland Wire", new DateOnly(2025, 3, 15)),
            new Document("daily", "Friday's 5.7-magnitude tremor in Peru killed 40 people, officials said.", "Lindenport Daily", new DateOnly(2025, 3, 15)),
        ]);

        report.Findings.SelectMany(f => SideValues(report, f)).Should().NotContain(5.3, "the quake of 1 March is another one the report recalls");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && SideValues(report, f).Contains(5.7));
    }
}
