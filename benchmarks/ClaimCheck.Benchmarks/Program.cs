using System.Diagnostics;
using BenchmarkDotNet.Running;
using ClaimCheck;
using ClaimCheck.Benchmarks;
using ClaimCheck.Reporting;
using ClaimCheck.Store;

// "stream-jsonl SIZE_MB" measures one long streaming run (too long for BenchmarkDotNet's repetitions) and prints the
// peak working set; everything else goes to BenchmarkDotNet.
if (args.Length == 2 && args[0] == "stream-jsonl" && int.TryParse(args[1], out var megabytes))
{
    var path = Path.Combine(Path.GetTempPath(), $"claimcheck-stream-{megabytes}.jsonl");
    JsonLinesStream.Write(path, megabytes * 1_000_000L);
    var watch = Stopwatch.StartNew();
    long claims = 0;
    long peakManaged = 0;
    await foreach (var claim in ClaimChecker.DefaultPipeline.ExtractAsync(JsonLinesStream.Read(path)))
    {
        if (++claims % 100_000 == 0)
        {
            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));
        }
    }

    var size = new FileInfo(path).Length;
    File.Delete(path);
    using var process = Process.GetCurrentProcess();
    Console.WriteLine($"{size / 1e6:N0} MB of JSON Lines, {claims:N0} claims in {watch.Elapsed.TotalSeconds:N0} s " +
        $"({size / 1e6 / watch.Elapsed.TotalSeconds:N1} MB/s); peak working set {process.PeakWorkingSet64 / 1e6:N0} MB, " +
        $"largest managed heap seen {peakManaged / 1e6:N0} MB");
    return;
}

// "news-batch PATH [MB]" writes the JSON Lines batch of news articles (NewsBatch: the story sets, the seed articles and the
// TBAQ articles, repeated under new ids) with at least MB million characters of text (default 10) for timing `claimcheck check`.
if (args.Length is 2 or 3 && args[0] == "news-batch" && (args.Length == 2 || int.TryParse(args[2], out _)))
{
    var (written, characters) = NewsBatch.Write(args[1], (args.Length == 3 ? int.Parse(args[2]) : 10) * 1_000_000L);
    Console.WriteLine($"{args[1]}: {written:N0} documents, {characters:N0} characters of text, {new FileInfo(args[1]).Length:N0} bytes");
    return;
}

// "check-stages PATH" times the stages of `claimcheck check PATH --format json` one after the other in one process (a JSON Lines
// file, such as the news batch above): reading, building the pipeline and loading the classifier's model, annotating, extracting
// (annotating again, then the claim rules and the classifier), extracting with a fixed stand-in classifier, comparing and writing
// the JSON report. Each stage is given in CPU time of the process and wall-clock time; run under `taskset -c 0` for one core.
if (args.Length == 2 && args[0] == "check-stages")
{
    using var self = Process.GetCurrentProcess();
    var (cpu, watch) = (self.TotalProcessorTime, Stopwatch.StartNew());
    void Stage(string name)
    {
        self.Refresh();
        Console.WriteLine($"{name,-52} {(self.TotalProcessorTime - cpu).TotalSeconds,6:N2} s CPU {watch.Elapsed.TotalSeconds,6:N2} s wall");
        (cpu, watch) = (self.TotalProcessorTime, Stopwatch.StartNew());
    }

    var batch = NewsBatch.Read(args[1]);
    Stage($"read {batch.Count:N0} documents");
    var pipeline = new ClaimPipelineBuilder().Build();
    pipeline.ClaimTypeClassifier.Classify("Officials said 12 people died.");
    Stage("build the pipeline, load the model");
    foreach (var document in batch)
    {
        pipeline.Annotate(document);
    }

    Stage("annotate (first pass: JIT included)");
    foreach (var document in batch)
    {
        pipeline.Annotate(document);
    }

    Stage("annotate");
    var claims = batch.Sum(document => pipeline.Extract(document).Length);
    Stage($"annotate and extract {claims:N0} claims");
    var fixedType = new ClaimPipelineBuilder().UseClaimTypeClassifier(new FixedClassifier()).Build();
    claims = batch.Sum(document => fixedType.Extract(document).Length);
    Stage("the same with a fixed classifier");
    var report = pipeline.Check(batch);
    Stage($"check ({report.Findings.Length:N0} findings)");
    pipeline.Comparer.Analyze(report.Claims, report.Documents);
    Stage("compare alone");
    JsonReportWriter.Write(report, Stream.Null);
    Stage("write the JSON report (first time: JIT included)");
    JsonReportWriter.Write(report, Stream.Null);
    Stage("write the JSON report");
    return;
}

// "classify-stages PATH" collects the sentences the claim typing asks the classifier about while extracting the claims of a JSON
// Lines file, then times, warm and one after the other, the built-in model's prediction of all of them and the parts of its chain
// alone (the text folding, the cue features, the whole chain through TextClassifierModel.Predict), then, given a MODEL file (such as
// one `claimcheck train` wrote with other featuriser options), that model's prediction of the same sentences. Run under `taskset -c 0`.
if (args.Length is 2 or 3 && args[0] == "classify-stages")
{
    using var self = Process.GetCurrentProcess();
    var (cpu, watch) = (self.TotalProcessorTime, Stopwatch.StartNew());
    void Stage(string name)
    {
        self.Refresh();
        Console.WriteLine($"{name,-60} {(self.TotalProcessorTime - cpu).TotalSeconds,6:N2} s CPU {watch.Elapsed.TotalSeconds,6:N2} s wall");
        (cpu, watch) = (self.TotalProcessorTime, Stopwatch.StartNew());
    }

    var batch = NewsBatch.Read(args[1]);
    var recorder = new RecordingClassifier(ClaimCheck.Classification.ClaimTypeClassifier.Default);
    var pipeline = new ClaimPipelineBuilder().UseClaimTypeClassifier(recorder).Build();
    var claims = batch.Sum(document => pipeline.Extract(document).Length);
    var sentences = recorder.Sentences.ToArray();
    Stage($"extract {claims:N0} claims, {sentences.Length:N0} sentences classified ({sentences.Distinct().Count():N0} distinct)");
    foreach (var round in new[] { "first", "second" })
    {
        var model = ClaimCheck.Classification.ClaimTypeClassifier.Default;
        var sum = 0;
        foreach (var sentence in sentences)
        {
            sum += (int)model.Classify(sentence).Type;
        }

        Stage($"classify them ({round} time), checksum {sum}");
    }

    var folded = 0;
    foreach (var sentence in sentences)
    {
        folded += ClaimCheck.Classification.TextFolding.Fold(sentence).Length;
    }

    Stage("fold their text alone");
    var features = new float[ClaimCheck.Classification.ClaimTypeCues.FeatureCount];
    foreach (var sentence in sentences)
    {
        ClaimCheck.Classification.ClaimTypeCues.Compute(sentence, features);
    }

    Stage("their cue features alone");
    var scores = new float[8];
    foreach (var sentence in sentences)
    {
        ClaimCheck.Classification.ClaimTypeClassifier.Default.Model.Predict(sentence, scores);
    }

    Stage("TextClassifierModel.Predict alone");
    if (args.Length == 3)
    {
        var other = ClaimCheck.Classification.TextClassifierModel.Load(args[2]);
        Stage($"load {Path.GetFileName(args[2])}");
        foreach (var round in new[] { "first", "second" })
        {
            foreach (var sentence in sentences)
            {
                other.Predict(sentence, scores);
            }

            Stage($"{Path.GetFileName(args[2])}: Predict ({round} time)");
        }
    }

    claims = batch.Sum(document => pipeline.Extract(document).Length);
    Stage("extract again, the model asked (warm)");
    var answers = new Dictionary<string, ClaimCheck.Classification.ClaimTypePrediction>(StringComparer.Ordinal);
    foreach (var sentence in sentences)
    {
        answers[sentence] = ClaimCheck.Classification.ClaimTypeClassifier.Default.Classify(sentence);
    }

    var replay = new ClaimPipelineBuilder().UseClaimTypeClassifier(new ReplayClassifier(answers)).Build();
    Stage("(record the model's answers)");
    claims = batch.Sum(document => replay.Extract(document).Length);
    Stage("extract again, the model's answers replayed");
    claims = batch.Sum(document => pipeline.Extract(document).Length);
    Stage("extract again, the model asked");
    claims = batch.Sum(document => replay.Extract(document).Length);
    Stage("extract again, the model's answers replayed");
    return;
}

// "compare N" compares N generated claims once (the ComparisonBenchmarks mix) and prints time and peak working set.
if (args.Length == 2 && args[0] == "compare" && int.TryParse(args[1], out var count))
{
    var benchmark = new ComparisonBenchmarks { Claims = count };
    benchmark.Setup();
    using var before = Process.GetCurrentProcess();
    var setupPeak = before.PeakWorkingSet64;
    var watch = Stopwatch.StartNew();
    var findings = benchmark.Compare();
    watch.Stop();
    using var after = Process.GetCurrentProcess();
    Console.WriteLine($"{count:N0} claims compared in {watch.Elapsed.TotalSeconds:N2} s, {findings:N0} findings; peak working set " +
        $"{after.PeakWorkingSet64 / 1e6:N0} MB (after generating the claims: {setupPeak / 1e6:N0} MB)");
    return;
}

// "writers N" writes the report of N generated documents (the ReportWriterBenchmarks mix) in every format, three times
// each, and prints the fastest wall-clock and CPU time per format: on a machine shared with other work the CPU time is the
// steadier of the two.
if (args.Length == 2 && args[0] == "writers" && int.TryParse(args[1], out var writerDocuments))
{
    var report = ClaimChecker.Check(ReportWriterBenchmarks.Generate(writerDocuments));
    Console.WriteLine($"{writerDocuments:N0} documents, {report.Claims.Length:N0} claims, {report.Findings.Length:N0} findings");
    foreach (var format in Enum.GetValues<ClaimCheck.Reporting.ReportFormat>())
    {
        var (wall, cpu, length) = (double.MaxValue, double.MaxValue, 0);
        for (var run = 0; run < 3; run++)
        {
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            length = ClaimCheck.Reporting.ReportWriter.Write(report, format).Length;
            watch.Stop();
            process.Refresh();
            wall = Math.Min(wall, watch.Elapsed.TotalSeconds);
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        Console.WriteLine($"{format,-12} {wall,6:N2} s wall  {cpu,6:N2} s CPU  {length / 1e6,7:N1} M characters");
    }
    return;
}

// "store-ingest N check|store [D] [ahead]" ingests N generated articles (StoreCorpus) once, without a store (ClaimPipeline.Check) or
// into a new SQLite store (CheckBatchesAsync, D documents per transaction, 100 by default; ExtractAhead only with "ahead", so that runs
// without it measure each batch extracted in turn whatever the machine), and prints the time and peak working set: run
// each under /usr/bin/time -v.
if (args.Length is >= 3 and <= 5 && args[0] == "store-ingest" && int.TryParse(args[1], out var articles) && args[2] is "check" or "store")
{
    var perTransaction = args.Length >= 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : ClaimStoreOptions.DefaultDocumentsPerTransaction;
    var documents = StoreCorpus.Articles(articles);
    var characters = documents.Sum(d => (long)d.Text.Length);
    var watch = Stopwatch.StartNew();
    string outcome;
    if (args[2] == "check")
    {
        var report = ClaimChecker.DefaultPipeline.Check(documents);
        outcome = $"{report.Claims.Length:N0} claims, {report.Findings.Length:N0} findings";
    }
    else
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimcheck-store-ingest-{articles}.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        await using var store = await ClaimStore.OpenSqliteAsync(path, new ClaimStoreOptions { DocumentsPerTransaction = perTransaction, ExtractAhead = args.Length == 5 && args[4] == "ahead" });
        long findings = 0;
        await foreach (var batch in store.CheckBatchesAsync(documents, ClaimChecker.DefaultPipeline))
        {
            findings += batch.Findings.Length;
        }

        var statistics = await store.GetStatisticsAsync();
        outcome = $"{statistics.Claims:N0} claims, {statistics.Findings:N0} findings in the store ({new FileInfo(path).Length / 1e6:N0} MB), {findings:N0} new or changed on the way";
    }

    watch.Stop();
    using var self = Process.GetCurrentProcess();
    Console.WriteLine($"{args[2]}: {articles:N0} articles ({characters / 1e6:N1} M characters) in {watch.Elapsed.TotalSeconds:N1} s " +
        $"({articles / watch.Elapsed.TotalSeconds:N0} articles/s); {outcome}; peak working set {self.PeakWorkingSet64 / 1e6:N0} MB");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);

/// <summary>Types every sentence a quantity: a stand-in that shows what extraction costs without the model.</summary>
internal sealed class FixedClassifier : ClaimCheck.Classification.IClaimTypeClassifier
{
    private static readonly ClaimCheck.Classification.ClaimTypePrediction Quantity =
        new(ClaimCheck.Claims.ClaimType.Quantity, [.. Enum.GetValues<ClaimCheck.Claims.ClaimType>().Select(type => type == ClaimCheck.Claims.ClaimType.Quantity ? 1f : 0f)]);

    public ClaimCheck.Classification.ClaimTypePrediction Classify(string sentence) => Quantity;
}

/// <summary>Passes each sentence to a classifier and keeps it, in order.</summary>
internal sealed class RecordingClassifier(ClaimCheck.Classification.IClaimTypeClassifier inner) : ClaimCheck.Classification.IClaimTypeClassifier
{
    public List<string> Sentences { get; } = [];

    public ClaimCheck.Classification.ClaimTypePrediction Classify(string sentence)
    {
        Sentences.Add(sentence);
        return inner.Classify(sentence);
    }
}

/// <summary>Gives the answers a classifier gave before, from a table: extraction without the model's cost but with its outputs.</summary>
internal sealed class ReplayClassifier(Dictionary<string, ClaimCheck.Classification.ClaimTypePrediction> answers) : ClaimCheck.Classification.IClaimTypeClassifier
{
    public ClaimCheck.Classification.ClaimTypePrediction Classify(string sentence) => answers[sentence];
}
