using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Infrastructure;

/// <summary>One person's browser: a context with its own cookies and storage, and its page.</summary>
public sealed class Session(IBrowserContext context, string baseUrl, HurtHealing.Web.Tests.Infrastructure.Mailbox mailbox) : IAsyncDisposable
{
    public const string Password = "a calm blue river at dusk";

    public IBrowserContext Context { get; } = context;
    public IPage Page { get; set; } = null!;
    public string BaseUrl { get; } = baseUrl;
    public List<string> BlockedRequests { get; } = [];

    public Task<IResponse?> GoAsync(string path) => Page.GotoAsync(BaseUrl + path);

    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    /// <summary>Saves a full-page screenshot under HH_SCREENSHOTS (artifacts/screenshots by default).</summary>
    public async Task ShotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("HH_SCREENSHOTS")
                     ?? Path.Combine(Path.GetTempPath(), "hurthealing-screenshots");
        Directory.CreateDirectory(folder);
        var width = Page.ViewportSize?.Width ?? 0;
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
    }

    /// <summary>The same page in the light and in the dark (the person's colour scheme), as "{name}-{width}.png" and "{name}-dark-{width}.png".</summary>
    public async Task ShotLightAndDarkAsync(string name)
    {
        await ShotAsync(name);
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        try
        {
            await ShotAsync(name + "-dark");
        }
        finally
        {
            await Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        }
    }

    /// <summary>Runs axe-core on the current page; returns the violations as readable lines.</summary>
    public async Task<IReadOnlyList<string>> AxeViolationsAsync()
    {
        var result = await Page.RunAxe();
        return result.Violations
            .Select(v => $"{PathAndQuery}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
    }

    /// <summary>Signs up, opens the confirmation link from the email and signs in, ending on the home page.</summary>
    public async Task<string> SignUpAsync(string? email = null)
    {
        email ??= $"person-{Guid.NewGuid():N}@example.test";
        await GoAsync("/Account/Register");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        // A regular expression: in a glob the "?" would stand for any one character.
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Account/Register\?handler=Sent$"));
        await GoAsync(await mailbox.LatestLinkToAsync(email));
        await SignInAsync(email);
        return email;
    }

    public async Task SignInAsync(string email)
    {
        await GoAsync("/Account/Login");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(BaseUrl + "/");
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
