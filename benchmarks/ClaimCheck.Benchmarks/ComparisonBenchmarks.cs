using BenchmarkDotNet.Attributes;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary><see cref="ClaimComparer.Compare"/> on generated claims: many slots (subject × measure × place), a few figures per
/// slot, about one slot in twenty in conflict, some propositions affirmed and denied.</summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    private Claim[] _claims = [];
    private Document[] _documents = [];
    private readonly ClaimComparer _comparer = new();

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var subjects = Enumerable.Range(0, Math.Max(10, Claims / 50)).Select(i => $"Subject {i}").ToArray();
        string[] measures = ["troops", "people", "deaths", "homes", "votes"];
        string[] places = ["Chile", "Peru", "Kenya", "Japan"];
        string[] speakers = ["Ana Ruiz", "John Smith", "Li Wei", "Sara Cohen", "Omar Haddad"];
        _documents = [.. Enumerable.Range(0, Math.Max(5, Claims / 20)).Select(i => new Document($"doc{i}", "text"))];
        _claims = new Claim[Claims];
        for (var i = 0; i < Claims; i++)
        {
            var slot = random.Next(subjects.Length * measures.Length);
            var baseValue = 100 * (1 + (slot % 97));
            var value = random.Next(20) == 0 ? baseValue * 4 : baseValue; // one figure in twenty disagrees
            var qualifier = random.Next(4) switch { 0 => Qualifier.Approximately, 1 => Qualifier.AtLeast, _ => Qualifier.Exact };
            var isProposition = random.Next(10) == 0;
            var document = _documents[random.Next(_documents.Length)].Id;
            _claims[i] = new Claim
            {
                Id = $"{document}#{i}",
                DocumentId = document,
                Span = new TextSpan(0, 10),
                Text = "evidence",
                Type = isProposition ? ClaimType.Event : ClaimType.Quantity,
                Subject = subjects[slot / measures.Length],
                Measure = measures[slot % measures.Length],
                Place = places[slot % places.Length],
                Predicate = isProposition ? "deploy" : null,
                Quantity = isProposition ? null : Quantity.Create(value, qualifier, Unit.Count("person")),
                Polarity = isProposition && random.Next(5) == 0 ? Polarity.Negated : Polarity.Affirmed,
                Modality = random.Next(10) == 0 ? Modality.Planned : Modality.Asserted,
                Attribution = new Attribution.Attribution(speakers[random.Next(speakers.Length)], null, null, null, "said", null),
            };
        }
    }

    [Benchmark]
    public int Compare() => _comparer.Compare(_claims, _documents).Length;
}
