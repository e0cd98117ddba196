using System.Net;
using static HurtHealing.Web.Tests.Infrastructure.HtmlForms;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>The two steps passkeys.js takes against the real pages, done over HTTP with a <see cref="SoftwarePasskey"/>.</summary>
public static class PasskeyFlows
{
    public const string ManagePage = "/Account/Manage/Passkeys";
    public const string OptionsUrl = ManagePage + "?handler=Options";
    public const string SignInOptionsUrl = "/Account/Login?handler=PasskeyOptions";
    public const string SignInUrl = "/Account/Login?handler=Passkey";

    /// <summary>Step one of adding a passkey: the name and password; the answer is Identity's creation options (or a refusal).</summary>
    public static async Task<HttpResponseMessage> AskCreationOptionsAsync(this HttpClient client, string name = "My phone", string password = Accounts.Password) =>
        await client.PostWithTokenAsync(ManagePage, OptionsUrl, [F("Input.Name", name), F("Input.Password", password)]);

    /// <summary>Step two: the passkey the phone made, posted as the page's form.</summary>
    public static async Task<HttpResponseMessage> PostNewPasskeyAsync(this HttpClient client, string credentialJson, string name = "My phone") =>
        await client.PostWithTokenAsync(ManagePage, ManagePage,
            [F("Input.Name", name), F("Input.Password", Accounts.Password), F("Input.CredentialJson", credentialJson)]);

    /// <summary>Adds a passkey through both steps, as a person on a phone would; returns it.</summary>
    public static async Task<SoftwarePasskey> AddPasskeyAsync(this HttpClient client, string name = "My phone", string origin = TestApp.PublicBaseUrl)
    {
        var passkey = new SoftwarePasskey();
        using var options = await client.AskCreationOptionsAsync(name);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        using var added = await client.PostNewPasskeyAsync(passkey.Create(await options.Content.ReadAsStringAsync(), origin), name);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return passkey;
    }

    public static async Task<string> SignInOptionsAsync(this HttpClient client)
    {
        using var options = await client.PostWithTokenAsync("/Account/Login", SignInOptionsUrl, []);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        return await options.Content.ReadAsStringAsync();
    }

    public static async Task<HttpResponseMessage> PostPasskeySignInAsync(this HttpClient client, string credentialJson) =>
        await client.PostWithTokenAsync("/Account/Login", SignInUrl, [F("credentialJson", credentialJson)]);

    /// <summary>"Sign in with a passkey": request options, the device signs, the answer is posted.</summary>
    public static async Task<HttpResponseMessage> SignInWithPasskeyAsync(this HttpClient client, SoftwarePasskey passkey, string origin = TestApp.PublicBaseUrl) =>
        await client.PostPasskeySignInAsync(passkey.Sign(await client.SignInOptionsAsync(), origin));

    /// <summary>Posts fields to <paramref name="url"/> with the antiforgery token of <paramref name="tokenPage"/>, as fetch(FormData) does.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string tokenPage, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = (await client.GetDocumentAsync(tokenPage)).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([.. fields, F("__RequestVerificationToken", token)]);
        return await client.PostAsync(url, content);
    }
}
