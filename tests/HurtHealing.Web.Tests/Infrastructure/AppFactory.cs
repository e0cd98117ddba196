using Microsoft.AspNetCore.Hosting;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using HurtHealing.Web.Infrastructure.Email;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>
/// The real app on its own real PostgreSQL database (migrated with the committed migrations),
/// with e-mail written to a folder the test can read. One per test class.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>Where links in emails point: the address a deployment would configure, never the request's host.</summary>
    public const string PublicBaseUrl = TestApp.PublicBaseUrl;

    public string WorkFolder { get; } = Directory.CreateTempSubdirectory("hh-web-test-").FullName;
    public Mailbox Mailbox => new(TestApp.MailFolder(WorkFolder), ct => Services.GetRequiredService<MailDelivery>().WaitUntilDeliveredAsync(ct));
    public TestDatabase Database => _database ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>Extra settings a test class needs (applied after the defaults).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    /// <summary>Whether the database is migrated before the first test (false for a factory whose database is unreachable).</summary>
    protected virtual bool MigrateDatabase => true;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        if (!MigrateDatabase)
        {
            return;
        }
        await TestApp.MigrateAsync(_database.ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestApp.Configure(builder, Database.ConnectionString, WorkFolder);
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Every client this factory makes knows its factory, so helpers can read the app's mailbox.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        Accounts.Remember(client, this);
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client whose cookies the test can read (e.g. to replay them elsewhere).</summary>
    public (HttpClient Client, CookieContainer Jar) CreateClientWithCookieJar()
    {
        var jar = new CookieContainer();
        return (CreateDefaultClient(new CookieContainerHandler(jar)), jar);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DropAsync();
        }
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
