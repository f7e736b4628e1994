using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>Time shapes branch timex-fix10 fixed: a part of the day before "of" and a named day ("the morning of Oct. 14") is one
/// time, that day's morning; the night before "of" stays the date alone.</summary>
public class TimeDayPartFix10Tests
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

    private static string Value(string text, string span) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which.Value;
}
