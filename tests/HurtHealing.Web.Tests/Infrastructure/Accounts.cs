using System.Net;
using System.Runtime.CompilerServices;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>Creates and signs in accounts through the real pages, as a person would.</summary>
public static class Accounts
{
    public const string Password = "a calm blue river at dusk";

    private static readonly ConditionalWeakTable<HttpClient, AppFactory> FactoryOf = new();

    public static string NewEmail() => $"person-{Guid.NewGuid():N}@example.test";

    internal static void Remember(HttpClient client, AppFactory factory) => FactoryOf.AddOrUpdate(client, factory);

    /// <summary>Signs up, opens the confirmation link from the email and signs in: the client ends signed in.</summary>
    public static async Task<string> RegisterAsync(this HttpClient client, string? email = null, string password = Password)
    {
        email = await client.SignUpAsync(email, password);
        var factory = FactoryOf.TryGetValue(client, out var known) ? known
            : throw new InvalidOperationException("RegisterAsync needs a client made by an AppFactory (to read the confirmation email).");
        using (var confirm = await client.GetAsync(await factory.Mailbox.LatestLinkToAsync(email)))
        {
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        }
        using var signIn = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return email;
    }

    /// <summary>Only the sign-up form: the account waits for its email to be confirmed.</summary>
    public static async Task<string> SignUpAsync(this HttpClient client, string? email = null, string password = Password)
    {
        email ??= NewEmail();
        using var response = await client.SubmitFormAsync("/Account/Register",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Register?handler=Sent", response.Headers.Location?.OriginalString);
        return email;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password, bool rememberMe = false)
    {
        var values = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password };
        if (rememberMe)
        {
            values["Input.RememberMe"] = "true";
        }
        return await client.SubmitFormAsync("/Account/Login", values);
    }

    public static async Task SignOutAsync(this HttpClient client)
    {
        var home = await client.GetDocumentAsync("/");
        using var response = await client.SubmitFormAsync(home, "/", new Dictionary<string, string>(), "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>True when the client's cookie still opens a page that needs a signed-in person.</summary>
    public static async Task<bool> IsSignedInAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/Account/Manage");
        return response.StatusCode == HttpStatusCode.OK;
    }
}
