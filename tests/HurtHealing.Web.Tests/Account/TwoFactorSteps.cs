using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp.Html.Dom;
using HurtHealing.Web.Tests.Infrastructure;
using OtpNet;

namespace HurtHealing.Web.Tests.Account;

/// <summary>
/// The person's authenticator app, in a test: it computes codes with Otp.NET from the key read off the
/// set-up page, independently of the app's own code. The app accepts each 30-second step once, so every
/// code handed out is for a step not used before (the app tolerates two steps of clock drift).
/// </summary>
public sealed class TestAuthenticator(string sharedKey)
{
    private const int StepSeconds = 30;
    private readonly Totp _totp = new(Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()));
    private long _lastStep = long.MinValue;

    public string SharedKey { get; } = sharedKey;

    public static long CurrentStep => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;

    public string NextCode()
    {
        var now = CurrentStep;
        var step = Math.Max(now, _lastStep + 1);
        Assert.True(step <= now + 2, "The test used more codes than the app's clock-drift allowance gives it.");
        _lastStep = step;
        return CodeAt(step);
    }

    /// <summary>The code this key gave most recently, as someone watching could have seen it.</summary>
    public string LastCode() => CodeAt(_lastStep);

    /// <summary>Six digits that no step near now gives for this key.</summary>
    public string WrongCode()
    {
        var now = CurrentStep;
        var near = Enumerable.Range(-4, 9).Select(i => CodeAt(now + i)).ToHashSet();
        return Enumerable.Range(0, 20).Select(n => (n * 111_111 % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .First(code => !near.Contains(code));
    }

    private string CodeAt(long step) => _totp.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds).UtcDateTime);
}

public sealed record TwoFactorAccount(string Email, TestAuthenticator App, IReadOnlyList<string> RecoveryCodes);

/// <summary>Two-step sign-in through the real pages, as a person would use them.</summary>
public static class TwoFactorSteps
{
    public const string EnablePage = "/Account/Manage/EnableAuthenticator";
    public const string ManagePage = "/Account/Manage/TwoFactor";
    public const string CodesPage = "/Account/Manage/ShowRecoveryCodes";
    public const string CodeStep = "/Account/LoginWith2fa";
    public const string RecoveryStep = "/Account/LoginWithRecoveryCode";

    private static readonly ConditionalWeakTable<AppFactory, Task<TwoFactorAccount>> Shared = new();

    /// <summary>A new account with two-step sign-in on, signed in on <paramref name="client"/>.</summary>
    public static async Task<TwoFactorAccount> RegisterWithTwoFactorAsync(this HttpClient client)
    {
        var email = await client.RegisterAsync();
        var (app, codes) = await client.TurnOnTwoFactorAsync();
        return new TwoFactorAccount(email, app, codes);
    }

    /// <summary>One account per test class for tests that only read or send malformed input.</summary>
    public static Task<TwoFactorAccount> SharedTwoFactorAccountAsync(this AppFactory factory) =>
        Shared.GetValue(factory, f => f.CreateBrowserLikeClient().RegisterWithTwoFactorAsync());

    public static async Task<(TestAuthenticator App, IReadOnlyList<string> RecoveryCodes)> TurnOnTwoFactorAsync(this HttpClient client)
    {
        var page = await client.GetDocumentAsync(EnablePage);
        var app = new TestAuthenticator(SharedKey(page));
        using var response = await client.SubmitFormAsync(page, EnablePage, new Dictionary<string, string> { ["Input.Code"] = app.NextCode() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CodesPage, response.Headers.Location?.OriginalString);
        var codes = RecoveryCodes(await client.GetDocumentAsync(CodesPage));
        return (app, codes);
    }

    public static string SharedKey(IHtmlDocument page) =>
        page.QuerySelector("code.key")?.TextContent.Trim() ?? throw new InvalidOperationException("The set-up page shows no key.");

    public static IReadOnlyList<string> RecoveryCodes(IHtmlDocument page) =>
        page.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>Signs in with the password and checks that the code step comes next; returns that step's address.</summary>
    public static async Task<string> SignInToCodeStepAsync(this HttpClient client, string email, bool rememberMe = false)
    {
        using var response = await client.SignInAsync(email, rememberMe: rememberMe);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var next = response.Headers.Location?.OriginalString ?? "";
        Assert.StartsWith(CodeStep, next, StringComparison.Ordinal);
        return next;
    }

    public static Task<HttpResponseMessage> SubmitCodeAsync(this HttpClient client, string code, string url = CodeStep, bool rememberDevice = false)
    {
        var values = new Dictionary<string, string> { ["Input.Code"] = code };
        if (rememberDevice)
        {
            values["Input.RememberMachine"] = "true";
        }
        return client.SubmitFormAsync(url, values);
    }

    public static Task<HttpResponseMessage> SubmitRecoveryCodeAsync(this HttpClient client, string code) =>
        client.SubmitFormAsync(RecoveryStep, new Dictionary<string, string> { ["Input.RecoveryCode"] = code });

    public static async Task<bool> IsTwoFactorOnAsync(this HttpClient client)
    {
        var page = await client.GetDocumentAsync(ManagePage);
        var status = page.GetElementById("two-factor-status")?.TextContent.Trim() ?? throw new InvalidOperationException("No status on the page.");
        return status.StartsWith("On.", StringComparison.Ordinal);
    }

    public static string Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";
}
