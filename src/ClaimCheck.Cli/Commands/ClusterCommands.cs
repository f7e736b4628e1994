using System.CommandLine;
using System.Globalization;
using System.Net;
using ClaimCheck.Cluster;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace ClaimCheck.Cli.Commands;

/// <summary>The Orleans cluster on the command line: the <c>silo</c> command and <c>check --cluster</c> (<see cref="Check"/>). A silo
/// or client that cannot reach Redis or the cluster prints one line and exits with <see cref="ClusterError"/>.</summary>
internal static class ClusterCommands
{
    /// <summary>The exit code for a cluster that cannot be reached or kept failing.</summary>
    public const int ClusterError = 1;

    /// <summary>The name of the <c>silo</c> command.</summary>
    public const string SiloCommand = "silo";

    /// <summary>Orleans' default silo-to-silo port.</summary>
    public const int DefaultSiloPort = EndpointOptions.DEFAULT_SILO_PORT;

    /// <summary>Orleans' default gateway (client) port.</summary>
    public const int DefaultGatewayPort = EndpointOptions.DEFAULT_GATEWAY_PORT;

    /// <summary>Checks <paramref name="documents"/> on the cluster whose membership is in the Redis at <paramref name="redis"/>.</summary>
    /// <exception cref="ClaimCheckClusterException">Redis or the cluster cannot be reached, or a call kept failing.</exception>
    /// <exception cref="ClaimCheckLimitException">A document exceeds a limit of the silos' pipeline.</exception>
    public static CheckReport Check(string redis, string clusterId, IReadOnlyList<Document> documents) =>
        CheckAsync(redis, clusterId, documents).GetAwaiter().GetResult();

    private static async Task<CheckReport> CheckAsync(string redis, string clusterId, IReadOnlyList<Document> documents)
    {
        await using var checker = await ClusterClaimChecker.ConnectAsync(new ClaimCheckClusterOptions { Redis = redis, ClusterId = clusterId }).ConfigureAwait(false);
        return await checker.CheckAsync(documents.ToAsyncEnumerable()).ConfigureAwait(false);
    }

    /// <summary>The <c>--cluster-id</c> option, shared by <c>silo</c> and <c>check</c>.</summary>
    public static Option<string> ClusterIdOption() => new("--cluster-id")
    {
        Description = $"The cluster's id: silos and clients with the same id and Redis form one cluster. Default: {ClaimCheckClusterOptions.DefaultId}.",
        DefaultValueFactory = _ => ClaimCheckClusterOptions.DefaultId,
        HelpName = "ID",
    };

    /// <summary>Creates the <c>silo</c> command.</summary>
    public static Command CreateSilo()
    {
        var redis = new Option<string>("--redis")
        {
            Description = "The Redis server (HOST:PORT) that holds the cluster's membership and every slot's state.",
            HelpName = "HOST:PORT",
            Required = true,
        };
        var siloPort = new Option<int>("--silo-port")
        {
            Description = $"The port other silos reach this one on. Default: {DefaultSiloPort}.",
            DefaultValueFactory = _ => DefaultSiloPort,
            HelpName = "N",
        };
        var gatewayPort = new Option<int>("--gateway-port")
        {
            Description = $"The port clients ('check --cluster') reach this silo on. Default: {DefaultGatewayPort}.",
            DefaultValueFactory = _ => DefaultGatewayPort,
            HelpName = "N",
        };
        var address = new Option<string?>("--address")
        {
            Description = "The IP address this silo advertises to other silos and clients. Default: this machine's first IPv4 address that is "
                + "not a loopback one.",
            HelpName = "IP",
        };
        foreach (var port in new[] { siloPort, gatewayPort })
        {
            port.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() is < 1 or > 65535)
                {
                    result.AddError($"{port.Name} must be a port between 1 and 65535");
                }
            });
        }

        address.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !IPAddress.TryParse(value, out _))
            {
                result.AddError($"--address must be an IP address, not '{value}'");
            }
        });
        var clusterId = ClusterIdOption();
        var command = new Command(
            SiloCommand,
            "Run a silo of a ClaimCheck cluster until SIGTERM or Ctrl-C (a graceful stop hands its slots over to the other silos). Its slots' "
            + "state is written to Redis on every add, so a silo that dies loses nothing; 'check --cluster' sends documents to the silos.")
        {
            redis,
            siloPort,
            gatewayPort,
            address,
            clusterId,
        };
        command.SetAction((parseResult, cancellationToken) => RunSiloAsync(
            parseResult,
            new ClaimCheckClusterOptions { Redis = parseResult.GetValue(redis)!, ClusterId = parseResult.GetValue(clusterId)! },
            parseResult.GetValue(siloPort),
            parseResult.GetValue(gatewayPort),
            parseResult.GetValue(address) is { } ip ? IPAddress.Parse(ip) : null,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunSiloAsync(ParseResult parseResult, ClaimCheckClusterOptions options, int siloPort, int gatewayPort, IPAddress? address,
        CancellationToken cancellationToken)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        try
        {
            await ClaimCheckClusterHosting.EnsureRedisReachableAsync(options, cancellationToken).ConfigureAwait(false);
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
            builder.UseOrleans(silo =>
            {
                if (address is null)
                {
                    silo.ConfigureEndpoints(siloPort, gatewayPort);
                }
                else
                {
                    silo.ConfigureEndpoints(address, siloPort, gatewayPort);
                }

                silo.UseClaimCheck(options);
            });
            using var host = builder.Build();
            try
            {
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                stderr.WriteLine($"claimcheck: the silo could not start: {e.Message.Split('\n', 2)[0].Trim()}");
                return ClusterError;
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"claimcheck: silo of cluster '{options.ClusterId}' running (silo port {siloPort}, gateway port {gatewayPort}, Redis {options.Redis}); SIGTERM or Ctrl-C stops it"));
            await host.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
            stdout.WriteLine("claimcheck: silo stopped");
            return 0;
        }
        catch (ClaimCheckClusterException e)
        {
            stderr.WriteLine($"claimcheck: {e.Message}");
            return ClusterError;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("claimcheck: the silo was stopped before it started");
            return ClusterError;
        }
    }
}
