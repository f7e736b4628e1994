using ClaimCheck.Comparison;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Comparison;

public class ValueIntervalTests
{
    private static readonly Unit Jobs = Unit.Count("jobs");

    [Theory]
    [InlineData(48d, 48.37, true)]
    [InlineData(51d, 51.2, true)]
    [InlineData(57d, 57.62, true)] // decimals cut off
    [InlineData(57d, 58d, false)]
    [InlineData(57d, 56.4, false)]
    [InlineData(48.37, 48.4, false)]
    [InlineData(3d, 3.4, true)] // below 10% only a rounding fits
    [InlineData(3d, 3.5, true)]
    [InlineData(3d, 3.8, false)]
    [InlineData(3d, 2.4, false)]
    public void Of_WholePercentage_AllowsARoundedOrCutShare(double stated, double precise, bool fits)
    {
        var interval = ValueInterval.Of(Quantity.Create(stated, Qualifier.Exact, Unit.Percent), 0.1);

        interval.Contains(precise).Should().Be(fits);
    }

    [Theory]
    [InlineData(41.7, 41.66, true)] // a share rounded to one decimal
    [InlineData(41.7, 41.78, true)] // or cut to it
    [InlineData(41.7, 41.65, true)]
    [InlineData(41.7, 41.8, false)]
    [InlineData(41.7, 41.6, false)]
    [InlineData(63.25, 63.254, true)]
    [InlineData(63.25, 63.27, false)]
    [InlineData(0.4, 0.45, false)] // the decimal is more than a tenth of the share
    public void Of_DecimalPercentage_AllowsAShareRoundedOrCutToItsLastDecimal(double stated, double precise, bool fits)
    {
        var interval = ValueInterval.Of(Quantity.Create(stated, Qualifier.Exact, Unit.Percent), 0.1);

        interval.Contains(precise).Should().Be(fits);
    }

    [Theory]
    [InlineData(4_700_000d, 4_660_000d, true)] // "4.7 million" rounds 4.66 million
    [InlineData(4_700_000d, 4_780_000d, true)] // or cuts 4.78 million
    [InlineData(4_700_000d, 4_800_000d, false)]
    [InlineData(4_700_000d, 4_640_000d, false)]
    [InlineData(38_000_000d, 38_700_000d, true)]
    [InlineData(21_000d, 21_400d, true)]
    [InlineData(14_000d, 14_400d, true)] // rounded
    [InlineData(14_000d, 14_600d, false)] // cut would be a gap of a fourteenth
    [InlineData(3_000_000d, 3_400_000d, false)] // one significant digit: a narrow reading
    [InlineData(3_000_000d, 3_010_000d, true)]
    [InlineData(9_600d, 9_640d, false)] // below 10,000 a count is exact
    public void Of_TwoDigitFigure_AllowsAFigureRoundedOrCutToIt(double stated, double precise, bool fits)
    {
        var interval = ValueInterval.Of(Quantity.Create(stated, Qualifier.Exact, Jobs), 0.1);

        interval.Contains(precise).Should().Be(fits);
    }

    [Theory]
    [InlineData(30d, 0.1, 34d, true)] // "about 30" people is a count rounded to its tens
    [InlineData(30d, 0.1, 36d, false)]
    [InlineData(30d, 0.1, 25d, false)] // half a ten rounds as readily to "about 20"
    [InlineData(30d, 0.1, 35d, false)]
    [InlineData(20d, 0.1, 23d, true)] // at most a fifth: 16 to 24, ends excluded
    [InlineData(20d, 0.1, 24d, false)]
    [InlineData(20d, 0.1, 16d, false)]
    [InlineData(10d, 0.1, 13d, false)] // "about 10": ±10% only
    [InlineData(40d, 0.0, 43d, false)] // a tolerance of 0 reads "about" as exact
    [InlineData(90d, 0.1, 98d, true)] // the tolerance is the wider
    [InlineData(35d, 0.1, 39d, false)] // not a round figure: ±10% only
    [InlineData(200d, 0.1, 228d, false)] // three digits: ±10% only
    public void Of_AboutACountRoundedToItsTens_AllowsUpToHalfATenEachWay(double stated, double tolerance, double precise, bool fits)
    {
        var interval = ValueInterval.Of(Quantity.Create(stated, Qualifier.Approximately, Jobs), tolerance);

        interval.Contains(precise).Should().Be(fits);
    }

    [Theory]
    [InlineData(30d, 34d)] // "about 30%" vs 34%: a share is not a count rounded to its tens
    [InlineData(20d, 23d)]
    public void Of_AboutARoundPercentage_KeepsTheTolerance(double stated, double precise)
    {
        ValueInterval.Of(Quantity.Create(stated, Qualifier.Approximately, Unit.Percent), 0.1).Contains(precise).Should().BeFalse();
    }

    [Theory]
    [InlineData(Qualifier.Exact, 3000d, 0.1, 3000d, 3000d, false, false)]
    [InlineData(Qualifier.Approximately, 3000d, 0.1, 2700d, 3300d, false, false)]
    [InlineData(Qualifier.Approximately, 12_000d, 0.25, 9000d, 15_000d, false, false)]
    [InlineData(Qualifier.Approximately, 500d, 0d, 500d, 500d, false, false)]
    [InlineData(Qualifier.AtLeast, 3000d, 0.1, 3000d, double.PositiveInfinity, false, false)]
    [InlineData(Qualifier.MoreThan, 3000d, 0.1, 3000d, double.PositiveInfinity, true, false)]
    [InlineData(Qualifier.AtMost, 3000d, 0.1, double.NegativeInfinity, 3000d, false, false)]
    [InlineData(Qualifier.UpTo, 3000d, 0.1, double.NegativeInfinity, 3000d, false, false)]
    [InlineData(Qualifier.LessThan, 3000d, 0.1, double.NegativeInfinity, 3000d, false, true)]
    public void Of_SingleValueQualifier_GivesInterval(Qualifier qualifier, double value, double tolerance, double low, double high, bool lowOpen, bool highOpen)
    {
        var interval = ValueInterval.Of(Quantity.Create(value, qualifier, Jobs), tolerance);

        interval.Low.Should().BeApproximately(low, 1e-9);
        interval.High.Should().BeApproximately(high, 1e-9);
        interval.LowOpen.Should().Be(lowOpen);
        interval.HighOpen.Should().Be(highOpen);
    }

    [Theory]
    [InlineData(451_000d, 450_000d, 452_000d)]
    [InlineData(2_430_000d, 2_420_000d, 2_440_000d)]
    [InlineData(450_620d, 450_620d, 450_620d)]
    [InlineData(9_000d, 9_000d, 9_000d)]
    public void Of_ExactFigureGivenToThreeSignificantDigits_AllowsOneUnitOfItsLastDigit(double value, double low, double high)
    {
        ValueInterval.Of(Quantity.Create(value, Qualifier.Exact, Jobs), 0.1).Should().Be(new ValueInterval(low, high),
            "a report rounds a precise count of tens of thousands or more to three digits; smaller and precise figures stand as given");
    }

    [Theory]
    [InlineData(400d, 750d)]
    [InlineData(2.5e9, 3e9)]
    [InlineData(10d, 12d)]
    public void Of_Range_UsesBothEndsWithoutTolerance(double low, double high)
    {
        var interval = ValueInterval.Of(Quantity.Between(low, high, Jobs), 0.5);

        interval.Should().Be(new ValueInterval(low, high));
        interval.IsBounded.Should().BeTrue();
        interval.Center.Should().Be((low + high) / 2);
    }

    [Theory]
    [InlineData(Qualifier.Exact, true)]
    [InlineData(Qualifier.Approximately, true)]
    [InlineData(Qualifier.AtLeast, false)]
    [InlineData(Qualifier.MoreThan, false)]
    [InlineData(Qualifier.AtMost, false)]
    [InlineData(Qualifier.UpTo, false)]
    [InlineData(Qualifier.LessThan, false)]
    public void IsBounded_ByQualifier_OnlyPointAndApproximateValues(Qualifier qualifier, bool bounded)
    {
        ValueInterval.Of(Quantity.Create(1000, qualifier, Jobs), 0.1).IsBounded.Should().Be(bounded);
    }

    [Theory]
    [InlineData(Qualifier.Approximately, 12_000d, Qualifier.Approximately, 3000d, false)]
    [InlineData(Qualifier.Approximately, 1000d, Qualifier.Approximately, 1150d, true)]
    [InlineData(Qualifier.Approximately, 1000d, Qualifier.Exact, 1100d, true)]
    [InlineData(Qualifier.Approximately, 1000d, Qualifier.Exact, 1101d, false)]
    [InlineData(Qualifier.AtLeast, 3000d, Qualifier.Approximately, 12_000d, true)]
    [InlineData(Qualifier.AtLeast, 3000d, Qualifier.Exact, 3000d, true)]
    [InlineData(Qualifier.MoreThan, 3000d, Qualifier.Exact, 3000d, false)]
    [InlineData(Qualifier.UpTo, 3000d, Qualifier.Approximately, 12_000d, false)]
    [InlineData(Qualifier.UpTo, 3000d, Qualifier.Exact, 3000d, true)]
    [InlineData(Qualifier.LessThan, 3000d, Qualifier.Exact, 3000d, false)]
    [InlineData(Qualifier.LessThan, 3000d, Qualifier.AtLeast, 2000d, true)]
    [InlineData(Qualifier.MoreThan, 3000d, Qualifier.LessThan, 3000d, false)]
    [InlineData(Qualifier.AtLeast, 3000d, Qualifier.AtMost, 3000d, true)]
    [InlineData(Qualifier.Exact, 1500d, Qualifier.Exact, 3000d, false)]
    public void Overlaps_TwoStatements_TrueWhenBothCanHold(Qualifier firstQualifier, double first, Qualifier secondQualifier, double second, bool expected)
    {
        var a = ValueInterval.Of(Quantity.Create(first, firstQualifier, Jobs), 0.1);
        var b = ValueInterval.Of(Quantity.Create(second, secondQualifier, Jobs), 0.1);

        a.Overlaps(b).Should().Be(expected);
        b.Overlaps(a).Should().Be(expected, "overlap is symmetric");
    }

    [Theory]
    [InlineData(Qualifier.Exact, 3000d, 3000d, true)]
    [InlineData(Qualifier.Exact, 3000d, 3001d, false)]
    [InlineData(Qualifier.Approximately, 3000d, 3300d, true)]
    [InlineData(Qualifier.Approximately, 3000d, 3301d, false)]
    [InlineData(Qualifier.Approximately, 3000d, 2700d, true)]
    [InlineData(Qualifier.AtLeast, 3000d, 3000d, true)]
    [InlineData(Qualifier.MoreThan, 3000d, 3000d, false)]
    [InlineData(Qualifier.MoreThan, 3000d, 1e12, true)]
    [InlineData(Qualifier.UpTo, 3000d, 0d, true)]
    [InlineData(Qualifier.LessThan, 3000d, 3000d, false)]
    [InlineData(Qualifier.LessThan, 3000d, 2999d, true)]
    public void Contains_Value_RespectsOpenEnds(Qualifier qualifier, double stated, double candidate, bool expected)
    {
        ValueInterval.Of(Quantity.Create(stated, qualifier, Jobs), 0.1).Contains(candidate).Should().Be(expected);
    }

    [Theory]
    [InlineData(400d, 750d, 600d, true)]
    [InlineData(400d, 750d, 750d, true)]
    [InlineData(400d, 750d, 1000d, false)]
    [InlineData(400d, 750d, 399d, false)]
    public void Overlaps_RangeAndExact_TrueInsideRange(double low, double high, double exact, bool expected)
    {
        var range = ValueInterval.Of(Quantity.Between(low, high, Jobs), 0.1);

        range.Overlaps(ValueInterval.Of(Quantity.Exactly(exact, Jobs), 0.1)).Should().Be(expected);
    }
}
