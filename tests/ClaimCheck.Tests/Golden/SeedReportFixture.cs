using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Golden;

/// <summary>Checks the project's copy of the seed articles once and shares the report with the golden tests.</summary>
public sealed class SeedReportFixture
{
    public SeedReportFixture()
    {
        var documents = Directory.GetFiles(TestPaths.SeedsFolder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new Document(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToList();
        Report = ClaimChecker.Check(documents);
        ClaimsById = Report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public CheckReport Report { get; }

    public IReadOnlyDictionary<string, Claim> ClaimsById { get; }

    /// <summary>The seed document whose id starts with <paramref name="prefix"/> ("000" … "004").</summary>
    public string DocumentId(string prefix) => Report.Documents.Single(d => d.Id.StartsWith(prefix, StringComparison.Ordinal)).Id;

    public IEnumerable<Claim> ClaimsOf(Finding finding, IEnumerable<string> ids) => ids.Select(id => ClaimsById[id]);

    public IEnumerable<Claim> Claims(string documentPrefix, string textFragment) =>
        Report.Claims.Where(c => c.DocumentId.StartsWith(documentPrefix, StringComparison.Ordinal) && c.Text.Contains(textFragment, StringComparison.Ordinal));
}
