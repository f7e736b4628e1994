using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public class ReportWriterTests
{
    [Fact]
    public void Write_EachFormat_UsesItsWriter()
    {
        var report = ReportSamples.Firefighters;

        ReportWriter.Write(report, ReportFormat.Text).Should().Be(TextReportWriter.Write(report));
        ReportWriter.Write(report, ReportFormat.Json).Should().Be(JsonReportWriter.Write(report));
        ReportWriter.Write(report, ReportFormat.Markdown).Should().Be(MarkdownReportWriter.Write(report));
        ReportWriter.Write(report, ReportFormat.Html).Should().Be(HtmlReportWriter.Write(report));
        ReportWriter.Write(report, ReportFormat.ClaimReview).Should().Be(ClaimReviewWriter.Write(report));
    }

    [Fact]
    public void Write_UndefinedFormat_Throws()
    {
        var act = () => ReportWriter.Write(ReportSamples.Firefighters, (ReportFormat)99);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("format");
    }

    [Fact]
    public void Write_SameReportTwice_IsDeterministic()
    {
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            ReportWriter.Write(ReportSamples.Firefighters, format).Should().Be(ReportWriter.Write(ReportSamples.Firefighters, format));
        }
    }
}
