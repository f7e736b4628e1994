using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A date after a figure that belongs to another clause (beyond a semicolon) or to an aside on an unnumbered part ("…, most of
/// them in Brenmoor in October") does not date the figure; a date in the figure's own clause, or after an aside that has closed, still
/// does. Texts written for these tests.</summary>
public sealed class OtherClauseDateTests
{
    private static readonly DateOnly Published = new(2025, 12, 9);

    private static Claims.Claim ClaimOf(string text, double value) =>
        ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Andes Wire", Published)).First(c => c.Quantity is { } q && q.Value == value);

    [Theory]
    [InlineData("Health officials in Vorland say 55 people have fallen ill, most of them in Brenmoor in October.")]
    [InlineData("Health officials in Vorland counted 55 cases of the illness, many of them in Kestrel Valley in early October.")]
    [InlineData("The Vorland health board listed 55 patients; the first of them fell ill in Brenmoor on 4 October.")]
    [InlineData("Brenmoor's clinic treated 55 people for burns, mainly on 4 October.")]
    public void Extract_DateOfAnotherClauseAfterTheFigure_DoesNotDateIt(string text)
    {
        var claim = ClaimOf(text, 55);

        claim.Time!.Value.Start.Should().BeOnOrAfter(new DateOnly(2025, 12, 1), "the October date belongs to a part or another clause, so the figure is the report's");
    }

    [Fact]
    public void Extract_FigureWithItsOwnDateBeforeASemicolon_KeepsIt()
    {
        var claim = ClaimOf("In Brenmoor 12 people died on 3 October; 4 more died in Kestrel Valley on 5 October.", 12);

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 10, 3), "the figure's own clause gives its date");
    }

    [Fact]
    public void Extract_DateAfterAClosedPartAside_StillDatesTheFigure()
    {
        var claim = ClaimOf("In Brenmoor 55 homes, most of them near the river, were flooded on 4 October.", 55);

        claim.Time!.Value.Start.Should().Be(new DateOnly(2025, 10, 4), "the aside closes before the verb, and the date is the figure's own");
    }
}
