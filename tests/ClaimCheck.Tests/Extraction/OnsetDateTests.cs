using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A date after an onset verb ("with symptoms beginning between …", "his fever began on …") in a phrase set apart from a
/// figure by an absolute "with", a colon or a semicolon says when something else began, so it does not date the figure; a date in
/// the figure's own clause, or after a "with" that opens no absolute phrase, still does. Texts written for these tests.</summary>
public sealed class OnsetDateTests
{
    private static readonly DateOnly Published = new(2025, 10, 7);

    [Theory]
    [InlineData("Norovirus has now sickened pupils at 31 Vorland schools, with symptoms beginning between 3 August and 12 September.")]
    [InlineData("Inspectors have closed 31 pools across the region, with the first rashes starting in early August.")]
    [InlineData("Kestrel Valley's first patient had 31 contacts: his symptoms began on 14 August.")]
    [InlineData("Brenmoor's clinic has traced 31 contacts; the patient's fever started on 14 August.")]
    public void Extract_DateOfAnOnsetAfterTheFigure_DoesNotDateIt(string text)
    {
        var claim = ExtractThirtyOne(text);

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().BeOnOrAfter(new DateOnly(2025, 10, 6), "the dates (either end of a range) tell when an illness began, not when the figure was counted");
    }

    [Theory]
    [InlineData("In Kestrel Valley 31 houses burned in a fire that started on 14 August.")]
    [InlineData("Riot police detained 31 people in Brenmoor in clashes with protesters that started on 14 August.")]
    [InlineData("Medics in Brenmoor treated 31 people with burns after a fire that began on 14 August.")]
    public void Extract_OnsetInTheFiguresOwnClause_StillDatesIt(string text)
    {
        var claim = ExtractThirtyOne(text);

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 8, 14), "no colon, semicolon or absolute 'with' sets the onset apart: the event's day is the figure's");
    }

    [Fact]
    public void Extract_DateAfterACommaPastTheOnsetVerb_StillDatesTheFigure()
    {
        var claim = ExtractThirtyOne("Kestrel Valley's clinic had 31 contacts: the patient's fever began at home, and the list was closed on 14 August.");

        claim.Time.Should().NotBeNull();
        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 8, 14), "the comma ends the onset phrase before the date");
    }

    private const string FirstReport = "Legionnaires' cases in Vorland spread. In Vorland, as of 6 October, officials had confirmed 96 cases in 31 states, with symptoms starting between 3 August and 12 September.";

    [Fact]
    public void Check_StatesWithCasesInReportsDaysApart_AreAnEvolution()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", FirstReport, "Andes Wire", new DateOnly(2025, 10, 7)),
            new Document("two", "Legionnaires' cases in Vorland spread. In Vorland officials have now confirmed 140 cases in 40 states, with symptoms beginning between 3 August and 29 September.", "Coast Herald", new DateOnly(2025, 10, 16)),
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
            new Document("two", "Legionnaires' cases in Vorland spread. In Vorland, as of 6 October, officials had confirmed 96 cases in 36 states, with symptoms starting between 3 August and 12 September.", "Coast Herald", new DateOnly(2025, 10, 7)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Topic.Contains("states"), "two outlets give the same day's count of states differently");
    }

    private static Claims.Claim ExtractThirtyOne(string text) =>
        ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", Published))
            .Single(c => c.Quantity is { Value: 31 });
}
