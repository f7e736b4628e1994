using System.Text.Json;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Golden;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Cli;

public sealed class CheckCommandTests : IDisposable, IClassFixture<SeedReportFixture>
{
    private const string Wire = "Chile deployed 1,200 firefighters to the blaze on Sunday, officials said.";
    private const string Local = "Chile has deployed about 4,000 firefighters to the blaze, the interior ministry said.";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-cli-");
    private readonly SeedReportFixture _seeds;

    public CheckCommandTests(SeedReportFixture seeds) => _seeds = seeds;

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Check_SeedsRedirected_PrintsThePlainTextReport()
    {
        var (exitCode, output, error) = CliHarness.Run(["check", TestPaths.SeedsFolder]);

        exitCode.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Be(TextReportWriter.Write(_seeds.Report));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("JSON")]
    [InlineData("markdown")]
    [InlineData("Html")]
    public void Check_SeedsInFormat_PrintsThatWritersOutput(string format)
    {
        var (exitCode, output, _) = CliHarness.Run(["check", TestPaths.SeedsFolder, "--format", format]);

        exitCode.Should().Be(0);
        var expected = ReportWriter.Write(_seeds.Report, Enum.Parse<ReportFormat>(format, ignoreCase: true));
        output.TrimEnd('\n').Should().Be(expected.TrimEnd('\n'));
    }

    [Fact]
    public void Check_ClaimReviewWithPublisherReviewUrlAndDate_PrintsThatWritersOutput()
    {
        var (exitCode, output, _) = CliHarness.Run(["check", TestPaths.SeedsFolder, "--format", "claimreview", "--publisher", "Valley Fact Desk",
            "--publisher-url", "https://facts.example/", "--review-url", "https://facts.example/seeds", "--review-date", "2025-03-04"]);

        exitCode.Should().Be(0);
        var options = new ClaimReviewOptions
        {
            Publisher = "Valley Fact Desk", PublisherUrl = new Uri("https://facts.example/"), ReviewUrl = new Uri("https://facts.example/seeds"), DatePublished = new DateOnly(2025, 3, 4),
        };
        output.TrimEnd('\n').Should().Be(ClaimReviewWriter.Write(_seeds.Report, options).TrimEnd('\n'));
    }

    [Fact]
    public void Check_ClaimReviewWithoutDate_DatesTheReviewsToday()
    {
        var (exitCode, output, _) = CliHarness.Run(["check", TestPaths.SeedsFolder, "--format", "claimreview"]);

        exitCode.Should().Be(0);
        output.Should().Contain($"\"datePublished\": \"{DateTime.UtcNow:yyyy-MM-dd}\"");
    }

    [Theory]
    [InlineData("--review-url", "facts/seeds")]
    [InlineData("--publisher-url", "ftp://facts.example")]
    public void Check_RelativeOrNonHttpUrl_IsAUsageErrorNamingTheOption(string option, string value)
    {
        var (exitCode, _, error) = CliHarness.Run(["check", TestPaths.SeedsFolder, "--format", "claimreview", option, value]);

        exitCode.Should().Be(2);
        error.Should().Contain(option).And.Contain("absolute http(s) URL").And.Contain(value);
    }

    [Fact]
    public void Check_Output_WritesTheFileAndPrintsNothing()
    {
        var target = Path.Combine(_folder.FullName, "report.html");

        var (exitCode, output, _) = CliHarness.Run(["check", TestPaths.SeedsFolder, "--format", "html", "--output", target]);

        exitCode.Should().Be(0);
        output.Should().BeEmpty();
        File.ReadAllText(target).Should().StartWith("<!DOCTYPE html>").And.Contain("<svg ");
    }

    [Fact]
    public void Check_MisspeltOption_SuggestsTheOptionOnOneLine()
    {
        var (exitCode, output, error) = CliHarness.Run(["check", TestPaths.SeedsFolder, "--fromat", "html"]);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("claimcheck: Unrecognized option '--fromat'. Did you mean '--format'? Run 'claimcheck check --help' for usage." + Environment.NewLine);
    }

    [Fact]
    public void Check_UnknownFormat_ListsTheFormatsOnOneLine()
    {
        var (exitCode, _, error) = CliHarness.Run(["check", TestPaths.SeedsFolder, "--format", "pdf"]);

        exitCode.Should().Be(2);
        error.Trim().Split('\n').Should().ContainSingle();
        error.Should().Contain("'pdf'").And.Contain("'text', 'json', 'markdown', 'html', 'claimreview'");
    }

    [Fact]
    public void Check_NoInputs_SaysAnInputIsRequired()
    {
        var (exitCode, _, error) = CliHarness.Run(["check"]);

        exitCode.Should().Be(2);
        error.Should().Contain("inputs").And.Contain("claimcheck check --help");
    }

    [Fact]
    public void Check_EmptyFolder_SaysWhatItLooksFor()
    {
        var (exitCode, _, error) = CliHarness.Run(["check", _folder.FullName]);

        exitCode.Should().Be(2);
        error.Should().Contain("holds no .txt, .md, .html, .htm, .jsonl files");
    }

    [Fact]
    public void Check_JsonLinesFile_ReadsEachLineAsADocumentWithMetadata()
    {
        var file = Write("batch.jsonl", $$"""
            {"id": "wire", "text": "{{Wire}}", "outlet": "Wire", "published": "2024-02-04", "url": "https://example.com/w"}

            {"id": "local", "text": "{{Local}}"}
            """);

        var report = CheckJson(file);

        report.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("wire", "local");
        var wire = report.GetProperty("documents")[0];
        wire.GetProperty("outlet").GetString().Should().Be("Wire");
        wire.GetProperty("published").GetString().Should().Be("2024-02-04");
        wire.GetProperty("url").GetString().Should().Be("https://example.com/w");
        report.GetProperty("findings")[0].GetProperty("kind").GetString().Should().Be("NumericDiscrepancy");
    }

    [Theory]
    [InlineData("{\"id\": \"b\", \"text\": \"x\"", "not valid JSON")]
    [InlineData("{\"text\": \"no id\"}", "\"id\" is missing")]
    [InlineData("{\"id\": \"b\"}", "\"text\" is missing")]
    [InlineData("{\"id\": \"b\", \"text\": \"x\", \"published\": \"yesterday\"}", "'yesterday' is not a date")]
    [InlineData("[1, 2]", "expected a JSON object")]
    public void Check_BadJsonLine_NamesTheFileAndLine(string badLine, string expected)
    {
        var file = Write("bad.jsonl", "{\"id\": \"a\", \"text\": \"fine\"}\n" + badLine + "\n");

        var (exitCode, _, error) = CliHarness.Run(["check", file, "--strict"]);
        var (lenientExitCode, _, lenientError) = CliHarness.Run(["check", file]);

        exitCode.Should().Be(2);
        error.Should().StartWith($"claimcheck: {file}:2: ").And.Contain(expected);
        error.Trim().Split('\n').Should().ContainSingle();
        lenientExitCode.Should().Be(0, "without --strict an unreadable file is named and skipped");
        lenientError.Should().StartWith($"claimcheck: skipped {file}:2: ").And.Contain(expected);
    }

    [Fact]
    public void Check_StdinJsonLines_ReadsTheDocuments()
    {
        var stdin = $$"""
            {"id": "wire", "text": "{{Wire}}"}
            {"id": "local", "text": "{{Local}}"}
            """;

        var (exitCode, output, _) = CliHarness.Run(["check", "-", "--stdin-format", "jsonl", "--format", "json"], stdin);

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("findings")[0].GetProperty("kind").GetString().Should().Be("NumericDiscrepancy");
    }

    [Fact]
    public void Check_StdinTextWithAFile_ComparesBoth()
    {
        var file = Write("wire.txt", Wire);

        var (exitCode, output, _) = CliHarness.Run(["check", file, "-", "--format", "json"], Local);

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("wire", "stdin");
        json.RootElement.GetProperty("findings").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void Check_FrontMatter_SetsMetadataAndIsNotPartOfTheText()
    {
        var file = Write("wire.md", $"---\noutlet: Wire Service\npublished: 2024-10-23\nurl: https://example.com/wire\n---\n{Wire}\n");

        var document = CheckJson(file).GetProperty("documents")[0];

        document.GetProperty("outlet").GetString().Should().Be("Wire Service");
        document.GetProperty("published").GetString().Should().Be("2024-10-23");
        document.GetProperty("url").GetString().Should().Be("https://example.com/wire");
        document.GetProperty("length").GetInt32().Should().Be(Wire.Length + 1);
    }

    [Fact]
    public void Check_Sidecar_OverridesFrontMatter()
    {
        var file = Write("wire.txt", $"---\noutlet: From front matter\n---\n{Wire}");
        Write("wire.meta.json", """{"outlet": "From sidecar", "published": "2024-10-24"}""");

        var document = CheckJson(file).GetProperty("documents")[0];

        document.GetProperty("outlet").GetString().Should().Be("From sidecar");
        document.GetProperty("published").GetString().Should().Be("2024-10-24");
    }

    [Fact]
    public void Check_FolderWithSidecar_DoesNotReadTheSidecarAsADocument()
    {
        Write("wire.txt", Wire);
        Write("wire.meta.json", """{"outlet": "Wire"}""");
        Write("local.md", Local);

        var documents = CheckJson(_folder.FullName).GetProperty("documents");

        documents.EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("local", "wire");
    }

    [Fact]
    public void Check_BadSidecar_NamesTheSidecar()
    {
        var file = Write("wire.txt", Wire);
        var sidecar = Write("wire.meta.json", """{"url": "not a url"}""");

        var (exitCode, _, error) = CliHarness.Run(["check", file, "--strict"]);

        exitCode.Should().Be(2);
        error.Should().StartWith($"claimcheck: {sidecar}: ").And.Contain("not an absolute http(s) URL");
    }

    [Fact]
    public void Check_HtmlFile_ReadsTheArticleTextWithoutBoilerplate()
    {
        var file = Write("page.html", $"""
            <html><head><title>Fire in Chile</title><meta property="og:site_name" content="Daily Planet">
            <style>p {"{"} color: red; {"}"}</style><script>var tracking = 1;</script></head>
            <body><nav>Home | World</nav><header>Subscribe now</header>
            <article><h1>Fire in Chile</h1><p>{Local}</p><p>More   crews   are expected.</p></article>
            <aside>Related: nothing</aside><footer>© Daily Planet</footer></body></html>
            """);
        var stdin = $$"""{"id": "wire", "text": "{{Wire}}"}""";

        var (exitCode, output, _) = CliHarness.Run(["check", file, "-", "--stdin-format", "jsonl", "--format", "json"], stdin);

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents")[0].GetProperty("outlet").GetString().Should().Be("Daily Planet");
        var text = json.RootElement.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("documentId").GetString() == "page").Select(c => c.GetProperty("text").GetString()).ToList();
        text.Should().Contain(Local);
        json.RootElement.GetProperty("findings").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void Check_DuplicateIds_NamesBothInputs()
    {
        var a = Write("a/same.txt", Wire);
        var b = Write("b/same.md", Local);

        var (exitCode, _, error) = CliHarness.Run(["check", a, b]);

        exitCode.Should().Be(2);
        error.Should().Contain("two documents are named 'same'").And.Contain(a).And.Contain(b);
    }

    private JsonElement CheckJson(string input)
    {
        var (exitCode, output, error) = CliHarness.Run(["check", input, "--format", "json"]);
        exitCode.Should().Be(0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
