using BenchmarkDotNet.Attributes;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Benchmarks;

/// <summary>What <c>claimcheck check batch.jsonl --format json --output FILE</c> does after reading its input: extract the
/// claims of every document of the <see cref="NewsBatch"/>, compare them, and write the JSON report (to a null stream here).</summary>
/// <remarks>The batch is written and read once in <see cref="Setup"/>, outside the measured part; the pipeline (and the
/// classifier's model) is built there too, so the figure is the steady-state cost of the check, without the process's start-up
/// and JIT that the whole-process timing in benchmarks/README.md includes.</remarks>
[MemoryDiagnoser]
public class WholeCheckBenchmarks
{
    private List<Document> _documents = [];
    private ClaimPipeline _pipeline = null!;

    /// <summary>Batch size in MB (10^6 characters of article text).</summary>
    [Params(10)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimcheck-news-batch-{Megabytes}.jsonl");
        var (documents, characters) = NewsBatch.Write(path, Megabytes * 1_000_000L);
        _documents = NewsBatch.Read(path);
        File.Delete(path);
        _pipeline = new ClaimPipelineBuilder().Build();
        _pipeline.ClaimTypeClassifier.Classify("Officials said 12 people died.");
        Console.WriteLine($"// Batch: {documents:N0} documents, {characters:N0} characters");
    }

    [Benchmark]
    public int CheckAndWriteJson()
    {
        var report = _pipeline.Check(_documents);
        JsonReportWriter.Write(report, Stream.Null);
        return report.Findings.Length;
    }
}
