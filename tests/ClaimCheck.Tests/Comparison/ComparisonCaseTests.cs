using System.Globalization;
using System.Text.Json;
using ClaimCheck.Documents;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Comparison;

/// <summary>The multi-document cases in <c>Cases/</c> (written for ClaimCheck; see the README there).</summary>
public class ComparisonCaseTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "ClaimCheck.Tests", "Comparison", "Cases");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(Folder, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Case_RaisesNoFindingTheCaseDoesNotExpect(string name)
    {
        var (documents, expected) = Load(name);

        var report = ClaimChecker.Check(documents);

        foreach (var finding in report.Findings)
        {
            var documentsInFinding = finding.ClaimIds.Select(id => id[..id.IndexOf('#', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
            expected.Should().Contain(
                e => e.Kind == finding.Kind.ToString() && e.Documents.IsSupersetOf(documentsInFinding),
                $"{name} does not expect finding {finding.Kind} '{finding.Topic}': {finding.Explanation}");
        }
    }

    [Theory]
    [InlineData("15-iran-drones-sudan")]
    [InlineData("16-venezuela-border-troops")]
    [InlineData("17-zambia-mine-collapse")]
    [InlineData("02-pakistan-floods-province")]
    [InlineData("10-malawi-turnout")]
    [InlineData("04-congo-ceasefire-date")]
    [InlineData("05-bali-ferry-sinking-date")]
    [InlineData("06-sudan-talks-venue")]
    [InlineData("07-migrant-boat-capsizing-place")]
    [InlineData("01-peru-earthquake-toll")]
    [InlineData("13-nampula-cholera-vaccination")]
    public void Check_CaseAlreadyRead_FindsEachExpectedFindingWithItsSides(string name)
    {
        var (documents, expected) = Load(name);

        var report = ClaimChecker.Check(documents);

        foreach (var want in expected)
        {
            var finding = report.Findings.Where(f => f.Kind.ToString() == want.Kind).Should().ContainSingle($"{name} expects one {want.Kind}").Subject;
            var sides = finding.Sides.Select(side => side.ClaimIds.Select(id => id[..id.IndexOf('#', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal)).ToList();
            foreach (var wantSide in want.Sides)
            {
                sides.Should().Contain(side => side.SetEquals(wantSide), $"{name}: a side of exactly {string.Join(", ", wantSide)}");
            }

            if (want.Origins is { } origins)
            {
                finding.IndependentOrigins.Should().Be(origins);
            }
        }
    }

    private static (List<Document> Documents, List<ExpectedFinding> Expected) Load(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => new Document(
            d.GetProperty("id").GetString()!,
            d.GetProperty("text").GetString()!,
            d.TryGetProperty("outlet", out var outlet) ? outlet.GetString() : null,
            d.TryGetProperty("published", out var published) ? DateOnly.ParseExact(published.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null)).ToList();
        var expected = json.RootElement.GetProperty("expected").EnumerateArray().Select(e =>
        {
            var sides = e.GetProperty("sides").EnumerateArray().Select(side => side.EnumerateArray().Select(id => id.GetString()!).ToHashSet(StringComparer.Ordinal)).ToList();
            var neutral = e.TryGetProperty("neutral", out var n) ? n.EnumerateArray().Select(id => id.GetString()!) : [];
            var all = sides.SelectMany(s => s).Concat(neutral).ToHashSet(StringComparer.Ordinal);
            int? origins = e.TryGetProperty("origins", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : null;
            return new ExpectedFinding(e.GetProperty("kind").GetString()!, sides, all, origins);
        }).ToList();
        return (documents, expected);
    }

    private sealed record ExpectedFinding(string Kind, List<HashSet<string>> Sides, HashSet<string> Documents, int? Origins);
}
