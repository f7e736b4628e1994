using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Store.Serialization;

namespace ClaimCheck.Store;

/// <summary>The store over one database connection; <see cref="StoreDialect"/> holds what differs between SQLite and PostgreSQL.</summary>
internal sealed class SqlClaimStore : IClaimStore
{
    private readonly StoreDialect _dialect;
    private readonly DbConnection _connection;
    private readonly ClaimStoreOptions _options;

    // Commands by SQL text, created once and reused (never disposed before the store): SQLite keeps each one's statement
    // prepared, so a check does not parse the same SQL again for every document.
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    private SqlClaimStore(StoreDialect dialect, DbConnection connection, ClaimStoreOptions options)
    {
        _dialect = dialect;
        _connection = connection;
        _options = options;
    }

    public string Location => _dialect.Location;

    /// <summary>Opens the store, creating or migrating its tables as needed.</summary>
    public static async Task<SqlClaimStore> OpenAsync(StoreDialect dialect, ClaimStoreOptions options, CancellationToken cancellationToken)
    {
        var connection = dialect.CreateConnection(options);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await dialect.ConfigureAsync(connection, options, cancellationToken).ConfigureAwait(false);
            var store = new SqlClaimStore(dialect, connection, options);
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (Exception e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            if (dialect.Translate(e, options) is { } translated && !ReferenceEquals(translated, e))
            {
                throw translated;
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _commands.Clear();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    // ---- schema -------------------------------------------------------------------------------------------------------------

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // Reading the version takes no write lock; only a store that needs creating or migrating is locked, then read again.
        if (await ReadSchemaVersionAsync(null, cancellationToken).ConfigureAwait(false) == StoreSchema.Current)
        {
            return;
        }

        await using var transaction = await _dialect.BeginWriteAsync(_connection, _options, cancellationToken).ConfigureAwait(false);
        var version = await ReadSchemaVersionAsync(transaction, cancellationToken).ConfigureAwait(false);
        foreach (var (target, statements) in StoreSchema.Migrations.Where(m => m.Version > version))
        {
            foreach (var statement in statements)
            {
                await ExecuteAsync(transaction, statement, cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(transaction, "DELETE FROM store_meta", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(transaction, "INSERT INTO store_meta (key, value) VALUES ('format', @format), ('schema_version', @version)", cancellationToken,
                ("@format", StoreSchema.Format), ("@version", target.ToString(CultureInfo.InvariantCulture))).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The store's schema version: 0 for an empty database that may become a store.</summary>
    /// <exception cref="ClaimStoreException">The database is not a store, is a newer one, or is empty and may not be created.</exception>
    private async Task<int> ReadSchemaVersionAsync(DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var reader = await Command(transaction, _dialect.ListTablesSql).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (!tables.Contains("store_meta"))
        {
            if (tables.Count > 0)
            {
                throw new ClaimStoreException(Location, ClaimStoreProblem.NotAStore,
                    $"{Location} is not a ClaimCheck store: it holds tables ({string.Join(", ", tables.Order(StringComparer.Ordinal))}) but no store_meta table");
            }

            return _options.CreateIfMissing
                ? 0
                : throw new ClaimStoreException(Location, ClaimStoreProblem.NotFound, $"{Location}: no such store (the database holds no tables)");
        }

        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var reader = await Command(transaction, "SELECT key, value FROM store_meta").ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                meta[reader.GetString(0)] = reader.GetString(1);
            }
        }

        if (!meta.TryGetValue("format", out var format) || format != StoreSchema.Format)
        {
            throw new ClaimStoreException(Location, ClaimStoreProblem.NotAStore,
                $"{Location} is not a ClaimCheck store: its store_meta table says format '{format}', not '{StoreSchema.Format}'");
        }

        if (!meta.TryGetValue("schema_version", out var text) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            throw new ClaimStoreException(Location, ClaimStoreProblem.Damaged, $"{Location}: the store is damaged: its schema version '{text}' is not a number");
        }

        return version <= StoreSchema.Current
            ? version
            : throw new ClaimStoreException(Location, ClaimStoreProblem.NewerVersion,
                $"{Location} was written by a newer version of ClaimCheck.Store (store schema {version}; this version reads schemas up to {StoreSchema.Current}): "
                + "upgrade ClaimCheck.Store to open it; the store was not changed");
    }

    // ---- checking -----------------------------------------------------------------------------------------------------------

    public async Task<StoreCheckResult> CheckAsync(IEnumerable<Document> documents, ClaimPipeline pipeline, CancellationToken cancellationToken = default)
    {
        var stored = ImmutableArray.CreateBuilder<StoredDocument>();
        var findings = new Dictionary<string, StoredFinding>(StringComparer.Ordinal);
        var retired = new List<string>();
        var notCompared = new Dictionary<string, ImmutableArray<NotComparedClaim>>(StringComparer.Ordinal);
        var warnings = ImmutableArray.CreateBuilder<string>();
        await foreach (var batch in CheckBatchesAsync(documents, pipeline, cancellationToken).ConfigureAwait(false))
        {
            stored.AddRange(batch.Documents);
            warnings.AddRange(batch.Warnings);
            foreach (var group in batch.NotCompared.GroupBy(n => n.ClaimId[..n.ClaimId.LastIndexOf('#')], StringComparer.Ordinal))
            {
                notCompared[group.Key] = [.. group];
            }

            // A finding reported by an earlier batch and retired now is not reported; what replaces it replaces what it replaced.
            var earlier = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var id in batch.Retired)
            {
                if (findings.Remove(id, out var gone))
                {
                    earlier[id] = gone.Replaces;
                }
                else
                {
                    retired.Add(id);
                }
            }

            foreach (var finding in batch.Findings)
            {
                findings[finding.Finding.Id] = finding.Replaces is { } replaced && earlier.TryGetValue(replaced, out var original)
                    ? finding with { Replaces = original }
                    : finding;
            }
        }

        // A later batch may have updated a reported finding in place (the same sides, another neutral claim or wording): report
        // each as the store holds it now.
        var current = await Translated(() => ReloadAsync(findings.Values, cancellationToken)).ConfigureAwait(false);
        return new StoreCheckResult(stored.ToImmutable(), [.. ReportOrder(current)], [.. retired], [.. notCompared.Values.SelectMany(n => n)], warnings.ToImmutable());
    }

    private async Task<List<StoredFinding>> ReloadAsync(IEnumerable<StoredFinding> findings, CancellationToken cancellationToken)
    {
        var current = new List<StoredFinding>();
        foreach (var finding in findings)
        {
            await using var reader = await Command(null, "SELECT data, last_seen FROM findings WHERE slot_key = @slot AND id = @id",
                    ("@slot", finding.SlotKey), ("@id", finding.Finding.Id))
                .ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            current.Add(await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? finding with { Finding = ReadFinding(finding.Finding.Id, reader.GetString(0)), LastSeen = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)) }
                : finding);
        }

        return current;
    }

    public async IAsyncEnumerable<StoreCheckResult> CheckBatchesAsync(IEnumerable<Document> documents, ClaimPipeline pipeline,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pipeline);
        var decoded = new DecodedClaims();
        if (!_options.ExtractAhead)
        {
            // Each batch is read and extracted when the caller asks for it, after the one before was committed and yielded.
            foreach (var batch in Batches(documents))
            {
                var stored = await Translated(() => ReadStoredHashesAsync(batch, null, cancellationToken)).ConfigureAwait(false);
                var extracted = Extract(batch, stored, pipeline, cancellationToken);
                yield return await Translated(() => StoreBatchAsync(extracted, pipeline, decoded, cancellationToken)).ConfigureAwait(false);
            }

            yield break;
        }

        // ExtractAhead: extraction of the next batch runs on the thread pool while this thread stores and compares the current one (and while
        // the caller handles it): at most two batches are held, the one being stored and the one being extracted. Only this
        // thread uses the connection.
        using var extraction = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var batches = Batches(documents).GetEnumerator();
        Task<ExtractedBatch>? next = null;
        try
        {
            if (!batches.MoveNext())
            {
                yield break;
            }

            next = await Translated(() => StartExtractionAsync(batches.Current, null, pipeline, extraction.Token)).ConfigureAwait(false);
            while (next is not null)
            {
                // A failure to extract this batch surfaces here, after every earlier batch was stored and yielded.
                var current = await next.ConfigureAwait(false);
                next = null;
                ExceptionDispatchInfo? failedAhead = null;
                try
                {
                    if (batches.MoveNext())
                    {
                        next = await Translated(() => StartExtractionAsync(batches.Current, current, pipeline, extraction.Token)).ConfigureAwait(false);
                    }
                }
                catch (Exception e)
                {
                    // Reading the next batch failed (a null document, the input's own error): this batch is stored first, as
                    // one read at a time would have stored it.
                    failedAhead = ExceptionDispatchInfo.Capture(e);
                }

                yield return await Translated(() => StoreBatchAsync(current, pipeline, decoded, cancellationToken)).ConfigureAwait(false);
                failedAhead?.Throw();
            }
        }
        finally
        {
            if (next is not null)
            {
                // Stopped early (an error, a cancellation, or the caller stopped reading): the batch read ahead is never stored, so
                // its extraction is stopped and awaited; its own outcome is not reported, as it would never have been extracted.
                await extraction.CancelAsync().ConfigureAwait(false);
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>The documents in batches of up to <see cref="ClaimStoreOptions.DocumentsPerTransaction"/>, ids unique within each.</summary>
    private IEnumerable<List<Document>> Batches(IEnumerable<Document> documents)
    {
        var batch = new List<Document>(_options.DocumentsPerTransaction);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var document in documents)
        {
            if (document is null)
            {
                throw new ArgumentNullException(nameof(documents), $"Document at index {index} is null.");
            }

            index++;
            // A second version of a document in the same batch waits for the next one: each transaction stores an id once.
            if (batch.Count == _options.DocumentsPerTransaction || !ids.Add(document.Id))
            {
                yield return batch;
                batch = new List<Document>(_options.DocumentsPerTransaction);
                ids.Clear();
                ids.Add(document.Id);
            }

            batch.Add(document);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>A batch of documents (ids unique within it), their content hashes, and the claims of those that differed from the
    /// store when the batch was read (the others were expected unchanged).</summary>
    private sealed record ExtractedBatch(List<Document> Documents, List<string> Hashes, CheckReport Extracted);

    /// <summary>Reads which documents of <paramref name="batch"/> the store holds, then starts extracting on the thread pool those
    /// that are new or changed. <paramref name="ahead"/> is the batch to be stored before this one: its documents will then be
    /// stored as it gives them, so their content there counts instead of what the store holds now.</summary>
    private async Task<Task<ExtractedBatch>> StartExtractionAsync(List<Document> batch, ExtractedBatch? ahead, ClaimPipeline pipeline,
        CancellationToken cancellationToken)
    {
        var stored = await ReadStoredHashesAsync(batch, ahead, cancellationToken).ConfigureAwait(false);
        return Task.Run(() => Extract(batch, stored, pipeline, cancellationToken), cancellationToken);
    }

    /// <summary>The content hash the store holds for each of <paramref name="batch"/>'s documents it holds, by id; those of
    /// <paramref name="ahead"/> (the batch to be stored before this one) count as it gives them.</summary>
    private async Task<Dictionary<string, string>> ReadStoredHashesAsync(List<Document> batch, ExtractedBatch? ahead, CancellationToken cancellationToken)
    {
        var stored = (await ReadDocumentStatesAsync(null, batch, cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.Key, s => s.Value.Hash, StringComparer.Ordinal);
        for (var i = 0; ahead is not null && i < ahead.Documents.Count; i++)
        {
            stored[ahead.Documents[i].Id] = ahead.Hashes[i];
        }

        return stored;
    }

    /// <summary>Extracts the documents of <paramref name="batch"/> whose content differs from <paramref name="stored"/>. A guess
    /// either way only costs time: the states are read again under the write lock, and a document found changed then but not
    /// extracted is extracted there (as when another writer stored it meanwhile).</summary>
    private static ExtractedBatch Extract(List<Document> batch, Dictionary<string, string> stored, ClaimPipeline pipeline, CancellationToken cancellationToken)
    {
        var hashes = batch.Select(ContentHash).ToList();
        var changed = batch.Where((d, i) => !stored.TryGetValue(d.Id, out var hash) || hash != hashes[i]);
        return new ExtractedBatch(batch, hashes, pipeline.ExtractAll(changed, cancellationToken));
    }

    /// <summary>Stores one extracted batch in one transaction and compares each slot it touches once (<paramref name="decoded"/>: the claims
    /// the run's batch before loaded).</summary>
    private async Task<StoreCheckResult> StoreBatchAsync(ExtractedBatch extractedBatch, ClaimPipeline pipeline, DecodedClaims decoded, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (batch, hashes, extracted) = extractedBatch;
        var comparer = pipeline.Comparer;
        var claimsOf = extracted.Claims.GroupBy(c => c.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var prepared = extracted.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

        await using var transaction = await _dialect.BeginWriteAsync(_connection, _options, cancellationToken).ConfigureAwait(false);
        var now = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        var newClaims = new List<Claim>();
        var unslotted = new List<Claim>();
        var toInsert = new List<(List<Claim> Claims, List<string?> Slots)>(batch.Count);
        var freshBySlot = new Dictionary<string, List<(Claim Claim, Document Document, int Version)>>(StringComparer.Ordinal);
        var stored = ImmutableArray.CreateBuilder<StoredDocument>(batch.Count);
        // Read again under the write lock: another writer may have stored some of these documents since.
        var states = await ReadDocumentStatesAsync(transaction, batch, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            var id = batch[i].Id;
            (int Version, string Hash, int Claims)? known = states.TryGetValue(id, out var state) ? state : null;
            if (known is { } same && same.Hash == hashes[i])
            {
                await ExecuteAsync(transaction, "UPDATE documents SET last_seen = @now WHERE id = @id", cancellationToken, ("@now", now), ("@id", id)).ConfigureAwait(false);
                stored.Add(new StoredDocument(id, same.Version, DocumentIngest.Unchanged, same.Claims));
                continue;
            }

            if (!prepared.TryGetValue(id, out var document))
            {
                // Unchanged when the batch was read, changed since by another writer: extract it now (rare).
                var late = pipeline.ExtractAll([batch[i]], cancellationToken);
                document = late.Documents[0];
                claimsOf[id] = [.. late.Claims];
            }

            var claims = claimsOf.GetValueOrDefault(id) ?? [];
            var version = known is { } previous ? previous.Version + 1 : 1;
            var named = new Document(id, string.Empty, document.Outlet);
            var slots = new List<string?>(claims.Count);
            foreach (var claim in claims)
            {
                var slot = comparer.SlotOf(claim)?.Value;
                slots.Add(slot);
                if (slot is null)
                {
                    unslotted.Add(claim);
                }
                else
                {
                    touched.Add(slot);
                    if (!freshBySlot.TryGetValue(slot, out var freshOfSlot))
                    {
                        freshBySlot[slot] = freshOfSlot = [];
                    }

                    freshOfSlot.Add((claim, named, version));
                }
            }

            newClaims.AddRange(claims);
            if (known is not null)
            {
                await using (var reader = await Command(transaction, "SELECT DISTINCT slot_key FROM claims WHERE document_id = @id AND slot_key IS NOT NULL", ("@id", id))
                    .ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        touched.Add(reader.GetString(0));
                    }
                }

                await ExecuteAsync(transaction, "DELETE FROM claims WHERE document_id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false);
                await ExecuteAsync(transaction, """
                    UPDATE documents SET version = @version, content_hash = @hash, outlet = @outlet, published = @published, url = @url,
                        place = @place, topic = @topic, text = @text, claim_count = @claims, last_seen = @now
                    WHERE id = @id
                    """, cancellationToken, DocumentParameters(document, version, hashes[i], claims.Count, now)).ConfigureAwait(false);
            }
            else
            {
                await ExecuteAsync(transaction, """
                    INSERT INTO documents (id, version, content_hash, outlet, published, url, place, topic, text, claim_count, first_seen, last_seen)
                    VALUES (@id, @version, @hash, @outlet, @published, @url, @place, @topic, @text, @claims, @now, @now)
                    """, cancellationToken, DocumentParameters(document, version, hashes[i], claims.Count, now)).ConfigureAwait(false);
            }

            toInsert.Add((claims, slots));
            stored.Add(new StoredDocument(id, version, known is null ? DocumentIngest.Added : DocumentIngest.Replaced, claims.Count));
        }

        // A claim with no slot is left out for a reason of its own, which comparing it alone gives.
        var notCompared = comparer.Analyze(unslotted, []).NotCompared.ToList();
        var fresh = newClaims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var reported = new List<StoredFinding>();
        var retired = new List<string>();
        var group = new SlotGroup();
        foreach (var chunk in touched.Chunk(KeysPerQuery))
        {
            var loaded = await LoadSlotsAsync(transaction, chunk, freshBySlot, decoded, cancellationToken).ConfigureAwait(false);
            foreach (var slot in chunk)
            {
                var (claims, documents) = loaded[slot];
                if (group.Claims.Count > 0 && group.Claims.Count + claims.Count > SlotGroupClaims)
                {
                    await CompareGroupAsync(transaction, group, comparer, fresh, now, notCompared, reported, retired, cancellationToken).ConfigureAwait(false);
                    group = new SlotGroup();
                }

                group.Add(slot, claims, documents);
            }
        }

        if (group.Slots.Count > 0)
        {
            await CompareGroupAsync(transaction, group, comparer, fresh, now, notCompared, reported, retired, cancellationToken).ConfigureAwait(false);
        }

        // Inserted after the slots are loaded, so a load reads only what was stored before this batch and takes the batch's own
        // claims as they are (behind the stored ones, the order the rows' insertion would give them).
        foreach (var (claims, slots) in toInsert)
        {
            await InsertClaimsAsync(transaction, claims, slots, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        decoded.Committed();
        var order = newClaims.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return new StoreCheckResult(
            stored.ToImmutable(),
            [.. ReportOrder(reported)],
            [.. retired],
            [.. notCompared.DistinctBy(n => n.ClaimId, StringComparer.Ordinal).OrderBy(n => order[n.ClaimId])],
            extracted.Warnings);
    }

    /// <summary>How many keys one query looks up at once (<c>IN (@k0, …)</c>): a batch's documents, slots and findings are read
    /// in a few round trips instead of one per key.</summary>
    private const int KeysPerQuery = 64;

    /// <summary>The SQL <paramref name="sqlBeforeKeys"/> followed by <c>(@k0, …, @k63)</c>, and its parameters bound to
    /// <paramref name="keys"/> (at most <see cref="KeysPerQuery"/>; the last key repeats in the unused places, which matches
    /// nothing more).</summary>
    private DbCommand KeyedCommand(DbTransaction? transaction, string sqlBeforeKeys, IReadOnlyList<string> keys)
    {
        var parameters = new (string Name, object? Value)[KeysPerQuery];
        for (var i = 0; i < KeysPerQuery; i++)
        {
            parameters[i] = (KeyParameterNames[i], keys[Math.Min(i, keys.Count - 1)]);
        }

        return Command(transaction, sqlBeforeKeys + KeyList, parameters);
    }

    private static readonly string[] KeyParameterNames = [.. Enumerable.Range(0, KeysPerQuery).Select(i => string.Create(CultureInfo.InvariantCulture, $"@k{i}"))];

    private static readonly string KeyList = "(" + string.Join(", ", KeyParameterNames) + ")";

    /// <summary>The version, content hash and claim count of each of <paramref name="documents"/> the store holds, by id.</summary>
    private async Task<Dictionary<string, (int Version, string Hash, int Claims)>> ReadDocumentStatesAsync(DbTransaction? transaction, List<Document> documents,
        CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, (int Version, string Hash, int Claims)>(StringComparer.Ordinal);
        foreach (var chunk in documents.Select(d => d.Id).Chunk(KeysPerQuery))
        {
            var command = KeyedCommand(transaction, "SELECT id, version, content_hash, claim_count FROM documents WHERE id IN ", chunk);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                states[reader.GetString(0)] = (reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3));
            }
        }

        return states;
    }

    private static (string, object?)[] DocumentParameters(Document document, int version, string hash, int claims, long now) =>
    [
        ("@id", document.Id), ("@version", version), ("@hash", hash), ("@outlet", document.Outlet),
        ("@published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@url", document.Url?.OriginalString),
        ("@place", document.Place), ("@topic", document.Topic), ("@text", document.Text), ("@claims", claims), ("@now", now),
    ];

    private async Task InsertClaimsAsync(DbTransaction transaction, List<Claim> claims, List<string?> slots, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return;
        }

        var command = Command(transaction, "INSERT INTO claims (id, document_id, ordinal, slot_key, data) VALUES (@id, @document, @ordinal, @slot, @data)",
            ("@id", null), ("@document", null), ("@ordinal", 0), ("@slot", null), ("@data", null));
        for (var i = 0; i < claims.Count; i++)
        {
            command.Parameters[0].Value = claims[i].Id;
            command.Parameters[1].Value = claims[i].DocumentId;
            command.Parameters[2].Value = i;
            command.Parameters[3].Value = (object?)slots[i] ?? DBNull.Value;
            command.Parameters[4].Value = ClaimSerializer.Serialize(claims[i]);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How many claims, at most, are compared in one call when a batch touches several slots (a slot larger than this is
    /// compared alone): few calls for a batch's many small slots, and memory bounded by this or the largest slot.</summary>
    private const int SlotGroupClaims = 10_000;

    /// <summary>Slots compared together: their claims, the documents those name, and each claim's slot.</summary>
    private sealed class SlotGroup
    {
        public List<string> Slots { get; } = [];

        public List<Claim> Claims { get; } = [];

        public Dictionary<string, Document> Documents { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> SlotOfClaim { get; } = new(StringComparer.Ordinal);

        public void Add(string slot, List<Claim> claims, Dictionary<string, Document> documents)
        {
            Slots.Add(slot);
            Claims.AddRange(claims);
            foreach (var claim in claims)
            {
                SlotOfClaim[claim.Id] = slot;
            }

            foreach (var (id, document) in documents)
            {
                Documents.TryAdd(id, document);
            }
        }
    }

    /// <summary>The stored claims the batch before loaded to compare, decoded, and those this batch loads: a slot that batch after batch
    /// touches (one that spans many stories) is decoded once in a run, not once per batch. A claim is reused only while its document is
    /// at the version it was read under, so a document another writer replaced since is decoded again. Holds the claims of two
    /// batches' slots at most.</summary>
    private sealed class DecodedClaims
    {
        private Dictionary<string, (string DocumentId, int Version, Claim Claim)> _before = new(StringComparer.Ordinal);
        private Dictionary<string, (string DocumentId, int Version, Claim Claim)> _now = new(StringComparer.Ordinal);

        /// <summary>The claim with id <paramref name="id"/> as the batch before loaded it, if its document is still at <paramref name="version"/>.</summary>
        public Claim? Find(string id, string documentId, int version) =>
            _before.TryGetValue(id, out var known) && known.Version == version && known.DocumentId == documentId ? known.Claim : null;

        /// <summary>Keeps a claim this batch loaded, read with its document at <paramref name="version"/>, for the batch after.</summary>
        public void Add(string id, string documentId, int version, Claim claim) => _now[id] = (documentId, version, claim);

        /// <summary>Called once the batch is committed: what it loaded is what the batch after may reuse.</summary>
        public void Committed()
        {
            _before = _now;
            _now = new(StringComparer.Ordinal);
        }
    }

    /// <summary>Every claim of each of <paramref name="slots"/> (at most <see cref="KeysPerQuery"/>), and their documents as the
    /// comparison names them: those stored before this batch (read before its claims are inserted; those the batch before loaded,
    /// <paramref name="decoded"/>, taken as it decoded them instead of decoded again), then the batch's own
    /// (<paramref name="fresh"/>: each slot's claims with their documents as the comparison names them and their new versions), as they are.</summary>
    private async Task<Dictionary<string, (List<Claim> Claims, Dictionary<string, Document> Documents)>> LoadSlotsAsync(DbTransaction transaction,
        IReadOnlyList<string> slots, Dictionary<string, List<(Claim Claim, Document Document, int Version)>> fresh, DecodedClaims decoded, CancellationToken cancellationToken)
    {
        var loaded = slots.ToDictionary(s => s, _ => (Claims: new List<Claim>(), Documents: new Dictionary<string, Document>(StringComparer.Ordinal)), StringComparer.Ordinal);
        var command = KeyedCommand(transaction, "SELECT c.slot_key, c.id, c.data, d.id, d.outlet, d.version FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.slot_key IN ", slots);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (claims, documents) = loaded[reader.GetString(0)];
                var claimId = reader.GetString(1);
                var id = reader.GetString(3);
                var version = reader.GetInt32(5);
                var claim = decoded.Find(claimId, id, version) ?? ReadClaim(reader.GetString(2));
                decoded.Add(claimId, id, version, claim);
                claims.Add(claim);
                if (!documents.ContainsKey(id))
                {
                    // Explanations name documents by id and outlet (Document.DisplayName); the text is not needed.
                    documents[id] = new Document(id, string.Empty, reader.IsDBNull(4) ? null : reader.GetString(4));
                }
            }
        }

        foreach (var slot in slots)
        {
            if (fresh.TryGetValue(slot, out var freshOfSlot))
            {
                var (claims, documents) = loaded[slot];
                foreach (var (claim, document, version) in freshOfSlot)
                {
                    decoded.Add(claim.Id, document.Id, version, claim);
                    claims.Add(claim);
                    documents.TryAdd(document.Id, document);
                }
            }
        }

        return loaded;
    }

    /// <summary>Compares the slots of <paramref name="group"/> in one call and updates each slot's stored findings. Claims in
    /// different slots never meet, so each finding belongs to the slot of its claims and a slot's findings are those it has
    /// compared alone.</summary>
    private async Task CompareGroupAsync(DbTransaction transaction, SlotGroup group, ClaimComparer comparer, Dictionary<string, Claim> fresh, long now,
        List<NotComparedClaim> notCompared, List<StoredFinding> reported, List<string> retired, CancellationToken cancellationToken)
    {
        var analysis = comparer.Analyze(group.Claims, group.Documents.Values);
        notCompared.AddRange(analysis.NotCompared.Where(n => fresh.ContainsKey(n.ClaimId)));
        var bySlot = analysis.Findings.GroupBy(f => group.SlotOfClaim[f.ClaimIds[0]], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        foreach (var chunk in group.Slots.Chunk(KeysPerQuery))
        {
            // Each slot's updates touch only its own findings, so a chunk's stored findings are read once before any of them.
            var storedBySlot = chunk.ToDictionary(s => s, _ => new Dictionary<string, (string Kind, string Topic)>(StringComparer.Ordinal), StringComparer.Ordinal);
            await using (var reader = await KeyedCommand(transaction, "SELECT slot_key, id, kind, topic FROM findings WHERE slot_key IN ", chunk)
                .ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    storedBySlot[reader.GetString(0)][reader.GetString(1)] = (reader.GetString(2), reader.GetString(3));
                }
            }

            foreach (var slot in chunk)
            {
                await UpdateFindingsAsync(transaction, slot, storedBySlot[slot], bySlot.GetValueOrDefault(slot, []), now, reported, retired, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task UpdateFindingsAsync(DbTransaction transaction, string slot, Dictionary<string, (string Kind, string Topic)> stored, ImmutableArray<Finding> findings, long now,
        List<StoredFinding> reported, List<string> retired, CancellationToken cancellationToken)
    {
        var fresh = new List<Finding>(findings.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var id = FindingSerializer.StableId(finding, slot);
            for (var n = 2; !ids.Add(id); n++)
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{FindingSerializer.StableId(finding, slot)}-{n}");
            }

            fresh.Add(finding with { Id = id });
        }

        var gone = stored.Keys.Where(id => !ids.Contains(id)).Order(StringComparer.Ordinal).ToList();
        foreach (var id in gone)
        {
            await ExecuteAsync(transaction, "DELETE FROM findings WHERE slot_key = @slot AND id = @id", cancellationToken, ("@slot", slot), ("@id", id)).ConfigureAwait(false);
        }

        retired.AddRange(gone);
        foreach (var finding in fresh)
        {
            var data = FindingSerializer.Serialize(finding);
            if (stored.ContainsKey(finding.Id))
            {
                // The same sides: neutral claims or the wording may have changed; it was seen again either way.
                await ExecuteAsync(transaction, "UPDATE findings SET topic = @topic, data = @data, last_seen = @now WHERE slot_key = @slot AND id = @id", cancellationToken,
                    ("@topic", finding.Topic), ("@data", data), ("@now", now), ("@slot", slot), ("@id", finding.Id)).ConfigureAwait(false);
                continue;
            }

            await ExecuteAsync(transaction, """
                INSERT INTO findings (id, slot_key, kind, topic, data, first_seen, last_seen) VALUES (@id, @slot, @kind, @topic, @data, @now, @now)
                """, cancellationToken, ("@id", finding.Id), ("@slot", slot), ("@kind", finding.Kind.ToString()), ("@topic", finding.Topic), ("@data", data), ("@now", now))
                .ConfigureAwait(false);
            var replaces = gone.FirstOrDefault(id => stored[id].Kind == finding.Kind.ToString() && stored[id].Topic == finding.Topic);
            var seen = DateTimeOffset.FromUnixTimeMilliseconds(now);
            reported.Add(new StoredFinding(finding, slot, replaces, seen, seen));
        }
    }

    /// <summary>The SHA-256 of a document's id, text and metadata as given: the same article checked again is a no-op.</summary>
    internal static string ContentHash(Document document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in (ReadOnlySpan<string?>)[document.Id, document.Text, document.Outlet, document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            document.Url?.OriginalString, document.Place, document.Topic])
        {
            hash.AppendData(part is null ? "\u0001"u8 : Encoding.UTF8.GetBytes(part));
            hash.AppendData("\u0000"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // ---- reading ------------------------------------------------------------------------------------------------------------

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Translated(() => ReadStatisticsAsync(null, cancellationToken));

    public Task<ImmutableArray<StoredFinding>> GetFindingsAsync(CancellationToken cancellationToken = default) => Translated(async () =>
    {
        var findings = new List<StoredFinding>();
        var command = Command(null, "SELECT id, slot_key, data, first_seen, last_seen FROM findings");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            findings.Add(new StoredFinding(ReadFinding(reader.GetString(0), reader.GetString(2)), reader.GetString(1), null,
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
        }

        return ReportOrder(findings).ToImmutableArray();
    });

    public Task<CheckReport> GetReportAsync(IEnumerable<Finding> findings, IEnumerable<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(documentIds);
        return Translated(async () =>
        {
            var reported = findings.ToImmutableArray();
            await using var transaction = await _dialect.BeginReadAsync(_connection, cancellationToken).ConfigureAwait(false);
            var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
            var whole = documentIds.Distinct(StringComparer.Ordinal).ToList();
            {
                var command = Command(transaction, "SELECT data FROM claims WHERE document_id = @id ORDER BY ordinal", ("@id", null));
                foreach (var id in whole)
                {
                    command.Parameters[0].Value = id;
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var claim = ReadClaim(reader.GetString(0));
                        claims[claim.Id] = claim;
                    }
                }
            }

            {
                // Claims are keyed by their document: a claim's id names it before its last '#' (Claim.Id).
                var command = Command(transaction, "SELECT data FROM claims WHERE document_id = @document AND id = @id", ("@document", null), ("@id", null));
                foreach (var id in reported.SelectMany(f => f.ClaimIds).Where(id => !claims.ContainsKey(id) && id.Contains('#', StringComparison.Ordinal))
                    .Distinct(StringComparer.Ordinal).ToList())
                {
                    command.Parameters[0].Value = id[..id.LastIndexOf('#')];
                    command.Parameters[1].Value = id;
                    if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string data)
                    {
                        claims[id] = ReadClaim(data);
                    }
                }
            }

            var documents = new List<Document>();
            {
                var command = Command(transaction, "SELECT id, outlet, published, url, place, topic, text FROM documents WHERE id = @id", ("@id", null));
                foreach (var id in whole.Concat(claims.Values.Select(c => c.DocumentId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    command.Parameters[0].Value = id;
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        documents.Add(ReadDocument(reader));
                    }
                }
            }

            var order = documents.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            return new CheckReport(
                [.. documents],
                [.. claims.Values.Where(c => order.ContainsKey(c.DocumentId)).OrderBy(c => order[c.DocumentId]).ThenBy(c => c.Span.Start).ThenBy(c => c.Id, StringComparer.Ordinal)],
                reported,
                []);
        });
    }

    private static Document ReadDocument(DbDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        DateOnly? published = Text(2) is { } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        Uri? url = Text(3) is { } link && Uri.TryCreate(link, UriKind.Absolute, out var parsed) ? parsed : null;
        return new Document(reader.GetString(0), reader.GetString(6), Text(1), published, url) { Place = Text(4), Topic = Text(5) };
    }

    public Task ExportAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return Translated(async () =>
        {
            await using var transaction = await _dialect.BeginReadAsync(_connection, cancellationToken).ConfigureAwait(false);
            var statistics = await ReadStatisticsAsync(transaction, cancellationToken).ConfigureAwait(false);
            await WriteLineAsync(writer, new ExportHeaderJson("store", StoreSchema.Format, StoreSchema.Current, statistics.Documents, statistics.Claims, statistics.Findings),
                StoreJsonContext.Default.ExportHeaderJson, cancellationToken).ConfigureAwait(false);

            await using (var reader = await Command(transaction, "SELECT id, version, content_hash, outlet, published, url, place, topic, claim_count, first_seen, last_seen, text FROM documents ORDER BY id").ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                    await WriteLineAsync(writer, new ExportDocumentJson("document", reader.GetString(0), reader.GetInt32(1), reader.GetString(2), Text(3), Text(4), Text(5), Text(6), Text(7),
                        reader.GetInt32(8), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)), reader.GetString(11)),
                        StoreJsonContext.Default.ExportDocumentJson, cancellationToken).ConfigureAwait(false);
                }
            }

            await using (var reader = await Command(transaction, "SELECT slot_key, data FROM claims ORDER BY document_id, ordinal").ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var claim = ClaimSerializer.ToJson(ReadClaim(reader.GetString(1)));
                    await WriteLineAsync(writer, new ExportClaimJson("claim", reader.IsDBNull(0) ? null : reader.GetString(0), claim), StoreJsonContext.Default.ExportClaimJson, cancellationToken)
                        .ConfigureAwait(false);
                }
            }

            await using (var reader = await Command(transaction, "SELECT id, slot_key, data, first_seen, last_seen FROM findings ORDER BY slot_key, id").ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var finding = FindingSerializer.ToJson(ReadFinding(reader.GetString(0), reader.GetString(2)));
                    await WriteLineAsync(writer, new ExportFindingJson("finding", reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)), finding), StoreJsonContext.Default.ExportFindingJson, cancellationToken).ConfigureAwait(false);
                }
            }
        });
    }

    private async Task<StoreStatistics> ReadStatisticsAsync(DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var command = Command(transaction, "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM findings)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoreStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task WriteLineAsync<T>(TextWriter writer, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(JsonSerializer.Serialize(value, type).AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------------

    /// <summary>Findings in the order reports list them (<see cref="FindingReportOrder"/>, as a check in one process lists them).</summary>
    internal static IEnumerable<StoredFinding> ReportOrder(IEnumerable<StoredFinding> findings) => findings
        .OrderBy(f => f.Finding, FindingReportOrder.Instance)
        .ThenBy(f => f.Finding.Id, StringComparer.Ordinal);

    private Claim ReadClaim(string json)
    {
        try
        {
            return ClaimSerializer.Deserialize(json);
        }
        catch (InvalidDataException e)
        {
            throw new ClaimStoreException(Location, ClaimStoreProblem.Damaged, $"{Location}: the store is damaged: {e.Message}", e);
        }
    }

    private Finding ReadFinding(string id, string json)
    {
        try
        {
            return FindingSerializer.Deserialize(id, json);
        }
        catch (InvalidDataException e)
        {
            throw new ClaimStoreException(Location, ClaimStoreProblem.Damaged, $"{Location}: the store is damaged: {e.Message}", e);
        }
    }

    /// <summary>The command for <paramref name="sql"/>, created on first use and reused, bound to <paramref name="transaction"/>
    /// with <paramref name="parameters"/> (always the same names in the same order for one SQL text).</summary>
    private DbCommand Command(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = (int)_options.BusyTimeout.TotalSeconds;
            foreach (var (name, _) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            _commands[sql] = command;
        }

        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    private async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="operation"/>, turning database errors into <see cref="ClaimStoreException"/>s naming the store.</summary>
    private async Task<T> Translated<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ClaimStoreException && _dialect.Translate(e, _options) is { } translated)
        {
            throw translated;
        }
    }

    private async Task Translated(Func<Task> operation)
    {
        try
        {
            await operation().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ClaimStoreException && _dialect.Translate(e, _options) is { } translated)
        {
            throw translated;
        }
    }
}
