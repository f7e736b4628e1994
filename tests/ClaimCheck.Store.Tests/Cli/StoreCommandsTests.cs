using System.Text.Json;
using ClaimCheck.Store.Tests.Infrastructure;

namespace ClaimCheck.Store.Tests.Cli;

public sealed class StoreCommandsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-store-cli-");

    private string StorePath => Path.Combine(_folder.FullName, "s.db");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A finding of the JSON report as kind, sides (label and claim ids) and explanation: what must agree between a
    /// check of all seeds and a store fed one seed at a time (ids differ: F1… against the store's stable ids).</summary>
    private static List<string> Findings(string json) =>
    [
        .. JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => JsonSerializer.Serialize(new
            {
                Kind = f.GetProperty("kind").GetString(),
                Sides = f.GetProperty("sides").EnumerateArray().Select(s => s.GetProperty("label").GetString() + ": " + string.Join(",", s.GetProperty("claimIds").EnumerateArray().Select(c => c.GetString()))),
                Explanation = f.GetProperty("explanation").GetString(),
            }))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void CheckStore_OncePerSeedArticleInReverseOrder_EndsWithTheFindingsOfACheckOfAllSeeds()
    {
        var seeds = Directory.GetFiles(TestCorpus.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).Reverse().ToList();
        var (_, expected, _) = StoreCli.Run("check", TestCorpus.SeedsFolder, "--format", "json");

        foreach (var seed in seeds)
        {
            StoreCli.Run("check", "--store", StorePath, seed, "--format", "json").ExitCode.Should().Be(0);
        }

        var (exitCode, stored, _) = StoreCli.Run("store", "findings", StorePath, "--format", "json");
        exitCode.Should().Be(0);
        Findings(stored).Should().Equal(Findings(expected)).And.NotBeEmpty();
        var (_, all, _) = StoreCli.Run("check", "--store", StorePath, seeds[0], "--all", "--format", "json");
        Findings(all).Should().Equal(Findings(expected));
    }

    [Fact]
    public void CheckStore_SameArticleTwice_SecondRunReportsNoFinding()
    {
        StoreCli.Run("check", "--store", StorePath, TestCorpus.SeedsFolder, "--format", "json").Output.Should().Contain("\"kind\"");

        var (exitCode, output, _) = StoreCli.Run("check", "--store", StorePath, Directory.GetFiles(TestCorpus.SeedsFolder, "*.txt")[0], "--format", "json");

        exitCode.Should().Be(0);
        JsonDocument.Parse(output).RootElement.GetProperty("findings").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("text", "ClaimCheck: ")]
    [InlineData("markdown", "#")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("claimreview", "ClaimReview")]
    public void CheckStore_AnyFormat_WritesTheNewFindings(string format, string expected)
    {
        var (exitCode, output, error) = StoreCli.Run("check", "--store", StorePath, TestCorpus.SeedsFolder, "--format", format);

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        output.Should().Contain(expected);
    }

    [Fact]
    public void CheckAll_WithoutStore_IsAUsageError()
    {
        var (exitCode, _, error) = StoreCli.Run("check", TestCorpus.SeedsFolder, "--all");

        exitCode.Should().Be(2);
        error.Should().Contain("--all needs --store");
    }

    [Fact]
    public void StoreStats_Json_PrintsDocumentsClaimsAndFindings()
    {
        var report = ClaimChecker.Check(TestCorpus.Seeds());
        StoreCli.Run("check", "--store", StorePath, TestCorpus.SeedsFolder);

        var (exitCode, output, _) = StoreCli.Run("store", "stats", StorePath, "--json");

        exitCode.Should().Be(0);
        output.Trim().Should().Be($"{{\"documents\":5,\"claims\":{report.Claims.Length},\"findings\":{report.Findings.Length}}}");
        StoreCli.Run("store", "stats", StorePath).Output.Should().StartWith($"{StorePath}: 5 documents, {report.Claims.Length} claims");
    }

    [Fact]
    public void StoreStats_MissingFile_FailsNamingItAndCreatesNothing()
    {
        var (exitCode, _, error) = StoreCli.Run("store", "stats", StorePath);

        exitCode.Should().Be(1);
        error.Should().Contain(StorePath).And.Contain("no such store");
        File.Exists(StorePath).Should().BeFalse();
    }

    [Fact]
    public void CheckStore_FileThatIsNotAStore_FailsNamingItAndLeavesItAlone()
    {
        File.WriteAllText(StorePath, "my notes ".PadRight(2000, '.'));

        var (exitCode, _, error) = StoreCli.Run("check", "--store", StorePath, TestCorpus.SeedsFolder);

        exitCode.Should().Be(1);
        error.Should().Contain(StorePath).And.Contain("not a ClaimCheck store");
        File.ReadAllText(StorePath).Should().StartWith("my notes");
    }

    [Fact]
    public void CheckStore_UnreadablePostgresUrl_IsAUsageErrorNamingTheOption()
    {
        var (exitCode, _, error) = StoreCli.Run("check", "--store", "postgres://[bad", TestCorpus.SeedsFolder);

        exitCode.Should().Be(2);
        error.Should().StartWith("claimcheck: --store: ");
    }

    [Fact]
    public void StoreExport_Output_WritesTheStoreAsJsonLines()
    {
        StoreCli.Run("check", "--store", StorePath, TestCorpus.SeedsFolder);
        var target = Path.Combine(_folder.FullName, "store.jsonl");

        var (exitCode, output, _) = StoreCli.Run("store", "export", StorePath, "--output", target);

        exitCode.Should().Be(0);
        output.Should().BeEmpty();
        var records = File.ReadAllLines(target).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("record").GetString()).ToList();
        records[0].Should().Be("store");
        records.Should().Contain("document").And.Contain("claim").And.Contain("finding");
        records.Count(r => r == "document").Should().Be(5);
    }
}
