using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Comparison;

public sealed class SlotKeyTests
{
    [Fact]
    public void SlotOf_EveryFindingOfTheSeeds_HasAllItsClaimsInOneSlot()
    {
        var documents = Directory.GetFiles(TestPaths.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).SelectMany(path => DocumentReader.ReadFile(path)).ToList();
        var pipeline = ClaimChecker.DefaultPipeline;
        var comparer = new ClaimComparer();
        var report = pipeline.Check(documents);
        var claims = report.Claims.ToDictionary(c => c.Id);

        report.Findings.Should().NotBeEmpty();
        foreach (var finding in report.Findings)
        {
            finding.ClaimIds.Select(id => comparer.SlotOf(claims[id])).Distinct().Should().ContainSingle($"finding {finding.Id} ({finding.Topic}) compares claims of one slot")
                .Which.Should().NotBeNull();
        }
    }

    [Fact]
    public void SlotOf_SameFigureDifferentModality_DifferentSlots()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Chile has deployed 1,200 firefighters to the blaze, officials said."),
            new Document("b", "Chile plans to deploy 4,000 firefighters to the blaze, officials said."),
        ]);
        var comparer = new ClaimComparer();

        var keys = report.Claims.Where(c => c.Quantity is not null).Select(c => comparer.SlotOf(c)).ToList();

        keys.Should().HaveCount(2).And.OnlyContain(k => k != null);
        keys[0]!.Value.Value.Should().NotBe(keys[1]!.Value.Value);
        keys.Select(k => k!.Value.Measure).Should().OnlyContain(m => m == keys[0]!.Value.Measure);
    }

    [Fact]
    public void SlotOf_FigureWithNoSubject_IsNull()
    {
        var report = ClaimChecker.Check([new Document("a", "The committee met for 45 minutes.")]);

        report.Claims.Should().NotBeEmpty();
        report.Claims.Select(c => new ClaimComparer().SlotOf(c)).Should().OnlyContain(k => k == null);
    }
    [Fact]
    public void SlotOf_MarginInPercentagePoints_NotInTheSlotOfShares()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "In Vorland's presidential election, Brenmoor won 71.4% of the vote, the commission said."),
            new Document("b", "In Vorland's presidential election, Brenmoor finished 58 percentage points ahead of his rival, the commission said."),
        ]);
        var comparer = new ClaimComparer();

        var margin = report.Claims.Single(c => c.Quantity != null && c.Quantity.Value.Value == 58);
        comparer.SlotOf(margin)!.Value.Unit.Should().Be("PercentagePoint");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy && f.ClaimIds.Contains(margin.Id));
    }
}
