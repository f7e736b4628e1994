using ClaimCheck.Cli.Output;
using ClaimCheck.Tests.Golden;
using Spectre.Console;

namespace ClaimCheck.Tests.Cli;

public class TerminalReportTests : IClassFixture<SeedReportFixture>
{
    private readonly SeedReportFixture _seeds;

    public TerminalReportTests(SeedReportFixture seeds) => _seeds = seeds;

    [Fact]
    public void Render_PlainConsole_HasAFindingsTableAndNoEscapeCodes()
    {
        var writer = new StringWriter();

        TerminalReport.Render(TerminalReport.CreateConsole(writer, plain: true), _seeds.Report);

        var text = writer.ToString();
        text.Should().NotContain("\u001b[");
        text.Should().Contain("Kind").And.Contain("Severity").And.Contain("Topic");
        foreach (var finding in _seeds.Report.Findings)
        {
            text.Should().Contain(finding.Id).And.Contain(finding.Kind.ToString());
        }
    }

    [Fact]
    public void Render_ColourConsole_ColoursTheSeverity()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.No,
        });

        TerminalReport.Render(console, _seeds.Report);

        writer.ToString().Should().Contain("\u001b[");
    }

    [Fact]
    public void Render_EvidenceWithMarkupCharacters_IsPrintedLiterally()
    {
        var report = ClaimChecker.Check(
        [
            new ClaimCheck.Documents.Document("[red]a[/]", "Chile deployed 1,200 firefighters to the blaze on Sunday, officials said [sic]."),
            new ClaimCheck.Documents.Document("b", "Chile has deployed about 4,000 firefighters to the blaze, the interior ministry said."),
        ]);
        var writer = new StringWriter();

        TerminalReport.Render(TerminalReport.CreateConsole(writer, plain: true), report);

        writer.ToString().Should().Contain("[red]a[/]").And.Contain("[sic]");
    }
}
