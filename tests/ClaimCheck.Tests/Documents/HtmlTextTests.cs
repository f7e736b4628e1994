using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Documents;

public class HtmlTextTests
{
    [Fact]
    public void Extract_Page_KeepsTitleAndParagraphsOnePerLine()
    {
        var (text, _, _) = HtmlText.Extract("<html><head><title>Headline</title></head><body><main><p>First <b>bold</b> line.</p><p>Second\n   line.</p></main></body></html>");

        text.Should().Be("Headline\nFirst bold line.\nSecond line.\n");
    }

    [Fact]
    public void Extract_Boilerplate_IsDropped()
    {
        var (text, _, _) = HtmlText.Extract("""
            <body><nav>Menu</nav><header>Top</header><script>var x = "<p>no</p>";</script><style>p{}</style>
            <p>Kept.</p><aside>Aside</aside><footer>Bottom</footer><form><p>Sign up</p></form><noscript>Enable JS</noscript></body>
            """);

        text.Should().Be("Kept.\n");
    }

    [Fact]
    public void Extract_ArticleElement_IsPreferredOverTheRestOfTheBody()
    {
        var (text, _, _) = HtmlText.Extract("<body><div>Cookie banner</div><article><h1>Title</h1><p>Body.</p></article><div>More links</div></body>");

        text.Should().Be("Title\nBody.\n");
    }

    [Fact]
    public void Extract_TitleRepeatedAsHeading_IsNotDuplicated()
    {
        var (text, _, _) = HtmlText.Extract("<head><title>Fire in Chile | Daily Planet</title></head><body><h1>Fire in Chile</h1><p>Text.</p></body>");

        text.Should().Be("Fire in Chile\nText.\n");
    }

    [Fact]
    public void Extract_MetaTags_GiveOutletDateAndUrl()
    {
        var (_, metadata, _) = HtmlText.Extract("""
            <head><meta property="og:site_name" content="Daily Planet"><meta property="article:published_time" content="2024-10-23T08:00:00Z">
            <link rel="canonical" href="https://example.com/fire"></head><body><p>x</p></body>
            """);

        metadata.Should().Be(new DocumentMetadata("Daily Planet", new DateOnly(2024, 10, 23), new Uri("https://example.com/fire")));
    }

    [Fact]
    public void Extract_LineBreaksAndListItems_BecomeLines()
    {
        var (text, _, _) = HtmlText.Extract("<body><p>a<br>b</p><ul><li>one</li><li>two</li></ul></body>");

        text.Should().Be("a\nb\none\ntwo\n");
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("blockquote")]
    public void ReadHtml_ElementsNestedHundredThousandDeep_AreFlattenedPastTheDepthWithTheirTextAndAWarning(string tag)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>w ", 100_000)) + "end" + string.Concat(Enumerable.Repeat($"</{tag}>", 100_000)) + "</body></html>";
        var warnings = new List<string>();

        var document = DocumentReader.ReadHtml("deep", html, new DocumentReaderOptions { OnWarning = warnings.Add });

        document.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(100_001).And.EndWith("end");
        warnings.Should().Equal($"deep: 99,744 HTML elements nested deeper than {HtmlText.MaxDepth} levels were flattened into the one above; "
            + "their text is kept, without line breaks between them.");
    }

    [Theory]
    [InlineData("<div><p>a<p>b<li>c<br><img src=x></div>", 1)]
    [InlineData("<!-- <div><div><div> --><div>a</div>", 1)]
    [InlineData("<script>if (a < b) { s = '<div><div><div>'; }</script><div>a</div>", 1)]
    [InlineData("<div title='>'><div data-x=\"<div>\">a</div></div>", 2)]
    [InlineData("<svg><g/><g/><g/></svg>", 1)]
    [InlineData("<div/><div/><div/>", 3)]
    [InlineData("<div><span><b>a</div>", 3)]
    public void Flatten_Markup_CountsOnlyElementsThatNest(string html, int depth)
    {
        HtmlDepth.Flatten(html, depth, out var flattened).Should().BeSameAs(html);
        flattened.Should().Be(0);

        var shallower = HtmlDepth.Flatten(html, depth - 1, out flattened);

        flattened.Should().BeGreaterThan(0, "one level less must flatten something");
        shallower.Length.Should().BeLessThan(html.Length);
    }

    [Fact]
    public void Flatten_PastTheDepth_ReplacesTheTagsByASpaceAndKeepsTheirEndTagsPaired()
    {
        HtmlDepth.Flatten("<div><div><div>a</div>b</div>c</div>", 2, out var flattened).Should().Be("<div><div> a b</div>c</div>");
        flattened.Should().Be(1);
    }
}
