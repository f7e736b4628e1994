using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Documentation;

public class ReadmeTests
{
    [Fact]
    public void QuickStart_AsPrinted_RunsAndReportsOneDiscrepancyNamingBothSources()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            QuickStart();
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().Should().StartWith("NumericDiscrepancy: ").And.Contain("wire").And.Contain("local")
            .And.Contain("officials").And.Contain("interior ministry");
    }

    [Fact]
    public void QuickStart_InReadme_IsTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("## Quick start", StringComparison.Ordinal);
        var codeStart = readme.IndexOf("```csharp\n", start, StringComparison.Ordinal) + "```csharp\n".Length;
        var codeEnd = readme.IndexOf("```", codeStart, StringComparison.Ordinal);
        var printed = readme[codeStart..codeEnd];
        printed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeLessThanOrEqualTo(12, "the quick start is at most ten lines of code plus usings");

        var source = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "ClaimCheck.Tests", "Documentation", "ReadmeTests.cs"));
        var begin = source.LastIndexOf("// quick start: begin", StringComparison.Ordinal);
        var end = source.LastIndexOf("// quick start: end", StringComparison.Ordinal);
        var body = source[begin..end].Split('\n').Skip(1).Select(line => line.Length >= 8 ? line[8..] : line.TrimStart()).ToList();
        var expected = "using ClaimCheck;\nusing ClaimCheck.Documents;\n\n" + string.Join("\n", body).TrimEnd() + "\n";
        printed.Should().Be(expected);
    }

    [Fact]
    public void QuickStart_Finding_IsTheDiscrepancyItDescribes()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Chile deployed 1,200 firefighters to the blaze on Sunday, officials said."),
            new Document("local", "Chile has deployed about 4,000 firefighters to the blaze, the interior ministry said."),
        ]);
        report.Findings.Should().ContainSingle().Which.Kind.Should().Be(FindingKind.NumericDiscrepancy);
    }

    private static void QuickStart()
    {
        // quick start: begin
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Chile deployed 1,200 firefighters to the blaze on Sunday, officials said."),
            new Document("local", "Chile has deployed about 4,000 firefighters to the blaze, the interior ministry said."),
        ]);
        foreach (var finding in report.Findings)
            Console.WriteLine($"{finding.Kind}: {finding.Explanation}");
        // quick start: end
    }
}
