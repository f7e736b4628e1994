using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Physical figures with nothing said of what they measure ("6 kilometres", "2,000 metres"): they take the document's subject
/// as other figures do, and are read for agreement only. Texts written for these tests; the places are made up.</summary>
public class UnnamedLengthTests
{
    private static CheckReport Check(string herald, string wire) => ClaimChecker.Check(
    [
        new Document("herald", herald, "Brenmoor Herald", new DateOnly(2026, 5, 4)),
        new Document("wire", wire, "Kestrel Bay Wire", new DateOnly(2026, 5, 4)),
    ]);

    [Fact]
    public void Check_TheSameUnnamedLengthInTwoReports_IsACorroboration()
    {
        var report = Check(
            "Mount Orsk erupted in Vorland on Sunday. Officials closed an area of 6 kilometres around the crater.",
            "Mount Orsk erupted in Vorland on Sunday. Officials closed an area of 6 kilometres around the crater, the ministry said.");

        var corroboration = report.Findings.Should().ContainSingle().Which;
        corroboration.Kind.Should().Be(FindingKind.Corroboration);
        corroboration.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).Should().AllBeEquivalentTo(6);
    }

    [Fact]
    public void Check_DifferentUnnamedLengths_AreNoDispute()
    {
        var report = Check(
            "Mount Orsk erupted in Vorland on Sunday. A village 14 kilometres away was evacuated.",
            "Mount Orsk erupted in Vorland on Sunday, and ash fell 9 kilometres away.");

        report.Claims.Where(c => c.Quantity is not null).Should().OnlyContain(c => c.Subject != null, "an unnamed length takes the report's subject");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "a village's distance and where the ash fell are different lengths");
    }
}
