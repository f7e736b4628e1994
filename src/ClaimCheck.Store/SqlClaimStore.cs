using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

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
        await using (var command = Command(transaction, _dialect.ListTablesSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
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
        await using (var command = Command(transaction, "SELECT key, value FROM store_meta"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
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
        var notCompared = new Dictionary<string, ImmutableArray<NotComparedClaim>>(StringComparer.Ordinal);
        var warnings = ImmutableArray.CreateBuilder<string>();
        await foreach (var check in CheckEachAsync(documents, pipeline, cancellationToken).ConfigureAwait(false))
        {
            stored.Add(check.Document);
            warnings.AddRange(check.Warnings);
            if (check.Document.Ingest != DocumentIngest.Unchanged)
            {
                notCompared[check.Document.Id] = check.NotCompared;
            }

            // A finding reported earlier in this batch and retired now is not reported; what replaces it replaces what it replaced.
            var earlier = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var id in check.Retired)
            {
                if (findings.Remove(id, out var gone))
                {
                    earlier[id] = gone.Replaces;
                }
            }

            foreach (var finding in check.Findings)
            {
                findings[finding.Finding.Id] = finding.Replaces is { } replaced && earlier.TryGetValue(replaced, out var original)
                    ? finding with { Replaces = original }
                    : finding;
            }
        }

        return new StoreCheckResult(stored.ToImmutable(), [.. ReportOrder(findings.Values)], [.. notCompared.Values.SelectMany(n => n)], warnings.ToImmutable());
    }

    public async IAsyncEnumerable<DocumentCheck> CheckEachAsync(IEnumerable<Document> documents, ClaimPipeline pipeline, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pipeline);
        var index = 0;
        foreach (var document in documents)
        {
            if (document is null)
            {
                throw new ArgumentNullException(nameof(documents), $"Document at index {index} is null.");
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return await Translated(() => CheckOneAsync(document, pipeline, cancellationToken)).ConfigureAwait(false);
            index++;
        }
    }

    private async Task<DocumentCheck> CheckOneAsync(Document document, ClaimPipeline pipeline, CancellationToken cancellationToken)
    {
        var hash = ContentHash(document);
        var known = await ReadDocumentStateAsync(null, document.Id, cancellationToken).ConfigureAwait(false);
        if (known is { } same && same.Hash == hash)
        {
            return await TouchAsync(document.Id, same, cancellationToken).ConfigureAwait(false);
        }

        // Extraction runs outside the transaction: the write lock is held only while the document is stored and compared.
        var extracted = pipeline.Check([document], cancellationToken);
        var prepared = extracted.Documents[0];
        var comparer = pipeline.Comparer;
        var slots = extracted.Claims.Select(c => comparer.SlotOf(c)?.Value).ToList();

        await using var transaction = await _dialect.BeginWriteAsync(_connection, _options, cancellationToken).ConfigureAwait(false);
        known = await ReadDocumentStateAsync(transaction, document.Id, cancellationToken).ConfigureAwait(false);
        if (known is { } raced && raced.Hash == hash)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return await TouchAsync(document.Id, raced, cancellationToken).ConfigureAwait(false);
        }

        var now = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var touched = new SortedSet<string>(slots.OfType<string>(), StringComparer.Ordinal);
        int version;
        if (known is { } previous)
        {
            version = previous.Version + 1;
            await using (var command = Command(transaction, "SELECT DISTINCT slot_key FROM claims WHERE document_id = @id AND slot_key IS NOT NULL", ("@id", document.Id)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    touched.Add(reader.GetString(0));
                }
            }

            await ExecuteAsync(transaction, "DELETE FROM claims WHERE document_id = @id", cancellationToken, ("@id", document.Id)).ConfigureAwait(false);
            await ExecuteAsync(transaction, """
                UPDATE documents SET version = @version, content_hash = @hash, outlet = @outlet, published = @published, url = @url,
                    place = @place, topic = @topic, text = @text, claim_count = @claims, last_seen = @now
                WHERE id = @id
                """, cancellationToken, DocumentParameters(prepared, version, hash, extracted.Claims.Length, now)).ConfigureAwait(false);
        }
        else
        {
            version = 1;
            await ExecuteAsync(transaction, """
                INSERT INTO documents (id, version, content_hash, outlet, published, url, place, topic, text, claim_count, first_seen, last_seen)
                VALUES (@id, @version, @hash, @outlet, @published, @url, @place, @topic, @text, @claims, @now, @now)
                """, cancellationToken, DocumentParameters(prepared, version, hash, extracted.Claims.Length, now)).ConfigureAwait(false);
        }

        await InsertClaimsAsync(transaction, extracted.Claims, slots, cancellationToken).ConfigureAwait(false);

        var claimIds = extracted.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var notCompared = new List<NotComparedClaim>();
        for (var i = 0; i < extracted.Claims.Length; i++)
        {
            // A claim with no slot is left out for a reason of its own, which the document's own check gives.
            if (slots[i] is null && extracted.NotCompared.FirstOrDefault(n => n.ClaimId == extracted.Claims[i].Id) is { } own)
            {
                notCompared.Add(own);
            }
        }

        var reported = new List<StoredFinding>();
        var retired = new List<string>();
        foreach (var slot in touched)
        {
            var analysis = await CompareSlotAsync(transaction, slot, comparer, cancellationToken).ConfigureAwait(false);
            notCompared.AddRange(analysis.NotCompared.Where(n => claimIds.Contains(n.ClaimId)));
            await UpdateFindingsAsync(transaction, slot, analysis.Findings, now, reported, retired, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var order = extracted.Claims.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return new DocumentCheck(
            new StoredDocument(document.Id, version, known is null ? DocumentIngest.Added : DocumentIngest.Replaced, extracted.Claims.Length),
            [.. ReportOrder(reported)],
            [.. retired],
            [.. notCompared.DistinctBy(n => n.ClaimId, StringComparer.Ordinal).OrderBy(n => order[n.ClaimId])],
            extracted.Warnings);
    }

    private async Task<DocumentCheck> TouchAsync(string id, (int Version, string Hash, int Claims) state, CancellationToken cancellationToken)
    {
        await using (var transaction = await _dialect.BeginWriteAsync(_connection, _options, cancellationToken).ConfigureAwait(false))
        {
            await ExecuteAsync(transaction, "UPDATE documents SET last_seen = @now WHERE id = @id", cancellationToken,
                ("@now", _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds()), ("@id", id)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new DocumentCheck(new StoredDocument(id, state.Version, DocumentIngest.Unchanged, state.Claims), [], [], [], []);
    }

    private async Task<(int Version, string Hash, int Claims)?> ReadDocumentStateAsync(DbTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, "SELECT version, content_hash, claim_count FROM documents WHERE id = @id", ("@id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2))
            : null;
    }

    private static (string, object?)[] DocumentParameters(Document document, int version, string hash, int claims, long now) =>
    [
        ("@id", document.Id), ("@version", version), ("@hash", hash), ("@outlet", document.Outlet),
        ("@published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@url", document.Url?.OriginalString),
        ("@place", document.Place), ("@topic", document.Topic), ("@text", document.Text), ("@claims", claims), ("@now", now),
    ];

    private async Task InsertClaimsAsync(DbTransaction transaction, ImmutableArray<Claim> claims, List<string?> slots, CancellationToken cancellationToken)
    {
        if (claims.IsEmpty)
        {
            return;
        }

        await using var command = Command(transaction, "INSERT INTO claims (id, document_id, ordinal, slot_key, data) VALUES (@id, @document, @ordinal, @slot, @data)",
            ("@id", null), ("@document", null), ("@ordinal", 0), ("@slot", null), ("@data", null));
        for (var i = 0; i < claims.Length; i++)
        {
            command.Parameters[0].Value = claims[i].Id;
            command.Parameters[1].Value = claims[i].DocumentId;
            command.Parameters[2].Value = i;
            command.Parameters[3].Value = (object?)slots[i] ?? DBNull.Value;
            command.Parameters[4].Value = ClaimSerializer.Serialize(claims[i]);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Compares every stored claim of one slot, naming their documents as the comparison does.</summary>
    private async Task<ComparisonResult> CompareSlotAsync(DbTransaction transaction, string slot, ClaimComparer comparer, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>();
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        await using (var command = Command(transaction, "SELECT c.data, d.id, d.outlet FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.slot_key = @slot", ("@slot", slot)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claims.Add(ReadClaim(reader.GetString(0)));
                var id = reader.GetString(1);
                if (!documents.ContainsKey(id))
                {
                    // Explanations name documents by id and outlet (Document.DisplayName); the text is not needed.
                    documents[id] = new Document(id, string.Empty, reader.IsDBNull(2) ? null : reader.GetString(2));
                }
            }
        }

        return comparer.Analyze(claims, documents.Values);
    }

    private async Task UpdateFindingsAsync(DbTransaction transaction, string slot, ImmutableArray<Finding> findings, long now, List<StoredFinding> reported, List<string> retired,
        CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, (string Kind, string Topic)>(StringComparer.Ordinal);
        await using (var command = Command(transaction, "SELECT id, kind, topic FROM findings WHERE slot_key = @slot", ("@slot", slot)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

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
            await ExecuteAsync(transaction, "DELETE FROM findings WHERE id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false);
        }

        retired.AddRange(gone);
        foreach (var finding in fresh)
        {
            var data = FindingSerializer.Serialize(finding);
            if (stored.ContainsKey(finding.Id))
            {
                // The same sides: neutral claims or the wording may have changed; it was seen again either way.
                await ExecuteAsync(transaction, "UPDATE findings SET topic = @topic, data = @data, last_seen = @now WHERE id = @id", cancellationToken,
                    ("@topic", finding.Topic), ("@data", data), ("@now", now), ("@id", finding.Id)).ConfigureAwait(false);
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
        await using var command = Command(null, "SELECT id, slot_key, data, first_seen, last_seen FROM findings");
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
            await using (var command = Command(transaction, "SELECT data FROM claims WHERE document_id = @id ORDER BY ordinal", ("@id", null)))
            {
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

            await using (var command = Command(transaction, "SELECT data FROM claims WHERE id = @id", ("@id", null)))
            {
                foreach (var id in reported.SelectMany(f => f.ClaimIds).Where(id => !claims.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList())
                {
                    command.Parameters[0].Value = id;
                    if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string data)
                    {
                        claims[id] = ReadClaim(data);
                    }
                }
            }

            var documents = new List<Document>();
            await using (var command = Command(transaction, "SELECT id, outlet, published, url, place, topic, text FROM documents WHERE id = @id", ("@id", null)))
            {
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

            await using (var command = Command(transaction, "SELECT id, version, content_hash, outlet, published, url, place, topic, claim_count, first_seen, last_seen, text FROM documents ORDER BY id"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                    await WriteLineAsync(writer, new ExportDocumentJson("document", reader.GetString(0), reader.GetInt32(1), reader.GetString(2), Text(3), Text(4), Text(5), Text(6), Text(7),
                        reader.GetInt32(8), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)), reader.GetString(11)),
                        StoreJsonContext.Default.ExportDocumentJson, cancellationToken).ConfigureAwait(false);
                }
            }

            await using (var command = Command(transaction, "SELECT slot_key, data FROM claims ORDER BY document_id, ordinal"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var claim = ClaimSerializer.ToJson(ReadClaim(reader.GetString(1)));
                    await WriteLineAsync(writer, new ExportClaimJson("claim", reader.IsDBNull(0) ? null : reader.GetString(0), claim), StoreJsonContext.Default.ExportClaimJson, cancellationToken)
                        .ConfigureAwait(false);
                }
            }

            await using (var command = Command(transaction, "SELECT id, slot_key, data, first_seen, last_seen FROM findings ORDER BY slot_key, id"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
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
        await using var command = Command(transaction, "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM findings)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoreStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task WriteLineAsync<T>(TextWriter writer, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(JsonSerializer.Serialize(value, type).AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------------

    /// <summary>Findings in the order reports list them: disputes before evolutions and corroborations, most severe first, then by
    /// kind and topic (and id, so the order is total).</summary>
    internal static IEnumerable<StoredFinding> ReportOrder(IEnumerable<StoredFinding> findings) => findings
        .OrderBy(f => f.Finding.Kind is FindingKind.Evolution or FindingKind.Corroboration ? 1 : 0)
        .ThenByDescending(f => f.Finding.Severity)
        .ThenBy(f => f.Finding.Kind)
        .ThenBy(f => f.Finding.Topic, StringComparer.Ordinal)
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

    private DbCommand Command(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = (int)_options.BusyTimeout.TotalSeconds;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(transaction, sql, parameters);
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
