using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A count of one night or day of a series ("on the third night", "overnight") is that occurrence's count: beside another
/// night's count it makes no timeline, while two counts of the same night still dispute and a running count given as rising overnight
/// still makes a timeline. Texts written for these tests.</summary>
public class OneOccurrenceCountTests
{
    private static CheckReport Check(string first, string second) => ClaimChecker.Check(
    [
        new Document("wed", first, "Coast Herald", new DateOnly(2025, 6, 11)),
        new Document("thu", second, "Vorland Wire", new DateOnly(2025, 6, 12)),
    ]);

    [Fact]
    public void Check_TwoNightsCountsOnTwoDays_AreNoTimeline()
    {
        var report = Check(
            "Police arrested 420 people across Vorland on the third night of unrest, the interior ministry said.",
            "Police arrested 610 people across Vorland on the fourth night of unrest, the interior ministry said.");

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Evolution, "each figure is one night's arrests, not a running total");
    }

    [Fact]
    public void Check_TwoBodiesCountsOfTheSameNight_StillDispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Police arrested 610 people across Vorland on the fourth night of unrest, the interior ministry said.", "Coast Herald", new DateOnly(2025, 6, 12)),
            new Document("b", "The Vorland Observatory for Civic Rights said 820 people were detained across Vorland on the fourth night of unrest.", "Vorland Wire", new DateOnly(2025, 6, 12)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "two counts of one night are rivals");
    }

    [Fact]
    public void Check_ATollRisingOvernight_StaysATimeline()
    {
        var report = Check(
            "Nine people have died in the Brenmoor floods, officials said on Wednesday.",
            "The toll from the Brenmoor floods rose overnight to 14, officials said on Thursday.");

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Evolution, "a toll given as rising is one count over time");
    }

    [Fact]
    public void Check_OneNightsCountBesideTheCountSoFar_IsNoDispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Police detained 64 protesters in Kestrel Valley on the third night of the marches, the interior ministry said.", "Coast Herald", new DateOnly(2025, 6, 12)),
            new Document("b", "The interior ministry said 310 protesters had been detained in Kestrel Valley since the marches began.", "Vorland Wire", new DateOnly(2025, 6, 12)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "one night's detentions are a part of the count so far");
    }

    [Fact]
    public void Check_OneNightsCountThatAnotherReportRelaysPlainly_IsStillAPartOfTheCountSoFar()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Police detained 64 protesters in Kestrel Valley on the third night of the marches, the interior ministry said.", "Coast Herald", new DateOnly(2025, 6, 12)),
            new Document("b", "The Brenmoor Legal Aid Society said 64 protesters were detained in Kestrel Valley.", "Vorland Wire", new DateOnly(2025, 6, 12)),
            new Document("c", "The interior ministry said 310 protesters had been detained in Kestrel Valley since the marches began.", "Ostrava Daily", new DateOnly(2025, 6, 12)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy,
            "the plain 64 is the third night's count relayed without its night, still a part of the 310 so far");
    }

    [Fact]
    public void Check_OneNightsCountAboveAPlainCount_StillDisputes()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Police detained 640 protesters in Kestrel Valley on the third night of the marches, the interior ministry said.", "Coast Herald", new DateOnly(2025, 6, 12)),
            new Document("b", "The Brenmoor Legal Aid Society said 210 protesters were detained in Kestrel Valley.", "Vorland Wire", new DateOnly(2025, 6, 12)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy, "no part of a count can be larger than the count itself");
    }

    [Fact]
    public void Check_TwoReportsCountsOfOneNightBesideTheCountSoFar_StillDispute()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Police detained 64 protesters in Kestrel Valley on the third night of the marches, the interior ministry said.", "Coast Herald", new DateOnly(2025, 6, 12)),
            new Document("b", "The Brenmoor Legal Aid Society said 95 protesters were detained in Kestrel Valley on the third night of the marches.", "Vorland Wire", new DateOnly(2025, 6, 12)),
            new Document("c", "The interior ministry said 310 protesters had been detained in Kestrel Valley since the marches began.", "Ostrava Daily", new DateOnly(2025, 6, 12)),
        ]);

        var values = report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy)
            .Select(f => f.Sides.SelectMany(s => s.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).ToHashSet());
        values.Should().Contain(v => v.Contains(64) && v.Contains(95), "two counts of one night are rivals");
    }
}
