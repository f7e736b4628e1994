using ClaimCheck.Classification;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Classification;

public sealed class HeldOutSliceTests
{
    private static string FakeData => Path.Combine(TestPaths.RepositoryRoot, "tests", "ClaimCheck.Tests", "Classification", "Data");

    [Theory]
    [InlineData("page-003", true)]
    [InlineData("page-009", true)]
    [InlineData("page-001", false)]
    [InlineData("page-010", false)]
    public void Contains_KnownSource_IsStable(string source, bool heldOut)
    {
        HeldOutSlice.Contains(source).Should().Be(heldOut);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Contains_NoSource_IsNeverHeldOut(string? source)
    {
        HeldOutSlice.Contains(source).Should().BeFalse();
    }

    [Fact]
    public void Contains_ManySources_HoldsOutAboutOneInFive()
    {
        var heldOut = Enumerable.Range(0, 10_000).Count(i => HeldOutSlice.Contains($"source-{i}"));

        heldOut.Should().BeInRange(1_800, 2_200);
    }

    [Fact]
    public void Split_FakeNewsFolder_KeepsEveryPageOnOneSideAndNeverHoldsOutUnsourcedText()
    {
        var all = LabeledTextReader.ReadPath(FakeData);

        var (training, heldOut) = HeldOutSlice.Split(all);

        heldOut.Select(e => e.Source).Distinct().Should().BeEquivalentTo(["page-003", "page-009"]);
        heldOut.Should().HaveCount(6);
        training.Should().HaveCount(all.Count - 6);
        training.Select(e => e.Source).Should().NotContain(heldOut.Select(e => e.Source));
        training.Where(e => e.Source is null).Should().HaveCount(4, "the claim-types file has no source column");
    }
}
