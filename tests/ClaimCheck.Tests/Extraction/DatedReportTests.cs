using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A figure given by a report dated by a possessed day ("Tuesday's bulletin counted 61") is the figure of that day, not of
/// the publication: a later figure beside it is the count moving on. Texts written for these tests.</summary>
public sealed class DatedReportTests
{
    private static readonly DateOnly Published = new(2025, 6, 4);

    [Theory]
    [InlineData("Tuesday's bulletin counted 61 dead in the floods in Vorland.", 3)]
    [InlineData("Yesterday's figure of 61 dead was raised by the Vorland health office.", 3)]
    [InlineData("The 2 June report listed 61 dead in the floods in Vorland.", 2)]
    [InlineData("Monday's official count put the toll at 61 in Vorland.", 2)]
    public void Extract_FigureAReportOfAStatedDayGives_IsDatedByThatDay(string text, int day)
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", Published))
            .First(c => c.Quantity is { Value: 61 });

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 6, day), "the report's day is when the figure was given");
    }

    [Theory]
    [InlineData("Until Tuesday's update, only 61 people had been listed missing in Vorland.")]
    [InlineData("In all, 61 people were injured in Tuesday's explosion at a depot in Vorland.")]
    public void Extract_FigureBeforeAReportOrOfAnEvent_IsDatedAsPublished(string text)
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", Published))
            .First(c => c.Quantity is { Value: 61 });

        claim.Time!.Value.Start.Should().Be(Published, "'until' puts the figure before the update, and an explosion's day names the incident");
    }

    [Fact]
    public void Check_AReportsDatedFigureBesideItsLaterOne_IsNoDiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("one", "Sixty-three people have died in the floods in Vorland, the civil protection agency said. Tuesday's bulletin counted 61 dead in Vorland.", "Andes Wire", Published),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "61 was Tuesday's count and 63 Wednesday's");
    }
}
