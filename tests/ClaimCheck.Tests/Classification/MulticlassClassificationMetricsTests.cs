using System.Collections.Immutable;
using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

public sealed class MulticlassClassificationMetricsTests
{
    [Fact]
    public void Compute_HandWorkedExample_MatchesDefinitions()
    {
        // gold:      a a a b b c
        // predicted: a a b b a c     (probabilities given to the gold label below)
        ImmutableArray<string> labels = ["a", "b", "c"];
        int[] gold = [0, 0, 0, 1, 1, 2];
        int[] predicted = [0, 0, 1, 1, 0, 2];
        double[] goldProbability = [0.9, 0.8, 0.3, 0.6, 0.4, 1.0];

        var m = MulticlassClassificationMetrics.Compute(labels, gold, predicted, goldProbability);

        m.Count.Should().Be(6);
        m.MicroAccuracy.Should().BeApproximately(4.0 / 6, 1e-12);
        m.MacroAccuracy.Should().BeApproximately(((2.0 / 3) + 0.5 + 1) / 3, 1e-12);
        var expectedLogLoss = -(Math.Log(0.9) + Math.Log(0.8) + Math.Log(0.3) + Math.Log(0.6) + Math.Log(0.4) + Math.Log(1.0)) / 6;
        m.LogLoss.Should().BeApproximately(expectedLogLoss, 1e-12);
        var prior = -((3 * Math.Log(0.5)) + (2 * Math.Log(2.0 / 6)) + Math.Log(1.0 / 6)) / 6;
        m.LogLossReduction.Should().BeApproximately(1 - (expectedLogLoss / prior), 1e-12);
        m.PerClassLogLoss[2].Should().Be(0);
        m.PerClassLogLoss[1].Should().BeApproximately(-(Math.Log(0.6) + Math.Log(0.4)) / 2, 1e-12);
        m.ConfusionMatrix.Select(r => r.ToArray()).Should().BeEquivalentTo(new[] { new[] { 2, 1, 0 }, new[] { 1, 1, 0 }, new[] { 0, 0, 1 } }, o => o.WithStrictOrdering());

        var a = m.PerClass[0];
        a.Precision.Should().BeApproximately(2.0 / 3, 1e-12);
        a.Recall.Should().BeApproximately(2.0 / 3, 1e-12);
        a.F1.Should().BeApproximately(2.0 / 3, 1e-12);
        a.Support.Should().Be(3);
        m.PerClass[1].F1.Should().BeApproximately(0.5, 1e-12);
        m.PerClass[2].F1.Should().Be(1);
        m.MacroF1.Should().BeApproximately(((2.0 / 3) + 0.5 + 1) / 3, 1e-12);
    }

    [Fact]
    public void Compute_LabelNeverPredictedOrPresent_ScoresZeroWithoutDividingByZero()
    {
        ImmutableArray<string> labels = ["a", "b"];

        var m = MulticlassClassificationMetrics.Compute(labels, [0, 0], [0, 0], [1e-20, 0.5]);

        m.PerClass[1].Should().Be(new ClassMetrics("b", 0, 0, 0, 0));
        m.MacroF1.Should().Be(0.5);
        m.MacroAccuracy.Should().Be(1);
        m.LogLoss.Should().BeApproximately(-(Math.Log(MulticlassClassificationMetrics.ProbabilityFloor) + Math.Log(0.5)) / 2, 1e-9);
        m.LogLossReduction.Should().Be(0);
    }
}
