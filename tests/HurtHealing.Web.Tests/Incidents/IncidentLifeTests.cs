using System.Text.RegularExpressions;
using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Incidents;

/// <summary>After logging: re-rate, add and settle needs, write about it, edit, delete. All through the real pages.</summary>
public class IncidentLifeTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task Re_rating_adds_records_and_keeps_the_earlier_ones()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Forgot my birthday.", F("Input.Feelings.Chosen", "hurt"), F("Input.Feelings.Intensity[hurt]", "9"));

        var form = await client.GetDocumentAsync($"/Incidents/Feelings/{id}");
        Assert.NotNull(form.QuerySelector("input[name='Input.Feelings.Chosen'][value='hurt'][checked]"));
        Assert.Equal("9", form.QuerySelector("input[name='Input.Feelings.Intensity[hurt]']")!.GetAttribute("value"));
        using var response = await client.PostFormAsync(form, $"/Incidents/Feelings/{id}",
            [F("Input.Feelings.Intensity[hurt]", "5"), F("Input.Feelings.Chosen", "hurt"), F("Input.Feelings.Chosen", "lonely"), F("Input.Feelings.Intensity[lonely]", "3")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal(3, await factory.CountAsync("feeling_records", ownerId));
        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        var now = details.QuerySelectorAll(".feeling-list li").Select(li => li.TextContent.Replace(" ", "", StringComparison.Ordinal).Trim());
        Assert.Equal(["hurt5/10", "lonely3/10"], now);
        var timeline = details.QuerySelectorAll(".timeline-item.feelings").Select(li => li.QuerySelector("p")!.TextContent).ToList();
        Assert.Equal(["You felt hurt 9/10", "You felt hurt 5/10, lonely 3/10"], timeline);
    }

    [Fact]
    public async Task Needs_are_added_with_guidance_and_marked_met_then_open_again()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Walked out mid-sentence.");

        var page = await client.GetDocumentAsync($"/Incidents/Needs/{id}");
        var guidance = page.QuerySelector(".guidance")!.TextContent;
        Assert.Contains("Acknowledgment looks back", guidance, StringComparison.Ordinal);
        Assert.Contains("licensed therapist or counsellor", guidance, StringComparison.Ordinal);
        Assert.Contains("What would resolution look like, sound like and feel like for you?", page.QuerySelector("label[for='Input_ResolutionLooksLike']")!.TextContent, StringComparison.Ordinal);

        using (var add = await client.PostFormAsync(page, $"/Incidents/Needs/{id}", [F("Input.Kind", "Acknowledgment"), F("Input.ResolutionLooksLike", "They say: I walked out, and that left you alone.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        }
        using (var second = await client.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "ChangeInBehaviour")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }
        Assert.Equal(2, await factory.CountAsync("need_records", ownerId));

        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Equal(2, details.QuerySelectorAll(".timeline-item.need").Length);
        using (var met = await client.PostFormAsync(details, $"/Incidents/{id}", [], "main form[action*='handler=Met']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
        }
        details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Single(details.QuerySelectorAll(".tag.met"));
        using (var open = await client.PostFormAsync(details, $"/Incidents/{id}", [], "main form[action*='handler=Open']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        }
        details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Empty(details.QuerySelectorAll(".tag.met"));
    }

    [Fact]
    public async Task A_journal_entry_is_saved_with_or_without_a_feeling_window_and_shows_on_the_timeline()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Cancelled plans again.");

        using (var windowed = await client.PostFormAsync($"/Journal/Write?incident={id}", [F("Input.Text", "Ten minutes of feeling it."), F("Input.FeelingWindowMinutes", "10")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, windowed.StatusCode);
            Assert.Equal($"/Incidents/{id}", windowed.Headers.Location!.OriginalString);
        }
        using (var plain = await client.PostFormAsync("/Journal/Write", [F("Input.Text", "On its own.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
            Assert.Equal("/Journal", plain.Headers.Location!.OriginalString);
        }

        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        var entry = Assert.Single(details.QuerySelectorAll(".timeline-item.journal"));
        Assert.Contains("10-minute feeling window", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ten minutes of feeling it.", entry.QuerySelector(".own-words")!.TextContent);
        var journal = await client.GetDocumentAsync("/Journal");
        Assert.Equal(["On its own.", "Ten minutes of feeling it."], journal.QuerySelectorAll(".own-words").Select(p => p.TextContent));
    }

    [Fact]
    public async Task Editing_changes_the_incident_and_its_status()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("First words.", F("Input.TimeZone", "Europe/Berlin"));

        using var response = await client.PostFormAsync($"/Incidents/Edit/{id}",
            [F("Input.WhatHappened", "Better words."), F("Input.Title", "The dinner"), F("Input.Date", "2024-02-29"), F("Input.Time", "19:15"),
             F("Input.Category", "BrokenPromise"), F("Input.Hurt", "3"), F("Input.Status", "Talked")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Equal("The dinner", details.QuerySelector("h1")!.TextContent);
        Assert.Equal("Better words.", details.QuerySelector(".own-words")!.TextContent);
        var meta = details.QuerySelector(".meta")!.TextContent;
        Assert.Contains("Thu 29 Feb 2024, 19:15", meta, StringComparison.Ordinal);
        Assert.Contains("A broken promise", meta, StringComparison.Ordinal);
        Assert.Contains("We've talked", meta, StringComparison.Ordinal);
        Assert.Contains("Hurt 3/10", meta, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_asks_first_then_removes_everything_under_the_incident()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var keep = await client.LogIncidentAsync("Keep me.", F("Input.Feelings.Chosen", "sad"));
        var id = await client.LogIncidentAsync("Delete me.", F("Input.Feelings.Chosen", "hurt"), F("Input.Feelings.Chosen", "angry"));
        (await client.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "Apology")])).Dispose();
        (await client.PostFormAsync($"/Journal/Write?incident={id}", [F("Input.Text", "About it.")])).Dispose();
        (await client.PostFormAsync("/Journal/Write", [F("Input.Text", "Not about it.")])).Dispose();

        var confirm = await client.GetDocumentAsync($"/Incidents/Delete/{id}");
        Assert.Contains("2 feeling ratings, 1 need and 1 journal entry", Regex.Replace(confirm.QuerySelector(".alert")!.TextContent, @"\s+", " "), StringComparison.Ordinal);
        using var response = await client.PostFormAsync(confirm, $"/Incidents/Delete/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var gone = await client.GetAsync($"/Incidents/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(1, await factory.CountAsync("incidents", ownerId));
        Assert.Equal(1, await factory.CountAsync("feeling_records", ownerId));
        Assert.Equal(0, await factory.CountAsync("need_records", ownerId));
        Assert.Equal(1, await factory.CountAsync("journal_entries", ownerId));
        using var kept = await client.GetAsync($"/Incidents/{keep}");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Fact]
    public async Task The_list_pages_by_25_and_filters_by_category_and_status()
    {
        var client = await factory.SignedInClientAsync();
        for (var i = 0; i < 26; i++)
        {
            await client.LogIncidentAsync($"Number {i}.", F("Input.Category", i == 0 ? "Stonewalling" : "Criticism"), F("Input.When", "date"), F("Input.Date", $"2020-01-{i + 1:00}"));
        }

        var first = await client.GetDocumentAsync("/Incidents");
        Assert.Equal(25, first.QuerySelectorAll(".incident-link").Length);
        Assert.StartsWith("Number 25.", first.QuerySelector(".incident-name")!.TextContent, StringComparison.Ordinal);
        var older = first.QuerySelector(".pager .older")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(older);
        Assert.Equal("Number 0.", Assert.Single(second.QuerySelectorAll(".incident-name")).TextContent);
        // Each row's kind and status (read from their blind indexes, not decrypted), as saved.
        Assert.All(first.QuerySelectorAll(".incident-meta"), meta =>
        {
            Assert.Contains("Criticism", meta.TextContent, StringComparison.Ordinal);
            Assert.Contains("Fresh", meta.TextContent, StringComparison.Ordinal);
        });
        Assert.Contains("Stonewalling or the silent treatment", second.QuerySelector(".incident-meta")!.TextContent, StringComparison.Ordinal);
        var id = first.QuerySelector(".incident-link")!.GetAttribute("href")!.Split('/')[^1];
        (await client.PostFormAsync($"/Incidents/Edit/{id}", [F("Input.Status", "Forgiving")])).Dispose();
        Assert.Contains("Forgiving", (await client.GetDocumentAsync("/Incidents")).QuerySelector(".incident-meta")!.TextContent, StringComparison.Ordinal);

        var stonewalling = await client.GetDocumentAsync("/Incidents?kind=7");
        Assert.Equal("Number 0.", Assert.Single(stonewalling.QuerySelectorAll(".incident-name")).TextContent);
        var atPeace = await client.GetDocumentAsync("/Incidents?stands=5");
        Assert.Empty(atPeace.QuerySelectorAll(".incident-link"));
        var fresh = await client.GetDocumentAsync("/Incidents?stands=1&kind=4");
        Assert.Equal(24, fresh.QuerySelectorAll(".incident-link").Length);
        // Unknown filter values are ignored, not an error.
        using var odd = await client.GetAsync("/Incidents?kind=%00&stands=99&p=-4");
        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
    }

    [Fact]
    public async Task Emoji_right_to_left_and_markup_come_back_exactly_as_text()
    {
        const string payload = "Emoji 😢💔🏳️‍🌈 · עברית: הוא לא הקשיב · العربية: لم يستمع <script>alert('x')</script> & <b>bold</b> \"quoted\"";
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync(payload, F("Input.Title", "<img src=x onerror=alert(1)> 🙂 שלום"));
        (await client.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "Other"), F("Input.ResolutionLooksLike", payload)])).Dispose();
        (await client.PostFormAsync($"/Journal/Write?incident={id}", [F("Input.Text", payload)])).Dispose();

        using var response = await client.GetAsync($"/Incidents/{id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        var details = await HtmlForms.ParseAsync(await client.GetAsync($"/Incidents/{id}"));
        Assert.Equal("<img src=x onerror=alert(1)> 🙂 שלום", details.QuerySelector("h1")!.TextContent);
        Assert.Equal([payload, payload, payload], details.QuerySelectorAll(".own-words").Select(p => p.TextContent));
        var list = await client.GetDocumentAsync("/Incidents");
        Assert.Equal("<img src=x onerror=alert(1)> 🙂 שלום", list.QuerySelector(".incident-name")!.TextContent);
        var edit = await client.GetDocumentAsync($"/Incidents/Edit/{id}");
        Assert.Equal(payload, edit.QuerySelector("textarea")!.TextContent.TrimStart('\n'));
    }
}
