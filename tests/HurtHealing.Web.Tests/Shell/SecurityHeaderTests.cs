using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Shell;

public class SecurityHeaderTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/Account/Register", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/Error", HttpStatusCode.OK)]
    public async Task Pages_and_error_pages_carry_the_security_headers(string url, HttpStatusCode expected)
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync(url);
        Assert.Equal(expected, response.StatusCode);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HTTPS_responses_outside_Development_carry_HSTS() // (HSTS is never sent for localhost)
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://hurthealing.test"), AllowAutoRedirect = false });
        using var response = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_contain_no_inline_script_or_style_and_no_third_party_url()
    {
        var client = factory.CreateBrowserLikeClient();
        foreach (var url in new[] { "/", "/Account/Login", "/Account/Register", "/Account/ForgotPassword" })
        {
            var document = await client.GetDocumentAsync(url);
            Assert.All(document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"inline script on {url}"));
            Assert.Empty(document.QuerySelectorAll("style"));
            Assert.Empty(document.QuerySelectorAll("[style]"));
            foreach (var element in document.QuerySelectorAll("[src],[href]"))
            {
                var link = element.GetAttribute("src") ?? element.GetAttribute("href")!;
                Assert.False(link.StartsWith("http", StringComparison.OrdinalIgnoreCase) || link.StartsWith("//", StringComparison.Ordinal),
                    $"{url} links to {link}");
            }
        }
    }

    [Fact]
    public async Task Static_assets_are_cached_and_compressed()
    {
        var client = factory.CreateBrowserLikeClient();
        var document = await client.GetDocumentAsync("/Account/Login");
        var css = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var request = new HttpRequestMessage(HttpMethod.Get, css);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", Header(response, "Cache-Control"), StringComparison.Ordinal);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : throw new Xunit.Sdk.XunitException($"{name} header missing on {response.RequestMessage?.RequestUri}");
}
