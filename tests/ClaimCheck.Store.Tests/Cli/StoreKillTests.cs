using ClaimCheck.Store.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ClaimCheck.Store.Tests.Cli;

/// <summary>Nothing lost: an ingest killed with SIGKILL leaves a store of whole documents, and running it again completes it.</summary>
public sealed class StoreKillTests : IDisposable
{
    private const int Documents = 2000;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-store-kill-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task CheckStore_KilledMidIngest_KeepsOnlyWholeDocumentsAndARerunCompletesWithoutDuplicates()
    {
        var documents = TestCorpus.Stories(Documents);
        var expected = ClaimChecker.Check(documents);
        var input = Path.Combine(_folder.FullName, "news.jsonl");
        TestCorpus.WriteJsonLines(input, documents);
        var store = Path.Combine(_folder.FullName, "s.db");
        string[] ingest = ["check", "--store", store, input, "--format", "json", "--output", Path.Combine(_folder.FullName, "report.json")];

        using (var process = StoreCli.Start(ingest))
        {
            await WaitForStoredDocumentsAsync(store, 100, process);
            process.HasExited.Should().BeFalse("the ingest is killed while it runs");
            process.Kill(entireProcessTree: true); // SIGKILL
            await process.WaitForExitAsync();
        }

        var (exitCode, stats, error) = StoreCli.Run("store", "stats", store, "--json");
        exitCode.Should().Be(0, error);
        var stored = Count(store, "SELECT COUNT(*) FROM documents");
        stored.Should().BeInRange(100, Documents - 1);
        stats.Trim().Should().StartWith($"{{\"documents\":{stored},\"claims\":{Count(store, "SELECT COALESCE(SUM(claim_count), 0) FROM documents")},");
        Count(store, "SELECT COUNT(*) FROM documents d WHERE d.claim_count <> (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id)").Should().Be(0);
        Count(store, "SELECT COUNT(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)").Should().Be(0);

        using (var rerun = StoreCli.Start(ingest))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            var errors = rerun.StandardError.ReadToEndAsync(timeout.Token);
            await rerun.WaitForExitAsync(timeout.Token);
            rerun.ExitCode.Should().Be(0, await errors);
        }

        StoreCli.Run("store", "stats", store, "--json").Output.Trim()
            .Should().Be($"{{\"documents\":{Documents},\"claims\":{expected.Claims.Length},\"findings\":{expected.Findings.Length}}}");
    }

    private static long Count(string store, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the store holds <paramref name="count"/> documents (or the process ends, or two minutes pass).</summary>
    private static async Task WaitForStoredDocumentsAsync(string store, int count, System.Diagnostics.Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!process.HasExited && !timeout.IsCancellationRequested)
        {
            try
            {
                if (File.Exists(store) && Count(store, "SELECT COUNT(*) FROM documents") >= count)
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // The store is being created: its tables are not there yet.
            }

            await Task.Delay(20, CancellationToken.None);
        }
    }
}
