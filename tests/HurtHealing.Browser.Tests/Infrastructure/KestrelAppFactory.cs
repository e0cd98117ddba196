using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Browser.Tests.Infrastructure;

/// <summary>The real app on real Kestrel (a loopback port) and its own real PostgreSQL database.</summary>
public sealed class KestrelAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string NeutralSite = "https://neutral.example/weather";

    private TestDatabase? _database;

    public string WorkFolder { get; } = Directory.CreateTempSubdirectory("hh-browser-test-").FullName;
    public string MailFolder => Path.Combine(WorkFolder, "mail");
    public Mailbox Mailbox => new(MailFolder, ct => Services.GetRequiredService<MailDelivery>().WaitUntilDeliveredAsync(ct));
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(_database.ConnectionString).Options;
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync();
        }
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "localhost", StringComparison.Ordinal).Replace("127.0.0.1", "localhost", StringComparison.Ordinal).TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", _database!.ConnectionString);
        builder.UseSetting("DataProtection:CertificatePath", Path.Combine(WorkFolder, "keys", "dp.crt"));
        builder.UseSetting("DataProtection:KeyPath", Path.Combine(WorkFolder, "keys", "dp.key"));
        builder.UseSetting("DataProtection:CreateCertificateIfMissing", "true");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("Email:SmtpHost", "");
        builder.UseSetting("Email:PublicBaseUrl", "https://hurthealing.test");
        builder.UseSetting("AllowedHosts", "localhost;hurthealing.test");
        builder.UseSetting("Privacy:QuickExitUrl", NeutralSite);
        // Plain HTTP on loopback; the reverse-proxy tests run with HTTPS required.
        builder.UseSetting("Https:Required", "false");
        // Every browser of the run comes from 127.0.0.1: keep the per-IP and per-account request limits out of the way.
        builder.UseSetting("Limits:PerIp:Burst", "100000");
        builder.UseSetting("Limits:PerIp:PerMinute", "100000");
        builder.UseSetting("Limits:PerAccount:Burst", "100000");
        builder.UseSetting("Limits:PerAccount:PerMinute", "100000");
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
