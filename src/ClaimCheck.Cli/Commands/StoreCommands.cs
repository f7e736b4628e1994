using System.CommandLine;
using System.Text;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Store;

namespace ClaimCheck.Cli.Commands;

/// <summary>The claim store on the command line: <c>check --store</c> (<see cref="Check"/>) and the <c>store</c> command with
/// <c>stats</c>, <c>findings</c> and <c>export</c>. Store errors (busy, damaged, not a store, newer version) print one line naming
/// the store and exit with 1.</summary>
internal static class StoreCommands
{
    /// <summary>The exit code for a store that cannot be opened, read or written.</summary>
    public const int StoreError = 1;

    private static readonly string[] Formats = ["text", "json", "markdown", "html", "claimreview"];

    /// <summary>Checks <paramref name="documents"/> against the store at <paramref name="location"/> and returns a report of the
    /// findings that are new or changed (with <paramref name="all"/>, of every finding in the store), holding the documents just
    /// checked and those the findings name.</summary>
    /// <exception cref="ClaimStoreException">The store cannot be opened, read or written.</exception>
    /// <exception cref="DocumentReadException">The location is a postgres:// URL or connection string that cannot be read.</exception>
    public static CheckReport Check(string location, bool all, ClaimPipeline pipeline, IReadOnlyList<Document> documents)
    {
        try
        {
            return CheckAsync(location, all, pipeline, documents).GetAwaiter().GetResult();
        }
        catch (ArgumentException e)
        {
            throw new DocumentReadException($"--store: {e.Message}");
        }
    }

    private static async Task<CheckReport> CheckAsync(string location, bool all, ClaimPipeline pipeline, IReadOnlyList<Document> documents)
    {
        await using var store = await ClaimStore.OpenAsync(location).ConfigureAwait(false);
        var result = await store.CheckAsync(documents, pipeline).ConfigureAwait(false);
        var findings = all ? await store.GetFindingsAsync().ConfigureAwait(false) : result.Findings;
        var report = await store.GetReportAsync(findings.Select(f => f.Finding), result.Documents.Select(d => d.Id)).ConfigureAwait(false);
        return report with { Warnings = result.Warnings, NotCompared = result.NotCompared };
    }

    /// <summary>Creates the <c>store</c> command.</summary>
    public static Command Create()
    {
        var command = new Command("store", "Read a claim store that 'check --store' keeps: a SQLite file, or postgres://user:password@host:port/database "
            + "(or an Npgsql connection string) for PostgreSQL.");
        command.Subcommands.Add(CreateStats());
        command.Subcommands.Add(CreateFindings());
        command.Subcommands.Add(CreateExport());
        return command;
    }

    private static Argument<string> StoreArgument() => new("store")
    {
        Description = "The store: a SQLite file, or a postgres:// URL or Npgsql connection string.",
    };

    private static Option<FileInfo?> OutputOption() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output.",
        HelpName = "FILE",
    };

    private static Command CreateStats()
    {
        var store = StoreArgument();
        var json = new Option<bool>("--json") { Description = "Print {\"documents\":N,\"claims\":N,\"findings\":N}." };
        var command = new Command("stats", "How many documents, claims and findings the store holds.") { store, json };
        command.SetAction(parseResult => Run(parseResult, parseResult.GetValue(store)!, null, async (claims, writer) =>
        {
            var statistics = await claims.GetStatisticsAsync().ConfigureAwait(false);
            await writer.WriteLineAsync(parseResult.GetValue(json)
                ? $"{{\"documents\":{statistics.Documents},\"claims\":{statistics.Claims},\"findings\":{statistics.Findings}}}"
                : $"{claims.Location}: {Count(statistics.Documents, "document")}, {Count(statistics.Claims, "claim")}, {Count(statistics.Findings, "finding")}")
                .ConfigureAwait(false);
        }));
        return command;
    }

    private static string Count(long count, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    private static Command CreateFindings()
    {
        var store = StoreArgument();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text, json, markdown, html or claimreview (as for 'check').",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|markdown|html|claimreview",
        };
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !Formats.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"Argument '{value}' not recognized. Must be one of: {string.Join(", ", Formats.Select(v => $"'{v}'"))}");
            }
        });
        var output = OutputOption();
        var command = new Command("findings", "Every finding the store holds, with the claims and documents behind them, in any report format.") { store, format, output };
        command.SetAction(parseResult => Run(parseResult, parseResult.GetValue(store)!, parseResult.GetValue(output), async (claims, writer) =>
        {
            var findings = await claims.GetFindingsAsync().ConfigureAwait(false);
            var report = await claims.GetReportAsync(findings.Select(f => f.Finding), []).ConfigureAwait(false);
            var rendered = ReportWriter.Write(report, Enum.Parse<ReportFormat>(parseResult.GetValue(format)!, ignoreCase: true),
                new ClaimReviewOptions { DatePublished = DateOnly.FromDateTime(DateTime.UtcNow) });
            await writer.WriteAsync(rendered).ConfigureAwait(false);
            if (!rendered.EndsWith('\n'))
            {
                await writer.WriteLineAsync().ConfigureAwait(false);
            }
        }));
        return command;
    }

    private static Command CreateExport()
    {
        var store = StoreArgument();
        var output = OutputOption();
        var command = new Command("export", "The whole store as JSON Lines: a header, then every document (with its text), claim (with its slot key) and finding.")
        {
            store,
            output,
        };
        command.SetAction(parseResult => Run(parseResult, parseResult.GetValue(store)!, parseResult.GetValue(output),
            (claims, writer) => claims.ExportAsync(writer)));
        return command;
    }

    /// <summary>Opens the store (never creating one), runs <paramref name="action"/> writing to standard output or
    /// <paramref name="output"/>, and turns store errors into one line and exit code 1.</summary>
    private static int Run(ParseResult parseResult, string location, FileInfo? output, Func<IClaimStore, TextWriter, Task> action)
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        try
        {
            RunAsync(location, output, parseResult.InvocationConfiguration.Output, action).GetAwaiter().GetResult();
            return 0;
        }
        catch (ClaimStoreException e)
        {
            stderr.WriteLine($"claimcheck: {e.Message}");
            return StoreError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"claimcheck: cannot write {output?.FullName ?? "the output"}: {e.Message}");
            return 1;
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"claimcheck: {e.Message}");
            return CommandLineRunner.UsageError;
        }
    }

    private static async Task RunAsync(string location, FileInfo? output, TextWriter stdout, Func<IClaimStore, TextWriter, Task> action)
    {
        await using var store = await ClaimStore.OpenAsync(location, new ClaimStoreOptions { CreateIfMissing = false }).ConfigureAwait(false);
        if (output is null)
        {
            await action(store, stdout).ConfigureAwait(false);
            await stdout.FlushAsync().ConfigureAwait(false);
            return;
        }

        await using var file = new StreamWriter(output.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await action(store, file).ConfigureAwait(false);
    }
}
