using System.Net;
using System.Text.RegularExpressions;
using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Infrastructure.Limits;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Web.Tests.Account;

public partial class SignInProtectionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private AttemptWording Wording => factory.Services.GetRequiredService<AttemptWording>();

    [Fact]
    public async Task After_five_wrong_passwords_sign_in_for_that_email_pauses_and_says_when_to_try_again_without_locking_the_account()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var stranger = factory.CreateBrowserLikeClient();

        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await stranger.SignInAsync(email, $"not my password, try {i}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal(Wording.SignInFailed, (await HtmlForms.ParseAsync(wrong)).ErrorSummary());
        }
        using var right = await stranger.SignInAsync(email);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        var paused = (await HtmlForms.ParseAsync(right)).ErrorSummary();
        Assert.StartsWith("There have been several wrong tries for this email", paused, StringComparison.Ordinal);
        Assert.Matches(@"Please try again in about \d+ seconds\.$", paused);
        Assert.False(await stranger.IsSignedInAsync());
        var user = await factory.UserAsync(email);
        Assert.Null(user.LockoutEnd);
        Assert.False(user.LockoutEnabled);
    }

    [Fact]
    public async Task The_owners_own_device_still_signs_in_while_a_stranger_is_paused()
    {
        var owner = factory.CreateBrowserLikeClient();
        var email = await owner.RegisterAsync();
        await owner.SignOutAsync();
        var stranger = factory.CreateBrowserLikeClient();
        for (var i = 1; i <= 8; i++)
        {
            using var wrong = await stranger.SignInAsync(email, $"not my password, try {i}");
        }

        using var ownerSignIn = await owner.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, ownerSignIn.StatusCode);
        Assert.True(await owner.IsSignedInAsync());
    }

    [Fact]
    public async Task A_right_password_costs_nothing_so_the_owner_is_never_paused_by_their_own_sign_ins()
    {
        var owner = factory.CreateBrowserLikeClient();
        var email = await owner.RegisterAsync();
        for (var i = 1; i <= 8; i++)
        {
            await owner.SignOutAsync();
            using var signIn = await owner.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_email_is_paused_exactly_like_a_known_one()
    {
        var known = await factory.CreateBrowserLikeClient().RegisterAsync();
        var unknown = Accounts.NewEmail();
        var answers = new List<(HttpResponseMessage Response, string Email)>();
        foreach (var email in new[] { known, unknown })
        {
            var client = factory.CreateBrowserLikeClient();
            for (var i = 1; i <= 5; i++)
            {
                using var wrong = await client.SignInAsync(email, $"not my password, try {i}");
            }
            answers.Add((await client.SignInAsync(email, "still not my password"), email));
        }

        var knownPage = await HtmlForms.ParseAsync(answers[0].Response);
        var unknownPage = await HtmlForms.ParseAsync(answers[1].Response);
        Assert.Equal(answers[0].Response.StatusCode, answers[1].Response.StatusCode);
        Assert.StartsWith("There have been several wrong tries", knownPage.ErrorSummary(), StringComparison.Ordinal);
        // The wait may differ by a second between the two runs; everything else is the same.
        Assert.Equal(
            Seconds().Replace(AccountTestKit.Comparable(knownPage.DocumentElement.OuterHtml, answers[0].Email), "N"),
            Seconds().Replace(AccountTestKit.Comparable(unknownPage.DocumentElement.OuterHtml, answers[1].Email), "N"));
        foreach (var (response, _) in answers)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Sign_in_answers_an_unknown_email_exactly_as_a_known_one_with_a_wrong_password()
    {
        var known = await factory.CreateBrowserLikeClient().RegisterAsync();
        var unknown = Accounts.NewEmail();
        const string password = "a guess that is not right";

        using var forKnown = await factory.CreateBrowserLikeClient().SignInAsync(known, password);
        using var forUnknown = await factory.CreateBrowserLikeClient().SignInAsync(unknown, password);

        Assert.Equal(HttpStatusCode.BadRequest, forKnown.StatusCode);
        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(HeaderNames(forKnown), HeaderNames(forUnknown));
        var knownPage = await HtmlForms.ParseAsync(forKnown);
        var unknownPage = await HtmlForms.ParseAsync(forUnknown);
        Assert.Equal(Wording.SignInFailed, knownPage.ErrorSummary());
        Assert.Equal(knownPage.ErrorSummary(), unknownPage.ErrorSummary());
        Assert.Equal(knownPage.VisibleText(), unknownPage.VisibleText());
        Assert.Equal(
            AccountTestKit.Comparable(knownPage.DocumentElement.OuterHtml, known),
            AccountTestKit.Comparable(unknownPage.DocumentElement.OuterHtml, unknown));
    }

    [Fact]
    public async Task Forgot_password_answers_an_unknown_email_exactly_as_a_known_one_and_mails_only_the_known()
    {
        var known = await factory.CreateBrowserLikeClient().RegisterAsync();
        var unknown = Accounts.NewEmail();
        var knownClient = factory.CreateBrowserLikeClient();
        var unknownClient = factory.CreateBrowserLikeClient();

        using var forKnown = await knownClient.SubmitFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = known });
        using var forUnknown = await unknownClient.SubmitFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = unknown });

        Assert.Equal(HttpStatusCode.Redirect, forKnown.StatusCode);
        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(HeaderNames(forKnown), HeaderNames(forUnknown));
        Assert.Equal(await forKnown.Content.ReadAsStringAsync(), await forUnknown.Content.ReadAsStringAsync());
        var location = forKnown.Headers.Location!.OriginalString;
        Assert.Equal(location, forUnknown.Headers.Location?.OriginalString);

        using var knownAnswer = await knownClient.GetAsync(location);
        using var unknownAnswer = await unknownClient.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, knownAnswer.StatusCode);
        Assert.Equal(knownAnswer.StatusCode, unknownAnswer.StatusCode);
        var knownPage = await HtmlForms.ParseAsync(knownAnswer);
        var unknownPage = await HtmlForms.ParseAsync(unknownAnswer);
        Assert.Contains("If there's an account for that address, we've sent a link", knownPage.VisibleText(), StringComparison.Ordinal);
        Assert.Equal(knownPage.VisibleText(), unknownPage.VisibleText());
        Assert.Equal(
            AccountTestKit.Comparable(knownPage.DocumentElement.OuterHtml),
            AccountTestKit.Comparable(unknownPage.DocumentElement.OuterHtml));

        Assert.Contains(await factory.Mailbox.MessagesToAsync(known), m => m.Subject == AccountEmails.PasswordResetSubject);
        Assert.Empty(await factory.Mailbox.MessagesToAsync(unknown));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://evil.example/Account/Manage")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("http:evil.example")]
    public async Task A_return_url_to_another_site_is_ignored(string returnUrl)
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();

        using var response = await client.SubmitFormAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);

        // Once signed in, the sign-in page sends the person on at once: that must stay local too.
        using var again = await client.GetAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_local_return_url_is_followed()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();

        using var response = await factory.CreateBrowserLikeClient().SubmitFormAsync("/Account/Login?ReturnUrl=%2FAccount%2FManage",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Manage", response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex(@"about \d+ seconds")]
    private static partial Regex Seconds();

    private static List<string> HeaderNames(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).Select(h => h.Key).Where(k => k != "Date").Order(StringComparer.Ordinal).ToList();
}
