using System.Text.RegularExpressions;
using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Shell;

/// <summary>A person who is afraid of their partner, on a phone: the app answers with safety, never with a push to talk.</summary>
[Collection(BrowserGroup.Name)]
public partial class SafetyJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Fear_in_the_log_shows_the_note_not_sure_about_safety_opens_help_and_a_fear_statement_gets_no_rewrite()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        var page = session.Page;
        var axe = new List<string>();

        await session.GoAsync("/Incidents/Log");
        await page.GetByLabel("What happened?").FillAsync("He grabbed my wrist when I said I was going out, and I'm scared of him when he drinks.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(DetailsPattern());
        var note = page.Locator("aside.safety-note");
        await Assertions.Expect(note).ToContainTextAsync("You've mentioned being hurt or handled roughly.");
        await Assertions.Expect(note.GetByRole(AriaRole.Link, new() { Name = "Where to find help" })).ToBeVisibleAsync();
        await session.ShotAsync("safety-01-incident-note");
        axe.AddRange(await session.AxeViolationsAsync());

        // The talk stepped aside but is still there; "not sure" about safety leads to the help page first.
        await page.GetByRole(AriaRole.Button, new() { Name = "Prepare to talk about this" }).TapAsync();
        await page.WaitForURLAsync(PlanStep("Readiness"));
        await Assertions.Expect(page.Locator("aside.safety-note")).ToBeVisibleAsync();
        var questions = page.Locator("fieldset.readiness-question");
        await questions.First.Locator("label.choice", new() { HasText = "Not sure" }).TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).TapAsync();
        await page.WaitForURLAsync(new Regex(@"/Safety\?back="));
        await Assertions.Expect(page).ToHaveTitleAsync("Help · HurtHealing");
        await Assertions.Expect(page.Locator("a.emergency-call")).ToBeVisibleAsync();
        await session.ShotAsync("safety-02-help-first");
        axe.AddRange(await session.AxeViolationsAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to where you were" }).TapAsync();
        await page.WaitForURLAsync(PlanStep("Readiness"));
        await Assertions.Expect(page.Locator("#result-heading")).ToHaveTextAsync("Your safety first");
        await session.ShotAsync("safety-03-readiness-result");

        // A statement that tells of fear: the safety note, no praise, no rewrite to take.
        await session.GoAsync(new Uri(page.Url).AbsolutePath.Replace("/Readiness", "/Statements", StringComparison.Ordinal));
        await page.GetByLabel("When…").PressSequentiallyAsync("you punched the wall next to my head", new() { Delay = 20 });
        var live = page.Locator("[data-check-live]");
        await Assertions.Expect(live.Locator(".safety-note")).ToBeVisibleAsync();
        await Assertions.Expect(live.GetByRole(AriaRole.Button, new() { Name = "Use this rewrite" })).ToHaveCountAsync(0);
        await Assertions.Expect(live).Not.ToContainTextAsync("This reads as your own experience");
        await live.ScrollIntoViewIfNeededAsync();
        await session.ShotAsync("safety-04-statement");
        axe.AddRange(await session.AxeViolationsAsync());

        Assert.Empty(axe);
        Assert.Empty(session.BlockedRequests);
    }

    [Fact]
    public async Task Discreet_mode_changes_the_tab_title_and_the_icon()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        var page = session.Page;
        await session.GoAsync("/Account/Manage/Discreet");
        await Assertions.Expect(page).ToHaveTitleAsync("Discreet mode · HurtHealing");

        await page.GetByLabel("Use discreet mode on this account").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).TapAsync();
        await page.WaitForURLAsync(new Regex("/Account/Manage/Discreet$"));

        await Assertions.Expect(page).ToHaveTitleAsync("Notes");
        await Assertions.Expect(page.Locator("link[rel=icon]")).ToHaveAttributeAsync("href", new Regex("^/favicon-plain\\.svg"));
        await session.ShotAsync("safety-05-discreet");
        await session.GoAsync("/Incidents/Log");
        await Assertions.Expect(page).ToHaveTitleAsync("Notes");
        Assert.Empty(await session.AxeViolationsAsync());
    }

    [Fact]
    public async Task The_log_page_says_a_draft_is_kept_on_this_device_and_one_tap_clears_it()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        var page = session.Page;
        await session.GoAsync("/Incidents/Log");
        await page.GetByLabel("What happened?").PressSequentiallyAsync("Words I am not ready to save", new() { Delay = 10 });
        await page.WaitForFunctionAsync("() => localStorage.getItem('hh.incident-draft') !== null");

        await page.ReloadAsync();
        var notice = page.Locator("[data-draft-notice]");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice).ToContainTextAsync("kept on this device");
        await Assertions.Expect(page.GetByLabel("What happened?")).ToHaveValueAsync("Words I am not ready to save");
        await session.ShotAsync("safety-06-draft-kept");

        await notice.GetByRole(AriaRole.Button, new() { Name = "Clear it" }).TapAsync();
        await Assertions.Expect(page.GetByLabel("What happened?")).ToHaveValueAsync("");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("What happened?")).ToHaveValueAsync("");
        await Assertions.Expect(notice).ToBeHiddenAsync();
    }

    private static Regex PlanStep(string step) => new($"/Plans/[0-9a-f-]{{36}}/{step}(#.*)?$");

    [GeneratedRegex("/Incidents/[0-9a-f-]{36}(\\?.*)?$")]
    private static partial Regex DetailsPattern();
}
