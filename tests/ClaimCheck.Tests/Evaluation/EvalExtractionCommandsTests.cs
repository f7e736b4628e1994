using System.CommandLine;
using System.Text.Json;
using ClaimCheck.Cli.Commands;
using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public sealed class EvalExtractionCommandsTests : IDisposable
{
    // One sentence, two gold quantities. The digits extractor finds 5 and 300, both as bare counts with change "=":
    // value 2/2 (P = R = F1 = 1), value+unit 0/2 (all 0), value+change 1/2 (only 300 is "="; P = R = F1 = 0.5).
    private const string NewsQuantJson = """
        [ { "text": "Sales rose 5 percent to 300 dollars.",
            "quantities": [
              { "value": "5", "unit": "percent", "normalized_unit": "percentage", "change": "up" },
              { "value": 300, "unit": "dollars", "normalized_unit": "dollar", "change": "=" } ] } ]
        """;

    // Gold: "1998" (exact for the year extractor, right value) and "the spring of 1999" (the extractor finds "1999"
    // inside it: relaxed only, value "1999" against "1999-SP" is wrong).
    // strict 1 of 2 system, 2 gold: P = R = F1 = 0.5; relaxed 2/2: all 1; value 1/2: all 0.5.
    private const string TimeMLXml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>d1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-03" functionInDocument="CREATION_TIME">2000-01-03</TIMEX3></DCT>
        <TEXT>Prices fell in <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3> and rose in <TIMEX3 tid="t2" type="DATE" value="1999-SP">the spring of 1999</TIMEX3>.</TEXT>
        </TimeML>
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-eval-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Quantities_Json_PrintsItemsAndThreeMatchTypes()
    {
        var file = WriteFile("gold.json", NewsQuantJson);

        var (exitCode, output, _) = RunQuantities(file, "--json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("items", "value", "valueUnit", "valueChange");
        json.RootElement.GetProperty("items").GetInt32().Should().Be(1);
        Scores(json.RootElement.GetProperty("value")).Should().Equal(1.0, 1.0, 1.0);
        Scores(json.RootElement.GetProperty("valueUnit")).Should().Equal(0.0, 0.0, 0.0);
        Scores(json.RootElement.GetProperty("valueChange")).Should().Equal(0.5, 0.5, 0.5);
    }

    [Fact]
    public void Quantities_GoldWithoutChange_PrintsNullValueChange()
    {
        var file = WriteFile("age-model.json", """[ { "text": "I'm 29 years old.", "quantities": [ { "value": "29", "normalized_unit": "year of age" } ] } ]""");

        var (exitCode, output, _) = RunQuantities(file, "--json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("valueChange").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Quantities_Table_PrintsEachMatchTypeAsPercentages()
    {
        var file = WriteFile("gold.json", NewsQuantJson);

        var (exitCode, output, _) = RunQuantities(file);

        exitCode.Should().Be(0);
        output.Should().Contain("1 items, 2 gold quantities, 2 predicted");
        output.Should().MatchRegex(@"value\s+100\.0 %\s+100\.0 %\s+100\.0 %\s+2");
        output.Should().MatchRegex(@"value\+unit\s+0\.0 %\s+0\.0 %\s+0\.0 %\s+0");
        output.Should().MatchRegex(@"value\+change\s+50\.0 %\s+50\.0 %\s+50\.0 %\s+1");
    }

    [Fact]
    public void Quantities_PredictionsOption_WritesReadableNewsQuantFile()
    {
        var file = WriteFile("gold.json", NewsQuantJson);
        var predictions = Path.Combine(_folder.FullName, "out.json");

        var (exitCode, _, _) = RunQuantities(file, "--json", "--predictions", predictions);

        exitCode.Should().Be(0);
        var items = QuantitySetReader.Read(predictions);
        items.Should().ContainSingle().Which.Quantities.Should().Equal(
            new GoldQuantity(QuantityValue.Single(5), null, "-", "="),
            new GoldQuantity(QuantityValue.Single(300), null, "-", "="));
    }

    [Fact]
    public void Quantities_MissingFile_PrintsErrorAndFails()
    {
        var missing = Path.Combine(_folder.FullName, "missing.json");

        var (exitCode, output, error) = RunQuantities(missing);

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain(missing).And.Contain("not found");
    }

    [Fact]
    public void Quantities_MalformedJson_PrintsErrorNamingFileAndFails()
    {
        var file = WriteFile("broken.json", "[ { \"text\": ");

        var (exitCode, _, error) = RunQuantities(file, "--json");

        exitCode.Should().Be(1);
        error.Should().Contain(file).And.Contain("malformed JSON");
    }

    [Fact]
    public void Quantities_MalformedValue_SkipsItWithAWarningNamingItemAndField()
    {
        var file = WriteFile("odd.json", """
            [ { "text": "Sales rose 5 percent to 300 dollars.",
                "quantities": [
                  { "value": "five", "normalized_unit": "percentage", "change": "up" },
                  { "value": "300", "normalized_unit": "dollar", "change": "=" } ] } ]
            """);

        var (exitCode, output, error) = RunQuantities(file, "--json");

        exitCode.Should().Be(0);
        error.Should().Contain("warning:").And.Contain("item 0, quantity 0: 'value' \"five\"").And.Contain("skipped");
        JsonDocument.Parse(output).RootElement.GetProperty("items").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Quantities_MalformedValueWithStrict_StopsWithAnError()
    {
        var file = WriteFile("odd.json", """[ { "text": "a", "quantities": [ { "value": "five", "normalized_unit": "-" } ] } ]""");

        var (exitCode, output, error) = RunQuantities(file, "--strict");

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("error:").And.Contain("item 0, quantity 0: 'value' \"five\"");
    }

    [Fact]
    public void Timex_Json_PrintsDocumentsAndFourScores()
    {
        WriteFile("docs/d1.tml", TimeMLXml);

        var (exitCode, output, _) = RunTimex(Path.Combine(_folder.FullName, "docs"), "--json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("documents", "strict", "relaxed", "value", "type");
        json.RootElement.GetProperty("documents").GetInt32().Should().Be(1);
        Scores(json.RootElement.GetProperty("strict")).Should().Equal(0.5, 0.5, 0.5);
        Scores(json.RootElement.GetProperty("relaxed")).Should().Equal(1.0, 1.0, 1.0);
        Scores(json.RootElement.GetProperty("value")).Should().Equal(0.5, 0.5, 0.5);
        Scores(json.RootElement.GetProperty("type")).Should().Equal(1.0, 1.0, 1.0);
    }

    [Fact]
    public void Timex_PredictionsOption_WritesTimeMLThatReadsBackWithSystemTimexes()
    {
        WriteFile("docs/sub/d1.tml", TimeMLXml);
        var output = Path.Combine(_folder.FullName, "out");

        var (exitCode, _, _) = RunTimex(Path.Combine(_folder.FullName, "docs"), "--predictions", output);

        exitCode.Should().Be(0);
        var written = TimeMLReader.ReadFolder(output).Should().ContainSingle().Subject;
        written.Name.Should().Be("sub/d1.tml");
        written.CreationDate.Should().Be(new DateOnly(2000, 1, 3));
        written.Text.Should().Be("Prices fell in 1998 and rose in the spring of 1999.");
        written.Timexes.Should().Equal(new TimexAnnotation(15, 4, "DATE", "1998"), new TimexAnnotation(46, 4, "DATE", "1999"));
    }

    [Fact]
    public void Timex_ErrorsOption_PrintsEachErrorWithGoldAndPrediction()
    {
        WriteFile("docs/d1.tml", TimeMLXml);

        var (exitCode, output, _) = RunTimex(Path.Combine(_folder.FullName, "docs"), "--errors");

        exitCode.Should().Be(0);
        output.Split('\n').Where(line => line.StartsWith("span\t", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Contain("d1.tml").And.Contain("gold [the spring of 1999] 1999-SP").And.Contain("predicted [1999] 1999");
        output.Should().NotContain("missed\t").And.NotContain("spurious\t").And.NotContain("value\t");
    }

    [Fact]
    public void Timex_MalformedXml_PrintsErrorNamingFileAndFails()
    {
        var file = WriteFile("docs/bad.tml", "<TimeML>\n<TEXT>unclosed\n</TimeML>");

        var (exitCode, _, error) = RunTimex(Path.Combine(_folder.FullName, "docs"));

        exitCode.Should().Be(1);
        error.Should().Contain(file).And.Contain("malformed XML at line 3");
    }

    [Fact]
    public void Timex_MissingFolder_PrintsErrorAndFails()
    {
        var (exitCode, _, error) = RunTimex(Path.Combine(_folder.FullName, "nowhere"));

        exitCode.Should().Be(1);
        error.Should().Contain("nowhere").And.Contain("not found");
    }

    private static double[] Scores(JsonElement element) =>
        [element.GetProperty("precision").GetDouble(), element.GetProperty("recall").GetDouble(), element.GetProperty("f1").GetDouble()];

    private static (int ExitCode, string Output, string Error) RunQuantities(params string[] args) =>
        Run(EvalExtractionCommands.CreateQuantities(new DigitsQuantityExtractor()), ["eval", "quantities", .. args]);

    private static (int ExitCode, string Output, string Error) RunTimex(params string[] args) =>
        Run(EvalExtractionCommands.CreateTimex(new YearTimexExtractor()), ["eval", "timex", .. args]);

    // Mounts the command the way Program.cs does: claimcheck eval <command>.
    private static (int ExitCode, string Output, string Error) Run(Command command, string[] args)
    {
        var eval = new Command("eval");
        eval.Subcommands.Add(command);
        var root = new RootCommand();
        root.Subcommands.Add(eval);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });

        return (exitCode, output.ToString(), error.ToString());
    }

    private string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(_folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
