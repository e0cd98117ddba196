using System.Net;
using HurtHealing.Web.Pages.Account;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public class PasswordResetTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string NewPassword = "a different river entirely";

    [Fact]
    public async Task Resetting_through_the_emailed_link_changes_the_password_and_ends_every_session()
    {
        var registered = factory.CreateBrowserLikeClient();
        var email = await registered.RegisterAsync();
        var elsewhere = factory.CreateBrowserLikeClient();
        using (var signIn = await elsewhere.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var before = await factory.UserAsync(email);
        Assert.Equal(2, await factory.SessionCountAsync(before.Id));

        var link = await AskForResetLinkAsync(email);
        var visitor = factory.CreateBrowserLikeClient();
        using var reset = await visitor.SubmitFormAsync(link,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var done = await visitor.GetDocumentAsync(reset.Headers.Location!.OriginalString);
        Assert.Equal("Your new password is set", done.QuerySelector("h1")?.TextContent);
        Assert.NotNull(done.QuerySelector("main a[href='/Account/Login']"));

        Assert.False(await registered.IsSignedInAsync());
        Assert.False(await elsewhere.IsSignedInAsync());
        Assert.Equal(0, await factory.SessionCountAsync(before.Id));
        var after = await factory.UserAsync(email);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.NotEqual(before.PasswordHash, after.PasswordHash);

        using (var old = await factory.CreateBrowserLikeClient().SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        }
        var fresh = factory.CreateBrowserLikeClient();
        using (var withNew = await fresh.SignInAsync(email, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        }
        Assert.True(await fresh.IsSignedInAsync());
    }

    [Fact]
    public async Task A_reset_link_works_only_once()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var link = await AskForResetLinkAsync(email);
        var visitor = factory.CreateBrowserLikeClient();
        using (var first = await visitor.SubmitFormAsync(link,
                   new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = NewPassword }))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await visitor.SubmitFormAsync(link,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "yet another quiet evening" });

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(ResetPasswordModel.LinkFailedMessage, (await HtmlForms.ParseAsync(second)).ErrorSummary());
        using var withNew = await factory.CreateBrowserLikeClient().SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Fact]
    public async Task An_unknown_email_and_a_bad_code_get_the_same_answer()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var link = await AskForResetLinkAsync(email);
        var tampered = link[..^4] + (link.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var unknown = Accounts.NewEmail();

        using var forUnknown = await factory.CreateBrowserLikeClient().SubmitFormAsync(link,
            new Dictionary<string, string> { ["Input.Email"] = unknown, ["Input.Password"] = NewPassword });
        using var forBadCode = await factory.CreateBrowserLikeClient().SubmitFormAsync(tampered,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, forUnknown.StatusCode);
        Assert.Equal(forUnknown.StatusCode, forBadCode.StatusCode);
        var unknownPage = await HtmlForms.ParseAsync(forUnknown);
        var badCodePage = await HtmlForms.ParseAsync(forBadCode);
        Assert.Equal(ResetPasswordModel.LinkFailedMessage, unknownPage.ErrorSummary());
        Assert.Equal(unknownPage.VisibleText(), badCodePage.VisibleText());
        // The untouched link still works: a failed try does not use it up.
        using var real = await factory.CreateBrowserLikeClient().SubmitFormAsync(link,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
    }

    [Fact]
    public async Task A_password_reset_gives_that_browser_the_owners_allowance_while_strangers_are_paused()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();
        for (var i = 1; i <= 6; i++)
        {
            using var wrong = await client.SignInAsync(email, $"not my password, try {i}");
        }
        using (var paused = await client.SignInAsync(email))
        {
            Assert.Contains("Please try again in", (await HtmlForms.ParseAsync(paused)).ErrorSummary(), StringComparison.Ordinal);
        }

        var link = await AskForResetLinkAsync(email);
        using (var reset = await client.SubmitFormAsync(link,
                   new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = NewPassword }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        using var signIn = await client.SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task The_reset_page_without_a_code_points_to_a_new_link()
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync("/Account/ResetPassword");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Null(page.QuerySelector("main form"));
        Assert.NotNull(page.QuerySelector("main a[href='/Account/ForgotPassword']"));
    }

    private async Task<string> AskForResetLinkAsync(string email)
    {
        using var asked = await factory.CreateBrowserLikeClient().SubmitFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var link = await factory.Mailbox.LatestLinkToAsync(email);
        Assert.StartsWith("/Account/ResetPassword?code=", link, StringComparison.Ordinal);
        return link;
    }
}
