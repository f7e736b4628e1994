using ClaimCheck.Attribution.Rules;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="CitingRule"/>: "citing X (as saying)", "quoted X as saying", "X was quoted as saying".</summary>
public sealed class CitingRuleTests
{
    [Theory]
    [InlineData("State television reported, citing the Red Cross as saying that the storm left 812 people dead.", "812", null, "Red Cross", null, "citing", "Red Cross")]
    [InlineData("Citing hospital officials, the broadcaster said 40 people were injured.", "40", null, "hospital", "officials", "citing", "hospital officials")]
    [InlineData("The news agency, citing the coast guard, said 31 sailors were rescued.", "31", null, "coast guard", null, "citing", "coast guard")]
    [InlineData("Nine miners died, the local paper reported, quoting the mine's owner.", "Nine", null, "mine", "owner", "quoting", "mine's owner")]
    [InlineData("The broadcaster quoted Anna Berg, who heads the regional health office, as saying 30 people had died.", "30", "Anna Berg", "regional health office", null, "quoted", "Anna Berg")]
    [InlineData("Deputy mayor Tomas Lind was quoted as saying 200 homes were flooded.", "200", "Tomas Lind", null, "Deputy mayor", "quoted", "Deputy mayor Tomas Lind")]
    public void TryMatch_CitedSource_IsTheSourceAndItsSpanIsWhereItIsNamed(string text, string figure, string? speaker, string? organization, string? role,
        string cue, string span)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        source.ShouldBe(speaker, organization, role, cue);
        AttributionProbe.SpanText(text, source).Should().Be(span);
    }

    [Fact]
    public void Extract_CitedSourceAsSaying_IsNotTheSubjectOfTheFigure()
    {
        const string text = "State television reported, citing the Red Cross as saying that the storm left 812 people dead.";

        var claim = new ClaimPipelineBuilder().Build().Extract(new Document("d", text)).Single(c => c.Quantity is { Value: 812 });

        claim.Attribution!.Organization.Should().Be("Red Cross");
        claim.Subject.Should().NotBe("Red Cross");
    }

    [Fact]
    public void TryMatch_QuotedByAnAgency_IsReadAsReportedBy()
    {
        var source = AttributionProbe.SourceAt("About 60 people were hurt, as quoted by the Associated Press.", "60");

        source.ShouldBe(null, "Associated Press", null, "quoted");
    }
}
