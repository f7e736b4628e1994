using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Packaging;

public class PublicApiTests
{
    [Fact]
    public void ClaimCheckAssembly_PublicApi_MatchesApprovedBaseline()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "ClaimCheck.Tests", "Packaging");
        var approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        var receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        var actual = PublicApi.Describe(typeof(ClaimChecker).Assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (actual == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var approvedLines = approved.Split('\n');
        var actualLines = actual.Split('\n');
        var removed = approvedLines.Except(actualLines, StringComparer.Ordinal).Select(l => "- " + l);
        var added = actualLines.Except(approvedLines, StringComparer.Ordinal).Select(l => "+ " + l);
        removed.Concat(added).Should().BeEmpty(
            $"the public API of ClaimCheck.dll changed (lines below): review {receivedPath} and, if the change is deliberate, rename it to PublicApi.approved.txt");
        actual.Should().Be(approved, "only the order of the public API listing changed");
    }

    [Fact]
    public void Describe_RecordWithNullableMembers_ShowsAnnotationsAndInit()
    {
        var description = PublicApi.Describe(typeof(ClaimChecker).Assembly);

        description.Should().Contain("public sealed record ClaimCheck.Documents.Document")
            .And.Contain("  public string? Outlet { get; init; }")
            .And.Contain("  public static ClaimCheck.Reporting.CheckReport Check(IEnumerable<ClaimCheck.Documents.Document> documents)");
    }
}
