using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Comparison;

namespace ClaimCheck.Reporting;

/// <summary>Claims about one measure that were not compared for one reason, counted.</summary>
/// <param name="Measure">What the claims count ("deaths").</param>
/// <param name="Reason">Why they were not compared.</param>
/// <param name="ClaimIds">The claims, in claim order.</param>
public sealed record NotComparedGroup(string Measure, NotComparedReason Reason, ImmutableArray<string> ClaimIds)
{
    /// <summary>How many claims.</summary>
    public int Count => ClaimIds.Length;

    /// <summary>The line every report format prints: "14 claims about deaths were not compared: no place or subject".</summary>
    public string Text => string.Create(
        CultureInfo.InvariantCulture,
        $"{English.Count(Count, "claim")} about {English.Measure(Measure)} {(Count == 1 ? "was" : "were")} not compared: {Describe(Reason)}");

    /// <summary>What to do about claims with no place or subject, shown once below the lines when any are listed.</summary>
    public const string NoSubjectHint = "A figure that names no place is compared when its document has one: give it as place: in front matter, in a NAME.meta.json sidecar or in a JSON Lines record (Document.Place).";

    /// <summary>Why, in words: "no place or subject", "a flow (a count over a period) beside totals"…</summary>
    public static string Describe(NotComparedReason reason) => reason switch
    {
        NotComparedReason.NoSubject => "no place or subject",
        NotComparedReason.NoPlace => "no place, among claims at several places",
        NotComparedReason.NoUnit => "no unit",
        NotComparedReason.Negated => "stated as not so",
        NotComparedReason.NonCommittal => "neither confirmed nor denied (listed, never counted)",
        NotComparedReason.FlowVsStock => "a count over a period and a total measure different things",
        NotComparedReason.DifferentCurrency => "another currency, and no exchange rates were given",
        NotComparedReason.NoExchangeRate => "no exchange rate to the other claims' currency",
        NotComparedReason.PartOfTotal => "with other figures, adds up to a total its document or another report gives",
        NotComparedReason.OtherEvent => "a figure of another event (named, or dated weeks before) than the one its document reports",
        NotComparedReason.NoBase => "a percentage that says neither of what it is a share nor whose it is",
        NotComparedReason.SharedMeasureInSentence => "one sentence gives it beside another figure of the same measure: another quantity",
        NotComparedReason.NoEventDay => "a count of one event, among events on several days, that no date ties to any of them",
        _ => reason.ToString(),
    };

    internal static ImmutableArray<NotComparedGroup> Summarize(ImmutableArray<NotComparedClaim> claims) =>
    [
        .. claims.GroupBy(c => (c.Measure, c.Reason))
            .Select(g => new NotComparedGroup(g.Key.Measure, g.Key.Reason, [.. g.Select(c => c.ClaimId)]))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Measure, StringComparer.Ordinal)
            .ThenBy(g => g.Reason),
    ];
}
