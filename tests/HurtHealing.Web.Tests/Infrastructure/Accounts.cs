using System.Net;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>Creates and signs in accounts through the real pages, as a person would.</summary>
public static class Accounts
{
    public const string Password = "a calm blue river at dusk";

    public static string NewEmail() => $"person-{Guid.NewGuid():N}@example.test";

    public static async Task<string> RegisterAsync(this HttpClient client, string? email = null, string password = Password)
    {
        email ??= NewEmail();
        using var response = await client.SubmitFormAsync("/Account/Register",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
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
