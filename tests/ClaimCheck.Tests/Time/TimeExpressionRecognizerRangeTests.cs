using System.Globalization;
using ClaimCheck.Documents;
using ClaimCheck.Tests.Cli;
using ClaimCheck.Time;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Tests.Time;

/// <summary>Issue 16, row 1: date arithmetic at the ends of the calendar. A time expression that points outside years 1 to 9999
/// is unresolved (null ends), never an exception, and nothing else in the report is lost.</summary>
public class TimeExpressionRecognizerRangeTests
{
    private static readonly DateOnly Published = new(2024, 10, 23);

    [Theory]
    [InlineData("The temple, built 4,500 years ago, drew 30,000 visitors.", "4,500 years ago")]
    [InlineData("The city was founded 2,100 years ago.", "2,100 years ago")]
    [InlineData("The lake formed 300 decades ago.", "300 decades ago")]
    [InlineData("A similar flood struck 5,000 years earlier.", "5,000 years earlier")]
    [InlineData("The rock formed 1,000,000,000 years ago.", "1,000,000,000 years ago")]
    public void Recognize_CountBackBeforeYearOne_IsUnresolved(string text, string span)
    {
        var expression = TimeExpressionRecognizer.Default.Recognize(text, Published).Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which;

        expression.Kind.Should().Be(TimeExpressionKind.Date);
        expression.Scope.IsResolved.Should().BeFalse();
        expression.Value.Should().Be("PAST_REF");
    }

    [Theory]
    [InlineData("0001-01-01", "Prices fell yesterday.", "yesterday")]
    [InlineData("0001-01-01", "Prices fell last week.", "last week")]
    [InlineData("0001-01-01", "Prices fell last year.", "last year")]
    [InlineData("0001-01-01", "Prices fell last month.", "last month")]
    [InlineData("9999-12-31", "Prices will rise next year.", "next year")]
    [InlineData("9999-12-31", "Prices will rise tomorrow.", "tomorrow")]
    [InlineData("9999-12-31", "Prices will rise next week.", "next week")]
    [InlineData("9999-12-31", "Prices will rise next month.", "next month")]
    public void Recognize_RelativeDateBeyondCalendarEdge_IsUnresolved(string published, string text, string span)
    {
        var expression = TimeExpressionRecognizer.Default.Recognize(text, Date(published)).Should().ContainSingle().Which;

        expression.Span.Slice(text).ToString().Should().Be(span);
        expression.Scope.IsResolved.Should().BeFalse();
    }

    [Theory]
    [InlineData("0001-01-01", "Prices rose today.", "0001-01-01")]
    [InlineData("9999-12-31", "Prices fell yesterday.", "9999-12-30")]
    [InlineData("9999-12-31", "Prices fell last year.", "9998-01-01")]
    public void Recognize_RelativeDateInsideCalendarEdge_Resolves(string published, string text, string start)
    {
        TimeExpressionRecognizer.Default.Recognize(text, Date(published)).Should().ContainSingle().Which.Scope.Start.Should().Be(Date(start));
    }

    [Fact]
    public void Recognize_ByDecember31Of9999_ResolvesToThatDay()
    {
        const string text = "The bonds mature by December 31, 9999.";

        var expression = TimeExpressionRecognizer.Default.Recognize(text, Published).Should().ContainSingle().Which;

        expression.Span.Slice(text).ToString().Should().Be("December 31, 9999");
        expression.Value.Should().Be("9999-12-31");
        expression.Scope.Start.Should().Be(new DateOnly(9999, 12, 31));
        expression.Scope.End.Should().Be(new DateOnly(9999, 12, 31));
    }

    [Theory]
    [InlineData("2024-10-23")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Check_AncientOrEdgeDatesWithPublicationDate_ReturnsTheWholeReport(string published)
    {
        const string text = "The temple, built 4,500 years ago, drew 30,000 visitors yesterday. Officials expect 40,000 visitors next year, "
            + "up from 2,100 last week. The site flooded 300 decades ago and again 5,000 years earlier.";

        var report = ClaimChecker.Check([new Document("temple", text, published: Date(published))]);

        report.Claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 30_000);
    }

    [Theory]
    [InlineData("2024-10-23")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void CheckCommand_MarkdownWithFrontMatterAndAncientDate_ExitsZeroWithTheClaim(string published)
    {
        var folder = Directory.CreateTempSubdirectory("claimcheck-time-");
        try
        {
            var file = Path.Combine(folder.FullName, "temple.md");
            File.WriteAllText(file, $"---\npublished: {published}\n---\nThe temple, built 4,500 years ago, drew 30,000 visitors yesterday, and more will come next year.\n");

            var (exitCode, output, error) = CliHarness.Run(["check", file, "--format", "json"]);

            error.Should().BeEmpty();
            exitCode.Should().Be(0);
            output.Should().Contain("30000");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Recognize_AnyReferenceDateAndLargeCounts_NeverThrowsAndKeepsIntervalsOrdered()
    {
        string[] phrases =
        [
            "{0} years ago", "{0} decades ago", "{0} centuries ago", "{0} months earlier", "{0} weeks ago", "{0} days ago", "every {0} years",
            "yesterday", "tomorrow", "last week", "next week", "last month", "next month", "last year", "next year", "this weekend",
            "last quarter", "next quarter", "a year ago", "a decade ago", "last Christmas", "next Easter", "Monday", "next Friday",
            "in January", "on Dec. 31", "last winter", "next spring", "later this year", "the past year", "the third quarter",
            "year-end", "tonight", "noon Friday", "the weekend", "the first half of 2023", "early next month",
        ];
        var count = Gen.Elements(1L, 9L, 99L, 4_500L, 10_000L, 2_000_000L, 1_000_000_000L, 999_999_999_999L).Select(n => n.ToString("N0", CultureInfo.InvariantCulture));
        var input =
            from day in Gen.Choose(0, DateOnly.MaxValue.DayNumber)
            from phrase in Gen.Elements(phrases)
            from n in count
            select (Reference: DateOnly.FromDayNumber(day), Text: "The figure changed " + string.Format(CultureInfo.InvariantCulture, phrase, n) + ", officials said.");
        var edges = Gen.Elements(DateOnly.MinValue, DateOnly.MinValue.AddDays(6), DateOnly.MaxValue, DateOnly.MaxValue.AddDays(-6));
        var atEdges = from reference in edges from phrase in Gen.Elements(phrases) from n in count
                      select (Reference: reference, Text: string.Format(CultureInfo.InvariantCulture, phrase, n) + " the figure changed.");

        Prop.ForAll(Arb.From(Gen.OneOf(input, atEdges)), sample =>
        {
            var expressions = TimeExpressionRecognizer.Default.Recognize(sample.Text, sample.Reference);
            return expressions.All(e => e.Scope.Start is not { } start || e.Scope.End is not { } end || start <= end);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20_000).WithReplay(16, 1));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
