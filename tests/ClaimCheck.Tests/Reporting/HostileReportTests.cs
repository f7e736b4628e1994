using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Claims;
using ClaimCheck.Cli.Output;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Issue 16, hostile input round two, as the report's consumers meet it: a terminal, a page that embeds the
/// ClaimReview, links inside the HTML report, a Markdown table, and a report far larger than the seeds.</summary>
public partial class HostileReportTests
{
    private const string Escapes = "\u001b]0;owned\u0007\u001b[2J\u009b31m";

    // Row 5: writers linear in documents and findings.
    [Fact(Timeout = 120_000)]
    public async Task Write_HundredThousandDocuments_HtmlAndClaimReviewHoldEveryDocumentOnce()
    {
        var report = Large(100_000);

        var (html, claimReview) = await Task.Run(() => (HtmlReportWriter.Write(report), ClaimReviewWriter.Write(report)));

        CountOf(html, "<article class=\"document\"").Should().Be(100_000);
        CountOf(html, "<article class=\"finding").Should().Be(1_000);
        using var json = JsonDocument.Parse(claimReview);
        json.RootElement.GetProperty("@graph").GetArrayLength().Should().Be(2_000);
    }

    // Row 8: control characters never reach a terminal.
    [Fact]
    public void TextAndTerminal_EscapeSequencesInTextOutletAndId_AreNotWritten()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire" + Escapes, $"Officials {Escapes}said 12 people died in the flood in Valdora.", "Wire" + Escapes) { Place = "Valdora" },
            new Document("local", "The aid group said\t31 people died in the flood in Valdora.", "Local\nPost") { Place = "Valdora" },
        ]);
        var terminal = new StringWriter();

        var text = TextReportWriter.Write(report);
        TerminalReport.Render(TerminalReport.CreateConsole(terminal, plain: true), report);

        report.Findings.Should().NotBeEmpty();
        foreach (var output in new[] { text, terminal.ToString() })
        {
            output.Where(c => char.IsControl(c) && c != '\n').Should().BeEmpty();
            output.Should().Contain("]0;owned[2J31m", "the escapes' printable rest stays, harmless, where it was");
        }

        text.Should().Contain("“The aid group said 31 people died in the flood in Valdora.”", "the tab inside the evidence became a space");
    }

    [Theory]
    [InlineData("a\u001b[2Jb", "a[2Jb")]
    [InlineData("line\nbreak\ttab\u2028end", "line break tab end")]
    [InlineData("plain", "plain")]
    public void Printable_Text_RemovesControlsAndFlattensBreaks(string text, string expected) =>
        TextReportWriter.Printable(text).Should().Be(expected);

    // Row 10: ClaimReview as it is published, inside <script type="application/ld+json">.
    [Fact]
    public void ClaimReview_ScriptEndTagInOutletAndText_CannotCloseTheScriptElement()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Officials said 12 people died </script><script>alert(1)</script> in the flood in Valdora.", "Evil</script><script>alert(1)</script>") { Place = "Valdora" },
            new Document("b", "The aid group said 31 people died in the flood in Valdora.", "Relief <!-- Wire") { Place = "Valdora" },
        ]);

        var jsonLd = ClaimReviewWriter.Write(report);

        jsonLd.Should().NotContainAny("<", ">").And.Contain("\\u003C/script\\u003E");
        using var json = JsonDocument.Parse(jsonLd);
        json.RootElement.GetProperty("@graph").EnumerateArray()
            .Should().Contain(r => r.GetProperty("claimReviewed").GetString()!.Contains("</script><script>alert(1)</script>", StringComparison.Ordinal));
    }

    // The JSON report written to a stream (as `check --output report.json` writes it) is the string report's UTF-8, escapes included.
    [Fact]
    public void Json_StreamAndString_SameTextWithHtmlCharactersEscaped()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a&b", "Officials said 12 people died </script> in the flood in Valdora — «ça» & more.", "Evil<b>Outlet</b>") { Place = "Valdora" },
            new Document("b", "The aid group said 31 people died in the flood in Valdora.", "Relief & Aid") { Place = "Valdora" },
        ]);
        using var stream = new MemoryStream();

        JsonReportWriter.Write(report, stream);
        var text = JsonReportWriter.Write(report);

        stream.ToArray().Should().Equal(System.Text.Encoding.UTF8.GetBytes(text));
        text.Should().NotContainAny("<", ">", "&").And.Contain("\\u003C/script\\u003E").And.Contain("a\\u0026b").And.Contain("«ça»");
        using var json = JsonDocument.Parse(stream.ToArray());
        json.RootElement.GetProperty("documents")[0].GetProperty("outlet").GetString().Should().Be("Evil<b>Outlet</b>");
    }

    // A report far larger than the serialiser's buffer reaches the stream in many chunks; each is escaped on its own and the
    // whole is still the string report's UTF-8.
    [Fact]
    public void Json_StreamOfALargeReport_SameTextAsTheString()
    {
        var documents = Enumerable.Range(0, 120).Select(i => new Document(
            $"d<{i}>", $"Officials in Vorland said {i + 17} people died in the storm & {i + 230} homes were damaged <near Lindenport>.",
            i % 2 == 0 ? "Kestrel & Bay <Post>" : "Brenmoor Herald") { Place = "Vorland" }).ToList();
        var report = ClaimChecker.Check(documents);
        using var stream = new MemoryStream();

        JsonReportWriter.Write(report, stream);
        var text = JsonReportWriter.Write(report);

        stream.Length.Should().BeGreaterThan(100_000);
        stream.ToArray().Should().Equal(System.Text.Encoding.UTF8.GetBytes(text));
        text.Should().NotContainAny("<", ">", "&").And.Contain("d\\u003C119\\u003E");
    }

    // Row 11: one anchor per document and claim, whatever their ids.
    [Theory]
    [InlineData("日本", "中国")]
    [InlineData("a b", "a-b")]
    [InlineData("a.b", "a.002Eb")]
    [InlineData("x#1", "x-1")]
    public void Html_IdsThatUsedToShareAnAnchor_GetOneEachAndLinksFindTheirDocument(string first, string second)
    {
        var report = ClaimChecker.Check(
        [
            new Document(first, "Officials said 12 people died in the flood in Valdora."),
            new Document(second, "The aid group said 31 people died in the flood in Valdora."),
        ]);

        var html = HtmlReportWriter.Write(report);

        var ids = AnchorIds().Matches(html).Select(m => m.Groups[1].Value).ToList();
        ids.Should().OnlyHaveUniqueItems();
        foreach (var claim in report.Claims)
        {
            var anchor = $"id=\"{ReportIndex.ClaimAnchor(claim.Id)}\"";
            var article = html.LastIndexOf("<article class=\"document\"", html.IndexOf(anchor, StringComparison.Ordinal), StringComparison.Ordinal);
            html[article..].Should().StartWith($"<article class=\"document\" id=\"{ReportIndex.DocumentAnchor(claim.DocumentId)}\">",
                "the claim's evidence anchor is inside its own document");
        }

        ReportIndex.DocumentAnchor(first).Should().NotBe(ReportIndex.DocumentAnchor(second));
        MarkdownReportWriter.Write(report).Should().Contain($"<a id=\"{ReportIndex.DocumentAnchor(first)}\">").And.Contain($"<a id=\"{ReportIndex.DocumentAnchor(second)}\">");
    }

    [Theory]
    [InlineData("001#6", "claim-001-6")]
    [InlineData("日本#2", "claim-.65E5.672C-2")]
    [InlineData("a b#10", "claim-a.0020b-10")]
    [InlineData("odd", "claim-odd-")]
    [InlineData("odd#", "claim-odd.0023-")]
    public void ClaimAnchor_Id_IsTheDocumentSlugAndTheNumber(string claimId, string anchor) =>
        ReportIndex.ClaimAnchor(claimId).Should().Be(anchor);

    // Smaller: a line break in an id cannot end a Markdown table row.
    [Fact]
    public void Markdown_IdWithALineBreak_KeepsEveryTableRowOnOneLine()
    {
        var report = ClaimChecker.Check([new Document("one\ntwo|three", "Officials said 12 people died in the flood in Valdora.", "Out\r\nlet")]);

        var markdown = MarkdownReportWriter.Write(report);

        var table = markdown[markdown.IndexOf("| document |", StringComparison.Ordinal)..].TrimEnd('\n').Split('\n');
        table.Should().HaveCount(3).And.OnlyContain(row => row.StartsWith('|') && row.EndsWith('|'));
        table[2].Should().StartWith("| <a id=\"doc-one.000Atwo.007Cthree\"></a>one two\\|three | Out  let |");
    }

    private static CheckReport Large(int documents)
    {
        var docs = new Document[documents];
        var claims = new Claim[documents];
        for (var i = 0; i < documents; i++)
        {
            var id = $"d{i:D6}";
            const string Text = "Officials said 12 people died.";
            docs[i] = new Document(id, Text, $"Outlet {i % 500}", new DateOnly(2024, 10, 23), new Uri($"https://example.com/{id}"));
            claims[i] = new Claim { Id = $"{id}#1", DocumentId = id, Span = new ClaimCheck.Text.TextSpan(0, Text.Length), Text = Text, Type = ClaimType.Quantity, Measure = "deaths" };
        }

        var findings = Enumerable.Range(0, 1_000).Select(i => new ClaimCheck.Comparison.Finding
        {
            Id = $"F{i + 1}",
            Kind = ClaimCheck.Comparison.FindingKind.NumericDiscrepancy,
            Severity = ClaimCheck.Comparison.FindingSeverity.High,
            Topic = "Valdora · deaths",
            ClaimIds = [claims[i].Id, claims[documents - 1 - i].Id],
            Sides = [new ClaimCheck.Comparison.FindingSide("12 deaths", [claims[i].Id]), new ClaimCheck.Comparison.FindingSide("31 deaths", [claims[documents - 1 - i].Id])],
            Explanation = "Sources disagree.",
        });
        return new CheckReport([.. docs], [.. claims], [.. findings], []);
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

    [GeneratedRegex(" id=\"([^\"]*)\"")]
    private static partial Regex AnchorIds();
}
