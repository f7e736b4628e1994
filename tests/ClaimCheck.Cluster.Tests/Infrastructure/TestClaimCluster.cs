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

    /// <summary>Starts <paramref name="silos"/> silos and a client.</summary>
    public static async Task<TestClaimCluster> StartAsync(short silos = 3)
    {
        var storage = new SharedGrainStorage();
        var failure = new ClaimCheckClusterOptions { Redis = "unused: the test cluster keeps membership in memory" };
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddGrainStorage<IGrainStorage>(ClaimCheckClusterHosting.StorageName, (_, _) => storage);
            silo.UseClaimCheckFailureSettings(failure).AddClaimCheckGrains();
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
