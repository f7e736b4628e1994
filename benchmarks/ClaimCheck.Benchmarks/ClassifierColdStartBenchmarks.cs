using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ClaimCheck.Claims;
using ClaimCheck.Classification;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// First use of the built-in claim-type classifier in a fresh process: reading the embedded ML.NET model (with cold
/// JIT) and one classification. Each launch is a new process, so every measurement is a true first use.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ClassifierColdStartBenchmarks
{
    [Benchmark(Description = "ClaimTypeClassifier.Default first use (load the embedded model + classify)")]
    public ClaimType DefaultFirstUse() => ClaimTypeClassifier.Default.Classify("Pyongyang intends to send 10,000 soldiers to Russia by December.").Type;
}
