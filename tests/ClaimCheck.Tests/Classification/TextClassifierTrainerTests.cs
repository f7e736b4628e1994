using ClaimCheck.Classification;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Classification;

public sealed class TextClassifierTrainerTests
{
    [Fact]
    public void Fit_SeparableToyData_ConvergesAndFitsEveryExample()
    {
        var data = ToyData.ThreeClasses();
        var options = ToyData.SmallOptions();

        var model = new TextClassifierTrainer(options).Fit(data);

        TextClassifierTrainer.LastIterations.Should().BeLessThan(options.MaximumNumberOfIterations);
        var metrics = TextClassifierTrainer.Evaluate(model, data);
        metrics.MicroAccuracy.Should().Be(1);
        metrics.MacroF1.Should().Be(1);
        metrics.LogLoss.Should().BeLessThan(0.3);
        model.Labels.Should().Equal("animal", "fruit", "vehicle");
    }

    [Theory]
    [InlineData("the goat and the lion sleep", "animal")]
    [InlineData("I ate a lemon", "fruit")]
    [InlineData("a tram passed", "vehicle")]
    public void Fit_SeparableToyData_GeneralisesToNewCombinations(string text, string expected)
    {
        var model = new TextClassifierTrainer(ToyData.SmallOptions()).Fit(ToyData.ThreeClasses());

        var prediction = model.Predict(text);

        prediction.Label.Should().Be(expected);
        prediction.Probabilities.Sum().Should().BeApproximately(1f, 1e-4f);
        prediction.Score.Should().Be(prediction.Probabilities.Max());
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(1e-3f)]
    public void Fit_SameDataAndSeed_GivesIdenticalModelBytes(float l1)
    {
        var options = ToyData.SmallOptions();
        options.L1Regularization = l1;

        var first = Save(new TextClassifierTrainer(options).Fit(ToyData.ThreeClasses()));
        var second = Save(new TextClassifierTrainer(options).Fit(ToyData.ThreeClasses()));

        second.Should().Equal(first);
    }

    [Fact]
    public void Fit_L1Penalty_GivesSparserWeights()
    {
        var dense = ToyData.SmallOptions();
        var sparse = ToyData.SmallOptions();
        sparse.L1Regularization = 1e-3f;

        var denseModel = new TextClassifierTrainer(dense).Fit(ToyData.ThreeClasses());
        var sparseModel = new TextClassifierTrainer(sparse).Fit(ToyData.ThreeClasses());

        CountNonZero(sparseModel).Should().BeLessThan(CountNonZero(denseModel) / 2);
        TextClassifierTrainer.Evaluate(sparseModel, ToyData.ThreeClasses()).MicroAccuracy.Should().Be(1);
    }

    [Fact]
    public void Fit_NoClassWeighting_StillFitsToyData()
    {
        var options = ToyData.SmallOptions();
        options.ClassWeighting = ClassWeighting.None;
        options.UseIdf = false;

        var model = new TextClassifierTrainer(options).Fit(ToyData.ThreeClasses());

        TextClassifierTrainer.Evaluate(model, ToyData.ThreeClasses()).MicroAccuracy.Should().Be(1);
    }

    [Fact]
    public void Fit_MinDocumentFrequencyAboveEveryCount_IgnoresAllText()
    {
        var options = ToyData.SmallOptions();
        options.MinDocumentFrequency = 1000;

        var model = new TextClassifierTrainer(options).Fit(ToyData.ThreeClasses());

        model.Predict("the cat and the dog sleep").Probabilities.Should().Equal(model.Predict("a bus passed the car").Probabilities);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fit_MinDocumentFrequency2_DropsRareFeaturesButStillFits(bool useIdf)
    {
        var options = ToyData.SmallOptions();
        options.MinDocumentFrequency = 2;
        options.UseIdf = useIdf;

        var model = new TextClassifierTrainer(options).Fit(ToyData.ThreeClasses());

        TextClassifierTrainer.Evaluate(model, ToyData.ThreeClasses()).MicroAccuracy.Should().Be(1);
        var reloaded = TextClassifierModel.Load(new MemoryStream(Save(model)));
        reloaded.Predict("a quokka and a cat").Probabilities.Should().Equal(model.Predict("a quokka and a cat").Probabilities);
    }

    [Fact]
    public void Fit_OneLabel_Throws()
    {
        var fit = () => new TextClassifierTrainer().Fit([new LabeledText("a", "x"), new LabeledText("b", "x")]);

        fit.Should().Throw<ArgumentException>().WithMessage("Training needs 2 to 65535 distinct labels; found 1.*");
    }

    [Fact]
    public void Fit_LabelTooLongToSave_Throws()
    {
        var fit = () => new TextClassifierTrainer().Fit([new LabeledText("a", "x"), new LabeledText("b", new string('é', 513))]);

        fit.Should().Throw<ArgumentException>().WithMessage("Example 1 has a label longer than 1024 UTF-8 bytes.*");
    }

    [Fact]
    public void Fit_LongestAllowedLabel_SavesAndLoads()
    {
        var label = new string('y', 1024);
        var model = new TextClassifierTrainer(ToyData.SmallOptions()).Fit([new LabeledText("a", "x"), new LabeledText("b", label)]);

        TextClassifierModel.Load(new MemoryStream(Save(model))).Labels.Should().Equal("x", label);
    }

    [Fact]
    public void Fit_EmptyLabel_Throws()
    {
        var fit = () => new TextClassifierTrainer().Fit([new LabeledText("a", "x"), new LabeledText("b", "")]);

        fit.Should().Throw<ArgumentException>().WithMessage("Example 1 has an empty label*");
    }

    [Fact]
    public void Evaluate_UnknownGoldLabel_Throws()
    {
        var model = new TextClassifierTrainer(ToyData.SmallOptions()).Fit(ToyData.ThreeClasses());

        var evaluate = () => TextClassifierTrainer.Evaluate(model, [new LabeledText("a boat", "boat")]);

        evaluate.Should().Throw<ArgumentException>().WithMessage("*\"boat\"*");
    }

    [Fact]
    public void CrossValidate_ToyData_ScoresEveryFold()
    {
        var trainer = new TextClassifierTrainer(ToyData.SmallOptions());

        var result = trainer.CrossValidate(ToyData.ThreeClasses(), 3);

        result.Folds.Should().HaveCount(3);
        result.Folds.Sum(f => f.Count).Should().Be(72);
        result.Folds.Should().OnlyContain(f => f.PerClass.All(c => c.Support == 8));
        result.MeanMacroF1.Should().BeGreaterThan(0.9);
    }

    [Fact]
    public void CrossValidate_SameSeed_GivesSameFolds()
    {
        var trainer = new TextClassifierTrainer(ToyData.SmallOptions());

        var first = trainer.CrossValidate(ToyData.ThreeClasses(), 4);
        var second = trainer.CrossValidate(ToyData.ThreeClasses(), 4);

        second.Folds.Select(f => f.LogLoss).Should().Equal(first.Folds.Select(f => f.LogLoss));
    }

    [Fact]
    public void CrossValidate_TooFewExamplesOfALabel_Throws()
    {
        var data = ToyData.ThreeClasses().Append(new LabeledText("a boat", "boat")).ToList();

        var crossValidate = () => new TextClassifierTrainer(ToyData.SmallOptions()).CrossValidate(data, 2);

        crossValidate.Should().Throw<ArgumentException>().WithMessage("*\"boat\" has 1 examples*");
    }

    [Fact]
    public void CrossValidate_OneFold_Throws()
    {
        var crossValidate = () => new TextClassifierTrainer().CrossValidate(ToyData.ThreeClasses(), 1);

        crossValidate.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("folds");
    }

    /// <summary>
    /// The acceptance bar: trained only on ClaimBuster's 3-class training file with the default options, stratified
    /// 5-fold cross-validation reaches macro-F1 ≥ 0.67 (scikit-learn's TF-IDF 1–2-gram balanced logistic regression: 0.649).
    /// Reproduce with <c>claimcheck train --data ../shared/data/claimbuster/3class_data_small_train.json --cross-validate 5</c>.
    /// </summary>
    [SharedDataFact("data/claimbuster/3class_data_small_train.json")]
    public void CrossValidate_ClaimBusterTrainingFile_MacroF1AtLeast067()
    {
        var data = LabeledTextReader.ReadFile(TestPaths.Shared("data", "claimbuster", "3class_data_small_train.json"));

        var result = new TextClassifierTrainer().CrossValidate(data, 5);

        data.Should().HaveCount(8231);
        result.MeanMacroF1.Should().BeGreaterThanOrEqualTo(0.67);
    }

    private static int CountNonZero(TextClassifierModel model)
    {
        var count = 0;
        for (var slot = 0; slot < model.Settings.Dimension; slot++)
        {
            foreach (var w in model.WeightsOf(slot))
            {
                if (w != 0)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static byte[] Save(TextClassifierModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
