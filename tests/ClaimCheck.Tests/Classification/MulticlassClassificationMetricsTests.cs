using System.Collections.Immutable;
using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

public sealed class MulticlassClassificationMetricsTests
{
    [Fact]
    public void FromPredictions_HandWorkedExample_MatchesDefinitions()
    {
        // gold:      a a a b b c
        // predicted: a a b b a c
        ImmutableArray<string> labels = ["a", "b", "c"];

        var m = MulticlassClassificationMetrics.FromPredictions(labels, [0, 0, 0, 1, 1, 2], [0, 0, 1, 1, 0, 2]);

        m.Count.Should().Be(6);
        m.MicroAccuracy.Should().BeApproximately(4.0 / 6, 1e-12);
        m.MacroAccuracy.Should().BeApproximately(((2.0 / 3) + 0.5 + 1) / 3, 1e-12);
        m.ConfusionMatrix.Select(r => r.ToArray()).Should().BeEquivalentTo(new[] { new[] { 2, 1, 0 }, new[] { 1, 1, 0 }, new[] { 0, 0, 1 } }, o => o.WithStrictOrdering());
        m.PerClass[0].Should().Be(new ClassMetrics("a", 2.0 / 3, 2.0 / 3, 2.0 / 3, 3));
        m.PerClass[1].F1.Should().BeApproximately(0.5, 1e-12);
        m.PerClass[2].F1.Should().Be(1);
        m.MacroF1.Should().BeApproximately(((2.0 / 3) + 0.5 + 1) / 3, 1e-12);
        m.LogLoss.Should().Be(double.NaN);
        m.PerClassLogLoss.Should().OnlyContain(l => double.IsNaN(l));
    }

    [Fact]
    public void FromPredictions_LabelNeverPredictedOrPresent_ScoresZeroWithoutDividingByZero()
    {
        var m = MulticlassClassificationMetrics.FromPredictions(["a", "b"], [0, 0], [0, 0]);

        m.PerClass[1].Should().Be(new ClassMetrics("b", 0, 0, 0, 0));
        m.MacroF1.Should().Be(0.5);
        m.MacroAccuracy.Should().Be(1);
    }

    [Fact]
    public void FromPredictions_IndexOutsideLabels_Throws()
    {
        var compute = () => MulticlassClassificationMetrics.FromPredictions(["a", "b"], [0, 2], [0, 1]);

        compute.Should().Throw<ArgumentException>().WithMessage("Item 1*");
    }

    [Fact]
    public void Evaluate_MlNetMetrics_AgreeWithTheConfusionMatrixAndGiveLogLoss()
    {
        var model = new TextClassifierTrainer(ToyData.SmallOptions()).Fit(ToyData.ThreeClasses());
        LabeledText[] probes = [new("the cat and the dog sleep", "animal"), new("I ate a plum", "fruit"), new("a bus passed the plane", "animal")];

        var m = TextClassifierTrainer.Evaluate(model, probes);

        m.Labels.Should().Equal("animal", "fruit", "vehicle");
        m.Count.Should().Be(3);
        m.MicroAccuracy.Should().BeApproximately(2.0 / 3, 1e-9);
        m.ConfusionMatrix[0].Should().Equal(1, 0, 1);
        m.LogLoss.Should().BeGreaterThan(0);
        m.PerClassLogLoss[0].Should().BeGreaterThan(m.PerClassLogLoss[1], "the vehicle sentence labelled animal costs log loss");
    }
}
