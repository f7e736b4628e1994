using System.Text.Json;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Cli;

/// <summary>Files that are not text are named and skipped (and listed in the report's warnings), or stop the check with --strict.</summary>
public sealed class NotTextInputTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-nottext-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Check_BinaryFileAmongArticles_NamesItSkipsItAndReportsTheRest()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "a.txt"), "Police said 200 people were arrested.");
        File.WriteAllBytes(Path.Combine(_folder.FullName, "b.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x10]);

        var (exitCode, output, error) = CliHarness.Run(["check", _folder.FullName, "--format", "json"]);

        exitCode.Should().Be(0);
        error.Should().Contain("b.txt").And.Contain("not a text file");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(1);
        json.RootElement.GetProperty("warnings")[0].GetString().Should().Contain("b.txt").And.Contain("NUL bytes");
    }

    [Fact]
    public void Check_BinaryFileWithStrict_StopsWithAnErrorNamingTheFile()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "a.txt"), "Police said 200 people were arrested.");
        File.WriteAllBytes(Path.Combine(_folder.FullName, "b.txt"), [0x00, 0x01, 0x02, 0x03]);

        var (exitCode, output, error) = CliHarness.Run(["check", _folder.FullName, "--strict"]);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("claimcheck: ").And.Contain("b.txt").And.Contain("not a text file");
    }

    [Fact]
    public void Check_DocumentOverTheLengthLimit_PrintsTheLimitError()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "huge.txt"), new string('a', 10_000_001));

        var (exitCode, _, error) = CliHarness.Run(["check", _folder.FullName]);

        exitCode.Should().Be(1);
        error.Should().Contain("huge").And.Contain("MaxDocumentLength");
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x6F, 0x6C, 0x69, 0x63, 0x65 }, null)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0x0A }, null)]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "NUL")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41 }, "control characters")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0xFA, 0x41 }, "not valid UTF-8")]
    public void NotTextReason_Bytes_SaysWhyOrNull(byte[] bytes, string? reason)
    {
        var actual = FileText.NotTextReason(bytes, System.Text.Encoding.UTF8);

        if (reason is null)
        {
            actual.Should().BeNull();
        }
        else
        {
            actual.Should().Contain(reason);
        }
    }
}
