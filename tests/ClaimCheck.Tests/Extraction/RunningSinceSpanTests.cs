using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Time;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A figure followed by a "since" phrase that gives its start is a running total scoped from that start to the report: the
/// claim's time keeps the start and ends on the report day, the comparer reads it as the report day's count, and it still meets a
/// figure scoped to a period that holds the whole span. Texts written for these tests.</summary>
public sealed class RunningSinceSpanTests
{
    private static readonly DateOnly Published = new(2025, 6, 10);

    [Theory]
    [InlineData("Brenmoor Steel has cut 640 jobs since March, a company spokesperson said.")]
    [InlineData("Brenmoor Steel has cut 640 jobs since the plant fire in March, a company spokesperson said.")]
    public void Extract_FigureBeforeASincePhrase_SpansFromTheStartToTheReport(string text)
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Kestrel Post", Published))
            .Single(c => c.Quantity is { Value: 640 });

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 3, 1), "the count started in March");
        claim.Time.Value.End.Should().Be(Published, "the total runs up to the report");
        claim.Time.Value.Source.Should().Be(TimeScopeSource.RunningSince);
    }

    [Fact]
    public void Extract_FigureInAMonthWithNoSince_KeepsTheMonth()
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", "Brenmoor Steel cut 640 jobs in March, a company spokesperson said.", "Kestrel Post", Published))
            .Single(c => c.Quantity is { Value: 640 });

        claim.Time!.Value.End.Should().Be(new DateOnly(2025, 3, 31), "a figure of March alone is no running total");
        claim.Time.Value.Source.Should().Be(TimeScopeSource.Stated);
    }

    [Fact]
    public void Check_RunningTotalSinceAMonthAndTheSameFigureThisYear_Corroborate()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", "Brenmoor Steel has cut 640 jobs since March, a company spokesperson said.", "Kestrel Post", Published),
            new Document("two", "Brenmoor Steel has cut 640 jobs this year, the Kestrel Valley steelworkers' union said.", "Vorland Herald", Published),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration, "the span since March lies within this year");
    }

    [Fact]
    public void Check_RunningTotalSinceAYearBesideAnotherActsCountNextDay_IsNoDiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", "Tallis Foods has sold more than 400,000 jars of its sauce since 2022, the company said.", "Kestrel Post", new DateOnly(2025, 3, 10)),
            new Document("two", "Tallis Foods recalled 60,000 jars of its sauce, regulators in Brenmoor said.", "Vorland Herald", new DateOnly(2025, 3, 11)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "jars sold since 2022 and jars recalled are not one count");
    }
}
