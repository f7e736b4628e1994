using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Lexicons;

/// <summary>A place no built-in list knows becomes comparable once a user lexicon names it.</summary>
public sealed class UserLexiconTests : IDisposable
{
    private const string LexiconText = "kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nalias\tVorlandia\tVorland\n";
    private const string Ministry = "Floods in Vorland have killed 120 people, the interior ministry said on Monday.";
    private const string RedCross = "At least 310 people have died in the floods in Vorlandia, the Red Cross said on Monday.";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-lexicon-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static Document[] Documents() =>
        [new Document("ministry", Ministry, published: new DateOnly(2025, 3, 3)), new Document("redcross", RedCross, published: new DateOnly(2025, 3, 3))];

    [Fact]
    public void Check_WithoutTheLexicon_ComparesNothing()
    {
        ClaimChecker.Check(Documents()).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_UserLexiconNamesThePlaceAndAnAlias_ReportsTheDiscrepancyWithThatSubject()
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(LexiconText, "vorland.tsv")).Build();

        var report = ClaimChecker.Check(Documents(), pipeline);

        var finding = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Which;
        finding.Sides.Should().HaveCount(2);
        var claims = report.Claims.Where(c => finding.ClaimIds.Contains(c.Id)).ToList();
        claims.Should().HaveCount(2).And.OnlyContain(c => c.Subject == "Vorland");
        claims.Select(c => c.Quantity!.Value.Value).Should().BeEquivalentTo([120.0, 310.0]);
    }

    [Fact]
    public void CheckCommand_LexiconOption_ReportsTheDiscrepancy()
    {
        var lexicon = Write("vorland.tsv", LexiconText);
        var ministry = Write("ministry.txt", Ministry);
        var redCross = Write("redcross.txt", RedCross);

        var (exitCode, output, error) = CliHarness.Run(["check", ministry, redCross, "--lexicon", lexicon, "--format", "json"]);

        exitCode.Should().Be(0, error);
        output.Should().Contain("\"NumericDiscrepancy\"").And.Contain("Vorland");
        CliHarness.Run(["check", ministry, redCross, "--format", "json"]).Output.Should().NotContain("NumericDiscrepancy");
    }

    [Fact]
    public void CheckCommand_MalformedLexicon_ExitsTwoNamingFileLineAndColumn()
    {
        var lexicon = Write("bad.tsv", "kind\tterm\tvalue\twithin\nplase\tVorland\n");

        var (exitCode, _, error) = CliHarness.Run(["check", Write("a.txt", Ministry), "--lexicon", lexicon]);

        exitCode.Should().Be(2);
        error.Should().Contain($"{lexicon}:2:1: unknown kind 'plase'");
    }

    [Fact]
    public void CheckCommand_DocumentOverTheLengthLimit_StopsOrTruncatesAsAsked()
    {
        var article = Write("long.txt", Ministry + " " + new string('x', 300));

        var stopped = CliHarness.Run(["check", article, "--max-document-length", "100"]);
        stopped.ExitCode.Should().Be(1);
        stopped.Error.Should().Contain("MaxDocumentLength");

        var truncated = CliHarness.Run(["check", article, "--max-document-length", "100", "--truncate", "--format", "json"]);
        truncated.ExitCode.Should().Be(0, truncated.Error);
        truncated.Output.Should().Contain("truncated from");
    }

    [Fact]
    public void CheckCommand_ClaimLimitOutOfRange_ExitsTwoNamingTheOption()
    {
        var (exitCode, _, error) = CliHarness.Run(["check", Write("a.txt", Ministry), "--max-claims-per-document", "0"]);

        exitCode.Should().Be(2);
        error.Should().Contain("--max-claims-per-document").And.Contain("at least 1");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
