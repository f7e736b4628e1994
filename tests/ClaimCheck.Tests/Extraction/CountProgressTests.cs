using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A share of votes or ballots that says how far a count has gone ("with 92% of the ballots counted") is no result, so it is
/// no claim; the result given in the same sentence, and a share of the votes counted that a party won, stay claims. Sentences written
/// for these tests.</summary>
public class CountProgressTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static IEnumerable<double> Figures(string text) =>
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 10))]).Claims
            .Where(c => c.Quantity is not null).Select(c => c.Quantity!.Value.Value);

    [Theory]
    [InlineData("With 92% of the ballots counted, the Green Front had 47.3% of the vote in Vorland.")]
    [InlineData("With more than 92 percent of votes counted, the Green Front led with 47.3% in Vorland.")]
    [InlineData("In Vorland the Green Front took 47.3% of the vote, with 92% of polling stations reporting.")]
    [InlineData("After almost 92 percent of the votes were counted, the Green Front had 47.3% in Vorland.")]
    [InlineData("After counting nearly 92 percent of the votes, officials in Vorland gave the Green Front 47.3%.")]
    public void Extract_ShareOfTheCountDone_IsNoClaim_ButTheResultIs(string text)
    {
        var figures = Figures(text).ToList();
        figures.Should().NotContain(92, "how far the count had gone is not a result");
        figures.Should().Contain(47.3);
    }

    [Fact]
    public void Extract_ShareAskedToBeCountedAgain_IsNoClaim()
    {
        Figures("The Vorland opposition asked for 35 percent of the ballots to be counted again.").Should().NotContain(35);
    }

    [Theory]
    [InlineData("The Green Front won with 47.3% of the votes counted in Vorland.")]
    [InlineData("The Green Front took 47.3% of the votes cast in Vorland.")]
    public void Extract_ShareWonOfTheVotes_StaysAClaim(string text)
    {
        Figures(text).Should().Contain(47.3);
    }

    [Theory]
    [InlineData("After processing 75% of the applications, the agency in Vorland approved 2,000 permits.", 75)]
    [InlineData("The Green Front is counting on 30% of the youth vote in Vorland.", 30)]
    [InlineData("With 40% of the vote counted as spoiled, the result in Vorland was annulled.", 40)]
    public void Extract_ShareThatIsNoCountsProgress_StaysAClaim(string text, double value)
    {
        Figures(text).Should().Contain(value, "a share of what no count goes through, a hope, or a kind of vote is what the text reports");
    }
}
