using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A figure read at an hour of its day ("by 4 pm", "as of 10:00", "At 15:45 its figures showed") is a running count; a clock
/// time of an event ("at 3 a.m. the landslide buried"), a part of a day ("by Monday evening") or no clock time makes none. Texts written for these tests.</summary>
public class HourReadingTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    [Theory]
    [InlineData("Turnout had reached 61 per cent by 4 pm, the Velmar election board said.", 61, true)]
    [InlineData("As of 10:00, some 3,200 people had crossed the border at Ostrava.", 3200, true)]
    [InlineData("The Lindenport ferry office had sold 210 tickets by 5 p.m. on Tuesday.", 210, true)]
    [InlineData("At 15:45 the tracker's figures showed 870 flights cancelled at Kestrel Bay airport.", 870, true)]
    [InlineData("At 3 a.m. a landslide buried 12 homes in Brenmoor.", 12, false)]
    [InlineData("Police in Lindenport said 210 people were arrested on Saturday.", 210, false)]
    [InlineData("By Monday evening the toll in Brenmoor had risen to 41.", 41, false)]
    [InlineData("By noon the toll in Brenmoor had risen to 41.", 41, true)]
    [InlineData("By Tuesday noon 25 people had been confirmed dead in the Brenmoor landslide.", 25, true)]
    [InlineData("As of Monday 6 pm the Orlev shelters held 1,150 people.", 1150, true)]
    [InlineData("On Tuesday 25 people were confirmed dead in the Brenmoor landslide, which struck at noon.", 25, false)]
    [InlineData("The curfew in Tarnwick ran until 6 am on Saturday, and police arrested 45 people.", 45, false)]
    [InlineData("Rescuers searched the collapsed mill in Orlev until 6 pm and pulled out 12 survivors.", 12, false)]
    [InlineData("The march in Dunholt was over by 6 pm, and police arrested 45 people in the clashes that followed.", 45, false)]
    [InlineData("The vote count in Dunholt had stalled by 9 pm, but officials later confirmed 45 spoiled ballots.", 45, false)]
    public void Extract_FigureGivenAtAnHourOfItsDay_IsReadAtHour(string text, double value, bool atHour)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 5, 11))]);

        report.Claims.Single(c => c.Quantity is { } q && q.Value == value).IsReadAtHour.Should().Be(atHour);
    }
}
