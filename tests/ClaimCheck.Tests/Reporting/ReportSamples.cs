using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Small reports for the writer tests: the README's two firefighter articles, with metadata and hostile text.</summary>
internal static class ReportSamples
{
    public static CheckReport Firefighters { get; } = ClaimChecker.Check(
    [
        new Document("wire", "Chile deployed 1,200 firefighters to the blaze on Sunday, officials said.", "Wire <Service>", new DateOnly(2024, 2, 4), new Uri("https://example.com/wire?a=1&b=2")),
        new Document("local", "Chile has deployed about 4,000 firefighters to the blaze, the interior ministry said.\n<script>alert('x')</script> & more."),
    ]);

    public static CheckReport Empty { get; } = ClaimChecker.Check([new Document("calm", "Nothing here is disputed.")]);
}
