using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Shell;

public class DiscreetModeTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task Turned_on_every_page_title_the_icon_and_the_header_say_Notes_and_off_brings_the_name_back()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("They forgot my birthday.");
        string[] pages = ["/", "/Incidents", $"/Incidents/{id}", "/Journal", "/Plans", "/Account/Manage", "/Safety"];
        Assert.Equal("Incidents · HurtHealing", (await client.GetDocumentAsync("/Incidents")).Title);

        using (var on = await client.PostFormAsync("/Account/Manage/Discreet", [F("TurnOn", "true")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        }
        foreach (var url in pages)
        {
            var page = await client.GetDocumentAsync(url);
            Assert.Equal("Notes", page.Title);
            Assert.StartsWith("/favicon-plain.svg", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Equal("Notes", page.QuerySelector(".brand span")!.TextContent);
            Assert.DoesNotContain("HurtHealing", page.Head!.OuterHtml, StringComparison.Ordinal);
            Assert.DoesNotContain("hurt in a relationship", page.Head!.OuterHtml, StringComparison.Ordinal);
        }

        using (var off = await client.PostFormAsync("/Account/Manage/Discreet", [F("TurnOn", HtmlForms.Omit)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        }
        var back = await client.GetDocumentAsync("/Incidents");
        Assert.Equal("Incidents · HurtHealing", back.Title);
        Assert.StartsWith("/favicon.svg", back.QuerySelector("link[rel=icon]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_choice_is_kept_on_the_account_and_applies_at_the_next_sign_in()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        (await client.PostFormAsync("/Account/Manage/Discreet", [F("TurnOn", "true")])).Dispose();

        var other = factory.CreateBrowserLikeClient();
        (await other.SignInAsync(email)).Dispose();

        Assert.Equal("Notes", (await other.GetDocumentAsync("/Incidents")).Title);
    }

    [Fact]
    public async Task A_malformed_value_is_refused_with_a_message_not_an_error()
    {
        var client = await factory.SignedInClientAsync();

        using var response = await client.PostFormAsync("/Account/Manage/Discreet", [F("TurnOn", "banana")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Please tick the box or leave it empty.", (await HtmlForms.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
