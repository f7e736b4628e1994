using ClaimCheck.Documents;

namespace ClaimCheck.Benchmarks;

/// <summary>The seed articles, read from the repository's <c>seeds/</c> folder, optionally repeated under new ids.</summary>
internal static class SeedCorpus
{
    public static List<Document> Load(int copies)
    {
        var folder = FindSeeds();
        var seeds = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Id: Path.GetFileNameWithoutExtension(path), Text: File.ReadAllText(path)))
            .ToList();
        var documents = new List<Document>(seeds.Count * copies);
        for (var copy = 0; copy < copies; copy++)
        {
            documents.AddRange(seeds.Select(s => new Document($"{s.Id}-{copy}", s.Text)));
        }

        return documents;
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")) && Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException($"No seeds/ folder beside a ClaimCheck.sln above {AppContext.BaseDirectory}.");
    }
}
