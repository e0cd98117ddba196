using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public class TwoFactorSignInTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_password_leads_to_the_code_step_where_a_wrong_code_is_refused_and_the_right_one_signs_in()
    {
        var setUp = factory.CreateBrowserLikeClient();
        var account = await setUp.RegisterWithTwoFactorAsync();
        await setUp.SignOutAsync();
        var client = factory.CreateBrowserLikeClient();

        var codeStep = await client.SignInToCodeStepAsync(account.Email);
        Assert.False(await client.IsSignedInAsync());

        using (var wrong = await client.SubmitCodeAsync(account.App.WrongCode(), codeStep))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("didn't match", (await HtmlForms.ParseAsync(wrong)).MessageBeside("Input.Code"), StringComparison.Ordinal);
        }
        Assert.False(await client.IsSignedInAsync());

        using var right = await client.SubmitCodeAsync(account.App.NextCode(), codeStep);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Location());
        Assert.True(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task An_authenticator_code_is_accepted_only_once()
    {
        var setUp = factory.CreateBrowserLikeClient();
        var account = await setUp.RegisterWithTwoFactorAsync();
        var usedToSetUp = account.App.LastCode();
        await setUp.SignOutAsync();

        var client = factory.CreateBrowserLikeClient();
        await client.SignInToCodeStepAsync(account.Email);
        using (var replayed = await client.SubmitCodeAsync(usedToSetUp))
        {
            Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        }
        using (var fresh = await client.SubmitCodeAsync(account.App.NextCode()))
        {
            Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        }
        var usedToSignIn = account.App.LastCode();
        await client.SignOutAsync();

        await client.SignInToCodeStepAsync(account.Email);
        using var again = await client.SubmitCodeAsync(usedToSignIn);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.False(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_is_refused_the_second_time()
    {
        var setUp = factory.CreateBrowserLikeClient();
        var account = await setUp.RegisterWithTwoFactorAsync();
        await setUp.SignOutAsync();
        var code = account.RecoveryCodes[3];

        var first = factory.CreateBrowserLikeClient();
        await first.SignInToCodeStepAsync(account.Email);
        // Typed in lower case without the hyphen, as people do.
        using (var used = await first.SubmitRecoveryCodeAsync(code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()))
        {
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
            Assert.Equal("/", used.Location());
        }
        var home = await first.GetDocumentAsync("/");
        Assert.Contains("9 recovery codes left", home.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.True(await first.IsSignedInAsync());

        var second = factory.CreateBrowserLikeClient();
        await second.SignInToCodeStepAsync(account.Email);
        using var reused = await second.SubmitRecoveryCodeAsync(code);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("didn't work", (await HtmlForms.ParseAsync(reused)).MessageBeside("Input.RecoveryCode"), StringComparison.Ordinal);
        Assert.False(await second.IsSignedInAsync());
    }

    [Fact]
    public async Task Five_wrong_codes_pause_sign_in_so_even_the_right_code_is_then_refused()
    {
        var setUp = factory.CreateBrowserLikeClient();
        var account = await setUp.RegisterWithTwoFactorAsync();
        await setUp.SignOutAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.SignInToCodeStepAsync(account.Email);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SubmitCodeAsync(account.App.WrongCode());
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        using var right = await client.SubmitCodeAsync(account.App.NextCode());

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.StartsWith("There have been several wrong codes", (await HtmlForms.ParseAsync(right)).MessageBeside("Input.Code"), StringComparison.Ordinal);
        Assert.False(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_towards_the_same_pause()
    {
        var setUp = factory.CreateBrowserLikeClient();
        var account = await setUp.RegisterWithTwoFactorAsync();
        await setUp.SignOutAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.SignInToCodeStepAsync(account.Email);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SubmitRecoveryCodeAsync($"WRONG-CODE{i}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        using var right = await client.SubmitRecoveryCodeAsync(account.RecoveryCodes[0]);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.StartsWith("There have been several wrong codes", (await HtmlForms.ParseAsync(right)).MessageBeside("Input.RecoveryCode"), StringComparison.Ordinal);
        Assert.False(await client.IsSignedInAsync());
    }

    [Theory]
    [InlineData(TwoFactorSteps.CodeStep)]
    [InlineData(TwoFactorSteps.RecoveryStep)]
    public async Task The_code_steps_without_a_password_step_in_progress_send_a_visit_to_sign_in(string step)
    {
        var client = factory.CreateBrowserLikeClient();

        using var visit = await client.GetAsync(step);
        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.StartsWith("/Account/Login", visit.Location(), StringComparison.Ordinal);

        // A post with a valid antiforgery token but nothing in progress (e.g. the five minutes ran out).
        var login = await client.GetDocumentAsync("/Account/Login");
        using var post = await client.SubmitFormAsync(login, step,
            new Dictionary<string, string> { ["Input.Code"] = "123456", ["Input.RecoveryCode"] = "ABCDE-FGHIJ" });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Account/Login", post.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remember_this_device_is_never_prechecked_and_once_ticked_skips_the_code_until_forgotten()
    {
        var setUp = factory.CreateBrowserLikeClient();
        var account = await setUp.RegisterWithTwoFactorAsync();
        await setUp.SignOutAsync();
        var client = factory.CreateBrowserLikeClient();
        var codeStep = await client.SignInToCodeStepAsync(account.Email);

        var page = await client.GetDocumentAsync(codeStep);
        var box = page.QuerySelector("input[name='Input.RememberMachine'][type=checkbox]");
        Assert.NotNull(box);
        Assert.False(box.HasAttribute("checked"));

        using (var signedIn = await client.SubmitCodeAsync(account.App.NextCode(), codeStep, rememberDevice: true))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        await client.SignOutAsync();
        using (var straightIn = await client.SignInAsync(account.Email))
        {
            Assert.Equal("/", straightIn.Location());
        }

        var manage = await client.GetDocumentAsync(TwoFactorSteps.ManagePage);
        using (var forget = await client.SubmitFormAsync(manage, TwoFactorSteps.ManagePage, new Dictionary<string, string>(),
                   "main form[action*='handler=ForgetDevice']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, forget.StatusCode);
        }
        await client.SignOutAsync();
        await client.SignInToCodeStepAsync(account.Email);
    }
}
