using System.Diagnostics;
using System.Text.RegularExpressions;
using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HurtHealing.Browser.Tests.Incidents;

[Collection(BrowserGroup.Name)]
public partial class LogIncidentTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string DraftKey = "hh.incident-draft";

    [Fact]
    public async Task A_person_logs_an_incident_on_a_phone_then_rates_needs_writes_edits_and_deletes_it()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        var page = session.Page;

        // Routing is on for every page (BrowserFixture), which turns the HTTP cache off: each load is a first visit.
        long transferred = 0;
        var requests = new List<IRequest>();
        void Track(object? sender, IRequest request) => requests.Add(request);
        page.RequestFinished += Track;
        await page.GetByRole(AriaRole.Link, new() { Name = "Log what happened" }).ClickAsync();
        await page.WaitForURLAsync("**/Incidents/Log");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        page.RequestFinished -= Track;
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            transferred += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            output.WriteLine($"  {new Uri(request.Url).AbsolutePath}: {sizes.ResponseBodySize + sizes.ResponseHeadersSize:N0} bytes");
        }
        output.WriteLine($"Log page first-visit transfer: {transferred:N0} bytes in {requests.Count} requests");
        await session.ShotAsync("incident-log-empty");

        // As a person would: type, tap three chips, slide, save.
        var timer = Stopwatch.StartNew();
        await page.GetByLabel("What happened?").FillAsync("They joked about my job in front of everyone at dinner.");
        await page.Locator("label[for='feel-humiliated']").TapAsync();
        await page.Locator("input[name='Input.Feelings.Intensity[humiliated]']").FillAsync("8");
        await page.Locator("label[for='feel-hurt']").TapAsync();
        await page.GetByText("Angry", new() { Exact = true }).TapAsync();
        await page.Locator("label[for='feel-angry']").TapAsync();
        await page.Locator("input[name='Input.Feelings.Intensity[angry]']").FillAsync("4");
        await page.GetByLabel("How much did it hurt?").FillAsync("7");
        await session.ShotAsync("incident-log-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(DetailsUrl());
        timer.Stop();
        output.WriteLine($"Time to log an incident with three feelings: {timer.Elapsed.TotalSeconds:0.0} s (scripted; a person types slower)");
        var detailsUrl = page.Url.Split('?')[0];

        Assert.Equal("They joked about my job in front of everyone at dinner.", await page.Locator(".own-words").First.TextContentAsync());
        Assert.Equal(3, await page.Locator(".feeling-list li").CountAsync());
        await session.ShotAsync("incident-details-new");

        await page.GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).TapAsync();
        await Assertions.Expect(page.Locator(".incident-link")).ToContainTextAsync("They joked about my job");
        await session.ShotAsync("incident-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Incidents" }).First.TapAsync();
        await Assertions.Expect(page.Locator(".incident-link")).ToHaveCountAsync(1);
        await session.ShotAsync("incident-list");
        await page.Locator(".incident-link").TapAsync();
        await page.WaitForURLAsync(detailsUrl);

        // Re-rate: a little lighter now.
        await page.GetByRole(AriaRole.Link, new() { Name = "Re-rate feelings" }).TapAsync();
        await page.Locator("input[name='Input.Feelings.Intensity[humiliated]']").FillAsync("5");
        await session.ShotAsync("incident-feelings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save these ratings" }).TapAsync();
        await page.WaitForURLAsync(detailsUrl);
        await Assertions.Expect(page.Locator(".feeling-list")).ToContainTextAsync("5/10");

        // A need.
        await page.GetByRole(AriaRole.Link, new() { Name = "What I need" }).TapAsync();
        await page.Locator("label.need-choice", new() { HasText = "An apology" }).TapAsync();
        await page.GetByLabel("What would resolution look like").FillAsync("They say sorry, without a joke after it.");
        await session.ShotAsync("incident-needs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this need" }).TapAsync();
        await page.WaitForURLAsync(detailsUrl);
        await Assertions.Expect(page.Locator(".timeline-item.need")).ToContainTextAsync("An apology");

        // A journal entry inside a feeling window.
        await page.GetByRole(AriaRole.Link, new() { Name = "Write about it" }).TapAsync();
        await page.Locator("label.choice", new() { HasTextRegex = FiveMinutes() }).TapAsync();
        await Assertions.Expect(page.Locator("[data-window-status]")).ToContainTextAsync("5 minutes left");
        await page.GetByLabel("What's there right now?").FillAsync("I felt small. I want to feel like we're on the same side.");
        await session.ShotAsync("journal-write");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(detailsUrl);
        await Assertions.Expect(page.Locator(".timeline-item.journal")).ToContainTextAsync("5-minute feeling window");
        await session.ShotAsync("incident-details-full");

        // Edit.
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).TapAsync();
        await page.GetByLabel("Short title").FillAsync("The dinner joke");
        await page.GetByLabel("Where does it stand?").SelectOptionAsync("Talked");
        await session.ShotAsync("incident-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).TapAsync();
        await page.WaitForURLAsync(detailsUrl);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The dinner joke");

        // Delete, after a confirmation.
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete…" }).TapAsync();
        await session.ShotAsync("incident-delete");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete it" }).TapAsync();
        await page.WaitForURLAsync("**/Incidents");
        await Assertions.Expect(page.Locator(".incident-link")).ToHaveCountAsync(0);
        await session.ShotAsync("incident-list-after-delete");
        Assert.Empty(session.BlockedRequests);
    }

    [Fact]
    public async Task A_draft_survives_a_reload_and_a_closed_tab_and_is_cleared_once_saved()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        var page = session.Page;
        await session.GoAsync("/Incidents/Log");
        var key = await page.Locator("input[name='Input.IdempotencyKey']").InputValueAsync();

        await page.GetByLabel("What happened?").FillAsync("Started writing on the bus.");
        await page.GetByText("Lonely", new() { Exact = true }).TapAsync();
        await page.Locator("label[for='feel-lonely']").TapAsync();
        await page.WaitForFunctionAsync($"() => (localStorage.getItem('{DraftKey}') || '').includes('lonely')");

        await page.ReloadAsync();
        Assert.Equal("Started writing on the bus.", await page.GetByLabel("What happened?").InputValueAsync());
        Assert.True(await page.Locator("#feel-lonely").IsCheckedAsync());
        await Assertions.Expect(page.Locator("[data-draft-notice]")).ToBeVisibleAsync();

        await page.CloseAsync();
        page = session.Page = await session.Context.NewPageAsync();
        await session.GoAsync("/Incidents/Log");
        Assert.Equal("Started writing on the bus.", await page.GetByLabel("What happened?").InputValueAsync());
        // The restored form carries the draft's key, so if the first post did arrive, this one finds it.
        Assert.Equal(key, await page.Locator("input[name='Input.IdempotencyKey']").InputValueAsync());
        await session.ShotAsync("incident-log-draft-restored");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(DetailsUrl());
        await page.WaitForFunctionAsync($"() => localStorage.getItem('{DraftKey}') === null");

        await session.GoAsync("/Incidents/Log");
        Assert.Equal("", await page.GetByLabel("What happened?").InputValueAsync());
        await Assertions.Expect(page.Locator("[data-draft-notice]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Signing_out_clears_a_draft()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        var page = session.Page;
        await session.GoAsync("/Incidents/Log");
        await page.GetByLabel("What happened?").FillAsync("Not for anyone else's eyes.");
        await page.WaitForFunctionAsync($"() => localStorage.getItem('{DraftKey}') !== null");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).TapAsync();
        await page.WaitForURLAsync("**/Account/SignedOut");
        Assert.Null(await page.EvaluateAsync<string?>($"() => localStorage.getItem('{DraftKey}')"));
    }

    private static Regex DetailsUrl() => DetailsPattern();

    [GeneratedRegex("^5 min$")]
    private static partial Regex FiveMinutes();

    [GeneratedRegex(@"/Incidents/[0-9a-f-]{36}(\?.*)?$")]
    private static partial Regex DetailsPattern();
}
