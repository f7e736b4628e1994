using ClaimCheck.Comparison;
using ClaimCheck.Documents;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>How far an event lies from a place, as several reports give it. Texts written for these tests; the places are made up.</summary>
public class DistanceFromPlaceTests
{
    [Theory]
    [InlineData("The quarry collapsed about 90 km west of Lindenport on Monday.", "distance · from lindenport")]
    [InlineData("The ferry sank some 400 metres from Kestrel Bay, officials said.", "distance · from kestrel bay")]
    [InlineData("The resort lies 210 kilometres (130 miles) north-east of the capital, Brenmoor Vale.", "distance · from brenmoor vale")]
    public void Extract_ALengthFromAPlace_IsADistanceFromThatPlace(string sentence, string measure)
    {
        var claims = ClaimChecker.Check([new Document("d", sentence, "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" }]).Claims;

        claims.Should().Contain(c => c.Measure == measure);
    }

    [Theory]
    [InlineData("Crews repaired a 100 km stretch of road east of Lindenport.")]
    [InlineData("Thousands marched 5 km from Lindenport Square to the parliament.")]
    [InlineData("The climber died after falling 300 metres from the summit.")]
    [InlineData("The quarry lies 10 km from the nearest town.")]
    [InlineData("Traffic backed up 30 km from the Brenmoor border.")]
    public void Extract_ALengthThatPlacesNothing_IsNoDistance(string sentence)
    {
        var claims = ClaimChecker.Check([new Document("d", sentence, "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" }]).Claims;

        claims.Should().NotContain(c => c.Measure.StartsWith("distance", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TwoDistancesFromOnePlace_Disagree()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The quarry that collapsed on Monday lies about 90 km west of Lindenport.", "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
            new Document("daily", "The collapse happened at a quarry some 140 km from Lindenport.", "Lindenport Daily", new DateOnly(2025, 4, 8)) { Place = "Vorland" },
        ]);

        var finding = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, finding).Should().Equal(90, 140);
    }

    [Fact]
    public void Check_DistancesFromTwoPlaces_AreNotCompared()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The quarry that collapsed on Monday lies about 90 km west of Lindenport.", "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
            new Document("daily", "The collapse happened at a quarry some 15 km from Brenmoor.", "Lindenport Daily", new DateOnly(2025, 4, 8)) { Place = "Vorland" },
        ]);

        report.Claims.Select(c => c.Measure).Should().Contain(["distance · from lindenport", "distance · from brenmoor"]);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Check_OneDistanceInMilesAndKilometres_Agrees()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The quarry lies about 56 miles west of Lindenport.", "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
            new Document("daily", "The quarry is 90 km from Lindenport.", "Lindenport Daily", new DateOnly(2025, 4, 8)) { Place = "Vorland" },
        ]);

        report.Claims.Where(c => c.Measure == "distance · from lindenport").Should().HaveCount(2);
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "56 miles are 90 km");
        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration);
    }

    [Fact]
    public void Check_ReportsAgreeingInKilometresBesideADisputeInMiles_StillCorroborate()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The quarry lies about 260 km west of Lindenport, officials said.", "Vorland Wire", new DateOnly(2025, 4, 7)) { Place = "Vorland" },
            new Document("daily", "The collapse happened at a quarry some 260 km from Lindenport.", "Lindenport Daily", new DateOnly(2025, 4, 8)) { Place = "Vorland" },
            new Document("radio", "Rescuers drove to the quarry, about 260 km from Lindenport.", "Radio Brenmoor", new DateOnly(2025, 4, 8)) { Place = "Vorland" },
            new Document("post", "The quarry is about 100 miles from Lindenport.", "Kestrel Bay Post", new DateOnly(2025, 4, 8)) { Place = "Vorland" },
        ]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy, "100 miles are not 260 km");
        report.Findings.Where(f => f.Kind == FindingKind.Corroboration).Select(f => SideValues(report, f))
            .Should().Contain(v => v.SequenceEqual(new double[] { 260 }), "three reports give about 260 km alike, whatever the dispute in miles");
    }
}
