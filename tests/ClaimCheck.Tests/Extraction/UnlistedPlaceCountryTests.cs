using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A figure whose subject is a place no list knows carries the country its report is about (<see cref="Claim.SubjectWithin"/>),
/// so that it meets the same figure another report gives under that country, for agreement only. Places, islands and sentences
/// written for these tests.</summary>
public class UnlistedPlaceCountryTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    // A report about an island no list knows, which names its country only through the people on it.
    private const string IslandReport = "Two blasts on Kestrel Island leave five dead\n\nTwo blasts on Kestrel Island killed five visitors on Monday. "
        + "Rescuers searched the island through the night. Altogether 41 people were on the island when the volcano erupted. "
        + "Police said 20 of the visitors were Australians and 9 were Americans. Pilots said ash still covered the island.";

    private static CheckReport Check(params string[] texts) =>
        Pipeline.Check([.. texts.Select((text, i) => new Document($"doc{i}", text, $"Outlet {i}", new DateOnly(2025, 4, 9)))]);

    private static Claim PeopleOnBoard(CheckReport report, string document) =>
        report.Claims.Single(c => c.DocumentId == document && c.Measure == "people" && c.Quantity != null);

    [Fact]
    public void Extract_UnlistedPlacesFigureInAReportAboutACountry_CarriesTheCountry()
    {
        var claim = PeopleOnBoard(Check(IslandReport), "doc0");

        claim.Subject.Should().Be("Kestrel Island");
        claim.SubjectWithin.Should().Be("Australia");
    }

    [Fact]
    public void Extract_UnlistedPlacesFigureInAReportNamingNoCountry_CarriesNone()
    {
        var text = IslandReport.Replace(" Police said 20 of the visitors were Australians and 9 were Americans.", string.Empty, StringComparison.Ordinal);

        var claim = PeopleOnBoard(Check(text), "doc0");

        claim.Subject.Should().Be("Kestrel Island");
        claim.SubjectWithin.Should().BeNull("nothing says which country the island lies in");
    }

    [Fact]
    public void Compare_TheSameFigureForAnUnlistedPlaceAndForItsCountry_IsACorroboration()
    {
        var report = Check(IslandReport, "Eruption off Australia\n\nAltogether 41 people were on the island when the volcano erupted, officials in Australia said.");

        var corroboration = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Contains(PeopleOnBoard(report, "doc0").Id)).Which;
        corroboration.ClaimIds.Should().Contain(PeopleOnBoard(report, "doc1").Id);
    }

    [Fact]
    public void Compare_DifferentFiguresForAnUnlistedPlaceAndForItsCountry_AreNoDispute()
    {
        var report = Check(IslandReport, "Eruption off Australia\n\nAltogether 55 people were on the island when the volcano erupted, officials in Australia said.");
        var island = PeopleOnBoard(report, "doc0").Id;

        report.Findings.Should().NotContain(f => f.ClaimIds.Contains(island), "the country's count may take in more than the island's");
    }

    [Fact]
    public void Compare_TheSameFigureForTwoUnlistedPlacesOfOneCountry_IsNoCorroboration()
    {
        var report = Check(IslandReport, IslandReport.Replace("Kestrel Island", "Brenmoor Island", StringComparison.Ordinal));

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Contains(PeopleOnBoard(report, "doc0").Id),
            "41 people on each of two islands are two counts, not one count told twice");
    }

    [Fact]
    public void Extract_ListedRegionsFigure_CarriesNone()
    {
        var claim = PeopleOnBoard(Check(IslandReport.Replace("Kestrel Island", "Tasmania", StringComparison.Ordinal)), "doc0");

        claim.Subject.Should().Be("Tasmania");
        claim.SubjectWithin.Should().BeNull("the lexicon places the region in its country; the comparison reads it from there");
    }
}
