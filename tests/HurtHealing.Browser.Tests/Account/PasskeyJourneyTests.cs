using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Account;

/// <summary>
/// Passkeys in real Chromium, with its virtual authenticator standing in for the phone's own lock (internal
/// transport, discoverable credentials, user verification that succeeds): add one, sign out, sign in with it,
/// remove it.
/// </summary>
[Collection(BrowserGroup.Name)]
public class PasskeyJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_person_adds_a_passkey_signs_out_signs_in_with_it_and_removes_it(bool phone)
    {
        await using var session = await browser.NewSessionAsync(phone ? BrowserFixture.Phone : BrowserFixture.Desktop);
        var cdp = await session.Context.NewCDPSessionAsync(session.Page);
        await cdp.SendAsync("WebAuthn.enable");
        var authenticator = (await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
            },
        }))!.Value.GetProperty("authenticatorId").GetString()!;
        var page = session.Page;
        await session.SignUpAsync();

        await session.GoAsync("/Account/Manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Passkeys" }).ClickAsync();
        Assert.Equal("Sign in with this phone's lock", await page.Locator("h1").TextContentAsync());
        Assert.False(await page.Locator("[data-passkey-unsupported]").IsVisibleAsync());
        await session.ShotAsync("passkeys-none");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("My phone");
        await page.GetByLabel("Your password").FillAsync(Session.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add this phone's lock" }).ClickAsync();
        await page.GetByText("Done. You can now sign in with this phone's lock.").WaitForAsync();
        var listed = await page.Locator("[data-passkey-list]").TextContentAsync();
        Assert.Contains("My phone", listed, StringComparison.Ordinal);
        Assert.Contains("Not used to sign in yet.", listed, StringComparison.Ordinal);
        var credentials = (await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticator }))!
            .Value.GetProperty("credentials");
        Assert.Equal(1, credentials.GetArrayLength());
        Assert.True(credentials[0].GetProperty("isResidentCredential").GetBoolean());
        Assert.Empty(await session.AxeViolationsAsync());
        await session.ShotLightAndDarkAsync("passkeys-one");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/SignedOut");
        // Where the browser offers passkeys in the email field's suggestions (conditional mediation), Chromium's
        // virtual authenticator picks the only one at once: opening the sign-in page signs in.
        await session.GoAsync("/Account/Login");
        await page.WaitForURLAsync(session.BaseUrl + "/");
        Assert.Equal("Welcome", await page.Locator("h1").TextContentAsync());

        // A browser without those suggestions: the button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/SignedOut");
        await session.Context.AddInitScriptAsync("PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);");
        await session.GoAsync("/Account/Login");
        var passkeyButton = page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" });
        await passkeyButton.WaitForAsync();
        Assert.Equal("username webauthn", await page.GetByLabel("Email").GetAttributeAsync("autocomplete"));
        Assert.Empty(await session.AxeViolationsAsync());
        await session.ShotAsync("sign-in-with-passkey");
        await passkeyButton.ClickAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/");
        Assert.Equal("Welcome", await page.Locator("h1").TextContentAsync());

        await session.GoAsync("/Account/Manage/Passkeys");
        Assert.Contains("Last used", await page.Locator("[data-passkey-list]").TextContentAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove My phone" }).ClickAsync();
        await session.ShotAsync("passkey-remove");
        await page.GetByLabel("Your password").FillAsync(Session.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove this passkey" }).ClickAsync();
        await page.GetByText("Done. That passkey can't sign in any more").WaitForAsync();
        Assert.Contains("None yet.", await page.Locator("#passkeys-heading + p").TextContentAsync(), StringComparison.Ordinal);

        // The passkey is still on the device, but the account no longer accepts it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/SignedOut");
        await session.GoAsync("/Account/Login");
        await passkeyButton.ClickAsync();
        await page.GetByText("That passkey didn't sign you in.").WaitForAsync();
        Assert.EndsWith("/Account/Login?handler=Passkey", page.Url, StringComparison.Ordinal);
        Assert.Empty(session.BlockedRequests);
    }
}
