using System.Collections.Concurrent;
using System.Globalization;
using ClaimCheck.Cluster.Serialization;
using Orleans.Storage;

namespace ClaimCheck.Cluster.Tests.Infrastructure;

/// <summary>Grain storage outside the silos, shared by every silo of an in-process test cluster, as Redis is shared by the silos
/// of a real one: a silo killed mid-run takes its activations with it, never the stored state. State is kept as the bytes
/// <see cref="SlotStateSerializer"/> writes, with an ETag per grain checked on every write, as the Redis storage does.</summary>
internal sealed class SharedGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<string, (BinaryData Data, string ETag)> _entries = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>How many grains have state stored.</summary>
    public int Count => _entries.Count;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_entries.TryGetValue(Key(stateName, grainId), out var entry))
        {
            grainState.State = SlotStateSerializer.Instance.Deserialize<T>(entry.Data);
            grainState.ETag = entry.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        var data = SlotStateSerializer.Instance.Serialize(grainState.State);
        var etag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        lock (_entries)
        {
            var stored = _entries.TryGetValue(key, out var entry) ? entry.ETag : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException($"ETag mismatch for {key}", stored, grainState.ETag);
            }

            _entries[key] = (data, etag);
        }

        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_entries)
        {
            _entries.TryRemove(Key(stateName, grainId), out _);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static string Key(string stateName, GrainId grainId) => $"{stateName}/{grainId}";
}
