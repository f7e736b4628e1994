using System.Runtime.CompilerServices;
using System.Text.Json;
using ClaimCheck.Documents;

namespace ClaimCheck.Benchmarks;

/// <summary>Writes and streams JSON Lines of <c>{id, text}</c> documents: one line in memory at a time.</summary>
internal static class JsonLinesStream
{
    /// <summary>Writes at least <paramref name="bytes"/> bytes of JSON Lines made of the seed articles, one per line.</summary>
    public static void Write(string path, long bytes)
    {
        var seeds = SeedCorpus.Load(1);
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        var copy = 0;
        while (stream.Position < bytes)
        {
            foreach (var seed in seeds)
            {
                writer.Reset(stream);
                writer.WriteStartObject();
                writer.WriteString("id", $"{seed.Id}-{copy}");
                writer.WriteString("text", seed.Text);
                writer.WriteEndObject();
                writer.Flush();
                stream.WriteByte((byte)'\n');
            }

            copy++;
        }
    }

    /// <summary>Reads documents one line at a time.</summary>
    public static async IAsyncEnumerable<Document> Read(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            yield return new Document(json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("text").GetString()!);
        }
    }
}
