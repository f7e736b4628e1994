using System.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Extraction time grows linearly with input size, on news and on each kind of hostile text.</summary>
/// <remarks>Checks the ratio between a 1 MB and a 10 MB input in CI (CI=true), and between 250 KB and 2.5 MB elsewhere so that a
/// plain <c>dotnet test</c> stays quick: about 10 when linear, about 100 for a quadratic stage. Never a wall-clock limit. Each
/// size is timed twice and the faster run kept, to damp noise from other processes.</remarks>
public class LinearTimeTests
{
    private static readonly bool InCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
    private static readonly int Small = InCi ? 1_000_000 : 250_000;
    private static readonly int Large = Small * 10;
    private const double MaxRatio = 25;

    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder()
        .WithOptions(new ClaimCheckOptions { MaxDocumentLength = 10_000_000, MaxClaimsPerDocument = 10_000_000 })
        .Build();

    public static TheoryData<string> Kinds() => [.. HostileText.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Extract_TenTimesTheInput_TakesAboutTenTimesAsLong(string kind)
    {
        var seed = File.ReadAllText(Directory.GetFiles(TestPaths.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).First());
        var small = new Document("small", HostileText.Build(kind, Small, seed));
        var large = new Document("large", HostileText.Build(kind, Large, seed));
        Pipeline.Extract(small); // warm up

        var ratio = Fastest(large) / Math.Max(Fastest(small), 1e-4);

        ratio.Should().BeLessThan(MaxRatio, $"extraction of '{kind}' text should grow linearly ({Small:N0} → {Large:N0} characters)");
    }

    private static double Fastest(Document document)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 2; run++)
        {
            var watch = Stopwatch.StartNew();
            Pipeline.Extract(document);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
