using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A count of one nation's people ("17 Vorlandian hostages", "four Ostravan workers") in a sentence that names another nation's people
/// is that nation's part of the people the event touched: it meets counts of the same nation's people, never the count of everyone.
/// Texts and countries written for these tests.</summary>
public class NationalsCountTests
{
    private const string Countries = "kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\ndemonym\tVorlandian\tVorland\ndemonym\tVorlanders\tVorland\n"
        + "place\tOstrava\tOstrava\t\ndemonym\tOstravan\tOstrava\n";

    private static CheckReport Check(string first, string second) => new ClaimPipelineBuilder()
        .AddLexicon(Lexicon.Parse(Countries, "nations.tsv"))
        .Build()
        .Check([
            new Document("a", first, "Coast Herald", new DateOnly(2026, 3, 2)),
            new Document("b", second, "Vorland Wire", new DateOnly(2026, 3, 2)),
        ]);

    [Fact]
    public void Check_OneNationsHostagesBesideAllHostages_AreNoDispute()
    {
        var report = Check(
            "Gunmen in Kessel freed 31 hostages on Friday, the mediators said.",
            "Gunmen in Kessel freed 17 Vorlandian hostages on Friday in exchange for 52 Ostravan prisoners, the mediators said.");

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the Vorlandians are a part of all the hostages freed");
    }

    [Fact]
    public void Check_ANationsDeadBesideTheWholeToll_AreNoDispute()
    {
        var report = Check(
            "A furnace blast at the Kessel smelter in Vorland killed 13 workers on Sunday, police said.",
            "The furnace blast at the Kessel smelter in Vorland killed four Ostravan workers on Sunday, police said, and the Vorlandian dead were not yet named.");

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "the Ostravan workers are a part of the 13 dead");
    }

    [Fact]
    public void Check_TwoOutletsCountsOfOneNationsDead_StillDispute()
    {
        var report = Check(
            "The furnace blast at the Kessel smelter in Vorland killed four Ostravan workers on Sunday, police said, and nine Vorlandian workers.",
            "The furnace blast at the Kessel smelter in Vorland killed five Ostravan workers on Sunday, police said, and eight Vorlandian workers.");

        report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).Select(f => FindingValues.SideValues(report, f))
            .Should().BeEquivalentTo(new[] { new[] { 4.0, 5.0 }, new[] { 8.0, 9.0 } }, "two counts of the same nation's dead are rivals, each nation's apart");
    }

    [Fact]
    public void Check_TwoOutletsCountsOfChildrenDead_StillDispute()
    {
        var report = Check(
            "The school fire in Kessel, Vorland, killed 12 children on Monday, officials said.",
            "The school fire in Kessel, Vorland, killed 15 children on Monday, officials said.");

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "two counts of the same group stay comparable");
    }

    [Theory]
    [InlineData("Gunmen in Kessel freed 17 Vorlandian hostages and 10 Ostravan farm workers on Friday.", "from Vorland")]
    [InlineData("Gunmen in Kessel freed 17 Vorlanders on Friday; the Ostravan captives are still held.", null)]
    [InlineData("Gunmen in Kessel freed 17 hostages on Friday; the Ostravan captives are still held.", null)]
    [InlineData("Gunmen in Kessel freed 17 Vorlandian hostages on Friday, the Ostravan border guard said.", null)]
    [InlineData("Nearly 17 Vorlandian families spent the night in shelters in Kessel as the storm passed.", null)]
    public void Extract_ACountOfOneNationsPeople_NamesTheNationInItsMeasure(string text, string? part)
    {
        var report = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(Countries, "nations.tsv")).Build()
            .Check([new Document("doc", text, "Test Wire", new DateOnly(2026, 3, 2))]);

        var measure = report.Claims.Single(c => c.Quantity is { Value: 17 }).Measure;
        if (part is null)
        {
            measure.Should().NotContain("from ", "no demonym narrows the people, no other nation's people stand beside them, or a demonym noun leaves the nation to the subject");
        }
        else
        {
            measure.Should().EndWith(part, "a demonym in the count's noun phrase says whose people it counts");
        }
    }

    [Fact]
    public void Extract_ANationsThingsThatAreNoPeople_NameNoNation()
    {
        var report = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(Countries, "nations.tsv")).Build()
            .Check([new Document("doc", "Vorlandian air defences over Kessel shot down 13 Ostravan drones on Friday, the army said.", "Test Wire", new DateOnly(2026, 3, 2))]);

        report.Claims.Where(c => c.Quantity is { Value: 13 }).Should().OnlyContain(c => !c.Measure.Contains("from "),
            "drones are no nation's people");
    }
}
