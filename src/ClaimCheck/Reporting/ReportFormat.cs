namespace ClaimCheck.Reporting;

/// <summary>The formats a <see cref="CheckReport"/> can be written in; <see cref="ReportWriter.Write"/> picks the writer.</summary>
public enum ReportFormat
{
    /// <summary>Plain text, findings first with evidence quotes (<see cref="TextReportWriter"/>).</summary>
    Text,

    /// <summary>JSON in the documented contract (<see cref="JsonReportWriter"/>).</summary>
    Json,

    /// <summary>Markdown: findings with quoted evidence and links back to the documents (<see cref="MarkdownReportWriter"/>).</summary>
    Markdown,

    /// <summary>One self-contained HTML page with charts and highlighted evidence (<see cref="HtmlReportWriter"/>).</summary>
    Html,

    /// <summary>schema.org <c>ClaimReview</c> JSON-LD, one review per finding (<see cref="ClaimReviewWriter"/>).</summary>
    ClaimReview,
}
