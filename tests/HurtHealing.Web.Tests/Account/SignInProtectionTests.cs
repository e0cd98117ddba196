using System.Net;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public class SignInProtectionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_one_gets_the_same_refusal()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();

        string? wrongAnswer = null;
        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await client.SignInAsync(email, $"not my password, try {i}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            var page = await HtmlForms.ParseAsync(wrong);
            Assert.Equal(LockoutWording.WrongSignIn(factory.Lockout), page.ErrorSummary());
            wrongAnswer = page.VisibleText();
        }

        using var right = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        var refused = await HtmlForms.ParseAsync(right);
        Assert.Equal(LockoutWording.WrongSignIn(factory.Lockout), refused.ErrorSummary());
        Assert.Equal(wrongAnswer, refused.VisibleText());
        Assert.False(await client.IsSignedInAsync());
        var user = await factory.UserAsync(email);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14), "lockoutOnFailure should lock the account for 15 minutes");
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();
        for (var i = 1; i <= 4; i++)
        {
            using var wrong = await client.SignInAsync(email, $"not my password, try {i}");
        }

        using var right = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
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
        Assert.Equal(LockoutWording.WrongSignIn(factory.Lockout), knownPage.ErrorSummary());
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

        Assert.Contains(factory.Mailbox.MessagesTo(known), m => m.Subject?.Contains("Reset", StringComparison.Ordinal) == true);
        Assert.Empty(factory.Mailbox.MessagesTo(unknown));
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

    private static List<string> HeaderNames(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).Select(h => h.Key).Where(k => k != "Date").Order(StringComparer.Ordinal).ToList();
}
