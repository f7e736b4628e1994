using ClaimCheck.Cli.Evaluation;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Evaluation;

public sealed class ClaimCheckQuantityExtractorTests
{
    private static readonly ClaimCheckQuantityExtractor Extractor = new(QuantityRecognizer.Default);

    [Fact]
    public void Extract_VaguePlural_IsTheUnitItCountsIn()
    {
        var quantities = Extractor.Extract("Storms left dozens of homes without roofs in Vorland.");

        quantities.Should().ContainSingle().Which.Should().Be(new PredictedQuantity(12, null, null, "home", "home", "="));
    }

    [Fact]
    public void Extract_RunningCountReadFromAnOrdinal_IsLeftOut()
    {
        var quantities = Extractor.Extract("Health officials in Marrowby reported a 7th death from the fever and 40 new cases.");

        quantities.Should().ContainSingle().Which.Value.Should().Be(40);
    }

    [Fact]
    public void Extract_RatePerPopulation_NamesTheCountAndGivesNoSecondQuantity()
    {
        var quantities = Extractor.Extract("The infection rate in Vorland was 2.6 per 100,000 residents.");

        quantities.Should().ContainSingle().Which.NormalizedUnit.Should().Be("per 100000 resident");
    }

    [Fact]
    public void Extract_CountedNoun_LeavesOutAWordThatOnlyEvaluatesIt()
    {
        var quantities = Extractor.Extract("Three powerful storms crossed Lindenport in a week.");

        quantities.Should().Contain(q => q.Value == 3).Which.NormalizedUnit.Should().Be("storm");
    }

    [Theory]
    [InlineData("The 20 busiest crossings in Vorland carry half the freight.", 20, "crossing")]
    [InlineData("The ferry line reported 4,210 planned sailings for the winter.", 4210, "sailing")]
    [InlineData("The clinic enrolled 812 older patients in Lindenport.", 812, "patient")]
    [InlineData("The storm flattened the valley, turning dozens of barns into rubble.", 12, "barn")]
    [InlineData("The blast killed four workers and injured 11 others.", 11, "-")]
    [InlineData("Vorland has nine of the 20 hottest towns in the region.", 20, "town")]
    [InlineData("The Orvik campus enrolled 350 fewer nursing students this year.", 350, "nursing student")]
    [InlineData("Vorland's 64 main ferry routes carried fewer cars in May.", 64, "ferry route")]
    public void Extract_CountedNoun_LeavesOutARankOrAPlanAndIsNoAgeAndOthersIsNoUnit(string text, double value, string unit)
    {
        var quantities = Extractor.Extract(text);

        quantities.Should().Contain(q => q.Value == value).Which.NormalizedUnit.Should().Be(unit);
    }

    [Theory]
    [InlineData("Doctors in Kestrel Bay logged 38 mumps cases this spring.", 38, "mumps case")]
    [InlineData("The Vorland review pooled 41 meta-analyses of diet trials.", 41, "meta-analysis")]
    public void Extract_CountedNoun_KeepsADiseaseThatEndsInSAndSingularisesAHyphenatedPlural(string text, double value, string unit)
    {
        var quantities = Extractor.Extract(text);

        quantities.Should().Contain(q => q.Value == value).Which.NormalizedUnit.Should().Be(unit);
    }

    [Theory]
    [InlineData("Lindenport logged 96 Covid-19 admissions last week.", 96, "admission")]
    [InlineData("The Vorland carrier flies seven A320 jets.", 7, "jet")]
    public void Extract_CountedNoun_LeavesOutANameWithDigits(string text, double value, string unit)
    {
        var quantities = Extractor.Extract(text);

        quantities.Should().Contain(q => q.Value == value).Which.NormalizedUnit.Should().Be(unit);
    }

    [Theory]
    [InlineData("The Vorland index fell another 6% on Tuesday.", 6, "down")]
    [InlineData("Lindenport's miners shed a further 800 jobs in May.", 800, "down")]
    [InlineData("The Ostrava plant will cut 700 more jobs next year.", 700, "=")]
    public void Extract_Increment_KeepsTheDirectionOfItsVerbUnlessMoreFollowsTheNumber(string text, double value, string change)
    {
        var quantities = Extractor.Extract(text);

        quantities.Should().Contain(q => q.Value == value).Which.Change.Should().Be(change);
    }

    [Theory]
    [InlineData("The Vorland comet is about 4 to 9 kilometres wide.", 4, "~")]
    [InlineData("Yields in Brenmoor run at an estimated 2.6 to 3.1 tonnes a hectare.", 2.6, "~")]
    [InlineData("The Lindenport bridge is 310 to 340 metres long.", 310, "=")]
    public void Extract_RangeAfterAnApproximation_IsApproximate(string text, double low, string change)
    {
        var quantities = Extractor.Extract(text);

        quantities.Should().Contain(q => q.Low == low).Which.Change.Should().Be(change);
    }

    [Theory]
    [InlineData("Lindenport pharmacies sell the cough syrup at 125 mg/5 mL.", 125, "milligram per 5 millilitre")]
    [InlineData("The Ostrava hatchback uses 24 kWh/100 mi on the highway.", 24, "kilowatt hour per 100 mile")]
    [InlineData("Flats in Brenmoor went for 21.4 million won per 3.3 square metres last spring.", 21.4e6, "south korean won per 3.3 square metre")]
    [InlineData("Shoppers in Lindenport paid 3,150 yen per 5kg for rice in May.", 3150, "japanese yen per 5 kilogram")]
    public void Extract_FigureAndUnitAfterASlash_AreWhatTheRateIsPer(string text, double value, string unit)
    {
        var quantities = Extractor.Extract(text);

        quantities.Should().ContainSingle(q => q.Value == value).Which.NormalizedUnit.Should().Be(unit);
    }

    [Theory]
    [InlineData("The Kestrel Bay ring road is 64 km/40 miles long.", 64, "kilometre", 40, "mile")]
    [InlineData("Nurses gave 20 ml/4 ml doses to adults and children.", 20, "millilitre", 4, "millilitre")]
    public void Extract_SameMeasureEitherSideOfASlash_IsTwoFiguresNotARate(string text, double first, string firstUnit, double second, string secondUnit)
    {
        var quantities = Extractor.Extract(text);

        quantities.Should().ContainSingle(q => q.Value == first).Which.NormalizedUnit.Should().Be(firstUnit);
        quantities.Should().ContainSingle(q => q.Value == second).Which.NormalizedUnit.Should().Be(secondUnit);
    }

    [Theory]
    [InlineData("Brenmoor dairies were paid 31c a litre in May.", 31, "cent per litre")]
    [InlineData("Kestrel Bay growers got 4.5c per kilogram more than last year.", 4.5, "cent per kilogram")]
    public void Extract_LowerCaseCJoinedBeforeARate_IsCents(string text, double value, string unit)
    {
        var quantities = Extractor.Extract(text);

        quantities.Should().ContainSingle(q => q.Value == value).Which.NormalizedUnit.Should().Be(unit);
    }

    [Theory]
    [InlineData("Lindenport reached 31c on Friday afternoon.")]
    [InlineData("Inland Vorland saw highs of 34c a day after the front passed.")]
    [InlineData("Brenmoor's beaches hit 29c a week ago.")]
    public void Extract_LowerCaseCWithoutARate_IsNoCents(string text)
    {
        Extractor.Extract(text).Should().NotContain(q => q.NormalizedUnit.StartsWith("cent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ostrava millers paid $2,900 a bag for seed paddy.", 2900, "dollar per bag")]
    [InlineData("Vorland wine sold for £14 a bottle at the market.", 14, "pound sterling per bottle")]
    public void Extract_PriceAPackage_IsARatePerThePackage(string text, double value, string unit)
    {
        var quantities = Extractor.Extract(text);

        quantities.Should().ContainSingle(q => q.Value == value).Which.NormalizedUnit.Should().Be(unit);
    }

    [Fact]
    public void Extract_CountOutOfACountedNoun_CountsTheNounToo()
    {
        var quantities = Extractor.Extract("Only 41 out of 57 Vorland schools met the reading target.");

        quantities.Should().Contain(q => q.Value == 41).Which.NormalizedUnit.Should().Be("school");
    }
}
