using System.Collections.Concurrent;
using System.Text.Json;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Store.Tests.Infrastructure;
using ClaimCheck.Text;

namespace ClaimCheck.Store.Tests;

/// <summary>The store's behaviour, the same on SQLite and PostgreSQL: each test runs against both.</summary>
public class ClaimStoreTests
{
    private static readonly ClaimPipeline Pipeline = ClaimChecker.DefaultPipeline;

    private static Document Toll(string id, string outlet, int deaths, string place = "Marrowby", int day = 2) =>
        new($"{id}", $"Officials said {deaths} people died in the flood.", outlet, new DateOnly(2025, 3, day)) { Place = place };

    /// <summary>What a finding says, without its id (the store's ids are stable hashes, a report's are F1, F2…).</summary>
    private static string Describe(Finding f) => JsonSerializer.Serialize(new
    {
        Kind = f.Kind.ToString(),
        Severity = f.Severity.ToString(),
        f.Topic,
        Sides = f.Sides.Select(s => new { s.Label, Claims = s.ClaimIds.ToArray() }),
        Neutral = f.Neutral.ToArray(),
        f.IndependentOrigins,
        f.Explanation,
    });

    public static TheoryData<StoreBackend, int> BackendsAndOrders()
    {
        var data = new TheoryData<StoreBackend, int>();
        foreach (var backend in new[] { StoreBackend.Sqlite, StoreBackend.Postgres })
        {
            if (backend == StoreBackend.Postgres && TestStore.PostgresUnavailable.Value is not null)
            {
                continue;
            }

            foreach (var order in new[] { 0, 1, 2, 3 })
            {
                data.Add(backend, order);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BackendsAndOrders))]
    public async Task CheckAsync_SeedsAndCasesOneDocumentAtATime_EqualsACheckOfAllDocumentsAtOnce(StoreBackend backend, int order)
    {
        var documents = TestCorpus.Seeds().Concat(TestCorpus.Cases()).ToList();
        var ordered = order switch
        {
            0 => documents,
            1 => Enumerable.Reverse(documents).ToList(),
            _ => Shuffle(documents, seed: order),
        };
        var expected = ClaimChecker.Check(documents).Findings.Select(Describe).Order(StringComparer.Ordinal).ToList();
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();

        foreach (var document in ordered)
        {
            await store.CheckAsync([document], Pipeline);
        }

        var stored = await store.GetFindingsAsync();
        stored.Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal).Should().Equal(expected);
        expected.Should().NotBeEmpty();
    }

    private static List<Document> Shuffle(List<Document> documents, int seed)
    {
        var random = new Random(seed);
        return [.. documents.OrderBy(_ => random.Next())];
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_AllSeedsOnAnEmptyStore_ReportsEveryFindingOfTheCheckInItsOrder(StoreBackend backend)
    {
        var seeds = TestCorpus.Seeds();
        var expected = ClaimChecker.Check(seeds);
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();

        var result = await store.CheckAsync(seeds, Pipeline);

        result.Findings.Select(f => Describe(f.Finding)).Should().Equal(expected.Findings.Select(Describe));
        result.Findings.Should().OnlyContain(f => !f.IsChange && f.Finding.Id.StartsWith("F-"));
        result.Documents.Should().OnlyContain(d => d.Ingest == DocumentIngest.Added && d.Version == 1);
        (await store.GetStatisticsAsync()).Should().Be(new StoreStatistics(5, expected.Claims.Length, expected.Findings.Length));
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_SameArticleAgain_IsUnchangedAndAddsNothing(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();
        await store.CheckAsync(TestCorpus.Seeds(), Pipeline);
        var before = await store.GetStatisticsAsync();

        var again = await store.CheckAsync([TestCorpus.Seeds()[2]], Pipeline);

        again.Documents.Should().ContainSingle().Which.Ingest.Should().Be(DocumentIngest.Unchanged);
        again.Findings.Should().BeEmpty();
        (await store.GetStatisticsAsync()).Should().Be(before);
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_NewSideOfADispute_ReportsAChangedFindingNamingTheEarlierDocuments(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();
        var first = await store.CheckAsync([Toll("council", "Marrowby Gazette", 12), Toll("aid", "Relief Wire", 31)], Pipeline);
        var dispute = first.Findings.Should().ContainSingle(f => f.Finding.Kind == FindingKind.NumericDiscrepancy).Subject;

        var next = await store.CheckAsync([Toll("police", "Evening Post", 80)], Pipeline);

        var changed = next.Findings.Should().ContainSingle(f => f.Finding.Kind == FindingKind.NumericDiscrepancy).Subject;
        changed.Replaces.Should().Be(dispute.Finding.Id);
        changed.IsChange.Should().BeTrue();
        changed.Finding.Sides.Should().HaveCount(3);
        changed.Finding.Explanation.Should().Contain("council (Marrowby Gazette)").And.Contain("aid (Relief Wire)").And.Contain("police (Evening Post)");
        (await store.GetFindingsAsync()).Select(f => f.Finding.Id).Should().NotContain(dispute.Finding.Id);
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_NewCorroboratingOrigin_ReportsTheCorroborationAgain(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();
        var first = await store.CheckAsync([Toll("council", "Marrowby Gazette", 12), Toll("aid", "Relief Wire", 12)], Pipeline);
        var agreement = first.Findings.Should().ContainSingle(f => f.Finding.Kind == FindingKind.Corroboration).Subject;

        var next = await store.CheckAsync([Toll("police", "Evening Post", 12)], Pipeline);

        var changed = next.Findings.Should().ContainSingle().Subject;
        changed.Finding.Kind.Should().Be(FindingKind.Corroboration);
        changed.Replaces.Should().Be(agreement.Finding.Id);
        changed.Finding.ClaimIds.Should().HaveCount(3);
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_ChangedArticleWithTheSameId_ReplacesTheOldVersionsClaimsAndFindings(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();
        await store.CheckAsync([Toll("council", "Marrowby Gazette", 12), Toll("aid", "Relief Wire", 31)], Pipeline);
        var dispute = (await store.GetFindingsAsync()).Should().ContainSingle().Subject;

        var corrected = await store.CheckAsync([Toll("council", "Marrowby Gazette", 31)], Pipeline);

        corrected.Documents.Should().Equal(new StoredDocument("council", 2, DocumentIngest.Replaced, 1));
        var now = await store.GetFindingsAsync();
        now.Should().ContainSingle().Which.Finding.Kind.Should().Be(FindingKind.Corroboration);
        now.Select(f => f.Finding.Id).Should().NotContain(dispute.Finding.Id);
        corrected.Findings.Select(f => f.Finding.Id).Should().Equal(now.Select(f => f.Finding.Id));
        (await store.GetStatisticsAsync()).Should().Be(new StoreStatistics(2, 2, 1));
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_FindingCreatedAndChangedInOneBatch_IsReportedOnceAsNew(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();

        var result = await store.CheckAsync([Toll("council", "Marrowby Gazette", 12), Toll("aid", "Relief Wire", 31), Toll("police", "Evening Post", 80)], Pipeline);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.IsChange.Should().BeFalse();
        finding.Finding.Sides.Should().HaveCount(3);
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_DocumentInAnotherSlot_LeavesOtherSlotsFindingsUntouched(StoreBackend backend)
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { TimeProvider = clock });
        await store.CheckAsync([Toll("council", "Marrowby Gazette", 12), Toll("aid", "Relief Wire", 31)], Pipeline);
        clock.Advance(TimeSpan.FromHours(5));

        await store.CheckAsync([Toll("far", "Valdora Times", 7, place: "Valdora"), Toll("near", "Valdora Post", 9, place: "Valdora")], Pipeline);
        clock.Advance(TimeSpan.FromHours(5));
        await store.CheckAsync([Toll("police", "Evening Post", 12)], Pipeline);

        var findings = await store.GetFindingsAsync();
        var valdora = findings.Should().ContainSingle(f => f.Finding.Topic.Contains("Valdora")).Subject;
        valdora.LastSeen.Should().Be(new DateTimeOffset(2025, 3, 2, 13, 0, 0, TimeSpan.Zero));
        var marrowby = findings.Should().ContainSingle(f => f.Finding.Topic.Contains("Marrowby") && f.Finding.Kind == FindingKind.NumericDiscrepancy).Subject;
        marrowby.FirstSeen.Should().Be(new DateTimeOffset(2025, 3, 2, 18, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_SameFindingInTwoStores_HasTheSameId(StoreBackend backend)
    {
        await using var one = await TestStore.CreateAsync(backend);
        await using var two = await TestStore.CreateAsync(backend);
        await using var first = await one.OpenAsync();
        await using var second = await two.OpenAsync();

        var a = await first.CheckAsync(TestCorpus.Seeds(), Pipeline);
        var b = await second.CheckAsync(TestCorpus.Seeds().Reverse(), Pipeline);

        a.Findings.Select(f => f.Finding.Id).Should().Equal(b.Findings.Select(f => f.Finding.Id)).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_ClaimsNeverCompared_AreListedWithTheirReasons(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();

        var result = await store.CheckAsync([new Document("town", "Officials said 12 people died in the flood.")], Pipeline);

        result.NotCompared.Should().ContainSingle().Which.Reason.Should().Be(NotComparedReason.NoSubject);
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task GetReportAsync_NewFindings_HoldsTheCheckedDocumentsAndTheEarlierOnesTheFindingsName(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();
        await store.CheckAsync([Toll("council", "Marrowby Gazette", 12), Toll("unrelated", "Elsewhere", 3, place: "Valdora")], Pipeline);
        var result = await store.CheckAsync([Toll("aid", "Relief Wire", 31)], Pipeline);

        var report = await store.GetReportAsync(result.Findings.Select(f => f.Finding), ["aid"]);

        report.Documents.Select(d => d.Id).Should().Equal("aid", "council");
        report.Documents[1].Text.Should().Be("Officials said 12 people died in the flood.");
        report.Findings.Should().ContainSingle();
        report.ClaimsOf(report.Findings[0]).Select(c => c.DocumentId).Should().BeEquivalentTo(["aid", "council"]);
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            ReportWriter.Write(report, format).Should().Contain("aid");
        }
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task ExportAsync_Store_WritesAHeaderThenEveryDocumentClaimAndFindingAsJsonLines(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync();
        await store.CheckAsync(TestCorpus.Seeds(), Pipeline);
        var statistics = await store.GetStatisticsAsync();
        var writer = new StringWriter();

        await store.ExportAsync(writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines[0].GetProperty("record").GetString().Should().Be("store");
        lines[0].GetProperty("schemaVersion").GetInt32().Should().Be(StoreSchema.Current);
        lines.Count(l => l.GetProperty("record").GetString() == "document").Should().Be((int)statistics.Documents);
        lines.Count(l => l.GetProperty("record").GetString() == "claim").Should().Be((int)statistics.Claims);
        lines.Count(l => l.GetProperty("record").GetString() == "finding").Should().Be((int)statistics.Findings);
        var claim = lines.First(l => l.GetProperty("record").GetString() == "claim" && l.GetProperty("slot").ValueKind == JsonValueKind.String);
        claim.GetProperty("claim").GetProperty("v").GetInt32().Should().Be(1);
        lines.First(l => l.GetProperty("record").GetString() == "document").GetProperty("text").GetString().Should().NotBeEmpty();
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task OpenAsync_StoreOfANewerSchema_IsRefusedNamingTheStoreAndLeftUnchanged(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using (var store = await test.OpenAsync())
        {
            await store.CheckAsync(TestCorpus.Seeds().Take(1), Pipeline);
        }

        await test.ExecuteAsync("UPDATE store_meta SET value = '99' WHERE key = 'schema_version'");

        var open = () => test.OpenAsync();

        var error = (await open.Should().ThrowAsync<ClaimStoreException>()).Which;
        error.Problem.Should().Be(ClaimStoreProblem.NewerVersion);
        error.Message.Should().Contain("newer version").And.Contain("schema 99");
        (await test.ScalarAsync("SELECT COUNT(*) FROM documents")).Should().Be(1);
    }

    /// <summary>Each back end that can run here, with each schema version older than the current one.</summary>
    public static TheoryData<StoreBackend, int> BackendsAndOlderVersions()
    {
        var data = new TheoryData<StoreBackend, int>();
        foreach (var backend in new[] { StoreBackend.Sqlite, StoreBackend.Postgres })
        {
            if (backend == StoreBackend.Postgres && TestStore.PostgresUnavailable.Value is not null)
            {
                continue;
            }

            foreach (var (version, _) in StoreSchema.Migrations.Where(m => m.Version < StoreSchema.Current))
            {
                data.Add(backend, version);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BackendsAndOlderVersions))]
    public async Task OpenAsync_StoreOfAnOlderSchema_IsMigratedKeepingEveryRowAndGoesOnComparing(StoreBackend backend, int version)
    {
        var documents = TestCorpus.Seeds().Concat(TestCorpus.Cases()).ToList();
        var half = documents.Count / 2;
        await using var test = await TestStore.CreateAsync(backend);
        await using (var store = await test.OpenAsync())
        {
            await store.CheckAsync(documents.Take(half), Pipeline);
        }

        // Rewrite the tables as schema version 1 laid them out, as a store written at that version holds them: findings keyed by
        // their id with an index by slot (until version 2), claims keyed by their id with indexes by slot and by document (until 3).
        const string FindingColumns = "id, slot_key, kind, topic, data, first_seen, last_seen";
        const string ClaimColumns = "id, document_id, ordinal, slot_key, data";
        var findingsBefore = await ReadRowsAsync(test, $"SELECT {FindingColumns} FROM findings ORDER BY id");
        var claimsBefore = await ReadRowsAsync(test, $"SELECT {ClaimColumns} FROM claims ORDER BY id");
        var documentsBefore = await ReadRowsAsync(test, "SELECT id, version, content_hash, text, first_seen FROM documents ORDER BY id");
        findingsBefore.Should().NotBeEmpty();
        claimsBefore.Should().NotBeEmpty();
        foreach (var (table, columns, rows, laidOutUntil) in new[] { ("findings", FindingColumns, findingsBefore, 2), ("claims", ClaimColumns, claimsBefore, 3) })
        {
            if (version < laidOutUntil)
            {
                await RewriteAsVersion1Async(test, table, columns, rows);
            }
        }

        await test.ExecuteAsync($"UPDATE store_meta SET value = '{version}' WHERE key = 'schema_version'");

        await using (var store = await test.OpenAsync())
        {
            (await ReadRowsAsync(test, "SELECT value FROM store_meta WHERE key = 'schema_version'")).Single().Single()
                .Should().Be((object)StoreSchema.Current.ToString(System.Globalization.CultureInfo.InvariantCulture));
            (await ReadRowsAsync(test, $"SELECT {FindingColumns} FROM findings ORDER BY id")).Should().BeEquivalentTo(findingsBefore, o => o.WithStrictOrdering());
            (await ReadRowsAsync(test, $"SELECT {ClaimColumns} FROM claims ORDER BY id")).Should().BeEquivalentTo(claimsBefore, o => o.WithStrictOrdering());
            (await ReadRowsAsync(test, "SELECT id, version, content_hash, text, first_seen FROM documents ORDER BY id")).Should().BeEquivalentTo(documentsBefore, o => o.WithStrictOrdering());

            // The migrated store goes on as one that never was: the rest of the documents give what a check of all gives, and a
            // report names every claim of its findings (read by id).
            await store.CheckAsync(documents.Skip(half), Pipeline);
            var expected = ClaimChecker.Check(documents).Findings.Select(Describe).Order(StringComparer.Ordinal).ToList();
            var findings = await store.GetFindingsAsync();
            findings.Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal).Should().Equal(expected);
            var report = await store.GetReportAsync(findings.Select(f => f.Finding), []);
            report.Claims.Select(c => c.Id).Should().BeEquivalentTo(findings.SelectMany(f => f.Finding.ClaimIds).Distinct());
        }
    }

    /// <summary>Drops <paramref name="table"/> and creates it again as schema version 1 did, holding <paramref name="rows"/>.</summary>
    private static async Task RewriteAsVersion1Async(TestStore test, string table, string columns, List<object?[]> rows)
    {
        await test.ExecuteAsync($"DROP TABLE {table}");
        foreach (var statement in StoreSchema.Migrations.Single(m => m.Version == 1).Statements.Where(s => s.Contains($" {table} (", StringComparison.Ordinal)))
        {
            await test.ExecuteAsync(statement);
        }

        await using var connection = await test.ConnectAsync();
        foreach (var row in rows)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", row.Select((_, i) => $"@p{i}"))})";
            for (var i = 0; i < row.Length; i++)
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                parameter.Value = row[i] ?? DBNull.Value;
                insert.Parameters.Add(parameter);
            }

            await insert.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Every row of a query, each column as the database gives it (null for SQL NULL).</summary>
    private static async Task<List<object?[]>> ReadRowsAsync(TestStore test, string sql)
    {
        await using var connection = await test.ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task OpenAsync_DatabaseWithOtherTables_IsNotAStore(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await test.ExecuteAsync("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");

        var open = () => test.OpenAsync();

        var error = (await open.Should().ThrowAsync<ClaimStoreException>()).Which;
        error.Problem.Should().Be(ClaimStoreProblem.NotAStore);
        error.Message.Should().Contain("not a ClaimCheck store").And.Contain("invoices");
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task OpenAsync_ExistingStore_KeepsWhatItHolds(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using (var store = await test.OpenAsync())
        {
            await store.CheckAsync(TestCorpus.Seeds(), Pipeline);
        }

        await using var reopened = await test.OpenAsync(new ClaimStoreOptions { CreateIfMissing = false });

        (await reopened.GetStatisticsAsync()).Documents.Should().Be(5);
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_AnotherWriterHoldsTheStore_FailsWithStoreIsBusy(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { BusyTimeout = TimeSpan.FromSeconds(1) });
        await store.CheckAsync([Toll("council", "Marrowby Gazette", 12)], Pipeline);

        ClaimStoreException error;
        await using (await test.HoldWriteLockAsync())
        {
            var check = () => store.CheckAsync([Toll("aid", "Relief Wire", 31)], Pipeline);
            error = (await check.Should().ThrowAsync<ClaimStoreException>()).Which;
        }

        error.Problem.Should().Be(ClaimStoreProblem.Busy);
        error.Message.Should().Contain("store is busy").And.Contain(store.Location);
        (await store.CheckAsync([Toll("aid", "Relief Wire", 31)], Pipeline)).Findings.Should().ContainSingle();
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_TwoWritersAtOnce_SerialiseAndLoseNothing(StoreBackend backend)
    {
        var stories = TestCorpus.Stories(40);
        var expected = ClaimChecker.Check(stories);
        await using var test = await TestStore.CreateAsync(backend);
        await using (await test.OpenAsync())
        {
        }

        await Task.WhenAll(
            Task.Run(async () =>
            {
                await using var store = await test.OpenAsync();
                await store.CheckAsync(stories.Where((_, i) => i % 2 == 0), Pipeline);
            }),
            Task.Run(async () =>
            {
                await using var store = await test.OpenAsync();
                await store.CheckAsync(stories.Where((_, i) => i % 2 == 1), Pipeline);
            }));

        await using var reader = await test.OpenAsync();
        (await reader.GetStatisticsAsync()).Should().Be(new StoreStatistics(40, expected.Claims.Length, expected.Findings.Length));
        (await reader.GetFindingsAsync()).Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal)
            .Should().Equal(expected.Findings.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckBatchesAsync_Cancelled_StopsWithTheBatchesCommittedSoFar(StoreBackend backend)
    {
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 2 });
        using var cancellation = new CancellationTokenSource();

        var run = async () =>
        {
            await foreach (var batch in store.CheckBatchesAsync(TestCorpus.Stories(8), Pipeline, cancellation.Token))
            {
                batch.Documents.Should().HaveCount(2);
                await cancellation.CancelAsync();
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        (await store.GetStatisticsAsync()).Documents.Should().Be(2);
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_SeedsAndCasesInBatchesWithVersions_EqualsACheckOfTheLatestVersions(StoreBackend backend)
    {
        var documents = Shuffle(TestCorpus.Seeds().Concat(TestCorpus.Cases()).ToList(), seed: 7);
        var firstDrafts = documents.Take(10).Select(d => new Document(d.Id, "Officials said 999 people died in the flood.", d.Outlet, d.Published) { Place = "Marrowby" });
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 7 });

        var result = await store.CheckAsync([.. firstDrafts, .. documents], Pipeline);

        var expected = ClaimChecker.Check(documents).Findings.Select(Describe).Order(StringComparer.Ordinal).ToList();
        (await store.GetFindingsAsync()).Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal).Should().Equal(expected);
        result.Findings.Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal).Should().Equal(expected);
        result.Documents.Count(d => d.Ingest == DocumentIngest.Replaced).Should().Be(10);
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckAsync_SeedsAndCasesExtractedAhead_EqualsACheckOfTheLatestVersions(StoreBackend backend)
    {
        var documents = Shuffle(TestCorpus.Seeds().Concat(TestCorpus.Cases()).ToList(), seed: 11);
        var firstDrafts = documents.Take(10).Select(d => new Document(d.Id, "Officials said 999 people died in the flood.", d.Outlet, d.Published) { Place = "Marrowby" });
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 7, ExtractAhead = true });

        var result = await store.CheckAsync([.. firstDrafts, .. documents], Pipeline);

        var expected = ClaimChecker.Check(documents).Findings.Select(Describe).Order(StringComparer.Ordinal).ToList();
        (await store.GetFindingsAsync()).Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal).Should().Equal(expected);
        result.Findings.Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal).Should().Equal(expected);
    }

    /// <summary>A report on the flood in town <paramref name="town"/> by one of five outlets: ten slots (deaths, injuries, homes,
    /// villages, troops, evacuees, aid, schools, roads, harvest) about that town, the figures differing between outlets.</summary>
    private static Document FloodReport(int town, int report) => new(
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"t{town:D4}-{report}"),
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Officials said {10 + town % 40 + (report == 4 ? 30 : report)} people died in the flood on Monday. At least {100 + town % 90} people were injured, the health ministry said. "
            + $"About {400 + (town % 25) * 10} homes were destroyed, the agency said. Rescue teams said {3 + report} villages were still cut off. "
            + $"The army said it had sent {300 + (report % 2) * 250} soldiers to help. Some {2000 + town % 500} people were evacuated from the valley, the mayor said. "
            + $"The government pledged ${2 + report % 3} million in aid. Officials said {12 + town % 7} schools were closed. "
            + $"Police said {5 + report % 2 * 4} roads were blocked by landslides. Farmers said {20 + town % 30}% of the harvest was lost."),
        new[] { "Wire", "Gazette", "Courier", "Herald", "Post" }[report],
        new DateOnly(2025, 3, 3 + report % 3))
    {
        Place = $"Town {town}",
        Topic = $"Town {town} flood",
    };

    [Fact]
    public async Task CheckAsync_ManySlotsSpreadOverBatchesThenRevised_EqualsACheckOfTheLatestVersions()
    {
        // Each batch holds one report of each of 100 towns, so it touches about 1,000 slots that earlier batches stored claims and
        // findings in (far more than one keyed read covers); then 80 reports are revised, read back in more than one keyed read.
        var documents = Enumerable.Range(0, 5).SelectMany(report => Enumerable.Range(0, 100).Select(town => FloodReport(town, report))).ToList();
        var revised = documents.Take(80).Select(d => new Document(d.Id, d.Text.Replace("died in the flood", "were killed in the flood", StringComparison.Ordinal) + " Officials said 6 bridges collapsed.", d.Outlet, d.Published)
        {
            Place = d.Place,
            Topic = d.Topic,
        }).ToList();
        var latest = revised.Concat(documents.Skip(80)).ToList();
        var expected = ClaimChecker.Check(latest);
        await using var test = await TestStore.CreateAsync(StoreBackend.Sqlite);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 100 });

        await store.CheckAsync(documents, Pipeline);
        var second = await store.CheckAsync(revised, Pipeline);

        second.Documents.Should().HaveCount(80).And.OnlyContain(d => d.Ingest == DocumentIngest.Replaced && d.Version == 2);
        (await store.GetFindingsAsync()).Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal)
            .Should().Equal(expected.Findings.Select(Describe).Order(StringComparer.Ordinal));
        (await store.GetStatisticsAsync()).Should().Be(new StoreStatistics(500, expected.Claims.Length, expected.Findings.Length));
    }

    [Fact]
    public async Task CheckAsync_BatchWithMoreClaimsThanOneComparisonTakes_EqualsACheckOfAllDocumentsAtOnce()
    {
        // 1,000 reports with about eleven claims each: one batch's slots hold over 10,000 claims, more than are compared at once.
        var documents = Enumerable.Range(0, 200).SelectMany(town => Enumerable.Range(0, 5).Select(report => FloodReport(town, report))).ToList();
        var expected = ClaimChecker.Check(documents);
        await using var test = await TestStore.CreateAsync(StoreBackend.Sqlite);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 1_000 });

        var result = await store.CheckAsync(documents, Pipeline);

        expected.Claims.Length.Should().BeGreaterThan(10_000);
        result.Findings.Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal).Should().Equal(expected.Findings.Select(Describe).Order(StringComparer.Ordinal));
        result.NotCompared.Select(n => n.ClaimId).Should().Equal(expected.NotCompared.Select(n => n.ClaimId));
        (await store.GetStatisticsAsync()).Should().Be(new StoreStatistics(1_000, expected.Claims.Length, expected.Findings.Length));
    }

    [Fact]
    public async Task OpenAsync_DocumentsPerTransactionOutOfRange_Throws()
    {
        await using var test = await TestStore.CreateAsync(StoreBackend.Sqlite);

        var open = () => test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 0 });

        (await open.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("DocumentsPerTransaction");
    }

    [Fact]
    public async Task CheckAsync_NullArguments_Throw()
    {
        await using var test = await TestStore.CreateAsync(StoreBackend.Sqlite);
        await using var store = await test.OpenAsync();

        await store.Invoking(s => s.CheckAsync(null!, Pipeline)).Should().ThrowAsync<ArgumentNullException>();
        await store.Invoking(s => s.CheckAsync([], null!)).Should().ThrowAsync<ArgumentNullException>();
        await store.Invoking(s => s.CheckAsync([null!], Pipeline)).Should().ThrowAsync<ArgumentNullException>();
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckBatchesAsync_DocumentRepeatedInTheBatchAfter_IsExtractedOnceForEachContentAndStoredInOrder(StoreBackend backend)
    {
        // The next batch is extracted while the one before is stored: what it finds changed must count the batch before as stored.
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 1, ExtractAhead = true });
        await store.CheckAsync([Toll("council", "Marrowby Gazette", 12)], Pipeline);
        var extractions = new ExtractionCounter();
        var counted = PipelineWith(extractions);

        var result = await store.CheckAsync(
            [Toll("council", "Marrowby Gazette", 31), Toll("council", "Marrowby Gazette", 12), Toll("council", "Marrowby Gazette", 12), Toll("aid", "Relief Wire", 40)], counted);

        result.Documents.Should().Equal(
            new StoredDocument("council", 2, DocumentIngest.Replaced, 1),
            new StoredDocument("council", 3, DocumentIngest.Replaced, 1),
            new StoredDocument("council", 3, DocumentIngest.Unchanged, 1),
            new StoredDocument("aid", 1, DocumentIngest.Added, 1));
        extractions.Of("council").Should().Be(2, "the third report is the content the batch before stores");
        extractions.Of("aid").Should().Be(1);
        var expected = ClaimChecker.Check([Toll("council", "Marrowby Gazette", 12), Toll("aid", "Relief Wire", 40)]);
        (await store.GetFindingsAsync()).Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal).Should().Equal(expected.Findings.Select(Describe).Order(StringComparer.Ordinal));
        (await store.GetStatisticsAsync()).Should().Be(new StoreStatistics(2, 2, expected.Findings.Length));
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckBatchesAsync_ExtractionOfALaterBatchFails_YieldsTheBatchesBeforeItThenThrowsItsError(StoreBackend backend)
    {
        foreach (var ahead in (bool[])[false, true])
        {
            await ExtractionOfALaterBatchFailsAsync(backend, ahead);
        }
    }

    private static async Task ExtractionOfALaterBatchFailsAsync(StoreBackend backend, bool ahead)
    {
        var stories = TestCorpus.Stories(8);
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 2, ExtractAhead = ahead });
        var failing = PipelineWith(new FailingAnnotator(stories[6].Id));
        var yielded = new List<string>();

        var run = async () =>
        {
            await foreach (var batch in store.CheckBatchesAsync(stories, failing))
            {
                yielded.AddRange(batch.Documents.Select(d => d.Id));
            }
        };

        (await run.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain(stories[6].Id);
        yielded.Should().Equal(stories.Take(6).Select(d => d.Id));
        (await store.GetStatisticsAsync()).Documents.Should().Be(6);
        await store.CheckAsync(stories, Pipeline);
        var expected = ClaimChecker.Check(stories);
        (await store.GetStatisticsAsync()).Should().Be(new StoreStatistics(8, expected.Claims.Length, expected.Findings.Length));
    }

    [Theory]
    [SqliteStore]
    [PostgresStore]
    public async Task CheckBatchesAsync_AnotherWriterReplacesAStoredDocumentBetweenBatches_ComparesItsNewVersion(StoreBackend backend)
    {
        // A batch reuses the claims the batch before decoded only while their documents are at the version they were read under.
        await using var test = await TestStore.CreateAsync(backend);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 1 });
        await using var other = await test.OpenAsync();
        var batches = 0;

        await foreach (var batch in store.CheckBatchesAsync([Toll("council", "Marrowby Gazette", 12), Toll("aid", "Relief Wire", 40)], Pipeline))
        {
            if (++batches == 1)
            {
                (await other.CheckAsync([Toll("council", "Marrowby Gazette", 40)], Pipeline)).Documents.Should().ContainSingle(d => d.Version == 2);
            }
        }

        var expected = ClaimChecker.Check([Toll("council", "Marrowby Gazette", 40), Toll("aid", "Relief Wire", 40)]);
        (await store.GetFindingsAsync()).Select(f => Describe(f.Finding)).Order(StringComparer.Ordinal).Should().Equal(expected.Findings.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CheckBatchesAsync_NullDocumentInALaterBatch_StoresTheBatchesBeforeItThenThrows()
    {
        foreach (var ahead in (bool[])[false, true])
        {
            var stories = TestCorpus.Stories(3);
            await using var test = await TestStore.CreateAsync(StoreBackend.Sqlite);
            await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 2, ExtractAhead = ahead });

            var check = () => store.CheckAsync([.. stories, null!], Pipeline);

            (await check.Should().ThrowAsync<ArgumentNullException>()).Which.Message.Should().Contain("index 3");
            (await store.GetStatisticsAsync()).Documents.Should().Be(2);
        }
    }

    [Fact]
    public async Task CheckBatchesAsync_CallerStopsAfterTheFirstBatch_NeverExtractsTheNextBatch()
    {
        var stories = TestCorpus.Stories(4);
        await using var test = await TestStore.CreateAsync(StoreBackend.Sqlite);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 2, ExtractAhead = false });
        var waiting = new WaitingAnnotator(stories[2].Id);

        await foreach (var batch in store.CheckBatchesAsync(stories, PipelineWith(waiting)))
        {
            batch.Documents.Should().HaveCount(2);
            break;
        }

        waiting.State.Should().Be("not reached", "without ExtractAhead a batch is extracted only when the caller asks for it");
        (await store.GetStatisticsAsync()).Documents.Should().Be(2);
    }

    [Fact]
    public void ClaimStoreOptions_Default_ExtractsAheadOnlyWhereASecondProcessorCanRunTheExtraction()
    {
        new ClaimStoreOptions().ExtractAhead.Should().Be(Environment.ProcessorCount > 1,
            "extracting the next batch while one is stored pays only where another core is free");
    }

    [Fact]
    public async Task CheckBatchesAsync_CallerStopsAfterTheFirstBatch_CancelsTheExtractionAheadAndLeavesTheStoreUsable()
    {
        var stories = TestCorpus.Stories(4);
        await using var test = await TestStore.CreateAsync(StoreBackend.Sqlite);
        await using var store = await test.OpenAsync(new ClaimStoreOptions { DocumentsPerTransaction = 2, ExtractAhead = true });
        var waiting = new WaitingAnnotator(stories[2].Id);

        await foreach (var batch in store.CheckBatchesAsync(stories, PipelineWith(waiting)))
        {
            batch.Documents.Should().HaveCount(2);
            break;
        }

        // Reached or not before the caller stopped (the thread pool decides), the extraction ahead is over and did not run to its end.
        waiting.State.Should().BeOneOf(["not reached", "cancelled"], "the batch read ahead is never stored, so its extraction is cancelled and awaited");
        (await store.GetStatisticsAsync()).Documents.Should().Be(2);
        (await store.CheckAsync(stories, Pipeline)).Documents.Select(d => d.Ingest)
            .Should().Equal(DocumentIngest.Unchanged, DocumentIngest.Unchanged, DocumentIngest.Added, DocumentIngest.Added);
    }

    private static ClaimPipeline PipelineWith(IAnnotator annotator)
    {
        var builder = new ClaimPipelineBuilder();
        builder.Annotators.Add(annotator);
        return builder.Build();
    }

    /// <summary>Counts, by document id, how many times a document is annotated (extracted).</summary>
    private sealed class ExtractionCounter : IAnnotator
    {
        private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public int Of(string id) => _counts.GetValueOrDefault(id);

        public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
        {
            _counts.AddOrUpdate(document.Document.Id, 1, (_, n) => n + 1);
            return document;
        }
    }

    /// <summary>Fails on the document with id <paramref name="id"/>.</summary>
    private sealed class FailingAnnotator(string id) : IAnnotator
    {
        public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken) => document.Document.Id == id
            ? throw new InvalidOperationException($"cannot annotate {id}")
            : document;
    }

    /// <summary>Waits, at the document with id <paramref name="id"/>, until its extraction is cancelled (or a minute has passed).</summary>
    private sealed class WaitingAnnotator(string id) : IAnnotator
    {
        /// <summary>"not reached", "waiting", then "cancelled" or "not cancelled".</summary>
        public string State { get; private set; } = "not reached";

        public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
        {
            if (document.Document.Id == id)
            {
                State = "waiting";
                State = cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMinutes(1)) ? "cancelled" : "not cancelled";
            }

            return document;
        }
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
