using System.Text.Json;
using HurtHealing.Browser.Tests.Infrastructure;
using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Shell;

/// <summary>
/// The installable app without a connection: after a browser restart with no network the log form opens from the
/// worker's cache, entries wait on the device sealed and arrive exactly once after signing in again; sign-out and
/// quick exit take the caches and the queue away; no cache ever holds a page with a person's words.
/// </summary>
[Collection(BrowserGroup.Name)]
public class OfflineAppTests(BrowserFixture browser)
{
    private const string ShellReady = """
        async () => {
          for (const name of await caches.keys()) {
            if (name.startsWith('hh-shell-') && await (await caches.open(name)).match('/__hh-shell-complete')) { return true; }
          }
          return false;
        }
        """;

    // Reads the queue database without ever creating it (opening a missing database would make an empty one).
    private const string ReadDevice = """
        async () => {
          const names = (await indexedDB.databases()).map(d => d.name);
          const cacheNames = await caches.keys();
          const cached = [];
          for (const name of cacheNames) {
            const cache = await caches.open(name);
            for (const request of await cache.keys()) {
              const response = await cache.match(request);
              cached.push({ cache: name, url: request.url, text: await response.clone().text() });
            }
          }
          if (!names.includes('hh-offline')) { return JSON.stringify({ db: false, key: false, queue: [], caches: cacheNames, cached }); }
          const db = await new Promise((ok, fail) => { const r = indexedDB.open('hh-offline'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
          const read = (store, how) => new Promise(ok => {
            if (!db.objectStoreNames.contains(store)) { ok(null); return; }
            const r = how(db.transaction(store).objectStore(store)); r.onsuccess = () => ok(r.result);
          });
          const key = await read('keys', s => s.get('current'));
          const queue = (await read('queue', s => s.getAll())) || [];
          db.close();
          return JSON.stringify({
            db: true,
            key: !!key,
            keyExtractable: key ? key.key.extractable : null,
            queue: queue.map(e => ({ id: e.id, sealed: new TextDecoder('latin1').decode(new Uint8Array(e.data)), isBuffer: e.data instanceof ArrayBuffer })),
            caches: cacheNames,
            cached
          });
        }
        """;

    [Fact]
    public async Task No_cache_ever_holds_a_page_with_a_persons_words_or_a_token()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        const string marker = "Marker words only this person wrote 7f3a";
        await session.GoAsync("/Incidents/Log");
        await session.Page.GetByLabel("What happened?").FillAsync(marker);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await session.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Incidents/[0-9a-f-]{36}"));
        var details = session.PathAndQuery;
        foreach (var path in new[] { "/", "/Incidents", details, "/Journal", "/Plans", "/Insights", "/Account/Manage", "/Incidents/Log", details })
        {
            await session.GoAsync(path);
        }
        await ReadyForOfflineAsync(session);

        var device = await DeviceAsync(session.Page);
        var cached = device.GetProperty("cached").EnumerateArray().ToList();
        Assert.NotEmpty(cached);
        var pages = new List<string>();
        foreach (var entry in cached)
        {
            var url = new Uri(entry.GetProperty("url").GetString()!);
            var text = entry.GetProperty("text").GetString()!;
            Assert.DoesNotContain("Marker words", text, StringComparison.Ordinal);
            Assert.DoesNotContain("7f3a", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@example.test", text, StringComparison.Ordinal);
            Assert.DoesNotMatch("__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]", text);
            var path = url.AbsolutePath;
            if (text.Contains("<html", StringComparison.Ordinal))
            {
                pages.Add(url.PathAndQuery);
                Assert.Contains("<meta name=\"hh-offline-shell\" content=\"no-personal-text\"", text, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(path.StartsWith("/css/", StringComparison.Ordinal) || path.StartsWith("/js/", StringComparison.Ordinal)
                            || path.StartsWith("/icons/", StringComparison.Ordinal) || path.StartsWith("/favicon", StringComparison.Ordinal)
                            || path.StartsWith("/manifest", StringComparison.Ordinal) || path == "/__hh-shell-complete", $"Unexpected cached file {url}");
            }
        }
        Assert.Equal(["/Incidents/Log?handler=Template", "/Offline", "/Safety"], pages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Signing_out_online_clears_caches_and_storage_through_the_servers_Clear_Site_Data_alone()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        await session.GoAsync("/Incidents");
        await ReadyForOfflineAsync(session);
        await QueueDirectlyAsync(session.Page);
        // Without the page's own clearing (the form is replaced by a copy without listeners, and offline.js is not
        // loaded on the next page), only the response header can empty the device.
        await session.Page.EvaluateAsync("() => { const f = document.getElementById('sign-out'); f.replaceWith(f.cloneNode(true)); }");
        await session.Context.RouteAsync("**/js/offline.js*", route => route.AbortAsync());

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await session.Page.WaitForURLAsync("**/Account/SignedOut");

        await AssertDeviceEmptyAsync(session, waitForWorker: false);
    }

    [Fact]
    public async Task Quick_exit_clears_every_cache_and_the_queue()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        await session.GoAsync("/Incidents");
        await ReadyForOfflineAsync(session);
        await QueueDirectlyAsync(session.Page);

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Quick exit" }).ClickAsync();
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);

        await AssertDeviceEmptyAsync(session);
    }

    [Fact]
    public async Task Quick_exit_as_a_plain_form_post_clears_them_through_the_servers_Clear_Site_Data()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        await session.GoAsync("/Incidents");
        await ReadyForOfflineAsync(session);
        await QueueDirectlyAsync(session.Page);
        await session.Page.EvaluateAsync("() => { const f = document.getElementById('quick-exit'); f.replaceWith(f.cloneNode(true)); }");
        await session.Context.RouteAsync("**/js/offline.js*", route => route.AbortAsync());

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Quick exit" }).ClickAsync();
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);

        await AssertDeviceEmptyAsync(session, waitForWorker: false);
    }

    [Fact]
    public async Task After_a_cold_start_without_a_connection_the_log_form_opens_and_two_entries_arrive_exactly_once_after_signing_in_again()
    {
        using var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("hh-cold-").FullName;
        string email;
        // The first time, online: sign up, and the worker keeps its shell and the page its key.
        await using (var first = await PhoneProfileAsync(playwright, profile, offline: false))
        {
            email = await first.SignUpAsync();
            await first.GoAsync("/Incidents");
            await ReadyForOfflineAsync(first);
        }

        // The browser is started again with no connection at all: nothing in memory, only what is on the device.
        await using var session = await PhoneProfileAsync(playwright, profile, offline: true);
        var response = await session.GoAsync("/Incidents/Log");
        Assert.NotNull(response);
        Assert.True(response.FromServiceWorker, "The log form did not come from the service worker.");
        var page = session.Page;
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Log what happened");
        // Save with nothing written: said beside the field, and read out with it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("What happened?")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("What happened?")).ToHaveAccessibleDescriptionAsync(
            new System.Text.RegularExpressions.Regex("Please write a few words about what happened\\."));
        await SaveOfflineAsync(page, "First entry: they left me waiting at the station for an hour.");
        await Assertions.Expect(page.Locator("[data-queued-notice]")).ToContainTextAsync("1 entry is waiting on this device.");
        await Assertions.Expect(page.GetByText("Please write a few words about what happened.")).ToHaveCountAsync(0);
        await SaveOfflineAsync(page, "Second entry: they read my messages without asking.");
        await Assertions.Expect(page.Locator("[data-queued-notice]")).ToContainTextAsync("2 entries are waiting on this device.");
        await Assertions.Expect(page.Locator("[data-queued-notice]")).ToContainTextAsync("Until then the words sit in this browser's storage, encrypted.");
        await session.ShotAsync("offline-log-waiting");

        var device = await DeviceAsync(page);
        Assert.Equal(2, device.GetProperty("queue").GetArrayLength());
        Assert.False(device.GetProperty("keyExtractable").GetBoolean());
        foreach (var entry in device.GetProperty("queue").EnumerateArray())
        {
            Assert.True(entry.GetProperty("isBuffer").GetBoolean());
            Assert.DoesNotContain("entry", entry.GetProperty("sealed").GetString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("WhatHappened", entry.GetProperty("sealed").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(0, await IncidentCountAsync(email));

        // Back online. The sign-in ended with the browser (no "keep me signed in"), so the entries wait for it.
        await session.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-offline-status]")).ToContainTextAsync("2 entries are waiting on this device, encrypted. They will be sent once you sign in.");
        Assert.Equal(0, await IncidentCountAsync(email));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Session.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));

        await Assertions.Expect(page.Locator("[data-offline-status]")).ToContainTextAsync("The 2 entries you wrote offline have been saved.");
        Assert.Equal(0, (await DeviceAsync(page)).GetProperty("queue").GetArrayLength());
        Assert.Equal(2, await IncidentCountAsync(email));
        // Opening the app again sends nothing twice.
        await page.ReloadAsync();
        await session.GoAsync("/Incidents");
        await Assertions.Expect(page.Locator(".incident-link", new() { HasText = "First entry" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".incident-link", new() { HasText = "Second entry" })).ToHaveCountAsync(1);
        Assert.Equal(2, await IncidentCountAsync(email));
        Assert.Empty(session.BlockedRequests);
        DeleteProfile(profile);
    }

    [Fact]
    public async Task An_idle_sign_out_without_a_connection_takes_the_shell_and_the_key_and_the_sealed_entry_is_sent_after_signing_in()
    {
        await using var session = await browser.NewSessionAsync();
        // The page's clock, moved by the test.
        await session.Context.Clock.InstallAsync();
        var email = await session.SignUpAsync();
        await session.GoAsync("/Incidents/Log");
        await ReadyForOfflineAsync(session);
        await session.Context.SetOfflineAsync(true);
        await SaveOfflineAsync(session.Page, "Written at night with no signal.");
        await Assertions.Expect(session.Page.Locator("[data-queued-notice]")).ToContainTextAsync("1 entry is waiting on this device.");

        await session.Page.Clock.FastForwardAsync("30:01");
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);

        await session.Context.SetOfflineAsync(false);
        var check = await session.Context.NewPageAsync();
        await check.GotoAsync(session.BaseUrl + "/robots.txt");
        await check.WaitForFunctionAsync("async () => (await caches.keys()).length === 0", null, new() { PollingInterval = 100 });
        var device = await DeviceAsync(check);
        Assert.False(device.GetProperty("key").GetBoolean());
        Assert.Equal(1, device.GetProperty("queue").GetArrayLength());
        Assert.Equal(0, await IncidentCountAsync(email));

        // The post that would have ended the session never left (no connection); the server ends an idle session by its
        // own clock, which this test does not move, so the cookie goes as that would take it. Signing in again gives
        // the same key back, and what waited is sent.
        await session.Context.ClearCookiesAsync();
        await session.SignInAsync(email);
        await Assertions.Expect(session.Page.Locator("[data-offline-status]")).ToContainTextAsync("What you wrote offline has been saved.");
        Assert.Equal(1, await IncidentCountAsync(email));
        Assert.Equal(0, (await DeviceAsync(session.Page)).GetProperty("queue").GetArrayLength());
    }

    [Fact]
    public async Task Deleting_the_account_clears_every_cache_and_the_queue()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        await session.GoAsync("/Incidents");
        await ReadyForOfflineAsync(session);
        await QueueDirectlyAsync(session.Page);

        await session.GoAsync("/Account/Manage/DeleteAccount");
        await session.Page.GetByLabel("Your password").FillAsync(Session.Password);
        await session.Page.GetByLabel("Type delete to confirm").FillAsync("delete");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and everything in it" }).ClickAsync();
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);

        await AssertDeviceEmptyAsync(session);
    }

    [Fact]
    public async Task The_app_is_installable_and_its_manifest_says_Notes_in_discreet_mode()
    {
        // Chromium never offers to install from an off-the-record profile (a new context is one), so this test has a
        // profile of its own on disk.
        using var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("hh-install-").FullName;
        await using var session = await PhoneProfileAsync(playwright, profile, offline: false);
        await session.SignUpAsync();
        await ReadyForOfflineAsync(session);
        var cdp = await session.Context.NewCDPSessionAsync(session.Page);

        var errors = await cdp.SendAsync("Page.getInstallabilityErrors");
        var manifest = await cdp.SendAsync("Page.getAppManifest");

        Assert.True(errors!.Value.GetProperty("installabilityErrors").GetArrayLength() == 0, errors.Value.ToString());
        Assert.Equal(0, manifest!.Value.GetProperty("errors").GetArrayLength());
        Assert.Contains("\"name\": \"HurtHealing\"", manifest.Value.GetProperty("data").GetString(), StringComparison.Ordinal);

        await session.GoAsync("/Account/Manage/Discreet");
        await session.Page.GetByLabel("Use discreet mode on this account").CheckAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await session.GoAsync("/");
        var discreet = await cdp.SendAsync("Page.getAppManifest");
        var discreetErrors = await cdp.SendAsync("Page.getInstallabilityErrors");

        var data = discreet!.Value.GetProperty("data").GetString()!;
        Assert.Contains("\"name\": \"Notes\"", data, StringComparison.Ordinal);
        Assert.DoesNotContain("HurtHealing", data, StringComparison.Ordinal);
        Assert.Equal(0, discreet.Value.GetProperty("errors").GetArrayLength());
        Assert.True(discreetErrors!.Value.GetProperty("installabilityErrors").GetArrayLength() == 0, discreetErrors.Value.ToString());
        // The shell kept for offline follows the mode: its pages say Notes too.
        await session.Page.WaitForFunctionAsync("""
            async () => {
              for (const name of await caches.keys()) {
                if (!name.startsWith('hh-shell-plain-')) { continue; }
                const page = await (await caches.open(name)).match('/Incidents/Log?handler=Template');
                if (page && !(await page.text()).includes('HurtHealing') && await (await caches.open(name)).match('/__hh-shell-complete')) { return true; }
              }
              return false;
            }
            """, null, new() { PollingInterval = 100 });
        Assert.Empty(session.BlockedRequests);
        DeleteProfile(profile);
    }

    /// <summary>
    /// A browser with a profile on disk, like a phone's: what the worker kept and the queue outlive a restart. (Chromium
    /// never offers to install from an off-the-record profile, and a new context is one.)
    /// </summary>
    private async Task<Session> PhoneProfileAsync(IPlaywright playwright, string profile, bool offline)
    {
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Offline = offline,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var session = new Session(context, browser.App.BaseUrl, browser.App.Mailbox) { Page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync() };
        WatchOtherSites(session);
        return session;
    }

    private static void DeleteProfile(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static async Task SaveOfflineAsync(IPage page, string words)
    {
        await page.GetByLabel("What happened?").FillAsync(words);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("What happened?")).ToHaveValueAsync("");
    }

    private async Task<long> IncidentCountAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ownerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Incidents.IgnoreQueryFilters().LongCountAsync(i => i.OwnerId == ownerId);
    }

    /// <summary>
    /// A session without the fixture's request routing: Playwright has Chromium bypass service workers while it routes
    /// requests, and these tests are about what the worker answers. Requests to other sites are still recorded.
    /// </summary>
    private async Task<Session> UnroutedSessionAsync()
    {
        var context = await browser.Browser.NewContextAsync(BrowserFixture.Phone);
        var session = new Session(context, browser.App.BaseUrl, browser.App.Mailbox);
        WatchOtherSites(session);
        session.Page = await context.NewPageAsync();
        return session;
    }

    private static void WatchOtherSites(Session session) =>
        session.Context.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(session.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                session.BlockedRequests.Add(request.Url);
            }
        };

    private static async Task ReadyForOfflineAsync(Session session)
    {
        await session.Page.WaitForFunctionAsync("async () => !!((await navigator.serviceWorker.getRegistration('/')) || {}).active", null, new() { PollingInterval = 100 });
        // This page's own request for the shell has been answered (an earlier page's shell may be refilled meanwhile).
        await Assertions.Expect(session.Page.Locator("html[data-offline-ready]")).ToHaveCountAsync(1);
        await session.Page.WaitForFunctionAsync(ShellReady, null, new() { PollingInterval = 100 });
        await session.Page.WaitForFunctionAsync("""
            async () => {
              if (!(await indexedDB.databases()).some(d => d.name === 'hh-offline')) { return false; }
              const db = await new Promise(ok => { const r = indexedDB.open('hh-offline'); r.onsuccess = () => ok(r.result); });
              if (!db.objectStoreNames.contains('keys')) { db.close(); return false; }
              const key = await new Promise(ok => { const r = db.transaction('keys').objectStore('keys').get('current'); r.onsuccess = () => ok(r.result); });
              db.close();
              return !!key;
            }
            """, null, new() { PollingInterval = 100 });
    }

    private static async Task QueueDirectlyAsync(IPage page)
    {
        var waiting = await page.EvaluateAsync<int>("() => window.HurtHealingOffline.queue({ key: crypto.randomUUID(), fields: { 'Input.WhatHappened': 'Queued words' }, checked: [] })");
        Assert.Equal(1, waiting);
    }

    private static async Task<JsonElement> DeviceAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>(ReadDevice);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>From a page of the app that runs no script of its own: no cache, no queue, no key.</summary>
    private static async Task AssertDeviceEmptyAsync(Session session, bool waitForWorker = true)
    {
        var page = await session.Context.NewPageAsync();
        await page.GotoAsync(session.BaseUrl + "/robots.txt");
        if (waitForWorker)
        {
            // The worker finishes clearing after the page has gone: wait for it (the test's own time-out bounds this).
            await page.WaitForFunctionAsync("async () => (await caches.keys()).length === 0 && !(await indexedDB.databases()).some(d => d.name === 'hh-offline')", null, new() { PollingInterval = 100 });
        }
        var device = await DeviceAsync(page);
        Assert.Equal(0, device.GetProperty("caches").GetArrayLength());
        Assert.False(device.GetProperty("db").GetBoolean());
    }

}
