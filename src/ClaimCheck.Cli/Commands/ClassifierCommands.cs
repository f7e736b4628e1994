using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCheck.Classification;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// The classifier commands: <c>train</c> (fit or cross-validate a text classifier on a labelled file),
/// <c>eval classifier</c> (score a saved model) and <c>classify</c> (the built-in claim-type model).
/// </summary>
internal static class ClassifierCommands
{
    public static Command CreateTrain()
    {
        var data = DataOption();
        var textField = TextFieldOption();
        var labelField = LabelFieldOption();
        var outputFile = new Option<FileInfo>("--output", "-o") { Description = "Where to write the trained model." };
        var crossValidate = new Option<int>("--cross-validate") { Description = "Instead of writing a model, run stratified k-fold cross-validation with this many folds and print per-fold and mean macro-F1." };
        var wordNgrams = new Option<string>("--word-ngrams") { Description = "Word n-gram lengths as MIN-MAX, or 0 for none.", DefaultValueFactory = _ => Range(TextClassifierTrainerOptions.DefaultWordNgramMinLength, TextClassifierTrainerOptions.DefaultWordNgramMaxLength) };
        var charNgrams = new Option<string>("--char-ngrams") { Description = "Character n-gram lengths as MIN-MAX, or 0 for none.", DefaultValueFactory = _ => Range(TextClassifierTrainerOptions.DefaultCharNgramMinLength, TextClassifierTrainerOptions.DefaultCharNgramMaxLength) };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the hashed feature space.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultHashBits };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation strength.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultL2Regularization };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation strength.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultL1Regularization };
        var iterations = new Option<int>("--iterations") { Description = "Maximum L-BFGS iterations.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultMaximumNumberOfIterations };
        var tolerance = new Option<float>("--tolerance") { Description = "Convergence tolerance (relative objective improvement).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultConvergenceTolerance };
        var weighting = new Option<ClassWeighting>("--class-weighting") { Description = "None or Balanced.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultClassWeighting };
        var sublinear = new Option<bool>("--sublinear-tf") { Description = "Use 1 + ln(tf) term weights (true/false).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultSublinearTf };
        var idf = new Option<bool>("--idf") { Description = "Scale features by inverse document frequency (true/false).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultUseIdf };
        var minDf = new Option<int>("--min-df") { Description = "Drop features found in fewer training texts than this.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultMinDocumentFrequency };
        var digits = new Option<bool>("--normalize-digits") { Description = "Read every digit as 0 (true/false).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultNormalizeDigits };
        var seed = new Option<int>("--seed") { Description = "Seed for the cross-validation folds.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultSeed };

        var command = new Command("train", "Train a text classifier (hashed word and character n-grams + multinomial logistic regression) on a labelled JSON, JSONL, TSV or CSV file.");
        foreach (var option in new Option[] { data, textField, labelField, outputFile, crossValidate, wordNgrams, charNgrams, hashBits, l2, l1, iterations, tolerance, weighting, sublinear, idf, minDf, digits, seed })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => Run(parseResult, output =>
        {
            var options = new TextClassifierTrainerOptions
            {
                HashBits = parseResult.GetValue(hashBits),
                L2Regularization = parseResult.GetValue(l2),
                L1Regularization = parseResult.GetValue(l1),
                MaximumNumberOfIterations = parseResult.GetValue(iterations),
                ConvergenceTolerance = parseResult.GetValue(tolerance),
                ClassWeighting = parseResult.GetValue(weighting),
                SublinearTf = parseResult.GetValue(sublinear),
                UseIdf = parseResult.GetValue(idf),
                MinDocumentFrequency = parseResult.GetValue(minDf),
                NormalizeDigits = parseResult.GetValue(digits),
                Seed = parseResult.GetValue(seed),
            };
            (options.WordNgramMinLength, options.WordNgramMaxLength) = ParseRange(parseResult.GetValue(wordNgrams)!, "--word-ngrams");
            (options.CharNgramMinLength, options.CharNgramMaxLength) = ParseRange(parseResult.GetValue(charNgrams)!, "--char-ngrams");
            var trainer = new TextClassifierTrainer(options);
            var examples = LabeledTextReader.ReadFile(Required(parseResult.GetValue(data), "--data").FullName, parseResult.GetValue(textField)!, parseResult.GetValue(labelField)!);

            var folds = parseResult.GetValue(crossValidate);
            if (folds != 0)
            {
                if (folds < 2)
                {
                    throw new ArgumentException($"--cross-validate needs 2 or more folds, not {folds}.");
                }

                var started = System.Diagnostics.Stopwatch.StartNew();
                var result = trainer.CrossValidate(examples, folds);
                for (var f = 0; f < result.Folds.Length; f++)
                {
                    var m = result.Folds[f];
                    output.WriteLine(Invariant($"fold {f + 1}: macro-F1 {m.MacroF1:F4}  micro-accuracy {m.MicroAccuracy:F4}  log-loss {m.LogLoss:F4}  ({m.Count} items)"));
                }

                output.WriteLine(Invariant($"mean macro-F1 {result.MeanMacroF1:F4} (sd {result.MacroF1StandardDeviation:F4})  mean micro-accuracy {result.MeanMicroAccuracy:F4}  [{examples.Count} items, {folds} folds, seed {options.Seed}, {started.Elapsed.TotalSeconds:F1} s]"));
                return 0;
            }

            var path = Required(parseResult.GetValue(outputFile), "--output (or --cross-validate)").FullName;
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var model = trainer.Fit(examples);
            var elapsed = stopwatch.Elapsed;
            using (var stream = File.Create(path))
            {
                model.Save(stream);
            }

            output.WriteLine(Invariant($"trained on {examples.Count} items, labels {string.Join(", ", model.Labels)}, in {elapsed.TotalSeconds:F2} s; wrote {path} ({new FileInfo(path).Length:N0} bytes)"));
            return 0;
        }));
        return command;
    }

    public static Command CreateEvalClassifier()
    {
        var model = new Option<FileInfo>("--model", "-m") { Description = "A model written by 'train'." };
        var data = DataOption();
        var textField = TextFieldOption();
        var labelField = LabelFieldOption();
        var json = new Option<bool>("--json") { Description = "Print the metrics as one JSON object." };
        var predictions = new Option<FileInfo>("--predictions") { Description = "Write one JSON line per item: id, gold, predicted, scores." };

        var command = new Command("classifier", "Score a trained text classifier against a labelled file.");
        foreach (var option in new Option[] { model, data, textField, labelField, json, predictions })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => Run(parseResult, output =>
        {
            TextClassifierModel classifier;
            var modelPath = Required(parseResult.GetValue(model), "--model").FullName;
            using (var stream = File.OpenRead(modelPath))
            {
                try
                {
                    classifier = TextClassifierModel.Load(stream);
                }
                catch (InvalidDataException e)
                {
                    throw new InvalidDataException($"{modelPath}: {e.Message}", e);
                }
            }

            var examples = LabeledTextReader.ReadFile(Required(parseResult.GetValue(data), "--data").FullName, parseResult.GetValue(textField)!, parseResult.GetValue(labelField)!);
            var metrics = TextClassifierTrainer.Evaluate(classifier, examples);
            if (parseResult.GetValue(predictions) is { } predictionsFile)
            {
                WritePredictions(classifier, examples, predictionsFile.FullName);
            }

            if (parseResult.GetValue(json))
            {
                output.WriteLine(MetricsJson(metrics));
            }
            else
            {
                WriteMetricsText(output, metrics);
            }

            return 0;
        }));
        return command;
    }

    public static Command CreateClassify()
    {
        var sentence = new Argument<string>("sentence") { Description = "The sentence to classify." };
        var json = new Option<bool>("--json") { Description = "Print the prediction as JSON." };
        var command = new Command("classify", "Classify a sentence's claim type with the built-in model.");
        command.Arguments.Add(sentence);
        command.Options.Add(json);
        command.SetAction(parseResult => Run(parseResult, output =>
        {
            var prediction = ClaimTypeClassifier.Default.Classify(parseResult.GetValue(sentence) ?? string.Empty);
            if (parseResult.GetValue(json))
            {
                var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", prediction.Type.ToString());
                    writer.WriteStartObject("scores");
                    foreach (var type in Enum.GetValues<Claims.ClaimType>())
                    {
                        writer.WriteNumber(type.ToString(), Math.Round(prediction.Score(type), 4));
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                return 0;
            }

            output.WriteLine(Invariant($"{prediction.Type} ({prediction.Score(prediction.Type):P0})"));
            foreach (var type in Enum.GetValues<Claims.ClaimType>())
            {
                output.WriteLine(Invariant($"  {type,-22} {prediction.Score(type):F3}"));
            }

            return 0;
        }));
        return command;
    }

    private static Option<FileInfo> DataOption() => new("--data", "-d") { Description = "Labelled data: a JSON array, JSON lines, TSV or CSV file." };

    private static Option<string> TextFieldOption() => new("--text-field") { Description = "The field holding the text.", DefaultValueFactory = _ => LabeledTextReader.DefaultTextField };

    private static Option<string> LabelFieldOption() => new("--label-field") { Description = "The field holding the label.", DefaultValueFactory = _ => LabeledTextReader.DefaultLabelField };

    private static T Required<T>(T? value, string name)
        where T : class
        => value ?? throw new ArgumentException($"{name} is required.");

    /// <summary>Runs a command body, turning bad input into a one-line error and exit code 1.</summary>
    private static int Run(ParseResult parseResult, Func<TextWriter, int> action)
    {
        try
        {
            return action(parseResult.InvocationConfiguration.Output);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException or UnauthorizedAccessException)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static string Range(int min, int max) => min == max ? Invariant($"{min}") : Invariant($"{min}-{max}");

    private static (int Min, int Max) ParseRange(string text, string option)
    {
        var parts = text.Split('-');
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var max))
        {
            return (min, max);
        }

        throw new ArgumentException($"{option} expects MIN-MAX or a single length (0 for none), not \"{text}\".");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void WritePredictions(TextClassifierModel model, IReadOnlyList<LabeledText> examples, string path)
    {
        using var stream = File.Create(path);
        var probabilities = new float[model.Labels.Length];
        var newline = "\n"u8.ToArray();
        using var writer = new Utf8JsonWriter(stream);
        foreach (var example in examples)
        {
            var best = model.Predict(example.Text, probabilities);
            writer.Reset();
            writer.WriteStartObject();
            writer.WriteString("id", example.Id);
            writer.WriteString("gold", example.Label);
            writer.WriteString("predicted", model.Labels[best]);
            writer.WriteStartObject("scores");
            for (var c = 0; c < probabilities.Length; c++)
            {
                writer.WriteNumber(model.Labels[c], Math.Round(probabilities[c], 6));
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            stream.Write(newline);
        }
    }

    private static string MetricsJson(MulticlassClassificationMetrics metrics)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("items", metrics.Count);
            writer.WriteNumber("microAccuracy", Math.Round(metrics.MicroAccuracy, 6));
            writer.WriteNumber("macroAccuracy", Math.Round(metrics.MacroAccuracy, 6));
            writer.WriteNumber("macroF1", Math.Round(metrics.MacroF1, 6));
            writer.WriteNumber("logLoss", Math.Round(metrics.LogLoss, 6));
            writer.WriteStartObject("perClass");
            foreach (var c in metrics.PerClass)
            {
                writer.WriteStartObject(c.Label);
                writer.WriteNumber("precision", Math.Round(c.Precision, 6));
                writer.WriteNumber("recall", Math.Round(c.Recall, 6));
                writer.WriteNumber("f1", Math.Round(c.F1, 6));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteMetricsText(TextWriter output, MulticlassClassificationMetrics m)
    {
        output.WriteLine(Invariant($"items {m.Count}  micro-accuracy {m.MicroAccuracy:F4}  macro-accuracy {m.MacroAccuracy:F4}  macro-F1 {m.MacroF1:F4}"));
        output.WriteLine(Invariant($"log-loss {m.LogLoss:F4}  log-loss reduction {m.LogLossReduction:F4}"));
        output.WriteLine(Invariant($"{"label",-24} {"precision",9} {"recall",9} {"f1",9} {"support",8}"));
        foreach (var c in m.PerClass)
        {
            output.WriteLine(Invariant($"{c.Label,-24} {c.Precision,9:F4} {c.Recall,9:F4} {c.F1,9:F4} {c.Support,8}"));
        }

        output.WriteLine("confusion matrix (rows gold, columns predicted): " + string.Join(" | ", m.ConfusionMatrix.Select(row => string.Join(' ', row))));
    }
}
