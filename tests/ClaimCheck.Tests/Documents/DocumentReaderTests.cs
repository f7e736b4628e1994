using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Documents;

/// <summary>The library reads what the CLI reads, with the same metadata rules.</summary>
public sealed class DocumentReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-reader-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void ReadFile_TextWithFrontMatter_TakesOutletDatePlaceAndTopicAndStripsThem()
    {
        var path = Write("flood.txt", "---\noutlet: Valley Post\npublished: 2025-03-02\nplace: Valdora\ntopic: Valdora flood\n---\nTwelve people died.\n");

        var document = DocumentReader.ReadFile(path).Single();

        document.Should().BeEquivalentTo(new { Id = "flood", Text = "Twelve people died.\n", Outlet = "Valley Post", Published = new DateOnly(2025, 3, 2), Place = "Valdora", Topic = "Valdora flood" });
    }

    [Fact]
    public void ReadFile_SidecarBesideTheFile_OverridesFrontMatter()
    {
        var path = Write("a.md", "---\nplace: Nowhere\noutlet: Old\n---\nText.");
        Write("a.meta.json", """{"place": "Valdora", "url": "https://example.com/a"}""");

        var document = DocumentReader.ReadFile(path).Single();

        document.Place.Should().Be("Valdora");
        document.Outlet.Should().Be("Old");
        document.Url.Should().Be(new Uri("https://example.com/a"));
    }

    [Fact]
    public void ReadJsonLines_RecordsWithPlaceAndTopic_OneDocumentEach()
    {
        var path = Write("all.jsonl", """
            {"id": "a", "text": "One.", "place": "Valdora", "topic": "flood"}

            {"id": "b", "text": "Two.", "outlet": "Relief Wire", "published": "2025-03-02T10:00:00Z"}
            """);

        var documents = DocumentReader.ReadJsonLines(path);

        documents.Select(d => (d.Id, d.Place, d.Topic, d.Outlet)).Should().Equal(("a", "Valdora", "flood", null), ("b", null, null, "Relief Wire"));
        documents[1].Published.Should().Be(new DateOnly(2025, 3, 2));
    }

    [Fact]
    public void ReadJsonLines_MalformedLine_ThrowsNamingTheFileAndLine()
    {
        var act = () => DocumentReader.ReadJsonLines(new StringReader("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": 3}"), "feed");

        act.Should().Throw<DocumentReadException>().Which.Should().BeEquivalentTo(new { Message = "feed:2: \"id\" must be a string.", Path = "feed", Line = 2 });
    }

    [Fact]
    public void ReadHtml_Page_TakesTheMainTextAndMetaTags()
    {
        var document = DocumentReader.ReadHtml("page", """
            <html><head><title>Flood</title><meta property="og:site_name" content="Valley Post"></head>
            <body><nav>Menu</nav><article><p>Twelve people died.</p></article></body></html>
            """);

        document.Text.Should().Be("Flood\nTwelve people died.\n");
        document.Outlet.Should().Be("Valley Post");
    }

    [Fact]
    public void ReadPaths_FolderAndStandardInput_ReadsEachInNameOrder()
    {
        Write("b.txt", "B.");
        Write("a.html", "<p>A.</p>");
        Write("a.meta.json", "{}");
        Write("notes.csv", "ignored");

        var documents = DocumentReader.ReadPaths([_folder.FullName, "-"], new DocumentReaderOptions { StandardInput = new StringReader("---\nplace: Valdora\n---\nC.") });

        documents.Select(d => d.Id).Should().Equal("a", "b", "stdin");
        documents[2].Place.Should().Be("Valdora");
    }

    [Fact]
    public void ReadPaths_TwoDocumentsWithOneId_ThrowsNamingBoth()
    {
        var first = Write("a.txt", "A.");
        var second = Write("more.jsonl", """{"id": "a", "text": "A again."}""");

        var act = () => DocumentReader.ReadPaths([first, second]);

        act.Should().Throw<DocumentReadException>().WithMessage("two documents are named 'a' (*a.txt and *more.jsonl)*");
    }

    [Fact]
    public void ReadPaths_UnreadableFileWithOnSkippedFile_SkipsItAndReportsIt()
    {
        var good = Write("a.txt", "A.");
        var binary = Path.Combine(_folder.FullName, "b.txt");
        File.WriteAllBytes(binary, [0x00, 0x01, 0x02]);
        var skipped = new List<DocumentReadException>();

        var documents = DocumentReader.ReadPaths([good, binary], new DocumentReaderOptions { OnSkippedFile = skipped.Add });

        documents.Select(d => d.Id).Should().Equal("a");
        skipped.Should().ContainSingle().Which.Path.Should().Be(binary);
    }

    [Fact]
    public void ReadPaths_StandardInputWithoutAReader_Throws()
    {
        var act = () => DocumentReader.ReadPaths(["-"]);

        act.Should().Throw<DocumentReadException>().WithMessage("*standard input*");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
