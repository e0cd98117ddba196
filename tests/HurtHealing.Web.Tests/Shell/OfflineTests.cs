using System.Net;
using System.Text.Json;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Shell;

/// <summary>
/// The installable, offline app from the server's side: the manifests and the worker it serves, the pages the
/// worker may keep (marked, with no one's words and no tokens) and the queue key (signed-in only, no-store,
/// one per person).
/// </summary>
public class OfflineTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private const string ShellMarker = "<meta name=\"hh-offline-shell\" content=\"no-personal-text\"";

    [Fact]
    public async Task The_queue_key_is_refused_signed_out_never_stored_and_each_person_gets_their_own()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        using (var signedOut = await anonymous.GetAsync("/Offline?handler=Key"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
            Assert.Contains("/Account/Login", signedOut.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.DoesNotContain("\"key\"", await signedOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var first = await factory.SignedInClientAsync();
        var second = await factory.SignedInClientAsync();
        var (firstId, firstKey) = await KeyAsync(first);
        var (firstIdAgain, firstKeyAgain) = await KeyAsync(first);
        var (secondId, secondKey) = await KeyAsync(second);

        Assert.Equal(32, Convert.FromBase64String(Base64(firstKey)).Length);
        Assert.Equal((firstId, firstKey), (firstIdAgain, firstKeyAgain));
        Assert.NotEqual(firstKey, secondKey);
        Assert.NotEqual(firstId, secondId);
    }

    [Fact]
    public async Task The_key_survives_signing_in_again_so_a_sealed_queue_can_be_sent_after()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var (_, before) = await KeyAsync(client);

        var again = factory.CreateBrowserLikeClient();
        (await again.SignInAsync(email)).Dispose();

        Assert.Equal(before, (await KeyAsync(again)).Key);
    }

    [Fact]
    public async Task The_log_template_holds_no_token_no_key_and_no_saved_zone_and_is_the_only_log_page_marked_for_keeping()
    {
        var client = await factory.SignedInClientAsync();
        // The person's zone is saved by their first entry; the template must not carry it.
        await client.LogIncidentAsync("A first entry that saves the zone.");

        using var template = await client.GetAsync("/Incidents/Log?handler=Template");
        var html = await template.Content.ReadAsStringAsync();
        var page = await HtmlForms.ParseAsync(template);

        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.True(template.Headers.CacheControl!.NoStore);
        Assert.Contains(ShellMarker, html, StringComparison.Ordinal);
        var form = page.QuerySelector("form[data-draft-form]")!;
        Assert.Null(form.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.Equal(Guid.Empty.ToString(), form.QuerySelector("input[name='Input.IdempotencyKey']")!.GetAttribute("value"));
        Assert.Equal("", form.QuerySelector("input[name='Input.TimeZone']")!.GetAttribute("value") ?? "");
        Assert.DoesNotContain("A first entry", html, StringComparison.Ordinal);

        var real = await client.GetAsync("/Incidents/Log");
        Assert.DoesNotContain(ShellMarker, await real.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_offline_page_the_log_template_and_the_help_page_are_marked_for_keeping()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Words that must never be kept by the worker.");
        string[] marked = ["/Offline", "/Incidents/Log?handler=Template", "/Safety"];
        string[] notMarked = ["/", "/Incidents", $"/Incidents/{id}", "/Incidents/Log", "/Journal", "/Plans", "/Insights", "/Account/Manage"];

        foreach (var url in marked)
        {
            Assert.Contains(ShellMarker, await client.GetStringAsync(url), StringComparison.Ordinal);
        }
        foreach (var url in notMarked)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl!.NoStore, url);
            Assert.DoesNotContain(ShellMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_offline_page_and_the_template_need_a_signed_in_session()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        foreach (var url in new[] { "/Offline", "/Incidents/Log?handler=Template" })
        {
            using var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_manifest_names_the_app_and_in_discreet_mode_says_Notes_with_a_plain_icon()
    {
        var client = await factory.SignedInClientAsync();
        var plain = await ManifestAsync(client);
        Assert.Equal("HurtHealing", plain.GetProperty("name").GetString());
        Assert.Equal("standalone", plain.GetProperty("display").GetString());
        Assert.Equal("/", plain.GetProperty("start_url").GetString());
        var sizes = plain.GetProperty("icons").EnumerateArray().Select(i => (i.GetProperty("sizes").GetString(), i.GetProperty("purpose").GetString())).ToList();
        Assert.Contains(("192x192", "any"), sizes);
        Assert.Contains(("512x512", "any"), sizes);
        Assert.Contains(("512x512", "maskable"), sizes);
        foreach (var icon in plain.GetProperty("icons").EnumerateArray())
        {
            using var png = await client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        }

        (await client.PostFormAsync("/Account/Manage/Discreet", [F("TurnOn", "true")])).Dispose();
        var discreet = await ManifestAsync(client);

        Assert.Equal("Notes", discreet.GetProperty("name").GetString());
        Assert.Equal("Notes", discreet.GetProperty("short_name").GetString());
        Assert.DoesNotContain("HurtHealing", discreet.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("hurt", discreet.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.All(discreet.GetProperty("icons").EnumerateArray(), i => Assert.StartsWith("/icons/plain-", i.GetProperty("src").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_worker_is_served_from_the_root_and_the_policy_lets_only_the_apps_own_script_start_it()
    {
        var client = factory.CreateBrowserLikeClient();
        using var worker = await client.GetAsync("/sw.js");

        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType!.MediaType);
        var policy = string.Join(";", worker.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("worker-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("manifest-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#sign-out")]
    [InlineData("#quick-exit")]
    public async Task Signing_out_and_quick_exit_tell_the_browser_to_clear_caches_and_storage(string form)
    {
        var client = await factory.SignedInClientAsync();
        var page = await client.GetDocumentAsync("/Incidents");

        using var response = await client.PostFormAsync(page, "/Incidents", [], "form" + form);

        var clear = string.Join(",", response.Headers.GetValues("Clear-Site-Data"));
        Assert.Contains("\"cache\"", clear, StringComparison.Ordinal);
        Assert.Contains("\"storage\"", clear, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ManifestAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/Incidents");
        var href = page.QuerySelector("link[rel=manifest]")!.GetAttribute("href")!;
        using var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static async Task<(string Id, string Key)> KeyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/Offline?handler=Key");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("key").GetString()!);
    }

    private static string Base64(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
    }
}
