using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClaimCheck.Comparison;

namespace ClaimCheck.Store.Serialization;

/// <summary>Findings to and from the store's JSON shape (versioned, fields and enum members by name; the id is kept beside it), and
/// their stable ids.</summary>
public static class FindingSerializer
{
    /// <summary>The shape version written.</summary>
    public const int Version = 1;

    /// <summary>The finding, without its id, as one JSON object.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static string Serialize(Finding finding) => JsonSerializer.Serialize(ToJson(finding), StoreJsonContext.Default.FindingJson);

    internal static FindingJson ToJson(Finding finding) => new(
        Version,
        finding.Kind,
        finding.Severity,
        finding.Topic,
        [.. finding.ClaimIds],
        [.. finding.Sides.Select(s => new SideJson(s.Label, [.. s.ClaimIds]))],
        [.. finding.Neutral],
        finding.IndependentOrigins,
        finding.Explanation);

    /// <summary>The finding <paramref name="json"/> holds, with the id <paramref name="id"/>.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a finding of a shape version this code reads.</exception>
    public static Finding Deserialize(string id, string json)
    {
        FindingJson? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, StoreJsonContext.Default.FindingJson);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"finding '{id}' is not valid JSON: {e.Message}", e);
        }

        if (dto is null || dto.V != Version)
        {
            throw new InvalidDataException($"finding '{id}' has JSON shape version {dto?.V}; this version of ClaimCheck.Store reads version {Version}");
        }

        return new Finding
        {
            Id = id,
            Kind = dto.Kind,
            Severity = dto.Severity,
            Topic = dto.Topic,
            ClaimIds = [.. dto.ClaimIds],
            Sides = [.. dto.Sides.Select(s => new FindingSide(s.Label, [.. s.ClaimIds]))],
            Neutral = [.. dto.Neutral],
            IndependentOrigins = dto.IndependentOrigins,
            Explanation = dto.Explanation,
        };
    }

    /// <summary>A finding's stable id: "F-" and 16 hex digits of the SHA-256 of its kind, slot, and each side's label and claim
    /// ids, in order. The same finding gets the same id in every run; one that gains a side or a claim gets a new id.</summary>
    public static string StableId(Finding finding, string slot)
    {
        var content = new StringBuilder();
        content.Append("finding/1\n").Append(finding.Kind).Append('\n').Append(slot).Append('\n');
        foreach (var side in finding.Sides)
        {
            content.Append(side.Label).Append('\t').AppendJoin(',', side.ClaimIds).Append('\n');
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString()), hash);
        return "F-" + Convert.ToHexStringLower(hash[..8]);
    }
}
