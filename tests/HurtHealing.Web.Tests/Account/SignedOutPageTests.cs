using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Tests.Account;

/// <summary>The signed-out page only speaks: a GET, from any site, ends nothing.</summary>
public class SignedOutPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/Account/SignedOut?reason=idle")]
    [InlineData("/Account/SignedOut")]
    public async Task A_cross_site_GET_of_the_signed_out_page_leaves_the_person_signed_in(string url)
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();
        string key;
        using (var signIn = await client.SignInAsync(email))
        {
            key = factory.SessionKeyOf(AccountTestKit.CookiePair(signIn, AccountTestKit.SessionCookie));
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        // What a link or an <img> on another site sends (SameSite=Lax lets the session cookie through a top-level GET).
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Referrer = new Uri("https://elsewhere.example/");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.RelativeTarget());
        Assert.DoesNotContain(AccountTestKit.SetCookieHeaders(response), h => h.StartsWith(AccountTestKit.SessionCookie + "=", StringComparison.Ordinal));
        Assert.True(await client.IsSignedInAsync());
        Assert.True(await factory.QueryAsync(db => db.UserSessions.AnyAsync(s => s.Id == key)));
    }

    [Fact]
    public async Task After_signing_out_the_page_says_why()
    {
        var client = factory.CreateBrowserLikeClient();

        var idle = await client.GetDocumentAsync("/Account/SignedOut?reason=idle");
        var plain = await client.GetDocumentAsync("/Account/SignedOut");

        Assert.Contains("after a while without activity", idle.VisibleText(), StringComparison.Ordinal);
        Assert.Contains("Your session has ended on this device", plain.VisibleText(), StringComparison.Ordinal);
    }
}
