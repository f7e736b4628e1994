using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A date after an onset verb ("with illnesses beginning between …", "his symptoms began on …") in a phrase set apart from a
/// figure by "with", a colon or a semicolon says when something else began, so it does not date the figure; a date in the figure's
/// own clause still does. Texts written for these tests.</summary>
public sealed class OnsetDateTests
{
    private static readonly DateOnly Published = new(2025, 10, 7);

    [Theory]
    [InlineData("By 6 October, 214 people had been infected with the outbreak strain in 31 states, with illnesses beginning between 3 August and 12 September.")]
    [InlineData("The agency counts 31 states with cases, with the first illnesses starting in early August.")]
    [InlineData("Kestrel Valley's first patient had 31 contacts: his symptoms began on 14 August.")]
    [InlineData("Brenmoor's clinic has traced 31 contacts; the patient's fever started on 14 August.")]
    public void Extract_DateOfAnOnsetAfterTheFigure_DoesNotDateIt(string text)
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", Published))
            .Single(c => c.Quantity is { Value: 31 });

        claim.Time!.Value.Start.Should().BeOnOrAfter(new DateOnly(2025, 10, 6), "the dates (either end of a range) tell when an illness began, not when the figure was counted");
    }

    [Fact]
    public void Extract_OnsetInTheFiguresOwnClause_StillDatesIt()
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", "In Kestrel Valley 31 houses burned in a fire that started on 14 August.", "Andes Wire", Published))
            .Single(c => c.Quantity is { Value: 31 });

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 8, 14), "no 'with', colon or semicolon sets the onset apart: the fire's day is the houses'");
    }

    [Fact]
    public void Extract_DateAfterACommaPastTheOnsetVerb_StillDatesTheFigure()
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", "Kestrel Valley's clinic had 31 contacts: the patient's fever began at home, and the list was closed on 14 August.", "Andes Wire", Published))
            .Single(c => c.Quantity is { Value: 31 });

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 8, 14), "the comma ends the onset phrase before the date");
    }

    private const string FirstReport = "Salmonella outbreak in Vorland grows. In Vorland, by 6 October, 214 people infected with the outbreak strain had been reported from 31 states, with illnesses beginning between 3 August and 12 September.";

    [Fact]
    public void Check_StatesWithCasesInReportsDaysApart_AreAnEvolution()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", FirstReport, "Andes Wire", new DateOnly(2025, 10, 7)),
            new Document("two", "Salmonella outbreak in Vorland grows. In Vorland the number of people infected with the outbreak strain has reached 302, reported from 40 states, with illnesses starting between 3 August and 29 September.", "Coast Herald", new DateOnly(2025, 10, 16)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Topic.Contains("states"), "the reports came out nine days apart: the count of states grew");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution && f.Topic.Contains("states"));
    }

    [Fact]
    public void Check_StatesWithCasesInTwoReportsOfOneDay_StillDispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", FirstReport, "Andes Wire", new DateOnly(2025, 10, 7)),
            new Document("two", "Salmonella outbreak in Vorland grows. In Vorland, by 6 October, 214 people infected with the outbreak strain had been reported from 36 states, with illnesses starting between 3 August and 12 September.", "Coast Herald", new DateOnly(2025, 10, 7)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Topic.Contains("states"), "two outlets give the same day's count of states differently");
    }
}
