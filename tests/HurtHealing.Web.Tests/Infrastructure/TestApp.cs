using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>
/// What every test app shares, in-process (web tests) or on Kestrel (browser tests, which link this file):
/// its own migrated database, its own key and mail folders, and a neutral quick-exit site.
/// </summary>
public static class TestApp
{
    public const string NeutralSite = "https://neutral.example/weather";

    /// <summary>Where links in emails point: the address a deployment would configure, never the request's host.</summary>
    public const string PublicBaseUrl = "https://hurthealing.test";

    public static string MailFolder(string workFolder) => Path.Combine(workFolder, "mail");

    /// <summary>Migrates before the app starts: its Data Protection key ring is read from these tables at start-up.</summary>
    public static async Task MigrateAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options;
        await using var db = new AppDbContext(options);
        await db.Database.MigrateAsync();
    }

    public static void Configure(IWebHostBuilder builder, string connectionString, string workFolder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateAtStartup", "false");
        builder.UseSetting("DataProtection:CertificatePath", Path.Combine(workFolder, "keys", "dp.crt"));
        builder.UseSetting("DataProtection:KeyPath", Path.Combine(workFolder, "keys", "dp.key"));
        builder.UseSetting("DataProtection:CreateCertificateIfMissing", "true");
        builder.UseSetting("Email:PickupDirectory", MailFolder(workFolder));
        builder.UseSetting("Email:SmtpHost", "");
        builder.UseSetting("Email:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("AllowedHosts", "localhost;hurthealing.test");
        builder.UseSetting("Privacy:QuickExitUrl", NeutralSite);
        // Plain HTTP on loopback; the reverse-proxy tests run with HTTPS required.
        builder.UseSetting("Https:Required", "false");
        // Every request of a run comes from 127.0.0.1: only the rate-limit tests ask for real limits.
        builder.UseSetting("Limits:PerIp:Burst", "100000");
        builder.UseSetting("Limits:PerIp:PerMinute", "100000");
        builder.UseSetting("Limits:PerAccount:Burst", "100000");
        builder.UseSetting("Limits:PerAccount:PerMinute", "100000");
    }
}
