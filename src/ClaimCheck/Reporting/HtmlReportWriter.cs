using System.Globalization;
using System.Net;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;

namespace ClaimCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as one self-contained HTML page: findings first, each numeric discrepancy
/// drawn as an SVG chart of the values by source, then every document with its claims' evidence highlighted.</summary>
/// <remarks>
/// <para>The page has no external assets, scripts or fonts: styles and charts are inline, so it can be mailed or
/// archived as one file. Everything taken from the documents is HTML-escaped.</para>
/// <para>Charts use a logarithmic axis. Each claim is a dot at its stated value and a bar over the interval its wording
/// allows: "about N" spans N ± <c>approximateTolerance</c>·N, "at least N" runs from N to the right edge (an arrow:
/// unbounded), "up to N" from the left edge to N, a range from its low to its high end. Colours tell the sides apart;
/// grey marks claims that fit every side.</para>
/// <para>Evidence is highlighted from <see cref="Claim.Span"/> offsets into <see cref="Document.Text"/>; spans outside
/// the text are clipped. Deterministic and thread-safe.</para>
/// </remarks>
public static class HtmlReportWriter
{
    /// <summary>Renders <paramref name="report"/>, drawing "about" as ± <paramref name="approximateTolerance"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="approximateTolerance">How wide "about N" is drawn, relative to N; use the value the report was compared
    /// with. The default is <see cref="ComparisonOptions.DefaultApproximateTolerance"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="approximateTolerance"/> is not at least 0 and below 1.</exception>
    public static string Write(CheckReport report, double approximateTolerance = ComparisonOptions.DefaultApproximateTolerance)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!(approximateTolerance >= 0 && approximateTolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(approximateTolerance), approximateTolerance, "The tolerance must be at least 0 and below 1.");
        }

        var index = ReportIndex.For(report);
        var html = new StringBuilder(64 * 1024);
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="ClaimCheck">
            <title>ClaimCheck report</title>
            <style>
            """).Append(Css).AppendLine("</style>").AppendLine("</head>").AppendLine("<body>");

        html.AppendLine("<header>").AppendLine("<h1>ClaimCheck report</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\"><span>{English.Count(report.Documents.Length, "document")}</span><span>{English.Count(report.Claims.Length, "claim")}</span><span>{English.Count(report.Findings.Length, "finding")}</span></p>").AppendLine();
        foreach (var warning in report.Warnings)
        {
            html.Append("<p class=\"warning\">").Append(Encode(warning)).AppendLine("</p>");
        }

        html.AppendLine("</header>").AppendLine("<main>");
        html.AppendLine("<section id=\"findings\">").AppendLine("<h2>Findings</h2>");
        if (report.Findings.IsEmpty)
        {
            html.Append("<p class=\"none\">").Append(Encode(TextReportWriter.NoFindings(report))).AppendLine("</p>");
        }

        foreach (var finding in report.Findings)
        {
            AppendFinding(html, finding, index, approximateTolerance);
        }

        html.AppendLine("</section>");
        if (!report.NotCompared.IsEmpty)
        {
            html.Append("<section id=\"not-compared\">").Append("<h2>").Append(TextReportWriter.NotComparedHeading).AppendLine("</h2><ul class=\"not-compared\">");
            foreach (var group in report.NotComparedSummary)
            {
                html.Append("<li>").Append(Encode(group.Text)).Append(" <span class=\"ids\">");
                html.AppendJoin(", ", group.ClaimIds.Select(id => $"<a href=\"#{ReportIndex.ClaimAnchor(id)}\">{Encode(id)}</a>"));
                html.AppendLine("</span></li>");
            }

            html.AppendLine("</ul>");
            if (report.NotCompared.Any(n => n.Reason == NotComparedReason.NoSubject))
            {
                html.Append("<p class=\"hint\">").Append(Encode(NotComparedGroup.NoSubjectHint)).AppendLine("</p>");
            }

            html.AppendLine("</section>");
        }

        html.AppendLine("<section id=\"documents\">").AppendLine("<h2>Documents and their claims</h2>");
        html.AppendLine("<p class=\"hint\">Evidence sentences are highlighted; those behind a finding are underlined. Hover a highlight for its claim.</p>");
        foreach (var document in report.Documents)
        {
            AppendDocument(html, document, index);
        }

        html.AppendLine("</section>").AppendLine("</main>").AppendLine("</body>").AppendLine("</html>");
        return html.ToString();
    }

    private static void AppendFinding(StringBuilder html, Finding finding, ReportIndex index, double tolerance)
    {
        var severity = finding.Severity.ToString().ToLowerInvariant();
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"finding {severity}\" id=\"finding-{Encode(finding.Id)}\">").AppendLine();
        html.Append(CultureInfo.InvariantCulture, $"<h3><span class=\"fid\">{Encode(finding.Id)}</span> <span class=\"badge kind\">{Words(finding.Kind.ToString())}</span> <span class=\"badge sev {severity}\">{finding.Severity}</span> <span class=\"topic\">{Encode(finding.Topic)}</span></h3>").AppendLine();
        html.Append("<p class=\"explanation\">").Append(Encode(finding.Explanation)).AppendLine("</p>");
        if (finding.Kind == FindingKind.NumericDiscrepancy)
        {
            AppendChart(html, finding, index, tolerance);
        }

        html.AppendLine("<div class=\"sides\">");
        for (var i = 0; i < finding.Sides.Length; i++)
        {
            var side = finding.Sides[i];
            AppendEvidenceGroup(html, Encode(side.Label), $"side s{i % Palette.Length}", index.Resolve(side.ClaimIds).ToList(), index);
        }

        if (!finding.Neutral.IsEmpty)
        {
            AppendEvidenceGroup(html, "consistent with every side, or taking no side", "side neutral", index.Resolve(finding.Neutral).ToList(), index);
        }

        html.AppendLine("</div>").AppendLine("</article>");
    }

    private const int ShownEvidence = 3;

    private static void AppendEvidenceGroup(StringBuilder html, string encodedLabel, string cssClass, List<Claim> claims, ReportIndex index)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"{cssClass}\"><h4>{encodedLabel} <span class=\"count\">{English.Count(claims.Count, "claim")}</span></h4>").AppendLine();
        for (var i = 0; i < claims.Count; i++)
        {
            if (i == ShownEvidence)
            {
                html.Append(CultureInfo.InvariantCulture, $"<details><summary>{claims.Count - ShownEvidence} more</summary>").AppendLine();
            }

            var claim = claims[i];
            html.Append("<blockquote><p>").Append(Encode(English.Quote(claim.Text))).Append("</p><footer>");
            html.Append(Encode(ReportIndex.SourceOf(claim))).Append(" · ");
            html.Append("<a href=\"#").Append(ReportIndex.ClaimAnchor(claim.Id)).Append("\">").Append(Encode(index.DocumentName(claim.DocumentId))).Append("</a>");
            html.Append(" · ").Append(Words(claim.Modality.ToString()).ToLowerInvariant());
            if (claim.Quantity is { } quantity)
            {
                html.Append(" · ").Append(Encode(English.Display(quantity)));
            }

            html.AppendLine("</footer></blockquote>");
        }

        if (claims.Count > ShownEvidence)
        {
            html.AppendLine("</details>");
        }

        html.AppendLine("</div>");
    }

    /// <summary>How many characters of a chart label fit on one line beside the value (wider labels wrap).</summary>
    private const int LabelCharacters = 46;

    private static readonly string[] Palette = ["#0969da", "#cf222e", "#8250df", "#1a7f37", "#bc4c00"];
    private const string NeutralColour = "#8c959f";

    private sealed record ChartRow(string Label, string Title, Quantity Quantity, double Low, double High, bool OpenLow, bool OpenHigh, string Colour);

    private static void AppendChart(StringBuilder html, Finding finding, ReportIndex index, double tolerance)
    {
        var rows = new List<ChartRow>();
        for (var i = 0; i < finding.Sides.Length; i++)
        {
            AddRows(rows, index.Resolve(finding.Sides[i].ClaimIds), index, tolerance, Palette[i % Palette.Length]);
        }

        AddRows(rows, index.Resolve(finding.Neutral), index, tolerance, NeutralColour);
        var finite = rows.SelectMany(r => new[] { r.Low, r.High, r.Quantity.Value }).Where(v => v > 0 && double.IsFinite(v)).ToList();
        if (rows.Count == 0 || finite.Count == 0)
        {
            return;
        }

        var min = finite.Min() / 1.6;
        var max = finite.Max() * 1.6;
        const int Width = 960, LabelWidth = 440, PlotLeft = LabelWidth + 14, Right = 24, RowHeight = 26, LineHeight = 15, Top = 10, AxisHeight = 42;
        var labels = rows.Select(r => Wrap(r.Label, LabelCharacters)).ToList();
        var heights = labels.Select(l => Math.Max(RowHeight, (l.Count * LineHeight) + 11)).ToList();
        var rowsHeight = heights.Sum();
        var height = Top + rowsHeight + AxisHeight;
        double X(double v) => PlotLeft + ((Width - PlotLeft - Right) * (Math.Log10(Math.Clamp(v, min, max)) - Math.Log10(min)) / (Math.Log10(max) - Math.Log10(min)));
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var unit = rows[0].Quantity.Unit;
        var measure = index.Resolve(finding.ClaimIds).Select(c => c.Measure).FirstOrDefault() ?? "value";
        var axisName = unit.Kind is UnitKind.Currency or UnitKind.Percentage or UnitKind.Duration or UnitKind.Physical ? $"{measure}, {unit.Name}" : measure;
        html.Append("<figure class=\"chart\">");
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"intervals\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{Encode(finding.Topic)}: values by source, logarithmic scale\">").AppendLine();
        html.Append(CultureInfo.InvariantCulture, $"<title>{Encode(finding.Topic)}: values by source</title>").AppendLine();

        var axisY = Top + rowsHeight + 4;
        foreach (var tick in Ticks(min, max))
        {
            var x = F(X(tick));
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{x}\" y1=\"{Top - 4}\" x2=\"{x}\" y2=\"{axisY}\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{x}\" y=\"{axisY + 16}\" text-anchor=\"middle\">{Encode(Quantity.Format(tick))}</text>").AppendLine();
        }

        html.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{PlotLeft}\" y1=\"{axisY}\" x2=\"{Width - Right}\" y2=\"{axisY}\"/>");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"unit\" x=\"{Width - Right}\" y=\"{axisY + 30}\" text-anchor=\"end\">{Encode(axisName)} (log scale)</text>").AppendLine();

        var rowTop = Top;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            rowTop += i == 0 ? 0 : heights[i - 1];
            var y = rowTop + (heights[i] / 2);
            var x1 = row.OpenLow ? PlotLeft : X(row.Low);
            var x2 = row.OpenHigh ? Width - Right : X(row.High);
            var xv = X(row.Quantity.Value);
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"row\"><title>{Encode(row.Title)}</title>");
            if (i % 2 == 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<rect class=\"band\" x=\"0\" y=\"{rowTop}\" width=\"{Width}\" height=\"{heights[i]}\"/>");
            }

            var firstLine = y + 4 - ((labels[i].Count - 1) * LineHeight / 2);
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"8\" y=\"{firstLine}\">");
            for (var line = 0; line < labels[i].Count; line++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tspan x=\"8\" dy=\"{(line == 0 ? 0 : LineHeight)}\">{Encode(labels[i][line])}</tspan>");
            }

            html.Append("</text>");
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"interval\" x1=\"{F(x1)}\" y1=\"{y}\" x2=\"{F(Math.Max(x2, x1 + 0.01))}\" y2=\"{y}\" stroke=\"{row.Colour}\"/>");
            if (row.OpenHigh)
            {
                html.Append(CultureInfo.InvariantCulture, $"<path d=\"M{F(x2 + 8)},{y} L{F(x2 - 2)},{y - 7} L{F(x2 - 2)},{y + 7} Z\" fill=\"{row.Colour}\"/>");
            }

            if (row.OpenLow)
            {
                html.Append(CultureInfo.InvariantCulture, $"<path d=\"M{F(x1 - 8)},{y} L{F(x1 + 2)},{y - 7} L{F(x1 + 2)},{y + 7} Z\" fill=\"{row.Colour}\"/>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<circle class=\"value\" cx=\"{F(xv)}\" cy=\"{y}\" r=\"5.5\" fill=\"{row.Colour}\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"qty\" x=\"{LabelWidth - 14}\" y=\"{y + 4}\" text-anchor=\"end\">{Encode(WithoutUnit(row.Quantity))}</text>");
            html.AppendLine("</g>");
        }

        html.AppendLine("</svg>");
        html.Append("<figcaption>");
        for (var i = 0; i < finding.Sides.Length; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"key\"><i style=\"background:{Palette[i % Palette.Length]}\"></i>{Encode(finding.Sides[i].Label)}</span>");
        }

        if (!finding.Neutral.IsEmpty)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"key\"><i style=\"background:{NeutralColour}\"></i>consistent with every side</span>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<span class=\"note\">Dots: stated values; bars: what the wording allows (“about” = ±{F(tolerance * 100)}%); arrows: no bound.</span>");
        html.AppendLine("</figcaption></figure>");
    }

    private static void AddRows(List<ChartRow> rows, IEnumerable<Claim> claims, ReportIndex index, double tolerance, string colour)
    {
        foreach (var claim in claims)
        {
            if (claim.Quantity is not { } q)
            {
                continue;
            }

            var (low, high) = q.Qualifier == Qualifier.Approximately
                ? (q.Value * (1 - tolerance), q.Value * (1 + tolerance))
                : (q.Low ?? q.Value, q.High ?? q.Value);
            var openLow = q.Low is null || (q.Low <= 0 && q.Qualifier is Qualifier.AtMost or Qualifier.LessThan or Qualifier.UpTo);
            var document = index.Documents.TryGetValue(claim.DocumentId, out var d) ? d : null;
            var where = document?.Outlet ?? claim.DocumentId;
            var label = $"{ReportIndex.SourceOf(claim)} · {where}";
            var title = $"{English.Display(q)} — {ReportIndex.SourceOf(claim)}, in {index.DocumentName(claim.DocumentId)}: {English.Quote(claim.Text)}";
            rows.Add(new ChartRow(label, title, q, low, high, openLow, q.High is null, colour));
        }
    }

    private static List<double> Ticks(double min, double max)
    {
        var ticks = new List<double>();
        var span = Math.Log10(max) - Math.Log10(min);
        double[] steps = span > 4 ? [1] : span > 1.5 ? [1, 2, 5] : [1, 1.5, 2, 3, 5, 7];
        for (var exponent = (int)Math.Floor(Math.Log10(min)); exponent <= (int)Math.Ceiling(Math.Log10(max)); exponent++)
        {
            foreach (var step in steps)
            {
                var tick = step * Math.Pow(10, exponent);
                if (tick >= min && tick <= max)
                {
                    ticks.Add(tick);
                }
            }
        }

        return ticks;
    }

    private static void AppendDocument(StringBuilder html, Document document, ReportIndex index)
    {
        var claims = index.ClaimsOfDocument(document.Id);
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"document\" id=\"{ReportIndex.DocumentAnchor(document.Id)}\">").AppendLine();
        html.Append("<h3>").Append(Encode(document.Id)).Append("</h3><p class=\"meta\">");
        if (document.Outlet is not null)
        {
            html.Append(Encode(document.Outlet)).Append(" · ");
        }

        if (document.Published is { } published)
        {
            html.Append(published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(" · ");
        }

        if (document.Url is not null)
        {
            var url = Encode(document.Url.AbsoluteUri);
            html.Append("<a href=\"").Append(url).Append("\" rel=\"noopener noreferrer\">").Append(url).Append("</a> · ");
        }

        html.Append(English.Count(claims.Count, "claim")).AppendLine("</p>");

        html.Append("<div class=\"text\">");
        AppendHighlighted(html, document.Text, claims, index);
        html.AppendLine("</div>");

        html.Append(CultureInfo.InvariantCulture, $"<details class=\"claims\" open><summary>{claims.Count} claims in {Encode(document.Id)}</summary>").AppendLine();
        html.AppendLine("<table><thead><tr><th>claim</th><th>type</th><th>subject</th><th>measure</th><th>amount</th><th>polarity</th><th>modality</th><th>source</th></tr></thead><tbody>");
        foreach (var claim in claims)
        {
            html.Append("<tr><td><a href=\"#").Append(ReportIndex.ClaimAnchor(claim.Id)).Append("\">").Append(Encode(claim.Id)).Append("</a></td>");
            html.Append("<td>").Append(claim.Type).Append("</td>");
            html.Append("<td>").Append(Encode(claim.Subject ?? "—")).Append("</td>");
            html.Append("<td>").Append(Encode(claim.Predicate is null ? claim.Measure : $"{claim.Measure} ({claim.Predicate})")).Append("</td>");
            html.Append("<td>").Append(Encode(claim.Quantity is { } amount ? English.Display(amount) : "")).Append("</td>");
            html.Append("<td>").Append(claim.Polarity).Append("</td>");
            html.Append("<td>").Append(claim.Modality).Append("</td>");
            html.Append("<td>").Append(Encode(ReportIndex.SourceOf(claim))).AppendLine("</td></tr>");
        }

        html.AppendLine("</tbody></table></details>").AppendLine("</article>");
    }

    /// <summary>Writes <paramref name="text"/> with each claim's span inside a <c>mark</c>; where spans overlap, the text is
    /// cut at every boundary and each piece is marked with the claims that cover it. Each claim's anchor opens the first piece
    /// it covers, the one starting where it starts.</summary>
    private static void AppendHighlighted(StringBuilder html, string text, IReadOnlyList<Claim> claims, ReportIndex index)
    {
        var spans = new List<(Claim Claim, int Start, int End)>(claims.Count);
        var cuts = new List<int>((claims.Count * 2) + 2) { 0, text.Length };
        foreach (var claim in claims)
        {
            var (start, end) = (Math.Clamp(claim.Span.Start, 0, text.Length), Math.Clamp(claim.Span.End, 0, text.Length));
            if (end > start)
            {
                spans.Add((claim, start, end));
                cuts.Add(start);
                cuts.Add(end);
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        cuts.Sort();

        // Sweep the cuts left to right, keeping the spans that cover the current piece (few at a time: sentences rarely overlap).
        var active = new List<(Claim Claim, int Start, int End)>();
        var next = 0;
        var previous = 0;
        foreach (var cut in cuts)
        {
            if (cut <= previous)
            {
                continue;
            }

            active.RemoveAll(s => s.End <= previous);
            while (next < spans.Count && spans[next].Start <= previous)
            {
                if (spans[next].End > previous)
                {
                    active.Add(spans[next]);
                }

                next++;
            }

            var piece = Encode(text[previous..cut]);
            if (active.Count == 0)
            {
                html.Append(piece);
            }
            else
            {
                var cls = active.Exists(s => index.ClaimsInFindings.Contains(s.Claim.Id)) ? "ev in-finding" : "ev";
                var title = string.Join("; ", active.Select(s => Describe(s.Claim)));
                html.Append(CultureInfo.InvariantCulture, $"<mark class=\"{cls}\" title=\"{Encode(title)}\">");
                foreach (var (claim, start, _) in active)
                {
                    if (start == previous)
                    {
                        html.Append("<a class=\"anchor\" id=\"").Append(ReportIndex.ClaimAnchor(claim.Id)).Append("\"></a>");
                    }
                }

                html.Append(piece).Append("</mark>");
            }

            previous = cut;
        }
    }

    private static string Describe(Claim claim)
    {
        var what = claim.Quantity is { } q ? English.Display(q) : claim.Predicate ?? claim.Measure;
        var polarity = claim.Polarity == Polarity.Negated ? "denies: " : string.Empty;
        return $"{claim.Id}: {polarity}{claim.Subject ?? "?"} · {what} — {ReportIndex.SourceOf(claim)} ({claim.Modality})";
    }

    /// <summary>"about 12,000 soldier" → "about 12,000": the chart's axis names what is counted.</summary>
    private static string WithoutUnit(Quantity quantity)
    {
        var text = quantity.ToString();
        var suffix = " " + quantity.Unit.Name;
        return quantity.Unit.Name.Length > 0 && text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text;
    }

    /// <summary>A chart label in lines of at most <paramref name="width"/> characters, broken between words (a longer word
    /// stands on its own line): labels are shown whole, never cut.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>"NumericDiscrepancy" → "Numeric discrepancy".</summary>
    private static string Words(string pascal)
    {
        var words = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --bg: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif; }
        header, main { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 28px; }
        h1 { font-size: 28px; margin: 0 0 6px; letter-spacing: -0.01em; }
        h2 { font-size: 20px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        .summary span { display: inline-block; margin-right: 8px; padding: 2px 10px; border-radius: 999px; background: #e6eaef; color: var(--ink); font-size: 13px; font-weight: 600; }
        .warning { background: #fff8c5; border: 1px solid #d4a72c; padding: 8px 12px; border-radius: 6px; }
        .finding, .document { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 0 0 18px; }
        .finding { border-left: 6px solid #8c959f; }
        .finding.high { border-left-color: #cf222e; } .finding.medium { border-left-color: #bc4c00; } .finding.low { border-left-color: #9a6700; } .finding.info { border-left-color: #0969da; }
        .finding h3 { margin: 0 0 8px; font-size: 17px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
        .fid { color: var(--muted); font-weight: 600; }
        .badge { font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px; border: 1px solid var(--line); background: #f6f8fa; }
        .badge.sev.high { background: #ffebe9; color: #a40e26; border-color: #ff818266; } .badge.sev.medium { background: #fff1e5; color: #953800; }
        .badge.sev.low { background: #fff8c5; color: #7d4e00; } .badge.sev.info { background: #ddf4ff; color: #0550ae; }
        .topic { font-weight: 700; }
        .explanation { margin: 0 0 12px; color: #31373d; }
        figure.chart { margin: 8px 0 14px; padding: 8px 0 4px; border-top: 1px solid #eef1f4; border-bottom: 1px solid #eef1f4; }
        svg.intervals { display: block; font: 12.5px system-ui, sans-serif; }
        svg .band { fill: #f6f8fa; } svg .grid { stroke: #e1e6eb; } svg .axis { stroke: #8c959f; }
        svg .tick, svg .unit { fill: var(--muted); font-size: 12px; } svg .label { fill: var(--ink); } svg .qty { fill: var(--ink); font-weight: 600; }
        svg .interval { stroke-width: 7; stroke-linecap: round; stroke-opacity: 0.35; }
        svg .value { stroke: #fff; stroke-width: 1.5; }
        figcaption { font-size: 13px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 4px 4px 0; }
        .key i { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 6px; vertical-align: -1px; }
        .key { color: var(--ink); font-weight: 600; }
        .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; }
        .side { border-top: 3px solid #8c959f; padding-top: 6px; min-width: 0; }
        .side.s0 { border-color: #0969da; } .side.s1 { border-color: #cf222e; } .side.s2 { border-color: #8250df; } .side.s3 { border-color: #1a7f37; } .side.s4 { border-color: #bc4c00; }
        .side h4 { margin: 0 0 6px; font-size: 14px; } .count { color: var(--muted); font-weight: 400; font-size: 12px; margin-left: 4px; }
        blockquote { margin: 0 0 8px; padding: 6px 10px; background: #f6f8fa; border-radius: 6px; font-size: 13.5px; }
        blockquote p { margin: 0 0 3px; } blockquote footer { font-size: 12px; color: var(--muted); }
        details > summary { cursor: pointer; color: #0969da; font-size: 13px; margin: 2px 0 8px; }
        a { color: #0969da; text-decoration: none; } a:hover { text-decoration: underline; }
        .document h3 { margin: 0; font-size: 16px; } .meta { margin: 2px 0 10px; color: var(--muted); font-size: 13px; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 14.5px; line-height: 1.65; max-height: 36em; overflow-y: auto; padding-right: 6px; }
        mark.ev { background: #fff3b0; color: inherit; border-radius: 2px; } mark.ev.in-finding { background: #ffd8a8; text-decoration: underline 2px #bc4c00; text-underline-offset: 3px; }
        .hint { color: var(--muted); font-size: 13px; margin-top: -4px; }
        table { border-collapse: collapse; width: 100%; font-size: 12.5px; margin-top: 4px; }
        th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #eef1f4; vertical-align: top; }
        th { color: var(--muted); font-weight: 600; }
        .none { color: var(--muted); }
        ul.not-compared { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 20px 10px 36px; margin: 0 0 18px; }
        ul.not-compared .ids { color: var(--muted); font-size: 12px; }
        """;
}
