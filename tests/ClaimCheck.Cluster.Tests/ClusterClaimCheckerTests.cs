using ClaimCheck.Cluster.Tests.Infrastructure;
using ClaimCheck.Documents;

namespace ClaimCheck.Cluster.Tests;

/// <summary>A check on a three-silo in-process cluster gives the report of the same check in one process.</summary>
public class ClusterClaimCheckerTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    public static TheoryData<string> Cases() => [.. TestCorpus.CaseNames()];

    public static TheoryData<string> Stories()
    {
        var names = TestCorpus.StoryNames().ToList();
        // A theory needs a row; with no shared data the one row is skipped by StoriesDevTheory.
        return names.Count == 0 ? ["(none)"] : [.. names];
    }

    [Fact]
    public async Task CheckAsync_Seeds_SameReportAsInProcess()
    {
        await ShouldMatchInProcess(TestCorpus.Seeds());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CheckAsync_ComparisonCase_SameReportAsInProcess(string name)
    {
        await ShouldMatchInProcess(TestCorpus.Case(name));
    }

    [StoriesDevTheory]
    [MemberData(nameof(Stories))]
    public async Task CheckAsync_DevelopmentStory_SameReportAsInProcess(string name)
    {
        await ShouldMatchInProcess(TestCorpus.Story(name));
    }

    [Fact]
    public async Task CheckAsync_ManySmallBatches_SameFindingsAsInProcess()
    {
        var documents = TestCorpus.Floods(200);

        var expected = ClaimChecker.Check(documents);
        var report = await fixture.Cluster.Checker(new ClusterCheckOptions { DocumentsPerCall = 3 }).CheckAsync(TestCorpus.Stream(documents));

        report.Findings.Select(TestCorpus.Describe).Should().Equal(expected.Findings.Select(TestCorpus.Describe));
        expected.Findings.Should().HaveCountGreaterThan(50);
    }

    [Fact]
    public async Task CheckAsync_AfterTheReport_SlotStateIsCleared()
    {
        await fixture.Cluster.Checker().CheckAsync(TestCorpus.Stream(TestCorpus.Seeds()));

        fixture.Cluster.Storage.Count.Should().Be(0);
    }

    [Fact]
    public async Task CheckAsync_KeepSlotState_LeavesTheSlotsStored()
    {
        await using var cluster = await TestClaimCluster.StartAsync(1);

        var report = await cluster.Checker(new ClusterCheckOptions { KeepSlotState = true }).CheckAsync(TestCorpus.Stream(TestCorpus.Seeds()));

        report.Findings.Should().NotBeEmpty();
        cluster.Storage.Count.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task CheckAsync_TwoDocumentsWithOneId_Throws()
    {
        var seeds = TestCorpus.Seeds();

        var check = () => fixture.Cluster.Checker().CheckAsync(TestCorpus.Stream([seeds[0], seeds[0]]));

        await check.Should().ThrowAsync<ArgumentException>().WithMessage($"*'{seeds[0].Id}'*");
    }

    [Fact]
    public async Task CheckAsync_NoDocuments_EmptyReport()
    {
        var report = await fixture.Cluster.Checker().CheckAsync(TestCorpus.Stream([]));

        report.Documents.Should().BeEmpty();
        report.Findings.Should().BeEmpty();
    }

    private async Task ShouldMatchInProcess(IReadOnlyList<Document> documents)
    {
        var expected = ClaimChecker.Check(documents);

        var report = await fixture.Cluster.Checker().CheckAsync(TestCorpus.Stream(documents));

        report.Findings.Select(TestCorpus.Describe).Should().Equal(expected.Findings.Select(TestCorpus.Describe));
        report.Claims.Select(c => c.Id).Should().Equal(expected.Claims.Select(c => c.Id));
        report.Documents.Select(d => (d.Id, d.Outlet)).Should().Equal(expected.Documents.Select(d => (d.Id, d.Outlet)));
        report.Warnings.Should().Equal(expected.Warnings);
    }
}

/// <summary>A theory over the shared development stories (<c>../shared/data/stories-dev</c>); skipped, with the reason, when they
/// are not on this machine.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class StoriesDevTheoryAttribute : TheoryAttribute
{
    public StoriesDevTheoryAttribute()
    {
        if (!Directory.Exists(TestCorpus.StoriesDevFolder))
        {
            Skip = $"needs ../shared/data/stories-dev ({TestCorpus.StoriesDevFolder}), which is not present on this machine";
        }
    }
}
