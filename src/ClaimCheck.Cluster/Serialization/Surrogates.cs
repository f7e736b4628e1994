using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Store.Serialization;

namespace ClaimCheck.Cluster.Serialization;

// How the library's types travel between clients and silos. Claims and findings go as the claim store's versioned JSON
// (ClaimSerializer, FindingSerializer): one format for claims wherever they are kept or sent. The others are plain fields.

[GenerateSerializer]
[Alias("claimcheck.claim.v1")]
internal struct ClaimSurrogate
{
    [Id(0)]
    public string Json;
}

[RegisterConverter]
internal sealed class ClaimSurrogateConverter : IConverter<Claim, ClaimSurrogate>
{
    public Claim ConvertFromSurrogate(in ClaimSurrogate surrogate) => ClaimSerializer.Deserialize(surrogate.Json);

    public ClaimSurrogate ConvertToSurrogate(in Claim value) => new() { Json = ClaimSerializer.Serialize(value) };
}

[GenerateSerializer]
[Alias("claimcheck.finding.v1")]
internal struct FindingSurrogate
{
    [Id(0)]
    public string Id;

    [Id(1)]
    public string Json;
}

[RegisterConverter]
internal sealed class FindingSurrogateConverter : IConverter<Finding, FindingSurrogate>
{
    public Finding ConvertFromSurrogate(in FindingSurrogate surrogate) => FindingSerializer.Deserialize(surrogate.Id, surrogate.Json);

    public FindingSurrogate ConvertToSurrogate(in Finding value) => new() { Id = value.Id, Json = FindingSerializer.Serialize(value) };
}

[GenerateSerializer]
[Alias("claimcheck.document.v1")]
internal struct DocumentSurrogate
{
    [Id(0)]
    public string Id;

    [Id(1)]
    public string Text;

    [Id(2)]
    public string? Outlet;

    [Id(3)]
    public int? Published;

    [Id(4)]
    public string? Url;

    [Id(5)]
    public string? Place;

    [Id(6)]
    public string? Topic;
}

[RegisterConverter]
internal sealed class DocumentSurrogateConverter : IConverter<Document, DocumentSurrogate>
{
    public Document ConvertFromSurrogate(in DocumentSurrogate surrogate) =>
        new(surrogate.Id, surrogate.Text, surrogate.Outlet, surrogate.Published is { } day ? DateOnly.FromDayNumber(day) : null,
            surrogate.Url is { } url ? new Uri(url, UriKind.RelativeOrAbsolute) : null)
        {
            Place = surrogate.Place,
            Topic = surrogate.Topic,
        };

    public DocumentSurrogate ConvertToSurrogate(in Document value) => new()
    {
        Id = value.Id,
        Text = value.Text,
        Outlet = value.Outlet,
        Published = value.Published?.DayNumber,
        Url = value.Url?.OriginalString,
        Place = value.Place,
        Topic = value.Topic,
    };
}

[GenerateSerializer]
[Alias("claimcheck.not-compared.v1")]
internal struct NotComparedSurrogate
{
    [Id(0)]
    public string ClaimId;

    [Id(1)]
    public string Measure;

    [Id(2)]
    public string Reason;
}

[RegisterConverter]
internal sealed class NotComparedSurrogateConverter : IConverter<NotComparedClaim, NotComparedSurrogate>
{
    public NotComparedClaim ConvertFromSurrogate(in NotComparedSurrogate surrogate) =>
        new(surrogate.ClaimId, surrogate.Measure, Enum.Parse<NotComparedReason>(surrogate.Reason));

    public NotComparedSurrogate ConvertToSurrogate(in NotComparedClaim value) =>
        new() { ClaimId = value.ClaimId, Measure = value.Measure, Reason = value.Reason.ToString() };
}

[GenerateSerializer]
[Alias("claimcheck.slot-key.v1")]
internal struct SlotKeySurrogate
{
    [Id(0)]
    public string Kind;

    [Id(1)]
    public string Subject;

    [Id(2)]
    public string Measure;

    [Id(3)]
    public string Unit;

    [Id(4)]
    public int ModalityClass;
}

[RegisterConverter]
internal sealed class SlotKeySurrogateConverter : IConverter<SlotKey, SlotKeySurrogate>
{
    public SlotKey ConvertFromSurrogate(in SlotKeySurrogate surrogate) =>
        new(Enum.Parse<SlotKind>(surrogate.Kind), surrogate.Subject, surrogate.Measure, surrogate.Unit, surrogate.ModalityClass);

    public SlotKeySurrogate ConvertToSurrogate(in SlotKey value) => new()
    {
        Kind = value.Kind.ToString(),
        Subject = value.Subject,
        Measure = value.Measure,
        Unit = value.Unit,
        ModalityClass = value.ModalityClass,
    };
}
