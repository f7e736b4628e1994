using ClaimCheck.Cluster.Grains;
using ClaimCheck.Cluster.Serialization;
using ClaimCheck.Cluster.Tests.Infrastructure;

namespace ClaimCheck.Cluster.Tests;

/// <summary>A slot grain takes each claim once, keeps it across deactivation, and compares its slot.</summary>
public class SlotGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task AddAsync_SameClaimsAgain_AddsNothing()
    {
        var (slot, add) = SeedSlot();
        var grain = fixture.Cluster.Cluster.Client.GetGrain<ISlotGrain>(Guid.NewGuid(), slot, null);

        var first = await grain.AddAsync(add);
        var again = await grain.AddAsync(add);

        again.Should().Be(first).And.Be(add.Claims.Length);
        await grain.ClearAsync();
    }

    [Fact]
    public async Task GetResultAsync_AfterDeactivation_ReloadsTheClaimsFromStorage()
    {
        var (slot, add) = SeedSlot();
        var grain = fixture.Cluster.Cluster.Client.GetGrain<ISlotGrain>(Guid.NewGuid(), slot, null);
        await grain.AddAsync(add);
        var before = await grain.GetResultAsync();

        await fixture.Cluster.Cluster.DeactivateAsync(grain);
        var after = await grain.GetResultAsync();

        after.Claims.Should().Be(add.Claims.Length);
        after.Findings.Select(TestCorpus.Describe).Should().Equal(before.Findings.Select(TestCorpus.Describe));
        before.Findings.Should().NotBeEmpty();
        await grain.ClearAsync();
    }

    /// <summary>The seeds' slot with the most claims and a finding, and an add of all its claims.</summary>
    private static (string Slot, SlotAdd Add) SeedSlot()
    {
        var report = ClaimChecker.Check(TestCorpus.Seeds());
        var comparer = ClaimChecker.DefaultPipeline.Comparer;
        var slot = report.Findings.SelectMany(f => f.Sides).SelectMany(s => s.ClaimIds)
            .Select(id => report.Claims.Single(c => c.Id == id))
            .GroupBy(c => comparer.SlotOf(c)!.Value.Value)
            .OrderByDescending(g => g.Count())
            .First().Key;
        var claims = report.Claims.Where(c => comparer.SlotOf(c)?.Value == slot).ToList();
        var documents = report.Documents.Where(d => claims.Any(c => c.DocumentId == d.Id)).Select(d => new SlotDocument(d.Id, d.Outlet));
        return (slot, new SlotAdd([.. claims], [.. documents]));
    }
}
