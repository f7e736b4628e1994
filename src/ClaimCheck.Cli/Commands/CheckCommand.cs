using System.CommandLine;
using System.Text;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary>The <c>check</c> command: extract claims from files and report findings.</summary>
internal static class CheckCommand
{
    private static readonly string[] TextExtensions = [".txt", ".md", ".text"];

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders of .txt/.md articles. A folder contributes every such file in it, in name order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
        };

        var command = new Command("check", "Extract claims from articles and report discrepancies between them.")
        {
            inputs,
            format,
            output,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(inputs)!, parseResult.GetValue(format)!, parseResult.GetValue(output)));
        return command;
    }

    private static int Run(string[] inputs, string format, FileInfo? output)
    {
        var documents = new List<Document>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input)
                    .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    Console.Error.WriteLine($"claimcheck: folder '{input}' holds no .txt or .md files.");
                    return 2;
                }

                documents.AddRange(files.Select(Read));
            }
            else if (File.Exists(input))
            {
                documents.Add(Read(input));
            }
            else
            {
                Console.Error.WriteLine($"claimcheck: '{input}' is neither a file nor a folder.");
                return 2;
            }
        }

        var duplicate = documents.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            Console.Error.WriteLine($"claimcheck: two inputs are both named '{duplicate.Key}'; document ids (file names without extension) must be unique.");
            return 2;
        }

        var report = ClaimChecker.Check(documents);
        var rendered = format == "json" ? JsonReportWriter.Write(report) : TextReportWriter.Write(report);
        if (output is null)
        {
            Console.Out.Write(rendered);
            if (!rendered.EndsWith('\n'))
            {
                Console.Out.WriteLine();
            }
        }
        else
        {
            File.WriteAllText(output.FullName, rendered, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return 0;
    }

    private static Document Read(string path) =>
        new(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path, Encoding.UTF8));
}
