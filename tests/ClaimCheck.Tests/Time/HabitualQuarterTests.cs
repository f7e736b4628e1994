using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>A quarter named by its number alone after a habit word in its clause is that quarter of any year ("usually peaks in the
/// fourth quarter" is XXXX-Q4), and two ordinals sharing a plural "quarters" in a report on quarters are two quarters ("the first
/// and second quarters"). Texts written for these tests.</summary>
public class HabitualQuarterTests
{
    // A Thursday in October.
    private static readonly DateOnly Reference = new(2024, 10, 24);

    [Theory]
    [InlineData("Brenmoor Tools said demand usually peaks in the fourth quarter.", "the fourth quarter", "XXXX-Q4")]
    [InlineData("Kestrel Valley Mills typically books most of its orders in the first quarter.", "the first quarter", "XXXX-Q1")]
    [InlineData("Orvik Toys has always hired extra packers for the third quarter.", "the third quarter", "XXXX-Q3")]
    public void Recognize_QuarterByItsNumberAfterAHabitWord_IsThatQuarterOfAnyYear(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Theory]
    [InlineData("Brenmoor Tools usually reports a loss, but in the fourth quarter of 2023 it made money.", "the fourth quarter of 2023", "2023-Q4")]
    [InlineData("Brenmoor Tools said demand peaked in the second quarter.", "the second quarter", "2024-Q2")]
    [InlineData("Brenmoor Tools usually reports a loss, and it did so again last quarter.", "last quarter", "2024-Q3")]
    public void Recognize_QuarterWithItsYearOrNoHabit_KeepsItsYear(string text, string span, string value) =>
        Value(text, span).Should().Be(value);

    [Theory]
    [InlineData("Lindenport Dairies lost $2 million in the third quarter. Its milk sales usually climb in the first and second quarters, and the current quarter has been slow.",
        "first", "XXXX-Q1", "second quarters", "XXXX-Q2")]
    [InlineData("Vorland Glass posted a small profit for the third quarter. Orders for its panes normally slump in the first or fourth quarters, when builders pause, and the current quarter has been no different.",
        "first", "XXXX-Q1", "fourth quarters", "XXXX-Q4")]
    public void Recognize_TwoOrdinalsSharingPluralQuartersInAReportOnQuarters_AreTwoQuarters(
        string text, string firstSpan, string firstValue, string secondSpan, string secondValue)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (e.Span.Slice(text).ToString(), e.Value)).ToList();

        found.Should().Contain((firstSpan, firstValue)).And.Contain((secondSpan, secondValue))
            .And.Contain(("the current quarter", "2024-Q4"));
    }

    [Fact]
    public void Recognize_TwoOrdinalsSharingPluralQuartersWithNoQuarterInQuestion_AreNoTime() =>
        TimeExpressionRecognizer.Default.Recognize("The Brenmoor Hawks scored in the second and fourth quarters.", Reference)
            .Should().BeEmpty();

    private static string Value(string text, string span) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which.Value;
}
