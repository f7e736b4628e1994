using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Store;

namespace ClaimCheck.Benchmarks;

/// <summary>One new article checked against a store of 10^4 to 10^6 claims (built once, in the setup), against extracting and
/// checking the article alone.</summary>
[MemoryDiagnoser]
public class StoreCheckBenchmarks
{
    private IClaimStore _store = null!;
    private string _path = "";
    private int _next;

    /// <summary>Articles in the store (about eleven claims each: 1,000 articles ≈ 11,000 claims; 100,000 ≈ 1.1 million).</summary>
    [Params(1_000, 10_000, 100_000)]
    public int StoredArticles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = StoreCorpus.CopyOfStoreAsync(StoredArticles).GetAwaiter().GetResult();
        _store = ClaimStore.OpenSqliteAsync(_path).GetAwaiter().GetResult();
        var statistics = _store.GetStatisticsAsync().GetAwaiter().GetResult();
        Console.WriteLine($"// store: {statistics.Documents:N0} documents, {statistics.Claims:N0} claims, {statistics.Findings:N0} findings");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        File.Delete(_path);
        File.Delete(_path + "-wal");
        File.Delete(_path + "-shm");
    }

    /// <summary>A new report on an existing story, under a new id each time.</summary>
    private Document NextArticle()
    {
        var n = _next++;
        return StoreCorpus.Article(n * 7919 % (StoredArticles / StoreCorpus.ReportsPerStory), n % StoreCorpus.ReportsPerStory, $"new-{n}");
    }

    [Benchmark(Baseline = true, Description = "Check the article alone")]
    public CheckReport CheckAlone() => ClaimChecker.DefaultPipeline.Check([NextArticle()]);

    [Benchmark(Description = "Check the article against the store")]
    public Task<StoreCheckResult> CheckAgainstStore() => _store.CheckAsync([NextArticle()], ClaimChecker.DefaultPipeline);
}

/// <summary>Ingesting articles into a new store, one transaction each, against checking them all at once without a store.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StoreIngestBenchmarks
{
    private List<Document> _articles = [];
    private string _path = "";

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = StoreCorpus.Articles(Articles);

    [IterationSetup(Target = nameof(IngestIntoStore))]
    public void NewStore() => _path = Path.Combine(Path.GetTempPath(), $"claimcheck-bench-ingest-{Guid.NewGuid():N}.db");

    [IterationCleanup(Target = nameof(IngestIntoStore))]
    public void DeleteStore()
    {
        File.Delete(_path);
        File.Delete(_path + "-wal");
        File.Delete(_path + "-shm");
    }

    [Benchmark(Baseline = true, Description = "check (no store)")]
    public CheckReport Check() => ClaimChecker.DefaultPipeline.Check(_articles);

    [Benchmark(Description = "check --store (new SQLite file)")]
    public async Task<StoreCheckResult> IngestIntoStore()
    {
        await using var store = await ClaimStore.OpenSqliteAsync(_path);
        return await store.CheckAsync(_articles, ClaimChecker.DefaultPipeline);
    }
}
