using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Documents;

namespace ClaimCheck.Benchmarks;

/// <summary>A JSON Lines batch of real news articles for timing the whole <c>check</c>, repeated under new ids to a given size.</summary>
/// <remarks>
/// The articles, in this order: the story sets under <c>tests/data/stories/*/docs.jsonl</c> and
/// <c>../shared/data/stories-dev/*/docs.jsonl</c> (with outlet, date and link, the id prefixed by the story's folder name), the seed articles
/// (<c>seeds/*.txt</c>), and the TimeBank and AQUAINT articles of <c>../shared/data/tempeval3/TBAQ-cleaned</c> (the text
/// between <c>&lt;TEXT&gt;</c> tags with every TimeML tag removed, published on the document's creation time). Sets that are
/// not present are skipped. The list is repeated, in order, until the texts hold the requested number of characters (the last article may
/// pass it);
/// copy <c>k</c> &gt; 0 gives each article the id <c>ID~k</c>, so the comparison sees each story reported <c>k</c> more times.
/// </remarks>
internal static partial class NewsBatch
{
    /// <summary>Writes the batch to <paramref name="path"/> (UTF-8, one <c>{id, outlet?, published?, url?, text}</c> object a line).</summary>
    /// <returns>The number of documents and of text characters written.</returns>
    public static (int Documents, long Characters) Write(string path, long characters)
    {
        var articles = Load();
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var (documents, total) = (0, 0L);
        for (var copy = 0; total < characters; copy++)
        {
            foreach (var article in articles.TakeWhile(_ => total < characters))
            {
                writer.Reset(stream);
                writer.WriteStartObject();
                writer.WriteString("id", copy == 0 ? article.Id : $"{article.Id}~{copy}");
                if (article.Outlet is { } outlet)
                {
                    writer.WriteString("outlet", outlet);
                }

                if (article.Published is { } published)
                {
                    writer.WriteString("published", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                if (article.Url is { } url)
                {
                    writer.WriteString("url", url.AbsoluteUri);
                }

                writer.WriteString("text", article.Text);
                writer.WriteEndObject();
                writer.Flush();
                stream.WriteByte((byte)'\n');
                documents++;
                total += article.Text.Length;
            }
        }

        return (documents, total);
    }

    /// <summary>Reads the batch written by <see cref="Write"/> into documents, as <c>claimcheck check</c> reads it.</summary>
    public static List<Document> Read(string path) => [.. DocumentReader.ReadJsonLines(path)];

    private static List<Document> Load()
    {
        var root = ExtractionCorpus.FindRoot();
        var shared = Path.Combine(root, "..", "shared", "data");
        var articles = new List<Document>();
        foreach (var folder in new[] { Path.Combine(root, "tests", "data", "stories"), Path.Combine(shared, "stories-dev") })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(folder, "docs.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var story = Path.GetFileName(Path.GetDirectoryName(file));
                articles.AddRange(DocumentReader.ReadJsonLines(file).Select(document =>
                    new Document($"{story}/{document.Id}", document.Text, document.Outlet, document.Published, document.Url) { Place = document.Place, Topic = document.Topic }));
            }
        }

        articles.AddRange(Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(file => new Document(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file))));
        var timeBank = Path.Combine(shared, "tempeval3", "TBAQ-cleaned");
        if (Directory.Exists(timeBank))
        {
            foreach (var file in Directory.GetFiles(timeBank, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var xml = File.ReadAllText(file);
                var text = TextElement().Match(xml);
                if (!text.Success)
                {
                    continue;
                }

                var body = WebUtility.HtmlDecode(Tag().Replace(text.Groups[1].Value, string.Empty)).Trim();
                var created = CreationTime().Match(xml);
                DateOnly? published = created.Success && DateOnly.TryParseExact(created.Groups[1].Value, "yyyy-MM-dd", out var date) ? date : null;
                articles.Add(new Document(Path.GetFileNameWithoutExtension(file), body, published: published));
            }
        }

        return articles;
    }

    [GeneratedRegex(@"<TEXT>(.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<DCT>.*?value=""(\d{4}-\d{2}-\d{2})", RegexOptions.Singleline)]
    private static partial Regex CreationTime();
}
