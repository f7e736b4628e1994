using System.Text.Json;
using ClaimCheck.Claims;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Store.Serialization;

/// <summary>Claims to and from the store's JSON shape: versioned (<c>"v": 1</c>), fields and enum members by name, never .NET type
/// names, so renaming a class does not break stored data. The claim store keeps claims so, and a cluster persists and sends them
/// so.</summary>
public static class ClaimSerializer
{
    /// <summary>The shape version written.</summary>
    public const int Version = 1;

    /// <summary>The claim as one JSON object. Members at their default value (null, false, zero, an enum's first member) are left
    /// out, and <see cref="Deserialize"/> reads a missing member as that default, so the object is about 40% shorter than with
    /// every member written; <see cref="Deserialize"/> reads both forms.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public static string Serialize(Claim claim) => StoredJsonEncoder.Claim(claim);

    internal static ClaimJson ToJson(Claim claim) => new(
        Version,
        claim.Id,
        claim.DocumentId,
        ToJson(claim.Span),
        claim.Text,
        claim.Type,
        claim.Subject,
        claim.Measure,
        claim.Predicate,
        claim.Place,
        claim.PlaceWithin,
        claim.Quantity is { } q ? new QuantityJson(q.Value, q.Low, q.High, q.Qualifier, q.Unit.Name, q.Unit.Kind, q.IsIncrement) : null,
        claim.QuantitySpan is { } qs ? ToJson(qs) : null,
        claim.Polarity,
        claim.Modality,
        claim.Time is { } t ? new TimeJson(t.Start, t.End, t.Text, t.Span is { } ts ? ToJson(ts) : null, t.Source) : null,
        claim.Attribution is { } a ? new AttributionJson(a.Speaker, a.Organization, a.Role, a.Affiliation, a.Cue, a.Span is { } s ? ToJson(s) : null, a.IsIndependent) : null,
        claim.IsUpdate,
        claim.Part,
        claim.IsEarlier,
        claim.IsProvisional,
        claim.IsVague,
        claim.OtherEvent,
        claim.IsReadAtHour,
        claim.IsOverStatedSpan,
        claim.SubjectWithin,
        claim.IsCountSoFar,
        claim.IsOneOccurrence);

    /// <summary>The claim <paramref name="json"/> holds.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a claim of a shape version this code reads.</exception>
    public static Claim Deserialize(string json)
    {
        ClaimJson? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, StoreJsonContext.Default.ClaimJson);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"a stored claim is not valid JSON: {e.Message}", e);
        }

        return dto is null ? throw new InvalidDataException("a stored claim is null") : FromJson(dto);
    }

    /// <exception cref="InvalidDataException">The claim's shape version is unknown or a value cannot be restored.</exception>
    internal static Claim FromJson(ClaimJson dto)
    {
        if (dto.V != Version)
        {
            throw new InvalidDataException($"claim '{dto.Id}' has JSON shape version {dto.V}; this version of ClaimCheck.Store reads version {Version}");
        }

        try
        {
            return new Claim
            {
                Id = dto.Id,
                DocumentId = dto.DocumentId,
                Span = FromJson(dto.Span),
                Text = dto.Text,
                Type = dto.Type,
                Subject = dto.Subject,
                Measure = dto.Measure,
                Predicate = dto.Predicate,
                Place = dto.Place,
                PlaceWithin = dto.PlaceWithin,
                Quantity = dto.Quantity is { } q ? Restore(q, dto.Id) : null,
                QuantitySpan = dto.QuantitySpan is { } qs ? FromJson(qs) : null,
                Polarity = dto.Polarity,
                Modality = dto.Modality,
                Time = dto.Time is { } t ? new TimeScope(t.Start, t.End, t.Text, t.Span is { } ts ? FromJson(ts) : null) { Source = t.Source } : null,
                Attribution = dto.Attribution is { } a
                    ? new Attribution.Attribution(a.Speaker, a.Organization, a.Role, a.Affiliation, a.Cue, a.Span is { } s ? FromJson(s) : null) { IsIndependent = a.IsIndependent }
                    : null,
                IsUpdate = dto.IsUpdate,
                Part = dto.Part,
                IsEarlier = dto.IsEarlier,
                IsProvisional = dto.IsProvisional,
                IsReadAtHour = dto.IsReadAtHour,
                IsOverStatedSpan = dto.IsOverStatedSpan,
                IsVague = dto.IsVague,
                OtherEvent = dto.OtherEvent,
                SubjectWithin = dto.SubjectWithin,
                IsCountSoFar = dto.IsCountSoFar,
                IsOneOccurrence = dto.IsOneOccurrence,
            };
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"claim '{dto.Id}' cannot be restored: {e.Message}", e);
        }
    }

    private static SpanJson ToJson(TextSpan span) => new(span.Start, span.Length);

    private static TextSpan FromJson(SpanJson span) => new(span.Start, span.Length);

    private static Quantity Restore(QuantityJson q, string claimId)
    {
        var unit = RestoreUnit(q.Unit, q.UnitKind, claimId);
        var quantity = q.Qualifier == Qualifier.Range
            ? Quantity.Between(q.Low ?? q.Value, q.High ?? q.Value, unit)
            : Quantity.Create(q.Value, q.Qualifier, unit);
        return q.IsIncrement ? quantity.AsIncrement() : quantity;
    }

    // Units are built only through their factories; the factories normalise names that are already normal, and a name they
    // would change is refused rather than silently read as another unit.
    private static Unit RestoreUnit(string name, UnitKind kind, string claimId)
    {
        var unit = kind switch
        {
            UnitKind.None => Unit.None,
            UnitKind.Count => Unit.Count(name),
            UnitKind.Currency => Unit.Currency(name),
            UnitKind.Duration => Unit.Duration(name),
            UnitKind.Physical => Unit.Physical(name),
            UnitKind.Percentage when name == Unit.PercentagePoint.Name => Unit.PercentagePoint,
            UnitKind.Percentage => Unit.Percent,
            _ => throw new InvalidDataException($"claim '{claimId}' has an unknown unit kind '{kind}'"),
        };
        return unit.Name == name ? unit : throw new InvalidDataException($"claim '{claimId}': the {kind} unit '{name}' cannot be restored as stored");
    }
}
