using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Documents;

public class HtmlTextTests
{
    [Fact]
    public void Extract_Page_KeepsTitleAndParagraphsOnePerLine()
    {
        var (text, _) = HtmlText.Extract("<html><head><title>Headline</title></head><body><main><p>First <b>bold</b> line.</p><p>Second\n   line.</p></main></body></html>");

        text.Should().Be("Headline\nFirst bold line.\nSecond line.\n");
    }

    [Fact]
    public void Extract_Boilerplate_IsDropped()
    {
        var (text, _) = HtmlText.Extract("""
            <body><nav>Menu</nav><header>Top</header><script>var x = "<p>no</p>";</script><style>p{}</style>
            <p>Kept.</p><aside>Aside</aside><footer>Bottom</footer><form><p>Sign up</p></form><noscript>Enable JS</noscript></body>
            """);

        text.Should().Be("Kept.\n");
    }

    [Fact]
    public void Extract_ArticleElement_IsPreferredOverTheRestOfTheBody()
    {
        var (text, _) = HtmlText.Extract("<body><div>Cookie banner</div><article><h1>Title</h1><p>Body.</p></article><div>More links</div></body>");

        text.Should().Be("Title\nBody.\n");
    }

    [Fact]
    public void Extract_TitleRepeatedAsHeading_IsNotDuplicated()
    {
        var (text, _) = HtmlText.Extract("<head><title>Fire in Chile | Daily Planet</title></head><body><h1>Fire in Chile</h1><p>Text.</p></body>");

        text.Should().Be("Fire in Chile\nText.\n");
    }

    [Fact]
    public void Extract_MetaTags_GiveOutletDateAndUrl()
    {
        var (_, metadata) = HtmlText.Extract("""
            <head><meta property="og:site_name" content="Daily Planet"><meta property="article:published_time" content="2024-10-23T08:00:00Z">
            <link rel="canonical" href="https://example.com/fire"></head><body><p>x</p></body>
            """);

        metadata.Should().Be(new DocumentMetadata("Daily Planet", new DateOnly(2024, 10, 23), new Uri("https://example.com/fire")));
    }

    [Fact]
    public void Extract_LineBreaksAndListItems_BecomeLines()
    {
        var (text, _) = HtmlText.Extract("<body><p>a<br>b</p><ul><li>one</li><li>two</li></ul></body>");

        text.Should().Be("a\nb\none\ntwo\n");
    }
}
