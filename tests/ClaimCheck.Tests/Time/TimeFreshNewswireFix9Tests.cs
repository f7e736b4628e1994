using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>Time shapes the fresh own TimeML documents of branch timex-j left misread (branch timex-fix9): a word number after
/// "to" ("reduced to two lanes from Monday") taken for an infinitive that hid the future before it, "this" before a season carrying a
/// year named earlier in the sentence, and a day written with its year ahead of the reference date not framing a day a future
/// points to after it.</summary>
public class TimeFreshNewswireFix9Tests
{
    // A Wednesday in February.
    private static readonly DateOnly Reference = new(2025, 2, 5);

    [Theory]
    [InlineData("Traffic on the Brenmoor bridge will be reduced to two lanes from Monday.", "2025-02-10")]
    [InlineData("Kestrel Bay ferries will be cut to two sailings a day from Friday.", "2025-02-07")]
    public void Recognize_WordNumberAfterToBeforeAWeekday_KeepsTheFutureBeforeIt(string text, string value) =>
        Value(text, Reference, text.Contains("Monday", StringComparison.Ordinal) ? "Monday" : "Friday").Should().Be(value);

    [Fact]
    public void Recognize_WordNumberAfterToInThePast_StillLooksBack() =>
        Value("Traffic on the Brenmoor bridge was reduced to two lanes from Monday.", Reference, "Monday").Should().Be("2025-02-03");

    [Fact]
    public void Recognize_ThisBeforeASeasonAfterAnotherYear_IsTheReferenceYears() =>
        Value("The Vorland museum will not reopen until 2026, pushing back a launch once set for this spring.", Reference,
            "this spring").Should().Be("2025-SP");

    [Fact]
    public void Recognize_TheBeforeASeasonAfterAnotherYear_StillTakesThatYear() =>
        Value("The Lindenport plant opens in 2031 and reaches full output in the spring.", Reference, "the spring").Should().Be("2031-SP");

    [Fact]
    public void Recognize_DayAfterAFarDayAheadWithItsYear_IsInThatYear() =>
        Value("A dinner for sponsors is booked for March 18, 2026, and visitors will be admitted from March 20.", Reference, "March 20")
            .Should().Be("2026-03-20");

    [Fact]
    public void Recognize_DayAfterAFarDayInThePastWithItsYear_IsStillTheComingOne() =>
        Value("The Brenmoor pier opened on May 3, 2016 and is due to close on Aug. 1.", Reference, "Aug. 1").Should().Be("2025-08-01");

    private static string Value(string text, DateOnly reference, string span) =>
        TimeExpressionRecognizer.Default.Recognize(text, reference)
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which.Value;
}
