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
    public void ReadPaths_UnreadableFileWithOnSkipped_SkipsItAndReportsIt()
    {
        var good = Write("a.txt", "A.");
        var binary = Path.Combine(_folder.FullName, "b.txt");
        File.WriteAllBytes(binary, [0x00, 0x01, 0x02]);
        var skipped = new List<DocumentReadException>();

        var documents = DocumentReader.ReadPaths([good, binary], new DocumentReaderOptions { OnSkipped = skipped.Add });

        documents.Select(d => d.Id).Should().Equal("a");
        skipped.Should().ContainSingle().Which.Path.Should().Be(binary);
    }

    [Fact]
    public void ReadPaths_StandardInputWithoutAReader_Throws()
    {
        var act = () => DocumentReader.ReadPaths(["-"]);

        act.Should().Throw<DocumentReadException>().WithMessage("*standard input*");
    }

    [Fact]
    public void ReadJsonLines_DuplicateKey_IsAMalformedRecordNamingTheKey()
    {
        var act = () => DocumentReader.ReadJsonLines(new StringReader("""{"id": "a", "text": "One.", "text": "Two."}"""), "feed");

        act.Should().Throw<DocumentReadException>().Which.Message.Should().StartWith("feed:1: not valid JSON (").And.Contain("'text'");
    }

    [Fact]
    public void ReadFile_SidecarWithADuplicateKey_ThrowsNamingTheSidecar()
    {
        var path = Write("a.txt", "Text.");
        Write("a.meta.json", """{"published": "2024-10-23", "published": "1999-01-01"}""");

        var act = () => DocumentReader.ReadFile(path);

        act.Should().Throw<DocumentReadException>().Which.Message.Should().StartWith(Path.Combine(_folder.FullName, "a.meta.json") + ": ").And.Contain("'published'");
    }

    [Fact]
    public void ReadJsonLines_MalformedRecordsWithOnSkipped_SkipsOnlyThemNamingEachLine()
    {
        var skipped = new List<DocumentReadException>();

        var documents = DocumentReader.ReadJsonLines(new StringReader("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": 3}\n[]\n{\"id\": \"b\", \"text\": \"y\"}"), "feed",
            new DocumentReaderOptions { OnSkipped = skipped.Add });

        documents.Select(d => d.Id).Should().Equal("a", "b");
        skipped.Select(e => (e.Path, e.Line)).Should().Equal(("feed", 2), ("feed", 3));
    }

    [Fact]
    public void ReadJsonLines_LineLongerThanAnyRecordWithinTheLimit_ThrowsOrSkipsItUnread()
    {
        var feed = "{\"id\": \"a\", \"text\": \"" + new string('x', 70_000) + "\"}\n{\"id\": \"b\", \"text\": \"short\"}\n";
        var warnings = new List<string>();

        var thrown = () => DocumentReader.ReadJsonLines(new StringReader(feed), "feed", new DocumentReaderOptions { MaxDocumentLength = 10 });
        var truncated = DocumentReader.ReadJsonLines(new StringReader(feed), "feed",
            new DocumentReaderOptions { MaxDocumentLength = 10, LimitHandling = LimitHandling.Truncate, OnWarning = warnings.Add });

        const string TooLong = "feed:1: the record is longer than 65,596 characters, too long for a text within MaxDocumentLength (10)";
        thrown.Should().Throw<ClaimCheckLimitException>().WithMessage(TooLong + "; it was not read.*");
        truncated.Select(d => d.Id).Should().Equal("b");
        warnings.Should().Equal(TooLong + "; the record was skipped.");
    }

    [Fact]
    public void ReadFile_TextOverTheLimitWithTruncate_KeepsTheLimitAndSaysHowLongItWas()
    {
        var path = Write("long.txt", "ab\uD83D\uDE00" + new string('c', 100));
        var warnings = new List<string>();

        var document = DocumentReader.ReadFile(path, new DocumentReaderOptions { MaxDocumentLength = 3, LimitHandling = LimitHandling.Truncate, OnWarning = warnings.Add }).Single();

        document.Text.Should().Be("ab", "the cut never splits a surrogate pair");
        warnings.Should().Equal($"Document 'long' ({path}): truncated from 104 to 2 characters (MaxDocumentLength).");
    }

    [Fact]
    public void DocumentReaderOptions_MaxDocumentLengthBelowOne_Throws()
    {
        var act = () => new DocumentReaderOptions { MaxDocumentLength = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDocumentLength");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
