using System.CommandLine;
using System.Text.Json;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Tests.Classification;

public sealed class ClassifierCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimcheck-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Train_ThenEvalClassifierJson_ReportsMetricsAndWritesPredictions()
    {
        var data = WriteToyJsonl("toy.jsonl");
        var model = Path.Combine(_folder, "toy.model");
        var predictions = Path.Combine(_folder, "predictions.jsonl");

        var (trainCode, trainOut, _) = Invoke("train", "--data", data, "--output", model, "--hash-bits", "14");
        var (evalCode, evalOut, _) = Invoke("eval", "classifier", "--model", model, "--data", data, "--json", "--predictions", predictions);

        trainCode.Should().Be(0);
        trainOut.Should().Contain("trained on 72 items");
        evalCode.Should().Be(0);
        using var metrics = JsonDocument.Parse(evalOut);
        metrics.RootElement.GetProperty("items").GetInt32().Should().Be(72);
        metrics.RootElement.GetProperty("macroF1").GetDouble().Should().Be(1);
        metrics.RootElement.GetProperty("perClass").GetProperty("fruit").GetProperty("recall").GetDouble().Should().Be(1);
        foreach (var name in new[] { "microAccuracy", "macroAccuracy", "logLoss" })
        {
            metrics.RootElement.TryGetProperty(name, out _).Should().BeTrue(name);
        }

        var lines = File.ReadAllLines(predictions);
        lines.Should().HaveCount(72);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("id").GetString().Should().Be("t1");
        first.RootElement.GetProperty("gold").GetString().Should().Be("animal");
        first.RootElement.GetProperty("predicted").GetString().Should().Be("animal");
        first.RootElement.GetProperty("scores").EnumerateObject().Select(p => p.Name).Should().Equal("animal", "fruit", "vehicle");
    }

    [Fact]
    public void Train_NumericClaimBusterLabels_AreAccepted()
    {
        var path = Path.Combine(_folder, "numeric.json");
        var records = ToyData.ThreeClasses().Select((d, i) => new { sentence_id = i, text = d.Text, label = d.Label switch { "animal" => -1, "fruit" => 0, _ => 1 } });
        File.WriteAllText(path, JsonSerializer.Serialize(records));

        var (code, output, _) = Invoke("train", "--data", path, "--cross-validate", "3", "--hash-bits", "14");

        code.Should().Be(0);
        output.Should().Contain("fold 3:").And.Contain("mean macro-F1");
    }

    [Fact]
    public void EvalClassifier_CorruptModel_FailsWithClearMessage()
    {
        var data = WriteToyJsonl("toy.jsonl");
        var model = Path.Combine(_folder, "bad.model");
        File.WriteAllText(model, "not a model");

        var (code, _, error) = Invoke("eval", "classifier", "--model", model, "--data", data);

        code.Should().Be(1);
        error.Should().Contain("bad.model").And.Contain("Not a ClaimCheck text-classifier model");
    }

    [Fact]
    public void Train_BadDataLine_FailsNamingFileAndLine()
    {
        var path = Path.Combine(_folder, "bad.jsonl");
        File.WriteAllText(path, "{\"text\":\"a\",\"label\":\"x\"}\n{\"text\":\"b\"}\n");

        var (code, _, error) = Invoke("train", "--data", path, "--output", Path.Combine(_folder, "m"));

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
    public void Classify_Sentence_PrintsTypeAsJson()
    {
        var (code, output, _) = Invoke("classify", "JOIN US ON TELEGRAM", "--json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("type").GetString().Should().Be("NotAClaim");
        json.RootElement.GetProperty("scores").EnumerateObject().Should().HaveCount(8);
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
