using ClaimCheck.Cluster.Tests.Infrastructure;
using ClaimCheck.Documents;

namespace ClaimCheck.Cluster.Tests;

/// <summary>A silo killed in the middle of a check: the grains it held come back on the other silos from their stored state, the
/// client retries what failed, and the report equals the check in one process.</summary>
public class SiloFailureTests
{
    [Fact]
    public async Task CheckAsync_SiloKilledMidRun_LosesNothing()
    {
        var documents = TestCorpus.Floods(600);
        var expected = ClaimChecker.Check(documents);
        await using var cluster = await TestClaimCluster.StartAsync(3);
        var victim = cluster.Cluster.Silos[^1];

        var report = await cluster.Checker(new ClusterCheckOptions { DocumentsPerCall = 4 }).CheckAsync(KillAfter(documents, 200, () => cluster.Cluster.KillSiloAsync(victim)));

        cluster.Cluster.GetActiveSilos().Should().NotContain(victim);
        report.Claims.Should().HaveCount(expected.Claims.Length);
        report.Findings.Select(TestCorpus.Describe).Should().Equal(expected.Findings.Select(TestCorpus.Describe));
    }

    [RedisFact]
    public async Task CheckAsync_SiloKilledMidRunWithSlotsInRedis_LosesNothing()
    {
        var documents = TestCorpus.Floods(400);
        var expected = ClaimChecker.Check(documents);
        await using var cluster = await TestClaimCluster.StartAsync(3, Environment.GetEnvironmentVariable(TestClaimCluster.RedisVariable));
        var victim = cluster.Cluster.Silos[^1];

        var report = await cluster.Checker(new ClusterCheckOptions { DocumentsPerCall = 4 }).CheckAsync(KillAfter(documents, 150, () => cluster.Cluster.KillSiloAsync(victim)));

        report.Findings.Select(TestCorpus.Describe).Should().Equal(expected.Findings.Select(TestCorpus.Describe));
    }

    /// <summary>The documents; once <paramref name="count"/> of them have been handed out, <paramref name="kill"/> runs before the next.</summary>
    private static async IAsyncEnumerable<Document> KillAfter(IReadOnlyList<Document> documents, int count, Func<Task> kill)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            if (i == count)
            {
                await kill();
            }

            yield return documents[i];
        }
    }
}

/// <summary>A fact that needs the Redis server named by <see cref="TestClaimCluster.RedisVariable"/>; skipped, with the reason, when
/// the variable is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestClaimCluster.RedisVariable)))
        {
            Skip = $"needs a Redis server named by {TestClaimCluster.RedisVariable} (HOST:PORT; bash .ci/run starts one)";
        }
    }
}
