using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A date after a figure that belongs to another clause (beyond a semicolon), to an aside on an unnumbered part ("…, most of
/// them in Brenmoor in October") or to another thing a phrase after a comma names by its year ("…, close to the sell-out final of
/// 2011") does not date the figure; a date in the figure's own clause, after an aside that has closed, or after a superlative that
/// ranks the figure within its year ("…, the lowest count of 2019") still does. Texts written for these tests.</summary>
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

    [Theory]
    [InlineData("Kestrel Valley fans bought 48,000 tickets, close to the sell-out final of 2011.")]
    [InlineData("The Orvik ferry carried 48,000 passengers, roughly matching the busy summers of 2011 and 2015 together.")]
    [InlineData("Vorland pardoned 48,000 inmates, Arlen Tosk among them, sentenced over the 2011 theft of a relic.")]
    [InlineData("Brenmoor sheared 48,000 sheep, a tenth of Lindenport's 2011 flock.")]
    public void Extract_YearOfAnotherThingAfterAComma_DoesNotDateTheFigure(string text)
    {
        var claim = ClaimOf(text, 48_000);

        claim.Time!.Value.Start.Should().Be(Published, "the year names another thing after the comma, so the figure is the report's");
    }

    [Theory]
    [InlineData("Some 48,000 people fled Brenmoor in the 2011 uprising.", 2011)]
    [InlineData("In the 2014 drought, 48,000 cattle died across Kestrel Valley.", 2014)]
    [InlineData("Some 48,000 people left Brenmoor during the war, in 2017.", 2017)]
    [InlineData("Sales at Orvik Mills fell to 48,000 units, the worst result of 2019.", 2019)]
    [InlineData("Lindenport logged 48,000 arrivals, its highest monthly total of 2021.", 2021)]
    public void Extract_YearInTheFiguresOwnPhrase_StillDatesIt(string text, int year)
    {
        var claim = ClaimOf(text, 48_000);

        claim.Time!.Value.Start.Should().Be(new DateOnly(year, 1, 1),
            "the year is the figure's own: in its clause, after a preposition, or after a superlative ranking it within that year");
    }
}
