using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public class QuantityValueTests
{
    [Theory]
    [InlineData("75000000", 75000000d, 75000000d, false)]
    [InlineData("2.1", 2.1, 2.1, false)]
    [InlineData("-5", -5d, -5d, false)]
    [InlineData("1E-05", 1e-5, 1e-5, false)]
    [InlineData("1e-05", 1e-5, 1e-5, false)]
    [InlineData("40-50", 40d, 50d, true)]
    [InlineData("4-5.6", 4d, 5.6, true)]
    [InlineData("-5--2", -5d, -2d, true)]
    [InlineData("1.-2", 1d, 2d, true)]
    [InlineData("3.0 - 4.0", 3d, 4d, true)]
    [InlineData(" 3 - 4 ", 3d, 4d, true)]
    [InlineData("2.5E+06", 2.5e6, 2.5e6, false)]
    [InlineData("1e9-2e9", 1e9, 2e9, true)]
    [InlineData("-5 - -2", -5d, -2d, true)]
    public void TryParse_NewsQuantValue_ReadsNumberOrRange(string text, double low, double high, bool isRange)
    {
        QuantityValue.TryParse(text, out var value).Should().BeTrue();

        value.Low.Should().Be(low);
        value.High.Should().Be(high);
        value.IsRange.Should().Be(isRange);
    }

    [Theory]
    [InlineData("")]
    [InlineData("five")]
    [InlineData("40-")]
    [InlineData("40-fifty")]
    [InlineData("1,000")]
    [InlineData("3 - ")]
    [InlineData("- 4")]
    public void TryParse_NotANumber_ReturnsFalse(string text) =>
        QuantityValue.TryParse(text, out _).Should().BeFalse();

    [Theory]
    // |gold - predicted| <= 1e-8 + 1e-5 * |predicted|: for predicted 1,000,005 the bound is 10.00005.
    [InlineData(1_000_000d, 1_000_005d, true)]
    // for predicted 1,000,011 the bound is 10.00011 < 11.
    [InlineData(1_000_000d, 1_000_011d, false)]
    [InlineData(0d, 1e-9, true)]
    [InlineData(0d, 1e-7, false)]
    [InlineData(-20d, -20d, true)]
    [InlineData(2.1, 2.1000000001, true)]
    public void Matches_SingleValues_UsesNumpyIsCloseTolerance(double gold, double predicted, bool expected) =>
        QuantityValue.Single(gold).Matches(QuantityValue.Single(predicted)).Should().Be(expected);

    [Fact]
    public void Matches_RangeAgainstRangeOrSingle_NeedsBothEndsAndBothRanges()
    {
        var gold = QuantityValue.Range(40, 50);

        gold.Matches(QuantityValue.Range(40, 50)).Should().BeTrue();
        gold.Matches(QuantityValue.Range(40, 51)).Should().BeFalse();
        gold.Matches(QuantityValue.Single(40)).Should().BeFalse();
        QuantityValue.Single(40).Matches(QuantityValue.Range(40, 40)).Should().BeFalse();
    }

    [Fact]
    public void ToString_SingleAndRange_IsNewsQuantForm()
    {
        QuantityValue.Single(75000000).ToString().Should().Be("75000000");
        QuantityValue.Single(2.5).ToString().Should().Be("2.5");
        QuantityValue.Range(40, 50).ToString().Should().Be("40-50");
        QuantityValue.Range(-5, -2).ToString().Should().Be("-5--2");
    }
}
