using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A figure for a part of a country (a city, a region) is compared with figures for the same part, never with the whole
/// country's; a city only named, in a story where nothing speaks of the whole, stays the story's own place. Texts written for these
/// tests.</summary>
public class PlacePartComparisonTests
{
    private static readonly DateOnly Day = new(2025, 5, 6);

    [Fact]
    public void Check_CapitalFigureStatedAsAPartBesideNationalFigures_IsNotComparedWithThem()
    {
        var report = ClaimChecker.Check(
        [
            new Document("ministry", "The interior ministry said 320,000 people marched in Spain on Tuesday, 45,000 of them in Madrid.", "Iberia Wire", Day),
            new Document("unions", "The unions said 320,000 people marched across Spain on Tuesday.", "Madrid Daily", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "45,000 is Madrid's share of the 320,000");
    }

    [Fact]
    public void Check_CityFigureInAClauseTheCityOpens_IsNotTheNationalFigure()
    {
        var pipeline = new ClaimPipelineBuilder()
            .AddLexicon(Lexicon.Parse("kind\tterm\tvalue\twithin\nplace\tVorland\tVorland\t\nplace\tKestrel Bay\tKestrel Bay\tVorland\n", "places.tsv"))
            .Build();
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Police arrested 400 people across Vorland on Tuesday, and in coastal Kestrel Bay, 120 people were arrested.", "Coast Wire", Day),
            new Document("daily", "Police arrested 120 people across Vorland on Tuesday, the interior ministry said.", "Highland Daily", Day),
        ], pipeline);

        report.Claims.Should().Contain(c => c.DocumentId == "wire" && c.Quantity != null && c.Quantity.Value.Value == 120)
            .Which.Place.Should().Be("Kestrel Bay");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration, "Kestrel Bay's 120 is a part of the 400, not the country's 120");
    }

    [Fact]
    public void Check_CountryNamedAfterACompassAndAContinentAdjective_IsNoPartOfItself()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Fourteen people died on Monday in the floods in the southern European kingdom of Spain, a minister said.", "Iberia Wire", Day),
            new Document("daily", "14 people died in Spain on Monday as floods swept the coast, the minister said.", "Levante Daily", Day),
        ]);

        var corroboration = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration, "'European' qualifies 'kingdom': both figures are Spain's").Subject;
        corroboration.ClaimIds.Select(id => id.Split('#')[0]).Distinct().Should().BeEquivalentTo(["wire", "daily"]);
    }

    [Fact]
    public void Check_CrowdsAReportGivesForTwoCities_AreComparedOnlyCityByCity()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "More than 200,000 people marched in Madrid on Sunday against the housing law, the organisers said. In Valencia, 40,000 people marched, according to the police.", "Iberia Wire", Day),
            new Document("daily", "About 90,000 people marched in Valencia on Sunday against the housing law, the organisers said, while in Madrid more than 200,000 people took part.", "Levante Daily", Day),
        ]);

        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "Madrid's crowd is not Valencia's").Subject;
        discrepancy.Topic.Should().Contain("Valencia");
        FindingValues.SideValues(report, discrepancy).Should().BeEquivalentTo([90_000, 40_000]);
    }

    [Fact]
    public void Check_TwoSourcesDisagreeingOnTheSamePart_IsADiscrepancyForThatPart()
    {
        var report = ClaimChecker.Check(
        [
            new Document("ministry", "The interior ministry said 320,000 people marched in Spain on Tuesday, 45,000 of them in Madrid.", "Iberia Wire", Day),
            new Document("unions", "The unions said 900,000 people marched across Spain on Tuesday, 200,000 of them in Madrid.", "Madrid Daily", Day),
        ]);

        var discrepancies = report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).ToList();
        discrepancies.Should().HaveCount(2, "Madrid's figures dispute each other, and the national ones each other");
        discrepancies.Should().ContainSingle(f => f.Topic.Contains("Madrid"), "45,000 and 200,000 are both Madrid's");
    }

    [Fact]
    public void Check_FigureNamingNoPlaceBesideNationwideAndCityFigures_IsNotComparedWithTheNationwideOnes()
    {
        var report = ClaimChecker.Check(
        [
            new Document("unions", "Kenya's unions said 860,000 people marched nationwide on Tuesday, 190,000 of them in Nairobi.", "Rift Post", Day),
            new Document("ministry", "Kenya's interior minister said 12,000 people marched on Tuesday.", "Coast Daily", Day),
            new Document("organisers", "Kenya's march organisers said 75,000 people marched on Tuesday.", "Lake Herald", Day),
        ]);

        var values = report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy)
            .Select(f => f.Sides.SelectMany(side => side.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).ToHashSet())
            .ToList();
        values.Should().NotContain(v => v.Contains(860000), "12,000 and 75,000 name no place: they may be Nairobi's march, a part of the nationwide 860,000");
        values.Should().ContainSingle(v => v.Contains(12000) && v.Contains(75000), "the two figures that name no place dispute each other");
    }

    [Fact]
    public void Check_OneReportGivingThePolicesAndTheOrganisersCounts_IsADiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("daily", "Police said 62,000 people marched in Nairobi on Sunday. The organisers, for their part, said 310,000 people took part.", "Rift Post", Day),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "one report sets two sources' counts of the march against each other");
    }

    [Fact]
    public void Check_OneReportCountingItsOwnSources_IsNoDiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("daily", "Police used tear gas on marchers in Nairobi, three witnesses told the Post. One witness said the crowd ran into side streets.", "Rift Post", Day),
        ]);

        report.Claims.Where(c => c.Quantity is not null).Select(c => c.Quantity!.Value.Value).Should().BeEquivalentTo([3d, 1d], "both counts of witnesses are read");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "three witnesses and one witness count the report's sources, not a disputed quantity");
    }

    [Fact]
    public void Check_OnlyNamedCityWithNothingAboutTheWhole_StaysTheStorysPlace()
    {
        var report = ClaimChecker.Check(
        [
            new Document("police", "Police said 30,000 people marched in Nairobi on Tuesday.", "Rift Post", Day),
            new Document("organisers", "The organisers said 150,000 people marched in the Kenyan capital on Tuesday.", "Coast Daily", Day),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "both figures are for the one march in Nairobi");
    }

    [Fact]
    public void Check_TwoFiguresOfADocumentAddingUpToItsTotal_AreItsPartsNotRivalCounts()
    {
        var report = ClaimChecker.Check(
        [
            new Document("count", "A private firm said 8,200 people marched in the morning in Spain on Tuesday. The march set off again later with 11,000 people. In total, 19,200 people marched, the firm said.", "Iberia Wire", Day),
            new Document("police", "Police said 19,200 people marched in Spain on Tuesday.", "Madrid Daily", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "8,200 and 11,000 add up to the firm's 19,200");
        report.NotCompared.Should().Contain(n => n.Reason == NotComparedReason.PartOfTotal);
    }

    [Fact]
    public void Compare_IncrementBesideATotalOfAPart_GoesWithThatPartsTotal()
    {
        // A state's toll beside a town's (so each is a part), and a report whose sentence "29 more deaths, bringing the total to 149"
        // names no place while its other sentences give the state's 120 and 149.
        static Claim Toll(string id, double value, string? place, int sentence, bool increment = false) => new()
        {
            Id = id,
            DocumentId = id[..id.IndexOf('#', StringComparison.Ordinal)],
            Span = new TextSpan(sentence * 100, 80),
            Text = "evidence",
            Type = ClaimType.Quantity,
            Subject = "Brazil",
            Measure = "deaths",
            Quantity = increment ? Quantity.Exactly(value, Unit.Count("death")).AsIncrement() : Quantity.Exactly(value, Unit.Count("death")),
            Polarity = Polarity.Affirmed,
            Place = place,
            PlaceWithin = place is null ? null : "Brazil",
            Part = place is null ? PlacePart.None : PlacePart.Stated,
        };
        var claims = new[]
        {
            Toll("state#1", 149, "Tocantins", 0),
            Toll("state#2", 41, "Brenmoor", 1),
            Toll("update#1", 149, "Tocantins", 0),
            Toll("update#2", 120, "Tocantins", 1),
            Toll("update#3", 29, null, 2, increment: true),
            Toll("update#4", 149, null, 2),
        };

        var findings = new ClaimComparer().Compare(claims, [new Document("state", "text", "Plateau Post"), new Document("update", "text", "Valley Wire")]);

        findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "120 and 29 more make the 149 the same report gives");
        findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Which.ClaimIds.Should().Contain(["update#2", "update#3"]);
    }

    [Fact]
    public void Check_NationwideFigureGivenAlikeByAReportNamingNoPlace_IsACorroboration()
    {
        var report = ClaimChecker.Check(
        [
            new Document("unions", "Kenya's unions said 860,000 people marched nationwide on Tuesday, 190,000 of them in Nairobi.", "Rift Post", Day),
            new Document("ministry", "Kenya's interior minister said 860,000 people marched on Tuesday.", "Coast Daily", Day),
            new Document("organisers", "Kenya's march organisers said 75,000 people marched on Tuesday.", "Lake Herald", Day),
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Contains("unions#1") && f.ClaimIds.Contains("ministry#1"),
            "the nationwide 860,000 and the unplaced 860,000 agree");
        report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).Should().NotContain(f => f.ClaimIds.Contains("unions#1"),
            "75,000 names no place and may be one city's march: it does not dispute the nationwide figure");
    }

    // A figure of a made-up "rescued" count: `sentence` picks the sentence its report gives it in; `source` who gives it.
    private static Claim Rescued(string id, double value, int sentence, string? source = null, bool about = false) => new()
    {
        Id = id,
        DocumentId = id[..id.IndexOf('#', StringComparison.Ordinal)],
        Span = new TextSpan(sentence * 100, 80),
        Text = "evidence",
        Type = ClaimType.Quantity,
        Subject = "Valdora",
        Measure = "rescued",
        Quantity = about ? Quantity.About(value, Unit.Count("person")) : Quantity.Exactly(value, Unit.Count("person")),
        Polarity = Polarity.Affirmed,
        Attribution = source is null ? null : new ClaimCheck.Attribution.Attribution(null, source, null, null, "said", null),
    };

    [Fact]
    public void Analyze_FiguresOneSentenceListsThatAddUpToAnotherReportsFigure_AreItsPartsNotRivals()
    {
        // "Divers pulled 37 people from the first ferry and 22 from the second" beside another report's "59 people were rescued".
        var result = new ClaimComparer().Analyze(
            [Rescued("wire#1", 37, 0), Rescued("wire#2", 22, 0), Rescued("daily#1", 59, 0)],
            [new Document("wire", "text", "Harbour Wire"), new Document("daily", "text", "Coast Daily")]);

        result.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "37 and 22 are the two ferries' shares of the 59");
        result.NotCompared.Where(n => n.Reason == NotComparedReason.PartOfTotal).Select(n => n.ClaimId).Should().BeEquivalentTo(["wire#1", "wire#2"]);
    }

    [Fact]
    public void Analyze_OneSentencesFiguresFromTwoSourcesAddingUpToAnotherFigure_StayRivalCounts()
    {
        // "Police said 37 were rescued, the coastguard 22": a dispute the sentence reports, whatever their sum.
        var result = new ClaimComparer().Analyze(
            [Rescued("wire#1", 37, 0, "police"), Rescued("wire#2", 22, 0, "coastguard"), Rescued("daily#1", 59, 0)],
            [new Document("wire", "text", "Harbour Wire"), new Document("daily", "text", "Coast Daily")]);

        result.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.PartOfTotal);
    }

    [Fact]
    public void Analyze_OneSentencesTotalAndASmallChangeBesideIt_AreNoParts()
    {
        // "Five more were rescued overnight, taking the total to 54" beside another report's "59 rescued": the sentence holds a level
        // and a change, not two parts of the 59.
        var result = new ClaimComparer().Analyze(
            [Rescued("wire#1", 5, 0), Rescued("wire#2", 54, 0), Rescued("daily#1", 59, 0)],
            [new Document("wire", "text", "Harbour Wire"), new Document("daily", "text", "Coast Daily")]);

        result.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.PartOfTotal, "5 is under a tenth of 54: a change beside its total");
    }

    [Fact]
    public void Analyze_ListedFiguresWhoseSumIsFarFromEveryOtherFigure_AreNoParts()
    {
        var result = new ClaimComparer().Analyze(
            [Rescued("wire#1", 37, 0), Rescued("wire#2", 22, 0), Rescued("daily#1", 80, 0)],
            [new Document("wire", "text", "Harbour Wire"), new Document("daily", "text", "Coast Daily")]);

        result.NotCompared.Should().NotContain(n => n.Reason == NotComparedReason.PartOfTotal, "37 and 22 make 59, not 80");
    }
}
