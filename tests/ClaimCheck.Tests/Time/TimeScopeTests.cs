using ClaimCheck.Documents;
using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

public class TimeScopeTests
{
    private static readonly DateOnly Published = new(2024, 10, 23);

    [Fact]
    public void Source_ClaimWithoutTimeExpression_IsPublicationDate()
    {
        var report = ClaimChecker.Check([new Document("a", "Police said 5,000 people joined the march in Lisbon.", published: Published)]);

        var time = report.Claims.Should().ContainSingle(c => c.Quantity != null).Which.Time;
        time.Should().NotBeNull();
        time!.Value.Source.Should().Be(TimeScopeSource.PublicationDate);
        time.Value.Start.Should().Be(Published);
    }

    [Fact]
    public void Source_ClaimDatedInText_IsStated()
    {
        var report = ClaimChecker.Check([new Document("a", "Police said 5,000 people joined the march in Lisbon on Monday.", published: Published)]);

        var time = report.Claims.Should().ContainSingle(c => c.Quantity != null).Which.Time;
        time.Should().NotBeNull();
        time!.Value.Source.Should().Be(TimeScopeSource.Stated);
        time.Value.Start.Should().Be(new DateOnly(2024, 10, 21));
    }

    [Fact]
    public void Source_RecognizedExpression_IsStated()
    {
        TimeExpressionRecognizer.Default.Recognize("The vote was held on Monday.", Published).Should().ContainSingle()
            .Which.Scope.Source.Should().Be(TimeScopeSource.Stated);
    }

    [Theory]
    [InlineData("2024-10-01", "2024-10-31", "2024-10-31", "2024-11-05", true)]
    [InlineData("2024-10-01", "2024-10-31", "2024-11-01", "2024-11-05", false)]
    [InlineData(null, "2024-10-31", "2024-01-01", null, true)]
    public void Overlaps_TwoIntervals_SharesADayOrNot(string? start, string? end, string? otherStart, string? otherEnd, bool expected)
    {
        var scope = new TimeScope(Parse(start), Parse(end), "a");
        var other = new TimeScope(Parse(otherStart), Parse(otherEnd), "b");

        scope.Overlaps(other).Should().Be(expected);
        other.Overlaps(scope).Should().Be(expected);
    }

    private static DateOnly? Parse(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
