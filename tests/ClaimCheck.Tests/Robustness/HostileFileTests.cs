using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Issue 16, hostile input round two: files and streams as an attacker or a careless user hands them to
/// <c>claimcheck check</c>. Each test names the row of the table it holds to; what cannot end (a named pipe, a
/// device, a closed standard input) runs in a separate process, which the harness kills after two minutes. Linux only, like
/// CI: named pipes, <c>/dev/zero</c>, file modes and <c>setpriv</c>.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class HostileFileTests : IDisposable
{
    private const string Toll = "Officials said 12 people died in the flood in Valdora.";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-hostile-");

    public void Dispose() => _folder.Delete(recursive: true);

    // Row 1: date arithmetic. A time scope out of the calendar's range is left unresolved instead of throwing.

    [Fact]
    public void Check_ThousandsOfYearsAgoInAnArticleWithFrontMatterDate_ReportsItsClaims()
    {
        Write("temple.md", "---\npublished: 2024-10-23\n---\nThe temple, built 4,500 years ago, drew 30,000 visitors. "
            + "Its walls rose 2,100 years ago, some 300 decades ago, and a shrine stood there 5,000 years earlier.\n");

        var (exitCode, output, error) = CliHarness.Run(["check", _folder.FullName, "--format", "json"]);

        exitCode.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("claims").EnumerateArray()
            .Should().Contain(c => c.GetProperty("text").GetString()!.Contains("30,000 visitors", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Check_PublishedAtEitherEndOfTheCalendar_RelativeDatesCostNothing(string published)
    {
        Write("edge.md", $"---\npublished: {published}\n---\nYesterday 40 people were evacuated in Valdora. Next year 300 homes will be rebuilt. "
            + "Last week 12 people died in the flood.\n");

        var (exitCode, output, error) = CliHarness.Run(["check", _folder.FullName, "--format", "json"]);

        exitCode.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("claims").GetArrayLength().Should().BeGreaterThan(0);
    }

    // Row 2: a lone surrogate in a JSON Lines record or a sidecar.
    [Fact]
    public void Check_LoneSurrogateEscapesInJsonLinesAndSidecar_ReadsThemAsReplacementCharacters()
    {
        Write("feed.jsonl", """{"id": "wire", "outlet": "Wire \udc00", "text": "Officials said 12 people died \ud800 in Valdora."}""" + "\n");
        Write("local.txt", Toll);
        Write("local.meta.json", """{"outlet": "Post \ud800", "place": "Val\udfffdora"}""");

        var (exitCode, output, error) = CliHarness.Run(["check", _folder.FullName, "--format", "json"]);

        exitCode.Should().Be(0, error);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        documents["wire"].GetProperty("outlet").GetString().Should().Be("Wire \uFFFD");
        documents["local"].GetProperty("outlet").GetString().Should().Be("Post \uFFFD");
        documents["local"].GetProperty("place").GetString().Should().Be("Val\uFFFDdora");
        json.RootElement.GetProperty("claims").EnumerateArray().Should().Contain(c => c.GetProperty("text").GetString()!.Contains("died \uFFFD in", StringComparison.Ordinal));
    }

    // Row 3: named pipes and a closed standard input.
    [Fact]
    public void Check_NamedPipeInAFolderAndNamedDirectly_IsRefusedAndTheRestIsRead()
    {
        Write("a.txt", Toll);
        var pipe = MakeFifo("b.txt");

        var inFolder = CliHarness.RunProcess("check", _folder.FullName, "--format", "json");
        var direct = CliHarness.RunProcess("check", pipe, Path.Combine(_folder.FullName, "a.txt"), "--format", "json");

        foreach (var (exitCode, output, error) in new[] { inFolder, direct })
        {
            exitCode.Should().Be(0, error);
            error.Should().Contain("b.txt").And.Contain("not a regular file (a named pipe)");
            using var json = JsonDocument.Parse(output);
            json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(1);
        }

        CliHarness.RunProcess("check", pipe, "--strict").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Check_StandardInputClosed_SaysSoInsteadOfWaiting()
    {
        var (exitCode, output, error) = CliHarness.RunProcess(new ProcessSetup { CloseStandardInput = true }, "check", "-");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("claimcheck: standard input ('-') cannot be read: it is closed");
    }

    // Row 4: a file far over the length limit, and a link to /dev/zero.
    [Fact]
    public void Check_TextFileOfOnePointTwoGigabytes_StopsWithTheLimitErrorAfterReadingTheLimit()
    {
        var path = Path.Combine(_folder.FullName, "huge.txt");
        using (var file = new FileStream(path, FileMode.Create))
        {
            file.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Toll + " ", 2_000))));
            file.SetLength(1_200_000_000); // sparse: the rest reads as NUL characters, and takes no disk
        }

        var (exitCode, output, error) = CliHarness.RunProcess("check", path);

        exitCode.Should().Be(1, error);
        output.Should().BeEmpty();
        error.Should().Be("claimcheck: Document 'huge' (" + path + ") exceeds MaxDocumentLength (10,000,000): its text is longer, and reading stopped there. "
            + "Raise MaxDocumentLength or set LimitHandling to Truncate.\n");
    }

    [Fact]
    public void ReadPaths_EndlessStandardInput_ReadsOneCharacterPastTheLimitAndThrows()
    {
        var endless = new EndlessReader();

        var act = () => ClaimCheck.Documents.DocumentReader.ReadPaths(["-"], new() { StandardInput = endless, MaxDocumentLength = 1_000_000 });

        act.Should().Throw<ClaimCheckLimitException>().Which.Should().BeEquivalentTo(new { LimitName = "MaxDocumentLength", Limit = 1_000_000, Actual = 1_000_001, DocumentId = "stdin" });
        endless.Consumed.Should().Be(1_000_001, "reading stops one character past the limit");
    }

    [Fact]
    public void Check_LinkToDevZeroAndAnHtmlPageOverTheLimit_AreRefusedOrStopped()
    {
        Write("a.txt", Toll);
        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "zero.txt"), "/dev/zero");
        var page = Write("page.html", "<html><body><p>" + string.Concat(Enumerable.Repeat(Toll + " ", 2_000)) + "</p></body></html>");

        var zero = CliHarness.RunProcess("check", _folder.FullName, "--format", "json");
        var html = CliHarness.RunProcess("check", page, "--max-document-length", "50000");

        zero.ExitCode.Should().Be(0, zero.Error);
        zero.Error.Should().Contain("zero.txt: not a regular file (a character device)");
        html.ExitCode.Should().Be(1);
        html.Error.Should().Contain("Document 'page'").And.Contain("its HTML is longer");
    }

    // Row 7: a sidecar or folder that cannot be read costs that article, not the check.
    [Fact]
    public void Check_SidecarThatCannotBeRead_SkipsItsArticleNamingTheSidecar()
    {
        Write("a.txt", Toll);
        Write("b.txt", "The aid group said 31 people died in the flood in Valdora.");
        MakeFifo("b.meta.json");

        var (exitCode, output, error) = CliHarness.RunProcess("check", _folder.FullName, "--format", "json");

        exitCode.Should().Be(0, error);
        error.Should().Contain("skipped").And.Contain("b.meta.json: not a regular file");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("a");
    }

    [Fact]
    public void Check_UnreadableFolderAndSidecar_AreNamedAndTheRestIsChecked()
    {
        var readable = _folder.CreateSubdirectory("readable");
        var locked = _folder.CreateSubdirectory("locked");
        File.WriteAllText(Path.Combine(readable.FullName, "a.txt"), Toll);
        File.WriteAllText(Path.Combine(readable.FullName, "b.txt"), Toll);
        File.WriteAllText(Path.Combine(readable.FullName, "b.meta.json"), "{}");
        File.SetUnixFileMode(Path.Combine(readable.FullName, "b.meta.json"), UnixFileMode.None);
        File.SetUnixFileMode(locked.FullName, UnixFileMode.None);
        File.SetUnixFileMode(_folder.FullName, (UnixFileMode)0b111_101_101);

        // Root reads whatever the mode says, so as root the CLI runs as nobody, whom the modes deny.
        var setup = new ProcessSetup { AsUnprivilegedUser = Environment.UserName == "root" };
        var sidecar = CliHarness.RunProcess(setup, "check", readable.FullName, "--format", "json");
        var folder = CliHarness.RunProcess(setup, "check", locked.FullName, readable.FullName);

        sidecar.ExitCode.Should().Be(0, sidecar.Error);
        sidecar.Error.Should().Contain("b.meta.json").And.Contain("denied");
        JsonDocument.Parse(sidecar.Output).RootElement.GetProperty("documents").GetArrayLength().Should().Be(1);
        folder.ExitCode.Should().Be(2);
        folder.Error.Should().StartWith($"claimcheck: {locked.FullName}: cannot list the folder").And.NotContain("cannot write the report");
    }

    // Row 9: one bad JSON Lines record costs one record.
    [Fact]
    public void Check_JsonLinesWithAMalformedSecondLine_ReadsTheOtherRecordsAndNamesTheLine()
    {
        var feed = Write("feed.jsonl", """
            {"id": "a", "text": "Officials said 12 people died in the flood in Valdora."}
            {"id": "b", "text": broken}
            {"id": "c", "text": "The aid group said 31 people died in the flood in Valdora."}
            {"id": "d", "text": "one", "text": "two"}
            """);

        var (exitCode, output, error) = CliHarness.Run(["check", feed, "--format", "json"]);
        var strict = CliHarness.Run(["check", feed, "--strict"]);

        exitCode.Should().Be(0);
        error.Should().Contain($"skipped {feed}:2: not valid JSON").And.Contain($"skipped {feed}:4: not valid JSON").And.Contain("'text'");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("a", "c");
        json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).Should().Contain(w => w!.StartsWith($"Skipped {feed}:2:", StringComparison.Ordinal));
        strict.ExitCode.Should().Be(2);
        strict.Output.Should().BeEmpty();
        strict.Error.Should().StartWith($"claimcheck: {feed}:2: not valid JSON");
    }

    // Row 12: encodings from the byte-order mark, <meta charset> and http-equiv.
    [Theory]
    [InlineData("<meta charset=\"iso-8859-1\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    [InlineData("<meta charset=windows-1252>")]
    public void Check_Latin1PageDeclaringItsCharset_IsDecodedAsDeclared(string declaration)
    {
        var html = $"<html><head>{declaration}<title>Caf\u00e9 fire</title></head><body><p>The caf\u00e9 owner said 12 people died in Valdora \u2014 \u201cterrible\u201d.</p></body></html>";
        File.WriteAllBytes(Path.Combine(_folder.FullName, "page.html"), Encoding.Latin1.GetBytes(html.Replace('\u2014', '-').Replace('\u201c', '"').Replace('\u201d', '"')));

        var (exitCode, output, error) = CliHarness.Run(["check", _folder.FullName, "--format", "json"]);

        exitCode.Should().Be(0, error);
        error.Should().BeEmpty("the page is decoded as it says, so no byte is invalid");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString())
            .Should().Contain("The caf\u00e9 owner said 12 people died in Valdora - \"terrible\".");
    }

    [Theory]
    [InlineData("page.html", "utf-16")]
    [InlineData("page.html", "utf-16BE")]
    [InlineData("notes.txt", "utf-16")]
    [InlineData("notes.txt", "utf-8")]
    public void Check_FileWithAByteOrderMark_IsDecodedAsTheMarkSays(string name, string encoding)
    {
        var text = name.EndsWith(".html", StringComparison.Ordinal) ? $"<p>{Toll} \u65e5\u672c</p>" : $"{Toll} \u65e5\u672c";
        var bytes = Encoding.GetEncoding(encoding);
        File.WriteAllBytes(Path.Combine(_folder.FullName, name), [.. bytes.GetPreamble(), .. bytes.GetBytes(text)]);

        var (exitCode, output, error) = CliHarness.Run(["check", _folder.FullName, "--format", "json"]);

        exitCode.Should().Be(0, error);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString()).Should().Contain(Toll);
        json.RootElement.GetProperty("documents")[0].GetProperty("length").GetInt32().Should().Be(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Length - (name.EndsWith(".html", StringComparison.Ordinal) ? 6 : 0));
    }

    [Fact]
    public void Check_UndeclaredLatin1Bytes_AreReadAsReplacementCharactersWithAWarning()
    {
        var path = Path.Combine(_folder.FullName, "cafe.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("The caf\u00e9 owner said 12 people died in Valdora."));

        var (exitCode, _, error) = CliHarness.Run(["check", path]);

        exitCode.Should().Be(0);
        error.Should().Be($"claimcheck: warning: {path}: 1 byte sequence is not valid utf-8 and was read as U+FFFD "
            + "(if the file is in another encoding, give it a byte-order mark or, in HTML, a <meta charset>).\n");
    }

    // Row 13: --output naming an input.
    [Theory]
    [InlineData("a.txt")]
    [InlineData("b.meta.json")]
    [InlineData("link.txt")]
    public void Check_OutputNamingAnInputOrItsSidecar_IsRefusedAndTheInputIsUntouched(string target)
    {
        var article = Write("a.txt", Toll);
        Write("b.txt", Toll.Replace("12", "31", StringComparison.Ordinal));
        Write("b.meta.json", "{\"outlet\": \"Post\"}");
        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "link.txt"), article);
        var before = Directory.GetFiles(_folder.FullName).ToDictionary(f => f, File.ReadAllText);

        var (exitCode, output, error) = CliHarness.Run(["check", _folder.FullName, "--output", Path.Combine(_folder.FullName, target)]);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("is one of the inputs").And.Contain("would overwrite it");
        Directory.GetFiles(_folder.FullName).ToDictionary(f => f, File.ReadAllText).Should().Equal(before);
    }

    // Smaller: closed standard output.
    [Fact]
    public void Check_StandardOutputClosed_SaysItCannotWriteToStandardOutput()
    {
        var (exitCode, _, error) = CliHarness.RunProcess(new ProcessSetup { CloseStandardOutput = true }, "check", Write("a.txt", Toll), "--format", "json");

        exitCode.Should().Be(1);
        error.Should().StartWith("claimcheck: cannot write the report to standard output (is it closed?)");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(_folder.FullName, name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0, "mkfifo creates the named pipe");
        return path;
    }

    /// <summary>Standard input that never ends: 'a' after 'a', counting what was read.</summary>
    private sealed class EndlessReader : TextReader
    {
        public long Consumed { get; private set; }

        public override int Peek() => 'a';

        public override int Read(char[] buffer, int index, int count)
        {
            if (Consumed > 100_000_000)
            {
                throw new InvalidOperationException("read 100 million characters from a source that never ends");
            }

            buffer.AsSpan(index, count).Fill('a');
            Consumed += count;
            return count;
        }

        public override int Read() => Read(new char[1], 0, 1) > 0 ? 'a' : -1;
    }
}
