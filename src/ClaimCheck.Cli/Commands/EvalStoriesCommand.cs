using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClaimCheck.Cli.Evaluation;
using ClaimCheck.Documents;

namespace ClaimCheck.Cli.Commands;

/// <summary>The <c>eval stories</c> command: checks each story's documents and scores the findings against its expectations.</summary>
/// <remarks>A story is a folder with <c>docs.jsonl</c> (ClaimCheck's JSON Lines input) and <c>expected.json</c> (<see cref="StoryExpectations"/>).
/// The command takes one story folder or a folder of them. Input errors print one line and exit with code 1.</remarks>
internal static class EvalStoriesCommand
{
    private const string DocumentsFile = "docs.jsonl";
    private const string ExpectationsFile = "expected.json";

    /// <summary>Creates <c>stories &lt;folder&gt;… [--json]</c>.</summary>
    public static Command Create()
    {
        var folders = new Argument<DirectoryInfo[]>("folders")
        {
            Description = "A story folder (docs.jsonl + expected.json) or a folder of story folders; several may be given.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON, per story and in total." };
        var command = new Command(
            "stories",
            "Check each story's documents and score the findings: expected findings found, findings raised that must not be.")
        {
            folders,
            json,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            try
            {
                var stories = parseResult.GetValue(folders)!.SelectMany(StoryFolders).ToList();
                if (stories.Count == 0)
                {
                    throw new InvalidDataException($"no story folder (with {DocumentsFile} and {ExpectationsFile}) found.");
                }

                var scores = stories.Select(Score).ToList();
                if (parseResult.GetValue(json))
                {
                    WriteJson(output, scores);
                }
                else
                {
                    WriteText(output, scores);
                }

                return 0;
            }
            catch (Exception e) when (e is InvalidDataException or DocumentReadException or IOException or UnauthorizedAccessException)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"claimcheck: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static IEnumerable<string> StoryFolders(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            throw new InvalidDataException($"{folder.FullName}: folder not found.");
        }

        if (File.Exists(Path.Combine(folder.FullName, DocumentsFile)))
        {
            return [folder.FullName];
        }

        return folder.GetDirectories().Select(d => d.FullName).Where(d => File.Exists(Path.Combine(d, DocumentsFile))).Order(StringComparer.Ordinal);
    }

    private static StoryScore Score(string folder)
    {
        var expectationsPath = Path.Combine(folder, ExpectationsFile);
        if (!File.Exists(expectationsPath))
        {
            throw new InvalidDataException($"{expectationsPath}: file not found.");
        }

        var expectations = StoryExpectations.Read(expectationsPath);
        var documents = DocumentReader.ReadJsonLines(Path.Combine(folder, DocumentsFile));
        var report = ClaimChecker.Check(documents);
        return StoryScorer.Score(Path.GetFileName(folder), expectations, report);
    }

    private static void WriteText(TextWriter output, List<StoryScore> scores)
    {
        foreach (var score in scores)
        {
            output.WriteLine(Invariant($"{score.Name}: found {score.Found.Length}/{score.Expected}, must-not raised {score.Raised.Length}"));
            foreach (var miss in score.Missed)
            {
                output.WriteLine($"  missed {miss.Kind} [{string.Join(", ", miss.Values.Select(Format))}]: {miss.Why}");
            }

            foreach (var (rule, finding) in score.Raised)
            {
                output.WriteLine($"  raised {finding.Kind} '{finding.Topic}' ({finding.Id}) against: {rule.Why}");
            }
        }

        output.WriteLine(Summary(scores));
    }

    /// <summary>The last line: totals over every story.</summary>
    private static string Summary(List<StoryScore> scores)
    {
        var found = scores.Sum(s => s.Found.Length);
        var expected = scores.Sum(s => s.Expected);
        var raised = scores.Sum(s => s.Raised.Length);
        var share = expected == 0 ? 1.0 : (double)found / expected;
        return Invariant($"total: {scores.Count} stories, found {found}/{expected} ({share:P0}), must-not raised {raised}");
    }

    private static void WriteJson(TextWriter output, List<StoryScore> scores)
    {
        var result = new
        {
            stories = scores.Select(s => new
            {
                name = s.Name,
                found = s.Found.Length,
                expected = s.Expected,
                raised = s.Raised.Length,
                missed = s.Missed.Select(m => new { kind = m.Kind, values = m.Values, why = m.Why }),
                raisedFindings = s.Raised.Select(r => new { kind = r.Finding.Kind.ToString(), topic = r.Finding.Topic, why = r.Rule.Why }),
            }),
            total = new { stories = scores.Count, found = scores.Sum(s => s.Found.Length), expected = scores.Sum(s => s.Expected), raised = scores.Sum(s => s.Raised.Length) },
        };
        output.WriteLine(JsonSerializer.Serialize(result));
    }

    private static string Format(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
