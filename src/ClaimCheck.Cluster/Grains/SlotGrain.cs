using ClaimCheck.Claims;
using ClaimCheck.Cluster.Serialization;
using ClaimCheck.Documents;
using ClaimCheck.Store.Serialization;

namespace ClaimCheck.Cluster.Grains;

/// <summary>One slot of one check: its claims in persistent state, compared on every add that brings a new claim.</summary>
/// <remarks>Adds are idempotent by claim id (delivery is at least once: a client retries a batch whose call failed, and some of
/// its adds may have landed). The state is written before an add returns, so an acknowledged claim survives the loss of the
/// silo; a write that fails deactivates the grain, which then reloads what was stored.</remarks>
internal sealed class SlotGrain(
    [PersistentState("slot", ClaimCheckClusterHosting.StorageName)] IPersistentState<SlotState> state,
    ClusterPipeline pipeline) : Grain, ISlotGrain
{
    private readonly Dictionary<string, Claim> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _outlets = new(StringComparer.Ordinal);
    private SlotResult _result = SlotResult.Empty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var json in state.State.Claims)
        {
            var claim = ClaimSerializer.Deserialize(json);
            _claims[claim.Id] = claim;
        }

        foreach (var document in state.State.Documents)
        {
            _outlets[document.Id] = document.Outlet;
        }

        Compare();
        return Task.CompletedTask;
    }

    public async Task<int> AddAsync(SlotAdd add, CancellationToken cancellationToken = default)
    {
        var fresh = add.Claims.Where(c => !_claims.ContainsKey(c.Id)).DistinctBy(c => c.Id, StringComparer.Ordinal).ToList();
        var documents = add.Documents.Where(d => !_outlets.ContainsKey(d.Id)).DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (fresh.Count == 0 && documents.Count == 0)
        {
            return _claims.Count;
        }

        state.State = new SlotState([.. state.State.Documents, .. documents], [.. state.State.Claims, .. fresh.Select(ClaimSerializer.Serialize)]);
        try
        {
            await state.WriteStateAsync(cancellationToken).ConfigureAwait(true);
        }
        catch
        {
            // What is in memory may now differ from what is stored: start again from the store.
            DeactivateOnIdle();
            throw;
        }

        foreach (var claim in fresh)
        {
            _claims[claim.Id] = claim;
        }

        foreach (var document in documents)
        {
            _outlets[document.Id] = document.Outlet;
        }

        Compare();
        return _claims.Count;
    }

    public Task<SlotResult> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(_result);

    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await state.ClearStateAsync(cancellationToken).ConfigureAwait(true);
        _claims.Clear();
        _outlets.Clear();
        _result = SlotResult.Empty;
        DeactivateOnIdle();
    }

    private void Compare()
    {
        if (_claims.Count == 0)
        {
            _result = SlotResult.Empty;
            return;
        }

        // Explanations name documents by id and outlet (Document.DisplayName); the text is not needed.
        var comparison = pipeline.Pipeline.Comparer.Analyze(_claims.Values, _outlets.Select(d => new Document(d.Key, string.Empty, d.Value)));
        _result = new SlotResult(_claims.Count, comparison.Findings, comparison.NotCompared);
    }
}
