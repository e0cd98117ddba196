using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public class SignUpAndSignInTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Signing_up_sends_one_confirmation_email_whose_link_opens_the_account()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();

        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Welcome", home.QuerySelector("h1")?.TextContent);
        Assert.Single(await factory.Mailbox.MessagesToAsync(email));
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_redirects_home()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.True(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task A_sign_in_page_made_out_of_date_by_another_tab_is_refused_and_asks_again_on_the_same_form()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();
        var older = await client.GetDocumentAsync("/Account/Login?ReturnUrl=%2FIncidents");
        // The browser now holds another antiforgery cookie (as when a second tab fetched a sign-in page before there
        // was one): the first page's token no longer matches it.
        var fresh = factory.CreateBrowserLikeClient();
        await fresh.GetDocumentAsync("/Account/Login");

        using var response = await fresh.PostFormAsync(older, "/Account/Login?ReturnUrl=%2FIncidents",
            [new("Input.Email", email), new("Input.Password", Accounts.Password)], "main form.card");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var again = response.Headers.Location!.OriginalString;
        Assert.Equal("/Account/Login?ReturnUrl=%2FIncidents&form=outdated", again);
        Assert.False(await fresh.IsSignedInAsync());
        var page = await fresh.GetDocumentAsync(again);
        Assert.Contains("That sign-in page was out of date", page.QuerySelector("main [role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Incidents", page.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value"));
        using var signedIn = await fresh.PostFormAsync(page, again, [new("Input.Email", email), new("Input.Password", Accounts.Password)], "main form.card");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Incidents", signedIn.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("Input.Email", "nul\0@example.test")]
    [InlineData("Input.Password", "a calm blue\0river at dusk")]
    public async Task A_NUL_character_gets_a_message_beside_its_field_and_no_account(string field, string value)
    {
        var client = factory.CreateBrowserLikeClient();
        var values = new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail(), ["Input.Password"] = Accounts.Password };
        values[field] = value;

        using var response = await client.SubmitFormAsync("/Account/Register", values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal(HurtHealing.Web.Infrastructure.TextRules.UnstorableCharacterMessage, page.MessageBeside(field));
        Assert.False(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task The_keep_me_signed_in_box_is_never_prechecked()
    {
        var page = await factory.CreateBrowserLikeClient().GetDocumentAsync("/Account/Login");
        var box = page.QuerySelector("input[name='Input.RememberMe'][type=checkbox]");
        Assert.NotNull(box);
        Assert.False(box.HasAttribute("checked"));
    }
}
