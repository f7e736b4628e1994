using System.Globalization;
using System.Text.Json;
using ClaimCheck.Documents;
using ClaimCheck.Comparison;

namespace ClaimCheck.Cluster.Tests.Infrastructure;

/// <summary>Documents the tests check (the seed articles, the comparison cases, the development stories, generated stories), and
/// findings as text to compare.</summary>
internal static class TestCorpus
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ClaimCheck.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The folder holding <c>ClaimCheck.sln</c>.</summary>
    public static string RepositoryRoot => LazyRoot.Value;

    /// <summary>The shared development stories beside the repository (may not exist).</summary>
    public static string StoriesDevFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "stories-dev"));

    private static string CasesFolder => Path.Combine(RepositoryRoot, "tests", "ClaimCheck.Tests", "Comparison", "Cases");

    /// <summary>The five seed articles.</summary>
    public static IReadOnlyList<Document> Seeds() => DocumentReader.ReadPaths([Path.Combine(RepositoryRoot, "seeds")]);

    /// <summary>The comparison cases' file names (<c>tests/ClaimCheck.Tests/Comparison/Cases</c>).</summary>
    public static IEnumerable<string> CaseNames() => Directory.GetFiles(CasesFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The documents of one comparison case.</summary>
    public static IReadOnlyList<Document> Case(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CasesFolder, name)));
        return
        [
            .. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => new Document(
                d.GetProperty("id").GetString()!,
                d.GetProperty("text").GetString()!,
                d.TryGetProperty("outlet", out var outlet) ? outlet.GetString() : null,
                d.TryGetProperty("published", out var published) ? DateOnly.Parse(published.GetString()!, CultureInfo.InvariantCulture) : null)),
        ];
    }

    /// <summary>The development stories' folder names; none when the shared data is absent.</summary>
    public static IEnumerable<string> StoryNames() => Directory.Exists(StoriesDevFolder)
        ? Directory.GetDirectories(StoriesDevFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!
        : [];

    /// <summary>The documents of one development story.</summary>
    public static IReadOnlyList<Document> Story(string name) => DocumentReader.ReadPaths([Path.Combine(StoriesDevFolder, name, "docs.jsonl")]);

    /// <summary><paramref name="count"/> short articles about <paramref name="count"/>/4 generated floods (four reports of each, with
    /// tolls that differ between outlets).</summary>
    public static IReadOnlyList<Document> Floods(int count)
    {
        string[] outlets = ["Wire", "Gazette", "Courier", "Herald"];
        var documents = new List<Document>(count);
        for (var i = 0; i < count; i++)
        {
            var story = i / 4;
            var report = i % 4;
            var deaths = 10 + (story % 50) + (report == 3 ? 40 : report);
            var homes = 200 + (story % 30) * 10;
            var text = $"Officials said {deaths} people died in the flood on Monday. About {homes} homes were destroyed, the agency said. "
                + $"Rescue teams said {5 + report} villages were still cut off.";
            documents.Add(new Document($"s{story:D5}-{report}", text, outlets[report], new DateOnly(2025, 3, 3).AddDays(report))
            {
                Place = $"Town {story}",
                Topic = $"Town {story} flood",
            });
        }

        return documents;
    }

    /// <summary>A finding as JSON: everything it says (kind, severity, topic, sides and their claims, neutral claims, origins,
    /// explanation) and its id.</summary>
    public static string Describe(Finding f) => JsonSerializer.Serialize(new
    {
        f.Id,
        Kind = f.Kind.ToString(),
        Severity = f.Severity.ToString(),
        f.Topic,
        Sides = f.Sides.Select(s => new { s.Label, Claims = s.ClaimIds.ToArray() }),
        Neutral = f.Neutral.ToArray(),
        f.IndependentOrigins,
        f.Explanation,
    });

    /// <summary>The documents as an asynchronous stream, as a reader of a feed gives them.</summary>
    public static async IAsyncEnumerable<Document> Stream(IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
