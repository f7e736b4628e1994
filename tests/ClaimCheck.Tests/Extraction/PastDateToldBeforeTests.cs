using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A report weeks or years after an event tells it by a date in one sentence and gives its count in the next, with no date of
/// its own: the count is that event's, dated by the sentence before, not by the report. A count of the running news, a running total
/// and a count with its own date keep their reading. Texts written for these tests.</summary>
public sealed class PastDateToldBeforeTests
{
    private static readonly DateOnly Published = new(2024, 6, 2);

    private static Claim CountOf(string text, double value, DateOnly published) =>
        ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", published)).Single(c => c.Quantity is { } q && q.Value == value);

    [Theory]
    [InlineData("The dam above Kestrel Valley gave way in March 2019. The flood killed 310 people in Brenmoor.")]
    [InlineData("The Brenmoor sit-in was broken up by force in March 2019. According to the Vorland Rights League, over 310 protesters lost their lives.")]
    public void Extract_TollAfterASentenceDatingAPastEvent_IsDatedByThatEvent(string text)
    {
        var claim = CountOf(text, 310, Published);

        claim.Time!.Value.Start.Should().Be(new DateOnly(2019, 3, 1), "the sentence before tells the event the toll is of, years before the report");
    }

    [Fact]
    public void Extract_CrowdAfterASentenceDatingAPastMarch_IsDatedByThatMarch()
    {
        var claim = CountOf("On 8 March a march two kilometres long filled the centre of Brenmoor. The organisers counted 60,000 people marching to the square.", 60000,
            new DateOnly(2024, 4, 10));

        claim.Time!.Value.Start.Should().Be(new DateOnly(2024, 3, 8), "the crowd is the one of the march the sentence before dates, a month before the report");
    }

    [Fact]
    public void Extract_TollAfterASentenceDatingTheRunningNews_IsDatedAsPublished()
    {
        var published = new DateOnly(2024, 6, 6);
        var claim = CountOf("The dam above Kestrel Valley gave way on Monday. The flood killed 31 people in Brenmoor.", 31, published);

        claim.Time!.Value.Start.Should().Be(published, "a toll given days after the event is the count as the report gives it");
    }

    [Theory]
    [InlineData("The dam above Kestrel Valley gave way in March 2019. On 30 May 12 more people died in Brenmoor when a bridge fell.", 2024, 5, 30)]
    [InlineData("The dam above Kestrel Valley gave way in March 2019. Since then 12 people have died in Brenmoor from the damage.", 2024, 6, 2)]
    public void Extract_CountWithItsOwnDayOrARunningCount_KeepsItsOwnTime(string text, int year, int month, int day)
    {
        var claim = CountOf(text, 12, Published);

        claim.Time!.Value.Start.Should().Be(new DateOnly(year, month, day), "a new day's deaths keep their day, a running total its report's");
    }

    [Fact]
    public void Extract_TollAfterASentenceGivingOnlyAReportsDate_IsDatedAsPublished()
    {
        var claim = CountOf("The Vorland ministry said in March that the dam was safe. The flood killed 310 people in Brenmoor.", 310, Published);

        claim.Time!.Value.Start.Should().Be(Published, "'said in March' dates a statement, not the event the toll is of");
    }
}
