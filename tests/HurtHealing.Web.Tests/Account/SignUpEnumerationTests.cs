using System.Net;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task Sign_ups_for_one_new_address_at_the_same_moment_all_answer_check_your_email_and_make_one_account()
    {
        // A phone on a bad connection re-posts the form when the first answer is lost.
        var email = Accounts.NewEmail();
        var clients = Enumerable.Range(0, 8).Select(_ => factory.CreateBrowserLikeClient()).ToList();
        var forms = await Task.WhenAll(clients.Select(c => c.GetDocumentAsync("/Account/Register")));

        var answers = await Task.WhenAll(clients.Select((c, i) => c.SubmitFormAsync(forms[i], "/Account/Register",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Accounts.Password })));

        Assert.All(answers, a => Assert.Equal("/Account/Register?handler=Sent", a.Headers.Location?.OriginalString));
        var normalized = email.ToUpperInvariant();
        Assert.Equal(1, await factory.QueryAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == normalized)));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task The_user_store_answers_an_insert_that_meets_the_unique_index_as_a_duplicate_not_an_exception()
    {
        // What the second of two simultaneous sign-ups meets: the address was free when checked, taken when inserted.
        var email = Accounts.NewEmail();
        await using var scope = factory.Services.CreateAsyncScope();
        var store = (AppUserStore)scope.ServiceProvider.GetRequiredService<IUserStore<AppUser>>();
        var first = new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant() };
        Assert.True((await store.CreateAsync(first)).Succeeded);

        var second = new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant() };
        var result = await store.CreateAsync(second);

        Assert.False(result.Succeeded);
        Assert.Equal("DuplicateUserName", Assert.Single(result.Errors).Code);
        // The failed insert is forgotten: the next save on the same context doesn't try it again.
        first.CreatedAt = DateTimeOffset.UtcNow;
        Assert.True((await store.UpdateAsync(first)).Succeeded);
    }
}
