using System.Diagnostics;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Golden;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Renders the seeds' HTML report in headless Chromium: it must load and its SVG charts must be in the DOM.
/// CI installs Debian's chromium; elsewhere these tests are skipped. When CLAIMCHECK_ARTIFACTS names a folder, the
/// screenshot is copied there as <c>seeds-report.png</c>.</summary>
public sealed class HtmlReportBrowserTests : IClassFixture<SeedReportFixture>, IDisposable
{
    private readonly SeedReportFixture _seeds;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-browser-");

    public HtmlReportBrowserTests(SeedReportFixture seeds) => _seeds = seeds;

    public void Dispose() => _folder.Delete(recursive: true);

    [ChromiumFact]
    public void DumpDom_SeedsReport_HasTheChartsAndTheFindings()
    {
        var page = WriteReport();

        var (exitCode, dom) = Chromium("--dump-dom", new Uri(page).AbsoluteUri);

        exitCode.Should().Be(0);
        var discrepancies = _seeds.Report.Findings.Count(f => f.Kind == ClaimCheck.Comparison.FindingKind.NumericDiscrepancy);
        CountOf(dom, "<svg ").Should().Be(discrepancies);
        dom.Should().Contain("<circle").And.Contain("class=\"interval\"");
        foreach (var finding in _seeds.Report.Findings)
        {
            dom.Should().Contain($"id=\"finding-{finding.Id}\"");
        }
    }

    [ChromiumFact]
    public void Screenshot_SeedsReport_RendersAPng()
    {
        var page = WriteReport();
        var screenshot = Path.Combine(_folder.FullName, "seeds-report.png");

        var (exitCode, _) = Chromium($"--screenshot={screenshot}", "--window-size=1280,2000", new Uri(page).AbsoluteUri);

        exitCode.Should().Be(0);
        var bytes = File.ReadAllBytes(screenshot);
        bytes.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        bytes.Length.Should().BeGreaterThan(50_000, "a blank page compresses to a few kilobytes");
        if (Environment.GetEnvironmentVariable("CLAIMCHECK_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            Directory.CreateDirectory(artifacts);
            File.Copy(screenshot, Path.Combine(artifacts, "seeds-report.png"), overwrite: true);
        }
    }

    private string WriteReport()
    {
        var page = Path.Combine(_folder.FullName, "report.html");
        File.WriteAllText(page, HtmlReportWriter.Write(_seeds.Report));
        return page;
    }

    private (int ExitCode, string Output) Chromium(params string[] args)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] common =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={_folder.CreateSubdirectory("profile-" + Guid.NewGuid().ToString("N")).FullName}",
        ];
        foreach (var arg in common.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish");
        }

        return (process.ExitCode, output.Result);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

/// <summary>A fact that needs the <c>chromium</c> browser on PATH; skipped with the reason when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Executable is null)
        {
            Skip = "needs the chromium browser on PATH (CI installs Debian's chromium; locally: apt-get install -y chromium)";
        }
    }

    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "chromium"))
        .FirstOrDefault(File.Exists);
}
