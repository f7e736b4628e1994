using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A count with a remainder-word right before it or between its number and noun ("two remaining climbers") counts those left
/// of a group: a part, apart from the group's count. Sentences written for these tests.</summary>
public class RemainderTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    [Theory]
    [InlineData("Guides above Brenmoor brought down two remaining climbers on Wednesday.", "climbers · remaining")]
    [InlineData("Guides above Brenmoor brought down 40 climbers on Tuesday.", "climbers")]
    public void Extract_RemainderWord_MakesThePartLeft(string text, string measure)
    {
        var claims = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 10))]).Claims.Where(c => c.Quantity is not null).ToList();
        claims.Should().ContainSingle().Which.Measure.Should().Be(measure);
    }
}
