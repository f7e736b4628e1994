using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Benchmarks;

/// <summary>Quantity and time-expression extraction over news-like text, sentence by sentence, as the pipeline runs them.</summary>
/// <remarks>
/// The corpus (built in <see cref="Setup"/>, never committed) repeats the seed articles and paragraphs of the development
/// sentences (the NewsQuant-format sets under ../shared/data/newsquant, when present) until it holds at least
/// <see cref="Megabytes"/> MB of UTF-16 text, split into article-sized documents. <see cref="TokenizeOnly"/> (sentence
/// splitting and tokenising) is the baseline; <see cref="QuantitiesAndTime"/> adds both recognisers. Set
/// CLAIMCHECK_CORPUS_OUT to a file path to also write the corpus there (UTF-8) for the JavaScript peers.
/// </remarks>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly DateOnly Reference = new(2024, 10, 23);
    private List<Document> _documents = [];

    /// <summary>Corpus size in MB (10^6 characters).</summary>
    [Params(10)]
    public int Megabytes { get; set; }

    /// <summary>Characters in the corpus.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var texts = ExtractionCorpus.Build(Megabytes * 1_000_000L);
        _documents = [.. texts.Select((text, i) => new Document($"d{i}", text, published: Reference))];
        Characters = texts.Sum(t => (long)t.Length);
        Console.WriteLine($"// Corpus: {_documents.Count} documents, {Characters:N0} characters");
        if (Environment.GetEnvironmentVariable("CLAIMCHECK_CORPUS_OUT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Join("\n\n", texts), new UTF8Encoding(false));
        }
    }

    [Benchmark(Baseline = true)]
    public int TokenizeOnly()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += AnnotatedDocument.Create(document, Lexicon.BuiltIn).Tokens.Length;
        }

        return count;
    }

    [Benchmark]
    public int QuantitiesAndTime()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            var annotated = AnnotatedDocument.Create(document, Lexicon.BuiltIn);
            annotated = QuantityRecognizer.Default.Annotate(annotated, CancellationToken.None);
            annotated = TimeExpressionRecognizer.Default.Annotate(annotated, CancellationToken.None);
            count += annotated.GetLayer<QuantityLayer>().All.Length + annotated.GetLayer<TimeLayer>().All.Length;
        }

        return count;
    }
}

/// <summary>Builds the extraction benchmark corpus from the seed articles and the development sentences.</summary>
internal static class ExtractionCorpus
{
    public static List<string> Build(long characters)
    {
        var root = FindRoot();
        var articles = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var sentences = new List<string>();
        var devSets = Path.Combine(root, "..", "shared", "data", "newsquant", "formatted_test_set");
        foreach (var name in new[] { "currency-model.json", "dimension-model.json", "temperature-model.json", "age-model.json" })
        {
            var path = Path.Combine(devSets, name);
            if (File.Exists(path))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(path));
                sentences.AddRange(json.RootElement.EnumerateArray().Select(item => item.GetProperty("text").GetString() ?? string.Empty));
            }
        }

        // Paragraphs of 40 development sentences, sentence-cased and closed with a full stop, become articles too.
        for (var i = 0; i + 40 <= sentences.Count; i += 40)
        {
            var paragraph = new StringBuilder();
            foreach (var sentence in sentences.Skip(i).Take(40))
            {
                var trimmed = sentence.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                paragraph.Append(char.ToUpperInvariant(trimmed[0])).Append(trimmed.AsSpan(1));
                paragraph.Append(trimmed[^1] is '.' or '!' or '?' ? " " : ". ");
            }

            articles.Add(paragraph.ToString());
        }

        var documents = new List<string>();
        long total = 0;
        for (var copy = 0; total < characters; copy++)
        {
            foreach (var article in articles)
            {
                documents.Add(article);
                total += article.Length;
            }
        }

        return documents;
    }

    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No seeds/ folder beside a ClaimCheck.sln above {AppContext.BaseDirectory}.");
    }
}
