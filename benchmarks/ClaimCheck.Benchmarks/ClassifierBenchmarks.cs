using BenchmarkDotNet.Attributes;
using ClaimCheck.Classification;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The claim-type classifier on ML.NET: training time on ClaimBuster's 3-class training file and on the built-in data,
/// and prediction throughput of the built-in model (report Mean per sentence; sentences/s = 1 s / Mean), one sentence
/// at a time and in batches, with allocations per prediction.
/// </summary>
/// <remarks>
/// Needs <c>../shared/data/claimbuster/3class_data_small_train.json</c> beside the repository for the ClaimBuster
/// figures; without it <see cref="TrainClaimBuster"/> does nothing and prediction runs over the built-in data.
/// </remarks>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private const int Sentences = 1000;

    private IReadOnlyList<LabeledText>? _claimBuster;
    private IReadOnlyList<LabeledText> _builtInData = [];
    private string[] _sentences = [];
    private TextClassifierModel _model = null!;
    private float[] _scores = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        _builtInData = HeldOutSlice.Split(LabeledTextReader.ReadPath(Path.Combine(root, "src", "ClaimCheck", "Classification", "Data"))).Training;
        var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "claimbuster", "3class_data_small_train.json"));
        if (File.Exists(path))
        {
            _claimBuster = LabeledTextReader.ReadFile(path);
        }
        else
        {
            Console.WriteLine("// ClaimBuster training file not found: TrainClaimBuster is skipped; prediction uses the built-in data.");
        }

        var source = _claimBuster ?? _builtInData;
        _sentences = [.. Enumerable.Range(0, Sentences).Select(i => source[(i * 7) % source.Count].Text)];
        _model = ClaimTypeClassifier.Default.Model;
        _scores = new float[_model.Labels.Length];
    }

    [Benchmark(Description = "Train on ClaimBuster 3-class train (8,231 sentences, default options)")]
    public TextClassifierModel? TrainClaimBuster() => _claimBuster is null ? null : new TextClassifierTrainer().Fit(_claimBuster);

    [Benchmark(Description = "Train the built-in claim-type model (its data, default options)")]
    public TextClassifierModel TrainBuiltIn() => new TextClassifierTrainer().Fit(_builtInData);

    [Benchmark(Baseline = true, OperationsPerInvoke = Sentences, Description = "Predict one sentence (built-in model, span API)")]
    public int PredictSpan()
    {
        var sum = 0;
        foreach (var sentence in _sentences)
        {
            sum += _model.Predict(sentence, _scores);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sentences, Description = "Classify one sentence (ClaimTypeClassifier.Default.Classify)")]
    public int ClassifyBuiltIn()
    {
        var sum = 0;
        foreach (var sentence in _sentences)
        {
            sum += (int)ClaimTypeClassifier.Default.Classify(sentence).Type;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sentences, Description = "Classify a batch of 1,000 sentences (ClassifyBatch), per sentence")]
    public int ClassifyBatch()
    {
        var sum = 0;
        foreach (var prediction in ClaimTypeClassifier.Default.ClassifyBatch(_sentences))
        {
            sum += (int)prediction.Type;
        }

        return sum;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ClaimCheck.sln above {AppContext.BaseDirectory}.");
    }
}
