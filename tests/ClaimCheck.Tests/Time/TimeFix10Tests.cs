using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>Time shapes branch timex-fix10 fixed: a part of the day before "of" and a named day ("the morning of Oct. 14") is one
/// time, that day's morning, and the night before "of" stays the date alone; a bare month or clock time after a habit word in its
/// clause ("always opens in April") is generic.</summary>
public class TimeFix10Tests
{
    // A Wednesday in October.
    private static readonly DateOnly Reference = new(2024, 10, 23);

    [Theory]
    [InlineData("The Brenmoor ferry ran aground on the morning of Oct. 14.", "the morning of Oct. 14", "2024-10-14TMO")]
    [InlineData("Kestrel Valley's council met on the afternoon of Monday, Oct. 21, after the vote.", "the afternoon of Monday, Oct. 21", "2024-10-21TAF")]
    [InlineData("The Lindenport fair closed on the evening of 12 August 2019, an hour early.", "the evening of 12 August 2019", "2019-08-12TEV")]
    public void Recognize_PartOfTheDayOfANamedDay_IsThatPartOfThatDay(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Fact]
    public void Recognize_PartOfTheDayOfANamedDayAhead_LooksAheadAsTheDayAloneWould() =>
        Value("The Vorland regatta will start on the morning of Nov. 2.", "the morning of Nov. 2").Should().Be("2024-11-02TMO");

    [Fact]
    public void Recognize_TheNightOfANamedDay_IsTheDayAlone()
    {
        const string text = "The Brenmoor pier burned on the night of Oct. 14.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (e.Span.Slice(text).ToString(), e.Value))
            .Should().Equal(("Oct. 14", "2024-10-14"));
    }

    [Fact]
    public void Recognize_PartOfTheDayOfAnEvent_IsNoTimeOfADay() =>
        TimeExpressionRecognizer.Default.Recognize("The Ostrava choir sang on the evening of the launch.", Reference)
            .Should().BeEmpty();

    [Theory]
    [InlineData("The Brenmoor fair always opens in April.", "April", "XXXX-04")]
    [InlineData("Kestrel Valley's night buses usually leave at 11 p.m. and run until 5 a.m.", "11 p.m.", "XXXX-XX-XXT23:00")]
    [InlineData("Kestrel Valley's night buses usually leave at 11 p.m. and run until 5 a.m.", "5 a.m.", "XXXX-XX-XXT05:00")]
    [InlineData("The Lindenport gates open each day at 9 a.m., an hour before the stalls.", "9 a.m.", "XXXX-XX-XXT09:00")]
    [InlineData("The Vorland assembly used to sit in November.", "November", "XXXX-11")]
    public void Recognize_BareMonthOrClockTimeAfterAHabitWord_IsGeneric(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Theory]
    [InlineData("The Brenmoor fair opened in April.", "April", "2024-04")]
    [InlineData("The Brenmoor fair usually opens in spring, and this year it opened in April.", "April", "2024-04")]
    [InlineData("The Vorland choir has rehearsed every day since March.", "March", "2024-03")]
    public void Recognize_MonthWithNoHabitInItsClause_KeepsItsYear(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Theory]
    [InlineData("The Brenmoor ferry usually sails at 9 a.m. on Friday.", "9 a.m.")]
    [InlineData("The Brenmoor ferry usually sails at 9 a.m. Friday.", "9 a.m. Friday")]
    [InlineData("The Lindenport gates usually open at 8 a.m. that day.", "8 a.m.")]
    public void Recognize_ClockTimeAfterAHabitWithItsDayNamed_KeepsADayOfTheCalendar(string text, string span) =>
        Value(text, span).Should().NotStartWith("XXXX");

    private static string Value(string text, string span) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which.Value;
}
