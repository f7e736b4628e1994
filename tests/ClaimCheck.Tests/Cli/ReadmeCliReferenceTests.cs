using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Cli;

/// <summary>The README's install lines and command-line reference cover what the tool does.</summary>
public class ReadmeCliReferenceTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Install_Readme_ShowsThePackageAndTheTool()
    {
        var install = Section("## Install");

        install.Should().Contain("dotnet add package ClaimCheck").And.Contain("dotnet tool install --global ClaimCheck.Cli")
            .And.Contain("--add-source ./artifacts ClaimCheck.Cli");
    }

    [Fact]
    public void CommandLine_Readme_NamesEveryFormat()
    {
        var reference = Section("## Command line");

        foreach (var format in Enum.GetNames<ReportFormat>())
        {
            reference.Should().Contain($"| `{format.ToLowerInvariant()}` |");
        }
    }

    [Fact]
    public void CommandLine_Readme_NamesEveryInputKind()
    {
        var reference = Section("## Command line");

        foreach (var extension in DocumentReader.Extensions.Take(5))
        {
            reference.Should().Contain($"`{extension}`");
        }

        reference.Should().Contain("| `-` |").And.Contain("--stdin-format jsonl").And.Contain(".meta.json").And.Contain("NO_COLOR");
    }

    [Fact]
    public void Screenshot_Readme_PointsAtTheCommittedImage()
    {
        Readme.Should().Contain("](docs/seeds-report.png)");
        File.Exists(Path.Combine(TestPaths.RepositoryRoot, "docs", "seeds-report.png")).Should().BeTrue();
    }

    private static string Section(string heading)
    {
        var start = Readme.IndexOf(heading + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"README.md has a section '{heading}'");
        var end = Readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? Readme[start..] : Readme[start..end];
    }
}
