using System.Net;
using System.Text.RegularExpressions;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public partial class TwoFactorSetupTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_code_computed_from_the_shown_key_turns_two_step_sign_in_on_and_ten_recovery_codes_are_shown_once()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync();
        Assert.False(await client.IsTwoFactorOnAsync());

        var page = await client.GetDocumentAsync(TwoFactorSteps.EnablePage);
        var key = TwoFactorSteps.SharedKey(page);
        Assert.Matches(GroupedKey(), key);
        var app = new TestAuthenticator(key);
        var code = app.NextCode();
        // Typed the way an app shows it, with a space in the middle.
        using var response = await client.SubmitFormAsync(page, TwoFactorSteps.EnablePage,
            new Dictionary<string, string> { ["Input.Code"] = $"{code[..3]} {code[3..]}" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TwoFactorSteps.CodesPage, response.Location());
        var codes = TwoFactorSteps.RecoveryCodes(await client.GetDocumentAsync(TwoFactorSteps.CodesPage));
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches(RecoveryCodeShape(), c));

        Assert.True(await client.IsTwoFactorOnAsync());
        var manage = await client.GetDocumentAsync(TwoFactorSteps.ManagePage);
        Assert.Contains("10", manage.GetElementById("recovery-codes-left")?.TextContent, StringComparison.Ordinal);

        // Shown once: coming back finds them gone.
        using var again = await client.GetAsync(TwoFactorSteps.CodesPage);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(TwoFactorSteps.ManagePage, again.Location());
    }

    [Fact]
    public async Task A_code_typed_with_a_hyphen_is_accepted()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync();
        var page = await client.GetDocumentAsync(TwoFactorSteps.EnablePage);
        var code = new TestAuthenticator(TwoFactorSteps.SharedKey(page)).NextCode();

        using var response = await client.SubmitFormAsync(page, TwoFactorSteps.EnablePage,
            new Dictionary<string, string> { ["Input.Code"] = $" {code[..3]}-{code[3..]} " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await client.IsTwoFactorOnAsync());
    }

    [Fact]
    public async Task The_set_up_page_draws_its_QR_code_as_a_data_png_and_has_no_inline_script_or_style()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();
        var page = await client.GetDocumentAsync(TwoFactorSteps.EnablePage);

        var qr = page.QuerySelector("img.qr");
        Assert.NotNull(qr);
        Assert.False(string.IsNullOrWhiteSpace(qr.GetAttribute("alt")));
        var src = qr.GetAttribute("src") ?? "";
        Assert.StartsWith("data:image/png;base64,", src, StringComparison.Ordinal);
        var png = Convert.FromBase64String(src["data:image/png;base64,".Length..]);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);

        Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "inline script"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        foreach (var element in page.QuerySelectorAll("[src], [href]"))
        {
            var link = element.GetAttribute("src") ?? element.GetAttribute("href")!;
            Assert.False(link.StartsWith("http", StringComparison.OrdinalIgnoreCase) || link.StartsWith("//", StringComparison.Ordinal), $"links to {link}");
        }

        // The link an app opens on the same phone carries the same key, the issuer and the encoded account name.
        var key = TwoFactorSteps.SharedKey(page).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var otpauth = page.QuerySelector("a[href^='otpauth://totp/']")?.GetAttribute("href") ?? "";
        Assert.StartsWith($"otpauth://totp/HurtHealing:{Uri.EscapeDataString(email)}?", otpauth, StringComparison.Ordinal);
        Assert.Contains($"secret={key}", otpauth, StringComparison.Ordinal);
        Assert.Contains("issuer=HurtHealing", otpauth, StringComparison.Ordinal);

        var input = page.QuerySelector("input[name='Input.Code']");
        Assert.NotNull(input);
        Assert.Equal("numeric", input.GetAttribute("inputmode"));
        Assert.Equal("one-time-code", input.GetAttribute("autocomplete"));
    }

    [Fact]
    public async Task A_wrong_set_up_code_is_refused_beside_the_field_and_two_step_sign_in_stays_off()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync();
        var page = await client.GetDocumentAsync(TwoFactorSteps.EnablePage);
        var app = new TestAuthenticator(TwoFactorSteps.SharedKey(page));

        using var response = await client.SubmitFormAsync(page, TwoFactorSteps.EnablePage,
            new Dictionary<string, string> { ["Input.Code"] = app.WrongCode() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await HtmlForms.ParseAsync(response);
        Assert.Contains("didn't match", answer.MessageBeside("Input.Code"), StringComparison.Ordinal);
        Assert.Equal(app.SharedKey, TwoFactorSteps.SharedKey(answer));
        Assert.False(await client.IsTwoFactorOnAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abcdef")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("\u0663\u0664\u0665\u0666\u0667\u0668")]
    public async Task Malformed_set_up_codes_are_refused_beside_the_field(string typed)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync();

        using var response = await client.SubmitFormAsync(TwoFactorSteps.EnablePage, new Dictionary<string, string> { ["Input.Code"] = typed });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(response)).MessageBeside("Input.Code"));
        Assert.False(await client.IsTwoFactorOnAsync());
    }

    [Fact]
    public async Task Turning_on_signs_out_other_devices_but_not_this_one()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();
        var otherDevice = factory.CreateBrowserLikeClient();
        (await otherDevice.SignInAsync(email)).Dispose();
        Assert.True(await otherDevice.IsSignedInAsync());

        await client.TurnOnTwoFactorAsync();

        Assert.True(await client.IsSignedInAsync());
        Assert.False(await otherDevice.IsSignedInAsync());
    }

    [Fact]
    public async Task Turning_off_needs_the_right_password_and_a_wrong_one_changes_nothing()
    {
        var client = factory.CreateBrowserLikeClient();
        var account = await client.RegisterWithTwoFactorAsync();

        using (var wrong = await client.SubmitFormAsync("/Account/Manage/Disable2fa",
                   new Dictionary<string, string> { ["Input.Password"] = "not the password at all" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("isn't right", (await HtmlForms.ParseAsync(wrong)).MessageBeside("Input.Password"), StringComparison.Ordinal);
        }
        Assert.True(await client.IsTwoFactorOnAsync());

        using (var right = await client.SubmitFormAsync("/Account/Manage/Disable2fa",
                   new Dictionary<string, string> { ["Input.Password"] = Accounts.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal(TwoFactorSteps.ManagePage, right.Location());
        }
        Assert.False(await client.IsTwoFactorOnAsync());
        Assert.True(await client.IsSignedInAsync());

        // The password alone now signs in.
        var elsewhere = factory.CreateBrowserLikeClient();
        using var signIn = await elsewhere.SignInAsync(account.Email);
        Assert.Equal("/", signIn.Location());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Turning_off_with_an_empty_password_is_refused_beside_the_field(string typed)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterWithTwoFactorAsync();

        using var response = await client.SubmitFormAsync("/Account/Manage/Disable2fa", new Dictionary<string, string> { ["Input.Password"] = typed });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(response)).MessageBeside("Input.Password"));
        Assert.True(await client.IsTwoFactorOnAsync());
    }

    [Fact]
    public async Task Resetting_the_key_needs_the_password_then_turns_two_step_sign_in_off_with_a_new_key()
    {
        var client = factory.CreateBrowserLikeClient();
        var account = await client.RegisterWithTwoFactorAsync();

        using (var wrong = await client.SubmitFormAsync("/Account/Manage/ResetAuthenticator",
                   new Dictionary<string, string> { ["Input.Password"] = "not the password at all" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.NotEmpty((await HtmlForms.ParseAsync(wrong)).MessageBeside("Input.Password"));
        }
        Assert.True(await client.IsTwoFactorOnAsync());

        using (var right = await client.SubmitFormAsync("/Account/Manage/ResetAuthenticator",
                   new Dictionary<string, string> { ["Input.Password"] = Accounts.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal(TwoFactorSteps.EnablePage, right.Location());
        }
        Assert.False(await client.IsTwoFactorOnAsync());
        var newKey = TwoFactorSteps.SharedKey(await client.GetDocumentAsync(TwoFactorSteps.EnablePage));
        Assert.NotEqual(account.App.SharedKey, newKey);

        // A code from the old entry in the app no longer sets it up.
        using var oldCode = await client.SubmitFormAsync(TwoFactorSteps.EnablePage,
            new Dictionary<string, string> { ["Input.Code"] = account.App.NextCode() });
        Assert.Equal(HttpStatusCode.BadRequest, oldCode.StatusCode);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_and_replace_the_old_ones()
    {
        var client = factory.CreateBrowserLikeClient();
        var account = await client.RegisterWithTwoFactorAsync();

        using (var wrong = await client.SubmitFormAsync("/Account/Manage/GenerateRecoveryCodes",
                   new Dictionary<string, string> { ["Input.Password"] = "not the password at all" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.NotEmpty((await HtmlForms.ParseAsync(wrong)).MessageBeside("Input.Password"));
        }

        using (var right = await client.SubmitFormAsync("/Account/Manage/GenerateRecoveryCodes",
                   new Dictionary<string, string> { ["Input.Password"] = Accounts.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal(TwoFactorSteps.CodesPage, right.Location());
        }
        var fresh = TwoFactorSteps.RecoveryCodes(await client.GetDocumentAsync(TwoFactorSteps.CodesPage));
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(account.RecoveryCodes));

        var phoneless = factory.CreateBrowserLikeClient();
        await phoneless.SignInToCodeStepAsync(account.Email);
        using (var old = await phoneless.SubmitRecoveryCodeAsync(account.RecoveryCodes[0]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        }
        using var current = await phoneless.SubmitRecoveryCodeAsync(fresh[0]);
        Assert.Equal(HttpStatusCode.Redirect, current.StatusCode);
        Assert.True(await phoneless.IsSignedInAsync());
    }

    [GeneratedRegex("^([a-z2-7]{4} )*[a-z2-7]{1,4}$")]
    private static partial Regex GroupedKey();

    [GeneratedRegex("^[A-Z0-9]{5}-[A-Z0-9]{5}$")]
    private static partial Regex RecoveryCodeShape();
}
