using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Tests.Account;

public class SessionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task After_sign_out_a_copy_of_the_old_cookie_opens_nothing_and_the_session_row_is_gone()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();
        string cookie;
        using (var signIn = await client.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            cookie = AccountTestKit.CookiePair(signIn, AccountTestKit.SessionCookie);
        }
        var user = await factory.UserAsync(email);
        var copy = factory.CreateCookielessClient();
        using (var beforeSignOut = await copy.GetWithCookieAsync("/Account/Manage", cookie))
        {
            Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        }
        var sessionsBefore = await factory.SessionCountAsync(user.Id);

        await client.SignOutAsync();

        using var replayed = await copy.GetWithCookieAsync("/Account/Manage", cookie);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/Account/Login", replayed.Headers.Location?.RelativeTarget(), StringComparison.Ordinal);
        Assert.Equal(sessionsBefore - 1, await factory.SessionCountAsync(user.Id));
        var key = factory.SessionKeyOf(cookie);
        Assert.False(await factory.QueryAsync(db => db.UserSessions.AnyAsync(s => s.Id == key)));
    }

    [Fact]
    public async Task Signing_out_everywhere_else_keeps_this_device()
    {
        var here = factory.CreateBrowserLikeClient();
        var email = await here.RegisterAsync();
        var elsewhere = factory.CreateBrowserLikeClient();
        using (var signIn = await elsewhere.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var manage = await here.GetDocumentAsync("/Account/Manage");
        Assert.Contains("1 other device", manage.VisibleText(), StringComparison.Ordinal);

        using var response = await here.SubmitFormAsync(manage, "/Account/Manage", new Dictionary<string, string>(),
            "form[action*='handler=SignOutOthers']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await here.IsSignedInAsync());
        Assert.False(await elsewhere.IsSignedInAsync());
        Assert.Equal(1, await factory.SessionCountAsync((await factory.UserAsync(email)).Id));
        Assert.Contains("Only on this device", (await here.GetDocumentAsync("/Account/Manage")).VisibleText(), StringComparison.Ordinal);
    }
}
