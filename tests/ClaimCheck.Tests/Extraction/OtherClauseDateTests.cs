using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A date after a figure that belongs to another clause (beyond a semicolon), to an aside on an unnumbered part ("…, most of
/// them in Brenmoor in October") or to another thing a phrase after a comma names by its year ("…, a turnout to rival the strike of
/// 2009") does not date the figure; a date in the figure's own clause, or after an aside that has closed, still does. Texts written
/// for these tests.</summary>
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
    [InlineData("The rally in Brenmoor drew 48,000 people, a turnout to rival the general strike of 2009.")]
    [InlineData("The rally in Brenmoor drew 48,000 people, well below the crowds at the Kestrel Valley marches of 2009 and 2013.")]
    [InlineData("Vorland freed 48,000 prisoners, among them Arlen Tosk, jailed over the 2009 murder of a judge.")]
    public void Extract_YearOfAnotherThingAfterAComma_DoesNotDateTheFigure(string text)
    {
        var claim = ClaimOf(text, 48_000);

        claim.Time!.Value.Start.Should().BeOnOrAfter(new DateOnly(2025, 1, 1), "the year names another event after the comma, not the figure's time");
    }

    [Theory]
    [InlineData("Some 48,000 people fled Brenmoor in the 2009 uprising.", 2009)]
    [InlineData("In the 2009 uprising, 48,000 people fled Brenmoor.", 2009)]
    [InlineData("Some 48,000 people fled Brenmoor during the war, in 2009.", 2009)]
    public void Extract_YearInTheFiguresOwnPhrase_StillDatesIt(string text, int year)
    {
        var claim = ClaimOf(text, 48_000);

        claim.Time!.Value.Start.Should().Be(new DateOnly(year, 1, 1), "the year is the figure's own, in its clause or after a preposition");
    }
}
