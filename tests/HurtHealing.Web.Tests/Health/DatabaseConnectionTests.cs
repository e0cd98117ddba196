using HurtHealing.Web.Data;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace HurtHealing.Web.Tests.Health;

/// <summary>What the app adds to the configured connection string, and what a deployment may still say otherwise.</summary>
public class DatabaseConnectionTests
{
    private static NpgsqlConnectionStringBuilder From(string connectionString) =>
        new(DatabaseConnection.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = connectionString })
            .Build()));

    [Fact]
    public void Pooled_connections_skip_the_reset_and_prepare_the_statements_they_repeat()
    {
        var built = From("Host=db;Database=hurthealing;Username=app");

        Assert.True(built.NoResetOnClose);
        Assert.Equal(DatabaseConnection.MaxAutoPrepared, built.MaxAutoPrepare);
        Assert.Equal("db", built.Host);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=0")]
    public void A_connection_string_that_turns_preparing_off_is_obeyed(string configured)
    {
        Assert.Equal(0, From(configured).MaxAutoPrepare);
    }
}
