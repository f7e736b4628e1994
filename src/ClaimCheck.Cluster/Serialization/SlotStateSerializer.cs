using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using Orleans.Storage;

namespace ClaimCheck.Cluster.Serialization;

/// <summary>Writes and reads a slot's persisted state as explicit, versioned JSON:
/// <c>{"v":1,"documents":[{"id":…,"outlet":…}],"claims":[…]}</c>, each claim in the claim store's JSON shape. No .NET type names
/// are stored, so renaming or moving a class never breaks a running cluster's data.</summary>
internal sealed class SlotStateSerializer : IGrainStorageSerializer
{
    /// <summary>The shape version written.</summary>
    public const int Version = 1;

    /// <summary>The one instance: it holds no state.</summary>
    public static readonly SlotStateSerializer Instance = new();

    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not the slot state.</exception>
    public BinaryData Serialize<T>(T? input)
    {
        if (input is not SlotState state)
        {
            throw new NotSupportedException($"ClaimCheck's slot storage keeps slot state only, not {typeof(T).Name}.");
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteStartArray("documents");
            foreach (var document in state.Documents)
            {
                writer.WriteStartObject();
                writer.WriteString("id", document.Id);
                writer.WriteString("outlet", document.Outlet);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("claims");
            foreach (var claim in state.Claims)
            {
                writer.WriteRawValue(claim, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return new BinaryData(buffer.WrittenMemory);
    }

    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not the slot state.</exception>
    /// <exception cref="InvalidDataException">The data is not a slot state of a version this code reads.</exception>
    public T Deserialize<T>(BinaryData input)
    {
        if (typeof(T) != typeof(SlotState))
        {
            throw new NotSupportedException($"ClaimCheck's slot storage keeps slot state only, not {typeof(T).Name}.");
        }

        try
        {
            using var json = JsonDocument.Parse(input.ToMemory());
            var root = json.RootElement;
            var version = root.GetProperty("v").GetInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"a slot's stored state has version {version}; this version of ClaimCheck.Cluster reads version {Version}");
            }

            var documents = ImmutableArray.CreateBuilder<SlotDocument>();
            foreach (var document in root.GetProperty("documents").EnumerateArray())
            {
                documents.Add(new SlotDocument(document.GetProperty("id").GetString()!, document.GetProperty("outlet").GetString()));
            }

            var claims = ImmutableArray.CreateBuilder<string>();
            foreach (var claim in root.GetProperty("claims").EnumerateArray())
            {
                claims.Add(claim.GetRawText());
            }

            return (T)(object)new SlotState(documents.ToImmutable(), claims.ToImmutable());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"a slot's stored state is not valid: {e.Message}", e);
        }
    }
}
