using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Comparison;

/// <summary>Groups claims about the same quantity or proposition and reports discrepancies, polarity conflicts and evolutions.</summary>
/// <remarks>
/// Claims are grouped by a slot key (subject, measure, currency, modality class) and, within a slot, by compatible place, so the
/// cost grows with the number of claims, not their pairs. Asserted and estimated claims are compared with each other; plans and
/// forecasts only among themselves; non-committal claims are listed, never counted. Claims whose subject could not be resolved are
/// never compared. Results do not depend on the order of documents or claims. Thread-safe.
/// </remarks>
public sealed class ClaimComparer
{
    private readonly ComparisonOptions _options;
    private readonly FrozenSet<string> _eventClasses;
    private readonly QuantitySlots _quantities;
    private readonly EventDetector _events;

    /// <summary>Creates a comparer that knows the places of the built-in lexicon.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ClaimComparer(ComparisonOptions? options = null)
        : this(options, Lexicon.BuiltIn)
    {
    }

    /// <summary>Creates a comparer that knows the places of <paramref name="lexicon"/>.</summary>
    internal ClaimComparer(ComparisonOptions? options, Lexicon lexicon)
    {
        _options = options ?? new ComparisonOptions();
        _options.Validate();
        var words = ClaimWords.For(lexicon);
        _eventClasses = words.EventClasses;
        var gazetteer = EntityGazetteer.For(lexicon);
        _quantities = new QuantitySlots(_options, new QuantityGroupDetector(_options, words, gazetteer), words, gazetteer);
        _events = new EventDetector(gazetteer, words);
    }

    /// <summary>The slot <paramref name="claim"/> is compared in: claims in different slots never meet, so a store or a cluster can
    /// partition claims by it. Null when the claim is never compared.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public SlotKey? SlotOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return SlotKey.Of(claim, _options.ExchangeRates is not null, _eventClasses);
    }

    /// <summary>Compares <paramref name="claims"/> from <paramref name="documents"/> and returns the findings, most severe first.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<Finding> Compare(IEnumerable<Claim> claims, IEnumerable<Document> documents) => Analyze(claims, documents).Findings;

    /// <summary>Compares <paramref name="claims"/> from <paramref name="documents"/>: the findings, most severe first, and the
    /// quantity claims that were not compared, with why.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ComparisonResult Analyze(IEnumerable<Claim> claims, IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(documents);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            names[document.Id] = document.DisplayName;
        }

        var ordered = claims.DistinctBy(c => c.Id, StringComparer.Ordinal).OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Span.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var findings = new List<Finding>();
        var notCompared = new List<NotComparedClaim>();
        _quantities.CompareQuantities(ordered, names, findings, notCompared);
        PolarityDetector.ComparePropositions(ordered, names, findings);
        _events.CompareEvents(ordered, names, findings);

        var order = ordered.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return new ComparisonResult(
        [
            .. findings
                .Order(FindingReportOrder.Instance)
                .Select((f, i) => f with { Id = string.Create(CultureInfo.InvariantCulture, $"F{i + 1}") }),
        ],
        [.. notCompared.OrderBy(n => order[n.ClaimId])]);
    }
}
