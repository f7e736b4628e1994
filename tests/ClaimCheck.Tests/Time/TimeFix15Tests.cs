using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>"the same period last year" a sentence after the quarter it is set against is that quarter a year back; a word that
/// places a counted length ("the latest nine months") keeps it a length, inside its span; "a year ago" right after "the quarter"
/// joins it ("the quarter a year ago"). Texts written for these tests.</summary>
public class TimeFix15Tests
{
    // A Thursday in October.
    private static readonly DateOnly Reference = new(2024, 10, 24);

    [Theory]
    [InlineData("Brenmoor Tools lost $4 million in the third quarter. That compares with a profit of $2 million for the corresponding period last year.",
        "the corresponding period last year", "2023-Q3")]
    [InlineData("Kestrel Valley Mills reported a smaller loss for the second quarter ended June 30. Sales were flat against the same period last year.",
        "the same period last year", "2023-Q2")]
    [InlineData("Vorland Glass earned $9 million in the third quarter. Orders were up a fifth from the comparable period of 2022.",
        "the comparable period of 2022", "2022-Q3")]
    public void Recognize_SamePeriodASentenceAfterTheQuarter_IsThatQuarterOfTheYearMeant(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Fact]
    public void Recognize_SamePeriodAfterALongerPartOfTheYear_IsNoQuarter() =>
        TimeExpressionRecognizer.Default.Recognize(
                "Lindenport Dairies lost $2 million in the third quarter. For the nine months, sales rose 4% from the same period last year.", Reference)
            .Should().NotContain(e => e.Value == "2023-Q3");

    [Theory]
    [InlineData("Brenmoor Tools lost $4 million in the third quarter. Its sales in October were below the same period last year.", "2023-Q3")]
    [InlineData("Kestrel Valley Mills lost $3 million in the second quarter. Orders in the week to 4 October fell from the same period last year.", "2023-Q2")]
    public void Recognize_SamePeriodAfterTheSentencesOwnDate_IsNoQuarter(string text, string quarterAYearBack) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Value == quarterAYearBack,
            "a sentence that names its own date compares with that date a year back, not with the quarter of the sentence before");

    [Fact]
    public void Recognize_SamePeriodWithNoQuarterInTheDocument_IsNoQuarter() =>
        TimeExpressionRecognizer.Default.Recognize("Ferry traffic at Ostrava rose 3% from the same period last year.", Reference)
            .Should().NotContain(e => e.Value.Contains('Q'));

    [Theory]
    [InlineData("Brenmoor Tools earned $8 million in the latest nine months.", "the latest nine months", "P9M")]
    [InlineData("Sales at Kestrel Valley Mills rose 6% from the year-earlier nine months.", "the year-earlier nine months", "P9M")]
    [InlineData("Vorland Glass cut its debt in the comparable six months.", "the comparable six months", "P6M")]
    public void Recognize_PeriodModifierBeforeACountedLength_IsThatLength(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Theory]
    [InlineData("Brenmoor Tools earned $4 million in the third quarter. For the quarter a year ago, it lost $1 million.", "the quarter a year ago", "2023-Q3")]
    [InlineData("Kestrel Valley Mills earned $6 million in the third quarter, against $5 million in the same period a year earlier.",
        "the same period a year earlier", "2023-Q3")]
    public void Recognize_QuarterOrPeriodFollowedByAYearAgo_IsOneTimeAYearBack(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    private static string Value(string text, string span) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which.Value;
}
