using BenchmarkDotNet.Attributes;
using ClaimCheck.Documents;
using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Benchmarks;

/// <summary>Extraction time on each kind of hostile text at 1 MB and 10 MB: linear stages take about ten times as long for ten times
/// the input; a quadratic one would take about a hundred times as long.</summary>
/// <remarks>Read the ratio of the 10 MB row to the 1 MB row per kind (BenchmarkDotNet's own timing, repeated until stable). This
/// used to be a unit test asserting the ratio from two wall-clock runs, which failed whenever other processes loaded the machine.</remarks>
[MemoryDiagnoser]
public class HostileTextBenchmarks
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder()
        .WithOptions(new ClaimCheckOptions { MaxDocumentLength = 10_000_000, MaxClaimsPerDocument = 10_000_000 })
        .Build();

    private Document _document = new("empty", string.Empty);

    /// <summary>The kind of hostile text (<see cref="HostileText.Kinds"/>).</summary>
    [ParamsSource(nameof(Kinds))]
    public string Kind { get; set; } = "news";

    /// <summary>The input size in MB (10^6 characters).</summary>
    [Params(1, 10)]
    public int Megabytes { get; set; }

    /// <summary>The kinds of hostile text.</summary>
    public static IEnumerable<string> Kinds => HostileText.Kinds;

    /// <summary>Builds the input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(Directory.GetFiles(Path.Combine(ExtractionCorpus.FindRoot(), "seeds"), "*.txt").Order(StringComparer.Ordinal).First());
        _document = new Document("hostile", HostileText.Build(Kind, Megabytes * 1_000_000, seed));
    }

    /// <summary>Extracts the claims of the hostile document.</summary>
    [Benchmark]
    public int Extract() => Pipeline.Extract(_document).Length;
}
