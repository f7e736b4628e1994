using ClaimCheck.Store.Tests.Infrastructure;

namespace ClaimCheck.Store.Tests;

/// <summary>What only a store in a file meets: files that are not stores, damaged files, missing files, the journal mode.</summary>
public sealed class SqliteStoreTests : IAsyncLifetime
{
    private TestStore _test = null!;

    public async Task InitializeAsync() => _test = await TestStore.CreateAsync(StoreBackend.Sqlite);

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Fact]
    public async Task OpenAsync_TextFile_IsNotAStoreNamingTheFile()
    {
        await File.WriteAllTextAsync(_test.Location, "These are my notes, not a database. ".PadRight(4096, '.'));

        var open = () => _test.OpenAsync();

        var error = (await open.Should().ThrowAsync<ClaimStoreException>()).Which;
        error.Problem.Should().Be(ClaimStoreProblem.NotAStore);
        error.Message.Should().StartWith(_test.Location).And.Contain("not a SQLite database");
        error.Location.Should().Be(_test.Location);
    }

    [Fact]
    public async Task GetStatisticsAsync_FileDamagedAfterItsFirstPage_FailsNamingTheFileAndTheDamage()
    {
        await using (var store = await _test.OpenAsync())
        {
            await store.CheckAsync(TestCorpus.Stories(40), ClaimChecker.DefaultPipeline);
        }

        // Keep the header page (so SQLite still recognises the file) and overwrite every page after it.
        var bytes = await File.ReadAllBytesAsync(_test.Location);
        var pageSize = (bytes[16] << 8) | bytes[17];
        for (var i = pageSize; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 31);
        }

        await File.WriteAllBytesAsync(_test.Location, bytes);

        var read = async () =>
        {
            await using var store = await _test.OpenAsync();
            await store.GetStatisticsAsync();
        };

        var error = (await read.Should().ThrowAsync<ClaimStoreException>()).Which;
        error.Problem.Should().Be(ClaimStoreProblem.Damaged);
        error.Message.Should().StartWith(_test.Location).And.Contain("damaged");
    }

    [Fact]
    public async Task OpenAsync_MissingFileAndCreateIfMissingOff_IsNotFoundAndCreatesNothing()
    {
        var open = () => _test.OpenAsync(new ClaimStoreOptions { CreateIfMissing = false });

        var error = (await open.Should().ThrowAsync<ClaimStoreException>()).Which;
        error.Problem.Should().Be(ClaimStoreProblem.NotFound);
        error.Message.Should().Contain(_test.Location);
        File.Exists(_test.Location).Should().BeFalse();
    }

    [Fact]
    public async Task OpenAsync_NewFile_IsInWalMode()
    {
        await using (await _test.OpenAsync())
        {
            await using var connection = await _test.ConnectAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            (await command.ExecuteScalarAsync()).Should().Be("wal");
        }
    }

    [Fact]
    public async Task OpenAsync_RelativePath_ReportsTheFullPathAsLocation()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _test.Location);

        await using var store = await ClaimStore.OpenAsync(relative);

        store.Location.Should().Be(_test.Location);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7201)]
    public async Task OpenAsync_BusyTimeoutOutOfRange_Throws(int seconds)
    {
        var open = () => _test.OpenAsync(new ClaimStoreOptions { BusyTimeout = TimeSpan.FromSeconds(seconds) });

        (await open.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("BusyTimeout");
    }
}
