using System.Net;
using AngleSharp.Html.Dom;
using HurtHealing.Web.Tests.Account;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Incidents;

/// <summary>
/// The same incident open on a phone and a laptop: the later save from the older page is not written over
/// the newer one; the person sees both and chooses.
/// </summary>
public class EditConflictTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task A_save_from_an_older_page_shows_both_versions_and_keeps_the_newer_one_until_the_person_chooses()
    {
        var (phone, laptop, id) = await TwoSessionsOnOneIncidentAsync();
        var url = $"/Incidents/Edit/{id}";
        var phonePage = await phone.GetDocumentAsync(url);
        var laptopPage = await laptop.GetDocumentAsync(url);

        using (var laptopSave = await laptop.PostFormAsync(laptopPage, url, [F("Input.WhatHappened", "Written on the laptop.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, laptopSave.StatusCode);
        }
        using var stale = await phone.PostFormAsync(phonePage, url, [F("Input.WhatHappened", "Written on the phone."), F("Input.Hurt", "9")]);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await HtmlForms.ParseAsync(stale);
        Assert.Equal("Written on the laptop.", Version(conflict, "What happened?", "theirs"));
        Assert.Equal("Written on the phone.", Version(conflict, "What happened?", "mine"));
        Assert.Equal("9", Version(conflict, "How much did it hurt?", "mine"));
        // Nothing of the phone's is lost: its words are still in the form, and nothing was written over the laptop's.
        Assert.Equal("Written on the phone.", conflict.QuerySelector("textarea[name='Input.WhatHappened']")!.TextContent.Trim());
        Assert.Equal("Written on the laptop.", await StoredWhatHappenedAsync(phone, id));
        Assert.Equal(url, conflict.QuerySelector(".edit-conflict a")!.GetAttribute("href"));

        // "Keep mine" posts the same form, which now carries the newer version.
        using var keepMine = await phone.PostFormAsync(conflict, url, []);

        Assert.Equal(HttpStatusCode.Redirect, keepMine.StatusCode);
        Assert.Equal("Written on the phone.", await StoredWhatHappenedAsync(phone, id));
    }

    [Fact]
    public async Task Keeping_the_newer_version_loads_it_into_the_form()
    {
        var (phone, laptop, id) = await TwoSessionsOnOneIncidentAsync();
        var url = $"/Incidents/Edit/{id}";
        var phonePage = await phone.GetDocumentAsync(url);
        await Saved(laptop.PostFormAsync(url, [F("Input.WhatHappened", "The laptop's version.")]));
        using var stale = await phone.PostFormAsync(phonePage, url, [F("Input.WhatHappened", "The phone's version.")]);
        var keepTheirs = (await HtmlForms.ParseAsync(stale)).QuerySelector(".edit-conflict a")!.GetAttribute("href")!;

        var fresh = await phone.GetDocumentAsync(keepTheirs);

        Assert.Equal("The laptop's version.", fresh.QuerySelector("textarea[name='Input.WhatHappened']")!.TextContent.Trim());
        Assert.Null(fresh.QuerySelector(".edit-conflict"));
        Assert.Equal("The laptop's version.", await StoredWhatHappenedAsync(phone, id));
    }

    [Fact]
    public async Task An_older_page_stays_older_through_a_message_beside_a_field()
    {
        var (phone, laptop, id) = await TwoSessionsOnOneIncidentAsync();
        var url = $"/Incidents/Edit/{id}";
        var phonePage = await phone.GetDocumentAsync(url);
        await Saved(laptop.PostFormAsync(url, [F("Input.WhatHappened", "The laptop's version.")]));

        using var empty = await phone.PostFormAsync(phonePage, url, [F("Input.WhatHappened", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var stale = await phone.PostFormAsync(await HtmlForms.ParseAsync(empty), url, [F("Input.WhatHappened", "The phone's version.")]);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("The laptop's version.", await StoredWhatHappenedAsync(phone, id));
    }

    private async Task<(HttpClient Phone, HttpClient Laptop, Guid IncidentId)> TwoSessionsOnOneIncidentAsync()
    {
        var (phone, email) = await factory.SignedInWithEmailAsync();
        var laptop = factory.CreateBrowserLikeClient();
        using (var signIn = await laptop.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var id = await phone.LogIncidentAsync("The words as first logged.");
        return (phone, laptop, id);
    }

    private static async Task<string> StoredWhatHappenedAsync(HttpClient client, Guid id) =>
        (await client.GetDocumentAsync($"/Incidents/Edit/{id}")).QuerySelector("textarea[name='Input.WhatHappened']")!.TextContent.Trim();

    private static async Task Saved(Task<HttpResponseMessage> post)
    {
        using var response = await post;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The text shown for one part of the conflict, "theirs" (the newer version) or "mine".</summary>
    internal static string Version(IHtmlDocument page, string label, string which)
    {
        var pair = page.QuerySelectorAll(".edit-conflict .conflict-pair")
                       .FirstOrDefault(p => p.QuerySelector(".conflict-label")?.TextContent.Trim() == label)
                   ?? throw new Xunit.Sdk.XunitException($"The conflict shows no '{label}'. Page: {AccountTestKit.VisibleText(page)}");
        return pair.QuerySelector($"[data-version='{which}']")!.TextContent.Trim();
    }
}
