// Distillation (task ctype-distill): can the shipped n-gram model (variant (a)) learn what variant (c) (n-grams + MiniLM
// embedding) knows, from an unlabelled pool of the repository's own news sentences labelled by (c)? See RESULTS.md,
// "Distillation", for the figures and the commands.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck;
using ClaimCheck.Classification;
using ClaimCheck.Documents;

/// <summary>A pool sentence with the teacher's type and its probability.</summary>
internal sealed record PoolItem(string Text, string Label, float Probability);

/// <summary>How pseudo-labelled pool items join the gold items: the least teacher probability kept and the pool's example weight
/// (a multiplier on the balanced class weight, which is computed over gold and pool together, as the shipped trainer does).</summary>
internal sealed record StudentSetting(float MinimumProbability, float PoolWeight)
{
    public static StudentSetting Parse(string text)
    {
        var parts = text.Split('/');
        return new StudentSetting(float.Parse(parts[0], CultureInfo.InvariantCulture), float.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public override string ToString() => $"p>={MinimumProbability.ToString(CultureInfo.InvariantCulture)}/w{PoolWeight.ToString(CultureInfo.InvariantCulture)}";
}

internal static class Distillation
{
    /// <summary>Records every text the pipeline's typing stage asks the classifier about, answering with the built-in model.</summary>
    private sealed class RecordingClassifier : IClaimTypeClassifier
    {
        public ConcurrentDictionary<string, byte> Asked { get; } = new(StringComparer.Ordinal);

        public ClaimTypePrediction Classify(string sentence)
        {
            Asked.TryAdd(sentence, 0);
            return ClaimTypeClassifier.Default.Classify(sentence);
        }
    }

    /// <summary>The repository's own news texts: stories' documents, quantity-set sentences, own TimeML files (tags stripped).</summary>
    private static IEnumerable<(string Id, string Text)> RepositoryTexts(string root)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests/data/stories"), "docs.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                yield return (file, json.RootElement.GetProperty("text").GetString() ?? string.Empty);
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests/data/quantities"), "news-quantities-*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var item in json.RootElement.EnumerateArray())
            {
                yield return (file, item.GetProperty("text").GetString() ?? string.Empty);
            }
        }

        var tag = new Regex("<[^<>]{0,2000}>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests/data/timex"), "own-*.tml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var start = text.IndexOf("<TEXT>", StringComparison.Ordinal);
            var end = text.IndexOf("</TEXT>", StringComparison.Ordinal);
            if (start >= 0 && end > start)
            {
                yield return (file, System.Net.WebUtility.HtmlDecode(tag.Replace(text[(start + 6)..end], string.Empty)).Trim());
            }
        }
    }

    private static string[] Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(ch);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return [.. words];
    }

    /// <summary>Word trigrams (a text of fewer than three words: its words joined, so that only the same words match).</summary>
    private static HashSet<string> Trigrams(string text)
    {
        var words = Words(text);
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (words.Length < 3)
        {
            result.Add(string.Join(' ', words));
            return result;
        }

        for (var i = 0; i + 2 < words.Length; i++)
        {
            result.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
        }

        return result;
    }

    /// <summary>Builds the pool: the texts the typing stage asks the classifier about, deduplicated, less every text whose word-trigram
    /// Jaccard with any text of the training data, the held-out slice or a never-trained set is 0.5 or more (or the same words).</summary>
    public static void BuildPool(string root, IEnumerable<LabeledText> excluded, string poolFile)
    {
        var recorder = new RecordingClassifier();
        var pipeline = new ClaimPipelineBuilder().UseClaimTypeClassifier(recorder).Build();
        var watch = Stopwatch.StartNew();
        var documents = 0;
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, text) in RepositoryTexts(root))
        {
            var before = recorder.Asked.Count;
            pipeline.Extract(new Document($"d{documents++}", text));
            var kind = id.Contains("/stories/", StringComparison.Ordinal) ? "stories" : id.Contains("/quantities/", StringComparison.Ordinal) ? "quantities" : "timex";
            sources[kind] = sources.GetValueOrDefault(kind) + recorder.Asked.Count - before;
        }

        var asked = recorder.Asked.Keys.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"{documents} documents read in {watch.Elapsed.TotalSeconds:F0} s; texts asked about (deduplicated): {asked.Count} (new per source, in order read: {string.Join(", ", sources.Select(p => $"{p.Key} {p.Value}"))})");

        // Near-duplicate filter through an inverted index of the excluded texts' trigrams.
        var excludedSets = excluded.Select(e => Trigrams(e.Text)).ToList();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < excludedSets.Count; i++)
        {
            foreach (var gram in excludedSets[i])
            {
                if (!index.TryGetValue(gram, out var list))
                {
                    index[gram] = list = [];
                }

                list.Add(i);
            }
        }

        var kept = new List<string>();
        var removed = 0;
        var seenWords = new HashSet<string>(StringComparer.Ordinal);
        var sameWords = 0;
        foreach (var text in asked)
        {
            if (!seenWords.Add(string.Join(' ', Words(text))))
            {
                sameWords++;
                continue;
            }

            var grams = Trigrams(text);
            var shared = new Dictionary<int, int>();
            foreach (var gram in grams)
            {
                if (index.TryGetValue(gram, out var list))
                {
                    foreach (var j in list)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            var nearDuplicate = shared.Any(p => p.Value / (double)(grams.Count + excludedSets[p.Key].Count - p.Value) >= 0.5);
            if (nearDuplicate)
            {
                removed++;
            }
            else
            {
                kept.Add(text);
            }
        }

        Console.WriteLine($"pool before the filter: {asked.Count - sameWords} ({sameWords} more dropped as the same words as another pool text); removed as the same as or a near-duplicate (word-trigram Jaccard >= 0.5) of a training, held-out or never-trained sentence: {removed}; pool after: {kept.Count}");
        Directory.CreateDirectory(Path.GetDirectoryName(poolFile)!);
        File.WriteAllLines(poolFile, kept.Select(t => t.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ')));
    }

    public static List<string> ReadPool(string poolFile) => [.. File.ReadAllLines(poolFile).Where(l => l.Length > 0)];

    /// <summary>Labels the pool with a model (its top type and that type's probability).</summary>
    public static List<PoolItem> Label(EmbeddingModel teacher, IReadOnlyList<string> pool, EmbeddingCache cache) =>
        [.. pool.Select(t =>
        {
            var scores = teacher.Scores(t, cache.Get(t));
            var best = Array.IndexOf(scores, scores.Max());
            return new PoolItem(t, teacher.Labels[best], scores[best]);
        })];

    /// <summary>The student's training items: gold (weight 1 before class balancing) and the pool items the setting keeps (its weight).</summary>
    public static List<(LabeledText Item, float Weight)> StudentData(IReadOnlyList<LabeledText> gold, IEnumerable<PoolItem> pool, StudentSetting setting) =>
        [.. gold.Select(g => (g, 1f)), .. pool.Where(p => p.Probability >= setting.MinimumProbability).Select(p => (new LabeledText(p.Text, p.Label) { Source = "pool" }, setting.PoolWeight))];

    /// <summary>Grouped k-fold out-of-fold predictions on the gold training items: per fold, a teacher (c) trained on the fold's training part
    /// labels the pool, and a student (a) is trained on that part plus the labelled pool; the pool is never validated on. The
    /// baseline (a) on the fold's training part alone is scored on the same folds.</summary>
    /// <remarks><paramref name="validatedFolds"/> limits the folds validated on (all when empty): under load one fold of five is what the
    /// time allows.</remarks>
    public static void Tune(IReadOnlyList<LabeledText> training, IReadOnlyList<string> pool, EmbeddingCache cache, IReadOnlyList<StudentSetting> settings, int folds, IReadOnlyCollection<int> validatedFolds, float l2)
    {
        var foldOf = training.Select((e, i) => (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(e.Source ?? $"#{i}"))) % (uint)folds)).ToArray();
        var names = new List<string> { "a (gold only)", "c (teacher)" };
        names.AddRange(settings.Select(s => $"student {s}"));
        var predicted = names.ToDictionary(n => n, _ => new string[training.Count]);
        var a = new ModelSpec("a", l2, NgramWeighting.Idf);
        var c = new ModelSpec("c", l2, NgramWeighting.Idf);
        var zero = new float[EmbeddingCache.Dimension];
        var validated = validatedFolds.Count == 0 ? [.. Enumerable.Range(0, folds)] : validatedFolds;
        foreach (var f in validated)
        {
            var watch = Stopwatch.StartNew();
            var part = training.Where((_, i) => foldOf[i] != f).ToList();
            var validate = Enumerable.Range(0, training.Count).Where(i => foldOf[i] == f).ToList();
            void Predict(string name, EmbeddingModel model, bool embedding)
            {
                foreach (var i in validate)
                {
                    var scores = model.Scores(training[i].Text, embedding ? cache.Get(training[i].Text) : zero);
                    predicted[name][i] = model.Labels[Array.IndexOf(scores, scores.Max())];
                }
            }

            Predict("a (gold only)", Experiment.Fit(a, part, cache), false);
            var teacher = Experiment.Fit(c, part, cache);
            Predict("c (teacher)", teacher, true);
            var labelled = Label(teacher, pool, cache);
            foreach (var setting in settings)
            {
                Predict($"student {setting}", Experiment.FitWeighted(a, StudentData(part, labelled, setting), cache), false);
            }

            Console.WriteLine($"fold {f}: {validate.Count} validated, {watch.Elapsed.TotalSeconds:F0} s; " + string.Join("; ", names.Select(n => $"{n} {validate.Count(i => predicted[n][i] == training[i].Label) / (double)validate.Count:F4}")));
        }

        Console.WriteLine($"| model | out-of-fold accuracy ({validated.Count} of {folds} grouped folds) | macro-F1 |");
        Console.WriteLine("|---|---:|---:|");
        var accuracies = new Dictionary<string, double>();
        foreach (var name in names)
        {
            var oof = training.Select((e, i) => new OutOfFoldPrediction(e.Label, predicted[name][i] ?? string.Empty, foldOf[i])).Where(p => validated.Contains(p.Fold)).ToArray();
            var correct = oof.Count(p => p.Predicted == p.Gold);
            accuracies[name] = correct / (double)oof.Length;
            Console.WriteLine($"| {name} | {accuracies[name]:F4} ({correct} of {oof.Length}) | {Experiment.MacroF1(oof):F4} |");
        }

        // The first setting listed wins ties.
        var best = settings.MaxBy(s => accuracies[$"student {s}"])!;
        Console.WriteLine($"best {best.MinimumProbability.ToString(CultureInfo.InvariantCulture)}/{best.PoolWeight.ToString(CultureInfo.InvariantCulture)}");
    }

    public static void SavePool(string path, IEnumerable<PoolItem> items) =>
        File.WriteAllLines(path, ["label\ttext\tprobability", .. items.Select(p => $"{p.Label}\t{p.Text}\t{p.Probability.ToString("F4", CultureInfo.InvariantCulture)}")]);

    public static List<PoolItem> LoadPool(string path) =>
        [.. File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).Select(p => new PoolItem(p[1], p[0], float.Parse(p[2], CultureInfo.InvariantCulture)))];
}
