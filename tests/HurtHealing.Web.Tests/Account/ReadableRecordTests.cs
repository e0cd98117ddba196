using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Account;

/// <summary>The readable record: one self-contained page a counsellor or an advisor can read or print, after the same re-check.</summary>
public partial class ReadableRecordTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private static readonly Dictionary<string, string> RightPassword = new() { ["Input.Password"] = Accounts.Password };

    [Fact]
    public async Task The_record_holds_every_kind_of_entry_decrypted_oldest_first_and_nobody_elses()
    {
        var (client, _) = await factory.SignedInWithEmailAsync();
        var marker = $"MARKER{Guid.NewGuid():N}";
        await client.LogIncidentAsync($"Older one {marker}", F("Input.When", "yesterday"));
        await ExportTests.WriteSomethingEverywhereAsync(client, marker);
        (await client.PostFormAsync("/Journal/Write", [F("Input.Text", $"On its own {marker}")])).Dispose();
        var (stranger, _) = await factory.SignedInWithEmailAsync();
        await ExportTests.WriteSomethingEverywhereAsync(stranger, "STRANGER");

        using var response = await ExportTests.DownloadAsync(client, "Record", RightPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^attachment; filename=""record-\d{4}-\d{2}-\d{2}\.html""$", response.Content.Headers.ContentDisposition?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("STRANGER", html, StringComparison.Ordinal);
        foreach (var part in new[] { "What happened", "Title", "Need", "Journal", "Alpha", "Bravo", "Promise", "Repair", "Check-in", "Boundary", "On its own" })
        {
            Assert.Contains($"{part} {marker}", html, StringComparison.Ordinal);
        }
        Assert.True(html.IndexOf($"Older one {marker}", StringComparison.Ordinal) < html.IndexOf($"What happened {marker}", StringComparison.Ordinal),
            "The incident that happened first comes first.");
        foreach (var heading in new[] { "Feelings", "What I need", "Journal", "Preparing to talk", "Attempts to make it right", "Check-ins", "Boundaries" })
        {
            Assert.Contains($"<h3>{heading}</h3>", html, StringComparison.Ordinal);
        }
        Assert.Contains("<title>HurtHealing: my record</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_runs_nothing_loads_nothing_and_allows_only_its_own_stylesheet()
    {
        var client = await factory.SignedInClientAsync();
        await client.LogIncidentAsync("Something <script>alert(1)</script> \" style=\"x");

        using var response = await ExportTests.DownloadAsync(client, "Record", RightPassword);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // No tag carries a style, a source or a link; the person's own words are text, escaped.
        Assert.DoesNotMatch(@"<[^>]*\s(style|src|href|on\w+)=", html);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var style = Assert.Single(StyleBlock().Matches(html)).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        var policy = Policy().Match(html).Groups[1].Value;
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains($"style-src 'sha256-{hash}'", policy, StringComparison.Ordinal);
        Assert.Contains("@media print", style, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_discreet_mode_the_record_has_a_neutral_title_and_never_names_the_app()
    {
        var client = await factory.SignedInClientAsync();
        await client.LogIncidentAsync("Something that happened.");
        (await client.PostFormAsync("/Account/Manage/Discreet", [F("TurnOn", "true")])).Dispose();

        using var response = await ExportTests.DownloadAsync(client, "Record", RightPassword);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Record</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("HurtHealing", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hurt healing", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Something that happened.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_right_password_no_record_is_sent()
    {
        var client = await factory.SignedInClientAsync();
        await client.LogIncidentAsync("Something private.");

        using var response = await ExportTests.DownloadAsync(client, "Record", new Dictionary<string, string> { ["Input.Password"] = "not my password" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.DoesNotContain("Something private.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")]
    private static partial Regex Policy();
}
