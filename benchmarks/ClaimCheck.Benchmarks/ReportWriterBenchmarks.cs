using BenchmarkDotNet.Attributes;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Benchmarks;

/// <summary>Each report writer on the report of many small documents (issue 16, row 5): writers linear in documents and
/// findings take about ten times as long for ten times the documents, and HTML stays within a small factor of JSON.</summary>
/// <remarks>Documents: "Officials said N people died in the flood on Sunday." with N one of three figures, 1,000 places of
/// 1/1000 of the documents each (so about one numeric discrepancy per place, with about a hundred claims), 50 outlets. The
/// report is built once in <c>[GlobalSetup]</c>; the benchmark is the writing alone.</remarks>
[MemoryDiagnoser]
public class ReportWriterBenchmarks
{
    private CheckReport _report = null!;

    /// <summary>How many documents the report holds.</summary>
    [Params(10_000, 100_000)]
    public int Documents { get; set; }

    /// <summary>Checks the generated documents.</summary>
    [GlobalSetup]
    public void Setup() => _report = ClaimChecker.Check(Generate(Documents));

    /// <summary>The documents the benchmark and the command-line measurement in benchmarks/README.md use.</summary>
    public static IEnumerable<Document> Generate(int count) =>
        Enumerable.Range(0, count).Select(i => new Document($"d{i:D6}", $"Officials said {12 + (i % 3 * 19)} people died in the flood on Sunday.",
            $"Outlet {i % 50}", new DateOnly(2024, 10, 23)) { Place = $"Town{i % 1000}" });

    /// <summary>The JSON contract.</summary>
    [Benchmark(Baseline = true)]
    public int Json() => JsonReportWriter.Write(_report).Length;

    /// <summary>The self-contained HTML page.</summary>
    [Benchmark]
    public int Html() => HtmlReportWriter.Write(_report).Length;

    /// <summary>Markdown.</summary>
    [Benchmark]
    public int Markdown() => MarkdownReportWriter.Write(_report).Length;

    /// <summary>Plain text.</summary>
    [Benchmark]
    public int Text() => TextReportWriter.Write(_report).Length;

    /// <summary>schema.org ClaimReview.</summary>
    [Benchmark]
    public int ClaimReview() => ClaimReviewWriter.Write(_report).Length;
}
