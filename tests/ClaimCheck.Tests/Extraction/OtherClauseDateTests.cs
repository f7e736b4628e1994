using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A date after a figure that belongs to another clause (beyond a semicolon), to an aside on an unnumbered part ("…, most of
/// them in Brenmoor in October") or to the start of a "since" phrase does not date the figure; a date in the figure's own clause, or
/// one inside a "since" phrase that holds the figure, still does. Texts written for these tests.</summary>
public sealed class OtherClauseDateTests
{
    private static readonly DateOnly Published = new(2025, 12, 9);

    private static Claims.Claim ClaimOf(string text, double value) =>
        ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", Published)).First(c => c.Quantity is { } q && q.Value == value);

    [Theory]
    [InlineData("Health officials in Vorland say 55 people have fallen ill, most of them in Brenmoor in October.")]
    [InlineData("Health officials in Vorland counted 55 cases of the illness, many of them in Kestrel Valley in early October.")]
    [InlineData("The Vorland health board listed 55 patients; the first of them fell ill in Brenmoor on 4 October.")]
    [InlineData("Kestrel Valley's clinic has treated 55 people for burns since 4 October.")]
    [InlineData("In Vorland, 55 homes have been damaged by the landslides since the rains began on 4 October.")]
    public void Extract_DateOfAnotherClauseAfterTheFigure_DoesNotDateIt(string text)
    {
        var claim = ClaimOf(text, 55);

        claim.Time!.Value.Start.Should().BeOnOrAfter(new DateOnly(2025, 12, 1), "the October date belongs to a part, another clause or the count's start, so the figure is the report's");
    }

    [Fact]
    public void Extract_FigureWithItsOwnDateBeforeASemicolon_KeepsIt()
    {
        var claim = ClaimOf("In Brenmoor 12 people died on 3 October; 4 more died in Kestrel Valley on 5 October.", 12);

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 10, 3), "the figure's own clause gives its date");
    }

    [Fact]
    public void Extract_FigureInsideTheSincePhrase_KeepsTheDate()
    {
        var claim = ClaimOf("It is the strongest storm to hit Vorland since a storm with winds of 180 km/h in October 1998.", 180);

        claim.Time!.Value.Start.Should().Be(new DateOnly(1998, 10, 1), "the figure is the earlier storm's, which the date names");
    }

    [Fact]
    public void Extract_DateAfterAClosedPartAside_StillDatesTheFigure()
    {
        var claim = ClaimOf("In Brenmoor 55 homes, most of them near the river, were flooded on 4 October.", 55);

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 10, 4), "the aside closes before the verb, and the date is the figure's own");
    }
}
