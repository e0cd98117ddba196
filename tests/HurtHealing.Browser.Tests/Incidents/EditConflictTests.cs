using System.Text.RegularExpressions;
using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Incidents;

/// <summary>One incident edited on a phone and on a laptop at once, as a person would meet it.</summary>
[Collection(BrowserGroup.Name)]
public partial class EditConflictTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_older_page_shows_both_versions_readably_and_keeps_the_persons_choice()
    {
        await using var phone = await browser.NewSessionAsync();
        var email = await phone.SignUpAsync();
        await using var laptop = await browser.NewSessionAsync(BrowserFixture.Desktop);
        await laptop.SignInAsync(email);

        await phone.GoAsync("/Incidents/Log");
        await phone.Page.GetByLabel("What happened?").FillAsync("They forgot our anniversary.");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await phone.Page.WaitForURLAsync(DetailsPattern());
        var edit = "/Incidents/Edit/" + new Uri(phone.Page.Url).AbsolutePath.Split('/').Last();

        await phone.GoAsync(edit);
        await laptop.GoAsync(edit);
        await laptop.Page.GetByLabel("What happened?").FillAsync("They forgot our anniversary, and laughed when I said so.");
        await laptop.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await laptop.Page.WaitForURLAsync(DetailsPattern());

        await phone.Page.GetByLabel("What happened?").FillAsync("They forgot our anniversary again this year.");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).TapAsync();

        var conflict = phone.Page.Locator(".edit-conflict");
        await conflict.WaitForAsync();
        Assert.Contains("and laughed when I said so", await conflict.Locator("[data-version='theirs']").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("They forgot our anniversary again this year.", await phone.Page.GetByLabel("What happened?").InputValueAsync());
        Assert.Empty(await phone.AxeViolationsAsync());
        await phone.ShotAsync("incident-edit-conflict");

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Keep mine" }).TapAsync();
        await phone.Page.WaitForURLAsync(DetailsPattern());
        Assert.Equal("They forgot our anniversary again this year.", await phone.Page.Locator(".own-words").First.TextContentAsync());
        Assert.Empty(phone.BlockedRequests);
        Assert.Empty(laptop.BlockedRequests);
    }

    [GeneratedRegex(@"/Incidents/[0-9a-f-]{36}(\?.*)?$")]
    private static partial Regex DetailsPattern();
}
