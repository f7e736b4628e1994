using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Tests.Attribution;

namespace ClaimCheck.Tests.Entities;

/// <summary>Where the places and bodies the rules find lie when the text does not say, and what the claims make of them (sentences
/// written for these tests; the towns are made up).</summary>
public class DocumentCountryTests
{
    [Fact]
    public void Annotate_PlaceTheTextDoesNotPlace_LiesInTheCountryTheDocumentNamesMost()
    {
        const string Text = "Floods hit Kenya on Saturday. Kenya declared an emergency. Homes collapsed in Brenmoor overnight.";

        var mention = EntityText.Find(Text, "Brenmoor");

        mention.Should().NotBeNull();
        mention!.Value.Entity.Name.Should().Be("Kenya", "a town in a report about Kenya stands for Kenya, as a capital does");
        mention.Value.Place!.Name.Should().Be("Brenmoor");
        mention.Value.Place.Within.Should().Be("Kenya");
        EntityText.Layer(Text).Containment.TryGetWithin("Brenmoor", out var within).Should().BeTrue();
        within.Should().Be("Kenya");
    }

    [Fact]
    public void Annotate_NoCountryLeads_PlaceStandsForItself()
    {
        const string Text = "Talks between Kenya and Uganda ended on Friday. Homes collapsed in Brenmoor overnight.";

        var mention = EntityText.Find(Text, "Brenmoor");

        mention.Should().NotBeNull();
        mention!.Value.Entity.Name.Should().Be("Brenmoor", "two countries named alike say nothing of where the town lies");
        mention.Value.Place.Should().BeNull();
    }

    [Fact]
    public void Annotate_PlaceTheTextPlaces_KeepsWhatTheTextSays()
    {
        const string Text = "Floods hit Kenya on Saturday. Kenya declared an emergency. Homes collapsed in Brenmoor, Uganda, overnight.";

        var mention = EntityText.Find(Text, "Brenmoor");

        mention!.Value.Entity.Name.Should().Be("Uganda");
        mention.Value.Place!.Within.Should().Be("Uganda");
    }

    [Fact]
    public void Annotate_BodyWhoseNameHoldsACountry_BelongsToIt()
    {
        var mention = EntityText.Find("The Mineworkers Union of Zambia said 70 miners died.", "Mineworkers Union of Zambia");

        mention.Should().NotBeNull();
        mention!.Value.Entity.Kind.Should().Be(EntityKind.Organization);
        mention.Value.Entity.Within.Should().Be("Zambia");
    }

    [Fact]
    public void Check_TollsInATownNoListKnows_AreComparedByTheTownTheTextsName()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Heavy rain flooded streets in Brenmoor on Monday. Officials said 12 people died in the flood.", outlet: "Valley Post"),
            new Document("b", "An aid group working in Brenmoor said 31 people died in the flood.", outlet: "Relief Wire"),
        ]);

        var finding = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        finding.Topic.Should().StartWith("Brenmoor · deaths");
    }

    [Fact]
    public void Check_BodyAfterAccordingTo_IsNotWhereTheFigureApplies()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Homes in Kenya sold for a median of 9 million shillings in the year to March, according to the Housing Statistics Office."),
        ]);

        report.Claims.Should().NotBeEmpty();
        report.Claims.Should().OnlyContain(c => c.Place != "Housing Statistics Office");
    }

    [Fact]
    public void Check_BodyTheRulesFind_IsNotWherePeopleWereCounted()
    {
        var report = ClaimChecker.Check([new Document("a", "Floods hit Kenya on Saturday. Valley Relief Council figures show 40 people died.")]);

        report.Claims.Should().Contain(c => c.Measure == "deaths").Which.Subject.Should().Be("Kenya");
    }

    [Fact]
    public void Extract_CountryNamedOnlyInTheLeadsSource_IsNotWhatTheTollIsAbout()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a",
            "A strong earthquake shook the south of Chile late on Friday, the US Geological Survey said. At least 1,020 people were killed, the interior ministry said on Saturday.",
            "Coast Wire", new DateOnly(2026, 6, 6)));

        claims.Should().ContainSingle(c => c.Measure == "deaths").Which.Subject.Should().Be("Chile");
    }

    [Fact]
    public void Check_CountriesInABreakdownOfThePeopleCounted_AreNotWhereTheReportIsAbout()
    {
        const string Text = "Coastguards in Brenmoor pulled 48 passengers from the sea on Tuesday. Of the rescued, 25 were from Ecuador, 15 from Peru and 8 from Colombia.";

        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", Text, "Valley Post", new DateOnly(2026, 6, 6)));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 48).Which.Subject.Should().Be("Brenmoor",
            "where the passengers came from, counted part by part, is not where they were pulled from the sea");
        new DocumentMemory(AttributionProbe.Annotate(Text)).TopicCountry.Should().BeNull();
    }

    [Fact]
    public void TopicCountry_OneCountedOrigin_StillCounts()
    {
        const string Text = "Coastguards pulled 48 passengers from the sea on Tuesday. Of the rescued, 25 were from Ecuador.";

        new DocumentMemory(AttributionProbe.Annotate(Text)).TopicCountry.Should().Be("Ecuador",
            "a single origin is not a breakdown: it may be the country the report is about");
    }
}
