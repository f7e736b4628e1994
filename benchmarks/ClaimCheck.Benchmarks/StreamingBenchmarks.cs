using BenchmarkDotNet.Attributes;

namespace ClaimCheck.Benchmarks;

/// <summary><see cref="ClaimPipeline.ExtractAsync"/> over a JSON Lines file read one line at a time.</summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private string _path = string.Empty;
    private ClaimPipeline _pipeline = null!;

    /// <summary>The size of the JSON Lines file in megabytes.</summary>
    [Params(16, 64)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"claimcheck-stream-{Megabytes}.jsonl");
        JsonLinesStream.Write(_path, Megabytes * 1_000_000L);
        _pipeline = new ClaimPipelineBuilder().Build();
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public async Task<int> ExtractAsync()
    {
        var claims = 0;
        await foreach (var claim in _pipeline.ExtractAsync(JsonLinesStream.Read(_path)))
        {
            claims++;
        }

        return claims;
    }
}
