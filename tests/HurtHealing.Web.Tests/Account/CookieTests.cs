using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HurtHealing.Web.Tests.Account;

public class CookieTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Session_and_antiforgery_cookies_are_HttpOnly_and_SameSite()
    {
        var client = factory.CreateBrowserLikeClient();

        var (antiforgery, session, all) = await SignUpAndCollectCookiesAsync(client);

        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.All(all, cookie => Assert.Contains("samesite=", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Over_https_every_cookie_is_also_Secure()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

        var (antiforgery, session, all) = await SignUpAndCollectCookiesAsync(client);

        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.All(all, cookie =>
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=", cookie, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task The_session_cookie_holds_only_a_key_not_the_identity()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        using var signIn = await factory.CreateBrowserLikeClient().SignInAsync(email);

        var cookie = AccountTestKit.CookiePair(signIn, AccountTestKit.SessionCookie);

        // A whole ticket with claims runs to well over a kilobyte; a protected session key is a few hundred bytes.
        Assert.True(cookie.Length < 600, $"the session cookie is {cookie.Length} characters");
        Assert.Single(AccountTestKit.SetCookieHeaders(signIn), h => h.StartsWith(AccountTestKit.SessionCookie, StringComparison.Ordinal));
    }

    /// <summary>Signs up, confirms, signs in and saves a journal note, returning the Set-Cookie headers seen on the way.</summary>
    private async Task<(string Antiforgery, string Session, List<string> All)> SignUpAndCollectCookiesAsync(HttpClient client)
    {
        var all = new List<string>();
        using var page = await client.GetAsync("/Account/Register");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        all.AddRange(AccountTestKit.SetCookieHeaders(page));
        var antiforgery = AccountTestKit.SetCookie(page, AccountTestKit.AntiforgeryCookie);

        var email = Accounts.NewEmail();
        using var registered = await client.SubmitFormAsync(await HtmlForms.ParseAsync(page), "/Account/Register",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Accounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        all.AddRange(AccountTestKit.SetCookieHeaders(registered));
        using var confirmed = await client.GetAsync(await factory.Mailbox.LatestLinkToAsync(email));
        all.AddRange(AccountTestKit.SetCookieHeaders(confirmed));

        using var signedIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        all.AddRange(AccountTestKit.SetCookieHeaders(signedIn));
        var session = AccountTestKit.SetCookie(signedIn, AccountTestKit.SessionCookie);
        Assert.Contains(all, c => c.StartsWith("hh.device=", StringComparison.Ordinal));

        using var saved = await client.SubmitFormAsync("/Journal/Write", new Dictionary<string, string> { ["Input.Text"] = "A quiet note." });
        all.AddRange(AccountTestKit.SetCookieHeaders(saved));
        using var home = await client.GetAsync("/");
        all.AddRange(AccountTestKit.SetCookieHeaders(home));
        Assert.Contains(all, c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider", StringComparison.Ordinal));
        return (antiforgery, session, all);
    }
}
