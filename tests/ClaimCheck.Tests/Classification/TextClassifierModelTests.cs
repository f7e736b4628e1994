using System.IO.Compression;
using ClaimCheck.Classification;
using Microsoft.ML;

namespace ClaimCheck.Tests.Classification;

public sealed class TextClassifierModelTests
{
    private static readonly Lazy<TextClassifierModel> LazyModel = new(() => new TextClassifierTrainer(ToyData.SmallOptions()).Fit(ToyData.ThreeClasses()));
    private static readonly Lazy<byte[]> LazyBytes = new(() => Save(LazyModel.Value));

    private static TextClassifierModel Model => LazyModel.Value;

    private static byte[] Bytes => LazyBytes.Value;

    public static TheoryData<string> Probes => new()
    {
        "the cow and the goat sleep",
        "I ate a peach",
        "a bus passed the plane",
        "",
        "something entirely different, with 12 numbers?",
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public void Load_SavedModel_PredictsExactlyTheSame(string text)
    {
        var loaded = TextClassifierModel.Load(new MemoryStream(Bytes), "toy.zip");

        loaded.Labels.Should().Equal(Model.Labels);
        loaded.TextColumn.Should().Be(TextClassifierModel.TextColumnName);
        var expected = Model.Predict(text);
        var actual = loaded.Predict(text);
        actual.Label.Should().Be(expected.Label);
        actual.Probabilities.Should().Equal(expected.Probabilities);
    }

    [Fact]
    public void Load_SavedModel_IsAZipThatMlNetReadsItself()
    {
        // A model that folds digits or reads cue features carries ClaimCheck's custom mappings: ML.NET needs ClaimCheck's assembly registered.
        var context = new MLContext();
        context.ComponentCatalog.RegisterAssembly(typeof(TextFolding).Assembly);

        var transformer = context.Model.Load(new MemoryStream(Bytes), out var schema);

        transformer.Should().NotBeNull();
        schema.Select(c => c.Name).Should().Equal(TextClassifierModel.TextColumnName);
    }

    [Fact]
    public void Load_ModelWithoutCustomMappings_MlNetReadsItWithoutClaimCheck()
    {
        var options = ToyData.SmallOptions();
        options.FoldText = false;
        options.CueFeatures = false;
        var bytes = Save(new TextClassifierTrainer(options).Fit(ToyData.ThreeClasses()));

        var transformer = new MLContext().Model.Load(new MemoryStream(bytes), out var schema);

        transformer.Should().NotBeNull();
        schema.Select(c => c.Name).Should().Equal(TextClassifierModel.TextColumnName);
    }

    [Fact]
    public void Predict_CueFeatures_ACueWordMovesTheScoresAndTheModelOnlyNeedsTheText()
    {
        var withCues = Model.Predict("a bus passed the plane because of the goat");
        var options = ToyData.SmallOptions();
        options.CueFeatures = false;
        var withoutCues = new TextClassifierTrainer(options).Fit(ToyData.ThreeClasses()).Predict("a bus passed the plane because of the goat");

        withCues.Probabilities.Should().NotEqual(withoutCues.Probabilities);
        TextClassifierModel.Load(new MemoryStream(Bytes), "toy.zip").Predict("a bus passed the plane because of the goat").Probabilities
            .Should().Equal(withCues.Probabilities);
    }

    [Fact]
    public void Predict_FoldText_FiguresOfTheSameShapeScoreTheSame()
    {
        var a = Model.Predict("a bus passed 12 trams at 3.5 km");
        var b = Model.Predict("a bus passed 98 trams at 7.1 km");

        b.Probabilities.Should().Equal(a.Probabilities);
    }

    [Theory]
    [InlineData("Inflation rose to 2.3% in 2024.", "Inflation rose to 0.0% in 0000.")]
    [InlineData("$541.2m, up 10", "$000.0m, up 00")]
    [InlineData("“It’s a ‘deal’,” he said.", "\"It's a 'deal',\" he said.")]
    [InlineData("no figures here", "no figures here")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_DigitsAndTypographicQuotes_BecomeZeroAndAscii(string? text, string expected)
    {
        TextFolding.Fold(text).Should().Be(expected);
    }

    [Fact]
    public void Load_Empty_ThrowsNamingTheSource()
    {
        var load = () => TextClassifierModel.Load(new MemoryStream(), "empty.zip");

        load.Should().Throw<InvalidDataException>().WithMessage("empty.zip: empty file*");
    }

    [Theory]
    [InlineData("not a model at all")]
    [InlineData("PK\u0003\u0004 garbage")]
    public void Load_ForeignBytes_ThrowsNamingTheSource(string content)
    {
        var load = () => TextClassifierModel.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), "foreign.zip");

        load.Should().Throw<InvalidDataException>().WithMessage("foreign.zip: not a readable ML.NET model*");
    }

    [Fact]
    public void Load_Truncated_ThrowsNamingTheSource()
    {
        var load = () => TextClassifierModel.Load(new MemoryStream(Bytes[..(Bytes.Length / 2)]), "half.zip");

        load.Should().Throw<InvalidDataException>().WithMessage("half.zip: *");
    }

    [Fact]
    public void Load_ZipWithoutAModel_ThrowsNamingTheSource()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("hello");
        }

        stream.Position = 0;
        var load = () => TextClassifierModel.Load(stream, "other.zip");

        load.Should().Throw<InvalidDataException>().WithMessage("other.zip: not a readable ML.NET model*");
    }

    [Fact]
    public void Load_ModelWithoutTextInput_ThrowsSayingSo()
    {
        var context = new MLContext(1);
        var data = context.Data.LoadFromEnumerable(Enumerable.Range(0, 20).Select(i => new NumericRow { Features = [i, i % 3], Label = (i % 2).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label").Append(context.MulticlassClassification.Trainers.LbfgsMaximumEntropy());
        var stream = new MemoryStream();
        context.Model.Save(pipeline.Fit(data), data.Schema, stream);
        stream.Position = 0;

        var load = () => TextClassifierModel.Load(stream, "numeric.zip");

        load.Should().Throw<InvalidDataException>().WithMessage("numeric.zip: the model has no text input column named 'Text'*");
    }

    [Fact]
    public void Load_TextTransformWithoutScores_ThrowsSayingSo()
    {
        var context = new MLContext(1);
        var data = context.Data.LoadFromEnumerable(ToyData.ThreeClasses().Select(d => new TextOnlyRow { Text = d.Text }));
        var stream = new MemoryStream();
        context.Model.Save(context.Transforms.Text.FeaturizeText("Features", "Text").Fit(data), data.Schema, stream);
        stream.Position = 0;

        var load = () => TextClassifierModel.Load(stream, "featurizer.zip");

        load.Should().Throw<InvalidDataException>().WithMessage("featurizer.zip: the model has no 'Score' column*");
    }

    [Fact]
    public void Load_UsersOwnPipelineWithOtherColumnNames_PlugsIn()
    {
        // A Model Builder-style pipeline: the text column is called "Sentence", the label is mapped to a key inside the
        // chain (so the saved input schema holds the label too) and the predicted label mapped back to text at the end.
        var context = new MLContext(1);
        var data = context.Data.LoadFromEnumerable(ToyData.ThreeClasses().Select(d => new SentenceRow { Sentence = d.Text, Label = d.Label }));
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label")
            .Append(context.Transforms.Text.FeaturizeText("Features", "Sentence"))
            .Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy())
            .Append(context.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var stream = new MemoryStream();
        context.Model.Save(pipeline.Fit(data), data.Schema, stream);
        stream.Position = 0;

        var model = TextClassifierModel.Load(stream, "users.zip");

        model.TextColumn.Should().Be("Sentence");
        model.Labels.Should().BeEquivalentTo(["animal", "fruit", "vehicle"]);
        model.Predict("I ate a mango").Label.Should().Be("fruit");
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFound()
    {
        var load = () => TextClassifierModel.Load(Path.Combine(Path.GetTempPath(), "claimcheck-no-such-model.zip"));

        load.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void Predict_SpanTooShort_Throws()
    {
        var predict = () => Model.Predict("a cat", new float[2]);

        predict.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Predict_SpanOverload_MatchesStringOverload()
    {
        var scores = new float[Model.Labels.Length];

        var best = Model.Predict("I ate a plum", scores);

        Model.Labels[best].Should().Be(Model.Predict("I ate a plum").Label);
        scores.Should().Equal(Model.Predict("I ate a plum").Probabilities);
    }

    [Fact]
    public void PredictBatch_Texts_MatchesSinglePredictions()
    {
        string[] texts = ["a cat", "a plum", "a ship", ""];

        var batch = Model.PredictBatch(texts);

        batch.Should().HaveCount(4);
        for (var i = 0; i < texts.Length; i++)
        {
            batch[i].Label.Should().Be(Model.Predict(texts[i]).Label);
            batch[i].Probabilities.Should().Equal(Model.Predict(texts[i]).Probabilities);
        }
    }

    [Fact]
    public void PredictBatch_NullText_Throws()
    {
        var predict = () => Model.PredictBatch(["a cat", null!]);

        predict.Should().Throw<ArgumentNullException>().WithMessage("*index 1*");
    }

    [Fact]
    public void Predict_ManyThreads_GivesTheSameAnswers()
    {
        var texts = ToyData.ThreeClasses().Select(d => d.Text).ToArray();
        var expected = texts.Select(t => Model.Predict(t).Probabilities.ToArray()).ToArray();
        var actual = new float[texts.Length * 20][];

        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Model.Predict(texts[i % texts.Length]).Probabilities.ToArray());

        actual.Should().BeEquivalentTo(Enumerable.Range(0, actual.Length).Select(i => expected[i % texts.Length]), o => o.WithStrictOrdering());
    }

    private static byte[] Save(TextClassifierModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private sealed class NumericRow
    {
        [Microsoft.ML.Data.VectorType(2)]
        public float[] Features { get; set; } = [];

        public string Label { get; set; } = string.Empty;
    }

    private sealed class TextOnlyRow
    {
        public string Text { get; set; } = string.Empty;
    }

    private sealed class SentenceRow
    {
        public string Sentence { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }
}
