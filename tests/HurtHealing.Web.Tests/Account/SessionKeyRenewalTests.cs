using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Tests.Account;

/// <summary>
/// After each change that protects the account, this browser carries on under a new session key, and a copy
/// of its earlier cookie (taken by someone who had the device for a minute) opens nothing.
/// </summary>
public class SessionKeyRenewalTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly Uri Site = new("http://localhost/");

    [Fact]
    public async Task Changing_the_password_kills_a_copy_of_this_browsers_cookie()
    {
        var (here, jar, email) = await SignedInAsync(rememberMe: true);
        var copied = SessionCookie(jar);

        using var response = await here.SubmitFormAsync("/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.NewPassword"] = "a different river entirely",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // "Keep me signed in" survives the new key.
        Assert.Contains("expires=", AccountTestKit.SetCookieHeaders(response).Last(h => h.StartsWith(AccountTestKit.SessionCookie + "=", StringComparison.Ordinal)),
            StringComparison.OrdinalIgnoreCase);
        await AssertCopyIsDeadAndThisBrowserCarriesOnAsync(copied, here, jar, email);
    }

    [Fact]
    public async Task Signing_out_everywhere_else_kills_a_copy_of_this_browsers_cookie()
    {
        var (here, jar, email) = await SignedInAsync();
        var copied = SessionCookie(jar);
        var manage = await here.GetDocumentAsync("/Account/Manage");

        using var response = await here.SubmitFormAsync(manage, "/Account/Manage", new Dictionary<string, string>(),
            "form[action*='handler=SignOutOthers']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertCopyIsDeadAndThisBrowserCarriesOnAsync(copied, here, jar, email);
    }

    [Fact]
    public async Task Turning_on_two_step_sign_in_kills_a_copy_of_this_browsers_cookie()
    {
        var (here, jar, email) = await SignedInAsync();
        var copied = SessionCookie(jar);

        await here.TurnOnTwoFactorAsync();

        await AssertCopyIsDeadAndThisBrowserCarriesOnAsync(copied, here, jar, email);
        Assert.True(await here.IsTwoFactorOnAsync());
    }

    [Fact]
    public async Task Resetting_the_authenticator_kills_a_copy_of_this_browsers_cookie()
    {
        var (here, jar, email) = await SignedInAsync();
        await here.TurnOnTwoFactorAsync();
        var copied = SessionCookie(jar);

        using var response = await here.SubmitFormAsync("/Account/Manage/ResetAuthenticator",
            new Dictionary<string, string> { ["Input.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertCopyIsDeadAndThisBrowserCarriesOnAsync(copied, here, jar, email);
    }

    private async Task<(HttpClient Client, CookieContainer Jar, string Email)> SignedInAsync(bool rememberMe = false)
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var (client, jar) = factory.CreateClientWithCookieJar();
        using var signIn = await client.SignInAsync(email, rememberMe: rememberMe);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        // A second device, so "everywhere else" has somewhere to end.
        using var elsewhere = await factory.CreateBrowserLikeClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        return (client, jar, email);
    }

    private static string SessionCookie(CookieContainer jar) =>
        jar.GetCookies(Site)[AccountTestKit.SessionCookie] is { } cookie
            ? $"{cookie.Name}={cookie.Value}"
            : throw new Xunit.Sdk.XunitException("The browser holds no session cookie.");

    private async Task AssertCopyIsDeadAndThisBrowserCarriesOnAsync(string copied, HttpClient here, CookieContainer jar, string email)
    {
        using var replayed = await factory.CreateCookielessClient().GetWithCookieAsync("/Account/Manage", copied);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/Account/Login", replayed.Headers.Location?.RelativeTarget(), StringComparison.Ordinal);

        Assert.True(await here.IsSignedInAsync());
        var current = SessionCookie(jar);
        Assert.NotEqual(copied, current);
        var oldKey = factory.SessionKeyOf(copied);
        var user = await factory.UserAsync(email);
        var keys = await factory.QueryAsync(db => db.UserSessions.Where(s => s.UserId == user.Id).Select(s => s.Id).ToListAsync());
        Assert.Equal([factory.SessionKeyOf(current)], keys);
        Assert.DoesNotContain(oldKey, keys);
    }
}
