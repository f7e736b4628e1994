using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Reporting;

/// <summary>The result of a check: the documents read, the claims extracted, the findings, and anything truncated or skipped.</summary>
/// <param name="Documents">The documents, with any outlet inferred from their text.</param>
/// <param name="Claims">Every claim, in document order.</param>
/// <param name="Findings">The findings, most severe first; evolutions last.</param>
/// <param name="Warnings">What was truncated or skipped and why; empty when nothing was.</param>
public sealed record CheckReport(
    ImmutableArray<Document> Documents,
    ImmutableArray<Claim> Claims,
    ImmutableArray<Finding> Findings,
    ImmutableArray<string> Warnings);
