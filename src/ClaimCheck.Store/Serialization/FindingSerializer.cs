using System.Buffers;
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
    public static string Serialize(Finding finding) => StoredJsonEncoder.Finding(finding);

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
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> or <paramref name="slot"/> is null.</exception>
    public static string StableId(Finding finding, string slot)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(slot);
        // The content is encoded straight into a pooled buffer and hashed there: no builder, joined string or byte array per id.
        var content = new Utf8Content(ArrayPool<byte>.Shared.Rent(256));
        try
        {
            content.Append("finding/1\n").Append(finding.Kind.ToString()).Append("\n").Append(slot).Append("\n");
            foreach (var side in finding.Sides)
            {
                content.Append(side.Label).Append("\t");
                for (var i = 0; i < side.ClaimIds.Length; i++)
                {
                    (i == 0 ? content : content.Append(",")).Append(side.ClaimIds[i]);
                }

                content.Append("\n");
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(content.Written, hash);
            Span<char> id = stackalloc char[18];
            "F-".CopyTo(id);
            Convert.TryToHexStringLower(hash[..8], id[2..], out _);
            return new string(id);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(content.Buffer);
        }
    }

    /// <summary>Text appended as UTF-8 to a pooled buffer that grows (by renting a larger one) as needed.</summary>
    private sealed class Utf8Content(byte[] buffer)
    {
        private int _length;

        public byte[] Buffer { get; private set; } = buffer;

        public ReadOnlySpan<byte> Written => Buffer.AsSpan(0, _length);

        public Utf8Content Append(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return this;
            }

            var needed = _length + Encoding.UTF8.GetMaxByteCount(text.Length);
            if (needed > Buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Buffer.Length * 2));
                Written.CopyTo(larger);
                ArrayPool<byte>.Shared.Return(Buffer);
                Buffer = larger;
            }

            _length += Encoding.UTF8.GetBytes(text, Buffer.AsSpan(_length));
            return this;
        }
    }
}
