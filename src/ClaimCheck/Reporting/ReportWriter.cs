namespace ClaimCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> in any <see cref="ReportFormat"/>.</summary>
/// <remarks>Every writer is deterministic (no clock, invariant culture) and thread-safe.</remarks>
public static class ReportWriter
{
    /// <summary>Renders <paramref name="report"/> in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="ReportFormat"/>.</exception>
    public static string Write(CheckReport report, ReportFormat format) => format switch
    {
        ReportFormat.Text => TextReportWriter.Write(report),
        ReportFormat.Json => JsonReportWriter.Write(report),
        ReportFormat.Markdown => MarkdownReportWriter.Write(report),
        ReportFormat.Html => HtmlReportWriter.Write(report),
        ReportFormat.ClaimReview => ClaimReviewWriter.Write(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
