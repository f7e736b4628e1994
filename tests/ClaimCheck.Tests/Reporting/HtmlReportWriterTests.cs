using System.Xml.Linq;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Golden;

namespace ClaimCheck.Tests.Reporting;

public class HtmlReportWriterTests : IClassFixture<SeedReportFixture>
{
    private readonly SeedReportFixture _seeds;

    public HtmlReportWriterTests(SeedReportFixture seeds) => _seeds = seeds;

    [Fact]
    public void Write_Seeds_HasNoExternalAssets()
    {
        var html = HtmlReportWriter.Write(_seeds.Report);

        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().NotContainAny("<script", "<link", "src=\"http", "@import", "url(");
    }

    [Fact]
    public void Write_Seeds_DrawsOneSvgChartPerNumericDiscrepancy()
    {
        var html = HtmlReportWriter.Write(_seeds.Report);

        var discrepancies = _seeds.Report.Findings.Count(f => f.Kind == ClaimCheck.Comparison.FindingKind.NumericDiscrepancy);
        discrepancies.Should().BeGreaterThan(0);
        CountOf(html, "<svg ").Should().Be(discrepancies);
    }

    [Fact]
    public void Write_Seeds_ChartsAreWellFormedXml()
    {
        var html = HtmlReportWriter.Write(_seeds.Report);
        var start = html.IndexOf("<svg ", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;

        var svg = XElement.Parse(html[start..end]);

        svg.Descendants().Where(e => e.Name.LocalName == "circle").Should().NotBeEmpty();
        svg.Descendants().Where(e => e.Name.LocalName == "line" && (string?)e.Attribute("class") == "interval").Should().NotBeEmpty();
    }

    [Fact]
    public void Write_Seeds_FindingsComeBeforeDocuments()
    {
        var html = HtmlReportWriter.Write(_seeds.Report);

        html.IndexOf("id=\"findings\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("id=\"documents\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Seeds_EveryClaimHasAnAnchorInItsHighlightedDocument()
    {
        var html = HtmlReportWriter.Write(_seeds.Report);

        foreach (var claim in _seeds.Report.Claims)
        {
            html.Should().Contain($"id=\"claim-{claim.Id.Replace('#', '-')}\"");
        }
    }

    [Fact]
    public void Write_TextWithMarkup_IsEscaped()
    {
        var html = HtmlReportWriter.Write(ReportSamples.Firefighters);

        html.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more.");
        html.Should().Contain("Wire &lt;Service&gt;").And.Contain("https://example.com/wire?a=1&amp;b=2");
    }

    [Fact]
    public void Write_Highlight_CoversTheClaimSpan()
    {
        var report = ReportSamples.Firefighters;
        var html = HtmlReportWriter.Write(report);
        var claim = report.Claims.First(c => c.DocumentId == "wire");

        // Other claims of the same sentence (an event beside a count) put their anchors between this one's and the text.
        html.Should().MatchRegex($"<a class=\"anchor\" id=\"claim-{claim.Id.Replace('#', '-')}\"></a>(<a class=\"anchor\" id=\"[^\"]+\"></a>)*"
            + System.Text.RegularExpressions.Regex.Escape(System.Net.WebUtility.HtmlEncode(claim.Text)) + "</mark>");
    }

    [Fact]
    public void Write_AboutWithTolerance_DrawsTheIntervalAroundTheValue()
    {
        var narrow = HtmlReportWriter.Write(ReportSamples.Firefighters, 0.1);
        var wide = HtmlReportWriter.Write(ReportSamples.Firefighters, 0.5);

        narrow.Should().Contain("±10%");
        wide.Should().Contain("±50%").And.NotBe(narrow);
    }

    [Fact]
    public void Write_NoFindings_SaysSo()
    {
        HtmlReportWriter.Write(ReportSamples.Empty).Should().Contain("No findings").And.NotContain("<svg ");
    }

    [Fact]
    public void Write_ToleranceOutOfRange_Throws()
    {
        var act = () => HtmlReportWriter.Write(ReportSamples.Empty, 1.0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("approximateTolerance");
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

public class HtmlReportWriterHighlightTests
{
    [Fact]
    public void Write_OverlappingSpans_CutsTheTextAndMarksEachPieceWithItsClaims()
    {
        var report = Report("abcdefghij", (0, 6), (3, 6));

        var html = HtmlReportWriter.Write(report);

        var text = html[html.IndexOf("<div class=\"text\">", StringComparison.Ordinal)..html.IndexOf("</div>", html.IndexOf("<div class=\"text\">", StringComparison.Ordinal), StringComparison.Ordinal)];
        System.Text.RegularExpressions.Regex.Replace(text, " title=\"[^\"]*\"", "").Should().Be(
            "<div class=\"text\"><mark class=\"ev\"><a class=\"anchor\" id=\"claim-d-1\"></a>abc</mark>"
            + "<mark class=\"ev\"><a class=\"anchor\" id=\"claim-d-2\"></a>def</mark><mark class=\"ev\">ghi</mark>j");
    }

    [Fact]
    public void Write_SpanPastTheEndOfTheText_IsClipped()
    {
        var report = Report("abc", (1, 50));

        var html = HtmlReportWriter.Write(report);

        html.Should().Contain("<a class=\"anchor\" id=\"claim-d-1\"></a>bc</mark>");
    }

    [Fact]
    public void Write_ManyClaimsInOneDocument_HighlightsEveryOne()
    {
        var text = string.Concat(Enumerable.Repeat("One sentence. ", 3000));
        var report = Report(text, [.. Enumerable.Range(0, 3000).Select(i => (i * 14, 13))]);

        var html = HtmlReportWriter.Write(report);

        html.Should().Contain("id=\"claim-d-3000\"");
    }

    private static CheckReport Report(string text, params (int Start, int Length)[] spans)
    {
        var claims = spans.Select((s, i) => new Claims.Claim
        {
            Id = $"d#{i + 1}",
            DocumentId = "d",
            Span = new ClaimCheck.Text.TextSpan(s.Start, s.Length),
            Text = text.Substring(Math.Min(s.Start, text.Length), Math.Min(s.Length, text.Length - Math.Min(s.Start, text.Length))),
            Type = default,
            Measure = "m",
        });
        return new CheckReport([new ClaimCheck.Documents.Document("d", text)], [.. claims], [], []);
    }
}
