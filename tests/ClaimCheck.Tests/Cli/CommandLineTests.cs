namespace ClaimCheck.Tests.Cli;

/// <summary>What a new user sees: help, version and usage errors, through the real program.</summary>
public class CommandLineTests
{
    [Fact]
    public void Help_Root_ListsTheCommandsAndWhatTheToolDoes()
    {
        var (exitCode, output, error) = CliHarness.RunProcess("--help");

        exitCode.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("Usage:").And.Contain("claimcheck [command] [options]")
            .And.Contain("check").And.Contain("eval").And.Contain("flag discrepancies across sources").And.Contain("--version");
    }

    [Fact]
    public void NoArguments_Root_ShowsHelp()
    {
        var (exitCode, output, _) = CliHarness.RunProcess();

        exitCode.Should().Be(0);
        output.Should().Contain("Usage:");
    }

    [Fact]
    public void Version_Root_PrintsTheBuildsOwnVersion()
    {
        var (exitCode, output, _) = CliHarness.RunProcess("--version");
        var library = typeof(ClaimCheck.ClaimChecker).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;

        exitCode.Should().Be(0);
        output.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+(-ci\.\d+|-local)?(\+[0-9a-f]+)?$", "a build outside a release tag carries its commit height")
            .And.Be(library, "the tool and the library are built at one version");
    }

    [Fact]
    public void Help_Check_ListsEveryFormatAndInputKind()
    {
        var (exitCode, output, _) = CliHarness.RunProcess("check", "--help");

        exitCode.Should().Be(0);
        output.Should().Contain("claimcheck check <inputs>... [options]")
            .And.Contain("text|json|markdown|html|claimreview")
            .And.Contain(".txt").And.Contain(".md").And.Contain(".html").And.Contain(".jsonl").And.Contain("'-' reads standard input")
            .And.Contain("--output").And.Contain("--stdin-format").And.Contain("meta.json").And.Contain("front matter");
    }

    [Fact]
    public void UnknownOption_Root_PrintsOneLineErrorAndExitsTwo()
    {
        var (exitCode, output, error) = CliHarness.RunProcess("--bogus");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Split('\n').Should().ContainSingle().Which.Should().Be("claimcheck: Unrecognized command or argument '--bogus'. Run 'claimcheck --help' for usage.");
    }

    [Fact]
    public void MisspeltCommand_Root_SuggestsTheCommand()
    {
        var (exitCode, _, error) = CliHarness.RunProcess("chek", "seeds");

        exitCode.Should().Be(2);
        error.Should().Contain("'chek'").And.Contain("Did you mean 'check'?");
        error.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void MissingFile_Check_PrintsOneLineErrorAndExitsTwo()
    {
        var (exitCode, output, error) = CliHarness.RunProcess("check", "no-such-article.txt");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().Be("claimcheck: 'no-such-article.txt' is neither a file nor a folder.");
    }
}
