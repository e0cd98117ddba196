using System.Net;
using Microsoft.EntityFrameworkCore;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Incidents;

public class LogIncidentTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task Logging_with_three_feelings_shows_it_on_its_page_at_home_and_in_the_list()
    {
        var client = await factory.SignedInClientAsync();

        var id = await client.LogIncidentAsync("They laughed at my idea in front of their friends.",
            F("Input.Hurt", "7"), F("Input.Category", "Contempt"),
            F("Input.Feelings.Chosen", "humiliated"), F("Input.Feelings.Intensity[humiliated]", "8"),
            F("Input.Feelings.Chosen", "hurt"), F("Input.Feelings.Intensity[hurt]", "6"),
            F("Input.Feelings.Chosen", "angry"), F("Input.Feelings.Intensity[angry]", "4"));

        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Equal("They laughed at my idea in front of their friends.", details.QuerySelector(".own-words")!.TextContent);
        var feelings = details.QuerySelectorAll(".feeling-list li").Select(li => li.TextContent.Replace(" ", "", StringComparison.Ordinal).Trim()).ToList();
        Assert.Equal(["humiliated8/10", "hurt6/10", "angry4/10"], feelings);
        Assert.Contains("Contempt or mockery", details.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hurt 7/10", details.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);

        var home = await client.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll(".incident-link"), a => a.GetAttribute("href") == $"/Incidents/{id}");
        var list = await client.GetDocumentAsync("/Incidents");
        Assert.Contains(list.QuerySelectorAll(".incident-link"), a => a.GetAttribute("href") == $"/Incidents/{id}"
            && a.TextContent.Contains("They laughed at my idea in front of their friends.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_what_happened_is_needed_and_when_defaults_to_now_in_the_persons_zone()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Short.", F("Input.TimeZone", "Pacific/Auckland"));

        await using var scope = factory.Scope(out var db);
        var incident = db.Incidents.IgnoreQueryFilters().Single(i => i.Id == id);
        Assert.Equal("Pacific/Auckland", incident.TimeZoneId);
        var nowThere = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland"));
        Assert.Equal(DateOnly.FromDateTime(nowThere.DateTime), incident.OccurredOn);
        Assert.NotNull(incident.OccurredAt);
        Assert.Equal(HurtHealing.Domain.Incidents.IncidentCategory.Other, incident.Category);
        var user = db.Users.Single(u => u.Id == incident.OwnerId);
        Assert.Equal("Pacific/Auckland", user.TimeZoneId);
    }

    [Fact]
    public async Task Yesterday_and_earlier_today_shortcuts_work_without_script()
    {
        var client = await factory.SignedInClientAsync();
        var yesterday = await client.LogIncidentAsync("Yesterday.", F("Input.TimeZone", "Europe/London"), F("Input.When", "yesterday"), F("Input.Time", "21:30"));
        var earlier = await client.LogIncidentAsync("Earlier.", F("Input.TimeZone", "Europe/London"), F("Input.When", "today"));
        var otherDay = await client.LogIncidentAsync("Long ago.", F("Input.TimeZone", "Europe/London"), F("Input.When", "date"), F("Input.Date", "1999-12-31"));

        await using var scope = factory.Scope(out var db);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        var rows = db.Incidents.IgnoreQueryFilters().Where(i => i.Id == yesterday || i.Id == earlier || i.Id == otherDay).ToDictionary(i => i.Id);
        Assert.Equal((today.AddDays(-1), new TimeOnly(21, 30)), (rows[yesterday].OccurredOn, rows[yesterday].OccurredAt));
        Assert.Equal((today, (TimeOnly?)null), (rows[earlier].OccurredOn, rows[earlier].OccurredAt));
        Assert.Equal(new DateOnly(1999, 12, 31), rows[otherDay].OccurredOn);
    }

    [Fact]
    public async Task A_blame_word_is_accepted_and_the_feelings_underneath_are_offered()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("They read my messages.", F("Input.Feelings.Other", "Betrayed"), F("Input.Feelings.OtherIntensity", "9"));

        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Contains("betrayed", details.QuerySelector(".feeling-list")!.TextContent, StringComparison.Ordinal);
        var guidance = details.QuerySelector(".guidance")!.TextContent;
        Assert.Contains("hurt, shocked, angry", guidance, StringComparison.Ordinal);
        var suggestLink = details.QuerySelector(".guidance a")!.GetAttribute("href")!;
        var feelings = await client.GetDocumentAsync(suggestLink);
        Assert.Contains("hurt, shocked, angry", feelings.QuerySelector(".guidance")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_form_posted_twice_makes_one_incident()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var form = await client.GetDocumentAsync("/Incidents/Log");
        var fields = new[] { F("Input.WhatHappened", "Double tap.") };

        using var first = await client.PostFormAsync(form, "/Incidents/Log", fields);
        using var second = await client.PostFormAsync(form, "/Incidents/Log", fields);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(IdFrom(first), IdFrom(second));
        Assert.Equal(1, await factory.CountAsync("incidents", ownerId));
    }

    [Fact]
    public async Task Two_posts_of_one_form_at_the_same_moment_make_one_incident()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var form = await client.GetDocumentAsync("/Incidents/Log");
        var fields = new[] { F("Input.WhatHappened", "Racing taps."), F("Input.Feelings.Chosen", "hurt") };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostFormAsync(form, "/Incidents/Log", fields)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(IdFrom).Distinct());
        Assert.Equal(1, await factory.CountAsync("incidents", ownerId));
        Assert.Equal(1, await factory.CountAsync("feeling_records", ownerId));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task The_log_page_puts_a_fresh_key_in_each_form()
    {
        var client = await factory.SignedInClientAsync();
        var one = (await client.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='Input.IdempotencyKey']")!.GetAttribute("value");
        var two = (await client.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='Input.IdempotencyKey']")!.GetAttribute("value");
        Assert.True(Guid.TryParse(one, out var a) && a != Guid.Empty);
        Assert.NotEqual(one, two);
    }

    [Fact]
    public async Task A_posted_owner_is_ignored()
    {
        var (victimClient, victimEmail) = await factory.SignedInWithEmailAsync();
        var victimId = await factory.UserIdAsync(victimEmail);
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);

        await client.LogIncidentAsync("Mine, not theirs.", F("Input.OwnerId", victimId), F("OwnerId", victimId));

        Assert.Equal(0, await factory.CountAsync("incidents", victimId));
        Assert.Equal(1, await factory.CountAsync("incidents", ownerId));
        _ = victimClient;
    }

    [Fact]
    public async Task The_success_page_tells_the_device_to_drop_its_draft()
    {
        var client = await factory.SignedInClientAsync();
        var form = await client.GetDocumentAsync("/Incidents/Log");
        var key = form.QuerySelector("input[name='Input.IdempotencyKey']")!.GetAttribute("value");
        using var response = await client.PostFormAsync(form, "/Incidents/Log", [F("Input.WhatHappened", "Draft test.")]);

        var landing = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(key, landing.QuerySelector("[data-saved-draft-key]")!.GetAttribute("data-saved-draft-key"));
        Assert.NotNull(landing.QuerySelector("script[src^='/js/incident-draft.js']"));
        // Without the key of this incident (a bookmark, a stale link) there is nothing to drop.
        var plain = await client.GetDocumentAsync($"/Incidents/{IdFrom(response)}?saved={Guid.NewGuid()}");
        Assert.Null(plain.QuerySelector("[data-saved-draft-key]"));
    }
}
