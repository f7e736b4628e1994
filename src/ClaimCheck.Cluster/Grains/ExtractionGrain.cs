using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Cluster.Serialization;
using ClaimCheck.Comparison;
using ClaimCheck.Reporting;
using Orleans.Concurrency;

namespace ClaimCheck.Cluster.Grains;

/// <summary>Extraction on whichever silo receives the call, one activation per core at most.</summary>
[StatelessWorker]
internal sealed class ExtractionGrain(ClusterPipeline pipeline) : Grain, IExtractionGrain
{
    public async Task<ExtractionResult> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken = default)
    {
        CheckReport extracted;
        try
        {
            extracted = pipeline.Pipeline.ExtractAll(request.Documents, cancellationToken);
        }
        catch (ClaimCheckLimitException e)
        {
            return new ExtractionResult([], [], [], [], [], new LimitExceeded(e.LimitName, e.Limit, e.Actual, e.DocumentId));
        }

        var comparer = pipeline.Pipeline.Comparer;
        var slots = new Dictionary<SlotKey, List<Claim>>();
        var unslotted = new List<Claim>();
        foreach (var claim in extracted.Claims)
        {
            if (comparer.SlotOf(claim) is not { } slot)
            {
                unslotted.Add(claim);
                continue;
            }

            if (!slots.TryGetValue(slot, out var claims))
            {
                slots[slot] = claims = [];
            }

            claims.Add(claim);
        }

        var outlets = extracted.Documents.ToDictionary(d => d.Id, d => d.Outlet, StringComparer.Ordinal);
        await Task.WhenAll(slots.Select(slot => GrainFactory.GetGrain<ISlotGrain>(request.CheckId, slot.Key.Value).AddAsync(
            new SlotAdd(
                [.. slot.Value],
                [.. slot.Value.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Select(id => new SlotDocument(id, outlets.GetValueOrDefault(id)))]),
            cancellationToken))).ConfigureAwait(true);

        // A claim with no slot is left out for a reason of its own, which comparing it alone gives.
        var notCompared = unslotted.Count == 0 ? [] : comparer.Analyze(unslotted, []).NotCompared;
        return new ExtractionResult(extracted.Documents, extracted.Claims, extracted.Warnings, [.. slots.Keys], notCompared, null);
    }
}
