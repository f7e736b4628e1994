using System.Collections.Immutable;

namespace ClaimCheck.Comparison;

/// <summary>Why a quantity claim was not compared with any other.</summary>
public enum NotComparedReason
{
    /// <summary>Neither the text nor the document's metadata says whom or where the figure is about ("12 people died" in a
    /// town no built-in list knows): give the document a place (<c>Documents.Document.Place</c>) to compare it.</summary>
    NoSubject,

    /// <summary>The claim names no place while the claims it would meet name several, so it cannot be put with any.</summary>
    NoPlace,

    /// <summary>The figure has no unit or counted noun to say what it measures.</summary>
    NoUnit,

    /// <summary>The figure is stated as not so ("not 12 deaths"): a denied figure is no figure.</summary>
    Negated,

    /// <summary>The source neither confirms nor denies the figure; such claims are listed, never counted.</summary>
    NonCommittal,

    /// <summary>A count over a period (a flow, "300 a day") met only totals (stocks), or a total only flows: they measure
    /// different things.</summary>
    FlowVsStock,

    /// <summary>Money in a currency no other claim on the subject uses, and no exchange rates were given
    /// (<c>ClaimPipelineBuilder.UseExchangeRates</c>).</summary>
    DifferentCurrency,

    /// <summary>Money in a currency the exchange rates given cannot convert to the others' currency.</summary>
    NoExchangeRate,

    /// <summary>The figure and another of the same document add up to a third figure the document gives ("13,500 before the clashes,
    /// 27,000 after; 40,500 in total"), or the figure is one of the unplaced counts one sentence lists from one source that together
    /// add up to a figure given outside that sentence ("410 departures and 395 arrivals were cancelled" beside another report's
    /// "more than 800 flights"): it is a part of that total, not a rival count.</summary>
    PartOfTotal,

    /// <summary>The figure is another named event's than the one its document reports ("ten days after Cyclone Orlen killed 14" in a
    /// report on another storm), or an earlier one its own words date well before the day the report's lead tells (a toll, or a
    /// crowd count such as "in March 2019 about 90,000 marched" in a report on this Saturday's rally): background, not a figure
    /// of the story (<c>Claim.OtherEvent</c>, which then holds the stated time).</summary>
    OtherEvent,

    /// <summary>A percentage that says neither of what it is a share nor whose it is ("the figure fell to 26%", "15% took part", "a 26% share"):
    /// shares of different wholes (of voters, of the population, of the cases, at different hours) look alike, so such a figure
    /// meets only a denial of the same figure, never another figure. A word naming the share ("turnout", "unemployment": the
    /// <c>share-measure</c> lexicon kind) or a holder ("52% for Arvelo") makes it comparable.</summary>
    NoBase,

    /// <summary>The figure shares its sentence with another figure of the same slot, neither a change of it nor another source's,
    /// and another report gives one of that sentence's figures but not this one ("the council passed the plan by 31 votes to 12",
    /// beside another report's 31 votes): one writer does not contradict themselves within a sentence, so the figures count different
    /// things that only share a measure (votes for and against), and the one another report gives is the story's figure. Only the
    /// figures no other report gives are left out, and only when another report gives one of their sentence's figures; a sentence
    /// none of whose figures another report gives keeps them all.</summary>
    SharedMeasureInSentence,

    /// <summary>A count bound to one event (a crowd) among counts of that event's kind stated for several days, with no date of its
    /// own and a report published too long after every stated day (or undated) to say which day's event it counts.</summary>
    NoEventDay,
}

/// <summary>A quantity claim the comparison left out, with why.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Measure">What the claim counts (<c>Claim.Measure</c>: "deaths", "troops", "aid"…), for grouping.</param>
/// <param name="Reason">Why it was not compared.</param>
public sealed record NotComparedClaim(string ClaimId, string Measure, NotComparedReason Reason);

/// <summary>What <see cref="ClaimComparer.Analyze"/> returns: the findings and the quantity claims that were not compared.</summary>
/// <param name="Findings">The findings, most severe first (as <see cref="ClaimComparer.Compare"/> returns them).</param>
/// <param name="NotCompared">Quantity claims left out of the comparison and why, in claim order. A claim that was compared but
/// met no other claim about the same thing is not listed.</param>
public sealed record ComparisonResult(ImmutableArray<Finding> Findings, ImmutableArray<NotComparedClaim> NotCompared);
