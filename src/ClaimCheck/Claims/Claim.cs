using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>A typed assertion extracted from a document: what it is about, what it says, how and by whom, and where it is written.</summary>
/// <remarks>Immutable. <see cref="Span"/> points into the document's text; <see cref="Text"/> is that text, copied for display.</remarks>
public sealed record Claim
{
    /// <summary>Unique within a report: the document id, "#", and the claim's number in the document ("001#3").</summary>
    public required string Id { get; init; }

    /// <summary>The id of the document the claim comes from.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The evidence: the sentence that makes the claim.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The evidence text, for display.</summary>
    public required string Text { get; init; }

    /// <summary>What kind of claim this is.</summary>
    public required ClaimType Type { get; init; }

    /// <summary>Who or what the claim is about, normalised ("North Korea", "G7"), or null when it could not be resolved. A proposition's
    /// agent named only by a common noun is that body of its document's <see cref="Documents.Document.Place"/>, else
    /// <see cref="Documents.Document.Topic"/>, when the document gives one ("army (Valdora)").</summary>
    public string? Subject { get; init; }

    /// <summary>What is counted, measured or asserted, normalised ("troops", "loan", "amount").</summary>
    public required string Measure { get; init; }

    /// <summary>For propositions, the normalised predicate ("deploy", "supply", "combat", "attack", "use", "responsible"); for events,
    /// the event's class ("sink"); for quantities, null.</summary>
    public string? Predicate { get; init; }

    /// <summary>Where the claim applies: a country or body, normalised ("Russia"), or for an event the most specific place named
    /// ("Jeddah", "Bali Strait"); null when not stated.</summary>
    public string? Place { get; init; }

    /// <summary>For an event placed in a city, region or sea ("Jeddah"), the country the text puts it in ("Saudi Arabia"), when it
    /// says; lets a country-level report of the same event agree with a city-level one.</summary>
    public string? PlaceWithin { get; init; }

    /// <summary>For a figure whose <see cref="Subject"/> is a body no list knows and the text names as one ("Halvex Group"), the
    /// country its document is about ("Vorland"), or null. The claim is compared in that country's slot
    /// (<see cref="Comparison.SlotKey"/>), still apart from the country's own figures and from other bodies, and its figure is read
    /// for agreement only with the same figure the country's own claims give. Set at extraction from the claim's document alone: a
    /// body's figures from a report about another country, or about none, stay apart from these.</summary>
    public string? SubjectWithin { get; init; }

    /// <summary>The stated amount, or null for a claim without one.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>Where the quantity is written, when there is one.</summary>
    public TextSpan? QuantitySpan { get; init; }

    /// <summary>Whether the claim affirms or denies its proposition.</summary>
    public Polarity Polarity { get; init; }

    /// <summary>How the claim is put forward.</summary>
    public Modality Modality { get; init; }

    /// <summary>When the claim holds, or null when neither the sentence nor the document says.</summary>
    public TimeScope? Time { get; init; }

    /// <summary>Whether the text gives the figure as an update of an earlier count of the same thing ("the toll rose to 146", "has
    /// reached 1,460", "was revised down to 54", "now stands at 212"): with other counts it reads as a timeline, not a dispute.</summary>
    public bool IsUpdate { get; init; }

    /// <summary>Whether <see cref="IsUpdate"/> rests only on a running cue after the figure ("15 are still missing", "remain
    /// unaccounted for", "40 arrests so far"), with no update cue before it: the text gives the count as it stands, not as changed
    /// from an earlier one.</summary>
    public bool IsCountSoFar { get; init; }

    /// <summary>Whether the text gives the figure as an earlier count that a later one has replaced ("had initially put the toll at
    /// 3,100", "the previous estimate had been 45", "up from 70"): it is not set against the current figures, only against other
    /// earlier ones.</summary>
    public bool IsEarlier { get; init; }

    /// <summary>Whether the text gives the figure as provisional ("a preliminary figure of 410", "a provisional toll of 47"): a later
    /// figure from the same origin replaces it, while another origin's figure still disputes it.</summary>
    public bool IsProvisional { get; init; }

    /// <summary>Whether the text gives the figure as read at an hour of its day ("turnout stood at 48 per cent by 3 pm", "At 16:15
    /// the board showed 312 trains late"): a count still running, which a larger figure of its slot for that day or a later
    /// one continues (a revision), not disputes; a smaller one still disputes it.</summary>
    public bool IsReadAtHour { get; init; }

    /// <summary>Whether the figure's clause states a span of time the count is over ("In 48 hours, 900 people left the valley", "within a
    /// day", "over the past two days"): a count of its span, which a larger count of a later span does not continue as a running
    /// total grown.</summary>
    public bool IsOverStatedSpan { get; init; }

    /// <summary>Whether the figure's clause names one night or one ranked day of a series as its span ("on the third night", "in a
    /// fourth straight night", "during the night", "arrested overnight"): one occurrence's count, which is no step of a running total
    /// nor of another night's count, so the comparison keeps it out of timelines.</summary>
    public bool IsOneOccurrence { get; init; }

    /// <summary>Whether the amount is a vague plural ("hundreds", "dozens of homes", "tens of thousands"): a span of values that fits
    /// every figure inside it, so the comparison reads it as a bound, never as a point that joins the figures it spans.</summary>
    public bool IsVague { get; init; }

    /// <summary>The event, other than the one its document reports, that the figure's clause is about, or null: its name ("ten days
    /// after Cyclone Orlen killed 14 people" in a report on another storm), or for a toll dated more than a week before the day the
    /// lead reports, that date as written ("13 miners were killed in late January", in a report of Saturday's collapse). Such a figure
    /// is background, never compared.</summary>
    public string? OtherEvent { get; init; }

    /// <summary>Whether the figure is for a part of its subject: a city or region inside the country (<see cref="Place"/>, with the
    /// country in <see cref="PlaceWithin"/>). A part is compared only with figures for the same part, never with the whole.</summary>
    public PlacePart Part { get; init; }

    /// <summary>Who says it, or null when the document does not say (the outlet itself).</summary>
    public Attribution.Attribution? Attribution { get; init; }
}

/// <summary>How a figure's place makes it a part of its subject.</summary>
public enum PlacePart
{
    /// <summary>Not a part: no place, or the subject itself.</summary>
    None,

    /// <summary>A place inside the subject is named ("in Paris"); a part only where the same figures are also given for the whole.</summary>
    Named,

    /// <summary>The text says it is a part ("12,000 of them in Lyon", "in the Velmar region alone", "7,000 marched in the capital").</summary>
    Stated,

    /// <summary>Not a part: the country is named by its own name as the place ("90,000 people marched in France"), the whole that
    /// named parts belong to.</summary>
    Whole,

    /// <summary>The place the counted event happened, named at the level the outlet chose ("in Brenmoor", its region, or only the
    /// document's country, or "in the capital" for a toll with no word making it a part), with the country as the subject: not a part, so the toll meets the tolls outlets give at other levels,
    /// unless a document of the slot gives figures for two such places (then each is a part).</summary>
    Event,

    /// <summary>A named venue inside the subject where the counted event happened or its people were counted ("hurt at Kestrel
    /// Square", "trapped in the Arlow mine"): read as <see cref="Event"/>, and a part also where a document that gives the venue's
    /// figure gives a larger figure of the same count that names no place ("10 arrested on Kestrel Square" beside "30 arrested").</summary>
    Venue,
}
