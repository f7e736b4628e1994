using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

public sealed class TextClassifierTrainerTests
{
    private static readonly Lazy<TextClassifierModel> LazyModel = new(() => new TextClassifierTrainer(ToyData.SmallOptions()).Fit(ToyData.ThreeClasses()));

    [Fact]
    public void Fit_SeparableToyData_FitsEveryExample()
    {
        var metrics = TextClassifierTrainer.Evaluate(LazyModel.Value, ToyData.ThreeClasses());

        LazyModel.Value.Labels.Should().Equal("animal", "fruit", "vehicle");
        metrics.MicroAccuracy.Should().Be(1);
    }

    [Theory]
    [InlineData("the lion and the sheep sleep", "animal")]
    [InlineData("I ate a mango", "fruit")]
    [InlineData("a tram passed the bike", "vehicle")]
    public void Fit_SeparableToyData_GeneralisesToNewCombinations(string text, string expected)
    {
        var prediction = LazyModel.Value.Predict(text);

        prediction.Label.Should().Be(expected);
        prediction.Probabilities.Sum().Should().BeApproximately(1f, 1e-4f);
    }

    [Theory]
    [InlineData(MaximumEntropyAlgorithm.Sdca, ClassWeighting.Balanced, NgramWeighting.Tf)]
    [InlineData(MaximumEntropyAlgorithm.Lbfgs, ClassWeighting.None, NgramWeighting.Idf)]
    public void Fit_OtherTrainersAndWeightings_StillFitToyData(MaximumEntropyAlgorithm algorithm, ClassWeighting classWeighting, NgramWeighting weighting)
    {
        var options = ToyData.SmallOptions();
        (options.Algorithm, options.ClassWeighting, options.Weighting) = (algorithm, classWeighting, weighting);

        var model = new TextClassifierTrainer(options).Fit(ToyData.ThreeClasses());

        TextClassifierTrainer.Evaluate(model, ToyData.ThreeClasses()).MicroAccuracy.Should().Be(1);
    }

    [Fact]
    public void Fit_SameDataAndOptions_GivesTheSameScores()
    {
        var again = new TextClassifierTrainer(ToyData.SmallOptions()).Fit(ToyData.ThreeClasses());

        again.Predict("a plum and a bus").Probabilities.Should().Equal(LazyModel.Value.Predict("a plum and a bus").Probabilities);
    }

    [Fact]
    public void Fit_ClassWeighting_RaisesTheRareClassScore()
    {
        var skewed = ToyData.ThreeClasses().Where((d, i) => d.Label != "vehicle" || i % 8 == 2).ToList();
        var options = ToyData.SmallOptions();
        options.ClassWeighting = ClassWeighting.None;
        var unweighted = new TextClassifierTrainer(options).Fit(skewed);
        options.ClassWeighting = ClassWeighting.Balanced;
        var balanced = new TextClassifierTrainer(options).Fit(skewed);

        const string Probe = "something unseen";
        balanced.Predict(Probe).Probabilities[2].Should().BeGreaterThan(unweighted.Predict(Probe).Probabilities[2]);
    }

    [Fact]
    public void Fit_OneLabel_Throws()
    {
        var fit = () => new TextClassifierTrainer(ToyData.SmallOptions()).Fit([new LabeledText("a", "x"), new LabeledText("b", "x")]);

        fit.Should().Throw<ArgumentException>().WithMessage("*at least 2 distinct labels*");
    }

    [Fact]
    public void Fit_EmptyLabel_Throws()
    {
        var fit = () => new TextClassifierTrainer(ToyData.SmallOptions()).Fit([new LabeledText("a", "x"), new LabeledText("b", "")]);

        fit.Should().Throw<ArgumentException>().WithMessage("Example 1 has an empty label*");
    }

    [Fact]
    public void Evaluate_UnknownGoldLabel_Throws()
    {
        var evaluate = () => TextClassifierTrainer.Evaluate(LazyModel.Value, [new LabeledText("a cat", "mineral")]);

        evaluate.Should().Throw<ArgumentException>().WithMessage("*\"mineral\", which the model does not know*");
    }

    [Fact]
    public void Evaluate_NoExamples_Throws()
    {
        var evaluate = () => TextClassifierTrainer.Evaluate(LazyModel.Value, []);

        evaluate.Should().Throw<ArgumentException>().WithMessage("*no examples*");
    }

    [Fact]
    public void CrossValidate_ToyData_ScoresEveryFoldAndPredictsEveryItemOnce()
    {
        var data = ToyData.ThreeClasses();

        var result = new TextClassifierTrainer(ToyData.SmallOptions()).CrossValidate(data, 3);

        result.Folds.Should().HaveCount(3);
        result.Folds.Sum(f => f.Count).Should().Be(data.Count);
        result.Predictions.Select(p => p.Example).Should().Equal(data);
        result.Predictions.Select(p => p.Fold).Distinct().Should().HaveCount(3);
        result.MeanMacroF1.Should().BeGreaterThan(0.9);
    }

    [Fact]
    public void CrossValidate_SameSeed_GivesSameFolds()
    {
        var data = ToyData.ThreeClasses();

        var first = new TextClassifierTrainer(ToyData.SmallOptions()).CrossValidate(data, 3);
        var second = new TextClassifierTrainer(ToyData.SmallOptions()).CrossValidate(data, 3);

        second.Predictions.Select(p => p.Fold).Should().Equal(first.Predictions.Select(p => p.Fold));
    }

    [Fact]
    public void CrossValidate_Sources_KeepsEachSourceInOneFold()
    {
        var data = ToyData.ThreeClasses().Select((d, i) => d with { Source = $"page-{i % 12}" }).ToList();

        var result = new TextClassifierTrainer(ToyData.SmallOptions()).CrossValidate(data, 3);

        result.Predictions.GroupBy(p => p.Example.Source).Should().OnlyContain(g => g.Select(p => p.Fold).Distinct().Count() == 1);
    }

    [Fact]
    public void CrossValidate_OneFold_Throws()
    {
        var crossValidate = () => new TextClassifierTrainer(ToyData.SmallOptions()).CrossValidate(ToyData.ThreeClasses(), 1);

        crossValidate.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CrossValidate_FewerExamplesThanFolds_Throws()
    {
        var crossValidate = () => new TextClassifierTrainer(ToyData.SmallOptions()).CrossValidate([new LabeledText("a", "x"), new LabeledText("b", "y")], 3);

        crossValidate.Should().Throw<ArgumentException>().WithMessage("2 examples cannot fill 3 folds*");
    }
}
