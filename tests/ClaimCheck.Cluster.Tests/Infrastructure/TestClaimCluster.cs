using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace ClaimCheck.Cluster.Tests.Infrastructure;

/// <summary>An in-process cluster of ClaimCheck silos (the grains of <see cref="ClaimCheckClusterHosting.AddClaimCheckGrains"/>, the
/// failure settings of <see cref="ClaimCheckClusterOptions"/>) whose slot state lives in one <see cref="SharedGrainStorage"/>.</summary>
public sealed class TestClaimCluster : IAsyncDisposable
{
    private TestClaimCluster(InProcessTestCluster cluster, SharedGrainStorage storage)
    {
        Cluster = cluster;
        Storage = storage;
    }

    public InProcessTestCluster Cluster { get; }

    internal SharedGrainStorage Storage { get; }

    /// <summary>The environment variable naming a Redis server (HOST:PORT) for the tests that use one (<c>bash .ci/run</c> starts one).</summary>
    public const string RedisVariable = "CLAIMCHECK_TEST_REDIS";

    /// <summary>Starts <paramref name="silos"/> silos and a client; with <paramref name="redis"/>, the slot state is in that Redis
    /// (under a service id of its own), as <see cref="ClaimCheckClusterHosting.UseClaimCheck(ISiloBuilder, ClaimCheckClusterOptions, ClaimPipeline?)"/>
    /// keeps it, instead of in <see cref="Storage"/>.</summary>
    public static async Task<TestClaimCluster> StartAsync(short silos = 3, string? redis = null)
    {
        var storage = new SharedGrainStorage();
        var options = new ClaimCheckClusterOptions
        {
            Redis = redis ?? "unused: the test cluster keeps membership in memory",
            ServiceId = $"claimcheck-test-{Guid.NewGuid():N}",
        };
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ServiceId = options.ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            if (redis is null)
            {
                silo.Services.AddGrainStorage<IGrainStorage>(ClaimCheckClusterHosting.StorageName, (_, _) => storage);
            }
            else
            {
                silo.AddClaimCheckRedisStorage(options);
            }

            silo.UseClaimCheckFailureSettings(options).AddClaimCheckGrains();
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new TestClaimCluster(cluster, storage);
    }

    /// <summary>A checker on the cluster's client.</summary>
    public ClusterClaimChecker Checker(ClusterCheckOptions? options = null) => new(Cluster.Client, options);

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}

/// <summary>One three-silo cluster for a test class.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private TestClaimCluster? _cluster;

    public TestClaimCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync() => _cluster = await TestClaimCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
