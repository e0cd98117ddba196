using System.Net;
using HurtHealing.Web.Infrastructure.Limits;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Web.Tests.Account;

public class EmailConfirmationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_account_opens_only_after_its_email_is_confirmed_and_the_right_password_quietly_sends_a_new_link()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.SignUpAsync();
        Assert.Single(await factory.Mailbox.MessagesToAsync(email));

        using var early = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(factory.Services.GetRequiredService<AttemptWording>().SignInFailed, (await HtmlForms.ParseAsync(early)).ErrorSummary());
        Assert.False(await client.IsSignedInAsync());
        Assert.Equal(2, (await factory.Mailbox.MessagesToAsync(email)).Count);

        var confirmed = await client.GetDocumentAsync(await factory.Mailbox.LatestLinkToAsync(email));
        Assert.Equal("Thank you — your email is confirmed", confirmed.QuerySelector("h1")?.TextContent);
        Assert.NotNull(confirmed.QuerySelector("main a[href='/Account/Login']"));
        using var signedIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var manage = await client.GetDocumentAsync("/Account/Manage");
        Assert.DoesNotContain("Not confirmed yet", manage.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_for_an_unconfirmed_account_gets_the_ordinary_refusal_and_no_email()
    {
        var email = await factory.CreateBrowserLikeClient().SignUpAsync();
        var wording = factory.Services.GetRequiredService<AttemptWording>();

        using var wrong = await factory.CreateBrowserLikeClient().SignInAsync(email, "not the password I chose");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(wording.SignInFailed, (await HtmlForms.ParseAsync(wrong)).ErrorSummary());
        Assert.Single(await factory.Mailbox.MessagesToAsync(email));
    }

    [Fact]
    public async Task Asking_while_signed_out_answers_the_same_for_any_address_and_mails_only_an_unconfirmed_account()
    {
        var unconfirmed = await factory.CreateBrowserLikeClient().SignUpAsync();
        var unknown = Accounts.NewEmail();
        var answers = new List<string>();

        foreach (var address in new[] { unconfirmed, unknown })
        {
            var client = factory.CreateBrowserLikeClient();
            using var response = await client.SubmitFormAsync("/Account/ResendEmailConfirmation",
                new Dictionary<string, string> { ["Input.Email"] = address });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
            answers.Add(page.VisibleText());
        }

        Assert.Equal(answers[0], answers[1]);
        Assert.Contains("If there's an account for that address", answers[0], StringComparison.Ordinal);
        Assert.Equal(2, (await factory.Mailbox.MessagesToAsync(unconfirmed)).Count);
        Assert.Empty(await factory.Mailbox.MessagesToAsync(unknown));
    }

    [Fact]
    public async Task A_confirmed_account_gets_no_new_confirmation_email()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();
        await client.SignOutAsync();

        using var response = await client.SubmitFormAsync("/Account/ResendEmailConfirmation",
            new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await factory.Mailbox.MessagesToAsync(email));
    }

    [Fact]
    public async Task The_account_page_links_to_password_and_two_factor_settings()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync();

        var manage = await client.GetDocumentAsync("/Account/Manage");

        Assert.NotNull(manage.QuerySelector("main a[href='/Account/Manage/ChangePassword']"));
        Assert.NotNull(manage.QuerySelector("main a[href='/Account/Manage/TwoFactor']"));
        Assert.Contains("Only on this device", manage.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_links_to_a_new_confirmation_link_and_to_a_password_reset()
    {
        var login = await factory.CreateBrowserLikeClient().GetDocumentAsync("/Account/Login");

        Assert.NotNull(login.QuerySelector("main a[href='/Account/ResendEmailConfirmation']"));
        Assert.NotNull(login.QuerySelector("main a[href='/Account/ForgotPassword']"));
    }
}
