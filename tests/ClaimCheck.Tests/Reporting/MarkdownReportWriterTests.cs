using ClaimCheck.Reporting;
using ClaimCheck.Tests.Golden;

namespace ClaimCheck.Tests.Reporting;

public class MarkdownReportWriterTests : IClassFixture<SeedReportFixture>
{
    private readonly SeedReportFixture _seeds;

    public MarkdownReportWriterTests(SeedReportFixture seeds) => _seeds = seeds;

    [Fact]
    public void Write_Seeds_HasAHeadingPerFindingBeforeTheDocuments()
    {
        var markdown = MarkdownReportWriter.Write(_seeds.Report);

        foreach (var finding in _seeds.Report.Findings)
        {
            markdown.Should().Contain($"### {finding.Id} · {finding.Kind} · {finding.Severity}");
        }

        markdown.IndexOf("## Findings", StringComparison.Ordinal).Should().BeLessThan(markdown.IndexOf("## Documents", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Seeds_QuotesEvidenceAndLinksToItsDocument()
    {
        var markdown = MarkdownReportWriter.Write(_seeds.Report);
        var claim = _seeds.ClaimsById[_seeds.Report.Findings[0].Sides[0].ClaimIds[0]];

        markdown.Should().Contain($"](#doc-{claim.DocumentId})");
        markdown.Should().Contain($"<a id=\"doc-{claim.DocumentId}\"></a>");
        markdown.Should().Contain("  > ");
    }

    [Fact]
    public void Write_DocumentWithUrl_LinksToTheUrl()
    {
        var markdown = MarkdownReportWriter.Write(ReportSamples.Firefighters);

        markdown.Should().Contain("](https://example.com/wire?a=1&b=2)");
    }

    [Fact]
    public void Write_TextWithMarkup_IsEscaped()
    {
        var markdown = MarkdownReportWriter.Write(ReportSamples.Firefighters);

        markdown.Should().NotContain("<script>").And.NotContain("<Service>").And.Contain("Wire &lt;Service&gt;");
    }

    [Theory]
    [InlineData("a*b_c", "a\\*b\\_c")]
    [InlineData("[link](x)", "\\[link\\](x)")]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("# not a heading", "\\# not a heading")]
    public void Escape_MarkdownCharacters_AreEscaped(string text, string expected) =>
        MarkdownReportWriter.Escape(text).Should().Be(expected);
}
