using ClaimCheck.Claims;
using ClaimCheck.Quantities;

namespace ClaimCheck.Comparison;

/// <summary>What kind of comparison a slot holds.</summary>
public enum SlotKind
{
    /// <summary>Figures about one quantity: numeric discrepancies, evolutions and corroborations.</summary>
    Quantity,

    /// <summary>A proposition affirmed or denied: polarity conflicts.</summary>
    Proposition,

    /// <summary>An event placed in time and space: date and place mismatches.</summary>
    Event,
}

/// <summary>The slot a claim is compared in: claims with different keys are never compared with each other.</summary>
/// <param name="Kind">What kind of comparison.</param>
/// <param name="Subject">Who or what the claims are about ("North Korea"); empty for events. A figure of a body no list knows that its
/// report reads under a country (<see cref="Claim.SubjectWithin"/>) is in that country's slot, where it is compared apart from the
/// country's own figures and read with them for agreement only.</param>
/// <param name="Measure">What is counted ("deaths"; "money" for every amount of money, split further by what it is), or for a
/// proposition its theme ("troops"), or for an event its class ("sink").</param>
/// <param name="Unit">For quantities, the unit kind ("Count", "Percentage"; "PercentagePoint" for a difference in percentage points,
/// never compared with a share) or for money the currency (or "money" when exchange rates make currencies comparable); for
/// propositions the predicate ("deploy"); empty for events.</param>
/// <param name="ModalityClass">0 for asserted and estimated claims, 1 for plans, 2 for forecasts: each class is compared among
/// itself.</param>
/// <remarks>A key depends only on its claim (and on whether exchange rates are given), never on the other claims of a check, so a
/// store can index claims by <see cref="Value"/> and a new claim needs only the stored claims of its own slot. Within a slot the
/// detectors still split by place and period.</remarks>
public readonly record struct SlotKey(SlotKind Kind, string Subject, string Measure, string Unit, int ModalityClass)
{
    /// <summary>The unit part of the key of a figure in percentage points.</summary>
    private const string PercentagePointSlot = "PercentagePoint";

    /// <summary>The key as one stable string, for indexes and partitions ("Quantity|North Korea|troops|Count|0").</summary>
    public string Value => string.Join('|', Kind, Subject, Measure, Unit, ModalityClass);

    /// <summary>The slot <paramref name="claim"/> is compared in, or null when it is never compared (no subject, no unit, a figure
    /// left open). A denied figure shares the slot of the figures it denies.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="exchangeRates">Whether exchange rates make amounts in different currencies comparable.</param>
    /// <param name="eventClasses">The predicates that make a claim an event (its lexicon's event classes).</param>
    internal static SlotKey? Of(Claim claim, bool exchangeRates, IReadOnlySet<string> eventClasses)
    {
        if (claim.Quantity is { } quantity)
        {
            if (NotComparable(claim, quantity) is not null)
            {
                return null;
            }

            var isMoney = quantity.Unit.Kind == UnitKind.Currency;
            // "84.3% of the vote" and "75 percentage points ahead": a margin between two shares is not a share.
            var unit = isMoney ? (exchangeRates ? "money" : quantity.Unit.Name)
                : quantity.Unit.Name == Quantities.Unit.PercentagePoint.Name ? PercentagePointSlot
                : quantity.Unit.Kind.ToString();
            return new SlotKey(SlotKind.Quantity, claim.SubjectWithin ?? claim.Subject!, isMoney ? "money" : MeasureNames.NamedPartWithoutWhole(claim.Measure), unit, Explanations.ModalityClass(claim.Modality));
        }

        if (claim.Predicate is not { } predicate)
        {
            return null;
        }

        if (claim.Subject is { } subject)
        {
            return new SlotKey(SlotKind.Proposition, subject, claim.Measure, predicate, 0);
        }

        return eventClasses.Contains(predicate) ? new SlotKey(SlotKind.Event, string.Empty, predicate, string.Empty, 0) : null;
    }

    /// <summary>Why a quantity claim cannot enter any slot, or null when it can.</summary>
    internal static NotComparedReason? NotComparable(Claim claim, Quantity quantity) =>
        quantity.Unit.Kind == UnitKind.None ? NotComparedReason.NoUnit
        : claim.Modality == Modality.NonCommittal ? NotComparedReason.NonCommittal
        : claim.OtherEvent is not null ? NotComparedReason.OtherEvent
        : claim.Subject is null ? NotComparedReason.NoSubject
        : null;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
