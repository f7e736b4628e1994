using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ClaimCheck.Cluster.Tests;

/// <summary>What <see cref="ClaimCheckClusterHosting"/> sets up on a silo and a client (the hosts are built, never started).</summary>
public class ClaimCheckClusterHostingTests
{
    private static readonly ClaimCheckClusterOptions Options = new() { Redis = "127.0.0.1:6379", ClusterId = "newsroom" };

    [Fact]
    public void UseClaimCheck_Silo_DetectsADeadSiloInSeconds()
    {
        using var host = Silo(Options);

        var membership = host.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        var messaging = host.Services.GetRequiredService<IOptions<SiloMessagingOptions>>().Value;

        membership.ProbeTimeout.Should().Be(TimeSpan.FromSeconds(1));
        membership.NumMissedProbesLimit.Should().Be(3);
        messaging.ResponseTimeout.Should().Be(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void UseClaimCheck_SiloWithOtherSettings_TakesThem()
    {
        using var host = Silo(Options with { ProbeTimeout = TimeSpan.FromSeconds(2), MissedProbesLimit = 5, ResponseTimeout = TimeSpan.FromSeconds(40) });

        var membership = host.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        var cluster = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;

        membership.ProbeTimeout.Should().Be(TimeSpan.FromSeconds(2));
        membership.NumMissedProbesLimit.Should().Be(5);
        host.Services.GetRequiredService<IOptions<SiloMessagingOptions>>().Value.ResponseTimeout.Should().Be(TimeSpan.FromSeconds(40));
        cluster.ClusterId.Should().Be("newsroom");
        cluster.ServiceId.Should().Be(ClaimCheckClusterOptions.DefaultId);
    }

    [Fact]
    public void UseClaimCheck_Client_WaitsAsLongAsTheOptionsSay()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseOrleansClient(client => client.UseClaimCheck(Options with { ResponseTimeout = TimeSpan.FromSeconds(20) }));
        using var host = builder.Build();

        host.Services.GetRequiredService<IOptions<ClientMessagingOptions>>().Value.ResponseTimeout.Should().Be(TimeSpan.FromSeconds(20));
        host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId.Should().Be("newsroom");
    }

    [Theory]
    [InlineData("Redis")]
    [InlineData("ClusterId")]
    [InlineData("ProbeTimeout")]
    [InlineData("MissedProbesLimit")]
    [InlineData("ResponseTimeout")]
    public void UseClaimCheck_OptionOutOfRange_ThrowsNamingIt(string name)
    {
        var options = name switch
        {
            "Redis" => Options with { Redis = " " },
            "ClusterId" => Options with { ClusterId = "" },
            "ProbeTimeout" => Options with { ProbeTimeout = TimeSpan.Zero },
            "MissedProbesLimit" => Options with { MissedProbesLimit = 0 },
            _ => Options with { ResponseTimeout = TimeSpan.FromSeconds(-1) },
        };

        var build = () => Silo(options);

        build.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(name);
    }

    private static IHost Silo(ClaimCheckClusterOptions options)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseOrleans(silo => silo.UseLocalhostClustering().UseClaimCheck(options));
        return builder.Build();
    }
}
