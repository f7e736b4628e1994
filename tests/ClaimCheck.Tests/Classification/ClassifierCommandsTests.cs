using System.CommandLine;
using System.Text.Json;
using ClaimCheck.Classification;
using ClaimCheck.Cli.Commands;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Classification;

public sealed class ClassifierCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimcheck-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string FakeData => Path.Combine(TestPaths.RepositoryRoot, "tests", "ClaimCheck.Tests", "Classification", "Data");

    [Fact]
    public void Train_ThenEvalClassifierJson_ReportsMetricsAndWritesPredictions()
    {
        var data = WriteToyJsonl("toy.jsonl");
        var model = Path.Combine(_folder, "toy.zip");
        var predictions = Path.Combine(_folder, "predictions.jsonl");

        var (trainCode, trainOut, _) = Invoke("train", "--data", data, "--output", model, "--word-ngrams", "1");
        var (evalCode, evalOut, _) = Invoke("eval", "classifier", "--model", model, "--data", data, "--json", "--predictions", predictions);

        trainCode.Should().Be(0);
        trainOut.Should().Contain("trained on 72 items").And.Contain("toy.training.json");
        evalCode.Should().Be(0);
        using var metrics = JsonDocument.Parse(evalOut);
        metrics.RootElement.GetProperty("items").GetInt32().Should().Be(72);
        metrics.RootElement.GetProperty("macroF1").GetDouble().Should().Be(1);
        metrics.RootElement.GetProperty("perClass").GetProperty("fruit").GetProperty("recall").GetDouble().Should().Be(1);
        metrics.RootElement.GetProperty("logLoss").GetDouble().Should().BeGreaterThan(0);

        var lines = File.ReadAllLines(predictions);
        lines.Should().HaveCount(72);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("id").GetString().Should().Be("t1");
        first.RootElement.GetProperty("gold").GetString().Should().Be("animal");
        first.RootElement.GetProperty("predicted").GetString().Should().Be("animal");
        first.RootElement.GetProperty("scores").EnumerateObject().Select(p => p.Name).Should().Equal("animal", "fruit", "vehicle");
    }

    [Fact]
    public void Train_Folder_LeavesOutTheHeldOutSliceAndRecordsTheFingerprint()
    {
        var model = Path.Combine(_folder, "news.zip");

        var (code, output, _) = Invoke("train", "--data", FakeData, "--output", model, "--iterations", "20");

        code.Should().Be(0);
        output.Should().Contain("trained on 22 items; 6 held-out items from 2 sources left out");
        using var fingerprint = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "news.training.json")));
        var (training, _) = HeldOutSlice.Split(LabeledTextReader.ReadPath(FakeData));
        fingerprint.RootElement.GetProperty("trainingDataSha256").GetString().Should().Be(TrainingDataFingerprint.Compute(training));
        fingerprint.RootElement.GetProperty("examples").GetInt32().Should().Be(22);
    }

    [Fact]
    public void EvalClassifier_HeldOut_ScoresOnlyTheHeldOutSliceAndListsIt()
    {
        var predictions = Path.Combine(_folder, "held-out.jsonl");

        var (code, output, _) = Invoke("eval", "classifier", "--held-out", FakeData, "--claim-types", "--json", "--predictions", predictions);

        code.Should().Be(0);
        using var metrics = JsonDocument.Parse(output);
        metrics.RootElement.GetProperty("items").GetInt32().Should().Be(6);
        metrics.RootElement.GetProperty("logLoss").ValueKind.Should().Be(JsonValueKind.Null);
        var lines = File.ReadAllLines(predictions).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("source").GetString()).Distinct().Should().BeEquivalentTo(["page-003", "page-009"]);
        lines.Select(l => l.GetProperty("id").GetString()).Should().OnlyContain(id => id!.StartsWith("news/fake-news.tsv#", StringComparison.Ordinal));
    }

    [Fact]
    public void EvalClassifier_HeldOutWithoutSources_FailsSayingSo()
    {
        var data = WriteToyJsonl("toy.jsonl");

        var (code, _, error) = Invoke("eval", "classifier", "--held-out", data);

        code.Should().Be(1);
        error.Should().Contain("toy.jsonl: no item's source is in the held-out slice");
    }

    [Fact]
    public void Train_NumericClaimBusterLabels_AreAccepted()
    {
        var path = Path.Combine(_folder, "numeric.json");
        var records = ToyData.ThreeClasses().Select((d, i) => new { sentence_id = i, text = d.Text, label = d.Label switch { "animal" => -1, "fruit" => 0, _ => 1 } });
        File.WriteAllText(path, JsonSerializer.Serialize(records));

        var (code, output, _) = Invoke("train", "--data", path, "--cross-validate", "3", "--iterations", "20");

        code.Should().Be(0);
        output.Should().Contain("fold 3:").And.Contain("mean macro-F1");
    }

    [Fact]
    public void Train_CrossValidateClaimTypes_ReportsTheTypeClaimCheckGivesByOverrideScore()
    {
        var (code, output, _) = Invoke("train", "--data", FakeData, "--cross-validate", "2", "--claim-types", "--iterations", "20");

        code.Should().Be(0);
        output.Should().Contain("type ClaimCheck gives").And.Contain("override score rules always").And.Contain("(default)");
    }

    [Theory]
    [InlineData("not a model")]
    [InlineData("")]
    public void EvalClassifier_CorruptModel_FailsNamingTheFile(string content)
    {
        var data = WriteToyJsonl("toy.jsonl");
        var model = Path.Combine(_folder, "bad.zip");
        File.WriteAllText(model, content);

        var (code, _, error) = Invoke("eval", "classifier", "--model", model, "--data", data);

        code.Should().Be(1);
        error.Should().StartWith($"error: {model}: ");
    }

    [Fact]
    public void Train_BadDataLine_FailsNamingFileAndLine()
    {
        var path = Path.Combine(_folder, "bad.jsonl");
        File.WriteAllText(path, "{\"text\":\"a\",\"label\":\"x\"}\n{\"text\":\"b\"}\n");

        var (code, _, error) = Invoke("train", "--data", path, "--output", Path.Combine(_folder, "m.zip"));

        code.Should().Be(1);
        error.Should().Contain("bad.jsonl: line 2: no field \"label\"");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-3")]
    public void Train_CrossValidateBelowTwoFolds_FailsWithClearMessage(string folds)
    {
        var data = WriteToyJsonl("toy.jsonl");

        var (code, _, error) = Invoke("train", "--data", data, "--cross-validate", folds);

        code.Should().Be(1);
        error.Should().Contain("--cross-validate needs 2 or more folds");
    }

    [Fact]
    public void Classify_Sentence_PrintsTypeAndScoresAsJson()
    {
        var (code, output, _) = Invoke("classify", "JOIN US ON TELEGRAM", "--json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("type").GetString().Should().Be("NotAClaim");
        json.RootElement.GetProperty("modelType").GetString().Should().Be("NotAClaim");
        json.RootElement.GetProperty("scores").EnumerateObject().Should().HaveCount(8);
    }

    [Fact]
    public void Classify_PlannedAmount_PrintsPredictionThenTheModelsScores()
    {
        var (code, output, _) = Invoke("classify", "The government plans to build 300,000 homes.");

        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Prediction");
        lines[1].Should().StartWith("model: ");
        lines.Should().HaveCount(2 + 8);
    }

    [Fact]
    public void Classify_ModelWithOtherLabels_PrintsItsOwnLabel()
    {
        var model = Path.Combine(_folder, "toy.zip");
        Invoke("train", "--data", WriteToyJsonl("toy.jsonl"), "--output", model, "--iterations", "20").Code.Should().Be(0);

        var (code, output, _) = Invoke("classify", "I ate a mango", "--model", model);

        code.Should().Be(0);
        output.Should().StartWith("fruit\n").And.Contain("  vehicle");
    }

    private static (int Code, string Output, string Error) Invoke(params string[] args)
    {
        var root = new RootCommand();
        var eval = new Command("eval");
        eval.Subcommands.Add(ClassifierCommands.CreateEvalClassifier());
        root.Subcommands.Add(eval);
        root.Subcommands.Add(ClassifierCommands.CreateTrain());
        root.Subcommands.Add(ClassifierCommands.CreateClassify());
        var output = new StringWriter();
        var error = new StringWriter();

        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });

        return (code, output.ToString(), error.ToString());
    }

    private string WriteToyJsonl(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, ToyData.ThreeClasses().Select((d, i) => JsonSerializer.Serialize(new { id = $"t{i + 1}", text = d.Text, label = d.Label })));
        return path;
    }
}
