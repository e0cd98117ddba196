using System.Net;
using AngleSharp.Html.Dom;
using HurtHealing.Domain.Safety;
using HurtHealing.Web.Pages.Safety;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Shell;

public class SafetyPageTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    public static TheoryData<string> RegionSlugs() => [.. Helplines.Regions.Select(SafetyRegions.Slug)];

    [Theory]
    [MemberData(nameof(RegionSlugs))]
    public async Task Every_region_leads_with_its_emergency_number_and_shows_every_line_with_its_source_and_date(string slug)
    {
        Assert.True(SafetyRegions.TryParse(slug, out var region));
        var page = await factory.CreateBrowserLikeClient().GetDocumentAsync($"/Safety?region={slug}");

        var emergency = Helplines.EmergencyFor(region);
        var call = page.QuerySelector("a.emergency-call")!;
        Assert.Equal(emergency.Contacts.First(c => c.Href.StartsWith("tel:", StringComparison.Ordinal)).Href, call.GetAttribute("href"));
        Assert.StartsWith("tel:", call.GetAttribute("href"), StringComparison.Ordinal);

        var cards = page.QuerySelectorAll("li.helpline");
        Assert.Equal(Helplines.For(region).Count, cards.Length);
        foreach (var (line, card) in Helplines.For(region).Zip(cards))
        {
            Assert.Equal(line.Name, card.QuerySelector(".helpline-name")!.TextContent);
            var checkedOn = card.QuerySelector(".source time")!;
            Assert.Equal(line.Checked.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), checkedOn.GetAttribute("datetime"));
            var sources = card.QuerySelectorAll(".sources a").Select(a => a.GetAttribute("href")).ToList();
            Assert.NotEmpty(sources);
            Assert.Equal(line.Sources.Select(s => s.ToString()), sources);
            Assert.All(card.QuerySelectorAll(".helpline-contacts a"), a => Assert.Matches("^(tel:|sms:|https://)", a.GetAttribute("href")!));
        }
        Assert.Contains(Helplines.RegionName(region), page.QuerySelector("#lines-heading")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_page_works_signed_out_with_a_neutral_title_no_script_needed_and_nothing_loaded_from_elsewhere()
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync("/Safety");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal("Help · HurtHealing", page.Title);
        Assert.Equal("Support anywhere else", page.QuerySelector("#lines-heading")!.TextContent);
        Assert.Equal(Helplines.Regions.Count, page.QuerySelectorAll(".region-list a").Length);
        Assert.Contains("private talk or couples counselling may not be the safe next step", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("can't hide your browser history", page.Body!.TextContent, StringComparison.Ordinal);
        // Nothing is fetched from another site: only the app's own script, stylesheet and icon.
        foreach (var element in page.QuerySelectorAll("script[src], link[href], img[src]"))
        {
            var address = element.GetAttribute("src") ?? element.GetAttribute("href")!;
            Assert.StartsWith("/", address, StringComparison.Ordinal);
        }
        Assert.Empty(page.QuerySelectorAll("script:not([src]), style, [style]"));
    }

    [Fact]
    public async Task A_chosen_region_is_remembered_and_an_unknown_one_is_ignored()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.GetDocumentAsync("/Safety?region=nz");

        var again = await client.GetDocumentAsync("/Safety");
        Assert.Contains("New Zealand", again.QuerySelector("#lines-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", again.QuerySelector(".region-list a[href='/Safety?region=nz']")!.GetAttribute("aria-current"));

        var junk = await client.GetDocumentAsync("/Safety?region=%00%3Cscript%3E");
        Assert.Contains("New Zealand", junk.QuerySelector("#lines-heading")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_persons_region_defaults_from_their_time_zone()
    {
        var client = await factory.SignedInClientAsync();
        await client.LogIncidentAsync("Something happened.", F("Input.TimeZone", "Europe/Dublin"));

        var page = await client.GetDocumentAsync("/Safety");
        Assert.Contains("Ireland", page.QuerySelector("#lines-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:112", page.QuerySelector("a.emergency-call")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Feeling_unsafe_is_one_tap_away_on_signed_out_and_signed_in_pages()
    {
        var signedOut = factory.CreateBrowserLikeClient();
        foreach (var url in new[] { "/", "/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Safety" })
        {
            AssertSafetyLink(await signedOut.GetDocumentAsync(url), url);
        }

        var signedIn = await factory.SignedInClientAsync();
        var id = await signedIn.LogIncidentAsync("Something happened.");
        foreach (var url in new[] { "/", "/Incidents", $"/Incidents/{id}", "/Incidents/Log", "/Plans", "/Journal", "/Account/Manage", "/Safety" })
        {
            AssertSafetyLink(await signedIn.GetDocumentAsync(url), url);
        }
    }

    private static void AssertSafetyLink(IHtmlDocument page, string url)
    {
        var link = page.QuerySelector("header .top-actions a.safety-link");
        Assert.True(link is not null, $"no safety link on {url}");
        Assert.Equal("/Safety", link.GetAttribute("href"));
        Assert.Equal("Feeling unsafe?", link.TextContent.Trim());
    }
}
