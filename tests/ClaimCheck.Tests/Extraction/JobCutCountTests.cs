using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Extraction;

/// <summary>People who lose their jobs are a count of the jobs cut, whatever noun names them (lexicon kinds outcome valued "jobs",
/// counted-change-noun); detentions and people apprehended are arrests. Texts written for these tests; the companies and
/// places are made up.</summary>
public sealed class JobCutCountTests
{
    [Theory]
    [InlineData("About 4,000 staff were laid off at Halvex Motors, the union said.")]
    [InlineData("Halvex Motors has dismissed 4,000 workers after the strike, the union said.")]
    [InlineData("Some 4,000 employees were sacked at the Brenmoor plant on Monday.")]
    [InlineData("Some 4,000 workers could lose their jobs at Halvex Motors, the union warned.")]
    [InlineData("Halvex Motors announced 4,000 job cuts on Monday.")]
    [InlineData("Halvex Motors announced 4,000 job losses on Monday.")]
    public void Extract_PeopleLosingTheirJobs_CountJobs(string text)
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"))
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 4000 && c.Measure == "jobs");
    }

    [Theory]
    [InlineData("Halvex Motors employs 4,000 workers at its Brenmoor plant.")]
    [InlineData("Police fired on 400 marchers in Brenmoor, witnesses said.")]
    [InlineData("In Kestrel Bay, 400 protesters were fired upon on Thursday.")]
    [InlineData("The storm cut off 400 villagers in the Kestrel Valley.")]
    [InlineData("Halvex Motors announced 4,000 price cuts on Monday.")]
    public void Extract_PeopleKeepingTheirJobs_CountNoJobs(string text)
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"))
            .Should().NotContain(c => c.Measure == "jobs");
    }

    [Fact]
    public void Check_PeopleLaidOffBesideJobsCut_IsADispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "In Vorland, 2,000 workers were laid off on Thursday, the union said.", "North Wire", new DateOnly(2025, 8, 1)),
            new Document("b", "In Vorland, some 2,500 jobs were cut on Thursday, a filing showed.", "South Daily", new DateOnly(2025, 8, 1)),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && f.Topic.Contains("jobs"));
    }

    [Fact]
    public void For_BuiltIn_JobsAreNoOutcomeMeasureButWorkersAre()
    {
        // A count of jobs is of posts, not of people something befell, even where an outcome row names it: it keeps the place a count
        // of things has ("3,300 jobs in Lindenport" is Lindenport's), while the people of a workforce stay an outcome measure.
        var words = ClaimWords.For(Lexicon.BuiltIn);

        words.Outcomes.TryGetValue("laid off", out var laidOff).Should().BeTrue();
        laidOff.Should().Be("jobs");
        words.OutcomeMeasures.Should().NotContain("jobs").And.Contain("employees");
    }

    [Fact]
    public void Extract_HostagesLetGo_AreNoJobs()
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", "The gunmen let 20 hostages go on Monday, officials in Brenmoor said.", "Vorland Wire"))
            .Should().NotContain(c => c.Measure == "jobs");
    }

    [Fact]
    public void Extract_PeopleSaidToHaveDied_AreDeaths()
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", "Some 64 villagers in Kestrel Valley are said to have died in the mudslide.", "Vorland Wire"))
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 64 && c.Measure == "deaths");
    }

    [Theory]
    [InlineData("Rights groups in Brenmoor have documented 1,200 detentions since the protests began.")]
    [InlineData("Some 1,200 protesters were apprehended in Brenmoor on Sunday.")]
    public void Extract_DetentionsAndApprehensions_AreArrests(string text)
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"))
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 1200 && c.Measure == "arrests");
    }
}
