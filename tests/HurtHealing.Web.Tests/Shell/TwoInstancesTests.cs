using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HurtHealing.Web.Tests.Shell;

/// <summary>Two app instances on one database share the Data Protection key ring, so either accepts the other's cookies.</summary>
public class TwoInstancesTests(AppFactory first) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_another()
    {
        var (firstClient, jar) = first.CreateClientWithCookieJar();
        var email = await firstClient.RegisterAsync();
        var cookie = jar.GetCookieHeader(firstClient.BaseAddress!);
        Assert.Contains("hh.session=", cookie, StringComparison.Ordinal);

        await using var second = new SecondInstance(first);
        var secondClient = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Manage");
        request.Headers.Add("Cookie", cookie);
        using var response = await secondClient.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(email, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class SecondInstance(AppFactory first) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", first.Database.ConnectionString);
            builder.UseSetting("DataProtection:CertificatePath", Path.Combine(first.WorkFolder, "keys", "dp.crt"));
            builder.UseSetting("DataProtection:KeyPath", Path.Combine(first.WorkFolder, "keys", "dp.key"));
            builder.UseSetting("DataProtection:CreateCertificateIfMissing", "false");
            builder.UseSetting("Email:PickupDirectory", Path.Combine(first.WorkFolder, "mail"));
            builder.UseSetting("Email:PublicBaseUrl", AppFactory.PublicBaseUrl);
            builder.UseSetting("AllowedHosts", "localhost;hurthealing.test");
        }
    }
}
