using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Reporting;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;

namespace ClaimCheck.Cli.Output;

/// <summary>Renders a report on a terminal with Spectre.Console: a findings table, then each finding's explanation and
/// evidence as a tree. Colour follows what the console supports (none when NO_COLOR is set). Text from the documents is
/// printed through <see cref="TextReportWriter.Printable"/>, so an escape sequence in an article is never obeyed.</summary>
internal static class TerminalReport
{
    /// <summary>A console writing to <paramref name="writer"/> that detects colour and interaction support, or has none
    /// when <paramref name="plain"/> is true or the NO_COLOR environment variable is set.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool plain)
    {
        var noColor = plain || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
    }

    public static void Render(IAnsiConsole console, CheckReport report)
    {
        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var names = report.Documents.ToDictionary(d => d.Id, d => d.DisplayName, StringComparer.Ordinal);
        console.Write(new Rule("[bold]ClaimCheck[/]").LeftJustified());
        console.MarkupLineInterpolated($"[bold]{TextReportWriter.Totals(report)}[/]");
        foreach (var warning in report.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {P(warning)}");
        }

        if (report.Findings.IsEmpty)
        {
            console.WriteLine();
            console.WriteLine(TextReportWriter.NoFindings(report));
            RenderNotCompared(console, report);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("[bold]#[/]");
        table.AddColumn("[bold]Kind[/]");
        table.AddColumn("[bold]Severity[/]");
        table.AddColumn("[bold]Topic[/]");
        table.AddColumn("[bold]Sides[/]");
        foreach (var finding in report.Findings)
        {
            table.AddRow(
                new SpectreText(P(finding.Id)),
                new SpectreText(finding.Kind.ToString()),
                new Markup($"[{SeverityStyle(finding.Severity)}]{finding.Severity}[/]"),
                new SpectreText(P(finding.Topic)),
                new SpectreText(P(string.Join(" vs ", finding.Sides.Select(s => s.Label)))));
        }

        console.Write(table);
        foreach (var finding in report.Findings)
        {
            console.WriteLine();
            console.Write(new Rule($"[bold]{Markup.Escape(P(finding.Id))}[/] {finding.Kind} [{SeverityStyle(finding.Severity)}]{finding.Severity}[/] · {Markup.Escape(P(finding.Topic))}").LeftJustified());
            console.Write(new Padder(new SpectreText(P(finding.Explanation)), new Padding(2, 0, 0, 0)));
            var tree = new Tree(new SpectreText("evidence", new Style(decoration: Decoration.Dim)));
            foreach (var side in finding.Sides)
            {
                AddEvidence(tree.AddNode(new Markup($"[bold]{Markup.Escape(P(side.Label))}[/]")), side.ClaimIds, claims, names);
            }

            if (!finding.Neutral.IsEmpty)
            {
                AddEvidence(tree.AddNode(new Markup("[bold]consistent with every side, or taking no side[/]")), finding.Neutral, claims, names);
            }

            console.Write(new Padder(tree, new Padding(2, 0, 0, 0)));
        }

        RenderNotCompared(console, report);
    }

    private static void RenderNotCompared(IAnsiConsole console, CheckReport report)
    {
        if (report.NotCompared.IsEmpty)
        {
            return;
        }

        console.WriteLine();
        console.Write(new Rule($"[bold]{TextReportWriter.NotComparedHeading}[/]").LeftJustified());
        foreach (var group in report.NotComparedSummary)
        {
            console.Write(new Padder(new SpectreText(P(group.Text)), new Padding(2, 0, 0, 0)));
        }
    }

    private static void AddEvidence(TreeNode node, IEnumerable<string> ids, Dictionary<string, Claim> claims, Dictionary<string, string> names)
    {
        foreach (var id in ids)
        {
            if (claims.TryGetValue(id, out var claim))
            {
                var source = claim.Attribution?.DisplayName ?? "no named source";
                IRenderable line = new Rows(
                    new Markup($"[blue]{Markup.Escape(P(names.GetValueOrDefault(claim.DocumentId, claim.DocumentId)))}[/] · {Markup.Escape(P(source))} · {claim.Modality}"),
                    new SpectreText(P(TextReportWriter.Quote(claim.Text)), new Style(decoration: Decoration.Italic)));
                node.AddNode(line);
            }
        }
    }

    /// <summary>Text from the documents made harmless on a terminal (<see cref="TextReportWriter.Printable"/>).</summary>
    private static string P(string text) => TextReportWriter.Printable(text);

    private static string SeverityStyle(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => "bold red",
        FindingSeverity.Medium => "darkorange",
        FindingSeverity.Low => "yellow",
        _ => "blue",
    };
}
