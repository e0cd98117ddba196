using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Pages.Account.Manage;
using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public class BadInputTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public static readonly string Overlong = new string('a', 300) + "@example.test";

    public static TheoryData<string, string, string> BadEmails()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var page in new[] { "/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword?code=abcd", "/Account/ResendEmailConfirmation" })
        {
            data.Add(page, "", "Please enter your email address.");
            data.Add(page, "   ", "Please enter your email address.");
            data.Add(page, Overlong, "That email address is too long.");
            data.Add(page, "person\u0001@example.test", "That doesn't look like an email address.");
            data.Add(page, "person@example.test\u001b", "That doesn't look like an email address.");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BadEmails))]
    public async Task A_bad_email_gets_a_400_with_its_message_beside_the_field(string page, string email, string message)
    {
        using var response = await factory.CreateBrowserLikeClient().SubmitFormAsync(page,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Accounts.Password });

        await AssertRefusedBesideAsync(response, "Input.Email", message);
    }

    /// <summary>
    /// ASP.NET Core refuses a percent-encoded NUL in a url-encoded form; NulInFormMiddleware turns it into U+FFFD
    /// first, so the page answers beside the field like any other bad email, and nothing is written.
    /// </summary>
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/Account/ResetPassword?code=abcd")]
    [InlineData("/Account/ResendEmailConfirmation")]
    public async Task A_NUL_character_in_the_email_gets_a_400_and_writes_nothing(string page)
    {
        var email = $"person-{Guid.NewGuid():N}\0@example.test";

        using var response = await factory.CreateBrowserLikeClient().SubmitFormAsync(page,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Accounts.Password });

        await AssertRefusedBesideAsync(response, "Input.Email", TextRules.UnstorableCharacterMessage);
        Assert.False(await factory.UserExistsAsync(email.Replace("\0", "", StringComparison.Ordinal)));
        Assert.Empty(await factory.Mailbox.MessagesToAsync(email.Replace("\0", "", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/Account/Login", "Input.Password", "Please enter your password.")]
    [InlineData("/Account/Register", "Input.Password", "Please choose a password.")]
    [InlineData("/Account/ResetPassword?code=abcd", "Input.Password", "Please choose a password.")]
    public async Task An_empty_password_gets_a_400_with_its_message_beside_the_field(string page, string field, string message)
    {
        using var response = await factory.CreateBrowserLikeClient().SubmitFormAsync(page,
            new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail(), [field] = "" });

        await AssertRefusedBesideAsync(response, field, message);
    }

    [Theory]
    [InlineData("Input.Password", PasswordRecheck.Missing)]
    [InlineData("Input.NewPassword", "Please choose a password.")]
    public async Task Change_password_with_an_empty_field_gets_a_400_beside_that_field(string field, string message)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync();
        var values = new Dictionary<string, string> { ["Input.Password"] = Accounts.Password, ["Input.NewPassword"] = "a different river entirely" };
        values[field] = "";

        using var response = await client.SubmitFormAsync("/Account/Manage/ChangePassword", values);

        await AssertRefusedBesideAsync(response, field, message);
    }

    [Fact]
    public async Task A_missing_or_overlong_reset_code_gets_a_400_not_a_500()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await client.GetDocumentAsync("/Account/ResetPassword?code=abcd");

        foreach (var code in new[] { "", new string('A', 5000), "not base64 at all!", "\u0001" })
        {
            using var response = await client.SubmitFormAsync(page, "/Account/ResetPassword",
                new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail(), ["Input.Password"] = Accounts.Password, ["Input.Code"] = code });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var answer = await HtmlForms.ParseAsync(response);
            Assert.False(string.IsNullOrEmpty(answer.MessageBeside("Input.Code") + answer.ErrorSummary()), $"no message for code '{code}'");
        }
    }

    private static async Task AssertRefusedBesideAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal(message, page.MessageBeside(field));
        var input = page.QuerySelector($"input[name='{field}']");
        Assert.NotNull(input);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(input.Id + "-error", input.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
    }
}
