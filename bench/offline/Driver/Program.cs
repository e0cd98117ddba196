// The offline benchmark's browser (bench/offline/run), Debian's Chromium driven by Playwright at phone size:
//   Driver ORIGIN MAILDIR OUTDIR [ROUNDS] [--account-only]
// Signs up through the app's own pages (confirming from the mail pickup folder), logs one incident and starts a
// talk plan (so "before the talk" has a page), waits for the service worker's shell and the queue key, then:
//   OUTDIR/cookie.txt   the signed-in session's Cookie header (for Lighthouse)
//   OUTDIR/before.txt   the path of the plan's "before the talk" page
//   OUTDIR/cache.md     every entry in every cache, with its size, and the total
//   OUTDIR/timing.md    from tapping "Log what happened" on home to the log form being usable, with no connection:
//                       a cold worker (stopped first) and a warm one, and the same tap online for comparison.
// "Usable" is the log page's DOMContentLoaded end: every deferred script (the draft, the queue) has run, so a tap on
// Save is handled. Measured in the page: performance.timeOrigin + domContentLoadedEventEnd - the tap's Date.now().
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

var origin = args[0].TrimEnd('/');
var mailDir = args[1];
var outDir = args[2];
var rounds = args.Length > 3 && int.TryParse(args[3], CultureInfo.InvariantCulture, out var given) ? given : 20;
Directory.CreateDirectory(outDir);
const string Password = "a calm blue river at dusk";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
var context = await browser.NewContextAsync(new BrowserNewContextOptions
{
    ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
});
var page = await context.NewPageAsync();

var email = $"offline-bench-{Guid.NewGuid():N}@example.test";
await page.GotoAsync(origin + "/Account/Register");
await page.GetByLabel("Email").FillAsync(email);
await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
await page.WaitForURLAsync(new Regex(@"handler=Sent$"));
var link = new Uri(await ConfirmationLinkAsync(mailDir, email));
await page.GotoAsync(origin + link.PathAndQuery);
await page.GotoAsync(origin + "/Account/Login");
await page.GetByLabel("Email").FillAsync(email);
await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
await page.WaitForURLAsync(origin + "/");

await page.GotoAsync(origin + "/Incidents/Log");
await page.GetByLabel("What happened?").FillAsync("They forgot to pick me up after work and didn't answer the phone.");
await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
await page.WaitForURLAsync(new Regex("/Incidents/[0-9a-f-]{36}"));
await page.GetByRole(AriaRole.Button, new() { Name = "Prepare to talk about this" }).ClickAsync();
await page.WaitForURLAsync(new Regex("/Plans/[0-9a-f-]{36}"));
var plan = Regex.Match(page.Url, "/Plans/([0-9a-f-]{36})").Groups[1].Value;
await File.WriteAllTextAsync(Path.Combine(outDir, "before.txt"), $"/Plans/{plan}/Before\n");
var cookies = await context.CookiesAsync([origin]);
await File.WriteAllTextAsync(Path.Combine(outDir, "cookie.txt"),
    string.Join("; ", cookies.Where(c => c.Name.Contains("session", StringComparison.Ordinal)).Select(c => $"{c.Name}={c.Value}")) + "\n");

if (args.Contains("--account-only"))
{
    // For Lighthouse against a build without the offline app (the comparison run): the account and plan only.
    return 0;
}

await page.GotoAsync(origin + "/");
await page.WaitForFunctionAsync("""
    async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('hh-shell-') && await (await caches.open(name)).match('/__hh-shell-complete')) { return true; }
      }
      return false;
    }
    """, null, new() { PollingInterval = 100, Timeout = 60_000 });

var cacheJson = await page.EvaluateAsync<string>("""
    async () => {
      const out = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          const bytes = (await response.arrayBuffer()).byteLength;
          out.push({ cache: name, url: request.url, bytes, type: response.headers.get('content-type') || '' });
        }
      }
      const estimate = navigator.storage && navigator.storage.estimate ? await navigator.storage.estimate() : null;
      return JSON.stringify({ entries: out, usage: estimate ? estimate.usage : null, details: estimate ? estimate.usageDetails : null });
    }
    """);
using (var cache = JsonDocument.Parse(cacheJson))
{
    var md = new StringBuilder("| cache | entry | type | bytes |\n|---|---|---|---:|\n");
    long total = 0;
    foreach (var e in cache.RootElement.GetProperty("entries").EnumerateArray().OrderBy(e => e.GetProperty("url").GetString(), StringComparer.Ordinal))
    {
        var bytes = e.GetProperty("bytes").GetInt64();
        total += bytes;
        md.Append(CultureInfo.InvariantCulture, $"| {e.GetProperty("cache").GetString()} | {new Uri(e.GetProperty("url").GetString()!).PathAndQuery} | {e.GetProperty("type").GetString()} | {bytes:N0} |\n");
    }
    md.Append(CultureInfo.InvariantCulture, $"| | **total ({cache.RootElement.GetProperty("entries").GetArrayLength()} entries)** | | **{total:N0}** |\n\n");
    md.Append(CultureInfo.InvariantCulture, $"navigator.storage.estimate(): {cache.RootElement.GetProperty("details")}\n");
    await File.WriteAllTextAsync(Path.Combine(outDir, "cache.md"), md.ToString());
    Console.WriteLine(md);
}

var cdp = await browser.NewBrowserCDPSessionAsync();

// Stops the app's service worker (it starts again on the next navigation it controls): a cold start of the worker.
async Task StopWorkersAsync()
{
    var targets = await cdp.SendAsync("Target.getTargets");
    foreach (var target in targets!.Value.GetProperty("targetInfos").EnumerateArray())
    {
        if (target.GetProperty("type").GetString() == "service_worker")
        {
            await cdp.SendAsync("Target.closeTarget", new Dictionary<string, object> { ["targetId"] = target.GetProperty("targetId").GetString()! });
        }
    }
}

async Task<double> TapAsync(bool offline, bool stopWorker)
{
    await context.SetOfflineAsync(false);
    await page.GotoAsync(origin + "/");
    await page.WaitForLoadStateAsync(LoadState.Load);
    await context.SetOfflineAsync(offline);
    if (stopWorker)
    {
        await StopWorkersAsync();
    }
    await page.EvaluateAsync("() => { sessionStorage.setItem('bench.tap', String(Date.now())); }");
    await page.GetByRole(AriaRole.Link, new() { Name = "Log what happened" }).First.ClickAsync();
    await page.WaitForURLAsync(origin + "/Incidents/Log");
    await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    await page.GetByLabel("What happened?").WaitForAsync();
    return await page.EvaluateAsync<double>("""
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          return performance.timeOrigin + nav.domContentLoadedEventEnd - Number(sessionStorage.getItem('bench.tap'));
        }
        """);
}

if (args.Contains("--probe-root"))
{
    foreach (var path in new[] { "/", "/Journal", "/Incidents/Log", "/" })
    {
        await context.SetOfflineAsync(true);
        await StopWorkersAsync();
        var fresh = await context.NewPageAsync();
        try
        {
            var r = await fresh.GotoAsync(origin + path);
            Console.WriteLine($"{path}: {r?.Status} sw={r?.FromServiceWorker} h1={await fresh.Locator("h1").TextContentAsync()}");
        }
        catch (PlaywrightException e)
        {
            Console.WriteLine($"{path}: {e.Message.Split('\n')[0]}");
        }
        await fresh.CloseAsync();
        await context.SetOfflineAsync(false);
    }
    return 0;
}

var kinds = new (string Name, bool Offline, bool Stop)[]
{
    ("offline, worker stopped first (cold)", true, true),
    ("offline, worker running (warm)", true, false),
    ("online (network, for comparison)", false, false),
};
// One warm-up of each, then the rounds interleaved so the machine's load falls on all three alike.
foreach (var kind in kinds)
{
    await TapAsync(kind.Offline, kind.Stop);
}
var results = kinds.ToDictionary(k => k.Name, _ => new List<double>());
for (var i = 0; i < rounds; i++)
{
    foreach (var kind in kinds)
    {
        results[kind.Name].Add(await TapAsync(kind.Offline, kind.Stop));
    }
}
await context.SetOfflineAsync(false);

static double Pct(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    var rank = p * (sorted.Count - 1);
    var low = (int)Math.Floor(rank);
    var high = (int)Math.Ceiling(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
var timing = new StringBuilder($"Tap on \"Log what happened\" (home) to the log form usable, {rounds} rounds each, ms\n\n| case | min | p50 | p90 | max |\n|---|---:|---:|---:|---:|\n");
foreach (var (name, values) in results)
{
    timing.Append(CultureInfo.InvariantCulture, $"| {name} | {values.Min():F0} | {Pct(values, 0.5):F0} | {Pct(values, 0.9):F0} | {values.Max():F0} |\n");
}
await File.WriteAllTextAsync(Path.Combine(outDir, "timing.md"), timing.ToString());
Console.WriteLine(timing);
return 0;

static async Task<string> ConfirmationLinkAsync(string mailDir, string email)
{
    var until = DateTime.UtcNow.AddSeconds(60);
    while (DateTime.UtcNow < until)
    {
        foreach (var file in Directory.Exists(mailDir) ? Directory.GetFiles(mailDir, "*.eml") : [])
        {
            MimeKit.MimeMessage message;
            try
            {
                message = await MimeKit.MimeMessage.LoadAsync(file);
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                continue;
            }
            if (!message.To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var text = message.TextBody ?? message.HtmlBody ?? "";
            var found = Regex.Match(text, @"https?://\S+ConfirmEmail\S+");
            if (found.Success)
            {
                return System.Net.WebUtility.HtmlDecode(found.Value.TrimEnd('.', ')', '"', '>'));
            }
        }
        await Task.Delay(250);
    }
    throw new TimeoutException($"No confirmation email for {email} in {mailDir}.");
}
