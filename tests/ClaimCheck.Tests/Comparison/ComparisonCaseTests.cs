using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Comparison;

/// <summary>The multi-document cases in <c>Cases/</c> (written for ClaimCheck; see the README there), every case checked:
/// each expected finding with exactly its sides and its origins, each neutral document neutral, no finding the case does
/// not expect, and no <c>mustNotFlag</c> entry raised.</summary>
public class ComparisonCaseTests
{
    /// <summary>A claim carries a value when its value, low or high end is within this fraction of it (as in the stories' scorer).</summary>
    private const double Tolerance = 0.01;

    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "ClaimCheck.Tests", "Comparison", "Cases");

    private static readonly ConcurrentDictionary<string, Lazy<(Case Case, CheckReport Report)>> Checked = new(StringComparer.Ordinal);

    private static readonly string[] MustNotFields = ["together", "anyValue", "onlyValues", "fromDocs", "onlyDocs"];

    public static TheoryData<string> Cases() => [.. Names()];

    public static TheoryData<string, int, string> ExpectedFindings()
    {
        var rows = new TheoryData<string, int, string>();
        foreach (var name in Names())
        {
            foreach (var (want, index) in Load(name).Expected.Select((e, i) => (e, i)).Where(x => x.e.Gap is null))
            {
                rows.Add(name, index, want.Kind);
            }
        }

        return rows;
    }

    public static TheoryData<string, int, string> ExpectedOrigins()
    {
        var rows = new TheoryData<string, int, string>();
        foreach (var name in Names())
        {
            foreach (var (want, index) in Load(name).Expected.Select((e, i) => (e, i)).Where(x => x.e.Origins is not null && x.e.Gap is null))
            {
                rows.Add(name, index, want.Kind);
            }
        }

        return rows;
    }

    public static TheoryData<string, int, string> NeutralDocuments()
    {
        var rows = new TheoryData<string, int, string>();
        foreach (var name in Names())
        {
            foreach (var (want, index) in Load(name).Expected.Select((e, i) => (e, i)).Where(x => x.e.Gap is null))
            {
                foreach (var document in want.Neutral)
                {
                    rows.Add(name, index, document);
                }
            }
        }

        return rows;
    }

    public static TheoryData<string, int, string> MustNotFlags()
    {
        var rows = new TheoryData<string, int, string>();
        foreach (var name in Names())
        {
            foreach (var (rule, index) in Load(name).MustNot.Select((m, i) => (m, i)).Where(x => x.m.Gap is null))
            {
                rows.Add(name, index, rule.About);
            }
        }

        return rows;
    }

    /// <summary>The expectations marked with a <c>gap</c> note (what ClaimCheck does not yet get right, and why), as "expected N" or
    /// "mustNotFlag N".</summary>
    public static TheoryData<string, string> OpenGaps()
    {
        var rows = new TheoryData<string, string>();
        foreach (var name in Names())
        {
            var @case = Load(name);
            foreach (var (_, index) in @case.Expected.Select((e, i) => (e, i)).Where(x => x.e.Gap is not null))
            {
                rows.Add(name, $"expected {index}");
            }

            foreach (var (_, index) in @case.MustNot.Select((m, i) => (m, i)).Where(x => x.m.Gap is not null))
            {
                rows.Add(name, $"mustNotFlag {index}");
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaseFile_EachCase_IsWellFormedAndMachineCheckable(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var @case = Load(name);
        var ids = @case.Documents.Select(d => d.Id).ToList();
        var kinds = Enum.GetNames<FindingKind>();

        ids.Should().OnlyHaveUniqueItems($"{name}: document ids are unique within a case");
        @case.Expected.Should().NotBeEmpty($"{name}: every case expects at least one finding");
        foreach (var want in @case.Expected)
        {
            var where = $"{name}: expected {want.Kind} '{want.About}'";
            kinds.Should().Contain(want.Kind, $"{where} names a finding kind");
            want.Sides.Should().NotBeEmpty($"{where} has sides").And.OnlyContain(side => side.Count > 0, $"{where} has no empty side");
            want.Sides.SelectMany(s => s).Concat(want.Neutral).Should().BeSubsetOf(ids, $"{where} names documents of the case")
                .And.OnlyHaveUniqueItems($"{where} puts each document on one side or neutral, once");
            if (want.Kind == nameof(FindingKind.Corroboration))
            {
                want.Sides.Should().ContainSingle($"{where}: a corroboration has one group of agreeing documents");
                want.Origins.Should().NotBeNull($"{where}: a corroboration states its number of independent origins");
            }
            else
            {
                want.Origins.Should().BeNull($"{where}: only a corroboration counts origins");
            }

            want.Why.Should().NotBeNullOrWhiteSpace($"{where} explains itself");
            if (want.Gap is not null)
            {
                want.Gap.Should().NotBeNullOrWhiteSpace($"{where}: a gap note says what the check gets wrong and why");
            }
        }

        foreach (var (rule, element) in @case.MustNot.Zip(json.RootElement.GetProperty("mustNotFlag").EnumerateArray()))
        {
            var where = $"{name}: mustNotFlag {rule.Kind} '{rule.About}'";
            kinds.Should().Contain(rule.Kind, $"{where} names a finding kind");
            MustNotFields.Where(f => element.TryGetProperty(f, out _)).Should().ContainSingle($"{where} is checked by exactly one of {string.Join(", ", MustNotFields)}");
            (rule.Together.Length + rule.AnyValue.Length + rule.OnlyValues.Length + rule.FromDocs.Length + rule.OnlyDocs.Length)
                .Should().BePositive($"{where} lists the values or documents it checks");
            rule.FromDocs.Concat(rule.OnlyDocs).Should().BeSubsetOf(ids, $"{where} names documents of the case");
            rule.Why.Should().NotBeNullOrWhiteSpace($"{where} explains itself");
            if (rule.Gap is not null)
            {
                rule.Gap.Should().NotBeNullOrWhiteSpace($"{where}: a gap note says what the check gets wrong and why");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExpectedFindings))]
    public void Check_ExpectedFindingOfCase_IsReportedWithExactlyItsSides(string name, int index, string kind)
    {
        var (@case, report) = Run(name);
        var want = @case.Expected[index];

        var ofKind = report.Findings.Where(f => f.Kind.ToString() == kind).Select(f => Shape(report, f, kind == nameof(FindingKind.Evolution))).ToList();

        ofKind.Should().Contain(
            Shape(want.Sides, kind == nameof(FindingKind.Evolution)),
            $"{name} expects {kind} '{want.About}' with exactly the sides {Shape(want.Sides, false)} ({want.Why}); the report has: {Describe(report, kind)}");
    }

    /// <summary>An expectation marked as an open gap is still missed: when the check gets it right, the note must go (and the
    /// expectation is checked like every other).</summary>
    [Theory]
    [MemberData(nameof(OpenGaps))]
    public void Check_OpenGapOfCase_IsStillMissed(string name, string entry)
    {
        var (@case, report) = Run(name);
        var index = int.Parse(entry[(entry.IndexOf(' ', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
        bool met;
        string gap;
        if (entry.StartsWith("expected", StringComparison.Ordinal))
        {
            var want = @case.Expected[index];
            var exact = report.Findings.FirstOrDefault(f => f.Kind.ToString() == want.Kind
                && Shape(report, f, want.Kind == nameof(FindingKind.Evolution)) == Shape(want.Sides, want.Kind == nameof(FindingKind.Evolution)));
            met = exact is not null && (want.Origins is null || exact.IndependentOrigins == want.Origins);
            gap = want.Gap!;
        }
        else
        {
            var rule = @case.MustNot[index];
            met = !report.Findings.Any(f => f.Kind.ToString() == rule.Kind && Raises(rule, [.. f.Sides.SelectMany(side => report.ClaimsOf(side))]));
            gap = rule.Gap!;
        }

        met.Should().BeFalse($"{name} {entry} is marked as an open gap ({gap}), but the check now gets it right: remove its 'gap' note");
    }

    [Theory]
    [MemberData(nameof(ExpectedOrigins))]
    public void Check_ExpectedFindingOfCase_CountsItsIndependentOrigins(string name, int index, string kind)
    {
        var (@case, report) = Run(name);
        var want = @case.Expected[index];

        var finding = Closest(report, want);

        finding.Should().NotBeNull($"{name} expects {kind} '{want.About}' ({want.Why}); the report has: {Describe(report, kind)}");
        finding!.IndependentOrigins.Should().Be(
            want.Origins,
            $"{name} expects {kind} '{want.About}' to count {want.Origins} independent origin(s) ({want.Why}); the report says: {Describe(report, finding)}");
    }

    [Theory]
    [MemberData(nameof(NeutralDocuments))]
    public void Check_NeutralDocumentOfCase_IsNeutralInItsFindingAndOnNoSide(string name, int index, string document)
    {
        var (@case, report) = Run(name);
        var want = @case.Expected[index];

        var finding = Closest(report, want);

        finding.Should().NotBeNull($"{name} expects {want.Kind} '{want.About}' with {document} neutral; the report has: {Describe(report, want.Kind)}");
        var because = $"{name} expects {document} neutral in {want.Kind} '{want.About}' ({want.Why}); the report says: {Describe(report, finding!)}";
        finding!.Sides.SelectMany(side => report.ClaimsOf(side)).Select(c => c.DocumentId).Should().NotContain(document, because);
        finding.Neutral.Select(id => report.GetClaim(id).DocumentId).Should().Contain(document, because);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Case_RaisesNoFindingTheCaseDoesNotExpect(string name)
    {
        var (@case, report) = Run(name);

        foreach (var finding in report.Findings)
        {
            var documentsInFinding = report.ClaimsOf(finding).Select(c => c.DocumentId).ToHashSet(StringComparer.Ordinal);
            @case.Expected.Should().Contain(
                e => e.Kind == finding.Kind.ToString() && e.Documents.IsSupersetOf(documentsInFinding),
                $"{name} does not expect the finding {Describe(report, finding)}");
        }
    }

    [Theory]
    [MemberData(nameof(MustNotFlags))]
    public void Check_MustNotFlagOfCase_IsNotRaised(string name, int index, string about)
    {
        var (@case, report) = Run(name);
        var rule = @case.MustNot[index];

        var raised = report.Findings
            .Where(f => f.Kind.ToString() == rule.Kind && Raises(rule, [.. f.Sides.SelectMany(side => report.ClaimsOf(side))]))
            .Select(f => Describe(report, f));

        raised.Should().BeEmpty($"{name} must not flag {rule.Kind} '{about}' ({rule.Why})");
    }

    /// <summary>Whether a finding whose sides hold <paramref name="sides"/> raises <paramref name="rule"/>; neutral claims take no side.</summary>
    private static bool Raises(MustNot rule, List<Claim> sides) =>
        (!rule.Together.IsEmpty && rule.Together.All(v => sides.Any(c => Carries(c, v))))
        || (!rule.AnyValue.IsEmpty && rule.AnyValue.Any(v => sides.Any(c => Carries(c, v))))
        || (!rule.OnlyValues.IsEmpty && sides.Count > 0 && sides.All(c => rule.OnlyValues.Any(v => Carries(c, v))))
        || (!rule.FromDocs.IsEmpty && sides.Any(c => rule.FromDocs.Contains(c.DocumentId)))
        || (!rule.OnlyDocs.IsEmpty && sides.Count > 0 && sides.All(c => rule.OnlyDocs.Contains(c.DocumentId)));

    /// <summary>Whether the claim's value, low or high end is within <see cref="Tolerance"/> of <paramref name="value"/>.</summary>
    private static bool Carries(Claim claim, double value) =>
        claim.Quantity is { } q && (Near(q.Value, value) || (q.Low is { } low && Near(low, value)) || (q.High is { } high && Near(high, value)));

    private static bool Near(double actual, double expected) => Math.Abs(actual - expected) <= Tolerance * Math.Max(Math.Abs(expected), 1e-9);

    /// <summary>The report's finding of the expected kind with exactly the expected sides, else the one whose side documents
    /// overlap the expected ones most (so origins and neutral documents are checked even when a side is wrong); null when no
    /// finding of the kind shares a side document.</summary>
    private static Finding? Closest(CheckReport report, ExpectedFinding want)
    {
        var expectedShape = Shape(want.Sides, want.Kind == nameof(FindingKind.Evolution));
        var expectedSideDocuments = want.Sides.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        return report.Findings
            .Where(f => f.Kind.ToString() == want.Kind)
            .Select(f => (Finding: f, Exact: Shape(report, f, want.Kind == nameof(FindingKind.Evolution)) == expectedShape,
                Shared: SideDocuments(report, f).Count(expectedSideDocuments.Contains)))
            .Where(x => x.Exact || x.Shared > 0)
            .OrderByDescending(x => x.Exact).ThenByDescending(x => x.Shared)
            .Select(x => x.Finding)
            .FirstOrDefault();
    }

    private static HashSet<string> SideDocuments(CheckReport report, Finding finding) =>
        finding.Sides.SelectMany(side => report.ClaimsOf(side)).Select(c => c.DocumentId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The documents per side of a finding, as "[a, b] | [c]": sides and documents sorted, except an evolution's
    /// steps, which keep their time order.</summary>
    private static string Shape(CheckReport report, Finding finding, bool ordered) =>
        Shape([.. finding.Sides.Select(side => report.ClaimsOf(side).Select(c => c.DocumentId).ToHashSet(StringComparer.Ordinal))], ordered);

    private static string Shape(IReadOnlyList<IReadOnlySet<string>> sides, bool ordered)
    {
        var shown = sides.Select(side => "[" + string.Join(", ", side.Order(StringComparer.Ordinal)) + "]");
        return string.Join(" | ", ordered ? shown : shown.Order(StringComparer.Ordinal));
    }

    private static string Describe(CheckReport report, string kind)
    {
        var findings = report.Findings.Where(f => f.Kind.ToString() == kind).Select(f => Describe(report, f)).ToList();
        return findings.Count == 0 ? $"no {kind} finding" : string.Join("; and ", findings);
    }

    private static string Describe(CheckReport report, Finding finding)
    {
        var neutral = finding.Neutral.Select(id => report.GetClaim(id).DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var origins = finding.IndependentOrigins is { } n ? $", {n} origin(s)" : string.Empty;
        return $"{finding.Kind} '{finding.Topic}' with sides {Shape(report, finding, finding.Kind == FindingKind.Evolution)}, neutral [{string.Join(", ", neutral)}]{origins}: \"{finding.Explanation}\"";
    }

    private static (Case Case, CheckReport Report) Run(string name) =>
        Checked.GetOrAdd(name, n => new Lazy<(Case, CheckReport)>(() =>
        {
            var @case = Load(n);
            return (@case, ClaimChecker.Check(@case.Documents));
        })).Value;

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal);

    private static Case Load(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = json.RootElement;
        var documents = root.GetProperty("documents").EnumerateArray().Select(d => new Document(
            d.GetProperty("id").GetString()!,
            d.GetProperty("text").GetString()!,
            d.TryGetProperty("outlet", out var outlet) ? outlet.GetString() : null,
            d.TryGetProperty("published", out var published) ? DateOnly.ParseExact(published.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null)).ToList();
        var expected = root.GetProperty("expected").EnumerateArray().Select(e => new ExpectedFinding(
            e.GetProperty("kind").GetString()!,
            Text(e, "about"),
            [.. e.GetProperty("sides").EnumerateArray().Select(side => (IReadOnlySet<string>)side.EnumerateArray().Select(id => id.GetString()!).ToHashSet(StringComparer.Ordinal))],
            Strings(e, "neutral"),
            e.TryGetProperty("origins", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : null,
            Text(e, "why"),
            e.TryGetProperty("gap", out var gap) ? gap.GetString() ?? string.Empty : null)).ToList();
        var mustNot = root.TryGetProperty("mustNotFlag", out var rules)
            ? rules.EnumerateArray().Select(m => new MustNot(
                m.GetProperty("kind").GetString()!,
                Text(m, "about"),
                Numbers(m, "together"),
                Numbers(m, "anyValue"),
                Numbers(m, "onlyValues"),
                Strings(m, "fromDocs"),
                Strings(m, "onlyDocs"),
                Text(m, "why"),
                m.TryGetProperty("gap", out var gap) ? gap.GetString() ?? string.Empty : null)).ToList()
            : [];
        return new Case(name, documents, expected, mustNot);
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static ImmutableArray<double> Numbers(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) ? [.. array.EnumerateArray().Select(v => v.GetDouble())] : [];

    private static ImmutableArray<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) ? [.. array.EnumerateArray().Select(v => v.GetString()!)] : [];

    private sealed record Case(string Name, List<Document> Documents, List<ExpectedFinding> Expected, List<MustNot> MustNot);

    /// <summary>An expected finding; <see cref="Gap"/> is null, or why ClaimCheck does not yet report it as expected (an open gap,
    /// checked to be still open).</summary>
    private sealed record ExpectedFinding(string Kind, string About, List<IReadOnlySet<string>> Sides, ImmutableArray<string> Neutral, int? Origins, string Why, string? Gap)
    {
        /// <summary>Every document the finding may involve: its sides and its neutral documents.</summary>
        public HashSet<string> Documents { get; } = [.. Sides.SelectMany(s => s).Concat(Neutral)];
    }

    /// <summary>A finding the case must not report: one of <see cref="Kind"/> whose side claims carry all of <see cref="Together"/>,
    /// any of <see cref="AnyValue"/>, only values of <see cref="OnlyValues"/>, come from any of <see cref="FromDocs"/>, or come
    /// only from <see cref="OnlyDocs"/>.</summary>
    private sealed record MustNot(
        string Kind,
        string About,
        ImmutableArray<double> Together,
        ImmutableArray<double> AnyValue,
        ImmutableArray<double> OnlyValues,
        ImmutableArray<string> FromDocs,
        ImmutableArray<string> OnlyDocs,
        string Why,
        string? Gap);
}
