using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Shell;

[Collection(BrowserGroup.Name)]
public class QuickExitTests(BrowserFixture browser)
{
    [Fact]
    public async Task One_tap_leaves_for_the_neutral_site_and_Back_does_not_return_to_a_signed_in_page()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        await session.GoAsync("/Account/Manage");

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Quick exit" }).ClickAsync();
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);

        await AssertSignedOutAfterGoingBackAsync(session);
    }

    [Fact]
    public async Task Escape_pressed_twice_leaves_too()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        await session.GoAsync("/Account/Manage");

        await session.Page.Keyboard.PressAsync("Escape");
        await session.Page.Keyboard.PressAsync("Escape");
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);

        await AssertSignedOutAfterGoingBackAsync(session);
    }

    [Fact]
    public async Task Quick_exit_works_without_JavaScript()
    {
        var options = new BrowserNewContextOptions(BrowserFixture.Phone) { JavaScriptEnabled = false };
        await using var session = await browser.NewSessionAsync(options);
        await session.SignUpAsync();

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Quick exit" }).ClickAsync();
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);

        await AssertSignedOutAfterGoingBackAsync(session);
    }

    private static async Task AssertSignedOutAfterGoingBackAsync(Session session)
    {
        // The beacon that ends the session may still be in flight for a moment after the page left.
        await WaitUntilSignedOutOnServerAsync(session);

        await session.Page.GoBackAsync();
        await session.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        // Whatever page Back lands on, it is the signed-out version: no private navigation, no welcome.
        Assert.StartsWith(session.BaseUrl, session.Page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await session.Page.Locator("nav[aria-label='Main']").CountAsync());
        Assert.Equal(0, await session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).CountAsync());
        Assert.DoesNotContain("Welcome", await session.Page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
    }

    private static async Task WaitUntilSignedOutOnServerAsync(Session session)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var response = await session.Context.APIRequest.GetAsync(session.BaseUrl + "/Account/Manage",
                new() { MaxRedirects = 0 });
            if (response.Status == 302)
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("The session was still alive on the server 5 s after quick exit.");
    }
}
