using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>Time shapes branch timex-fix11 fixed: the night after "through" is the night of the day in focus, "overnight" with
/// its day written right after it is that day's night, and a year right after a word in title case inside a sentence ends a
/// name ("Brenfest 2026"), not a date; "the first day" alone is a day of an event, not a length.</summary>
public class TimeFix11Tests
{
    // A Wednesday in October.
    private static readonly DateOnly Reference = new(2024, 10, 23);

    [Theory]
    [InlineData("The Brenmoor dam began to leak on Monday, and crews pumped water through the night.", "2024-10-21TNI")]
    [InlineData("Kestrel Valley's fire spread on Oct. 14. Volunteers dug breaks throughout the night.", "2024-10-14TNI")]
    public void Recognize_TheNightAfterThrough_IsTheNightOfTheDayInFocus(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == value
            && e.Span.Slice(text).ToString() == "the night");

    [Fact]
    public void Recognize_TheNightAfterDuring_StaysUnread()
    {
        const string text = "The Lindenport pier burned on Monday, and the roof fell in during the night.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Span.Slice(text).ToString().Contains("night"));
    }

    [Fact]
    public void Recognize_OvernightWithItsWeekdayRightAfter_IsThatWeekdaysNight()
    {
        const string text = "Overnight Sunday, tugs pulled the Vorland barge off the sandbank.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (e.Span.Slice(text).ToString(), e.Value))
            .Should().Equal(("Overnight Sunday", "2024-10-20TNI"));
    }

    [Fact]
    public void Recognize_OvernightThenACommaAndAWeekday_KeepsTheWeekdayApart()
    {
        const string text = "Brenmoor's crews kept pumping overnight, Monday's report said.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Span.Slice(text).ToString() == "Monday");
    }

    [Theory]
    [InlineData("Hotel bookings in Brenmoor fell a week after Brenfest 2026 opened.")]
    [InlineData("Brenmoor built the probe with a venture called Orion 1980, a maker of valves.")]
    public void Recognize_YearAfterAWordInTitleCase_EndsANameAndIsNoDate(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Value.StartsWith("19", StringComparison.Ordinal)
            || e.Value.StartsWith("20", StringComparison.Ordinal));

    [Theory]
    [InlineData("Since 2019 the Kestrel Valley mill has cut its staff.", "2019")]
    [InlineData("Profits at Vorland Rose In 2023 As Prices Climbed", "2023")]
    [InlineData("Kestrel Valley's tunnel opened before the U.S. 2024 budget passed.", "2024")]
    [InlineData("The Brenmoor fair reopened in March 2022 after a fire.", "2022-03")]
    public void Recognize_YearAfterAnOpeningCapitalATitleAnAcronymOrAMonth_IsADate(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == value);

    [Theory]
    [InlineData("Date sales in Brenmoor jumped 12% during Ramadan 2025.", "2025")]
    [InlineData("Kestrel Valley growers sold 40 tonnes of marigolds before Diwali 2023.", "2023")]
    [InlineData("Lindenport's bakeries ran short of flour before Passover 2024.", "2024")]
    [InlineData("Vorland's night markets stayed open late through Lunar New Year 2026.", "2026")]
    [InlineData("Fish prices in Ostrava rose at the start of Lent 2022.", "2022")]
    public void Recognize_YearAfterAFestivalTheHolidayListLacks_IsADate(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == value);

    [Theory]
    [InlineData("Brenmoor's ferry race of the first day was won in a tie.")]
    [InlineData("Kestrel Valley hosted Ostrava on the first day last season.")]
    public void Recognize_TheFirstDayAlone_IsNoLength(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Value == "P1D");

    [Theory]
    [InlineData("Rain fell on Brenmoor over the last day.", "the last day", "P1D")]
    [InlineData("Vorland's bridge stayed shut for the first three days.", "the first three days", "P3D")]
    public void Recognize_TheLastDayOrACountedFirstDays_StayALength(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == value
            && e.Span.Slice(text).ToString() == span);
}
