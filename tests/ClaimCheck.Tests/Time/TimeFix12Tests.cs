using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>Time shapes branch timex-fix12 fixed: a bare weekday after the modal "should" lies ahead, as after "might" and
/// "could"; a perfect after the modal is a verb in the past nearer the day and keeps it behind.</summary>
public class TimeFix12Tests
{
    // A Wednesday in October.
    private static readonly DateOnly Reference = new(2024, 10, 23);

    [Theory]
    [InlineData("The Kestrel Valley ferry should sail again on Friday, its owners said.", "Friday", "2024-10-25")]
    public void Recognize_WeekdayAfterShould_LiesAhead(string text, string day, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Span.Slice(text).ToString() == day && e.Value == value);

    [Theory]
    [InlineData("The Lindenport bridge should have reopened on Friday.", "Friday", "2024-10-18")]
    public void Recognize_WeekdayAfterAModalPerfect_LiesBehind(string text, string day, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Span.Slice(text).ToString() == day && e.Value == value);

    [Fact]
    public void Recognize_WeekdayAfterADayAheadButInAClauseInThePast_LiesBehind()
    {
        const string text = "Brenmoor will open its fair on Saturday, Oct. 26, because inspectors found that the new stands could not be used on Monday.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Span.Slice(text).ToString() == "Monday" && e.Value == "2024-10-21");
    }

    [Theory]
    [InlineData("Brenmoor will close its port on Friday, Oct. 25, and reopen it on Monday.", "Monday", "2024-10-28")]
    [InlineData("The Lindenport fair opens on Friday, Oct. 25. The Brenmoor gala, which was to be held in the old town hall on Sunday, will take place in December.", "Sunday", "2024-10-27")]
    public void Recognize_WeekdayAfterADayAheadWithNoVerbInThePastBetween_LiesAhead(string text, string day, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Span.Slice(text).ToString() == day && e.Value == value);
}
