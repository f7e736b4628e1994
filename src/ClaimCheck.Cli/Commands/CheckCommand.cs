using System.CommandLine;
using System.Text;
using ClaimCheck.Cli.Input;
using ClaimCheck.Cli.Output;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Reporting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>The <c>check</c> command: read articles, extract claims and report findings in the chosen format.</summary>
/// <remarks>A thin shell over <see cref="DocumentReader"/> and <see cref="ClaimChecker"/>: input errors (missing file,
/// duplicate ids, --output naming an input, and with --strict a file or JSON Lines record that cannot be read) print one
/// line to the error stream and exit with <see cref="CommandLineRunner.UsageError"/>; without --strict such a file or record
/// is skipped and named in the report's warnings. Every line printed to the error stream goes through
/// <see cref="TextReportWriter.Printable"/>.</remarks>
internal static class CheckCommand
{
    /// <summary>From this many input files on, an interactive terminal shows a progress bar.</summary>
    public const int ProgressThreshold = 10;

    private static readonly string[] Formats = ["text", "json", "markdown", "html", "claimreview"];

    /// <summary>Creates the command; <paramref name="stdin"/> supplies standard input for "-" (default: the console's).</summary>
    public static Command Create(Func<TextReader>? stdin = null)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders to check: .txt, .md, .html/.htm (main text extracted) and .jsonl (one {id, text, outlet?, published?, url?} "
                + "per line). A folder contributes each such file in it, in name order. '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text (a table on a terminal, plain when redirected), json (the documented contract), "
                + "markdown, html (one self-contained page with charts) or claimreview (schema.org ClaimReview JSON-LD).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|markdown|html|claimreview",
        };
        AcceptOneOf(format, Formats);

        // Unknown options land in the inputs (they accept any token); report them as the mistakes they are.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'");
                }
            }
        });
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
            HelpName = "FILE",
        };
        var stdinFormat = new Option<string>("--stdin-format")
        {
            Description = "How '-' (standard input) is read: text (one article) or jsonl (one JSON object per line).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|jsonl",
        };
        AcceptOneOf(stdinFormat, "text", "jsonl");
        var publisher = new Option<string?>("--publisher")
        {
            Description = $"claimreview: the organisation publishing the reviews (each review's author). Default: {ClaimReviewOptions.DefaultPublisher}.",
            HelpName = "NAME",
        };
        var publisherUrl = new Option<string?>("--publisher-url")
        {
            Description = "claimreview: the publisher's web site (the author's url).",
            HelpName = "URL",
        };
        var reviewUrl = new Option<string?>("--review-url")
        {
            Description = "claimreview: the page the reviews are published on; each review's url is this with #F1-1, #F1-2… "
                + "Default: the URL of the article the reviewed claim appeared in, when known.",
            HelpName = "URL",
        };
        var reviewDate = new Option<DateOnly?>("--review-date")
        {
            Description = "claimreview: the reviews' datePublished (yyyy-MM-dd). Default: today (UTC).",
            HelpName = "DATE",
        };
        foreach (var url in new[] { publisherUrl, reviewUrl })
        {
            url.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string?>() is { } value && HttpUrl(value) is null)
                {
                    result.AddError($"{url.Name} must be an absolute http(s) URL, not '{value}'");
                }
            });
        }

        var strict = new Option<bool>("--strict")
        {
            Description = "Stop at the first file or JSON Lines record that cannot be read (not text, not a regular file, malformed, unreadable) "
                + "instead of naming it and going on.",
        };
        var lexicons = new Option<FileInfo[]>("--lexicon")
        {
            Description = "A lexicon file (TSV with the header 'kind<TAB>term<TAB>value<TAB>within') adding places, aliases, organisations, "
                + "units, currencies, reporting or denial verbs to the built-in ones. Repeat for several files.",
            HelpName = "FILE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var maxClaims = new Option<int>("--max-claims-per-document")
        {
            Description = "The most claims taken from one document (more stop the check, or with --truncate the rest of the document is skipped).",
            DefaultValueFactory = _ => ClaimCheckOptions.DefaultMaxClaimsPerDocument,
            HelpName = "N",
        };
        var maxLength = new Option<int>("--max-document-length")
        {
            Description = "The longest document, in characters (a longer one stops the check, or with --truncate is cut at the limit).",
            DefaultValueFactory = _ => ClaimCheckOptions.DefaultMaxDocumentLength,
            HelpName = "N",
        };
        var truncate = new Option<bool>("--truncate")
        {
            Description = "Cut a document that is over a limit (and say so in the report's warnings) instead of stopping the check.",
        };
        var store = new Option<string?>("--store")
        {
            Description = "Keep claims and findings in this store and check the inputs against everything it holds: a SQLite file (created if "
                + "missing), or postgres://user:password@host:port/database (or an Npgsql connection string). The report lists only the "
                + "findings that are new or changed.",
            HelpName = "FILE|URL",
        };
        var all = new Option<bool>("--all") { Description = "With --store: report every finding in the store, not only the new ones." };
        var cluster = new Option<string?>("--cluster")
        {
            Description = "Check on a ClaimCheck cluster ('claimcheck silo') whose membership is in this Redis server: the silos extract and "
                + "compare with their own pipeline, so --lexicon and the limits are theirs. Same findings as a check in this process.",
            HelpName = "HOST:PORT",
        };
        var clusterId = ClusterCommands.ClusterIdOption();

        var command = new Command(
            "check",
            "Extract claims from articles and report where sources disagree. Metadata (outlet, published, url, place, topic) comes from a "
            + "sidecar NAME.meta.json, from front matter at the top of a .md/.txt file (---, outlet: …, published: 2024-10-23, "
            + "url: …, place: …, topic: …, ---), or from an HTML page's meta tags. A document's place is where its figures that "
            + "name none apply (\"12 people died\" in a town no built-in list knows); the report lists the claims it could not compare and why.")
        {
            inputs,
            format,
            output,
            stdinFormat,
            publisher,
            publisherUrl,
            reviewUrl,
            reviewDate,
            strict,
            lexicons,
            maxClaims,
            maxLength,
            truncate,
            store,
            all,
            cluster,
            clusterId,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(all) && result.GetValue(store) is null)
            {
                result.AddError("--all needs --store");
            }

            if (result.GetValue(cluster) is not null)
            {
                if (result.GetValue(store) is not null)
                {
                    result.AddError("--cluster and --store cannot be combined");
                }

                // The silos extract with their own pipeline: options that change it would be silently ignored.
                foreach (var local in new Option[] { lexicons, maxClaims, maxLength, truncate })
                {
                    if (result.GetResult(local) is { Implicit: false })
                    {
                        result.AddError($"{local.Name} cannot be used with --cluster: the silos extract with their own pipeline");
                    }
                }
            }
        });
        var standardInput = stdin ?? StandardInput.Open;
        command.SetAction(parseResult => Run(
            parseResult,
            parseResult.GetValue(inputs)!,
            Enum.Parse<ReportFormat>(parseResult.GetValue(format)!, ignoreCase: true),
            parseResult.GetValue(output),
            new DocumentReaderOptions { StandardInputIsJsonLines = string.Equals(parseResult.GetValue(stdinFormat), "jsonl", StringComparison.OrdinalIgnoreCase) },
            new ClaimReviewOptions
            {
                Publisher = parseResult.GetValue(publisher) ?? ClaimReviewOptions.DefaultPublisher,
                PublisherUrl = HttpUrl(parseResult.GetValue(publisherUrl)),
                ReviewUrl = HttpUrl(parseResult.GetValue(reviewUrl)),
                DatePublished = parseResult.GetValue(reviewDate) ?? DateOnly.FromDateTime(DateTime.UtcNow),
            },
            standardInput,
            parseResult.GetValue(strict),
            new PipelineSettings(
                parseResult.GetValue(lexicons) ?? [],
                parseResult.GetValue(maxClaims),
                parseResult.GetValue(maxLength),
                parseResult.GetValue(truncate)),
            parseResult.GetValue(store),
            parseResult.GetValue(all),
            parseResult.GetValue(cluster) is { } redis ? (redis, parseResult.GetValue(clusterId)!) : null));
        return command;
    }

    /// <summary>What the command line says about the pipeline: user lexicons and limits.</summary>
    private sealed record PipelineSettings(FileInfo[] Lexicons, int MaxClaimsPerDocument, int MaxDocumentLength, bool Truncate)
    {
        /// <exception cref="DocumentReadException">A lexicon file is missing or malformed, or a limit is out of range.</exception>
        public ClaimPipeline Build()
        {
            var builder = new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions
            {
                MaxClaimsPerDocument = MaxClaimsPerDocument,
                MaxDocumentLength = MaxDocumentLength,
                LimitHandling = Truncate ? LimitHandling.Truncate : LimitHandling.Throw,
            });
            foreach (var file in Lexicons)
            {
                try
                {
                    builder.AddLexicon(Lexicon.Load(file.FullName));
                }
                catch (Exception e) when (e is LexiconFormatException or IOException or UnauthorizedAccessException)
                {
                    throw new DocumentReadException(e is LexiconFormatException ? $"lexicon {e.Message}" : $"cannot read the lexicon {file}: {e.Message}");
                }
            }

            try
            {
                return builder.Build();
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new DocumentReadException($"--{Kebab(e.ParamName)}: {e.Message.Split(" (Parameter", 2)[0]}");
            }
        }

        private static string Kebab(string? name) =>
            string.Concat((name ?? "option").Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
    }

    /// <summary>An absolute http(s) URL, or null.</summary>
    private static Uri? HttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;

    /// <summary>Lets <paramref name="option"/> take only <paramref name="values"/>, in any case ("JSON" is "json"); the error
    /// lists them as System.CommandLine does.</summary>
    private static void AcceptOneOf(Option<string> option, params string[] values)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !values.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"Argument '{value}' not recognized. Must be one of: {string.Join(", ", values.Select(v => $"'{v}'"))}");
            }
        });
        option.CompletionSources.Add(values);
    }

    private static int Run(ParseResult parseResult, string[] inputs, ReportFormat format, FileInfo? output, DocumentReaderOptions reading, ClaimReviewOptions claimReview, Func<TextReader> stdin, bool strict,
        PipelineSettings settings, string? store, bool all, (string Redis, string ClusterId)? cluster)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        void Say(string message) => stderr.WriteLine($"claimcheck: {TextReportWriter.Printable(message)}");
        CheckReport report;
        try
        {
            var pipeline = settings.Build();
            var files = DocumentReader.ExpandPaths(inputs);
            if (output is not null && InputNamed(output.FullName, files) is { } input)
            {
                throw new DocumentReadException($"--output {output} is one of the inputs ({input}); the report would overwrite it. Write the report to another file.");
            }

            var notes = new List<string>();
            reading = reading with
            {
                StandardInput = files.Contains("-") ? stdin() : null,
                MaxDocumentLength = settings.MaxDocumentLength,
                LimitHandling = settings.Truncate ? LimitHandling.Truncate : LimitHandling.Throw,
                OnSkipped = strict ? null : e =>
                {
                    Say($"skipped {e.Message}");
                    notes.Add($"Skipped {e.Message}");
                },
                OnWarning = warning =>
                {
                    Say($"warning: {warning}");
                    notes.Add(warning);
                },
            };
            var showProgress = files.Length >= ProgressThreshold && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            report = store is not null ? StoreCommands.Check(store, all, pipeline, DocumentReader.ReadPaths(files, reading))
                : cluster is { } c ? ClusterCommands.Check(c.Redis, c.ClusterId, DocumentReader.ReadPaths(files, reading))
                : showProgress ? CheckWithProgress(pipeline, files, reading) : pipeline.Check(DocumentReader.ReadPaths(files, reading));
            if (notes.Count > 0)
            {
                report = report with { Warnings = report.Warnings.AddRange(notes) };
            }
        }
        catch (DocumentReadException e)
        {
            Say(e.Message);
            return CommandLineRunner.UsageError;
        }
        catch (ClaimCheckLimitException e)
        {
            Say(e.Message);
            return 1;
        }
        catch (ClaimCheck.Store.ClaimStoreException e)
        {
            Say(e.Message);
            return StoreCommands.StoreError;
        }
        catch (ClaimCheck.Cluster.ClaimCheckClusterException e)
        {
            Say(e.Message);
            return ClusterCommands.ClusterError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The readers name the file in a DocumentReadException; this is what no reader saw (a path that vanished meanwhile).
            Say($"cannot read the input: {e.Message}");
            return CommandLineRunner.UsageError;
        }

        return Write(report, format, claimReview, output, stdout, Say);
    }

    /// <summary>Writes the report where it was asked for; a failure (a full disk, a closed standard output) is one line and
    /// exit code 1.</summary>
    private static int Write(CheckReport report, ReportFormat format, ClaimReviewOptions claimReview, FileInfo? output, TextWriter stdout, Action<string> say)
    {
        try
        {
            if (output is null && format == ReportFormat.Text && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected)
            {
                TerminalReport.Render(TerminalReport.CreateConsole(stdout, plain: false), report);
                return 0;
            }

            if (output is not null && format == ReportFormat.Json)
            {
                using var file = File.Create(output.FullName);
                JsonReportWriter.Write(report, file); // UTF-8 straight to the file: a large report is never a string
                return 0;
            }

            var rendered = ReportWriter.Write(report, format, claimReview);
            if (output is not null)
            {
                File.WriteAllText(output.FullName, rendered, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                return 0;
            }

            try
            {
                stdout.Write(rendered);
                if (!rendered.EndsWith('\n'))
                {
                    stdout.WriteLine();
                }

                stdout.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                say($"cannot write the report to standard output (is it closed?): {e.Message}");
                return 1;
            }

            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            say($"cannot write the report to {output?.ToString() ?? "the terminal"}: {e.Message}");
            return 1;
        }
    }

    /// <summary>The input (a file given or found in a folder, or the sidecar beside one) that <paramref name="output"/> names,
    /// through symbolic links; else null.</summary>
    private static string? InputNamed(string output, IEnumerable<string> files)
    {
        var target = Resolve(output);
        foreach (var file in files.Where(f => f != "-"))
        {
            var sidecar = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", Path.GetFileNameWithoutExtension(file) + ".meta.json");
            foreach (var input in new[] { file, sidecar })
            {
                if (string.Equals(Resolve(input), target, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
                {
                    return input;
                }
            }
        }

        return null;
    }

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    private static CheckReport CheckWithProgress(ClaimPipeline pipeline, IReadOnlyList<string> files, DocumentReaderOptions reading)
    {
        var console = TerminalReport.CreateConsole(Console.Error, plain: false);
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var readingTask = context.AddTask("Reading files", maxValue: files.Count);
                var checking = context.AddTask("Extracting and comparing claims", autoStart: false).IsIndeterminate();
                var documents = DocumentReader.ReadPaths(files, reading with
                {
                    OnFileRead = _ =>
                    {
                        readingTask.Increment(1);
                        if (readingTask.IsFinished)
                        {
                            checking.StartTask();
                        }
                    },
                });
                var report = pipeline.Check(documents);
                checking.Value = checking.MaxValue;
                checking.StopTask();
                return report;
            });
    }
}
