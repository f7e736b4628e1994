using System.Text;
using System.Xml.Linq;
using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public class TimeMLWriterTests
{
    private const string Source = """
        <?xml version="1.0" ?>
        <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <DOCID>wsj_0001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" temporalFunction="false" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
        <TITLE>Q&amp;A</TITLE>
        <TEXT>
        AT&amp;T said "profits &lt; 5%" &amp; costs &gt; sales <TIMEX3 tid="t1" type="DATE" value="1989-11-01">yesterday</TIMEX3>.

        It's <EVENT eid="e1">been</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3> &#xD; since.
        </TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1" />
        </TimeML>
        """;

    [Fact]
    public void Write_GoldAsPredictions_RoundTripsTextSpansAndHeader()
    {
        var original = Read(Source);
        var timexes = original.Timexes.Select(t => new PredictedTimex(t.Start, t.Length, t.Type, t.Value)).ToList();

        var roundTripped = Read(Write(original, timexes));

        original.Text.Should().Contain("AT&T said \"profits < 5%\" & costs > sales yesterday.").And.Contain("\r");
        roundTripped.Text.Should().Be(original.Text);
        roundTripped.CreationDate.Should().Be(original.CreationDate);
        roundTripped.Header.Should().Equal(original.Header);
        roundTripped.Timexes.Should().Equal(original.Timexes);
    }

    [Fact]
    public void Write_SystemTimexes_NumbersTidsInTextOrderAndDropsGoldLinks()
    {
        var original = Read(Source);
        var months = original.Text.IndexOf("three months", StringComparison.Ordinal);
        var yesterday = original.Text.IndexOf("yesterday", StringComparison.Ordinal);
        List<PredictedTimex> timexes = [new(months, 5, "DURATION", "P3M"), new(yesterday, 9, "DATE", "1989-11-01")];

        var xml = Write(original, timexes);

        var root = XDocument.Parse(xml).Root!;
        root.Elements().Select(e => e.Name.LocalName).Should().Equal("DOCID", "DCT", "TITLE", "TEXT");
        var tags = root.Element("TEXT")!.Elements("TIMEX3").ToList();
        tags.Select(t => (string?)t.Attribute("tid")).Should().Equal("t1", "t2");
        tags.Select(t => t.Value).Should().Equal("yesterday", "three");
        tags.Select(t => (string?)t.Attribute("value")).Should().Equal("1989-11-01", "P3M");
        Read(xml).Timexes.Should().Equal(
            new TimexAnnotation(yesterday, 9, "DATE", "1989-11-01"),
            new TimexAnnotation(months, 5, "DURATION", "P3M"));
    }

    [Fact]
    public void Write_OverlappingTimexes_ThrowsNamingDocument()
    {
        var original = Read(Source);

        var act = () => Write(original, [new(1, 5, "DATE", "X"), new(3, 5, "DATE", "Y")]);

        act.Should().Throw<ArgumentException>().WithMessage("source.tml: timex at 3+5 overlaps*");
    }

    [Fact]
    public void Write_TimexOutsideText_ThrowsNamingDocument()
    {
        var original = Read(Source);

        var act = () => Write(original, [new(original.Text.Length - 1, 2, "DATE", "X")]);

        act.Should().Throw<ArgumentException>().WithMessage("source.tml: timex at *does not lie within the text*");
    }

    private static TimeMLDocument Read(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return TimeMLReader.Parse(stream, "source.tml", "source.tml");
    }

    private static string Write(TimeMLDocument document, IReadOnlyList<PredictedTimex> timexes)
    {
        using var stream = new MemoryStream();
        TimeMLWriter.Write(stream, document, timexes);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
