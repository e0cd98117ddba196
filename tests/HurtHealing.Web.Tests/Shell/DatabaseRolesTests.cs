using System.Diagnostics;
using HurtHealing.Web.Data;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HurtHealing.Web.Tests.Shell;

/// <summary>
/// The roles deploy/postgres/init-roles.sh creates (compose runs it on a new volume): migrations run as the
/// schema owner, and the app, connected as hurthealing_app, can do everything a person does but change no table.
/// </summary>
public class DatabaseRolesTests(RolesApp app) : IClassFixture<RolesApp>
{
    [Fact]
    public async Task The_app_works_as_the_least_privileged_role()
    {
        var client = app.App.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();

        Assert.True(await client.IsSignedInAsync());
        await using var db = new NpgsqlConnection(app.App.Database.ConnectionString);
        await db.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "AspNetUsers" WHERE "Email" = @email""", db);
        count.Parameters.AddWithValue("email", email);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("CREATE TABLE stolen (id int)")]
    [InlineData("DROP TABLE incidents")]
    [InlineData("TRUNCATE incidents")]
    [InlineData("ALTER TABLE incidents ADD COLUMN copied text")]
    [InlineData("CREATE ROLE intruder LOGIN")]
    public async Task The_app_role_cannot_change_the_schema(string statement)
    {
        await using var db = new NpgsqlConnection(app.AppConnectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(statement, db);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }
}

/// <summary>A database prepared the way compose prepares one: roles by the script, tables by the migrator role.</summary>
public sealed class RolesApp : IAsyncLifetime
{
    private readonly string _appPassword = Guid.NewGuid().ToString("N");
    private readonly string _migratorPassword = Guid.NewGuid().ToString("N");

    public RolesApp() => App = new Factory(this);

    public AppFactory App { get; }
    public string AppConnectionString => As("hurthealing_app", _appPassword);

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var server = new NpgsqlConnectionStringBuilder(App.Database.ConnectionString);
        var script = Path.Combine(RepositoryRoot(), "deploy", "postgres", "init-roles.sh");
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PATH"] = $"/usr/lib/postgresql/15/bin:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["PGHOST"] = server.Host;
        start.Environment["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGPASSWORD"] = server.Password;
        start.Environment["POSTGRES_USER"] = server.Username;
        start.Environment["POSTGRES_DB"] = server.Database;
        start.Environment["HH_MIGRATOR_DB_PASSWORD"] = _migratorPassword;
        start.Environment["HH_APP_DB_PASSWORD"] = _appPassword;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"init-roles.sh failed: {errors}");

        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(As("hurthealing_migrator", _migratorPassword)).Options;
        await using var db = new AppDbContext(options);
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();

    private string As(string role, string password) =>
        new NpgsqlConnectionStringBuilder(App.Database.ConnectionString) { Username = role, Password = password }.ConnectionString;

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HurtHealing.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("HurtHealing.sln not found above the test folder.");
    }

    private sealed class Factory(RolesApp roles) : AppFactory
    {
        protected override bool MigrateDatabase => false;

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("ConnectionStrings:Default", roles.AppConnectionString)];
    }
}
