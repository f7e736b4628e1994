using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A count whose clause states the span of time it is over ("in 24 hours", "within a day", "over the past two days") is
/// marked <see cref="Claims.Claim.IsOverStatedSpan"/> when the claim is made; a count with a date or no span is not. Texts written
/// for these tests.</summary>
public class StatedSpanTests
{
    private static Claims.Claim ClaimOf(string text, double value) =>
        ClaimChecker.Check([new Document("doc", text, "Vorland Wire", new DateOnly(2025, 6, 12))])
            .Claims.Single(c => c.Quantity is { } q && q.Value == value);

    [Theory]
    [InlineData("In 48 hours, 640 people were evacuated from Vessa, officials said.", 640)]
    [InlineData("Within a day, 85 people had been evacuated from Lindenport, officials said.", 85)]
    [InlineData("The coastguard said 640 people had reached Vessa over the past two days.", 640)]
    [InlineData("During the night, 37 boats landed at Kestrel Bay, the port authority said.", 37)]
    public void Extract_ACountOverASpanItsClauseStates_IsMarked(string text, double value) =>
        ClaimOf(text, value).IsOverStatedSpan.Should().BeTrue();

    [Theory]
    [InlineData("The coastguard said on Thursday that 640 people had reached the island of Vessa.", 640)]
    [InlineData("In 2024, 85 people were evacuated from Lindenport, officials said.", 85)]
    [InlineData("In 24 hours the port was shut; 37 boats had landed at Kestrel Bay by then, the port authority said.", 37)]
    public void Extract_ACountWithADateOrASpanBeyondASemicolon_IsNotMarked(string text, double value) =>
        ClaimOf(text, value).IsOverStatedSpan.Should().BeFalse();

    [Theory]
    [InlineData("Police arrested 420 people across Vorland on the third night of unrest, the interior ministry said.", 420)]
    [InlineData("Police arrested 610 people in a fourth straight night of rioting in Brenmoor, the ministry said.", 610)]
    [InlineData("The ministry said police had arrested 310 people across Vorland overnight.", 310)]
    [InlineData("During the night, 37 boats landed at Kestrel Bay, the port authority said.", 37)]
    public void Extract_ACountOfOneNightOrOneRankedDay_IsOneOccurrence(string text, double value) =>
        ClaimOf(text, value).IsOneOccurrence.Should().BeTrue();

    [Theory]
    [InlineData("Brenmoor imposed an overnight curfew after 90 people were arrested, the mayor said on Thursday.", 90)]
    [InlineData("The third report of the inquiry said 90 people were arrested in Brenmoor.", 90)]
    [InlineData("Police said 90 people were arrested during four days of protests in Brenmoor.", 90)]
    [InlineData("Within hours, 85 people had been evacuated from Lindenport, officials said.", 85)]
    public void Extract_ACountOfSeveralDaysOrWithNoNight_IsNotOneOccurrence(string text, double value) =>
        ClaimOf(text, value).IsOneOccurrence.Should().BeFalse();
}
