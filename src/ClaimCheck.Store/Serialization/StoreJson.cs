using System.Text.Json.Serialization;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Quantities;
using ClaimCheck.Time;

namespace ClaimCheck.Store.Serialization;

// The store's own JSON shapes, version 1 ("v": 1 in each claim and finding). They name fields and enum members explicitly and
// never .NET type names, so renaming a class does not break a store; a change to a shape raises its version, and the reader
// keeps reading every earlier version. Enum members are written by name, as in the report's JSON contract.

internal sealed record SpanJson(int Start, int Length);

internal sealed record QuantityJson(double Value, double? Low, double? High, Qualifier Qualifier, string Unit, UnitKind UnitKind, bool IsIncrement);

internal sealed record TimeJson(DateOnly? Start, DateOnly? End, string Text, SpanJson? Span, TimeScopeSource Source = TimeScopeSource.Stated);

internal sealed record AttributionJson(string? Speaker, string? Organization, string? Role, string? Affiliation, string? Cue, SpanJson? Span, bool IsIndependent = false);

// A claim as the store and a cluster keep it (ClaimSerializer.Serialize, written by StoredJsonEncoder in this order and with these
// names) leaves out members at their default value (reading a missing member gives that default, which every default parameter
// below also is), so a stored claim is about 40% shorter: 812 → 503 characters on average over the benchmark's 110,000 claims.
// Exports keep every member.
internal sealed record ClaimJson(
    int V,
    string Id,
    string DocumentId,
    SpanJson Span,
    string Text,
    ClaimType Type,
    string? Subject,
    string Measure,
    string? Predicate,
    string? Place,
    string? PlaceWithin,
    QuantityJson? Quantity,
    SpanJson? QuantitySpan,
    Polarity Polarity,
    Modality Modality,
    TimeJson? Time,
    AttributionJson? Attribution,
    bool IsUpdate = false,
    PlacePart Part = PlacePart.None,
    bool IsEarlier = false,
    bool IsProvisional = false,
    bool IsVague = false,
    string? OtherEvent = null,
    bool IsReadAtHour = false,
    bool IsOverStatedSpan = false,
    string? SubjectWithin = null,
    bool IsCountSoFar = false,
    bool IsOneOccurrence = false);

internal sealed record SideJson(string Label, string[] ClaimIds);

// Stored with every member (FindingSerializer.Serialize, written by StoredJsonEncoder in this order and with these names).
internal sealed record FindingJson(
    int V,
    FindingKind Kind,
    FindingSeverity Severity,
    string Topic,
    string[] ClaimIds,
    SideJson[] Sides,
    string[] Neutral,
    int? IndependentOrigins,
    string Explanation);

// Export records: one per line, "record" says which.
internal sealed record ExportHeaderJson(string Record, string Format, int SchemaVersion, long Documents, long Claims, long Findings);

internal sealed record ExportDocumentJson(
    string Record,
    string Id,
    int Version,
    string ContentHash,
    string? Outlet,
    string? Published,
    string? Url,
    string? Place,
    string? Topic,
    int Claims,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    string Text);

internal sealed record ExportClaimJson(string Record, string? Slot, ClaimJson Claim);

internal sealed record ExportFindingJson(string Record, string Id, string Slot, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, FindingJson Finding);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ClaimJson))]
[JsonSerializable(typeof(FindingJson))]
[JsonSerializable(typeof(ExportHeaderJson))]
[JsonSerializable(typeof(ExportDocumentJson))]
[JsonSerializable(typeof(ExportClaimJson))]
[JsonSerializable(typeof(ExportFindingJson))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
