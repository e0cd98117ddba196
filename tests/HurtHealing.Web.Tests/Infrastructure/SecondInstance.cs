using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>
/// Another instance of the app on the first one's database and key ring, as a second server behind a
/// load balancer would run: its own process-wide state (session cache, LISTEN connection), the same data.
/// </summary>
public sealed class SecondInstance(AppFactory first, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestApp.Configure(builder, first.Database.ConnectionString, first.WorkFolder);
        // The key ring and its certificate are the first instance's.
        builder.UseSetting("DataProtection:CreateCertificateIfMissing", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
