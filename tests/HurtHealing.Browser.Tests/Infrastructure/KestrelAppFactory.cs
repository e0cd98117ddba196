using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Browser.Tests.Infrastructure;

/// <summary>The real app on real Kestrel (a loopback port) and its own real PostgreSQL database.</summary>
public sealed class KestrelAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string NeutralSite = TestApp.NeutralSite;

    private TestDatabase? _database;
    private int _port;

    public string WorkFolder { get; } = Directory.CreateTempSubdirectory("hh-browser-test-").FullName;
    public string MailFolder => TestApp.MailFolder(WorkFolder);
    public Mailbox Mailbox => new(MailFolder, ct => Services.GetRequiredService<MailDelivery>().WaitUntilDeliveredAsync(ct));
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's clock: real time until a test moves it (and puts it back).</summary>
    public TestClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await TestApp.MigrateAsync(_database.ConnectionString);
        // A port chosen before start, so passkeys can be told the origin the browser will use (WebAuthn binds a
        // passkey to it, and refuses 127.0.0.1 as a relying party: the browser goes to localhost).
        _port = FreeLoopbackPort();
        UseKestrel(_port);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "localhost", StringComparison.Ordinal).Replace("127.0.0.1", "localhost", StringComparison.Ordinal).TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestApp.Configure(builder, _database!.ConnectionString, WorkFolder);
        builder.UseSetting("Passkeys:RelyingPartyId", "localhost");
        builder.UseSetting("Passkeys:Origins:0", $"http://localhost:{_port}");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
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
