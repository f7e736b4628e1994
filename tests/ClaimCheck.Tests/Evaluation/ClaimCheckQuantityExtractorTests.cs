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
}
