using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Cluster.Grains;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimCheck.Cluster;

/// <summary>Checks documents on a ClaimCheck cluster: the silos extract the claims and each slot grain compares its slot; the report
/// has the same findings as <see cref="ClaimChecker.Check(IEnumerable{Document})"/> with the silos' pipeline.</summary>
/// <remarks>
/// Documents go to the extraction workers in batches (<see cref="ClusterCheckOptions.DocumentsPerCall"/>), several at once; each
/// worker adds the batch's claims to their slot grains before it answers. A call that fails (a silo died, a grain was moving, a
/// timeout) is sent again, up to <see cref="ClusterCheckOptions.MaxAttempts"/> times: the slot grains skip claims they already hold,
/// so a batch retried after some of its claims landed adds nothing twice. When every batch is in, the checker reads each touched
/// slot's findings, orders them as a check in one process does and numbers them F1, F2…; then the slots' state is cleared.
/// Each check has slot grains of its own, so checks never see each other's claims.
/// The claims not compared are those of every slot and the claims no slot takes; the reasons that only a look across slots gives
/// ("a flow beside totals", "another currency") are not listed. <see cref="ClaimCheckOptions.MaxDocuments"/> does not apply: the
/// silos see one batch at a time.
/// </remarks>
public sealed class ClusterClaimChecker : IAsyncDisposable
{
    private readonly IClusterClient _client;
    private readonly ClusterCheckOptions _options;
    private readonly IHost? _host;

    /// <summary>A checker that uses <paramref name="client"/>, connected to a cluster whose silos run
    /// <see cref="ClaimCheckClusterHosting.UseClaimCheck(ISiloBuilder, ClaimCheckClusterOptions, ClaimPipeline?)"/> (or
    /// <see cref="ClaimCheckClusterHosting.AddClaimCheckGrains"/>). The client stays the caller's.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ClusterClaimChecker(IClusterClient client, ClusterCheckOptions? options = null)
        : this(client, options, null)
    {
    }

    private ClusterClaimChecker(IClusterClient client, ClusterCheckOptions? options, IHost? host)
    {
        ArgumentNullException.ThrowIfNull(client);
        _options = options ?? new ClusterCheckOptions();
        _options.Validate();
        _client = client;
        _host = host;
    }

    /// <summary>Connects to the cluster of <paramref name="cluster"/> with a client of its own, which <see cref="DisposeAsync"/> stops.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cluster"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is empty or out of range.</exception>
    /// <exception cref="ClaimCheckClusterException">Redis cannot be reached, or no silo of the cluster answers.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<ClusterClaimChecker> ConnectAsync(ClaimCheckClusterOptions cluster, ClusterCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        (options ?? new ClusterCheckOptions()).Validate();
        await ClaimCheckClusterHosting.EnsureRedisReachableAsync(cluster, cancellationToken).ConfigureAwait(false);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.None);
        builder.UseOrleansClient(client => client.UseClaimCheck(cluster));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClaimCheckClusterException(
                $"cannot connect to cluster '{cluster.ClusterId}' through Redis at {cluster.Redis}: {ClaimCheckClusterHosting.FirstLine(e.Message)}", e);
        }

        return new ClusterClaimChecker(host.Services.GetRequiredService<IClusterClient>(), options, host);
    }

    /// <summary>Extracts and compares <paramref name="documents"/> on the cluster, reading them as they arrive.</summary>
    /// <returns>The documents as read (outlets inferred, truncated to the silos' limits), their claims in document order, the
    /// findings (numbered F1, F2… in report order), the claims not compared and the warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="ClaimCheckLimitException">A document exceeds a limit of the silos' pipeline, which stops at limits.</exception>
    /// <exception cref="ClaimCheckClusterException">A call to the cluster still failed after its retries.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CheckReport> CheckAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var checkId = Guid.NewGuid();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(_options.MaxConcurrentCalls);
        var calls = new List<Task<ExtractionResult>>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<Document>(_options.DocumentsPerCall);
        try
        {
            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (document is null)
                {
                    throw new ArgumentNullException(nameof(documents), $"Document at index {ids.Count} is null.");
                }

                if (!ids.Add(document.Id))
                {
                    throw new ArgumentException($"Two documents have the id '{document.Id}'; ids must be unique within a check.", nameof(documents));
                }

                batch.Add(document);
                if (batch.Count == _options.DocumentsPerCall)
                {
                    calls.Add(await SendAsync(checkId, calls.Count, [.. batch], gate, failed).ConfigureAwait(false));
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                calls.Add(await SendAsync(checkId, calls.Count, [.. batch], gate, failed).ConfigureAwait(false));
            }

            var extracted = await Task.WhenAll(calls).ConfigureAwait(false);
            if (extracted.FirstOrDefault(r => r.Limit is not null)?.Limit is { } limit)
            {
                throw limit.ToException();
            }

            var slots = extracted.SelectMany(r => r.Slots).Distinct().ToList();
            var results = new SlotResult[slots.Count];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, slots.Count),
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentCalls, CancellationToken = cancellationToken },
                async (i, ct) => results[i] = await CallAsync(() => Slot(checkId, slots[i]).GetResultAsync(ct), $"reading slot '{slots[i].Value}'", ct).ConfigureAwait(false))
                .ConfigureAwait(false);
            var warnings = extracted.SelectMany(r => r.Warnings).ToList();
            if (!_options.KeepSlotState)
            {
                var kept = await ClearAsync(checkId, slots, cancellationToken).ConfigureAwait(false);
                if (kept > 0)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture, $"The cluster could not clear {kept:N0} slots of check {checkId}; their claims stay in its storage."));
                }
            }

            return Report(extracted, results, warnings);
        }
        catch
        {
            await failed.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(calls.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the client this checker connected with <see cref="ConnectAsync"/>; a client given to the constructor stays as it is.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync().ConfigureAwait(false);
            _host.Dispose();
        }
    }

    private static CheckReport Report(ExtractionResult[] extracted, SlotResult[] results, List<string> warnings)
    {
        ImmutableArray<Claim> claims = [.. extracted.SelectMany(r => r.Claims)];
        var order = claims.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        // The order of a check in one process (ClaimComparer.Analyze), which is total whatever order the slots answered in.
        var findings = results.SelectMany(r => r.Findings)
            .Order(FindingReportOrder.Instance)
            .Select((f, i) => f with { Id = string.Create(CultureInfo.InvariantCulture, $"F{i + 1}") });
        var notCompared = results.SelectMany(r => r.NotCompared).Concat(extracted.SelectMany(r => r.NotCompared))
            .Where(n => order.ContainsKey(n.ClaimId))
            .OrderBy(n => order[n.ClaimId]);
        return new CheckReport([.. extracted.SelectMany(r => r.Documents)], claims, [.. findings], [.. warnings]) { NotCompared = [.. notCompared] };
    }

    private async Task<Task<ExtractionResult>> SendAsync(Guid checkId, int number, ImmutableArray<Document> batch, SemaphoreSlim gate, CancellationTokenSource failed)
    {
        await gate.WaitAsync(failed.Token).ConfigureAwait(false);
        return Run();

        async Task<ExtractionResult> Run()
        {
            try
            {
                // Stateless workers run on the silo whose gateway takes the call; several keys spread the calls over the gateways.
                return await CallAsync(
                    () => _client.GetGrain<IExtractionGrain>(number % 1024).ExtractAsync(new ExtractionRequest(checkId, batch), failed.Token),
                    $"extracting documents '{batch[0].Id}' to '{batch[^1].Id}'",
                    failed.Token).ConfigureAwait(false);
            }
            catch
            {
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private async Task<int> ClearAsync(Guid checkId, List<SlotKey> slots, CancellationToken cancellationToken)
    {
        var kept = 0;
        await Parallel.ForEachAsync(
            slots,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentCalls, CancellationToken = cancellationToken },
            async (slot, ct) =>
            {
                try
                {
                    await CallAsync(async () => { await Slot(checkId, slot).ClearAsync(ct).ConfigureAwait(false); return true; }, $"clearing slot '{slot.Value}'", ct).ConfigureAwait(false);
                }
                catch (ClaimCheckClusterException)
                {
                    Interlocked.Increment(ref kept);
                }
            }).ConfigureAwait(false);
        return kept;
    }

    private ISlotGrain Slot(Guid checkId, SlotKey slot) => _client.GetGrain<ISlotGrain>(checkId, slot.Value, null);

    /// <summary>Runs a grain call, again after <see cref="ClusterCheckOptions.RetryDelay"/> when it fails, up to
    /// <see cref="ClusterCheckOptions.MaxAttempts"/> times.</summary>
    private async Task<T> CallAsync<T>(Func<Task<T>> call, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not (OperationCanceledException or ArgumentException or InvalidDataException or NotSupportedException))
            {
                if (attempt >= _options.MaxAttempts)
                {
                    throw new ClaimCheckClusterException($"the cluster kept failing while {what} ({attempt} attempts): {ClaimCheckClusterHosting.FirstLine(e.Message)}", e);
                }

                await Task.Delay(_options.RetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
