using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public class PrecisionRecallF1Tests
{
    [Fact]
    public void FromCounts_PartialMatch_IsHarmonicMean()
    {
        // P = 2/4 = 0.5, R = 2/8 = 0.25, F1 = 2 * 0.5 * 0.25 / 0.75 = 1/3.
        var score = PrecisionRecallF1.FromCounts(matched: 2, predicted: 4, gold: 8);

        score.Precision.Should().Be(0.5);
        score.Recall.Should().Be(0.25);
        score.F1.Should().BeApproximately(1.0 / 3, 1e-12);
    }

    [Fact]
    public void FromCounts_NothingPredictedOrNoGold_IsZeroNotNaN()
    {
        PrecisionRecallF1.FromCounts(0, 0, 5).Should().Be(new PrecisionRecallF1(0, 0, 0));
        PrecisionRecallF1.FromCounts(0, 3, 0).Should().Be(new PrecisionRecallF1(0, 0, 0));
        PrecisionRecallF1.FromCounts(0, 0, 0).Should().Be(new PrecisionRecallF1(0, 0, 0));
    }

    [Fact]
    public void FromCounts_NegativeCount_Throws()
    {
        var act = () => PrecisionRecallF1.FromCounts(-1, 1, 1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
