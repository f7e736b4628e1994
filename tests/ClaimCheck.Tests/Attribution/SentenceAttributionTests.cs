using ClaimCheck.Attribution;
using Source = ClaimCheck.Attribution.Attribution;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="SentenceAttribution.For"/>: which cue's source a claim at a token takes.</summary>
public sealed class SentenceAttributionTests
{
    private static readonly Source Unions = new(null, "unions", null, null, "according to", null);
    private static readonly Source Ministry = new(null, "ministry", null, null, "according to", null);
    private static readonly Source Inherited = new(null, "earlier source", null, null, null, null);

    [Theory]
    [InlineData(0, "unions")] // "45,000 | according to the unions, 0.8 million | according to the ministry"
    [InlineData(5, "ministry")]
    [InlineData(9, "ministry")] // past the last cue: the nearest cue before it
    public void For_CuesThatReportWhatPrecedesThem_TakesTheNextCueOnItsRight(int token, string expected)
    {
        var sentence = new SentenceAttribution(
            [
                new ReportingCue(1, ReportingStance.Asserts, Unions) { FirstToken = 1, EndToken = 4, Side = ReportedSide.Before },
                new ReportingCue(6, ReportingStance.Asserts, Ministry) { FirstToken = 6, EndToken = 9, Side = ReportedSide.Before },
            ],
            Inherited);

        sentence.For(token).Source!.Organization.Should().Be(expected);
    }

    [Theory]
    [InlineData(3, "unions")] // "the unions said 45,000 marched, and the ministry said 8,000"
    [InlineData(9, "ministry")]
    public void For_CuesThatReportWhatFollowsThem_TakesTheNearestCueOnItsLeft(int token, string expected)
    {
        var sentence = new SentenceAttribution(
            [
                new ReportingCue(2, ReportingStance.Asserts, Unions) { FirstToken = 0 },
                new ReportingCue(8, ReportingStance.Asserts, Ministry) { FirstToken = 6 },
            ],
            null);

        sentence.For(token).Source!.Organization.Should().Be(expected);
    }

    [Fact]
    public void For_NoCues_TakesTheInheritedSource()
    {
        new SentenceAttribution([], Inherited).For(3).Source.Should().BeSameAs(Inherited);
        SentenceAttribution.None.For(3).Source.Should().BeNull();
    }

    [Fact]
    public void For_InnerCueNamesOnlyABody_TakesThePersonOfTheOuterCue()
    {
        var kirby = new Source("Jane Roe", "Security Council", "spokesperson", null, "said", null);
        var country = new Source(null, "Vorland", null, "Vorland", "believed", null);
        var sentence = new SentenceAttribution(
            [new ReportingCue(3, ReportingStance.Asserts, kirby), new ReportingCue(6, ReportingStance.Estimates, country)], null);

        var source = sentence.For(9).Source!;

        source.Speaker.Should().Be("Jane Roe");
        source.Affiliation.Should().Be("Vorland");
    }
}
