using System.Net;
using HurtHealing.Web.Pages.Account.Manage;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public class ChangePasswordTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Url = "/Account/Manage/ChangePassword";
    private const string NewPassword = "a different river entirely";

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_every_other()
    {
        var here = factory.CreateBrowserLikeClient();
        var email = await here.RegisterAsync();
        var elsewhere = factory.CreateBrowserLikeClient();
        using (var signIn = await elsewhere.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var user = await factory.UserAsync(email);
        Assert.Equal(2, await factory.SessionCountAsync(user.Id));

        using var response = await here.SubmitFormAsync(Url,
            new Dictionary<string, string> { ["Input.Password"] = Accounts.Password, ["Input.NewPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Manage", response.Headers.Location?.OriginalString);
        var manage = await here.GetDocumentAsync("/Account/Manage");
        Assert.Contains("Your password is changed", manage.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.True(await here.IsSignedInAsync());
        Assert.False(await elsewhere.IsSignedInAsync());
        Assert.Equal(1, await factory.SessionCountAsync(user.Id));
        Assert.NotEqual(user.SecurityStamp, (await factory.UserAsync(email)).SecurityStamp);

        using (var old = await factory.CreateBrowserLikeClient().SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        }
        using var withNew = await factory.CreateBrowserLikeClient().SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_is_named_beside_its_field_and_changes_nothing()
    {
        var here = factory.CreateBrowserLikeClient();
        var email = await here.RegisterAsync();
        var elsewhere = factory.CreateBrowserLikeClient();
        using (var signIn = await elsewhere.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var response = await here.SubmitFormAsync(Url,
            new Dictionary<string, string> { ["Input.Password"] = "this is not my password", ["Input.NewPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal(PasswordRecheck.Wrong, page.MessageBeside("Input.Password"));
        Assert.Equal("true", page.QuerySelector("input[name='Input.Password']")?.GetAttribute("aria-invalid"));
        Assert.True(await here.IsSignedInAsync());
        Assert.True(await elsewhere.IsSignedInAsync());
        using var withOld = await factory.CreateBrowserLikeClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, withOld.StatusCode);
    }

    [Fact]
    public async Task Wrong_current_passwords_spend_the_owners_sign_in_allowance_and_then_pause()
    {
        var here = factory.CreateBrowserLikeClient();
        var email = await here.RegisterAsync();
        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await here.SubmitFormAsync(Url,
                new Dictionary<string, string> { ["Input.Password"] = $"not my password, try {i}", ["Input.NewPassword"] = NewPassword });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var right = await here.SubmitFormAsync(Url,
            new Dictionary<string, string> { ["Input.Password"] = Accounts.Password, ["Input.NewPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        var message = (await HtmlForms.ParseAsync(right)).MessageBeside("Input.Password");
        Assert.Contains("Please try again in about", message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing has changed.", message, StringComparison.Ordinal);
        // The same allowance as signing in from this device: no faster guessing here than at the sign-in page.
        await here.SignOutAsync();
        using var signIn = await here.SignInAsync(email);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
    }

    [Fact]
    public async Task The_page_needs_a_signed_in_person()
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.RelativeTarget(), StringComparison.Ordinal);
    }
}
