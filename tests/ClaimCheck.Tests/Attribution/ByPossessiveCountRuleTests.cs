using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="ByPossessiveCountRule"/>: "by the organisers' count", "by the ministry's tally", and the noun left out after an
/// earlier one ("by the union's"). Sentences written for these tests.</summary>
public sealed class ByPossessiveCountRuleTests
{
    [Theory]
    [InlineData("About 16,400 people marched through Lindenport on Saturday by the organisers' count.", "16,400", "organisers")]
    [InlineData("Some 8,300 teachers walked out by the education ministry's tally, far fewer than the union expected.", "8,300", "education ministry")]
    [InlineData("By the transport authority's estimate, 2,150 buses stayed in their depots on Monday.", "2,150", "transport authority")]
    [InlineData("The strike drew 6,700 workers by the police's count and 19,000 by the union's.", "19,000", "union")]
    public void TryMatch_PossessorBeforeACountAfterBy_IsTheSourceOfTheFigure(string text, string figure, string expected)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        source.Should().NotBeNull();
        (source!.Organization ?? source.Role).Should().Be(expected);
    }

    [Theory]
    [InlineData("By the mayor's own admission, 4,100 homes in Brenmoor were still without water.", "4,100")]
    [InlineData("The bridge was closed by the city's engineers after 310 cracks were found.", "310")]
    public void TryMatch_ByBeforeAPossessiveThatIsNoCount_NamesNoSource(string text, string figure)
    {
        AttributionProbe.SourceAt(text, figure).Should().BeNull();
    }
}
