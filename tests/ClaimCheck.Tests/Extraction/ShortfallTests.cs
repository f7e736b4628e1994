using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A number with a shortfall-word between it and its noun ("310 fewer visits") is the gap between two counts, never a count
/// of the noun; the same number with the comparative set off after the noun stays a count. Sentences written for these tests.</summary>
public class ShortfallTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static IEnumerable<double> Figures(string text) =>
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 10))]).Claims
            .Where(c => c.Quantity is not null).Select(c => c.Quantity!.Value.Value);

    [Theory]
    [InlineData("Compared with the first week, 310 fewer visits were postponed at clinics in Brenmoor.")]
    [InlineData("Clinics in Brenmoor postponed 310 less appointments than a week earlier.")]
    public void Extract_NumberBeforeShortfallWord_IsNoCount(string text)
    {
        Figures(text).Should().NotContain(310, "the figure is how many fewer, not how many");
    }

    [Theory]
    [InlineData("Clinics in Brenmoor postponed 310 visits, fewer than in the first week.")]
    [InlineData("No fewer than 310 people were evacuated from Brenmoor.")]
    public void Extract_ComparativeElsewhere_KeepsTheCount(string text)
    {
        Figures(text).Should().Contain(310);
    }
}
