using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A bare figure a verb such as "put" or "stand" gives "at" to a noun phrase counts what that phrase names: the verb's object
/// ("put the casualties at more than 200"), the phrase after the figure ("put at 140 the number of people killed") or the verb's
/// subject ("deaths … now stand at 31"). A phrase that names nothing counted gives no claim. Sentences written for these tests.</summary>
public class FiguresPutAtTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static List<Claims.Claim> QuantityClaims(string text) =>
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 6, 10))]).Claims.Where(c => c.Quantity is not null).ToList();

    [Theory]
    [InlineData("Gunmen raided Brenmoor on Monday. Local estimates put the casualties at more than 200.", 200, "casualties")]
    [InlineData("Storms struck Kestrel Valley on Monday. Airport sources put the cancellations at around 30.", 30, "cancellations")]
    [InlineData("Jets struck Brenmoor on Monday. Rescuers put at 140 the number of people killed in the raids.", 140, "deaths")]
    [InlineData("Riots shook Brenmoor on Monday. Deaths from the riots in the old quarter of the capital now stand at 31.", 31, "deaths")]
    [InlineData("A fire swept the Brenmoor camp on Monday. The Kestrel Red Cross put the number trapped at 36.", 36, "trapped")]
    public void Extract_FigurePutAtAPhrase_CountsWhatThePhraseNames(string text, double value, string measure)
    {
        var claim = QuantityClaims(text).Should().ContainSingle().Subject;
        claim.Quantity!.Value.Value.Should().Be(value);
        claim.Measure.Should().Be(measure);
    }

    [Fact]
    public void Extract_QualifierBeforeThePutFigure_IsKept()
    {
        var claim = QuantityClaims("Gunmen raided Brenmoor on Monday. Local estimates put the casualties at more than 200.").Should().ContainSingle().Subject;
        claim.Quantity!.Value.Qualifier.Should().Be(ClaimCheck.Quantities.Qualifier.MoreThan);
    }

    [Fact]
    public void Extract_PutFigureAfterAnotherCount_IsNotItsGappedSibling()
    {
        var claims = QuantityClaims("Jets struck Brenmoor on Monday. Local radio reported 50 civilians killed, while the Kestrel Herald put the dead at 80.");
        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 80).Which.Measure.Should().Be("deaths");
    }

    [Theory]
    [InlineData("Kestrel Valley voted on Sunday. The tribunal puts Arvel's lead over Dunn at 10.57.")]
    [InlineData("The Brenmoor index stood at 4,512 on Friday.")]
    [InlineData("Storms hit Kestrel Valley. Police put the blame at the door of the organisers and put the bridge at risk.")]
    [InlineData("The old Brenmoor mill stands at the gate of the valley.")]
    public void Extract_PhraseNamingNothingCounted_GivesNoClaim(string text) =>
        QuantityClaims(text).Should().BeEmpty();

    [Fact]
    public void Extract_PriceStandingAt_KeepsItsOwnMeasure()
    {
        var claim = QuantityClaims("Kestrel Valley fuel prices rose in May. The price of diesel stands at $1.90 a litre in Brenmoor.").Should().ContainSingle().Subject;
        claim.Measure.Should().NotBe("deaths").And.NotBe("participants");
    }
}
