using System.Text.Json;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Issue 17's user: three short articles about a flood in a town no built-in list knows (officials say 12 dead,
/// an aid group 31), read from files with front matter. Without a place the death tolls cannot be compared, and the report
/// says so and why; with <c>place:</c> in the front matter the discrepancy is found.</summary>
public sealed class FloodScenarioTests : IDisposable
{
    private const string Council = """
        Flood waters receded in Marrowby on Sunday after two days of heavy rain.
        Town officials said 12 people died in the flood and dozens of homes were damaged.
        "We have confirmed 12 deaths so far," the mayor, Ellen Harte, told reporters.
        """;

    private const string AidGroup = """
        An aid group working in Marrowby said the toll was far higher than officials admit.
        "Our teams have counted 31 dead. More may be found under the mud," said Tomas Reyes of Rivers Aid.
        The group said 31 people died and 400 were displaced.
        """;

    private const string Radio = """
        At least 12 people were killed when the river burst its banks in Marrowby, officials said.
        Volunteers said they had rescued 80 people from rooftops.
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-flood-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Check_TollsWithNoPlaceOrSubject_NamesTheClaimsNotComparedAndWhy()
    {
        var report = ClaimChecker.Check(DocumentReader.ReadPaths([Write(place: null)]));

        report.Findings.Should().BeEmpty();
        var deaths = report.NotComparedSummary.Should().ContainSingle(g => g.Measure == "deaths").Subject;
        deaths.Reason.Should().Be(NotComparedReason.NoSubject);
        deaths.ClaimIds.Select(id => report.GetClaim(id).DocumentId).Distinct().Should().BeEquivalentTo("aid-group", "council", "radio");
        deaths.Text.Should().StartWith($"{deaths.Count} claims about deaths were not compared: no place or subject");
        TextReportWriter.Write(report).Should().Contain(deaths.Text).And.Contain("No findings among the claims compared");
        HtmlReportWriter.Write(report).Should().Contain("<h2>Not compared</h2>").And.Contain(deaths.Text);
        MarkdownReportWriter.Write(report).Should().Contain("## Not compared").And.Contain($"- {deaths.Count} claims about deaths were not compared");
    }

    [Fact]
    public void Check_TollsWithNoPlace_JsonListsEachClaimNotComparedWithItsReason()
    {
        var report = ClaimChecker.Check(DocumentReader.ReadPaths([Write(place: null)]));

        using var json = JsonDocument.Parse(JsonReportWriter.Write(report));

        var notCompared = json.RootElement.GetProperty("notCompared").EnumerateArray()
            .Select(n => (Id: n.GetProperty("claimId").GetString(), Measure: n.GetProperty("measure").GetString(), Reason: n.GetProperty("reason").GetString())).ToList();
        notCompared.Select(n => n.Id).Should().Equal(report.NotCompared.Select(n => n.ClaimId));
        notCompared.Where(n => n.Measure == "deaths").Should().OnlyContain(n => n.Reason == "NoSubject").And.HaveCountGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Check_PlaceInFrontMatter_FindsTheNumericDiscrepancyBetweenOfficialsAndTheAidGroup()
    {
        var report = ClaimChecker.Check(DocumentReader.ReadPaths([Write(place: "Marrowby")]));

        var finding = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        finding.Topic.Should().StartWith("Marrowby · deaths");
        finding.Severity.Should().Be(FindingSeverity.High);
        finding.Sides.Select(s => s.Label).Should().BeEquivalentTo("31 deaths", "12 deaths");
        report.ClaimsOf(finding.Sides.Single(s => s.Label == "31 deaths")).Select(c => c.DocumentId).Should().OnlyContain(id => id == "aid-group");
        report.ClaimsOf(finding.Sides.Single(s => s.Label == "12 deaths")).Select(c => report.DocumentOf(c).Outlet).Should().Contain("Marrowby Gazette");
        report.NotCompared.Should().NotContain(n => n.Measure == "deaths");
    }

    [Fact]
    public void Check_PlaceInFrontMatter_ExplanationNamesOutletsWithoutNestedBrackets()
    {
        var report = ClaimChecker.Check(DocumentReader.ReadPaths([Write(place: "Marrowby")]));

        report.Findings.Single(f => f.Kind == FindingKind.NumericDiscrepancy).Explanation
            .Should().Contain("aid-group (Relief Wire)").And.NotContain("(aid-group (Relief Wire))");
    }

    [Fact]
    public void Write_QuoteInEvidence_IsNeverDoubledOrLeftStray()
    {
        var report = ClaimChecker.Check(DocumentReader.ReadPaths([Write(place: "Marrowby")]));

        var text = TextReportWriter.Write(report);
        var html = HtmlReportWriter.Write(report);

        text.Should().Contain("“‘We have confirmed 12 deaths so far,’ the mayor, Ellen Harte, told reporters.”").And.NotContain("“\"");
        html.Should().NotContain("“&quot;").And.NotContain("“\"");
    }

    private string Write(string? place)
    {
        var frontMatter = (string outlet) => $"---\noutlet: {outlet}\npublished: 2025-03-02\n{(place is null ? "" : $"place: {place}\n")}---\n";
        File.WriteAllText(Path.Combine(_folder.FullName, "council.txt"), frontMatter("Marrowby Gazette") + Council);
        File.WriteAllText(Path.Combine(_folder.FullName, "aid-group.md"), frontMatter("Relief Wire") + AidGroup);
        File.WriteAllText(Path.Combine(_folder.FullName, "radio.txt"), frontMatter("Valley Radio") + Radio);
        return _folder.FullName;
    }
}
