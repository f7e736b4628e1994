namespace ClaimCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> in any <see cref="ReportFormat"/>.</summary>
/// <remarks>Every writer is deterministic (no clock, invariant culture) and thread-safe.</remarks>
public static class ReportWriter
{
    /// <summary>Renders <paramref name="report"/> in <paramref name="format"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="claimReview">For <see cref="ReportFormat.ClaimReview"/>: publisher, review page and date (null: the defaults).</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="ReportFormat"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="claimReview"/> options are invalid.</exception>
    public static string Write(CheckReport report, ReportFormat format, ClaimReviewOptions? claimReview = null) => format switch
    {
        ReportFormat.Text => TextReportWriter.Write(report),
        ReportFormat.Json => JsonReportWriter.Write(report),
        ReportFormat.Markdown => MarkdownReportWriter.Write(report),
        ReportFormat.Html => HtmlReportWriter.Write(report),
        ReportFormat.ClaimReview => ClaimReviewWriter.Write(report, claimReview),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
