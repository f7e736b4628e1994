using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A count given "since" a date long before the report is the running total up to the report: it is dated as published,
/// not by the day the count started, so two reports' running totals a few days apart read as the count rising. Texts written for
/// these tests.</summary>
public sealed class RunningCountDateTests
{
    [Theory]
    [InlineData("Since March 2021, 2,140 detainees have been freed from prisons in Peru, the commission said.")]
    [InlineData("The commission said 2,140 detainees have been freed from prisons in Peru since March 2021.")]
    [InlineData("The commission said 2,140 detainees have been freed from prisons in Peru since the first amnesty law took effect in March 2021.")]
    [InlineData("Peru has freed 2,140 detainees since its first amnesty law in March 2021, the commission said.")]
    public void Extract_CountSinceALongPastDate_IsDatedAsPublished(string text)
    {
        var published = new DateOnly(2025, 6, 2);
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", published))
            .Single(c => c.Quantity is { Value: 2140 });

        claim.Time!.Value.Start.Should().Be(published, "the count is the total so far, not one given in March 2021");
    }

    [Theory]
    [InlineData("Crews have rebuilt 4,000 homes since the storm, which hit Vorland in March 2021.")]
    [InlineData("Crews in Vorland have rebuilt 4,000 homes since the storm and repairs ended in March 2021.")]
    public void Extract_DateOutsideTheSincePhrase_IsNoRunningCountStart(string text)
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", new DateOnly(2025, 6, 2)))
            .Single(c => c.Quantity is { Value: 4000 });

        claim.Time!.Value.Start.Should().Be(new DateOnly(2021, 3, 1), "a comma or 'and' ends the 'since' phrase, so the date is the stated one, not the count's start");
    }

    [Theory]
    [InlineData("Since 4 May 2021 every one of Vorland's 12 provinces has reported measles, 8,140 cases and 96 deaths in all.")]
    [InlineData("Since the outbreak began in May 2021, the provinces have reported measles, 96 deaths in all.")]
    public void Extract_CountAfterASinceThatOpensTheSentence_IsDatedAsPublished(string text)
    {
        var published = new DateOnly(2025, 6, 2);
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", published))
            .Single(c => c.Quantity is { Value: 96 });

        claim.Time!.Value.Start.Should().Be(published, "the sentence counts from May 2021 up to the report, even in a clause of its own");
    }

    [Fact]
    public void Extract_CountInAWhenClauseAfterASinceThatOpensTheSentence_KeepsItsYear()
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", "Since 1987, when 300 people were killed in the Vorland floods, the dams have held.", "Andes Wire", new DateOnly(2025, 6, 2)))
            .Single(c => c.Quantity is { Value: 300 });

        claim.Time!.Value.Start.Should().Be(new DateOnly(1987, 1, 1), "'when' opens a clause about 1987 itself, not a count since then");
    }

    [Theory]
    [InlineData("The health agency counts 480 deaths: 95 in March, 170 in April and, so far, 215 in May.")]
    [InlineData("Vorland's health agency gave a toll of 480 deaths: 95 of them in March and 170 in April.")]
    public void Extract_WholeBeforeAColonBreakdownByMonth_IsNotDatedByAPartsMonth(string text)
    {
        var published = new DateOnly(2025, 6, 2);
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", published))
            .Single(c => c.Quantity is { Value: 480 });

        claim.Time!.Value.Start.Should().Be(published, "the months date the parts after the colon, not the whole");
    }

    [Fact]
    public void Extract_MonthRightAfterTheColon_StillDatesTheFigure()
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", "The agency counted 480 deaths: in March alone, the worst month.", "Andes Wire", new DateOnly(2025, 6, 2)))
            .Single(c => c.Quantity is { Value: 480 });

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 3, 1), "no part's number stands before the month");
    }

    [Theory]
    [InlineData("Vorland's lifeguards have rescued 734 swimmers so far this month, their union said.")]
    [InlineData("So far this year 734 mumps cases have been confirmed in Vorland, the health agency said.")]
    [InlineData("The health agency has confirmed 734 mumps cases in Vorland to date this year.")]
    public void Extract_CountForAPeriodToDate_IsDatedAsPublished(string text)
    {
        var published = new DateOnly(2025, 6, 2);
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", published))
            .Single(c => c.Quantity is { Value: 734 });

        claim.Time!.Value.Start.Should().Be(published, "the count is the total up to the report, not one of the year's first day");
    }

    [Fact]
    public void Extract_CountForThisYearWithNoToDateCue_KeepsTheYear()
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", "The health agency expects 734 mumps cases in Vorland this year.", "Andes Wire", new DateOnly(2025, 6, 2)))
            .Single(c => c.Quantity is { Value: 734 });

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 1, 1), "with no 'so far' the figure is for the whole year");
    }

    [Fact]
    public void Extract_CountInALongPastMonth_KeepsThatMonth()
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", "In March 2021, 2,140 detainees were freed from prisons in Peru, the commission said.", "Andes Wire", new DateOnly(2025, 6, 2)))
            .Single(c => c.Quantity is { Value: 2140 });

        claim.Time!.Value.Start.Should().Be(new DateOnly(2021, 3, 1), "the count is of that month");
    }

    [Fact]
    public void Check_TwoRunningTotalsDaysApart_AreAnEvolution()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", "Since March 2021, 2,140 detainees have been freed from prisons in Peru.", "Andes Wire", new DateOnly(2025, 6, 2)),
            new Document("two", "In all, 2,610 detainees have been freed from prisons in Peru since March 2021.", "Coast Herald", new DateOnly(2025, 6, 4)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the total since March 2021 rose between the two reports");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution);
    }
}
