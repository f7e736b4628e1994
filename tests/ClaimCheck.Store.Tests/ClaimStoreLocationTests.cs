namespace ClaimCheck.Store.Tests;

public class ClaimStoreLocationTests
{
    [Theory]
    [InlineData("postgres://news:secret@db.example:5433/claims", true)]
    [InlineData("postgresql://db.example/claims", true)]
    [InlineData("Host=db.example;Database=claims;Username=news", true)]
    [InlineData("claims.db", false)]
    [InlineData("/var/lib/claimcheck/host=1.db", false)]
    public void IsPostgres_Location_TellsAServerFromAFile(string location, bool expected) =>
        PostgresDialect.IsPostgres(location).Should().Be(expected);

    [Fact]
    public void Location_PostgresUrlWithPassword_NamesServerAndDatabaseButNotThePassword()
    {
        var dialect = new PostgresDialect("postgres://news:s%40cret@db.example:5433/claims?sslmode=disable");

        dialect.Location.Should().Be("postgres://news@db.example:5433/claims");
        PostgresDialect.ToConnectionString("postgres://news:s%40cret@db.example:5433/claims?sslmode=disable")
            .Should().Contain("Password=s@cret").And.Contain("Port=5433").And.Contain("Database=claims").And.Contain("SSL Mode=Disable");
    }

    [Fact]
    public async Task OpenAsync_EmptyLocation_Throws()
    {
        var open = () => ClaimStore.OpenAsync(" ");

        await open.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task OpenPostgresAsync_NoServerListening_IsUnavailableNamingTheServer()
    {
        var open = () => ClaimStore.OpenPostgresAsync("Host=127.0.0.1;Port=1;Username=nobody;Database=claims;Timeout=2");

        var error = (await open.Should().ThrowAsync<ClaimStoreException>()).Which;
        error.Problem.Should().Be(ClaimStoreProblem.Unavailable);
        error.Message.Should().Contain("postgres://nobody@127.0.0.1:1/claims");
    }
}
