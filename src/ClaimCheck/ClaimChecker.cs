using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck;

/// <summary>One-line access to ClaimCheck over a cached default pipeline.</summary>
/// <example>
/// <code>
/// var report = ClaimChecker.Check([new Document("a", textA), new Document("b", textB)]);
/// foreach (var finding in report.Findings) Console.WriteLine(finding.Explanation);
/// </code>
/// </example>
public static class ClaimChecker
{
    private static readonly Lazy<ClaimPipeline> LazyDefault = new(() => new ClaimPipelineBuilder().Build());

    /// <summary>The default pipeline, built once on first use and shared.</summary>
    public static ClaimPipeline DefaultPipeline => LazyDefault.Value;

    /// <summary>Checks <paramref name="documents"/> with the default pipeline.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public static CheckReport Check(IEnumerable<Document> documents) => DefaultPipeline.Check(documents);

    /// <summary>Checks <paramref name="documents"/> with <paramref name="pipeline"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument or one of the documents is null.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public static CheckReport Check(IEnumerable<Document> documents, ClaimPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return pipeline.Check(documents);
    }
}
