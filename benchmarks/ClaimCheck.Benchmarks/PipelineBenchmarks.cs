using BenchmarkDotNet.Attributes;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Benchmarks;

/// <summary>The whole pipeline (extraction and comparison) on the seed articles, once and repeated.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private List<Document> _documents = [];
    private ClaimPipeline _pipeline = null!;

    /// <summary>How many copies of the five seed articles (about 28 KB each copy).</summary>
    [Params(1, 20, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = SeedCorpus.Load(Copies);
        _pipeline = new ClaimPipelineBuilder().Build();
    }

    [Benchmark]
    public CheckReport Check() => _pipeline.Check(_documents);
}
