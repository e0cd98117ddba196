using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Account;

[Collection(BrowserGroup.Name)]
public class DeleteAccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Deleting_the_account_on_a_phone_clears_the_device_and_lands_on_the_neutral_site_for_good()
    {
        await using var session = await browser.NewSessionAsync();
        var email = await session.SignUpAsync();
        // Something the app keeps on the device, as an unsent draft is kept.
        await session.Page.EvaluateAsync("() => localStorage.setItem('hh-test-kept', 'words kept on this phone')");
        await session.GoAsync("/Account/Manage");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Delete my account" }).ClickAsync();
        await session.ShotAsync("delete-account");

        await session.Page.GetByLabel("Your password").FillAsync(Session.Password);
        await session.Page.GetByLabel("Type delete to confirm").FillAsync("delete");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and everything in it" }).ClickAsync();
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);

        await session.Page.GoBackAsync();
        await session.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.StartsWith(session.BaseUrl, session.Page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await session.Page.Locator("nav[aria-label='Main']").CountAsync());
        Assert.Equal(0, await session.Page.EvaluateAsync<int>("() => localStorage.length"));
        await session.GoAsync("/Account/Login");
        await session.Page.GetByLabel("Email").FillAsync(email);
        await session.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Session.Password);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(session.Page.Locator(".error-summary")).ToBeVisibleAsync();
        Assert.DoesNotContain(session.BlockedRequests, r => !r.StartsWith(KestrelAppFactory.NeutralSite, StringComparison.Ordinal));
    }
}
