using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (nothing downloaded), plus the app on Kestrel.
/// Every page a test opens may talk only to the app: any other request is blocked and recorded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public KestrelAppFactory App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };

    public static readonly BrowserNewContextOptions Desktop = new()
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    };

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser profile (no cookies, no storage) at phone or desktop size.</summary>
    public async Task<Session> NewSessionAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? Phone);
        var session = new Session(context, App.BaseUrl, App.Mailbox);
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(App.BaseUrl, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else if (url.StartsWith(KestrelAppFactory.NeutralSite, StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = "text/html",
                    Body = "<!doctype html><title>Weather</title><h1>Weather today</h1>",
                });
            }
            else
            {
                session.BlockedRequests.Add(url);
                await route.AbortAsync();
            }
        });
        session.Page = await context.NewPageAsync();
        return session;
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
