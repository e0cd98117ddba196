using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public class EmailConfirmationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_signed_in_person_can_get_a_new_link_from_the_account_page_and_confirm_with_it()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();
        var manage = await client.GetDocumentAsync("/Account/Manage");
        Assert.Contains("Not confirmed yet", manage.VisibleText(), StringComparison.Ordinal);
        var resend = manage.QuerySelector("main a[href='/Account/ResendEmailConfirmation']");
        Assert.NotNull(resend);

        using var sent = await client.SubmitFormAsync("/Account/ResendEmailConfirmation", new Dictionary<string, string>(),
            "main form[action*='handler=Mine']");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(2, factory.Mailbox.MessagesTo(email).Count);
        var status = await client.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains($"We've sent a new confirmation link to {email}", status.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);

        var confirmed = await client.GetDocumentAsync(factory.Mailbox.LatestLinkTo(email));
        Assert.Equal("Thank you — your email is confirmed", confirmed.QuerySelector("h1")?.TextContent);
        var after = await client.GetDocumentAsync("/Account/Manage");
        Assert.DoesNotContain("Not confirmed yet", after.VisibleText(), StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("main a[href='/Account/ResendEmailConfirmation']"));
    }

    [Fact]
    public async Task Asking_while_signed_out_answers_the_same_for_any_address_and_mails_only_an_unconfirmed_account()
    {
        var unconfirmed = await factory.CreateBrowserLikeClient().RegisterAsync();
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
        Assert.Equal(2, factory.Mailbox.MessagesTo(unconfirmed).Count);
        Assert.Empty(factory.Mailbox.MessagesTo(unknown));
    }

    [Fact]
    public async Task A_confirmed_account_gets_no_new_confirmation_email()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();
        await client.GetDocumentAsync(factory.Mailbox.LatestLinkTo(email));
        await client.SignOutAsync();

        using var response = await client.SubmitFormAsync("/Account/ResendEmailConfirmation",
            new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(factory.Mailbox.MessagesTo(email));
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
