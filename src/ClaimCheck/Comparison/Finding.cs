using System.Collections.Immutable;

namespace ClaimCheck.Comparison;

/// <summary>What a finding reports.</summary>
public enum FindingKind
{
    /// <summary>Sources give amounts for the same quantity that cannot all hold.</summary>
    NumericDiscrepancy,

    /// <summary>Some sources affirm a proposition that others deny.</summary>
    PolarityConflict,

    /// <summary>The same quantity reported as growing over time (an earlier figure, increments and the totals they build): not a contradiction.</summary>
    Evolution,

    /// <summary>The same event (same kind, same thing, within two weeks) placed on different dates.</summary>
    DateMismatch,

    /// <summary>The same event placed in different places (a country containing the other place is not a conflict).</summary>
    PlaceMismatch,

    /// <summary>Sources in several documents agree on a figure; <see cref="Finding.IndependentOrigins"/> counts who they rely on.</summary>
    Corroboration,
}

/// <summary>How much a finding matters to a fact-checker.</summary>
public enum FindingSeverity
{
    /// <summary>For information: nothing is disputed.</summary>
    Info,

    /// <summary>A small gap, or a dispute with little independent sourcing.</summary>
    Low,

    /// <summary>A clear gap or dispute.</summary>
    Medium,

    /// <summary>A large gap (a factor of two or more) or a flat contradiction between named sources.</summary>
    High,
}

/// <summary>One side of a finding: a label ("about 12,000") and the claims that make it.</summary>
/// <param name="Label">What this side says.</param>
/// <param name="ClaimIds">The claims on this side.</param>
public sealed record FindingSide(string Label, ImmutableArray<string> ClaimIds);

/// <summary>Something the comparison found across documents, with the claims behind it and an explanation naming documents and sources.</summary>
public sealed record Finding
{
    /// <summary>"F1", "F2", … in report order.</summary>
    public required string Id { get; init; }

    /// <summary>What the finding reports.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>How much it matters.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>What is disputed: subject, measure and place ("North Korea · troops · Russia").</summary>
    public required string Topic { get; init; }

    /// <summary>Every claim involved, sides first, then claims consistent with every side or non-committal.</summary>
    public required ImmutableArray<string> ClaimIds { get; init; }

    /// <summary>The sides in dispute (for an evolution, the steps of the timeline).</summary>
    public required ImmutableArray<FindingSide> Sides { get; init; }

    /// <summary>Claims on the topic that fit every side (a lower bound), fit one side's figure without giving it ("more than 100"
    /// beside another report's 115), or take no side (non-committal).</summary>
    public ImmutableArray<string> Neutral { get; init; } = [];

    /// <summary>For a corroboration, how many independent origins agree (three outlets quoting one spokesperson are one); else null.</summary>
    public int? IndependentOrigins { get; init; }

    /// <summary>A plain-language explanation naming the documents and the speakers or organisations on each side.</summary>
    public required string Explanation { get; init; }
}
