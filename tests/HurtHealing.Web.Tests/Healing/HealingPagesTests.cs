using System.Globalization;
using System.Net;
using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.Insights;
using HurtHealing.Web.Tests.Infrastructure;
using Npgsql;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Healing;

/// <summary>
/// Healing over weeks through the real pages: repair attempts and promises, check-ins, boundaries, the invitation to
/// check in, the direction and setbacks on the incident, home and "How it's going". Weeks pass by moving stored dates.
/// </summary>
public class HealingPagesTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task A_repair_attempt_with_a_promise_is_on_the_timeline_and_a_double_post_makes_one()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Forgot our anniversary.");

        var form = await client.GetDocumentAsync($"/Incidents/{id}/Repair?by=Partner");
        KeyValuePair<string, string>[] values = [F("Input.Kind", "Apology"), F("Input.WhatWasSaidOrDone", "Said sorry and meant it."),
            F("Input.Acknowledged", "true"), F("Input.Promise", "Put dates in the shared calendar."), F("Input.PromiseBy", "2030-01-31")];
        using var first = await client.PostFormAsync(form, $"/Incidents/{id}/Repair", values);
        using var second = await client.PostFormAsync(form, $"/Incidents/{id}/Repair", values);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await factory.CountAsync("repair_attempts", ownerId));
        Assert.Equal(1, await factory.CountAsync("promises", ownerId));
        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        var item = details.QuerySelector(".timeline [id^='repair-']")!;
        Assert.Contains("They tried to make it right", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Put dates in the shared calendar.", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("acknowledged", item.TextContent, StringComparison.Ordinal);
        Assert.NotNull(item.QuerySelector("form.promise-buttons button[value=Kept]"));
    }

    [Fact]
    public async Task A_promise_is_marked_kept_in_one_tap_each_change_is_dated_and_a_double_tap_changes_once()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Cancelled again.");
        var attempt = await client.RecordRepairAsync(id, promise: "No more last-minute cancelling.");

        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        using (var kept = await client.PostFormAsync(details, $"/Incidents/{id}", [F("status", "Kept")], "form.promise-buttons"))
        {
            Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        }
        (await client.PostFormAsync(details, $"/Incidents/{id}", [F("status", "Kept")], "form.promise-buttons")).Dispose();
        (await client.FollowThroughAsync(id, attempt, "PartlyKept")).Dispose();

        // Pending at creation, then kept once (the second tap changed nothing), then partly kept.
        Assert.Equal(3, await factory.CountAsync("promise_changes", ownerId));
        var page = await client.GetDocumentAsync($"/Incidents/{id}/Repairs/{attempt}");
        var history = page.QuerySelectorAll("ol li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, history.Count);
        Assert.StartsWith("Waiting to see", history[0], StringComparison.Ordinal);
        Assert.StartsWith("Kept", history[1], StringComparison.Ordinal);
        Assert.StartsWith("Partly kept", history[2], StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("button[value=PartlyKept]")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task A_check_in_is_two_sliders_and_a_save_and_a_double_post_makes_one()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Dismissed my worry.", F("Input.Hurt", "7"));

        var form = await client.GetDocumentAsync($"/Incidents/{id}/CheckIn");
        // The sliders start where the incident left off.
        Assert.Equal("7", form.QuerySelector("input[name='Input.Intensity']")!.GetAttribute("value"));
        Assert.Equal(2, form.QuerySelectorAll("main form input[type=range]").Length);
        using var first = await client.PostFormAsync(form, $"/Incidents/{id}/CheckIn", [F("Input.Intensity", "5"), F("Input.Resentment", "4")]);
        using var second = await client.PostFormAsync(form, $"/Incidents/{id}/CheckIn", [F("Input.Intensity", "5"), F("Input.Resentment", "4")]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await factory.CountAsync("check_ins", ownerId));
        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Contains("heaviness 5/10, resentment's grip 4/10", details.QuerySelector(".timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("5", (await client.GetDocumentAsync($"/Incidents/{id}/CheckIn")).QuerySelector("input[name='Input.Intensity']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_boundary_is_set_and_marked_crossed_once_per_tap_and_the_crossing_is_a_setback_on_the_timeline()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Read my messages.");
        var boundary = await client.SetBoundaryAsync(id, "Going through my phone.", "Leave the room and talk tomorrow.");

        var page = await client.GetDocumentAsync($"/Incidents/{id}/Boundaries");
        using (var crossed = await client.PostFormAsync(page, $"/Incidents/{id}/Boundaries", [], $"#boundary-{boundary} form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, crossed.StatusCode);
        }
        // The same page posted again (a double tap) marks the same crossing.
        (await client.PostFormAsync(page, $"/Incidents/{id}/Boundaries", [], $"#boundary-{boundary} form")).Dispose();
        Assert.Equal(1, await factory.CountAsync("boundary_crossings", ownerId));

        var document = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Equal(BoundaryRules.WhenCrossed, document.QuerySelector("main .notice[role=status]")!.TextContent);
        Assert.Contains(document.QuerySelectorAll(".timeline-item"), li => li.TextContent.Contains("A boundary was crossed", StringComparison.Ordinal)
            && li.QuerySelector(".tag.setback") is not null);
        Assert.Contains(Setbacks.Reassurance, document.QuerySelector("#healing")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crossing_on_an_earlier_day_is_dated_that_day_and_never_before_the_boundary_was_set()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Shouted at me.", F("Input.TimeZone", "Etc/UTC"));
        var boundary = await client.SetBoundaryAsync(id, "Shouting.");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var tooEarly = await client.MarkCrossedAsync(id, boundary, yesterday);
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("choose that day or later", (await HtmlForms.ParseAsync(tooEarly)).MessageBeside("Crossed.Date"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync("boundary_crossings", ownerId));

        await ExecuteAsync($"UPDATE boundaries SET \"SetAt\" = \"SetAt\" - interval '5 days' WHERE \"Id\" = '{boundary}'");
        (await client.MarkCrossedAsync(id, boundary, yesterday)).Dispose();
        Assert.Equal(yesterday + "T12:00:00", await ScalarAsync($"SELECT to_char(\"CrossedAt\" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM boundary_crossings WHERE \"BoundaryId\" = '{boundary}'"));
    }

    [Fact]
    public async Task An_incident_not_looked_at_for_two_weeks_invites_a_check_in_that_can_be_dismissed_for_good()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Left me at the party.");
        Assert.Null((await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector(".check-in-invitation"));

        await ExecuteAsync($"UPDATE incidents SET \"CreatedAt\" = now() - interval '15 days' WHERE \"Id\" = '{id}'");
        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Contains(DueRules.CheckInInvitation, details.QuerySelector(".check-in-invitation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("one hurt could use a quick check-in", (await client.GetDocumentAsync("/")).QuerySelector(".home-due")!.TextContent, StringComparison.Ordinal);

        using (var dismissed = await client.PostFormAsync(details, $"/Incidents/{id}", [], ".check-in-invitation form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        }
        (await client.PostFormAsync(details, $"/Incidents/{id}", [], ".check-in-invitation form")).Dispose();
        Assert.Null((await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector(".check-in-invitation"));
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".home-due"));
    }

    [Fact]
    public async Task A_check_in_resets_the_invitation_clock()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Ignored my call.");
        await ExecuteAsync($"UPDATE incidents SET \"CreatedAt\" = now() - interval '20 days' WHERE \"Id\" = '{id}'");
        Assert.NotNull((await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector(".check-in-invitation"));

        await client.CheckInAsync(id, 4, 4);

        Assert.Null((await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector(".check-in-invitation"));
    }

    [Fact]
    public async Task Home_says_gently_when_a_promise_has_reached_its_date_and_not_before()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Said they'd call.", F("Input.TimeZone", "Etc/UTC"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await client.RecordRepairAsync(id, promise: "Call every evening this week.", promiseBy: today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".home-due"));

        await ExecuteAsync($"UPDATE promises SET \"ByDate\" = \"ByDate\" - 2");
        var home = await client.GetDocumentAsync("/");
        Assert.Equal($"When you're ready: a promise has reached its date. See your incidents", home.QuerySelector(".home-due")!.TextContent.Trim());
        Assert.Contains("its date has come", (await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector(".timeline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weeks_of_check_ins_show_the_direction_and_a_rise_after_a_fall_is_marked_as_a_setback()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Laughed at me in front of friends.", F("Input.Hurt", "8"));
        Assert.Contains("Too early to tell", (await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector("#healing .direction")!.TextContent, StringComparison.Ordinal);

        // Six weeks ago it was logged at 8; five weeks ago still 8; four weeks and a bit, 7; this week, 3.
        await ExecuteAsync($"UPDATE incidents SET \"CreatedAt\" = now() - interval '42 days' WHERE \"Id\" = '{id}'");
        foreach (var (intensity, daysAgo) in new[] { (8, 35), (7, 30), (3, 3) })
        {
            await client.CheckInAsync(id, intensity, intensity - 1);
            await ExecuteAsync($"UPDATE check_ins SET \"CheckedInAt\" = now() - interval '{daysAgo} days' WHERE \"OwnerId\" = '{ownerId}' AND \"Intensity\" = {intensity}");
        }
        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Contains(HealingDirection.Label(Direction.Lighter), details.QuerySelector("#healing .direction")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(HealingDirection.Label(Direction.Lighter), (await client.GetDocumentAsync("/")).QuerySelector(".home-direction")!.TextContent, StringComparison.Ordinal);

        // Then a heavier day: a rise of two or more after the fall is marked, and the words say setbacks are normal.
        await client.CheckInAsync(id, 6, 6, F("Input.Retriggered", "true"), F("Input.WhatRetriggered", "Their friend's joke."));
        details = await client.GetDocumentAsync($"/Incidents/{id}");
        var setbackTags = details.QuerySelectorAll(".timeline .tag.setback").Select(t => t.TextContent).ToList();
        Assert.Contains(Setbacks.Label(SetbackKind.Rise), setbackTags);
        Assert.Contains(Setbacks.Label(SetbackKind.Retriggered), setbackTags);
        Assert.Contains(Setbacks.Reassurance, details.QuerySelector("#healing")!.TextContent, StringComparison.Ordinal);

        var insights = await client.GetDocumentAsync($"/Insights?incident={id}");
        var table = insights.QuerySelectorAll(".insight-incident .chart-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(5, table.Count);
        Assert.Contains(table, row => row.Contains("Felt heavier again", StringComparison.Ordinal));
        Assert.Equal(5, insights.QuerySelectorAll(".insight-incident circle.point.chart-intensity[tabindex='0'][aria-label]").Length);
        Assert.NotEmpty(insights.QuerySelectorAll(".insight-incident .setback-mark"));
    }

    [Fact]
    public async Task How_its_going_shows_the_trust_curve_from_promises_kept_and_broken()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Late again.");
        var kept = await client.RecordRepairAsync(id, promise: "Text when running late.");
        var broken = await client.RecordRepairAsync(id, promise: "Be home by seven.");
        var third = await client.RecordRepairAsync(id, promise: "Leave work on time.");
        (await client.FollowThroughAsync(id, kept, "Kept")).Dispose();
        (await client.FollowThroughAsync(id, broken, "Broken")).Dispose();
        (await client.FollowThroughAsync(id, third, "Kept")).Dispose();

        var page = await client.GetDocumentAsync("/Insights");
        Assert.Contains(TrustCurves.Sentence(TrustBalance.MostKept), page.QuerySelector("#trust-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var weeks = page.QuerySelectorAll("#trust-heading ~ figure tbody tr");
        var thisWeek = weeks[weeks.Length - 1].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(["2", "0", "1", "3", "0"], thisWeek);
        Assert.Equal(2, page.QuerySelectorAll("rect.bar[tabindex='0']").Length);
        // A broken promise is a setback on the overall curve too.
        Assert.Contains(page.QuerySelectorAll("#overall-heading ~ figure .setback-flag title"), t => t.TextContent.Contains("A promise was broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_hurt_three_times_in_six_weeks_is_observed_and_an_incident_can_be_marked_part_of_a_pattern()
    {
        var client = await factory.SignedInClientAsync();
        Guid first = default;
        for (var i = 0; i < 3; i++)
        {
            var id = await client.LogIncidentAsync($"Dismissed me, time {i + 1}.", F("Input.Category", "Dismissed"));
            first = i == 0 ? id : first;
        }

        var page = await client.GetDocumentAsync("/Insights");
        var observation = page.QuerySelectorAll(".observation").Single();
        Assert.Contains("You've logged 3 hurts of one kind in the last six weeks", observation.TextContent, StringComparison.Ordinal);
        Assert.Contains("counsellor", observation.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, observation.QuerySelectorAll("form button").Length);

        using var marked = await client.PostFormAsync(page, "/Insights", [F("incidentId", first.ToString())], ".observation form");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Contains("Part of a pattern", (await client.GetDocumentAsync($"/Incidents/{first}")).QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await client.GetDocumentAsync("/Insights")).QuerySelectorAll(".observation form button").Length);
    }

    [Fact]
    public async Task Contempt_is_observed_gently_with_the_safety_page_and_never_a_diagnosis()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Rolled their eyes and mocked me.", F("Input.Category", "Contempt"));

        var page = await client.GetDocumentAsync("/Insights");
        var observation = page.QuerySelectorAll(".observation").Single();
        Assert.Contains("being mocked or looked down on", observation.TextContent, StringComparison.Ordinal);
        Assert.NotNull(observation.QuerySelector("a[href='/Safety']"));
        Assert.NotNull(observation.QuerySelector($"a[href='/Incidents/{id}']"));
        foreach (var word in new[] { "abusive", "narcissist", "toxic" })
        {
            Assert.DoesNotContain(word, page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_incident_page_draws_its_own_healing_chart_with_the_numbers_beside_it()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Laughed at my idea.", F("Input.Hurt", "8"));
        await client.CheckInAsync(id, 6, 5);
        await client.CheckInAsync(id, 7, 5, F("Input.Retriggered", "true"));

        var chart = (await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector("#healing figure.chart")!;

        Assert.Equal(3, chart.QuerySelectorAll("svg circle.point.chart-intensity").Length);
        Assert.Equal(2, chart.QuerySelectorAll("svg rect.point.chart-resentment").Length);
        Assert.Contains("since it was logged", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        var rows = chart.QuerySelectorAll("tbody tr");
        Assert.Equal(["8", "6", "7"], rows.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.NotEqual("", rows[2].QuerySelectorAll("td")[2].TextContent);
        Assert.Contains("setback-row", rows[2].ClassName, StringComparison.Ordinal);
        Assert.NotNull(chart.QuerySelector("[data-chart-readout]"));
    }

    [Fact]
    public async Task Nothing_logged_yet_says_so_calmly()
    {
        var client = await factory.SignedInClientAsync();
        var page = await client.GetDocumentAsync("/Insights");
        Assert.Contains("Nothing here yet", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await client.GetDocumentAsync("/")).QuerySelector("nav a[href='/Insights']"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
