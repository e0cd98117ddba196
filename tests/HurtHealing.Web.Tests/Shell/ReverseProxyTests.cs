using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Web.Tests.Shell;

/// <summary>The deployment's shape: nginx terminates TLS and forwards to the app on real Kestrel, HTTPS required.</summary>
public class ReverseProxyTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    [Fact]
    public async Task Over_TLS_pages_carry_a_year_of_HSTS_and_only_Secure_host_only_cookies()
    {
        var cookies = new CookieContainer();
        using var client = app.Proxy.CreateClient(cookies);

        using var page = await client.GetAsync("/Account/Register");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(", ", page.Headers.GetValues("Strict-Transport-Security")));
        var setCookies = SetCookies(page).ToList();

        using var signedIn = await client.SignInAsync(await ConfirmedAccountAsync(client));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        setCookies.AddRange(SetCookies(signedIn));
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        setCookies.AddRange(SetCookies(home));
        // TempData's cookie travels only with a message to carry: writing in the journal leaves one.
        using var wrote = await client.SubmitFormAsync("/Journal/Write", new Dictionary<string, string> { ["Input.Text"] = "A quiet note." });
        Assert.Equal(HttpStatusCode.Redirect, wrote.StatusCode);
        setCookies.AddRange(SetCookies(wrote));

        Assert.Contains(setCookies, c => c.StartsWith("__Host-hh.af=", StringComparison.Ordinal));
        Assert.Contains(setCookies, c => c.StartsWith("__Host-hh.session=", StringComparison.Ordinal));
        Assert.Contains(setCookies, c => c.StartsWith("__Host-.AspNetCore.Mvc.CookieTempDataProvider=", StringComparison.Ordinal));
        Assert.Contains(setCookies, c => c.StartsWith("__Secure-hh.device=", StringComparison.Ordinal));
        Assert.All(setCookies, cookie =>
        {
            // __Host- wherever the cookie is for the whole site; the device cookie is kept to /Account.
            Assert.True(cookie.StartsWith("__Host-", StringComparison.Ordinal) || cookie.StartsWith("__Secure-hh.device=", StringComparison.Ordinal), cookie);
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(cookie.StartsWith("__Host-", StringComparison.Ordinal) ? "; path=/;" : "; path=/Account;", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Plain_HTTP_through_the_proxy_is_redirected_to_HTTPS()
    {
        using var client = app.Proxy.CreateClient();

        using var response = await client.GetAsync(app.Proxy.HttpOrigin + "/Account/Login?from=plain");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(app.Proxy.HttpsOrigin + "/Account/Login?from=plain", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_redirect_and_the_reset_link_are_HTTPS_links_to_the_public_address()
    {
        using var client = app.Proxy.CreateClient(new CookieContainer());

        using var signInFirst = await client.GetAsync("/Incidents");
        Assert.Equal(HttpStatusCode.Redirect, signInFirst.StatusCode);
        Assert.StartsWith(app.Proxy.HttpsOrigin + "/Account/Login?ReturnUrl=", signInFirst.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var email = await ConfirmedAccountAsync(client);
        using var forgot = await app.Proxy.CreateClient(new CookieContainer()).SubmitFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, forgot.StatusCode);

        var body = (await app.App.Mailbox.MessagesToAsync(email))[^1].TextBody;
        Assert.Contains(app.Proxy.HttpsOrigin + "/Account/ResetPassword?code=", body, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_that_is_not_the_configured_proxy_cannot_claim_HTTPS()
    {
        using var direct = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = app.DirectAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Host = NginxProxy.HostName;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var response = await direct.SendAsync(request);

        // Still plain HTTP to the app: redirected, and no cookie is issued on the way.
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.StartsWith("https://", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty(SetCookies(response));
    }

    [Fact]
    public async Task Health_probes_over_plain_HTTP_inside_the_deployment_are_answered()
    {
        using var direct = new HttpClient { BaseAddress = app.DirectAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        request.Headers.Host = NginxProxy.HostName;

        using var response = await direct.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Signs up and opens the emailed confirmation link, through the proxy.</summary>
    private async Task<string> ConfirmedAccountAsync(HttpClient client)
    {
        var email = await client.SignUpAsync();
        using var confirm = await client.GetAsync(await app.App.Mailbox.LatestLinkToAsync(email));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        return email;
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}

/// <summary>The app on Kestrel (127.0.0.1) with HTTPS required and only nginx (127.0.0.2) trusted as a proxy.</summary>
public sealed class ProxiedApp : IAsyncLifetime
{
    public ProxiedApp() => App = new Factory(Proxy);

    public NginxProxy Proxy { get; } = NginxProxy.Prepare();
    public AppFactory App { get; }
    public Uri DirectAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        App.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        DirectAddress = new Uri(address);
        await Proxy.StartAsync(DirectAddress);
    }

    public async Task DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await ((IAsyncLifetime)App).DisposeAsync();
    }

    private sealed class Factory(NginxProxy proxy) : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [
            new("Https:Required", "true"),
            new("Https:Port", proxy.TlsPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("ReverseProxy:KnownProxies:0", NginxProxy.ProxyAddress),
            new("AllowedHosts", NginxProxy.HostName),
            new("Email:PublicBaseUrl", proxy.HttpsOrigin),
        ];
    }
}
