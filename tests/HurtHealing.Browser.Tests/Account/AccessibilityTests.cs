using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Account;

/// <summary>axe-core on every account page, at phone and desktop size; screenshots of each for a person to look at.</summary>
[Collection(BrowserGroup.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    public static readonly TheoryData<string, string> AnonymousPages = new()
    {
        { "/", "home-signed-out" },
        { "/Account/Register", "register" },
        { "/Account/Register?handler=Sent", "register-check-your-email" },
        { "/Account/Login", "login" },
        { "/Account/SignedOut", "signed-out" },
        { "/Account/SignedOut?reason=idle", "signed-out-idle" },
        { "/Account/ConfirmEmail?userId=x&code=y", "confirm-email-failed" },
        { "/Account/ForgotPassword", "forgot-password" },
        { "/Account/ResetPassword?code=abc", "reset-password" },
        { "/Account/ResendEmailConfirmation", "resend-confirmation" },
        { "/no-such-page", "not-found" },
        { "/Safety", "safety" },
        { "/Safety?region=uk", "safety-uk" },
        { "/Sources", "sources" },
    };

    public static readonly TheoryData<string, string> SignedInPages = new()
    {
        { "/", "home-signed-in" },
        { "/Account/Manage", "manage" },
        { "/Account/Manage/ChangePassword", "change-password" },
        { "/Account/Manage/TwoFactor", "two-factor" },
        { "/Account/Manage/EnableAuthenticator", "enable-authenticator" },
        { "/Account/Manage/GenerateRecoveryCodes", "generate-recovery-codes" },
        { "/Account/Manage/Disable2fa", "disable-two-factor" },
        { "/Account/Manage/ResetAuthenticator", "reset-authenticator" },
        { "/Account/Manage/DeleteAccount", "delete-account" },
        { "/Incidents/Log", "log" },
        { "/Incidents", "incidents-empty" },
        { "/Account/Manage/TimeZone", "time-zone" },
        { "/Journal", "journal-empty" },
        { "/Journal/Write", "journal-write" },
        { "/Safety", "safety-signed-in" },
        { "/Account/Manage/Discreet", "discreet" },
        { "/Insights", "insights-empty" },
    };

    /// <summary>The healing pages, with weeks of check-ins, repair attempts and a boundary on them; phone and desktop, light and dark.</summary>
    public static readonly TheoryData<string> HealingPages = new()
    {
        "/Insights", "/Insights?incident={0}", "/Incidents/{0}", "/Incidents/{0}/CheckIn", "/Incidents/{0}/Repair?by=Partner",
        "/Incidents/{0}/Repair?by=Me", "/Incidents/{0}/Repairs/{1}", "/Incidents/{0}/Boundaries", "/",
    };

    [Theory]
    [MemberData(nameof(HealingPages))]
    public async Task Healing_pages_have_no_axe_violations_in_light_and_dark(string template)
    {
        foreach (var size in new[] { BrowserFixture.Phone, BrowserFixture.Desktop })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions(size) { ColorScheme = scheme });
                var email = await session.SignUpAsync();
                var week = await FirstWeek.SeedAsync(browser.App, email);
                var healing = await HealingWeeks.SeedAsync(browser.App, email, week.IncidentId);
                var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, week.IncidentId, healing.AttemptId);
                var response = await session.GoAsync(path);
                Assert.Equal(200, response!.Status);
                var slug = template.Replace("{0}", "incident", StringComparison.Ordinal).Replace("{1}", "attempt", StringComparison.Ordinal)
                    .Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-');
                await session.ShotAsync($"healing-{(slug.Length == 0 ? "home" : slug)}-{scheme.ToString().ToLowerInvariant()}");
                Assert.Empty(await session.AxeViolationsAsync());
                Assert.Empty(session.BlockedRequests);
                await TapFeelingUnsafeAsync(session);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AnonymousPages))]
    public async Task Anonymous_pages_have_no_axe_violations(string path, string name)
    {
        foreach (var size in new[] { BrowserFixture.Phone, BrowserFixture.Desktop })
        {
            await using var session = await browser.NewSessionAsync(size);
            await session.GoAsync(path);
            await session.ShotAsync(name);
            Assert.Empty(await session.AxeViolationsAsync());
            await TapFeelingUnsafeAsync(session);
            Assert.Empty(session.BlockedRequests);
        }
    }

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task Signed_in_pages_have_no_axe_violations(string path, string name)
    {
        foreach (var size in new[] { BrowserFixture.Phone, BrowserFixture.Desktop })
        {
            await using var session = await browser.NewSessionAsync(size);
            await session.SignUpAsync();
            await session.GoAsync(path);
            await session.ShotAsync(name);
            Assert.Empty(await session.AxeViolationsAsync());
            await TapFeelingUnsafeAsync(session);
            Assert.Empty(session.BlockedRequests);
        }
    }

    /// <summary>"Feeling unsafe?" is one tap from every page, signed in or not.</summary>
    private static async Task TapFeelingUnsafeAsync(Session session)
    {
        await session.Page.Locator("header a.safety-link").ClickAsync();
        await session.Page.WaitForURLAsync(session.BaseUrl + "/Safety");
        Assert.Equal("Help · HurtHealing", await session.Page.TitleAsync());
    }

    [Fact]
    public async Task Two_step_sign_in_pages_have_no_axe_violations_from_set_up_to_signing_in_with_a_code()
    {
        await using var session = await browser.NewSessionAsync();
        var email = await session.SignUpAsync();
        var page = session.Page;

        await session.GoAsync("/Account/Manage/EnableAuthenticator");
        var key = (await page.Locator("#shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key));
        await page.GetByLabel("6-digit code").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/Manage/ShowRecoveryCodes");
        await session.ShotAsync("show-recovery-codes");
        Assert.Empty(await session.AxeViolationsAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/SignedOut");
        await session.GoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Session.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Account/LoginWith2fa**");
        await session.ShotAsync("login-with-2fa");
        Assert.Empty(await session.AxeViolationsAsync());

        await session.GoAsync("/Account/LoginWithRecoveryCode");
        await session.ShotAsync("login-with-recovery-code");
        Assert.Empty(await session.AxeViolationsAsync());

        // The code from the next time step: the one used to turn it on is accepted only once.
        await session.GoAsync("/Account/LoginWith2fa");
        var nextCode = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30));
        var code = totp.ComputeTotp();
        await page.GetByLabel("6-digit code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        if (!page.Url.EndsWith('/'))
        {
            await page.GetByLabel("6-digit code").FillAsync(nextCode);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        }
        await page.WaitForURLAsync(session.BaseUrl + "/");
        Assert.Empty(session.BlockedRequests);
    }

    [Fact]
    public async Task Field_messages_are_announced_and_tied_to_their_fields()
    {
        await using var session = await browser.NewSessionAsync();
        await session.GoAsync("/Account/Register");
        await session.Page.GetByLabel("Email").FillAsync("not-an-email");
        await session.Page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await session.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await session.ShotAsync("register-errors");

        var email = session.Page.GetByLabel("Email");
        Assert.Equal("true", await email.GetAttributeAsync("aria-invalid"));
        var describedBy = (await email.GetAttributeAsync("aria-describedby"))!.Split(' ');
        var messageId = Assert.Single(describedBy, id => id.EndsWith("-error", StringComparison.Ordinal));
        Assert.Equal("That doesn't look like an email address.", await session.Page.Locator($"#{messageId}").TextContentAsync());
        Assert.Empty(await session.AxeViolationsAsync());
    }
}
