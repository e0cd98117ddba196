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
