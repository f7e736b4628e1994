using ClaimCheck.Classification;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Classification;

public sealed class LabeledTextReaderTests
{
    [Fact]
    public void Read_JsonArrayWithStringAndNumberLabels_ReadsBothAsText()
    {
        const string Json = """
            [ { "sentence_id": "16", "label": "-1", "text": "We did it." },
              { "sentence_id": 17, "label": 1, "text": "Taxes rose 3%." },
              { "label": 0, "text": "Fine." } ]
            """;

        var data = LabeledTextReader.Read(Json, LabeledTextFormat.JsonArray);

        data.Select(d => d.Label).Should().Equal("-1", "1", "0");
        data.Select(d => d.Id).Should().Equal("16", "17", "3");
        data[1].Text.Should().Be("Taxes rose 3%.");
    }

    [Fact]
    public void Read_JsonLinesWithCustomFields_ReadsEachLine()
    {
        const string Jsonl = "{\"id\":\"a\",\"sentence\":\"One.\",\"y\":\"x\"}\n\n{\"id\":\"b\",\"sentence\":\"Two.\",\"y\":\"z\"}\n";

        var data = LabeledTextReader.Read(Jsonl, LabeledTextFormat.JsonLines, "sentence", "y");

        data.Should().BeEquivalentTo([new LabeledText("One.", "x") { Id = "a" }, new LabeledText("Two.", "z") { Id = "b" }]);
    }

    [Theory]
    [InlineData("{\"text\":\"a\",\"label\":\"x\"}\n{\"text\":\"b\"}", "input: line 2: no field \"label\".")]
    [InlineData("{\"text\":\"a\",\"label\":\"x\"}\n\n{\"text\":\"b\",", "input: line 3: not valid JSON*")]
    [InlineData("{\"text\":null,\"label\":\"x\"}", "input: line 1: field \"text\" is null*")]
    [InlineData("[1]", "input: line 1: expected a JSON object*")]
    public void Read_BadJsonLines_ThrowsNamingTheLine(string content, string message)
    {
        var read = () => LabeledTextReader.Read(content, LabeledTextFormat.JsonLines);

        read.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void Read_JsonArrayMissingLabel_ThrowsNamingTheRecord()
    {
        var read = () => LabeledTextReader.Read("""[{"text":"a","label":"x"},{"text":"b","label":""}]""", LabeledTextFormat.JsonArray, sourceName: "f.json");

        read.Should().Throw<InvalidDataException>().WithMessage("f.json: record 2: field \"label\" is empty*");
    }

    [Fact]
    public void Read_Tsv_ReadsHeaderNamedColumns()
    {
        const string Tsv = "label\ttext\nQuantity\tSales rose 5%.\r\nNotAClaim\tSubscribe now\n";

        var data = LabeledTextReader.Read(Tsv, LabeledTextFormat.Tsv);

        data.Should().BeEquivalentTo([new LabeledText("Sales rose 5%.", "Quantity") { Id = "1" }, new LabeledText("Subscribe now", "NotAClaim") { Id = "2" }]);
    }

    [Theory]
    [InlineData("label\ttext\nA\tone\nB\ttwo\textra\n", "t.tsv: line 3: 3 fields where the header has 2.")]
    [InlineData("label\tsentence\nA\tone\n", "t.tsv: line 1: the header (label, sentence) lacks the field \"text\".")]
    [InlineData("", "t.tsv: empty*")]
    [InlineData("label\ttext\n\tno label\n", "t.tsv: line 2: the label field \"label\" is empty.")]
    public void Read_BadTsv_ThrowsNamingTheLine(string content, string message)
    {
        var read = () => LabeledTextReader.Read(content, LabeledTextFormat.Tsv, sourceName: "t.tsv");

        read.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void Read_CsvWithQuotes_HandlesCommasEscapedQuotesAndNewlines()
    {
        const string Csv = "id,text,label\n7,\"He said \"\"no, never\"\"\",-1\n8,\"two\nlines\",1\n9,plain,0";

        var data = LabeledTextReader.Read(Csv, LabeledTextFormat.Csv);

        data.Should().BeEquivalentTo([
            new LabeledText("He said \"no, never\"", "-1") { Id = "7" },
            new LabeledText("two\nlines", "1") { Id = "8" },
            new LabeledText("plain", "0") { Id = "9" },
        ]);
    }

    [Theory]
    [InlineData("text,label\na,1\n\"open,2\n", "c.csv: line 3: a quoted field is never closed.")]
    [InlineData("text,label\n\"a\"b,1\n", "c.csv: line 2: unexpected character 'b' after a closing quote.")]
    [InlineData("text,label\n\"multi\nline\",1\nx\n", "c.csv: line 4: 1 fields where the header has 2.")]
    public void Read_BadCsv_ThrowsNamingTheLine(string content, string message)
    {
        var read = () => LabeledTextReader.Read(content, LabeledTextFormat.Csv, sourceName: "c.csv");

        read.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void ReadFile_UnknownExtension_Throws()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimcheck-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, "<x/>");
        try
        {
            var read = () => LabeledTextReader.ReadFile(path);

            read.Should().Throw<NotSupportedException>().WithMessage("*.XML*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_JsonExtensionHoldingJsonLines_DetectsTheLayout()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimcheck-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"text\":\"a\",\"label\":1}\n{\"text\":\"b\",\"label\":0}\n");
        try
        {
            LabeledTextReader.ReadFile(path).Select(d => d.Label).Should().Equal("1", "0");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SharedDataFact("data/claimbuster/3class_data_small_train.json")]
    public void ReadFile_ClaimBusterTrainingFile_ReadsEveryRecordWithStringLabels()
    {
        var data = LabeledTextReader.ReadFile(TestPaths.Shared("data", "claimbuster", "3class_data_small_train.json"));

        data.Should().HaveCount(8231);
        data.GroupBy(d => d.Label).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(new Dictionary<string, int> { ["-1"] = 5896, ["0"] = 486, ["1"] = 1849 });
    }

    [Fact]
    public void Read_TsvAndJsonWithSource_ReadTheSource()
    {
        var tsv = LabeledTextReader.Read("label\ttext\tsource\nEvent\tThe mayor resigned.\tpage-1\nOpinion\tA disgrace.\t\n", LabeledTextFormat.Tsv);
        var json = LabeledTextReader.Read("{\"text\":\"a\",\"label\":\"x\",\"source\":\"page-2\"}", LabeledTextFormat.JsonLines);

        tsv.Select(d => d.Source).Should().Equal("page-1", null);
        json.Single().Source.Should().Be("page-2");
    }

    [Fact]
    public void ReadPath_Folder_ReadsEveryTsvInOrderWithPathPrefixedIds()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "ClaimCheck.Tests", "Classification", "Data");

        var data = LabeledTextReader.ReadPath(folder);

        data.Should().HaveCount(28);
        data[0].Should().Be(new LabeledText("The town recorded 41 burglaries in March.", "Quantity") { Id = "claim-types.tsv#1" });
        data[4].Id.Should().Be("news/fake-news.tsv#1");
        data[4].Source.Should().Be("page-001");
        data.Select(d => d.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void ReadPath_FolderWithoutLabelledTsv_ThrowsNamingIt()
    {
        var folder = Directory.CreateTempSubdirectory("claimcheck-empty-").FullName;
        File.WriteAllText(Path.Combine(folder, "sources.tsv"), "source\turl\np1\thttps://example.com\n");
        try
        {
            var read = () => LabeledTextReader.ReadPath(folder);

            read.Should().Throw<InvalidDataException>().WithMessage($"{folder}: the folder holds no .tsv file with the fields \"text\" and \"label\" in its header.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ReadPath_Missing_ThrowsFileNotFound()
    {
        var read = () => LabeledTextReader.ReadPath(Path.Combine(Path.GetTempPath(), "claimcheck-no-such-data"));

        read.Should().Throw<FileNotFoundException>().WithMessage("*no such file or folder*");
    }
}
