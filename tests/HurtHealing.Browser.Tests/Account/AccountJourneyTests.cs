using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Account;

[Collection(BrowserGroup.Name)]
public class AccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_signs_up_lands_home_signs_out_and_signs_in_again_on_a_phone()
    {
        await using var session = await browser.NewSessionAsync();
        var email = await session.SignUpAsync();

        Assert.Equal("Welcome", await session.Page.Locator("h1").TextContentAsync());
        await session.ShotAsync("home-signed-in");

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await session.Page.WaitForURLAsync("**/Account/SignedOut");
        Assert.Equal("You're signed out", await session.Page.Locator("h1").TextContentAsync());
        await session.ShotAsync("signed-out");

        await session.SignInAsync(email);
        Assert.Equal("Welcome", await session.Page.Locator("h1").TextContentAsync());
        Assert.Empty(session.BlockedRequests);
    }

    [Fact]
    public async Task The_password_can_be_shown_while_typing()
    {
        await using var session = await browser.NewSessionAsync();
        await session.GoAsync("/Account/Register");
        var password = session.Page.GetByLabel("Password", new() { Exact = true });
        Assert.Equal("password", await password.GetAttributeAsync("type"));
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Show password" }).ClickAsync();
        Assert.Equal("text", await password.GetAttributeAsync("type"));
    }
}
