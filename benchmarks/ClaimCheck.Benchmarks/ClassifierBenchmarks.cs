using BenchmarkDotNet.Attributes;
using ClaimCheck.Classification;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The claim-type classifier: training time on ClaimBuster's 3-class training file and on the built-in corpus,
/// prediction throughput (report Mean per sentence; sentences/s = 1 s / Mean) and allocations per prediction.
/// </summary>
/// <remarks>
/// Needs <c>../shared/data/claimbuster/3class_data_small_train.json</c> beside the repository for the ClaimBuster
/// figures; without it <see cref="TrainClaimBuster"/> does nothing and prediction runs over the built-in corpus.
/// </remarks>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private const int Sentences = 1000;

    private IReadOnlyList<LabeledText>? _claimBuster;
    private IReadOnlyList<LabeledText> _corpus = [];
    private string[] _sentences = [];
    private TextClassifierModel _model = null!;
    private float[] _probabilities = [];

    [GlobalSetup]
    public void Setup()
    {
        _corpus = ClaimTypeClassifier.LoadCorpus();
        var path = FindClaimBuster();
        if (path is null)
        {
            Console.WriteLine("// ClaimBuster training file not found: TrainClaimBuster is skipped; prediction uses the built-in corpus.");
        }
        else
        {
            _claimBuster = LabeledTextReader.ReadFile(path);
        }

        var source = _claimBuster ?? _corpus;
        _model = new TextClassifierTrainer().Fit(source);
        _sentences = [.. Enumerable.Range(0, Sentences).Select(i => source[(i * 7) % source.Count].Text)];
        _probabilities = new float[_model.Labels.Length];
        _ = ClaimTypeClassifier.Default;
    }

    [Benchmark(Description = "Train on ClaimBuster 3-class train (8,231 sentences, default options)")]
    public TextClassifierModel? TrainClaimBuster() => _claimBuster is null ? null : new TextClassifierTrainer().Fit(_claimBuster);

    [Benchmark(Description = "Train the built-in claim-type model (embedded corpus)")]
    public TextClassifierModel TrainBuiltIn() => new TextClassifierTrainer(ClaimTypeClassifier.BuiltInOptions()).Fit(_corpus);

    [Benchmark(Baseline = true, OperationsPerInvoke = Sentences, Description = "Predict one sentence (span API, ClaimBuster model)")]
    public int PredictSpan()
    {
        var sum = 0;
        foreach (var sentence in _sentences)
        {
            sum += _model.Predict(sentence, _probabilities);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sentences, Description = "Predict one sentence (string API, ClaimBuster model)")]
    public int PredictString()
    {
        var sum = 0;
        foreach (var sentence in _sentences)
        {
            sum += _model.Predict(sentence).Label.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sentences, Description = "Classify one sentence (built-in claim-type model)")]
    public int ClassifyBuiltIn()
    {
        var sum = 0;
        foreach (var sentence in _sentences)
        {
            sum += (int)ClaimTypeClassifier.Default.Classify(sentence).Type;
        }

        return sum;
    }

    private static string? FindClaimBuster()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
            {
                var path = Path.Combine(dir.FullName, "..", "shared", "data", "claimbuster", "3class_data_small_train.json");
                return File.Exists(path) ? Path.GetFullPath(path) : null;
            }
        }

        return null;
    }
}
