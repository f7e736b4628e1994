using System.Globalization;
using ClaimCheck.Documents;
using ClaimCheck.Store;

namespace ClaimCheck.Benchmarks;

/// <summary>Generated news for the store benchmarks: stories followed by five outlets each, every article with about eleven
/// claims in ten slots (deaths, injuries, homes, villages, troops, evacuees, aid, schools, roads, harvest share) about its own
/// town, the figures differing between outlets so that stories have disputes, corroborations and evolutions.</summary>
internal static class StoreCorpus
{
    /// <summary>Articles per story.</summary>
    public const int ReportsPerStory = 5;

    private static readonly string[] Outlets = ["Wire", "Gazette", "Courier", "Herald", "Post"];

    /// <summary><paramref name="count"/> articles, story by story.</summary>
    public static List<Document> Articles(int count)
    {
        var documents = new List<Document>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(Article(i / ReportsPerStory, i % ReportsPerStory, $"s{i / ReportsPerStory:D6}-{i % ReportsPerStory}"));
        }

        return documents;
    }

    /// <summary>A further report on story <paramref name="story"/> under a new id.</summary>
    public static Document Article(int story, int report, string id)
    {
        var deaths = 10 + story % 40 + (report == 4 ? 30 : report);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Officials said {deaths} people died in the flood on Monday. At least {100 + story % 90} people were injured, the health ministry said. "
            + $"About {400 + (story % 25) * 10} homes were destroyed, the agency said. Rescue teams said {3 + report} villages were still cut off. "
            + $"The army said it had sent {300 + (report % 2) * 250} soldiers to help. Some {2000 + story % 500:N0} people were evacuated from the valley, the mayor said. "
            + $"The government pledged ${2 + report % 3} million in aid. Officials said {12 + story % 7} schools were closed. "
            + $"Police said {5 + report % 2 * 4} roads were blocked by landslides. Farmers said {20 + story % 30}% of the harvest was lost.");
        return new Document(id, text, Outlets[report % Outlets.Length], new DateOnly(2025, 3, 3).AddDays(report % 3))
        {
            Place = string.Create(CultureInfo.InvariantCulture, $"Town {story}"),
            Topic = string.Create(CultureInfo.InvariantCulture, $"Town {story} flood"),
        };
    }

    /// <summary>A SQLite store holding <paramref name="articles"/> articles (built once with <see cref="IClaimStore.CheckAsync"/>
    /// and kept in the temporary folder, then reused), copied to a fresh file the caller owns.</summary>
    public static async Task<string> CopyOfStoreAsync(int articles)
    {
        var cached = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"claimcheck-bench-store-{articles}.db"));
        if (!File.Exists(cached))
        {
            var building = cached + ".building";
            File.Delete(building);
            await using (var store = await ClaimStore.OpenSqliteAsync(building))
            {
                foreach (var batch in Articles(articles).Chunk(1000))
                {
                    await store.CheckAsync(batch, ClaimChecker.DefaultPipeline);
                }
            }

            File.Move(building, cached);
        }

        var copy = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"claimcheck-bench-store-{articles}-{Guid.NewGuid():N}.db"));
        File.Copy(cached, copy);
        return copy;
    }
}
