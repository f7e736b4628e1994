using System.CommandLine;
using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// The <c>eval quantities</c> and <c>eval timex</c> commands: score an extractor against NewsQuant and TempEval-3
/// data, and optionally write its output in the benchmark's own format for the official scorers.
/// </summary>
/// <remarks>Input errors (missing file, malformed JSON or XML) are printed to the error stream with exit code 1.</remarks>
internal static class EvalExtractionCommands
{
    /// <summary>Creates <c>quantities &lt;file.json&gt; [--json] [--predictions OUT.json] [--strict]</c> over <paramref name="extractor"/>.</summary>
    public static Command CreateQuantities(IQuantityExtractor extractor)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "A NewsQuant-format JSON file: NewsQuant.json or one of the *-model.json sets.",
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON (fractions between 0 and 1)." };
        var predictionsFile = new Option<FileInfo?>("--predictions")
        {
            Description = "Also write what was extracted, in the NewsQuant format, to this JSON file.",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Stop at a malformed gold value instead of skipping that quantity with a warning.",
        };

        var command = new Command(
            "quantities",
            "Score quantity extraction against NewsQuant gold with CQE's match rules (value, value+unit, value+change).");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(predictionsFile);
        command.Options.Add(strict);
        command.SetAction(parseResult => Run(parseResult, () =>
        {
            var path = parseResult.GetValue(file)!.FullName;
            var warnings = parseResult.GetValue(strict) ? null : new List<string>();
            var items = QuantitySetReader.Read(path, warnings);
            foreach (var warning in warnings ?? [])
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"warning: {warning}");
            }

            var predictions = QuantityEvaluation.Predict(items, extractor);
            if (parseResult.GetValue(predictionsFile) is FileInfo predictionsOut)
            {
                QuantitySetWriter.Write(predictionsOut.FullName, [.. items.Select(item => item.Text)], predictions);
            }

            var scores = QuantityScorer.Score(items, predictions);
            ScoreRow[] rows =
            [
                new("value", "value", scores.Value, scores.ValueMatches),
                new("value+unit", "valueUnit", scores.ValueUnit, scores.ValueUnitMatches),
                new("value+change", "valueChange", scores.ValueChange, scores.ValueChangeMatches),
            ];

            Print(parseResult, parseResult.GetValue(json), "items", scores.Items,
                $"{path}: {scores.Items} items, {scores.GoldQuantities} gold quantities, {scores.PredictedQuantities} predicted", rows);
        }));
        return command;
    }

    /// <summary>Creates <c>timex &lt;folder&gt; [--json] [--predictions DIR] [--errors]</c> over <paramref name="extractor"/>.</summary>
    public static Command CreateTimex(ITimexExtractor extractor)
    {
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "A folder of TimeML .tml files (searched recursively), e.g. TBAQ-cleaned or te3-platinum.",
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON (fractions between 0 and 1)." };
        var predictionsFolder = new Option<DirectoryInfo?>("--predictions")
        {
            Description = "Also write each document as TimeML with the extracted TIMEX3s (TempEval-3 submission format) under this folder.",
        };

        var errors = new Option<bool>("--errors")
        {
            Description = "Also print every error, one a line: missed, spurious, span or value, with the gold and predicted text and value.",
        };

        var command = new Command(
            "timex",
            "Score time-expression extraction against TimeML gold as TempEval-3 does (strict and relaxed span, value, type).");
        command.Arguments.Add(folder);
        command.Options.Add(json);
        command.Options.Add(predictionsFolder);
        command.Options.Add(errors);
        command.SetAction(parseResult => Run(parseResult, () =>
        {
            var path = parseResult.GetValue(folder)!.FullName;
            var documents = TimeMLReader.ReadFolder(path);
            var predictions = TimexEvaluation.Predict(documents, extractor);
            if (parseResult.GetValue(predictionsFolder) is DirectoryInfo predictionsOut)
            {
                for (var i = 0; i < documents.Length; i++)
                {
                    TimeMLWriter.Write(Path.Combine(predictionsOut.FullName, documents[i].Name), documents[i], predictions[i]);
                }
            }

            if (parseResult.GetValue(errors))
            {
                foreach (var error in TimexScorer.Errors(documents, predictions))
                {
                    parseResult.InvocationConfiguration.Output.WriteLine(error);
                }
            }

            var scores = TimexScorer.Score(documents, predictions);
            ScoreRow[] rows =
            [
                new("strict span", "strict", scores.Strict, scores.StrictMatches),
                new("relaxed span", "relaxed", scores.Relaxed, scores.RelaxedMatches),
                new("value", "value", scores.Value, scores.ValueMatches),
                new("type", "type", scores.Type, scores.TypeMatches),
            ];

            Print(parseResult, parseResult.GetValue(json), "documents", scores.Documents,
                $"{path}: {scores.Documents} documents, {scores.GoldTimexes} gold timexes, {scores.SystemTimexes} predicted", rows);
        }));
        return command;
    }

    private static void Print(ParseResult parseResult, bool json, string countName, int count, string header, ScoreRow[] rows)
    {
        var output = parseResult.InvocationConfiguration.Output;
        if (json)
        {
            ScoreReport.WriteJson(output, countName, count, rows);
        }
        else
        {
            ScoreReport.WriteTable(output, header, rows);
        }
    }

    private static int Run(ParseResult parseResult, Action evaluate)
    {
        try
        {
            evaluate();
            return 0;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
