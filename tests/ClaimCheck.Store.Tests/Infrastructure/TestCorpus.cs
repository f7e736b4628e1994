using System.Globalization;
using System.Text.Json;
using ClaimCheck.Documents;

namespace ClaimCheck.Store.Tests.Infrastructure;

/// <summary>Documents the tests check: the seed articles, the comparison cases, and generated stories.</summary>
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

    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>The five seed articles.</summary>
    public static IReadOnlyList<Document> Seeds() => DocumentReader.ReadPaths([SeedsFolder]);

    /// <summary>Every document of the comparison cases (<c>tests/ClaimCheck.Tests/Comparison/Cases</c>), each id prefixed with its
    /// case's number so ids stay unique across cases.</summary>
    public static IReadOnlyList<Document> Cases()
    {
        var folder = Path.Combine(RepositoryRoot, "tests", "ClaimCheck.Tests", "Comparison", "Cases");
        var documents = new List<Document>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var prefix = Path.GetFileName(path)[..2];
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var d in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                documents.Add(new Document(
                    $"{prefix}-{d.GetProperty("id").GetString()}",
                    d.GetProperty("text").GetString()!,
                    d.TryGetProperty("outlet", out var outlet) ? outlet.GetString() : null,
                    d.TryGetProperty("published", out var published) ? DateOnly.Parse(published.GetString()!, CultureInfo.InvariantCulture) : null));
            }
        }

        return documents;
    }

    /// <summary><paramref name="count"/> short articles about <paramref name="count"/>/4 generated disasters (four reports of each,
    /// with tolls that differ between outlets), as JSON Lines records or documents.</summary>
    public static IReadOnlyList<Document> Stories(int count)
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

    /// <summary>Writes <paramref name="documents"/> as a JSON Lines file the CLI reads.</summary>
    public static void WriteJsonLines(string path, IEnumerable<Document> documents)
    {
        using var writer = new StreamWriter(path);
        foreach (var d in documents)
        {
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["id"] = d.Id,
                ["text"] = d.Text,
                ["outlet"] = d.Outlet,
                ["published"] = d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["place"] = d.Place,
                ["topic"] = d.Topic,
            }));
        }
    }
}
