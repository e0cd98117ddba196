using System.Net;
using System.Text.Json;
using HurtHealing.Web.Pages.Account;
using HurtHealing.Web.Pages.Account.Manage;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Tests.Account;

/// <summary>
/// Passkeys through the real pages and Identity's real WebAuthn checks, driven by a passkey made in the test:
/// what is accepted, and everything that must be refused (0 accepted).
/// </summary>
public class PasskeyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_passkey_is_added_listed_and_signs_in_without_the_authenticator_step()
    {
        var client = factory.CreateBrowserLikeClient();
        var account = await client.RegisterWithTwoFactorAsync();
        var user = await factory.UserAsync(account.Email);

        using var passkey = await client.AddPasskeyAsync("Sam's phone");

        var page = await client.GetDocumentAsync(PasskeyFlows.ManagePage);
        var listed = page.QuerySelector("[data-passkey-list]")!.TextContent;
        Assert.Contains("Sam's phone", listed, StringComparison.Ordinal);
        Assert.Contains("Not used to sign in yet.", listed, StringComparison.Ordinal);
        // The name is the person's own words: encrypted at rest like other free text.
        var stored = await factory.QueryAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT \"Data\"::text AS \"Value\" FROM \"AspNetUserPasskeys\" WHERE \"UserId\" = {0}", user.Id).SingleAsync());
        Assert.DoesNotContain("Sam", stored, StringComparison.Ordinal);

        await client.SignOutAsync();
        var sessionsBefore = await factory.SessionCountAsync(user.Id);
        using var signedIn = await client.SignInWithPasskeyAsync(passkey);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Location());
        Assert.True(await client.IsSignedInAsync());
        Assert.Equal(sessionsBefore + 1, await factory.SessionCountAsync(user.Id));
        var after = (await client.GetDocumentAsync(PasskeyFlows.ManagePage)).QuerySelector("[data-passkey-list]")!.TextContent;
        Assert.Contains("Last used", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://hurthealing.test")]
    [InlineData("https://hurthealing.test:8443")]
    [InlineData("https://login.hurthealing.test")]
    public async Task A_passkey_made_or_used_on_another_origin_is_refused(string origin)
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();
        var user = await factory.UserAsync(email);

        using var elsewhere = new SoftwarePasskey();
        using (var options = await client.AskCreationOptionsAsync())
        {
            using var refused = await client.PostNewPasskeyAsync(elsewhere.Create(await options.Content.ReadAsStringAsync(), origin));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(PasskeysModel.NotAccepted, (await HtmlForms.ParseAsync(refused)).MessageBeside(PasskeysModel.CredentialField));
        }
        Assert.Equal(0, await PasskeyCountAsync(user.Id));

        using var real = await client.AddPasskeyAsync();
        await client.SignOutAsync();
        using var signIn = await client.PostPasskeySignInAsync(real.Sign(await client.SignInOptionsAsync(), origin));

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(LoginModel.PasskeyFailed, await PasskeyMessageAsync(signIn));
        Assert.False(await client.IsSignedInAsync());
        Assert.Equal(1, await PasskeyCountAsync(user.Id));
    }

    [Fact]
    public async Task A_sign_in_answer_sent_again_with_its_copied_challenge_cookie_is_refused()
    {
        var (client, jar) = factory.CreateClientWithCookieJar();
        var email = await client.RegisterAsync();
        using var passkey = await client.AddPasskeyAsync();
        await client.SignOutAsync();

        var answer = passkey.Sign(await client.SignInOptionsAsync(), TestApp.PublicBaseUrl);
        var challengeCookie = ChallengeCookie(jar);
        using (var first = await client.PostPasskeySignInAsync(answer))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }
        await client.SignOutAsync();

        jar.Add(challengeCookie);
        using var replay = await client.PostPasskeySignInAsync(answer);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.False(await client.IsSignedInAsync());
        Assert.NotNull(email);
    }

    [Fact]
    public async Task A_new_passkey_sent_again_with_its_copied_challenge_cookie_is_refused_even_after_removal()
    {
        var (client, jar) = factory.CreateClientWithCookieJar();
        var email = await client.RegisterAsync();
        var user = await factory.UserAsync(email);
        using var passkey = new SoftwarePasskey();
        using var options = await client.AskCreationOptionsAsync();
        var made = passkey.Create(await options.Content.ReadAsStringAsync(), TestApp.PublicBaseUrl);
        var challengeCookie = ChallengeCookie(jar);
        using (var added = await client.PostNewPasskeyAsync(made))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        using (var removed = await client.PostFormAsync($"/Account/Manage/RemovePasskey/{passkey.Id}", [HtmlForms.F("Input.Password", Accounts.Password)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }
        Assert.Equal(0, await PasskeyCountAsync(user.Id));

        jar.Add(challengeCookie);
        using var replay = await client.PostNewPasskeyAsync(made);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(0, await PasskeyCountAsync(user.Id));
    }

    [Fact]
    public async Task Another_persons_credential_id_challenge_or_user_handle_is_refused()
    {
        var owner = factory.CreateBrowserLikeClient();
        var ownerEmail = await owner.RegisterAsync();
        var ownerId = (await factory.UserAsync(ownerEmail)).Id;
        using var ownersPasskey = await owner.AddPasskeyAsync();
        var ownersKeyBefore = await PublicKeyAsync(ownersPasskey.CredentialId);

        var (other, otherJar) = factory.CreateClientWithCookieJar();
        var otherEmail = await other.RegisterAsync();
        var otherId = (await factory.UserAsync(otherEmail)).Id;

        // The owner's credential id with the other person's own key, on the other person's own challenge.
        using var takeover = ownersPasskey.WithSameCredentialId();
        using (var options = await other.AskCreationOptionsAsync())
        {
            using var refused = await other.PostNewPasskeyAsync(takeover.Create(await options.Content.ReadAsStringAsync(), TestApp.PublicBaseUrl));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        // A challenge made for the owner (its cookie copied), answered and posted in the other person's session.
        var (ownerBrowser, ownerJar) = factory.CreateClientWithCookieJar();
        (await ownerBrowser.SignInAsync(ownerEmail)).Dispose();
        using var forOwner = new SoftwarePasskey();
        using (var options = await ownerBrowser.AskCreationOptionsAsync())
        {
            var made = forOwner.Create(await options.Content.ReadAsStringAsync(), TestApp.PublicBaseUrl);
            otherJar.Add(ChallengeCookie(ownerJar));
            using var refused = await other.PostNewPasskeyAsync(made);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        // The owner's passkey signing for the other person's account (user handle swapped).
        using var othersPasskey = await other.AddPasskeyAsync();
        await other.SignOutAsync();
        var answer = ownersPasskey.Sign(await other.SignInOptionsAsync(), TestApp.PublicBaseUrl)
            .Replace(ownersPasskey.UserHandle, othersPasskey.UserHandle, StringComparison.Ordinal);
        using (var refused = await other.PostPasskeySignInAsync(answer))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        Assert.False(await other.IsSignedInAsync());

        Assert.Equal(1, await PasskeyCountAsync(ownerId));
        Assert.Equal(1, await PasskeyCountAsync(otherId));
        Assert.Equal(ownersKeyBefore, await PublicKeyAsync(ownersPasskey.CredentialId));
        await owner.SignOutAsync();
        using var stillWorks = await owner.SignInWithPasskeyAsync(ownersPasskey);
        Assert.Equal(HttpStatusCode.Redirect, stillWorks.StatusCode);
    }

    [Fact]
    public async Task The_password_is_asked_before_a_passkey_can_be_made()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();
        var user = await factory.UserAsync(email);

        using (var wrong = await client.AskCreationOptionsAsync(password: "not the password at all"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            var errors = JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
            Assert.Equal(PasswordRecheck.Wrong, errors.GetProperty(PasswordRecheck.Field).GetString());
        }
        using (var noName = await client.AskCreationOptionsAsync(name: "  "))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
            Assert.True(JsonDocument.Parse(await noName.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(PasskeysModel.NameField, out _));
        }

        // Without options handed out after the password, a made-up passkey answers nothing but a refusal.
        using var unasked = new SoftwarePasskey();
        var invented = unasked.Create("""{"rp":{"id":"hurthealing.test"},"user":{"id":"eA"},"challenge":"AAAA"}""", TestApp.PublicBaseUrl);
        using (var refused = await client.PostNewPasskeyAsync(invented))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(PasskeysModel.NotAccepted, (await HtmlForms.ParseAsync(refused)).MessageBeside(PasskeysModel.CredentialField));
        }
        using (var nothing = await client.PostNewPasskeyAsync(""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
            Assert.Equal(PasskeysModel.NotMade, (await HtmlForms.ParseAsync(nothing)).MessageBeside(PasskeysModel.CredentialField));
        }
        Assert.Equal(0, await PasskeyCountAsync(user.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{}}""")]
    public async Task A_broken_sign_in_answer_is_a_calm_refusal(string credentialJson)
    {
        var client = factory.CreateBrowserLikeClient();
        if (credentialJson.Length > 0)
        {
            await client.SignInOptionsAsync();
        }

        using var response = await client.PostPasskeySignInAsync(credentialJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(LoginModel.PasskeyFailed, await PasskeyMessageAsync(response));
        Assert.False(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task Removing_a_passkey_asks_for_the_password_and_then_it_no_longer_signs_in()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();
        var user = await factory.UserAsync(email);
        using var passkey = await client.AddPasskeyAsync();
        var removePage = $"/Account/Manage/RemovePasskey/{passkey.Id}";

        using (var wrong = await client.PostFormAsync(removePage, [HtmlForms.F("Input.Password", "not the password at all")]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal(PasswordRecheck.Wrong, (await HtmlForms.ParseAsync(wrong)).MessageBeside(PasswordRecheck.Field));
        }
        Assert.Equal(1, await PasskeyCountAsync(user.Id));

        using (var removed = await client.PostFormAsync(removePage, [HtmlForms.F("Input.Password", Accounts.Password)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }
        Assert.Equal(0, await PasskeyCountAsync(user.Id));
        using (var gone = await client.GetAsync(removePage))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }
        await client.SignOutAsync();
        using var signIn = await client.SignInWithPasskeyAsync(passkey);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(await client.IsSignedInAsync());
    }

    private static async Task<string> PasskeyMessageAsync(HttpResponseMessage response) =>
        (await HtmlForms.ParseAsync(response)).GetElementById("passkey-error")?.TextContent.Trim() ?? "";

    private static System.Net.Cookie ChallengeCookie(CookieContainer jar)
    {
        var cookie = jar.GetAllCookies().Single(c => c.Name.Contains("TwoFactorUserId", StringComparison.Ordinal));
        return new System.Net.Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain);
    }

    private Task<int> PasskeyCountAsync(string userId) =>
        factory.QueryAsync(db => db.Set<IdentityUserPasskey<string>>().CountAsync(p => p.UserId == userId));

    private Task<string> PublicKeyAsync(byte[] credentialId) =>
        factory.QueryAsync(async db => Convert.ToBase64String(
            (await db.Set<IdentityUserPasskey<string>>().AsNoTracking().SingleAsync(p => p.CredentialId == credentialId)).Data.PublicKey));
}
