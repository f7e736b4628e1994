using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCheck.Claims;
using ClaimCheck.Classification;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// The classifier commands: <c>train</c> (fit or cross-validate an ML.NET text classifier on labelled data),
/// <c>eval classifier</c> (score a model, or the type ClaimCheck gives, on labelled data or the held-out news slice)
/// and <c>classify</c> (the type ClaimCheck gives one sentence).
/// </summary>
internal static class ClassifierCommands
{
    /// <summary>The override scores whose claim-type accuracy <c>train --cross-validate --claim-types</c> reports.</summary>
    private static readonly float[] OverrideScores = [0f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 2f];

    /// <summary>The rule-type minimum scores (at the default override score) whose claim-type accuracy <c>train --cross-validate --claim-types</c> reports.</summary>
    private static readonly float[] RuleTypeMinimumScores = [0f, 0.1f, 0.2f, 0.3f];

    public static Command CreateTrain()
    {
        var data = new Option<string[]>("--data", "-d") { Description = "Labelled data: a JSON array, JSON Lines, TSV or CSV file, or a folder (every .tsv in it and its subfolders); repeatable." };
        var textField = TextFieldOption();
        var labelField = LabelFieldOption();
        var outputFile = new Option<FileInfo>("--output", "-o") { Description = "Where to write the trained ML.NET model (.zip); the training data's fingerprint goes beside it (NAME.training.json)." };
        var crossValidate = new Option<int>("--cross-validate") { Description = "Instead of writing a model, run k-fold cross-validation (ML.NET CrossValidate) with this many folds and print per-fold and mean macro-F1." };
        var claimTypes = new Option<bool>("--claim-types") { Description = "With --cross-validate on claim-type data: also score the type ClaimCheck gives each sentence (rules, then the out-of-fold model) for several override scores." };
        var trainer = new Option<MaximumEntropyAlgorithm>("--trainer") { Description = "Lbfgs (LbfgsMaximumEntropy) or Sdca (SdcaMaximumEntropy).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultAlgorithm };
        var wordNgrams = new Option<int>("--word-ngrams") { Description = "Word n-grams of lengths 1 to N (0 for none).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultWordNgramLength };
        var charNgrams = new Option<int>("--char-ngrams") { Description = "Character n-grams of length N (0 for none).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultCharNgramLength };
        var allCharLengths = new Option<bool>("--all-char-lengths") { Description = "Character n-grams of every length 1 to N, not only N (true/false).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultAllCharNgramLengths };
        var weighting = new Option<NgramWeighting>("--weighting") { Description = "N-gram weights: Tf, Idf or TfIdf.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultWeighting };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation strength (for Sdca, 0 lets ML.NET choose).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultL2Regularization };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation strength.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultL1Regularization };
        var iterations = new Option<int>("--iterations") { Description = "Maximum optimiser iterations.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultMaximumNumberOfIterations };
        var classWeighting = new Option<ClassWeighting>("--class-weighting") { Description = "None or Balanced.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultClassWeighting };
        var sourceWeight = new Option<float>("--source-weight") { Description = "How much a text with a source (a real news sentence) weighs against one without (written sentences, ClaimBuster).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultSourceWeight };
        var foldText = new Option<bool>("--fold-text") { Description = "Replace every digit with 0 and typographic quotes with ASCII ones before featurising (true or false), so figures generalise across values.", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultFoldText };
        var cueFeatures = new Option<bool>("--cue-features") { Description = "Add the claim-type cue features (cue-word classes of Lexicons/en/claim-type-cues.tsv, reporting verbs, dates, the text's shape) beside the n-grams (true or false).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultCueFeatures };
        var predictionsFile = new Option<FileInfo>("--predictions") { Description = "With --cross-validate: write each item's out-of-fold prediction as one JSON line (id, source, fold, gold, predicted, the model's scores; with --claim-types also the rules' type)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the MLContext (SDCA's order, the cross-validation folds).", DefaultValueFactory = _ => TextClassifierTrainerOptions.DefaultSeed };

        var command = new Command(
            "train",
            "Train an ML.NET text classifier (FeaturizeText + maximum entropy) on labelled data. Items whose 'source' is in the held-out news slice are never trained on.");
        foreach (var option in new Option[] { data, textField, labelField, outputFile, crossValidate, claimTypes, trainer, wordNgrams, charNgrams, allCharLengths, weighting, l2, l1, iterations, classWeighting, sourceWeight, foldText, cueFeatures, seed, predictionsFile })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => Run(parseResult, output =>
        {
            var options = new TextClassifierTrainerOptions
            {
                Algorithm = parseResult.GetValue(trainer),
                WordNgramLength = parseResult.GetValue(wordNgrams),
                CharNgramLength = parseResult.GetValue(charNgrams),
                AllCharNgramLengths = parseResult.GetValue(allCharLengths),
                Weighting = parseResult.GetValue(weighting),
                L2Regularization = parseResult.GetValue(l2),
                L1Regularization = parseResult.GetValue(l1),
                MaximumNumberOfIterations = parseResult.GetValue(iterations),
                ClassWeighting = parseResult.GetValue(classWeighting),
                SourceWeight = parseResult.GetValue(sourceWeight),
                FoldText = parseResult.GetValue(foldText),
                CueFeatures = parseResult.GetValue(cueFeatures),
                Seed = parseResult.GetValue(seed),
            };
            var textClassifierTrainer = new TextClassifierTrainer(options);
            var paths = parseResult.GetValue(data) ?? [];
            if (paths.Length == 0)
            {
                throw new ArgumentException("--data is required.");
            }

            var all = paths.SelectMany(p => LabeledTextReader.ReadPath(p, parseResult.GetValue(textField)!, parseResult.GetValue(labelField)!)).ToList();
            var (examples, heldOut) = HeldOutSlice.Split(all);
            var excluded = heldOut.Count == 0 ? string.Empty
                : Invariant($"; {heldOut.Count} held-out items from {heldOut.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count()} sources left out");

            var folds = parseResult.GetValue(crossValidate);
            if (folds != 0)
            {
                if (folds < 2)
                {
                    throw new ArgumentException($"--cross-validate needs 2 or more folds, not {folds}.");
                }

                var started = System.Diagnostics.Stopwatch.StartNew();
                var result = textClassifierTrainer.CrossValidate(examples, folds);
                for (var f = 0; f < result.Folds.Length; f++)
                {
                    var m = result.Folds[f];
                    output.WriteLine(Invariant($"fold {f + 1}: macro-F1 {m.MacroF1:F4}  micro-accuracy {m.MicroAccuracy:F4}  log-loss {m.LogLoss:F4}  ({m.Count} items)"));
                }

                output.WriteLine(Invariant($"mean macro-F1 {result.MeanMacroF1:F4} (sd {result.MacroF1StandardDeviation:F4})  mean micro-accuracy {result.MeanMicroAccuracy:F4}  [{examples.Count} items{excluded}, {folds} folds, seed {options.Seed}, {started.Elapsed.TotalSeconds:F1} s]"));
                WriteSourcedFigures(output, result);
                var ruleTypes = parseResult.GetValue(claimTypes) ? WriteClaimTypeSweep(output, result) : null;
                if (parseResult.GetValue(predictionsFile) is { } file)
                {
                    WriteFoldPredictions(result, ruleTypes, file.FullName);
                }

                return 0;
            }

            var path = Required(parseResult.GetValue(outputFile), "--output (or --cross-validate)").FullName;
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var model = textClassifierTrainer.Fit(examples);
            var elapsed = stopwatch.Elapsed;
            using (var stream = File.Create(path))
            {
                model.Save(stream);
            }

            var fingerprintPath = FingerprintPath(path);
            File.WriteAllText(fingerprintPath, FingerprintJson(examples, model.Labels, options));
            output.WriteLine(Invariant($"trained on {examples.Count} items{excluded}, labels {string.Join(", ", model.Labels)}, in {elapsed.TotalSeconds:F2} s; wrote {path} ({new FileInfo(path).Length:N0} bytes) and {Path.GetFileName(fingerprintPath)}"));
            return 0;
        }));
        return command;
    }

    public static Command CreateEvalClassifier()
    {
        var model = new Option<FileInfo>("--model", "-m") { Description = "An ML.NET model (.zip); default: ClaimCheck's built-in claim-type model." };
        var data = new Option<string>("--data", "-d") { Description = "Labelled data to score on: a JSON array, JSON Lines, TSV or CSV file, or a folder of .tsv files." };
        var heldOut = new Option<string>("--held-out") { Description = "Score on the held-out news slice of this file or folder of .tsv files (items whose 'source' the slice holds; never trained on)." };
        var textField = TextFieldOption();
        var labelField = LabelFieldOption();
        var claimTypes = new Option<bool>("--claim-types") { Description = "Score the type ClaimCheck gives each sentence, as 'classify' prints it (rules, then the model), not the model's own label." };
        var overrideScore = OverrideScoreOption();
        var ruleMinimumScore = RuleMinimumScoreOption();
        var json = new Option<bool>("--json") { Description = "Print the metrics as one JSON object." };
        var predictions = new Option<FileInfo>("--predictions") { Description = "Write one JSON line per item: id, source, gold, predicted, the model's scores." };

        var command = new Command("classifier", "Score a text classifier, or the claim types ClaimCheck gives, against labelled data or the held-out news slice.");
        foreach (var option in new Option[] { model, data, heldOut, textField, labelField, claimTypes, overrideScore, ruleMinimumScore, json, predictions })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => Run(parseResult, output =>
        {
            var classifier = parseResult.GetValue(model) is { } file ? TextClassifierModel.Load(file.FullName) : ClaimTypeClassifier.Default.Model;
            var (dataPath, heldOutPath) = (parseResult.GetValue(data), parseResult.GetValue(heldOut));
            if ((dataPath is null) == (heldOutPath is null))
            {
                throw new ArgumentException("Give one of --data or --held-out.");
            }

            var examples = LabeledTextReader.ReadPath((dataPath ?? heldOutPath)!, parseResult.GetValue(textField)!, parseResult.GetValue(labelField)!);
            if (heldOutPath is not null)
            {
                examples = HeldOutSlice.Split(examples).HeldOut;
                if (examples.Count == 0)
                {
                    throw new InvalidDataException($"{heldOutPath}: no item's source is in the held-out slice (items need a 'source' field).");
                }
            }

            MulticlassClassificationMetrics metrics;
            IReadOnlyList<string> predicted;
            var scored = classifier.PredictBatch(examples.Select(e => e.Text));
            if (parseResult.GetValue(claimTypes))
            {
                var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = parseResult.GetValue(overrideScore), RuleTypeMinimumScore = parseResult.GetValue(ruleMinimumScore) });
                var typer = new ClaimTypeClassifier(RequireClaimTypes(classifier, parseResult.GetValue(model)?.FullName));
                var pipeline = new ClaimPipelineBuilder().UseClaimTypeClassifier(typer).Build();
                predicted = [.. examples.Select(e => policy.TypeSentence(e.Text, pipeline).Type.ToString())];
                var labels = Enum.GetNames<ClaimType>().ToImmutableArray();
                metrics = MulticlassClassificationMetrics.FromPredictions(labels, Indices(labels, examples.Select(e => e.Label)), Indices(labels, predicted));
            }
            else
            {
                predicted = [.. scored.Select(p => p.Label)];
                metrics = TextClassifierTrainer.Evaluate(classifier, examples);
            }

            if (parseResult.GetValue(predictions) is { } predictionsFile)
            {
                WritePredictions(classifier.Labels, examples, predicted, scored, predictionsFile.FullName);
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
        var model = new Option<FileInfo>("--model", "-m") { Description = "An ML.NET model (.zip) to use instead of the built-in one; with labels other than claim types, its own label is printed." };
        var overrideScore = OverrideScoreOption();
        var ruleMinimumScore = RuleMinimumScoreOption();
        var json = new Option<bool>("--json") { Description = "Print the type and scores as JSON." };
        var command = new Command("classify", "Print the claim type ClaimCheck gives a sentence (its rules for amounts and predictions, then the model), with the model's scores beneath.");
        command.Arguments.Add(sentence);
        command.Options.Add(model);
        command.Options.Add(overrideScore);
        command.Options.Add(ruleMinimumScore);
        command.Options.Add(json);
        command.SetAction(parseResult => Run(parseResult, output =>
        {
            var text = parseResult.GetValue(sentence) ?? string.Empty;
            var loaded = parseResult.GetValue(model) is { } file ? TextClassifierModel.Load(file.FullName) : null;
            string type;
            TextClassification scores;
            if (loaded is null || ClaimTypeClassifier.HasClaimTypeLabels(loaded))
            {
                var classifier = loaded is null ? ClaimTypeClassifier.Default : new ClaimTypeClassifier(loaded);
                var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = parseResult.GetValue(overrideScore), RuleTypeMinimumScore = parseResult.GetValue(ruleMinimumScore) });
                type = policy.TypeSentence(text, new ClaimPipelineBuilder().UseClaimTypeClassifier(classifier).Build()).Type.ToString();
                scores = classifier.Model.Predict(text);
            }
            else
            {
                scores = loaded.Predict(text);
                type = scores.Label;
            }

            var labels = (loaded ?? ClaimTypeClassifier.Default.Model).Labels;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(Json(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", type);
                    writer.WriteString("modelType", scores.Label);
                    writer.WriteStartObject("scores");
                    for (var c = 0; c < labels.Length; c++)
                    {
                        writer.WriteNumber(labels[c], Math.Round(scores.Probabilities[c], 4));
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }));
                return 0;
            }

            output.WriteLine(type);
            output.WriteLine(Invariant($"model: {scores.Label} ({scores.Score:P0})"));
            foreach (var c in Enumerable.Range(0, labels.Length).OrderByDescending(c => scores.Probabilities[c]))
            {
                output.WriteLine(Invariant($"  {labels[c],-22} {scores.Probabilities[c]:F3}"));
            }

            return 0;
        }));
        return command;
    }

    private static Option<string> TextFieldOption() => new("--text-field") { Description = "The field holding the text.", DefaultValueFactory = _ => LabeledTextReader.DefaultTextField };

    private static Option<string> LabelFieldOption() => new("--label-field") { Description = "The field holding the label.", DefaultValueFactory = _ => LabeledTextReader.DefaultLabelField };

    private static Option<float> OverrideScoreOption() => new("--override-score")
    {
        Description = "The model's score from which its type replaces the type ClaimCheck's rules give (above 1: the rules always decide).",
        DefaultValueFactory = _ => ClaimTypePolicyOptions.DefaultModelOverrideScore,
    };

    private static Option<float> RuleMinimumScoreOption() => new("--rule-minimum-score")
    {
        Description = "The model's score for the rules' type below which the model's type is taken even under --override-score (0: the rules' type always stands there).",
        DefaultValueFactory = _ => ClaimTypePolicyOptions.DefaultRuleTypeMinimumScore,
    };

    private static T Required<T>(T? value, string name)
        where T : class
        => value ?? throw new ArgumentException($"{name} is required.");

    private static TextClassifierModel RequireClaimTypes(TextClassifierModel model, string? path) =>
        ClaimTypeClassifier.HasClaimTypeLabels(model)
            ? model
            : throw new ArgumentException($"{path ?? "the model"}: --claim-types needs a model whose labels are claim types, not {string.Join(", ", model.Labels)}.");

    /// <summary>The path of the training-data fingerprint written beside a model: <c>NAME.training.json</c>.</summary>
    internal static string FingerprintPath(string modelPath) => Path.ChangeExtension(modelPath, ".training.json");

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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static int[] Indices(ImmutableArray<string> labels, IEnumerable<string> values) =>
        [.. values.Select(v => labels.IndexOf(v) is var i and >= 0 ? i : throw new ArgumentException($"\"{v}\" is not one of the labels {string.Join(", ", labels)}."))];

    /// <summary>For each override score and each rule-type minimum score, the macro-F1 and accuracy of the type ClaimCheck gives each sentence with the out-of-fold model.</summary>
    /// <returns>The rules' type of each item (<see langword="null"/> where the rules find no claim).</returns>
    private static List<ClaimType?> WriteClaimTypeSweep(TextWriter output, CrossValidationResult result)
    {
        var labels = Enum.GetNames<ClaimType>().ToImmutableArray();
        if (result.Folds[0].Labels.Any(l => !labels.Contains(l)))
        {
            throw new ArgumentException($"--claim-types needs claim-type labels, not {string.Join(", ", result.Folds[0].Labels)}.");
        }

        var pipeline = new ClaimPipelineBuilder().UseClaimTypeClassifier(new UnusedClassifier()).Build();
        var ruleTypes = result.Predictions.Select(p => p.Example.Text.Length == 0 ? null : ClaimTypePolicy.RuleType(pipeline.Extract(new Documents.Document("sentence", p.Example.Text)))).ToList();
        var foldLabels = result.Folds[0].Labels;
        var predictions = result.Predictions.Select(p => new ClaimTypePrediction(
            Enum.Parse<ClaimType>(p.Prediction.Label),
            [.. labels.Select(l => foldLabels.IndexOf(l) is var i and >= 0 ? p.Prediction.Probabilities[i] : 0f)])).ToList();
        var gold = Indices(labels, result.Predictions.Select(p => p.Example.Label));
        var sourced = Enumerable.Range(0, result.Predictions.Length).Where(i => result.Predictions[i].Example.Source is not null).ToArray();
        output.WriteLine(Invariant($"type ClaimCheck gives (rules, then the out-of-fold model); {ruleTypes.Count(t => t is not null)} of {ruleTypes.Count} sentences have a claim the rules type:"));
        foreach (var score in OverrideScores)
        {
            var name = score > 1 ? "rules always" : Invariant($"{score:F1}");
            var isDefault = score == ClaimTypePolicyOptions.DefaultModelOverrideScore;
            output.WriteLine(Invariant($"  override score {name,-12} {Figures(new ClaimTypePolicyOptions { ModelOverrideScore = score })}{(isDefault ? "  (default)" : string.Empty)}"));
        }

        foreach (var minimum in RuleTypeMinimumScores)
        {
            var isDefault = minimum == ClaimTypePolicyOptions.DefaultRuleTypeMinimumScore;
            output.WriteLine(Invariant($"  rule minimum   {minimum,-12:F1} {Figures(new ClaimTypePolicyOptions { RuleTypeMinimumScore = minimum })}{(isDefault ? "  (default)" : string.Empty)}"));
        }

        return ruleTypes;

        string Figures(ClaimTypePolicyOptions options)
        {
            var policy = new ClaimTypePolicy(options);
            var predicted = predictions.Select((p, i) => (int)policy.Decide(ruleTypes[i], p, result.Predictions[i].Example.Text)).ToArray();
            var m = MulticlassClassificationMetrics.FromPredictions(labels, gold, predicted);
            var news = string.Empty;
            if (sourced.Length > 0)
            {
                var n = MulticlassClassificationMetrics.FromPredictions(labels, [.. sourced.Select(i => gold[i])], [.. sourced.Select(i => predicted[i])]);
                news = Invariant($"  | with a source: macro-F1 {n.MacroF1:F4}  accuracy {n.MicroAccuracy:F4}");
            }

            return Invariant($"macro-F1 {m.MacroF1:F4}  accuracy {m.MicroAccuracy:F4}{news}");
        }
    }

    /// <summary>The out-of-fold metrics of the items that have a source (real news sentences), when there are any besides others.</summary>
    private static void WriteSourcedFigures(TextWriter output, CrossValidationResult result)
    {
        var sourced = result.Predictions.Where(p => p.Example.Source is not null).ToList();
        if (sourced.Count == 0 || sourced.Count == result.Predictions.Length)
        {
            return;
        }

        var labels = result.Folds[0].Labels;
        var gold = Indices(labels, sourced.Select(p => p.Example.Label));
        var predicted = Indices(labels, sourced.Select(p => p.Prediction.Label));
        var m = MulticlassClassificationMetrics.FromPredictions(labels, gold, predicted);
        output.WriteLine(Invariant($"items with a source ({sourced.Count}, out of fold): macro-F1 {m.MacroF1:F4}  accuracy {m.MicroAccuracy:F4}"));
        output.WriteLine("  confusion (rows gold, columns predicted; " + string.Join(", ", labels) + "): " + string.Join(" | ", m.ConfusionMatrix.Select(row => string.Join(' ', row))));
    }

    private static void WriteFoldPredictions(CrossValidationResult result, List<ClaimType?>? ruleTypes, string path)
    {
        using var stream = File.Create(path);
        var newline = "\n"u8.ToArray();
        using var writer = new Utf8JsonWriter(stream);
        var labels = result.Folds[0].Labels;
        for (var i = 0; i < result.Predictions.Length; i++)
        {
            var p = result.Predictions[i];
            writer.Reset();
            writer.WriteStartObject();
            writer.WriteString("id", p.Example.Id);
            if (p.Example.Source is { } source)
            {
                writer.WriteString("source", source);
            }

            writer.WriteNumber("fold", p.Fold);
            writer.WriteString("text", p.Example.Text);
            writer.WriteString("gold", p.Example.Label);
            writer.WriteString("predicted", p.Prediction.Label);
            if (ruleTypes is not null)
            {
                writer.WriteString("rules", ruleTypes[i]?.ToString());
            }

            writer.WriteStartObject("scores");
            for (var c = 0; c < labels.Length; c++)
            {
                writer.WriteNumber(labels[c], Math.Round(p.Prediction.Probabilities[c], 6));
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            stream.Write(newline);
        }
    }

    private static string FingerprintJson(IReadOnlyList<LabeledText> examples, ImmutableArray<string> labels, TextClassifierTrainerOptions options) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("trainingDataSha256", TrainingDataFingerprint.Compute(examples));
        writer.WriteNumber("examples", examples.Count);
        writer.WriteStartArray("labels");
        foreach (var label in labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("options");
        writer.WriteString("trainer", options.Algorithm.ToString());
        writer.WriteNumber("wordNgrams", options.WordNgramLength);
        writer.WriteNumber("charNgrams", options.CharNgramLength);
        writer.WriteBoolean("allCharLengths", options.AllCharNgramLengths);
        writer.WriteString("weighting", options.Weighting.ToString());
        writer.WriteNumber("l2", options.L2Regularization);
        writer.WriteNumber("l1", options.L1Regularization);
        writer.WriteNumber("iterations", options.MaximumNumberOfIterations);
        writer.WriteString("classWeighting", options.ClassWeighting.ToString());
        writer.WriteNumber("sourceWeight", options.SourceWeight);
        writer.WriteBoolean("foldText", options.FoldText);
        writer.WriteBoolean("cueFeatures", options.CueFeatures);
        writer.WriteNumber("seed", options.Seed);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }, indented: true);

    private static string Json(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePredictions(ImmutableArray<string> labels, IReadOnlyList<LabeledText> examples, IReadOnlyList<string> predicted, ImmutableArray<TextClassification> scored, string path)
    {
        using var stream = File.Create(path);
        var newline = "\n"u8.ToArray();
        using var writer = new Utf8JsonWriter(stream);
        for (var i = 0; i < examples.Count; i++)
        {
            writer.Reset();
            writer.WriteStartObject();
            writer.WriteString("id", examples[i].Id);
            if (examples[i].Source is { } source)
            {
                writer.WriteString("source", source);
            }

            writer.WriteString("gold", examples[i].Label);
            writer.WriteString("predicted", predicted[i]);
            writer.WriteStartObject("scores");
            for (var c = 0; c < labels.Length; c++)
            {
                writer.WriteNumber(labels[c], Math.Round(scored[i].Probabilities[c], 6));
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            stream.Write(newline);
        }
    }

    private static string MetricsJson(MulticlassClassificationMetrics metrics) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("items", metrics.Count);
        writer.WriteNumber("microAccuracy", Math.Round(metrics.MicroAccuracy, 6));
        writer.WriteNumber("macroAccuracy", Math.Round(metrics.MacroAccuracy, 6));
        writer.WriteNumber("macroF1", Math.Round(metrics.MacroF1, 6));
        if (double.IsNaN(metrics.LogLoss))
        {
            writer.WriteNull("logLoss");
        }
        else
        {
            writer.WriteNumber("logLoss", Math.Round(metrics.LogLoss, 6));
        }

        writer.WriteStartObject("perClass");
        foreach (var c in metrics.PerClass)
        {
            writer.WriteStartObject(c.Label);
            writer.WriteNumber("precision", Math.Round(c.Precision, 6));
            writer.WriteNumber("recall", Math.Round(c.Recall, 6));
            writer.WriteNumber("f1", Math.Round(c.F1, 6));
            writer.WriteNumber("support", c.Support);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static void WriteMetricsText(TextWriter output, MulticlassClassificationMetrics m)
    {
        output.WriteLine(Invariant($"items {m.Count}  micro-accuracy {m.MicroAccuracy:F4}  macro-accuracy {m.MacroAccuracy:F4}  macro-F1 {m.MacroF1:F4}"));
        if (!double.IsNaN(m.LogLoss))
        {
            output.WriteLine(Invariant($"log-loss {m.LogLoss:F4}  log-loss reduction {m.LogLossReduction:F4}"));
        }

        output.WriteLine(Invariant($"{"label",-24} {"precision",9} {"recall",9} {"f1",9} {"support",8}"));
        foreach (var c in m.PerClass)
        {
            output.WriteLine(Invariant($"{c.Label,-24} {c.Precision,9:F4} {c.Recall,9:F4} {c.F1,9:F4} {c.Support,8}"));
        }

        output.WriteLine("confusion matrix (rows gold, columns predicted): " + string.Join(" | ", m.ConfusionMatrix.Select(row => string.Join(' ', row))));
    }

    /// <summary>Stands in for the classifier where only the rules' reading of a sentence is wanted (the claims' amounts and modality).</summary>
    private sealed class UnusedClassifier : IClaimTypeClassifier
    {
        private static readonly ClaimTypePrediction Nothing = new(ClaimType.NotAClaim, [.. Enum.GetValues<ClaimType>().Select(t => t == ClaimType.NotAClaim ? 1f : 0f)]);

        public ClaimTypePrediction Classify(string sentence) => Nothing;
    }
}
