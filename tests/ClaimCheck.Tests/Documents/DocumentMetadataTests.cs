using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Documents;

public class DocumentMetadataTests
{
    [Fact]
    public void SplitFrontMatter_AllKeys_ReadsThemAndStripsTheBlock()
    {
        var (metadata, body) = DocumentMetadata.SplitFrontMatter("---\noutlet: \"Wire\"\npublished: 2024-10-23\nurl: https://example.com/a\nauthor: ignored\n---\nBody.\n");

        metadata.Should().Be(new DocumentMetadata("Wire", new DateOnly(2024, 10, 23), new Uri("https://example.com/a")));
        body.Should().Be("Body.\n");
    }

    [Fact]
    public void SplitFrontMatter_CrLf_IsRead()
    {
        var (metadata, body) = DocumentMetadata.SplitFrontMatter("---\r\noutlet: Wire\r\n---\r\nBody.");

        metadata.Outlet.Should().Be("Wire");
        body.Should().Be("Body.");
    }

    [Theory]
    [InlineData("No front matter.\n")]
    [InlineData("---\noutlet: Wire\nnever closed\n")]
    [InlineData("Text\n---\noutlet: Wire\n---\n")]
    public void SplitFrontMatter_NoCompleteBlockAtTheTop_LeavesTheTextAlone(string text)
    {
        var (metadata, body) = DocumentMetadata.SplitFrontMatter(text);

        metadata.Should().Be(DocumentMetadata.Empty);
        body.Should().Be(text);
    }

    [Theory]
    [InlineData("2024-10-23", 2024, 10, 23)]
    [InlineData("2024-10-23T23:30:00Z", 2024, 10, 23)]
    [InlineData("'2024-01-02'", 2024, 1, 2)]
    public void ParseDate_IsoForms_GiveTheDate(string value, int year, int month, int day) =>
        DocumentMetadata.ParseDate(value).Should().Be(new DateOnly(year, month, day));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("23/10/2024")]
    public void ParseDate_Other_ThrowsNamingTheValue(string value)
    {
        var act = () => DocumentMetadata.ParseDate(value);

        act.Should().Throw<FormatException>().WithMessage($"*'{value}'*");
    }

    [Theory]
    [InlineData("example.com/a")]
    [InlineData("ftp://example.com/a")]
    public void ParseUrl_NotAbsoluteHttp_Throws(string value)
    {
        var act = () => DocumentMetadata.ParseUrl(value);

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void Over_OtherSetsSomeFields_TheyWin()
    {
        var merged = new DocumentMetadata("A", new DateOnly(2024, 1, 1), null).Over(new DocumentMetadata(null, new DateOnly(2024, 2, 2), new Uri("https://x.test/")));

        merged.Should().Be(new DocumentMetadata("A", new DateOnly(2024, 2, 2), new Uri("https://x.test/")));
    }
}
