using System.Text.Json;
using System.Text.RegularExpressions;
using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HurtHealing.Browser.Tests.Shell;

/// <summary>A first week on a phone: the greeting, the talks list, saving without a connection, the form's last field, dates, and the talk card.</summary>
[Collection(BrowserGroup.Name)]
public partial class FirstWeekTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_new_person_is_welcomed_not_welcomed_back_and_home_says_what_is_here()
    {
        await using var session = await browser.NewSessionAsync();
        var email = await session.SignUpAsync();
        var page = session.Page;
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Welcome");
        var here = page.GetByRole(AriaRole.List, new() { Name = "What is here" });
        await Assertions.Expect(here.GetByRole(AriaRole.Link)).ToHaveCountAsync(4);
        await Assertions.Expect(here).ToContainTextAsync("Incidents");
        await Assertions.Expect(here).ToContainTextAsync("Talks");
        await Assertions.Expect(here).ToContainTextAsync("Journal");
        await Assertions.Expect(here).ToContainTextAsync("How it's going");
        await session.ShotAsync("firstweek-home-new");

        await FirstWeek.SeedAsync(browser.App, email);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Welcome back");

        // Talks has a place in the navigation and lists the talk ahead and the one that has happened.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Talks" }).TapAsync();
        await page.WaitForURLAsync(session.BaseUrl + "/Plans");
        await Assertions.Expect(page.Locator("#ahead-heading + .incident-list li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#ahead-heading + .incident-list")).ToContainTextAsync("Anniversary dinner");
        await Assertions.Expect(page.Locator("#past-heading + .incident-list")).ToContainTextAsync("felt heard 7/10");
        await session.ShotAsync("firstweek-talks");
        Assert.Empty(await session.AxeViolationsAsync());
        Assert.Empty(session.BlockedRequests);
    }

    [Fact]
    public async Task Saving_without_a_connection_keeps_the_entry_waiting_on_this_device_and_sends_it_when_the_connection_is_back()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        var page = session.Page;
        await session.GoAsync("/Incidents/Log");
        // The queue's key is fetched once the page has loaded, while there is a connection (offline.js).
        await page.WaitForFunctionAsync("""
            async () => {
              if (!(await indexedDB.databases()).some(d => d.name === 'hh-offline')) { return false; }
              const db = await new Promise(ok => { const r = indexedDB.open('hh-offline'); r.onsuccess = () => ok(r.result); });
              if (!db.objectStoreNames.contains('keys')) { db.close(); return false; }
              const key = await new Promise(ok => { const r = db.transaction('keys').objectStore('keys').get('current'); r.onsuccess = () => ok(r.result); });
              db.close();
              return !!key;
            }
            """, null, new() { PollingInterval = 100 });
        await page.GetByLabel("What happened?").FillAsync("They forgot my birthday and laughed it off.");

        await session.Context.SetOfflineAsync(true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        var queued = page.Locator("[data-queued-notice]");
        await Assertions.Expect(queued).ToBeVisibleAsync();
        await Assertions.Expect(queued).ToContainTextAsync("1 entry is waiting on this device");
        await Assertions.Expect(queued).ToContainTextAsync("encrypted");
        Assert.Equal("/Incidents/Log", new Uri(page.Url).AbsolutePath);
        await session.ShotAsync("firstweek-log-offline");

        await session.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.Locator("[data-offline-status]")).ToContainTextAsync("What you wrote offline has been saved.");
        await session.GoAsync("/Incidents");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("They forgot my birthday");
    }

    [Fact]
    public async Task Every_field_of_the_log_form_can_scroll_above_the_Save_bar_and_date_fields_carry_the_persons_locale()
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions(BrowserFixture.Phone) { Locale = "en-GB" });
        await session.SignUpAsync();
        var page = session.Page;
        await session.GoAsync("/Incidents/Log");
        await page.Locator("label.choice", new() { HasText = "Another day" }).TapAsync();

        // Each control scrolled to the bottom of the screen is still itself at its centre, not the Save bar.
        var covered = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.log-form textarea, .log-form input[type=range], .log-form input[type=date], .log-form input[type=time], .log-form select, .log-form summary')]
              .filter(el => el.getClientRects().length > 0)
              .map(el => {
                el.scrollIntoView({ block: 'end' });
                const r = el.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return hit && (hit === el || el.contains(hit)) ? '' : (el.name || el.tagName) + ' is under ' + (hit ? hit.className || hit.tagName : 'nothing');
              })
              .filter(x => x)
            """);
        Assert.Empty(covered);

        Assert.Equal("en-GB", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("en-GB", await page.Locator("input[type=date]").GetAttributeAsync("lang"));
        await page.Locator("input[type=date]").FillAsync("2026-11-28");
        await page.Locator("input[type=date]").ScrollIntoViewIfNeededAsync();
        await session.ShotAsync("firstweek-log-date-en-gb");
    }

    [Fact]
    public async Task Before_the_talk_opens_on_a_card_with_when_the_need_the_opening_and_the_statements_above_the_fold()
    {
        await using var session = await browser.NewSessionAsync();
        var email = await session.SignUpAsync();
        var week = await FirstWeek.SeedAsync(browser.App, email);
        var page = session.Page;

        await session.GoAsync($"/Plans/{week.PlanId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add to my calendar (.ics)" })).ToBeVisibleAsync();

        await session.GoAsync($"/Plans/{week.PlanId}/Before");
        await session.ShotAsync("firstweek-before-the-talk");
        var card = page.Locator(".talk-card");
        await Assertions.Expect(card.GetByRole(AriaRole.Link, new() { Name = "Add to calendar" })).ToBeVisibleAsync();
        var headings = await card.Locator("h2").AllTextContentsAsync();
        Assert.Equal(CardHeadings, headings);

        var fold = JsonSerializer.Deserialize<FoldCount>(await page.EvaluateAsync<string>(WordsAboveTheFold), Json)!;
        output.WriteLine($"Before the talk at 390x844: {fold.Words} words above the fold ({fold.OwnWords} of them the person's own); last statement bottom at {fold.LastStatementBottom:0} px");
        Assert.True(fold.LastStatementBottom <= 844, $"the last statement ends at {fold.LastStatementBottom} px, below the fold");
        // The person's own words are what the card is for; what the app adds around them (header, way back,
        // title, time, labels) stays small. The page keeps one way back instead of the whole menu.
        Assert.True(fold.Words - fold.OwnWords <= 21, $"{fold.Words - fold.OwnWords} of the app's own words above the fold");
        Assert.True(fold.Words < 90, $"{fold.Words} words above the fold");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link)).ToHaveCountAsync(1);

        // Sentences joined without a space ("heard.I need") read as a typo at the worst moment.
        var text = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotMatch(JoinedSentences(), text);
        Assert.Empty(await session.AxeViolationsAsync());
    }

    private static readonly string[] CardHeadings = ["Need", "Opening", "To say"];

    public sealed record FoldCount(int Words, int OwnWords, double LastStatementBottom);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string WordsAboveTheFold = """
        () => {
          let words = 0, ownWords = 0;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || el.closest('.skip-link, .visually-hidden, script, style')) continue;
            const re = /\S+/g; let m;
            while ((m = re.exec(node.textContent))) {
              const range = document.createRange();
              range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
              const r = range.getBoundingClientRect();
              if (r.width > 0 && r.bottom > 0 && r.bottom <= window.innerHeight) {
                words++;
                if (el.closest('.own-words')) ownWords++;
              }
            }
          }
          const said = [...document.querySelectorAll('.talk-card .said li')];
          return JSON.stringify({ words, ownWords, lastStatementBottom: said.length ? said[said.length - 1].getBoundingClientRect().bottom : 0 });
        }
        """;

    [GeneratedRegex(@"[a-z][.!?][A-Z]")]
    private static partial Regex JoinedSentences();
}
