using ClaimCheck.Cluster.Grains;
using ClaimCheck.Cluster.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using StackExchange.Redis;

namespace ClaimCheck.Cluster;

/// <summary>Sets up Orleans silos and clients for ClaimCheck.</summary>
/// <example>
/// <code>
/// builder.UseOrleans(silo => silo.UseClaimCheck(new ClaimCheckClusterOptions { Redis = "127.0.0.1:6379" }));
/// </code>
/// </example>
public static class ClaimCheckClusterHosting
{
    /// <summary>The name of the grain storage that keeps the slots' state. <see cref="UseClaimCheck(ISiloBuilder, ClaimCheckClusterOptions, ClaimPipeline?)"/>
    /// puts it in Redis; a host that calls <see cref="AddClaimCheckGrains"/> alone registers its own under this name.</summary>
    public const string StorageName = "claimcheck-slots";

    /// <summary>A silo of a ClaimCheck cluster on Redis: membership and slot state in Redis, the failure settings of
    /// <paramref name="options"/>, and the grains, extracting and comparing with <paramref name="pipeline"/> (default
    /// <see cref="ClaimChecker.DefaultPipeline"/>; every silo of a cluster must use the same). Endpoints are the caller's
    /// (<c>ConfigureEndpoints</c>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An option is empty or out of range.</exception>
    public static ISiloBuilder UseClaimCheck(this ISiloBuilder builder, ClaimCheckClusterOptions options, ClaimPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        builder.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        builder.UseRedisClustering(o => o.ConfigurationOptions = RedisConfiguration(options.Redis));
        return builder.AddClaimCheckRedisStorage(options).UseClaimCheckFailureSettings(options).AddClaimCheckGrains(pipeline);
    }

    /// <summary>The slots' grain storage (<see cref="StorageName"/>) in the Redis of <paramref name="options"/>, written with
    /// <see cref="SlotStateSerializer"/>; a cleared slot's key is deleted.</summary>
    internal static ISiloBuilder AddClaimCheckRedisStorage(this ISiloBuilder builder, ClaimCheckClusterOptions options) =>
        builder.AddRedisGrainStorage(StorageName, o =>
        {
            o.ConfigurationOptions = RedisConfiguration(options.Redis);
            o.GrainStorageSerializer = SlotStateSerializer.Instance;
            o.DeleteStateOnClear = true;
        });

    /// <summary>The failure settings of <paramref name="options"/> (probes, response timeout) alone, for a silo whose clustering
    /// and storage are set up otherwise (the in-process test cluster).</summary>
    internal static ISiloBuilder UseClaimCheckFailureSettings(this ISiloBuilder builder, ClaimCheckClusterOptions options)
    {
        builder.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = options.ProbeTimeout;
            o.NumMissedProbesLimit = options.MissedProbesLimit;
        });
        builder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout);
        return builder;
    }

    /// <summary>The grains alone, extracting and comparing with <paramref name="pipeline"/> (default
    /// <see cref="ClaimChecker.DefaultPipeline"/>): for a host that sets up clustering and a grain storage named
    /// <see cref="StorageName"/> itself.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ISiloBuilder AddClaimCheckGrains(this ISiloBuilder builder, ClaimPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new ClusterPipeline(pipeline ?? ClaimChecker.DefaultPipeline));
        return builder;
    }

    /// <summary>A client of a ClaimCheck cluster on Redis: finds the silos' gateways in Redis and waits for answers as long as
    /// <paramref name="options"/> says.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An option is empty or out of range.</exception>
    public static IClientBuilder UseClaimCheck(this IClientBuilder builder, ClaimCheckClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        builder.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        builder.UseRedisClustering(o => o.ConfigurationOptions = RedisConfiguration(options.Redis));
        builder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout);
        return builder;
    }

    /// <summary>Checks that the Redis server of <paramref name="options"/> answers, so that a silo or client that cannot reach it
    /// says so at once.</summary>
    /// <exception cref="ClaimCheckClusterException">Redis cannot be reached.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task EnsureRedisReachableAsync(ClaimCheckClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ConfigurationOptions configuration;
        try
        {
            configuration = RedisConfiguration(options.Redis);
        }
        catch (ArgumentException e)
        {
            throw new ClaimCheckClusterException($"'{options.Redis}' is not a Redis address (HOST:PORT): {e.Message}", e);
        }

        configuration.AbortOnConnectFail = true;
        configuration.ConnectRetry = 1;
        configuration.ConnectTimeout = 3000;
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken).ConfigureAwait(false);
            await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // StackExchange.Redis goes on to advise abortConnect=false, which does not apply here: keep its first sentence.
            throw new ClaimCheckClusterException($"cannot reach Redis at {options.Redis}: {FirstLine(e.Message).Split(". ", 2)[0].TrimEnd('.')}", e);
        }
    }

    internal static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static ConfigurationOptions RedisConfiguration(string redis) => ConfigurationOptions.Parse(redis);
}
