using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using ClaimCheck.Cli;
using ClaimCheck.Cli.Commands;
using ClaimCheck.Cluster.Tests.Infrastructure;

namespace ClaimCheck.Cluster.Tests;

/// <summary>The <c>silo</c> command and <c>check --cluster</c> when the cluster cannot be reached or the options do not fit.</summary>
public class ClusterCommandsTests
{
    [Fact]
    public void Silo_RedisUnreachable_OneLineAndExitOne()
    {
        var (exitCode, _, error) = Run("silo", "--redis", ClosedPort());

        exitCode.Should().Be(ClusterCommands.ClusterError);
        error.Should().StartWith("claimcheck: cannot reach Redis at 127.0.0.1:");
        error.TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    public void Check_ClusterRedisUnreachable_OneLineAndExitOne()
    {
        var (exitCode, output, error) = Run("check", "--cluster", ClosedPort(), Path.Combine(TestCorpus.RepositoryRoot, "seeds"));

        exitCode.Should().Be(ClusterCommands.ClusterError);
        output.Should().BeEmpty();
        error.Should().StartWith("claimcheck: cannot reach Redis at 127.0.0.1:");
        error.TrimEnd().Should().NotContain("\n");
    }

    [Theory]
    [InlineData("--store", "claims.db")]
    [InlineData("--truncate")]
    [InlineData("--max-claims-per-document", "5")]
    public void Check_ClusterWithALocalOption_UsageError(params string[] option)
    {
        var (exitCode, _, error) = Run(["check", "--cluster", "127.0.0.1:6379", .. option, "seeds"]);

        exitCode.Should().Be(CommandLineRunner.UsageError);
        error.Should().Contain(option[0]).And.Contain("--cluster");
    }

    [Fact]
    public void Silo_NoRedis_UsageError()
    {
        var (exitCode, _, error) = Run("silo", "--silo-port", "11111");

        exitCode.Should().Be(CommandLineRunner.UsageError);
        error.Should().Contain("--redis");
    }

    [Fact]
    public void Silo_PortOutOfRange_UsageError()
    {
        var (exitCode, _, error) = Run("silo", "--redis", "127.0.0.1:6379", "--gateway-port", "70000");

        exitCode.Should().Be(CommandLineRunner.UsageError);
        error.Should().Contain("--gateway-port must be a port between 1 and 65535");
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand("ClaimCheck (test root)");
        root.Subcommands.Add(CheckCommand.Create(() => new StringReader("")));
        root.Subcommands.Add(ClusterCommands.CreateSilo());
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CommandLineRunner.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>"127.0.0.1:PORT" for a port nothing listens on (one just released).</summary>
    private static string ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port}";
    }
}
