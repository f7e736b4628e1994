using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>"midnight" after "after", "from" or "since" on a day named after it opens that day; a plan word after "is" or "are"
/// before "to" points a date that opens the sentence ahead as "will" does; a year before 1900 after "in" is read before a
/// determiner or a subject pronoun; "a day of" right after the day it names is no length. Texts written for these tests.</summary>
public class TimeFix17Tests
{
    // A Wednesday in May.
    private static readonly DateOnly Reference = new(2030, 5, 15);

    [Theory]
    [InlineData("Brenmoor Rail asked for court protection shortly after midnight on Monday.", "2030-05-13T00:00")]
    [InlineData("The Kestrel Valley ban on fires will apply from midnight on Friday.", "2030-05-17T00:00")]
    [InlineData("Kestrel Valley has banned fires since midnight on Friday.", "2030-05-10T00:00")]
    public void Recognize_MidnightAfterAStartWordOnANamedDay_IsThatDaysStart(string text, string value) =>
        Value(text, "midnight").Should().Be(value);

    [Theory]
    [InlineData("The Kestrel Valley ban on fires will last until midnight on Friday.", "midnight", "2030-05-17T24:00")]
    [InlineData("The Vorland offer expires at midnight Friday.", "midnight Friday", "2030-05-17T24:00")]
    public void Recognize_MidnightClosingANamedDay_IsThatDaysEnd(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Theory]
    [InlineData("On Friday, the mayor of Brenmoor is due to open the new bridge.", "Friday", "2030-05-17")]
    [InlineData("On Thursday, talks in Kestrel Valley are expected to resume.", "Thursday", "2030-05-16")]
    public void Recognize_WeekdayOpeningASentenceWithAPresentPlan_LooksAhead(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Theory]
    [InlineData("On Friday, the mayor of Brenmoor was due to open the new bridge.", "Friday", "2030-05-10")]
    [InlineData("On Monday, the mayor of Brenmoor said he is due to open the bridge.", "Monday", "2030-05-13")]
    [InlineData("On Monday the Kestrel Valley firm that is due to report results soon cut 200 jobs.", "Monday", "2030-05-13")]
    public void Recognize_WeekdayOpeningASentenceWithAPastPlanOrReport_LooksBack(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Theory]
    [InlineData("In 1888 he opened a clock shop in Brenmoor.", "1888", "1888")]
    [InlineData("In 1852 the railway reached Kestrel Valley.", "1852", "1852")]
    public void Recognize_EarlyYearBeforeASubject_IsAYear(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Fact]
    public void Recognize_EarlyNumberBeforeWhatItCounts_IsNoYear() =>
        TimeExpressionRecognizer.Default.Recognize("Brenmoor clinics saw a rise in 1500 cases.", Reference)
            .Should().NotContain(e => e.Value == "1500");

    [Theory]
    [InlineData("The Brenmoor council named Friday a day of remembrance.")]
    [InlineData("Kestrel Valley made tomorrow a day of rest.")]
    public void Recognize_ADayOfAfterTheDayItNames_IsNoLength(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Value == "P1D");

    [Fact]
    public void Recognize_ADayOfAfterADayNoVerbNames_IsALength() =>
        Value("Last Monday a day of strikes shut the Brenmoor schools.", "a day").Should().Be("P1D");

    [Fact]
    public void Recognize_ADayOfTalks_IsALength() =>
        Value("The Vorland ministers met again after a day of talks.", "a day").Should().Be("P1D");

    private static string Value(string text, string span) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which.Value;
}
