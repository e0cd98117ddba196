using System.Net;
using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public class SignUpEnumerationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Signing_up_with_a_taken_address_answers_exactly_as_a_new_one_and_emails_the_owner_instead()
    {
        var taken = await factory.CreateBrowserLikeClient().RegisterAsync();
        var fresh = Accounts.NewEmail();
        const string password = "someone else's chosen words";
        var takenClient = factory.CreateBrowserLikeClient();
        var freshClient = factory.CreateBrowserLikeClient();

        using var forTaken = await takenClient.SubmitFormAsync("/Account/Register",
            new Dictionary<string, string> { ["Input.Email"] = taken, ["Input.Password"] = password });
        using var forFresh = await freshClient.SubmitFormAsync("/Account/Register",
            new Dictionary<string, string> { ["Input.Email"] = fresh, ["Input.Password"] = password });

        Assert.Equal(HttpStatusCode.Redirect, forTaken.StatusCode);
        Assert.Equal(forTaken.StatusCode, forFresh.StatusCode);
        Assert.Equal(forTaken.Headers.Location, forFresh.Headers.Location);
        Assert.Equal(
            AccountTestKit.SetCookieHeaders(forTaken).Select(c => c.Split('=')[0]).Order(StringComparer.Ordinal),
            AccountTestKit.SetCookieHeaders(forFresh).Select(c => c.Split('=')[0]).Order(StringComparer.Ordinal));
        var takenPage = await takenClient.GetDocumentAsync(forTaken.Headers.Location!.OriginalString);
        var freshPage = await freshClient.GetDocumentAsync(forFresh.Headers.Location!.OriginalString);
        Assert.Equal("Check your email", takenPage.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            AccountTestKit.Comparable(takenPage.DocumentElement.OuterHtml),
            AccountTestKit.Comparable(freshPage.DocumentElement.OuterHtml));

        var toOwner = await factory.Mailbox.MessagesToAsync(taken);
        Assert.Contains(toOwner, m => m.Subject == AccountEmails.AccountExistsSubject);
        Assert.Contains(await factory.Mailbox.MessagesToAsync(fresh), m => m.Subject == AccountEmails.ConfirmationSubject);

        // Nothing about the owner's account changed: the stranger's password opens nothing.
        using var strangerSignIn = await factory.CreateBrowserLikeClient().SignInAsync(taken, password);
        Assert.Equal(HttpStatusCode.BadRequest, strangerSignIn.StatusCode);
        using var ownerSignIn = await factory.CreateBrowserLikeClient().SignInAsync(taken);
        Assert.Equal(HttpStatusCode.Redirect, ownerSignIn.StatusCode);
    }

    [Fact]
    public async Task A_new_account_signing_in_before_confirming_gets_the_same_refusal_as_a_taken_address_with_a_wrong_password()
    {
        // The attack: sign up with an address, then try to sign in with the password just chosen.
        var taken = await factory.CreateBrowserLikeClient().RegisterAsync();
        var fresh = Accounts.NewEmail();
        const string password = "someone else's chosen words";
        foreach (var address in new[] { taken, fresh })
        {
            using var signedUp = await factory.CreateBrowserLikeClient().SubmitFormAsync("/Account/Register",
                new Dictionary<string, string> { ["Input.Email"] = address, ["Input.Password"] = password });
        }

        using var takenTry = await factory.CreateBrowserLikeClient().SignInAsync(taken, password);
        using var freshTry = await factory.CreateBrowserLikeClient().SignInAsync(fresh, password);

        Assert.Equal(HttpStatusCode.BadRequest, takenTry.StatusCode);
        Assert.Equal(takenTry.StatusCode, freshTry.StatusCode);
        Assert.Equal(
            AccountTestKit.Comparable((await HtmlForms.ParseAsync(takenTry)).DocumentElement.OuterHtml, taken),
            AccountTestKit.Comparable((await HtmlForms.ParseAsync(freshTry)).DocumentElement.OuterHtml, fresh));
    }
}
