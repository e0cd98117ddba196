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
        { "/Account/Login", "login" },
        { "/Account/SignedOut", "signed-out" },
        { "/Account/SignedOut?reason=idle", "signed-out-idle" },
        { "/Account/ConfirmEmail?userId=x&code=y", "confirm-email-failed" },
        { "/no-such-page", "not-found" },
    };

    public static readonly TheoryData<string, string> SignedInPages = new()
    {
        { "/", "home-signed-in" },
        { "/Account/Manage", "manage" },
    };

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
            Assert.Empty(session.BlockedRequests);
        }
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
