using System.Text;
using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public class TimeMLReaderTests
{
    private const string Document = """
        <?xml version="1.0" ?>
        <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <DOCID>doc1</DOCID>
        <DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" temporalFunction="false" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
        <TEXT>AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> that <TIMEX3 tid="t2" type="DURATION" value="P2Y"><SIGNAL sid="s1">two</SIGNAL> years</TIMEX3> &lt;passed&gt;.</TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1" />
        </TimeML>
        """;

    [Fact]
    public void Parse_InlineTags_GivesPlainTextOffsetsAndCreationDate()
    {
        var document = Parse(Document);

        // Entities decoded, EVENT and SIGNAL tags dropped with their text kept.
        document.Text.Should().Be("AT&T said Friday that two years <passed>.");
        document.CreationDate.Should().Be(new DateOnly(1998, 8, 7));
        document.Name.Should().Be("doc1.tml");
        document.Timexes.Should().Equal(
            new TimexAnnotation(10, 6, "DATE", "1998-08-07"),
            new TimexAnnotation(22, 9, "DURATION", "P2Y"));
        document.Text.Substring(22, 9).Should().Be("two years");
    }

    [Fact]
    public void Parse_Header_KeepsElementsBeforeTextOnly()
    {
        var document = Parse(Document);

        document.Header.Should().HaveCount(2);
        document.Header[0].Should().Be("<DOCID>doc1</DOCID>");
        document.Header[1].Should().StartWith("<DCT><TIMEX3 tid=\"t0\"");
    }

    [Fact]
    public void Parse_MalformedXml_NamesFileAndLine()
    {
        var act = () => Parse("<TimeML>\n<DCT>\n<TEXT>x</DCT></TimeML>", "bad.tml");

        act.Should().Throw<InvalidDataException>().WithMessage("bad.tml: malformed XML at line 3*");
    }

    [Fact]
    public void Parse_NoDct_NamesFileAndDct()
    {
        var act = () => Parse("<TimeML><TEXT>x</TEXT></TimeML>", "nodct.tml");

        act.Should().Throw<InvalidDataException>().WithMessage("nodct.tml: no <DCT> element*");
    }

    [Fact]
    public void Parse_DctNotADate_NamesFileLineAndValue()
    {
        var act = () => Parse("<TimeML>\n<DCT><TIMEX3 tid=\"t0\" value=\"PRESENT_REF\"/></DCT><TEXT>x</TEXT></TimeML>", "dct.tml");

        act.Should().Throw<InvalidDataException>().WithMessage("dct.tml line 2: the DCT value \"PRESENT_REF\"*");
    }

    [Fact]
    public void Parse_TimexWithoutValue_NamesFileLineAndTid()
    {
        const string Xml = """
            <TimeML><DCT><TIMEX3 tid="t0" value="2013-03-22"/></DCT>
            <TEXT>On <TIMEX3 tid="t7" type="DATE">Friday</TIMEX3></TEXT></TimeML>
            """;

        var act = () => Parse(Xml, "novalue.tml");

        act.Should().Throw<InvalidDataException>().WithMessage("novalue.tml line 2: <TIMEX3 tid=\"t7\"> has no value attribute.");
    }

    [Fact]
    public void Parse_NoText_NamesFile()
    {
        var act = () => Parse("<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2013-03-22\"/></DCT></TimeML>", "notext.tml");

        act.Should().Throw<InvalidDataException>().WithMessage("notext.tml: no <TEXT> element*");
    }

    [Fact]
    public void ReadFolder_MissingFolder_ThrowsNamingFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"claimcheck-missing-{Guid.NewGuid():N}");

        var act = () => TimeMLReader.ReadFolder(folder);

        act.Should().Throw<DirectoryNotFoundException>().WithMessage($"{folder}*");
    }

    [Fact]
    public void ReadFolder_NoTmlFiles_ThrowsNamingFolder()
    {
        var folder = Directory.CreateTempSubdirectory("claimcheck-timeml-");
        try
        {
            var act = () => TimeMLReader.ReadFolder(folder.FullName);

            act.Should().Throw<InvalidDataException>().WithMessage($"{folder.FullName}: no .tml files*");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ReadFolder_NestedFolders_ReadsTmlFilesByRelativePath()
    {
        var folder = Directory.CreateTempSubdirectory("claimcheck-timeml-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "b"));
            File.WriteAllText(Path.Combine(folder.FullName, "b", "two.tml"), Document);
            File.WriteAllText(Path.Combine(folder.FullName, "one.tml"), Document);
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not TimeML");

            var documents = TimeMLReader.ReadFolder(folder.FullName);

            documents.Select(d => d.Name).Should().Equal("b/two.tml", "one.tml");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static TimeMLDocument Parse(string xml, string source = "doc1.tml")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return TimeMLReader.Parse(stream, source, source);
    }
}
